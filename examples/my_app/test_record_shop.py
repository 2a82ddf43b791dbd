"""Tests of record_shop.py against the fake Discogs, written from the docs (docs/testing.md) only.

Run them with `pytest examples/my_app` (needs `pip install 'discogs-async[pytest]'`).
"""

from __future__ import annotations

import httpx
import pytest
from starlette.applications import Starlette

from discogs_async import Discogs, NotFoundError, OAuth1
from discogs_async.testing import FakeConfig, serve
from examples.my_app.record_shop import connect_user, discography, release_line

pytestmark = pytest.mark.asyncio  # not needed with asyncio_mode = "auto"; harmless with it


async def test_discography_in_process(fake_discogs: Discogs) -> None:
    titles = await discography(fake_discogs, artist_id=1, limit=5)
    first_page = await fake_discogs.get_artist_releases(1, per_page=5)
    assert titles == [release.title or "(untitled)" for release in first_page.releases]
    assert len(titles) == 5


async def test_discography_of_an_unknown_artist_is_empty(fake_discogs: Discogs) -> None:
    with pytest.raises(NotFoundError):
        await fake_discogs.get_artist(999_999_999)
    assert await discography(fake_discogs, artist_id=999_999_999) == []


async def test_release_line_over_loopback(fake_discogs_server: serve) -> None:
    line = await release_line(249504, token="fake-user-token", base_url=fake_discogs_server.url)
    async with httpx.AsyncClient(base_url=fake_discogs_server.url) as raw:  # what the fake serves, read directly
        body = (await raw.get("/releases/249504", headers={"User-Agent": "raw/1.0"})).json()
    assert line == f"249504: {body['title']} ({body['year']})"


async def test_release_line_with_a_wrong_token_fails(fake_discogs_server: serve) -> None:
    from discogs_async import AuthenticationError

    with pytest.raises(AuthenticationError):
        await release_line(249504, token="not-a-token-the-fake-knows", base_url=fake_discogs_server.url)


async def test_oauth_flow_in_process(fake_discogs: Discogs, fake_discogs_app: Starlette) -> None:
    def approve(url: str, request_token: str) -> str:
        assert url.endswith(f"oauth_token={request_token}")
        verifier: str = fake_discogs_app.state.fake.authorize(request_token)  # the user clicks "Authorize"
        return verifier

    user = await connect_user(fake_discogs, "fake-consumer-key", "fake-consumer-secret", approve)
    assert isinstance(user, OAuth1)
    assert (await fake_discogs.as_user(user).get_identity()).username == "example"


@pytest.fixture
def fake_discogs_config() -> FakeConfig:
    """Overrides the plugin's: a shop account of our own besides the fake's default credentials."""
    return FakeConfig(rate_limit=None, user_tokens={"fake-user-token": "example", "shop-token": "recordshop"})


async def test_own_credentials(fake_discogs_server: serve) -> None:
    async with Discogs("RecordShop/1.0", auth=None, base_url=fake_discogs_server.url) as anonymous:
        assert (await anonymous.get_profile("recordshop")).username == "recordshop"
    line = await release_line(1, token="shop-token", base_url=fake_discogs_server.url)
    assert line.startswith("1: ")
