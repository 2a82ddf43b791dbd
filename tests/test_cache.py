"""Tests for discogs_async.cache: RFC 9111 caching of GET answers with hishel, above the rate governor.

The server is the fake Discogs (in-process) where its answers will do, and an `httpx.MockTransport` where a test needs
validators, freshness headers or a `Date` of its choosing. SQLite files go to a temporary folder.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from email.utils import formatdate
from pathlib import Path
from typing import Any

import httpx
import pytest

from discogs_async import Discogs, Governor, UserToken
from discogs_async.auth import ConsumerKey, OAuth1
from discogs_async.cache import CachingTransport, HttpCache, credential_fingerprint
from discogs_async.testing import FakeConfig, create_app

API = "http://127.0.0.1"
TOKEN_A, TOKEN_B = "token-of-alice-0123456789", "token-of-bob-9876543210"


def fake_client(tmp_path: Path, cache: HttpCache | bool | None, **config: Any) -> tuple[Discogs, Any]:
    """A client on the in-process fake (users alice and bob) with the given cache; the fake's state."""
    app = create_app(FakeConfig(user_tokens={TOKEN_A: "alice", TOKEN_B: "bob"}, **config))
    if isinstance(cache, HttpCache):
        cache = HttpCache(database_ttl=cache.database_ttl, path=tmp_path / "cache.db")
    elif cache:
        cache = HttpCache(path=tmp_path / "cache.db")
    discogs = Discogs(
        "UA/1.0",
        auth=UserToken(TOKEN_A),
        base_url=API,
        transport=httpx.ASGITransport(app),
        cache=cache,
        governor=Governor(window=1.0),
    )
    return discogs, app.state.fake


class Server:
    """A scripted server: `answer(request)` gives each response; every request it saw is kept."""

    def __init__(self, answer: Callable[[httpx.Request], httpx.Response]) -> None:
        self.answer = answer
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        # A copy: the cache adds conditional headers for one send only, then restores the request's own.
        self.requests.append(httpx.Request(request.method, request.url, headers=request.headers.copy()))
        return self.answer(request)


def mock_client(tmp_path: Path, server: Server, *, auth: httpx.Auth | None = None, ttl: float | None = None) -> Discogs:
    return Discogs(
        "UA/1.0",
        auth=auth if auth is not None else UserToken(TOKEN_A),
        base_url=API,
        transport=httpx.MockTransport(server),
        cache=HttpCache(database_ttl=ttl, path=tmp_path / "cache.db"),
        governor=Governor(window=0.5),
    )


def release(request: httpx.Request, **headers: str) -> httpx.Response:
    release_id = int(request.url.path.rsplit("/", 1)[1])
    return httpx.Response(200, json={"id": release_id, "title": f"Release {release_id}"}, headers=headers)


def read_everything(folder: Path) -> bytes:
    """The bytes of every file under `folder` (the SQLite database, its WAL, ...)."""
    return b"".join(path.read_bytes() for path in folder.rglob("*") if path.is_file())


def caching(discogs: Discogs) -> CachingTransport:
    transport = discogs._shared.transport
    assert isinstance(transport, CachingTransport)
    return transport


# --- a hit spends nothing ------------------------------------------------------------------------------------------


async def test_a_hit_spends_no_rate_budget(tmp_path: Path) -> None:
    discogs, fake = fake_client(tmp_path, HttpCache(database_ttl=60))
    async with discogs:
        first = await discogs.get_release(7)
        second = await discogs.get_release(7)
        third = await discogs.get_release(7)
        stats = caching(discogs).stats
        assert (stats.hits, stats.passed, stats.stored) == (2, 1, 1)
        assert discogs.governor.stats().requests == 1  # the governor never saw the hits
    assert fake.counters["requests"] == 1
    assert first == second == third


async def test_without_freshness_from_the_server_nothing_is_reused(tmp_path: Path) -> None:
    """The fake (like Discogs) gives no freshness and no validators: the RFC alone reuses nothing."""
    discogs, fake = fake_client(tmp_path, True)
    async with discogs:
        await discogs.get_release(7)
        await discogs.get_release(7)
        assert discogs.governor.stats().requests == 2
    assert fake.counters["requests"] == 2


async def test_no_cache_argument_means_no_cache(tmp_path: Path) -> None:
    discogs, fake = fake_client(tmp_path, None)
    async with discogs:
        assert not isinstance(discogs._shared.transport, CachingTransport)
        await discogs.get_release(7)
        await discogs.get_release(7)
    assert fake.counters["requests"] == 2
    assert not (tmp_path / "cache.db").exists()


async def test_concurrent_lookups_of_one_release_cost_one_request(tmp_path: Path) -> None:
    discogs, fake = fake_client(tmp_path, HttpCache(database_ttl=60))
    async with discogs:
        results = await asyncio.gather(*(discogs.get_release(7) for _ in range(10)))
        others = await asyncio.gather(*(discogs.get_release(i) for i in range(1, 6)))
        stats = caching(discogs).stats
        assert (stats.hits, stats.passed, stats.stored) == (9, 6, 6)
    assert fake.counters["requests"] == 6
    assert all(result == results[0] for result in results)
    assert [release.id for release in others] == [1, 2, 3, 4, 5]


async def test_concurrent_lookups_that_cannot_be_stored_all_go_through(tmp_path: Path) -> None:
    server = Server(lambda request: release(request, **{"Cache-Control": "no-store"}))
    async with mock_client(tmp_path, server) as discogs:
        results = await asyncio.gather(*(discogs.get_release(1) for _ in range(3)), discogs.get_release(2))
    assert [result.id for result in results] == [1, 1, 1, 2]
    assert len(server.requests) == 4


# --- the server's headers ------------------------------------------------------------------------------------------


async def test_max_age_from_the_server_is_honoured(tmp_path: Path) -> None:
    server = Server(lambda request: release(request, **{"Cache-Control": "max-age=60"}))
    async with mock_client(tmp_path, server) as discogs:
        await discogs.get_release(1)
        await discogs.get_release(1)
        await discogs.get_release(2)
    assert [r.url.path for r in server.requests] == ["/releases/1", "/releases/2"]


async def test_no_store_is_honoured_even_with_a_database_ttl(tmp_path: Path) -> None:
    server = Server(lambda request: release(request, **{"Cache-Control": "no-store"}))
    async with mock_client(tmp_path, server, ttl=3600) as discogs:
        await discogs.get_release(1)
        await discogs.get_release(1)
        assert caching(discogs).stats.stored == 0
    assert len(server.requests) == 2


async def test_revalidation_with_etag(tmp_path: Path) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.headers.get("if-none-match") == '"v1"':
            return httpx.Response(304, headers={"ETag": '"v1"', "Cache-Control": "no-cache"})
        return release(request, **{"ETag": '"v1"', "Cache-Control": "no-cache"})

    server = Server(answer)
    async with mock_client(tmp_path, server) as discogs:
        first = await discogs.get_release(1)
        second = await discogs.get_release(1)
        stats = caching(discogs).stats
        assert (stats.revalidated, stats.passed) == (1, 2)
        assert discogs.governor.stats().requests == 2  # a revalidation is a request: it spends budget
    assert first == second
    assert "if-none-match" not in server.requests[0].headers
    assert server.requests[1].headers["if-none-match"] == '"v1"'
    assert server.requests[1].headers["authorization"] == f"Discogs token={TOKEN_A}"  # still signed


async def test_revalidation_with_last_modified(tmp_path: Path) -> None:
    modified = "Tue, 01 Jan 2019 00:00:00 GMT"

    def answer(request: httpx.Request) -> httpx.Response:
        if request.headers.get("if-modified-since") == modified:
            return httpx.Response(304, headers={"Last-Modified": modified})
        return release(request, **{"Last-Modified": modified, "Cache-Control": "no-cache"})

    server = Server(answer)
    async with mock_client(tmp_path, server) as discogs:
        await discogs.get_release(1)
        await discogs.get_release(1)
        assert caching(discogs).stats.revalidated == 1
    assert server.requests[1].headers["if-modified-since"] == modified


async def test_a_changed_resource_replaces_the_stored_one(tmp_path: Path) -> None:
    version = iter(["v1", "v2", "v2"])

    def answer(request: httpx.Request) -> httpx.Response:
        tag = f'"{next(version)}"'
        if request.headers.get("if-none-match") == tag:
            return httpx.Response(304, headers={"ETag": tag})
        return httpx.Response(200, json={"id": 1, "title": tag}, headers={"ETag": tag, "Cache-Control": "no-cache"})

    server = Server(answer)
    async with mock_client(tmp_path, server) as discogs:
        titles = [(await discogs.get_release(1)).title for _ in range(3)]
    assert titles == ['"v1"', '"v2"', '"v2"']


async def test_a_write_invalidates_what_is_stored_for_its_url(tmp_path: Path) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.method == "PUT":
            return httpx.Response(201, json={"id": 1, "resource_url": "", "basic_information": {}})
        return httpx.Response(200, json={"id": 1, "rating": 0}, headers={"Cache-Control": "max-age=60"})

    server = Server(answer)
    async with mock_client(tmp_path, server) as discogs:
        transport = caching(discogs)
        url = f"{API}/users/alice/wants/1"
        async with httpx.AsyncClient(transport=transport) as http:
            await http.get(url, headers={"Authorization": f"Discogs token={TOKEN_A}"})
            await http.get(url, headers={"Authorization": f"Discogs token={TOKEN_A}"})
            await http.put(url, headers={"Authorization": f"Discogs token={TOKEN_A}"})
            await http.get(url, headers={"Authorization": f"Discogs token={TOKEN_A}"})
    assert [r.method for r in server.requests] == ["GET", "PUT", "GET"]


# --- one credential never sees another's answers -------------------------------------------------------------------


async def test_answers_are_kept_per_credential(tmp_path: Path) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        who = request.headers.get("authorization", "anonymous")
        return httpx.Response(
            200,
            json={"id": 1, "username": who.rsplit("=", 1)[-1], "resource_url": "", "consumer_name": "x"},
            headers={"Cache-Control": "private, max-age=60"},
        )

    server = Server(answer)
    async with mock_client(tmp_path, server) as discogs:
        alice = await discogs.get_identity()
        again = await discogs.get_identity()
        bob = await discogs.as_user(UserToken(TOKEN_B)).get_identity()
        anonymous = await discogs.as_user(None).get_identity()
        bob_again = await discogs.as_user(UserToken(TOKEN_B)).get_identity()
    assert (alice.username, again.username, bob.username, bob_again.username) == (TOKEN_A, TOKEN_A, TOKEN_B, TOKEN_B)
    assert anonymous.username == "anonymous"
    assert len(server.requests) == 3  # alice, bob, anonymous: each once


async def test_private_collections_stay_with_their_owner(tmp_path: Path) -> None:
    """Through the fake: alice's and bob's identities differ, and neither is served the other's from the cache."""
    discogs, fake = fake_client(tmp_path, HttpCache(database_ttl=60))
    async with discogs:
        alice = await discogs.get_identity()
        bob = await discogs.as_user(UserToken(TOKEN_B)).get_identity()
        again = await discogs.get_identity()
    assert (alice.username, bob.username, again.username) == ("alice", "bob", "alice")
    assert fake.counters["requests"] == 3  # identity is no database resource: never kept fresh by the ttl


async def test_oauth_requests_share_entries_despite_fresh_nonces(tmp_path: Path) -> None:
    server = Server(lambda request: release(request, **{"Cache-Control": "max-age=60"}))
    auth = OAuth1("consumer-key", "consumer-secret", "oauth-token", "token-secret")
    async with mock_client(tmp_path, server, auth=auth) as discogs:
        await discogs.get_release(1)
        await discogs.get_release(1)
        other = OAuth1("consumer-key", "consumer-secret", "another-token", "token-secret")
        await discogs.as_user(other).get_release(1)
    nonces = {r.headers["authorization"] for r in server.requests}
    assert len(server.requests) == 2 and len(nonces) == 2


def test_fingerprints() -> None:
    alice, bob = credential_fingerprint(f"Discogs token={TOKEN_A}"), credential_fingerprint(f"Discogs token={TOKEN_B}")
    assert alice != bob and TOKEN_A not in alice
    assert credential_fingerprint(None) == credential_fingerprint("") == "anonymous"
    key = credential_fingerprint("Discogs key=k, secret=s")
    assert key == credential_fingerprint("Discogs key=k,secret=s") != credential_fingerprint("Discogs key=k, secret=t")
    signed = [
        'OAuth oauth_consumer_key="k", oauth_nonce="n1", oauth_signature="a%26b", oauth_signature_method="PLAINTEXT", '
        'oauth_timestamp="1", oauth_token="t", oauth_version="1.0"',
        'OAuth oauth_consumer_key="k", oauth_nonce="n2", oauth_signature="a%26b", oauth_signature_method="PLAINTEXT", '
        'oauth_timestamp="2", oauth_token="t", oauth_version="1.0"',
    ]
    assert credential_fingerprint(signed[0]) == credential_fingerprint(signed[1])
    assert credential_fingerprint(signed[0]) != credential_fingerprint(signed[0].replace('"t"', '"u"'))
    assert credential_fingerprint(signed[0]) != credential_fingerprint(signed[0].replace("a%26b", "a%26c"))


async def test_the_credential_is_never_written_to_the_cache(tmp_path: Path) -> None:
    server = Server(lambda request: release(request, **{"Cache-Control": "max-age=60"}))
    secret = ConsumerKey("consumer-key-value", "consumer-secret-value")
    async with mock_client(tmp_path, server, auth=secret) as discogs:
        await discogs.get_release(1)
        await discogs.get_release(1)
        await discogs.as_user(UserToken(TOKEN_B)).get_release(2)
    assert len(server.requests) == 2
    assert server.requests[0].headers["authorization"].startswith("Discogs key=consumer-key-value")
    written = read_everything(tmp_path)
    assert b"/releases/1" in written  # the entries are there
    for value in (b"consumer-secret-value", TOKEN_B.encode(), b"Discogs key="):
        assert value not in written


async def test_oauth_token_steps_are_never_cached(tmp_path: Path) -> None:
    server = Server(
        lambda request: httpx.Response(
            200,
            text="oauth_token=rt&oauth_token_secret=rs&oauth_callback_confirmed=true",
            headers={"Cache-Control": "max-age=60"},
        )
    )
    async with mock_client(tmp_path, server) as discogs:
        for _ in range(2):
            await discogs.oauth_request_token("consumer-key", "consumer-secret", "https://app.example/cb")
        assert caching(discogs).stats.stored == 0
    assert len(server.requests) == 2


# --- a fixed freshness for database resources ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "kept"),
    [
        ("/releases/1", True),
        ("/masters/2", True),
        ("/masters/2/versions?page=1&per_page=100", True),
        ("/artists/3", True),
        ("/artists/3/releases?page=1&per_page=100", True),
        ("/labels/4", True),
        ("/labels/4/releases?page=1&per_page=100", True),
        ("/releases/1/rating/alice", False),
        ("/releases/1/stats", False),
        ("/users/alice", False),
        ("/users/alice/collection/folders/0/releases/1", False),
        ("/database/search?q=x", False),
    ],
)
async def test_database_ttl_covers_database_resources_only(tmp_path: Path, path: str, kept: bool) -> None:
    server = Server(lambda request: httpx.Response(200, json={"id": 1}, headers={"Cache-Control": "public"}))
    async with mock_client(tmp_path, server, ttl=60) as discogs:
        transport = caching(discogs)
        async with httpx.AsyncClient(transport=transport, base_url=API) as http:
            first = await http.get(path)
            await http.get(path)
    assert len(server.requests) == (1 if kept else 2)
    assert ("max-age=60" in first.headers["cache-control"]) is kept
    assert first.headers["cache-control"].startswith("public")  # what the server said is kept


async def test_database_ttl_expires(tmp_path: Path) -> None:
    """An answer dated 100 s ago is stale under a 60 s ttl and fresh under a 3600 s one (no sleeping)."""
    old = formatdate(time.time() - 100, usegmt=True)
    server = Server(lambda request: release(request, Date=old, **{"Cache-Control": "public, must-revalidate"}))
    async with mock_client(tmp_path / "short", server, ttl=60) as discogs:
        await discogs.get_release(1)
        await discogs.get_release(1)
    assert len(server.requests) == 2
    async with mock_client(tmp_path / "long", server, ttl=3600) as discogs:
        await discogs.get_release(1)
        await discogs.get_release(1)
    assert len(server.requests) == 3


async def test_the_server_freshness_wins_over_the_ttl(tmp_path: Path) -> None:
    server = Server(lambda request: release(request, **{"Cache-Control": "max-age=0"}))
    async with mock_client(tmp_path, server, ttl=3600) as discogs:
        await discogs.get_release(1)
        await discogs.get_release(1)
    assert len(server.requests) == 2


def test_bad_ttl_is_refused() -> None:
    for ttl in (0, -5, 0.5):
        with pytest.raises(ValueError):
            HttpCache(database_ttl=ttl)


async def test_a_base_url_with_a_path(tmp_path: Path) -> None:
    server = Server(lambda request: release(request))
    async with Discogs(
        "UA/1.0",
        auth=UserToken(TOKEN_A),
        base_url=f"{API}/proxy/discogs",
        transport=httpx.MockTransport(server),
        cache=HttpCache(database_ttl=60, path=tmp_path / "cache.db"),
    ) as discogs:
        await discogs.get_release(1)
        await discogs.get_release(1)
    assert [r.url.path for r in server.requests] == ["/proxy/discogs/releases/1"]


async def test_workers_on_redis_share_one_cache(tmp_path: Path, redis_url: str) -> None:
    """Two clients (two workers of one backend) with the governor on Redis: one stores, the other hits."""
    from discogs_async.redis_governor import RedisGovernor

    app = create_app(FakeConfig(user_tokens={TOKEN_A: "alice"}))
    auth = UserToken(TOKEN_A)
    governors = [RedisGovernor.for_auth(redis_url, auth, window=0.5) for _ in range(2)]
    clients = [
        Discogs(
            "UA/1.0",
            auth=auth,
            base_url=API,
            transport=httpx.ASGITransport(app),
            governor=governor,
            cache=HttpCache(database_ttl=60, path=tmp_path / "unused.db"),
        )
        for governor in governors
    ]
    release_id = int(time.time() * 1000) % 1_000_000 + 1  # not stored by an earlier run on the same server
    first = await clients[0].get_release(release_id)
    second = await clients[1].get_release(release_id)
    assert first == second
    assert app.state.fake.counters["requests"] == 1
    assert caching(clients[1]).stats.hits == 1 and governors[1].stats().requests == 0
    assert not (tmp_path / "unused.db").exists()  # Redis, not SQLite
    for client in clients:
        await client.aclose()
    for governor in governors:
        await governor.aclose()
