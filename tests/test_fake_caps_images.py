"""The fake's pagination caps (search, another seller's inventory) and its image host on a second address."""

from __future__ import annotations

import httpx
import pytest

from discogs_async.testing import FakeConfig, RateLimit, create_app, create_image_app, serve
from discogs_async.testing.data import IMAGES

UA = {"User-Agent": "DiscogsAsyncTests/1.0 +https://example.invalid"}
EXAMPLE = {"Authorization": "Discogs token=fake-user-token"}  # user "example"
CAPPED = "Pagination above 100 disabled for inventories besides your own"


def api(config: FakeConfig | None = None) -> httpx.AsyncClient:
    app = create_app(config or FakeConfig(rate_limit=None, users=("example", "rodneyfool")))
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver", headers=UA)


async def test_another_sellers_inventory_stops_at_page_100_with_403() -> None:
    async with api() as c:
        first = await c.get("/users/rodneyfool/inventory", params={"per_page": 1}, headers=EXAMPLE)
        assert first.status_code == 200
        pagination = first.json()["pagination"]
        assert pagination["items"] == 150 and pagination["pages"] == 150  # seed 0: 150 listings for sale
        assert (await c.get("/users/rodneyfool/inventory", params={"per_page": 1, "page": 100})).status_code == 200
        capped = await c.get("/users/rodneyfool/inventory", params={"per_page": 1, "page": 101}, headers=EXAMPLE)
        assert capped.status_code == 403
        assert capped.json() == {"message": CAPPED}
        anonymous = await c.get("/users/rodneyfool/inventory", params={"per_page": 1, "page": 150})
        assert anonymous.status_code == 403


async def test_your_own_inventory_is_not_capped() -> None:
    config = FakeConfig(rate_limit=None, user_tokens={"t": "rodneyfool"}, users=("example",))
    async with api(config) as c:
        own = {"Authorization": "Discogs token=t"}
        first = await c.get("/users/rodneyfool/inventory", params={"per_page": 1}, headers=own)
        pages = first.json()["pagination"]["pages"]
        assert pages > 150  # the owner sees drafts, expired and sold listings too
        last = await c.get("/users/rodneyfool/inventory", params={"per_page": 1, "page": pages}, headers=own)
        assert last.status_code == 200 and len(last.json()["listings"]) == 1


async def test_search_past_10000_results_is_a_404() -> None:
    async with api() as c:
        ok = await c.get("/database/search", params={"q": "rock", "per_page": 100, "page": 100}, headers=EXAMPLE)
        assert ok.status_code == 200 and ok.json()["pagination"]["items"] > 10_000
        past = await c.get("/database/search", params={"q": "rock", "per_page": 100, "page": 101}, headers=EXAMPLE)
        assert past.status_code == 404
        assert "outside of valid range" in past.json()["message"]


def _image_urls(release: dict[str, object]) -> list[str]:
    images = release["images"]
    assert isinstance(images, list)
    return [str(image[key]) for image in images for key in ("uri", "uri150", "resource_url")] + [str(release["thumb"])]


async def test_in_process_image_host_serves_the_urls_of_releases_1_to_50() -> None:
    config = FakeConfig(rate_limit=None, image_rate_limit=None)
    image_app = create_image_app(config)
    mounts = {IMAGES: httpx.ASGITransport(app=image_app)}
    async with api(config) as c, httpx.AsyncClient(mounts=mounts, headers=UA) as images:
        for release_id in range(1, 51):
            release = (await c.get(f"/releases/{release_id}", headers=EXAMPLE)).json()
            urls = _image_urls(release)
            assert urls and all(url.startswith(IMAGES + "/") for url in urls)
            for url in urls[:2]:
                answer = await images.get(url)
                assert answer.status_code == 200
                assert answer.headers["content-type"] == "image/jpeg"
                assert int(answer.headers["content-length"]) == len(answer.content)
                assert answer.content[:2] == b"\xff\xd8" and answer.content[-2:] == b"\xff\xd9"
                assert (await images.get(url)).content == answer.content  # deterministic
    assert image_app.state.images.leaks == []


async def test_image_host_refuses_unknown_paths_and_credentials() -> None:
    config = FakeConfig(rate_limit=None)
    image_app = create_image_app(config)
    async with api(config) as c, httpx.AsyncClient(transport=httpx.ASGITransport(app=image_app)) as images:
        url = (await c.get("/releases/1", headers=EXAMPLE)).json()["images"][0]["uri"]
        forged = url.replace(url.split("/")[3], "A" * 43)
        assert (await images.get(forged)).status_code == 404
        assert (await images.get(IMAGES + "/nothing.jpeg")).status_code == 404
        leaked = await images.get(url, headers={"Authorization": "Discogs token=fake-user-token"})
        assert leaked.status_code == 400 and "fake-user-token" not in leaked.text
        assert (await images.get(url, params={"token": "x"})).status_code == 400
        assert (await images.get(url, params={"oauth_signature": "x"})).status_code == 400
    leaks = image_app.state.images.leaks
    assert [leak.carriers for leak in leaks] == [
        ("Authorization header",),
        ("query parameter token",),
        ("query parameter oauth_signature",),
    ]


async def test_image_host_has_its_own_rate_limit() -> None:
    ticks = [0.0]
    config = FakeConfig(rate_limit=None, image_rate_limit=RateLimit(3, 3, 60.0), monotonic=lambda: ticks[0])
    image_app = create_image_app(config)
    async with api(config) as c, httpx.AsyncClient(transport=httpx.ASGITransport(app=image_app)) as images:
        url = (await c.get("/releases/2", headers=EXAMPLE)).json()["images"][0]["uri"]
        statuses = [(await images.get(url)).status_code for _ in range(4)]
        assert statuses == [200, 200, 200, 429]
        for _ in range(5):  # the API itself is not limited by image requests
            assert (await c.get("/releases/2")).status_code == 200
        ticks[0] = 61.0
        assert (await images.get(url)).status_code == 200


async def test_serve_runs_the_image_host_on_a_second_address() -> None:
    server = serve(FakeConfig(rate_limit=None))
    async with server as url, httpx.AsyncClient(headers=UA) as http:
        assert server.image_url and httpx.URL(server.image_url).netloc != httpx.URL(url).netloc
        release = (await http.get(f"{url}/releases/3", headers=EXAMPLE)).json()
        urls = _image_urls(release)
        assert all(u.startswith(server.image_url + "/") for u in urls)
        answer = await http.get(urls[0])
        assert answer.status_code == 200 and answer.headers["content-type"] == "image/jpeg"
        assert server.images.counters["served"] == 1 and server.images.leaks == []


def test_serve_in_a_thread_runs_both_hosts() -> None:
    server = serve(FakeConfig(rate_limit=None))
    with server as url, httpx.Client(headers=UA) as http:
        thumb = http.get(f"{url}/releases/4", headers=EXAMPLE).json()["thumb"]
        assert thumb.startswith(server.image_url)
        assert http.get(thumb).status_code == 200


@pytest.mark.parametrize("path", ["/releases/5", "/artists/5", "/labels/5"])
async def test_anonymous_bodies_still_blank_their_image_urls(path: str) -> None:
    async with api() as c:
        body = (await c.get(path)).json()
        assert all(image["uri"] == "" for image in body["images"])
