"""examples/web_backend.py in-process: the app on ASGITransport, its one Discogs client on the fake server."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass

import httpx
import pytest

pytest.importorskip("starlette")

from discogs_async import Discogs, Governor, RetryPolicy
from discogs_async.testing import FakeConfig, create_app
from examples.web_backend import create_app as create_backend

USERS = {"alice": ("alice-oauth-token", "alice-oauth-secret"), "bob": ("bob-oauth-token", "bob-oauth-secret")}


@dataclass
class Setup:
    browser: httpx.AsyncClient
    discogs: Discogs
    fake_requests: dict[str, int]


@pytest.fixture
async def backend(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[Setup]:
    monkeypatch.setenv("DISCOGS_CONSUMER_KEY", "fake-consumer-key")
    monkeypatch.setenv("DISCOGS_CONSUMER_SECRET", "fake-consumer-secret")
    fake = create_app(FakeConfig(oauth_tokens={token: (secret, user) for user, (token, secret) in USERS.items()}))
    discogs = Discogs(
        "WebBackendTests/1.0 +https://example.org",
        base_url="http://127.0.0.1",
        governor=Governor(100, window=0.2),
        retry=RetryPolicy(base_delay=0.001),
        transport=httpx.ASGITransport(fake),
    )
    app = create_backend(discogs)
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=httpx.ASGITransport(app), base_url="http://backend") as browser,
    ):
        yield Setup(browser, discogs, fake.state.fake.counters)


def signed_as(user: str) -> dict[str, str]:
    token, secret = USERS[user]
    return {"x-user-token": token, "x-user-token-secret": secret}


async def test_two_users_concurrently_each_with_their_identity_under_one_governor(backend: Setup) -> None:
    users = ["alice", "bob"] * 4
    answers = await asyncio.gather(*(backend.browser.get("/me", headers=signed_as(user)) for user in users))
    assert [answer.status_code for answer in answers] == [200] * len(users)
    assert [answer.json()["username"] for answer in answers] == users
    assert backend.discogs.governor.stats().requests == len(users) == backend.fake_requests["requests"]
    assert backend.fake_requests["unauthorized"] == 0


async def test_each_user_gets_their_own_wantlist(backend: Setup) -> None:
    alice, bob = await asyncio.gather(
        backend.browser.get("/me/wants", headers=signed_as("alice")),
        backend.browser.get("/me/wants", headers=signed_as("bob")),
    )
    assert (alice.status_code, bob.status_code) == (200, 200)
    assert (alice.json()["username"], bob.json()["username"]) == ("alice", "bob")
    assert all(isinstance(want["id"], int) for want in alice.json()["wants"] + bob.json()["wants"])
    assert len(alice.json()["wants"]) <= 20
    assert backend.discogs.governor.stats().requests == backend.fake_requests["requests"]


async def test_release_route(backend: Setup) -> None:
    answer = await backend.browser.get("/releases/249504")
    assert answer.status_code == 200
    assert answer.json()["id"] == 249504
    assert isinstance(answer.json()["title"], str) and answer.json()["title"]


async def test_release_route_maps_a_404(backend: Setup) -> None:
    answer = await backend.browser.get("/releases/999999999")
    assert answer.status_code == 404
    assert "release" in answer.json()["error"].lower()


async def test_a_refused_user_token_is_a_401_not_a_crash(backend: Setup) -> None:
    answer = await backend.browser.get("/me", headers={"x-user-token": "nobody", "x-user-token-secret": "nothing"})
    assert answer.status_code == 401
    assert "error" in answer.json()
    assert "nothing" not in answer.text


async def test_a_request_without_user_headers_is_a_401(backend: Setup) -> None:
    answer = await backend.browser.get("/me")
    assert answer.status_code == 401
    assert backend.fake_requests["requests"] == 0  # refused before anything went upstream
