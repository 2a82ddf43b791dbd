"""Tests for discogs_async.redis_governor, against a real redis-server on loopback (the `redis_url` fixture).

The behaviour both stores share is tested once for both in test_governor.py; here is what only the Redis store has:
real worker processes on one budget, instances that hear each other, credentials kept out of Redis, and Redis down
or hung. Several `RedisGovernor` instances with one budget in one event loop stand for several processes.
"""

from __future__ import annotations

import asyncio
import logging
import re
import socket
import time
import uuid
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from redis.asyncio import Redis

from discogs_async import Discogs, DiscogsError, UserToken
from discogs_async.auth import OAuth1
from discogs_async.cache import HttpCache
from discogs_async.governor import GovernorStats
from discogs_async.redis_governor import GovernorUnavailableError, RedisGovernor, SharedPermit, budget_for
from discogs_async.testing import FakeConfig, RateLimit, create_app
from tests.conftest import free_port, start_redis, stop_redis

SECRET_TOKEN = "s3cr3t-token-0123456789abcdef"


@pytest.fixture
def budget() -> str:
    """A budget name of its own for each test, so tests never share a schedule."""
    return f"test-{uuid.uuid4().hex}"


@pytest.fixture
async def governors(redis_url: str, budget: str) -> AsyncIterator[list[RedisGovernor]]:
    """Maker of governors on one budget, each with its own Redis client (as in separate processes); all closed."""
    made: list[RedisGovernor] = []
    yield made
    for governor in made:
        await governor.aclose()


def make(made: list[RedisGovernor], url: str, budget: str, **options: Any) -> RedisGovernor:
    governor = RedisGovernor(url, budget=budget, **options)
    made.append(governor)
    return governor


async def all_values(url: str) -> list[bytes]:
    """Every key in the Redis database and everything stored under it, whatever its type."""
    client = Redis.from_url(url)
    found: list[bytes] = []

    def add(*values: Any) -> None:
        found.extend(value if isinstance(value, bytes) else str(value).encode() for value in values)

    try:
        async for key in client.scan_iter():
            add(key)
            kind = as_text(await client.type(key))
            if kind == "string":
                add(await client.get(key) or b"")
            elif kind == "hash":
                for field, value in (await client.hgetall(key)).items():
                    add(field, value)
            elif kind == "zset":
                add(*await client.zrange(key, 0, -1))
            elif kind == "list":
                add(*await client.lrange(key, 0, -1))
            elif kind == "set":
                add(*await client.smembers(key))
            elif kind == "none":  # gone since the scan (an emptied set, an expired key)
                continue
            else:
                pytest.fail(f"unexpected Redis type {kind} for {key!r}")
    finally:
        await client.aclose()
    return found


def as_text(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value


# --- the headline: four worker processes, one budget ----------------------------------------------------------------


def test_four_processes_share_one_budget_without_429s(redis_url: str) -> None:
    """4 spawned workers x 30 tasks through the fake over TCP: zero 429s and most of the allowed rate when the
    governor is shared; the same run with one in-process governor per worker draws 429s."""
    from bench.bench_multiprocess import compare

    alone, shared = compare(processes=4, tasks=30, per_task=1, limit=60, window=4.0, redis_url=redis_url)
    for outcome in (shared, alone):
        print(
            f"\n[{outcome.mode}] ok={outcome.successes} failed={outcome.failures} sent={outcome.sent} "
            f"429s={outcome.throttled} {outcome.successes / outcome.seconds:.2f}/s over {outcome.seconds:.2f} s, "
            f"allowed {outcome.allowed:g}/s: ratio {outcome.ratio:.3f}, steady state {outcome.steady:.3f}"
        )
    assert shared.successes == 120 and shared.failures == 0
    assert shared.throttled == 0
    # A slot cycles in a window plus the fake's latency: 4 s + 0.1-0.4 s on a busy machine (bench 6 measures the
    # utilisation on a 10 s window).
    assert shared.steady >= 0.85
    assert alone.throttled > 0  # what the shared governor avoids


def test_done_when_two_processes_on_one_budget_20_per_10s(redis_url: str) -> None:
    """Two spawned workers x 8 tasks, 18 releases each, through the fake over TCP (20 per 10 s per address)."""
    from bench._common import fake_server
    from bench.bench_multiprocess import harvest

    with fake_server(20, 10.0) as url:
        shared = harvest(
            "redis", url, processes=2, tasks=8, per_task=1, limit=20, window=10.0, redis_url=redis_url, releases=18
        )
    first_16, all_36 = shared.done_at[15], shared.done_at[-1]
    print(f"\n[2 processes, Redis] 8 + 8 done in {first_16:.2f} s, all 36 in {all_36:.2f} s, {shared.throttled} 429s")
    assert (shared.successes, shared.failures, shared.throttled) == (36, 0, 0)
    assert first_16 <= 2.0
    assert all_36 <= 16.0


# --- across instances ------------------------------------------------------------------------------------------------


async def test_a_limit_header_reaches_every_instance(
    governors: list[RedisGovernor], redis_url: str, budget: str
) -> None:
    first = make(governors, redis_url, budget, window=0.5)
    second = make(governors, redis_url, budget, window=0.5)
    capped = make(governors, redis_url, budget, window=0.5, limit=10)
    permit = await first.acquire()
    first.observe(200, {"X-Discogs-Ratelimit": "25"}, permit=permit)
    assert first.limit == 25
    await asyncio.sleep(0.01)  # the background write
    await second.acquire()
    assert second.limit == 25
    await capped.acquire()
    assert capped.limit == 10  # a constructor limit is a ceiling


async def test_a_429_pauses_every_instance(governors: list[RedisGovernor], redis_url: str, budget: str) -> None:
    first = make(governors, redis_url, budget, window=0.5, pause_after_429=0.3)
    second = make(governors, redis_url, budget, window=0.5, pause_after_429=0.3)
    first.observe(429, {}, permit=await first.acquire())
    started = time.monotonic()
    await second.acquire()
    assert time.monotonic() - started >= 0.25
    assert first.stats().throttled_429 == 1 and first.stats().pauses == 1
    assert second.stats().waits == 1


async def test_permits_carry_the_budget_wide_sequence(
    governors: list[RedisGovernor], redis_url: str, budget: str
) -> None:
    first = make(governors, redis_url, budget, window=3.0)
    second = make(governors, redis_url, budget, window=3.0)
    permits = []
    for governor in (first, second, first):
        permits.append(permit := await governor.acquire())
        governor.observe(200, {"X-Discogs-Ratelimit": "60", "X-Discogs-Ratelimit-Remaining": "59"}, permit=permit)
    assert all(isinstance(p, SharedPermit) and p.fallback is None for p in permits)
    assert [p.seq for p in permits] == [1, 2, 3]
    assert [p.index for p in permits] == [1, 1, 2]  # each instance's own count
    stats = first.stats()
    assert isinstance(stats, GovernorStats) and (stats.requests, stats.limit, stats.window) == (2, 60, 3.0)


def test_observe_outside_a_loop_never_raises(redis_url: str) -> None:
    governor = RedisGovernor(redis_url, budget="outside", window=1.0)
    governor.observe(429, {"x-discogs-ratelimit": "garbage", "retry-after": "soon"})
    governor.observe(200, {"x-discogs-ratelimit": "40"})
    assert governor.limit == 40 and governor.stats().throttled_429 == 1


@pytest.mark.parametrize(
    "options",
    [
        {"on_redis_error": "ignore"},
        {"fallback_share": 0},
        {"fallback_share": 1.5},
        {"retry_interval": 0},
        {"limit": 0},
        {"window": -1.0},
        {"budget": ""},
    ],
)
def test_bad_settings_are_refused(options: dict[str, Any]) -> None:
    settings: dict[str, Any] = {"budget": "b", **options}
    with pytest.raises(ValueError):
        RedisGovernor("redis://127.0.0.1:1/0", **settings)


# --- credentials: budgets and keys -----------------------------------------------------------------------------------


def test_budgets_name_the_credential_without_holding_it() -> None:
    one, other = budget_for(UserToken(SECRET_TOKEN)), budget_for(UserToken("another-token"))
    assert one != other
    assert SECRET_TOKEN not in one
    assert budget_for(None) == "anonymous"
    oauth = OAuth1("consumer-key", "consumer-secret", "oauth-token", "token-secret")
    assert budget_for(oauth) == budget_for(oauth)  # a fresh nonce and timestamp each time, one budget
    assert budget_for(oauth) != budget_for(OAuth1("consumer-key", "consumer-secret", "other-token", "token-secret"))


async def test_redis_holds_no_credential(redis_url: str) -> None:
    """The governor's key and the cache's entries are hashes: the token appears nowhere in Redis."""
    config = FakeConfig(rate_limit=RateLimit(60, 25, 60.0), user_tokens={SECRET_TOKEN: "example"})
    transport = httpx.ASGITransport(create_app(config))
    auth = UserToken(SECRET_TOKEN)
    governor = RedisGovernor.for_auth(redis_url, auth, window=0.5)
    async with Discogs(
        "UA/1.0",
        auth=auth,
        base_url="http://127.0.0.1",
        transport=transport,
        governor=governor,
        cache=HttpCache(database_ttl=60),
    ) as discogs:
        await discogs.get_release(1)
        await discogs.get_release(1)
        await discogs.get_identity()
    await governor.aclose()
    assert re.fullmatch(r"discogs_async:governor:[0-9a-f]{32}", governor.key)
    stored = await all_values(redis_url)
    assert governor.key.encode() in stored
    assert any(value.startswith(b"discogs_async:http") for value in stored)  # the cache is in Redis too
    assert not [value for value in stored if SECRET_TOKEN.encode() in value]


async def test_a_redis_url_is_one_argument_to_discogs(redis_url: str) -> None:
    app = create_app(FakeConfig())
    async with Discogs(
        "UA/1.0",
        auth=UserToken("fake-user-token"),
        base_url="http://127.0.0.1",
        transport=httpx.ASGITransport(app),
        governor=redis_url,
    ) as discogs:
        assert isinstance(discogs.governor, RedisGovernor)
        assert discogs.governor.limit == 60 and discogs.governor.window == 60.0
        release = await discogs.get_release(1)
        assert release.id == 1
        assert discogs.governor.stats().requests == 1
        assert discogs.governor.key.endswith(
            RedisGovernor("redis://unused", budget=budget_for(UserToken("fake-user-token"))).key[-32:]
        )


# --- when Redis is down ----------------------------------------------------------------------------------------------


async def test_unreachable_redis_fails_clearly_quickly_and_sends_nothing(caplog: pytest.LogCaptureFixture) -> None:
    port = free_port()
    governor = RedisGovernor(f"redis://user:hunter2@127.0.0.1:{port}/0", budget="down", connect_timeout=0.5)
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"id": 1})

    transport = httpx.MockTransport(answer)
    cpu, started = time.process_time(), time.monotonic()
    async with Discogs("UA/1.0", base_url="https://api.discogs.com", transport=transport, governor=governor) as d:
        results = await asyncio.gather(*(d.get_release(i) for i in range(1, 51)), return_exceptions=True)
    assert time.monotonic() - started < 2.0  # one try, then every waiter fails at once
    assert time.process_time() - cpu < 1.0  # and nothing spins
    assert not sent
    assert all(isinstance(result, GovernorUnavailableError) for result in results)
    error = results[0]
    assert isinstance(error, DiscogsError)
    message = str(error)
    assert f"redis://127.0.0.1:{port}/0" in message and "on_redis_error='fallback'" in message
    assert "hunter2" not in message and "user" not in message.split("(")[0]
    assert "hunter2" not in caplog.text and "hunter2" not in repr(governor)
    assert governor.redis_unreachable
    await governor.aclose()


async def test_a_hung_redis_is_given_up_within_connect_timeout() -> None:
    """A server that takes the connection and never answers: each try ends at `connect_timeout`, not later."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(16)  # the kernel completes the handshakes; nothing ever answers
        port = listener.getsockname()[1]
        governor = RedisGovernor(f"redis://127.0.0.1:{port}/0", budget="hung", connect_timeout=0.5)
        started = time.monotonic()
        with pytest.raises(GovernorUnavailableError, match="TimeoutError"):
            await governor.acquire()
        elapsed = time.monotonic() - started
        await governor.aclose()
    print(f"\n[hung Redis, connect_timeout=0.5] gave up after {elapsed:.2f} s")
    assert 0.45 <= elapsed <= 0.75


async def test_fallback_paces_alone_then_returns_to_redis(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="discogs_async.redis_governor")
    port = free_port()
    governor = RedisGovernor(
        f"redis://127.0.0.1:{port}/0",
        budget="fallback",
        limit=20,
        window=0.5,
        on_redis_error="fallback",
        fallback_share=0.5,
        retry_interval=0.3,
        connect_timeout=0.5,
    )
    cpu = time.process_time()
    permits = []
    for _ in range(10):
        permits.append(permit := await governor.acquire())
        governor.observe(200, {}, permit=permit)
    assert governor.redis_unreachable
    assert all(isinstance(p, SharedPermit) and p.fallback is not None for p in permits)
    assert permits[9].at - permits[0].at >= 0.5  # 9 a window (half of 20, one in reserve): the tenth waits
    assert time.process_time() - cpu < 0.5
    warnings = [r.getMessage() for r in caplog.records if "unreachable" in r.getMessage()]
    assert len(warnings) == 1 and "10 requests per 0.5 s" in warnings[0]

    server = start_redis(port)
    try:
        await asyncio.sleep(0.3)  # Redis is left alone for retry_interval after a failure
        permit = await governor.acquire()
        assert isinstance(permit, SharedPermit) and permit.fallback is None and permit.seq == 1
        assert not governor.redis_unreachable
        assert any("answers again" in r.getMessage() for r in caplog.records)
        await governor.aclose()
    finally:
        stop_redis(server)
