"""The fake Discogs server (discogs_async.testing): rate limit, pagination, auth, faults, data and writes."""

from __future__ import annotations

import asyncio
import json
import re
import time
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any
from urllib.parse import parse_qs, quote

import httpx
import pytest
from starlette.applications import Starlette
from starlette.routing import Route

from discogs_async.testing import FakeConfig, Faults, RateLimit, create_app, serve
from discogs_async.testing.__main__ import config_from_args, parser
from discogs_async.testing.data import ARTIST_ONE_RELEASES, FakeData

UA = {"User-Agent": "DiscogsAsyncTests/1.0 +https://example.invalid"}
TOKEN = {"Authorization": "Discogs token=fake-user-token"}
OTHER_TOKEN = {"Authorization": "Discogs token=other-token"}
CONSUMER = {"Authorization": "Discogs key=fake-consumer-key, secret=fake-consumer-secret"}
NOW = 1_750_000_000.0
RATE_HEADERS = ("x-discogs-ratelimit", "x-discogs-ratelimit-used", "x-discogs-ratelimit-remaining")

# The 62 documented operations (method, path template), as in the documentation's table.
DOCUMENTED = {
    ("GET", "/oauth/request_token"),
    ("POST", "/oauth/access_token"),
    ("GET", "/releases/{release_id}"),
    ("GET", "/releases/{release_id}/rating/{username}"),
    ("PUT", "/releases/{release_id}/rating/{username}"),
    ("DELETE", "/releases/{release_id}/rating/{username}"),
    ("GET", "/releases/{release_id}/rating"),
    ("GET", "/releases/{release_id}/stats"),
    ("GET", "/masters/{master_id}"),
    ("GET", "/masters/{master_id}/versions"),
    ("GET", "/artists/{artist_id}"),
    ("GET", "/artists/{artist_id}/releases"),
    ("GET", "/labels/{label_id}"),
    ("GET", "/labels/{label_id}/releases"),
    ("GET", "/database/search"),
    ("GET", "/users/{username}/inventory"),
    ("GET", "/marketplace/listings/{listing_id}"),
    ("POST", "/marketplace/listings/{listing_id}"),
    ("DELETE", "/marketplace/listings/{listing_id}"),
    ("POST", "/marketplace/listings"),
    ("GET", "/marketplace/orders/{order_id}"),
    ("POST", "/marketplace/orders/{order_id}"),
    ("GET", "/marketplace/orders"),
    ("GET", "/marketplace/orders/{order_id}/messages"),
    ("POST", "/marketplace/orders/{order_id}/messages"),
    ("GET", "/marketplace/fee/{price}"),
    ("GET", "/marketplace/fee/{price}/{currency}"),
    ("GET", "/marketplace/price_suggestions/{release_id}"),
    ("GET", "/marketplace/stats/{release_id}"),
    ("POST", "/inventory/export"),
    ("GET", "/inventory/export"),
    ("GET", "/inventory/export/{id}"),
    ("GET", "/inventory/export/{id}/download"),
    ("POST", "/inventory/upload/add"),
    ("POST", "/inventory/upload/change"),
    ("POST", "/inventory/upload/delete"),
    ("GET", "/inventory/upload"),
    ("GET", "/inventory/upload/{id}"),
    ("GET", "/oauth/identity"),
    ("GET", "/users/{username}"),
    ("POST", "/users/{username}"),
    ("GET", "/users/{username}/submissions"),
    ("GET", "/users/{username}/contributions"),
    ("GET", "/users/{username}/collection/folders"),
    ("POST", "/users/{username}/collection/folders"),
    ("GET", "/users/{username}/collection/folders/{folder_id}"),
    ("POST", "/users/{username}/collection/folders/{folder_id}"),
    ("DELETE", "/users/{username}/collection/folders/{folder_id}"),
    ("GET", "/users/{username}/collection/releases/{release_id}"),
    ("GET", "/users/{username}/collection/folders/{folder_id}/releases"),
    ("POST", "/users/{username}/collection/folders/{folder_id}/releases/{release_id}"),
    ("POST", "/users/{username}/collection/folders/{folder_id}/releases/{release_id}/instances/{instance_id}"),
    ("DELETE", "/users/{username}/collection/folders/{folder_id}/releases/{release_id}/instances/{instance_id}"),
    ("GET", "/users/{username}/collection/fields"),
    (
        "POST",
        "/users/{username}/collection/folders/{folder_id}/releases/{release_id}/instances/{instance_id}/fields/{field_id}",
    ),
    ("GET", "/users/{username}/collection/value"),
    ("GET", "/users/{username}/wants"),
    ("PUT", "/users/{username}/wants/{release_id}"),
    ("POST", "/users/{username}/wants/{release_id}"),
    ("DELETE", "/users/{username}/wants/{release_id}"),
    ("GET", "/users/{username}/lists"),
    ("GET", "/lists/{list_id}"),
}


class Tick:
    """A hand-driven monotonic clock."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def config(**kw: Any) -> FakeConfig:
    base: dict[str, Any] = {
        "user_tokens": {"fake-user-token": "example", "other-token": "rodneyfool"},
        "consumers": {"fake-consumer-key": "fake-consumer-secret", "odd-key": "s&cr=t %/~"},
        "clock": lambda: NOW,
    }
    base.update(kw)
    return FakeConfig(**base)


@asynccontextmanager
async def client(app: Starlette, **headers: str) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver", headers={**UA, **headers}) as c:
        yield c


def enc(value: str) -> str:
    return quote(value, safe="-._~")


def oauth(
    consumer: tuple[str, str] = ("fake-consumer-key", "fake-consumer-secret"),
    token: tuple[str, str] = ("fake-oauth-token", "fake-oauth-token-secret"),
    *,
    nonce: str | None = None,
    timestamp: float = NOW,
    signature: str | None = None,
    method: str = "PLAINTEXT",
    **extra: str,
) -> dict[str, str]:
    params = {
        "oauth_consumer_key": consumer[0],
        "oauth_nonce": nonce if nonce is not None else uuid.uuid4().hex,
        "oauth_signature_method": method,
        "oauth_timestamp": str(int(timestamp)),
        "oauth_version": "1.0",
        **extra,
    }
    if token[0]:
        params["oauth_token"] = token[0]
    params["oauth_signature"] = signature if signature is not None else f"{enc(consumer[1])}&{enc(token[1])}"
    return {"Authorization": "OAuth " + ", ".join(f'{enc(k)}="{enc(v)}"' for k, v in params.items())}


def assert_rate_headers(response: httpx.Response) -> None:
    for name in RATE_HEADERS:
        assert response.headers.get(name, "").isdigit(), (name, response.status_code, dict(response.headers))


# ---------------------------------------------------------------------- rate limit
async def test_moving_window_allows_n_then_429_then_frees_over_time() -> None:
    tick = Tick()
    app = create_app(config(rate_limit=RateLimit(authenticated=5, anonymous=3, window=1.0), monotonic=tick))
    async with client(app) as c:
        seen = []
        for _ in range(3):
            r = await c.get("/artists/2")
            seen.append(
                (r.status_code, r.headers["x-discogs-ratelimit-used"], r.headers["x-discogs-ratelimit-remaining"])
            )
            tick.now += 0.1
        assert seen == [(200, "1", "2"), (200, "2", "1"), (200, "3", "0")]
        refused = await c.get("/artists/2")
        assert refused.status_code == 429
        assert refused.json() == {"message": "You are making requests too quickly."}
        assert "retry-after" not in refused.headers
        assert refused.headers["x-discogs-ratelimit-remaining"] == "0"
        tick.now = 1000.5  # the first request is 0.5 s old: still inside the window
        assert (await c.get("/artists/2")).status_code == 429
        tick.now = 1001.05  # the first hit left the window, one slot is free again
        again = await c.get("/artists/2")
        assert again.status_code == 200 and again.headers["x-discogs-ratelimit-used"] == "3"
        tick.now = 1010.0  # an idle window resets completely
        assert (await c.get("/artists/2")).headers["x-discogs-ratelimit-used"] == "1"


async def test_scaled_window_frees_in_real_time() -> None:
    app = create_app(config(rate_limit=RateLimit(authenticated=2, anonymous=2, window=0.5)))
    async with client(app) as c:
        assert [(await c.get("/labels/3")).status_code for _ in range(3)] == [200, 200, 429]
        await asyncio.sleep(0.55)
        assert (await c.get("/labels/3")).status_code == 200


async def test_rate_headers_on_every_kind_of_answer() -> None:
    tick = Tick()
    app = create_app(config(rate_limit=RateLimit(authenticated=6, anonymous=6, window=60), monotonic=tick))
    async with client(app) as c:
        answers = [
            await c.get("/releases/10"),
            await c.get("/releases/99999999"),
            await c.get("/no/such/thing"),
            await c.get("/oauth/identity"),
            await c.put("/artists/1"),
            await c.get("/users/nobody-here"),
        ]
        answers.append(await c.get("/releases/10"))
        assert [r.status_code for r in answers] == [200, 404, 404, 401, 405, 404, 429]
        for r in answers:
            assert_rate_headers(r)
        assert answers[1].json() == {"message": "That release does not exist or may have been deleted."}
        assert answers[2].json() == {"message": "The requested resource was not found."}
        assert answers[3].json() == {"message": "You must authenticate to access this resource."}
        assert answers[4].json() == {"message": "Method PUT is not allowed for this resource."}


async def test_anonymous_and_authenticated_tiers_and_separate_sources() -> None:
    app = create_app(config(rate_limit=RateLimit(authenticated=4, anonymous=2, window=60)))
    async with client(app) as c:
        anon = await c.get("/artists/5", headers={"X-Fake-Client": "a"})
        user = await c.get("/artists/5", headers={"X-Fake-Client": "b", **TOKEN})
        consumer = await c.get("/artists/5", headers={"X-Fake-Client": "c", **CONSUMER})
        bad = await c.get("/artists/5", headers={"X-Fake-Client": "d", "Authorization": "Discogs token=nope"})
        assert anon.headers["x-discogs-ratelimit"] == "2"
        assert user.headers["x-discogs-ratelimit"] == "4"
        assert consumer.headers["x-discogs-ratelimit"] == "4"
        assert bad.status_code == 401 and bad.headers["x-discogs-ratelimit"] == "2"
        # The window is per source: "a" is exhausted after two, "e" still has its own.
        assert (await c.get("/artists/5", headers={"X-Fake-Client": "a"})).status_code == 200
        assert (await c.get("/artists/5", headers={"X-Fake-Client": "a"})).status_code == 429
        assert (await c.get("/artists/5", headers={"X-Fake-Client": "e"})).status_code == 200
        # Authenticated requests from the same source still have room (4 > 2 used).
        assert (await c.get("/artists/5", headers={"X-Fake-Client": "a", **TOKEN})).status_code == 200


async def test_disabled_rate_limit_sends_no_headers() -> None:
    async with client(create_app(config(rate_limit=None))) as c:
        responses = [await c.get("/artists/5") for _ in range(30)]
    assert {r.status_code for r in responses} == {200}
    assert "x-discogs-ratelimit" not in responses[-1].headers


# ---------------------------------------------------------------------- pagination
def links(response: httpx.Response) -> dict[str, str]:
    return {rel: url for url, rel in re.findall(r'<([^>]+)>; rel="(\w+)"', response.headers.get("link", ""))}


async def test_pagination_first_middle_last_pages_and_link_header() -> None:
    app = create_app(config(rate_limit=None))
    async with client(app, **TOKEN) as c:
        first = await c.get("/artists/1/releases", params={"per_page": 100, "sort_order": "asc"})
        body = first.json()
        total, pages = body["pagination"]["items"], body["pagination"]["pages"]
        assert total >= 500 and pages == -(-total // 100)
        assert set(body["pagination"]["urls"]) == {"next", "last"}
        assert links(first) == body["pagination"]["urls"]
        assert links(first)["next"].startswith("http://testserver/artists/1/releases?")
        assert parse_qs(links(first)["last"].split("?")[1]) == {
            "sort_order": ["asc"],
            "page": [str(pages)],
            "per_page": ["100"],
        }
        ids = [item["id"] for item in body["releases"]]
        url: str | None = links(first)["next"]
        while url:
            page = await c.get(url)
            data = page.json()
            number = data["pagination"]["page"]
            if number < pages:
                assert set(data["pagination"]["urls"]) == {"first", "prev", "next", "last"}
            else:
                assert set(data["pagination"]["urls"]) == {"first", "prev"}
                assert len(data["releases"]) == total - (pages - 1) * 100
            assert links(page) == data["pagination"]["urls"]
            ids.extend(item["id"] for item in data["releases"])
            url = links(page).get("next")
        assert len(ids) == len(set(ids)) == total
        years = [item["year"] for item in (await c.get("/artists/1/releases?per_page=100")).json()["releases"]]
        assert years == sorted(years)


async def test_single_page_clamp_and_out_of_range() -> None:
    app = create_app(config(rate_limit=None))
    data = app.state.fake.data
    master = data.master_ids(2)[0]
    async with client(app, **TOKEN) as c:
        single = await c.get(f"/masters/{master}/versions")
        assert single.json()["pagination"] == {
            "page": 1,
            "pages": 1,
            "per_page": 50,
            "items": len(data.master_versions(master)),
            "urls": {},
        }
        assert "link" not in single.headers
        clamped = (await c.get("/labels/1/releases", params={"per_page": 500})).json()
        assert clamped["pagination"]["per_page"] == 100 and len(clamped["releases"]) == 100
        past = await c.get("/labels/1/releases", params={"page": 999})
        assert past.status_code == 404 and "outside of valid range" in past.json()["message"]


async def test_search_needs_credentials_and_caps_reachable_pages() -> None:
    app = create_app(config(rate_limit=None))
    query = "type=label"  # the search index holds all 10,240 labels
    async with client(app) as c:
        assert (await c.get("/database/search?" + query)).status_code == 401
        found = (await c.get("/database/search?" + query, headers=CONSUMER)).json()
        assert found["pagination"]["items"] > 10_000 and found["pagination"]["pages"] == 200
        assert {"id", "type", "title", "uri", "resource_url", "user_data"} <= set(found["results"][0])
        beyond = await c.get("/database/search?" + query, params={"page": 201}, headers=CONSUMER)
        assert beyond.status_code == 404


# ---------------------------------------------------------------------- authentication
async def test_discogs_token_and_key_secret() -> None:
    app = create_app(config(rate_limit=None))
    async with client(app) as c:
        assert (await c.get("/oauth/identity", headers=TOKEN)).json()["username"] == "example"
        assert (await c.get("/oauth/identity", params={"token": "fake-user-token"})).status_code == 200
        assert (await c.get("/oauth/identity", headers=CONSUMER)).status_code == 401  # an app is not a user
        assert (
            await c.get("/database/search", params={"key": "fake-consumer-key", "secret": "fake-consumer-secret"})
        ).status_code == 200
        wrong = await c.get("/artists/1", headers={"Authorization": "Discogs key=fake-consumer-key, secret=nope"})
        assert wrong.status_code == 401
        assert wrong.json() == {"message": "You must authenticate to access this resource."}


async def test_oauth_plaintext_verification() -> None:
    app = create_app(config(rate_limit=None))
    async with client(app) as c:
        good = await c.get("/oauth/identity", headers=oauth())
        assert good.status_code == 200 and good.json()["username"] == "example"
        cases = {
            "bad signature": oauth(signature="fake-consumer-secret&wrong"),
            "unknown token": oauth(token=("nope", "fake-oauth-token-secret")),
            "long nonce": oauth(nonce="n" * 65),
            "missing nonce": oauth(nonce=""),
            "future timestamp": oauth(timestamp=NOW + 301),
            "past timestamp": oauth(timestamp=NOW - 301),
            "hmac": oauth(method="HMAC-SHA1"),
        }
        for name, headers in cases.items():
            refused = await c.get("/oauth/identity", headers=headers)
            assert refused.status_code == 401, name
        skewed = await c.get("/oauth/identity", headers=oauth(timestamp=NOW - 301))
        assert "timestamp refused" in skewed.json()["message"]
        assert (await c.get("/oauth/identity", headers=oauth(timestamp=NOW + 299, nonce="x" * 64))).status_code == 200
        once = oauth(nonce="only-once")
        assert (await c.get("/oauth/identity", headers=once)).status_code == 200
        reused = await c.get("/oauth/identity", headers=once)
        assert reused.status_code == 401 and "nonce" in reused.json()["message"]
        # Secrets with reserved characters are percent-encoded before joining with "&".
        odd = oauth(consumer=("odd-key", "s&cr=t %/~"), token=("", ""))
        assert (await c.get("/database/search", headers=odd)).status_code == 200


async def test_oauth_request_and_access_token_flow() -> None:
    app = create_app(config(rate_limit=None))
    async with client(app) as c:
        no_callback = await c.get("/oauth/request_token", headers=oauth(token=("", "")))
        assert no_callback.status_code == 400
        answer = await c.get("/oauth/request_token", headers=oauth(token=("", ""), oauth_callback="oob"))
        assert answer.status_code == 200
        assert answer.headers["content-type"].startswith("application/x-www-form-urlencoded")
        fields = parse_qs(answer.text)
        assert fields["oauth_callback_confirmed"] == ["true"]
        request_token, request_secret = fields["oauth_token"][0], fields["oauth_token_secret"][0]
        early = await c.post(
            "/oauth/access_token", headers=oauth(token=(request_token, request_secret), oauth_verifier="guess")
        )
        assert early.status_code == 400
        verifier = app.state.fake.authorize(request_token, "rodneyfool")
        wrong_secret = oauth(token=(request_token, "not-the-secret"), oauth_verifier=verifier)
        assert (await c.post("/oauth/access_token", headers=wrong_secret)).status_code == 401
        granted = await c.post(
            "/oauth/access_token", headers=oauth(token=(request_token, request_secret), oauth_verifier=verifier)
        )
        assert granted.status_code == 200
        access = parse_qs(granted.text)
        pair = (access["oauth_token"][0], access["oauth_token_secret"][0])
        me = await c.get("/oauth/identity", headers=oauth(token=pair))
        assert me.json()["username"] == "rodneyfool"
        replay = oauth(token=(request_token, request_secret), oauth_verifier=verifier)
        assert (await c.post("/oauth/access_token", headers=replay)).status_code == 401  # request token used up


async def test_user_agent_missing_or_empty_is_403_html() -> None:
    app = create_app(config())
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
        for headers in ({"User-Agent": ""}, {"User-Agent": "   "}):
            r = await c.get("/releases/1", headers=headers)
            assert r.status_code == 403
            assert r.headers["content-type"].startswith("text/html") and "<html>" in r.text
        request = c.build_request("GET", "/releases/1")
        del request.headers["User-Agent"]
        assert (await c.send(request)).status_code == 403


def test_credentials_stay_out_of_reprs() -> None:
    cfg = config()
    app = create_app(cfg)
    text = repr(cfg) + repr(app.state.fake) + repr(app.state.fake.auth)
    for secret in ("fake-consumer-secret", "fake-user-token", "fake-oauth-token-secret", "s&cr=t"):
        assert secret not in text


# ---------------------------------------------------------------------- faults
async def test_fault_5xx_and_determinism() -> None:
    async def run() -> list[int]:
        app = create_app(config(rate_limit=None, faults=Faults(error_rate=0.5, seed=11)))
        async with client(app) as c:
            return [(await c.get("/artists/7")).status_code for _ in range(24)]

    first, second = await run(), await run()
    assert first == second
    assert {200} < set(first) <= {200, 500, 502, 503}
    app = create_app(config(faults=Faults(error_rate=1.0, error_statuses=(500, 503))))
    async with client(app) as c:
        answers = [await c.get("/artists/7") for _ in range(12)]
    assert {r.status_code for r in answers} == {500, 503}
    for r in answers:
        assert_rate_headers(r)
        if r.status_code == 500:
            assert r.json() == {"message": "An internal server error occurred."}
        else:
            assert r.headers["content-type"].startswith("text/html")


async def test_fault_dropped_connection_in_process() -> None:
    app = create_app(config(faults=Faults(drop_rate=1.0)))
    async with client(app) as c:
        with pytest.raises(httpx.TransportError):
            await c.get("/artists/7")
    assert app.state.fake.counters["dropped"] == 1


async def test_fault_slow_and_malformed() -> None:
    app = create_app(config(faults=Faults(slow_rate=1.0, slow_seconds=0.15)))
    async with client(app) as c:
        started = time.perf_counter()
        assert (await c.get("/artists/7")).status_code == 200
        assert time.perf_counter() - started >= 0.15
    app = create_app(config(faults=Faults(malformed_rate=1.0)))
    async with client(app) as c:
        r = await c.get("/artists/7")
        assert r.status_code == 200 and r.headers["content-type"].startswith("application/json")
        assert int(r.headers["content-length"]) == len(r.content)
        assert_rate_headers(r)
        with pytest.raises(json.JSONDecodeError):
            r.json()
        assert (await c.get("/nope")).json() == {"message": "The requested resource was not found."}  # errors intact


async def test_fault_429_storm() -> None:
    tick = Tick()
    app = create_app(config(monotonic=tick, faults=Faults(storm=(1.0, 2.0))))
    async with client(app) as c:
        assert (await c.get("/artists/7")).status_code == 200
        tick.now += 1.5
        storm = await c.get("/artists/7")
        assert storm.status_code == 429 and storm.json() == {"message": "You are making requests too quickly."}
        assert storm.headers["x-discogs-ratelimit-remaining"] == "0"
        tick.now += 2.0
        assert (await c.get("/artists/7")).status_code == 200
        app.state.fake.start_storm(0.5)
        assert (await c.get("/artists/7")).status_code == 429
        tick.now += 0.6
        assert (await c.get("/artists/7")).status_code == 200


# ---------------------------------------------------------------------- data
async def test_same_seed_same_bodies_and_shapes() -> None:
    async def fetch(seed: int) -> list[Any]:
        async with client(create_app(config(seed=seed, rate_limit=None)), **TOKEN) as c:
            paths = ("/releases/123456", "/artists/1/releases?page=3", "/users/example/wants", "/labels/2")
            return [(await c.get(path)).json() for path in paths]

    a, b, other = await fetch(7), await fetch(7), await fetch(8)
    assert a == b
    assert a[0] != other[0]
    release = a[0]
    assert 1500 < len(json.dumps(release)) < 20_000
    assert release["id"] == 123456 and release["artists"] and release["labels"] and release["tracklist"]
    assert all(isinstance(f["qty"], str) for f in release["formats"])
    assert isinstance(release["released"], str) if "released" in release else release["year"] == 0
    image = release["images"][0]
    assert image["uri"].startswith("https://i.discogs.com/") and image["uri150"] and image["width"] > 0
    assert set(release["community"]["rating"]) == {"count", "average"}
    assert {"lowest_price", "num_for_sale", "genres", "styles", "year", "title", "community"} <= set(release)


async def test_anonymous_image_urls_are_blank_and_jsonp() -> None:
    async with client(create_app(config(rate_limit=None))) as c:
        anonymous = (await c.get("/releases/77")).json()
        assert anonymous["images"][0]["uri"] == "" and anonymous["images"][0]["width"] > 0
        jsonp = await c.get("/releases/77/stats", params={"callback": "cb"})
        assert jsonp.text.startswith('cb({"meta": {"status": 200}') and jsonp.text.endswith(")")


def test_lazy_ids_and_relations() -> None:
    data = FakeData(seed=3)
    first, count = data.artist_block(1)
    assert (first, count) == (1, ARTIST_ONE_RELEASES)
    assert data.release(1_000_000)["id"] == 1_000_000
    assert data.artist_of(1_000_000) == data.release(1_000_000)["artists"][0]["id"]
    label = data.release(424_242)["labels"][0]["id"]
    assert 424_242 in data.label_release_ids(label)
    master = data.master_ids(1)[3]
    versions = data.master_versions(master)
    assert versions and all(data.release(v).get("master_id") == master for v in versions)


# ---------------------------------------------------------------------- every GET, and the writes
def route_templates(app: Starlette) -> set[tuple[str, str]]:
    found = set()
    for route in app.routes:
        assert isinstance(route, Route)
        path = re.sub(r"\{(\w+):\w+\}", r"{\1}", route.path).replace("export_id", "id").replace("upload_id", "id")
        found |= {(method, path) for method in route.methods or () if method != "HEAD"}
    return found


async def test_every_documented_operation_is_routed_and_every_get_answers() -> None:
    app = create_app(config(rate_limit=None))
    # The real API also answers the request-token call by POST (joalla/discogs_client#75).
    assert route_templates(app) == DOCUMENTED | {("POST", "/oauth/request_token")}
    state = app.state.fake.data.user("example")
    listing = next(lid for lid, item in state.listings.items() if item["status"] == "For Sale")
    order = next(iter(state.orders))
    user_list = state.lists[0].id
    instance = next(iter(state.instances.values()))
    master = app.state.fake.data.master_ids(2)[0]
    async with client(app, **TOKEN) as c:
        assert (await c.post("/inventory/export")).status_code == 200
        export_id = (await c.get("/inventory/export")).json()["items"][0]["id"]
        files = {"upload": ("add.csv", b"release_id,price,media_condition\n42,9.5,Mint (M)\n", "text/csv")}
        assert (await c.post("/inventory/upload/add", files=files)).status_code == 200
        upload_id = (await c.get("/inventory/upload")).json()["items"][0]["id"]
        gets = [
            "/releases/42",
            "/releases/42/rating/example",
            "/releases/42/rating",
            "/releases/42/stats",
            f"/masters/{master}",
            f"/masters/{master}/versions",
            "/artists/42",
            "/artists/42/releases",
            "/labels/42",
            "/labels/42/releases",
            "/database/search?q=anything",
            "/users/example/inventory",
            f"/marketplace/listings/{listing}",
            f"/marketplace/orders/{order}",
            "/marketplace/orders",
            f"/marketplace/orders/{order}/messages",
            "/marketplace/fee/10.00",
            "/marketplace/fee/10.00/EUR",
            "/marketplace/price_suggestions/42",
            "/marketplace/stats/42",
            "/inventory/export",
            f"/inventory/export/{export_id}",
            "/inventory/upload",
            f"/inventory/upload/{upload_id}",
            "/oauth/identity",
            "/users/example",
            "/users/example/submissions",
            "/users/example/contributions",
            "/users/example/collection/folders",
            "/users/example/collection/folders/0",
            f"/users/example/collection/releases/{instance.release_id}",
            "/users/example/collection/folders/1/releases",
            "/users/example/collection/fields",
            "/users/example/collection/value",
            "/users/example/wants",
            "/users/example/lists",
            f"/lists/{user_list}",
        ]
        for path in gets:
            r = await c.get(path)
            assert r.status_code == 200, (path, r.text[:200])
            assert isinstance(r.json(), dict), path
        download = await c.get(f"/inventory/export/{export_id}/download")
        assert download.headers["content-type"].startswith("text/csv") and download.text.startswith("listing_id,")


async def test_wantlist_writes_and_permissions() -> None:
    app = create_app(config(rate_limit=None))
    async with client(app) as c:
        added = await c.put("/users/example/wants/4242", params={"notes": "first press", "rating": 4}, headers=TOKEN)
        assert added.status_code == 201 and added.json()["notes"] == "first press"
        wants = (await c.get("/users/example/wants", params={"per_page": 100}, headers=TOKEN)).json()
        assert wants["wants"][0]["id"] == 4242 and wants["wants"][0]["rating"] == 4
        public = (await c.get("/users/example/wants", params={"per_page": 100})).json()
        assert "notes" not in public["wants"][0]
        edited = await c.post("/users/example/wants/4242", json={"notes": "any press"}, headers=TOKEN)
        assert edited.status_code == 200 and edited.json()["notes"] == "any press"
        assert (await c.put("/users/example/wants/4242", headers=OTHER_TOKEN)).status_code == 403
        assert (await c.put("/users/example/wants/4242")).status_code == 401
        assert (await c.put("/users/example/wants/99999999", headers=TOKEN)).status_code == 404
        assert (await c.delete("/users/example/wants/4242", headers=TOKEN)).status_code == 204
        ids = [w["id"] for w in (await c.get("/users/example/wants?per_page=100", headers=TOKEN)).json()["wants"]]
        assert 4242 not in ids
        rated = await c.put("/releases/4242/rating/example", json={"rating": 5}, headers=TOKEN)
        assert rated.json() == {"username": "example", "release_id": 4242, "rating": 5}
        assert (await c.get("/releases/4242/rating/example")).json()["rating"] == 5
        assert (await c.delete("/releases/4242/rating/example", headers=TOKEN)).status_code == 204
        assert (await c.get("/releases/4242/rating/example")).json()["rating"] == 0


async def test_collection_writes() -> None:
    app = create_app(config(rate_limit=None))
    user = "/users/example/collection"
    async with client(app, **TOKEN) as c:
        folder = await c.post(f"{user}/folders", json={"name": "Crates"})
        assert folder.status_code == 201 and folder.json()["count"] == 0
        fid = folder.json()["id"]
        added = await c.post(f"{user}/folders/{fid}/releases/31337")
        assert added.status_code == 201
        iid = added.json()["instance_id"]
        items = (await c.get(f"{user}/folders/{fid}/releases")).json()["releases"]
        assert [(i["id"], i["instance_id"]) for i in items] == [(31337, iid)]
        instance = f"{user}/folders/{fid}/releases/31337/instances/{iid}"
        assert (await c.post(instance, json={"rating": 3})).status_code == 204
        assert (await c.post(f"{instance}/fields/1", params={"value": "Mint (M)"})).status_code == 204
        assert (await c.post(f"{instance}/fields/1", params={"value": "Shiny"})).status_code == 422
        item = (await c.get(f"{user}/releases/31337")).json()["releases"][0]
        assert item["rating"] == 3 and {"field_id": 1, "value": "Mint (M)"} in item["notes"]
        assert (await c.delete(f"{user}/folders/{fid}")).status_code == 422  # not empty
        assert (await c.get(f"{user}/folders/0/releases", params={"sort": "bogus"})).status_code == 422
        assert (await c.delete(instance)).status_code == 204
        assert (await c.post(f"{user}/folders/{fid}", json={"name": "Boxes"})).json()["name"] == "Boxes"
        assert (await c.delete(f"{user}/folders/{fid}")).status_code == 204
        assert (await c.get(f"{user}/folders/{fid}")).status_code == 404
        assert (await c.get(f"{user}/value", headers=OTHER_TOKEN)).status_code == 403


async def test_marketplace_writes() -> None:
    app = create_app(config(rate_limit=None))
    async with client(app, **TOKEN) as c:
        bad = await c.post("/marketplace/listings", json={"release_id": 1, "condition": "Shiny", "price": 5})
        assert bad.status_code == 422
        created = await c.post(
            "/marketplace/listings", json={"release_id": 1, "condition": "Mint (M)", "price": 12.5, "status": "Draft"}
        )
        assert created.status_code == 201
        lid = created.json()["listing_id"]
        assert created.json()["resource_url"] == f"http://testserver/marketplace/listings/{lid}"
        # A draft is only visible to its owner.
        assert (await c.get(f"/marketplace/listings/{lid}", headers={"Authorization": ""})).status_code == 404
        assert (await c.get(f"/marketplace/listings/{lid}", headers=OTHER_TOKEN)).status_code == 404
        assert (await c.get(f"/marketplace/listings/{lid}")).json()["status"] == "Draft"
        assert (
            await c.post(f"/marketplace/listings/{lid}", json={"price": 15, "status": "For Sale"})
        ).status_code == 204
        shown = (await c.get(f"/marketplace/listings/{lid}")).json()
        assert shown["original_price"]["value"] == 15 and shown["status"] == "For Sale" and "weight" in shown
        assert (await c.delete(f"/marketplace/listings/{lid}")).status_code == 204
        assert (await c.get(f"/marketplace/listings/{lid}")).status_code == 404
        order = (await c.get("/marketplace/orders")).json()["orders"][0]["id"]
        assert (await c.post(f"/marketplace/orders/{order}", json={"status": "Shipped"})).json()["status"] == "Shipped"
        assert (
            await c.post(f"/marketplace/orders/{order}", json={"status": "Shipped", "shipping": 3})
        ).status_code == 422
        message = await c.post(f"/marketplace/orders/{order}/messages", json={"message": "On its way"})
        assert message.status_code == 201 and message.json()["message"] == "On its way"
        latest = (await c.get(f"/marketplace/orders/{order}/messages")).json()["messages"][0]
        assert latest["message"] == "On its way"
        assert (await c.get(f"/marketplace/orders/{order}", headers=OTHER_TOKEN)).status_code == 403
        profile = await c.post("/users/example", json={"location": "Mars", "curr_abbr": "EUR"})
        assert profile.json()["location"] == "Mars" and profile.json()["curr_abbr"] == "EUR"


# ---------------------------------------------------------------------- real TCP and CLI
async def test_served_over_tcp_with_a_dropped_connection() -> None:
    cfg = config(faults=Faults(drop_rate=0.5, seed=5))
    outcomes: list[str] = []
    async with serve(cfg) as url, httpx.AsyncClient(base_url=url, headers={**UA, **TOKEN}) as c:
        assert url.startswith("http://127.0.0.1:")
        for _ in range(12):
            try:
                r = await c.get("/oauth/identity")
                assert r.json()["username"] == "example"
                assert_rate_headers(r)
                outcomes.append("ok")
            except httpx.TransportError:
                outcomes.append("dropped")
    assert {"ok", "dropped"} == set(outcomes)


def test_sync_serve_in_a_thread() -> None:
    with serve(config()) as url:
        r = httpx.get(f"{url}/artists/1/releases", headers=UA, params={"per_page": 2})
        assert r.status_code == 200 and links(r)["next"].startswith(url)
    with pytest.raises(httpx.TransportError):
        httpx.get(f"{url}/artists/1", headers=UA, timeout=1)


def test_cli_arguments() -> None:
    flags = ["--seed", "9", "--rate-limit", "6/3", "--window", "6", "--error-rate", "0.1", "--storm", "5:2"]
    args = parser().parse_args([*flags, "--token", "t=alice", "--oauth", "a=b:alice"])
    cfg = config_from_args(args)
    assert cfg.seed == 9 and cfg.rate_limit == RateLimit(6, 3, 6.0)
    assert cfg.faults.error_rate == 0.1 and cfg.faults.storm == (5.0, 2.0)
    assert dict(cfg.user_tokens) == {"t": "alice"} and dict(cfg.oauth_tokens) == {"a": ("b", "alice")}
    assert config_from_args(parser().parse_args(["--rate-limit", "off"])).rate_limit is None
