"""The rate governor's behaviour, one suite for both stores: in memory (`Governor`) and in Redis (`RedisGovernor`).

Every behavioural test takes the `store` fixture and runs twice; the Redis run talks to a real redis-server (the
`redis_url` fixture; skipped, with the reason, when there is none) and gives the Redis script the loop's clock.

Time is virtual: the event loop's `time()` jumps to the next timer whenever nothing is ready, so the real Discogs
numbers (60 per 60 s) run in milliseconds and timings are exact. While a Redis command is in flight the clock
stands still and the loop waits for the real socket.

The mock server (`MockWindowTransport`) is strict: a sliding log of accepted arrivals, a 429 with the Discogs body
when `limit` of them fall in the last `window` seconds, and `X-Discogs-Ratelimit*` headers on every answer.
"""

from __future__ import annotations

import asyncio
import bisect
import itertools
import random
import selectors
import uuid
from collections import deque
from collections.abc import Callable, Coroutine, Mapping
from typing import Any, TypeVar

import httpx
import pytest
from redis.asyncio import Redis

from discogs_async import Discogs, UserToken
from discogs_async.governor import Feedback, GovernedTransport, Governor, GovernorStats, Permit, RateGovernor
from discogs_async.redis_governor import RedisGovernor

T = TypeVar("T")
TOO_FAST = b'{"message": "You are making requests too quickly."}'
UA = "GovernorTests/1.0 +https://example.org"


# --- a virtual clock -------------------------------------------------------------------------------------------------


class _Clock:
    TICK = 1e-10  # every loop iteration takes a little time, as on a real clock (float residues cannot spin)

    def __init__(self) -> None:
        self.now = 100.0
        self.jumps = 0


class CountingRedis(Redis):
    """A Redis client that counts its commands, so that the virtual clock stands still while one is in flight."""

    in_flight = 0
    calls = 0

    async def execute_command(self, *args: Any, **options: Any) -> Any:
        CountingRedis.in_flight += 1
        CountingRedis.calls += 1
        try:
            return await super().execute_command(*args, **options)  # type: ignore[no-untyped-call]
        finally:
            CountingRedis.in_flight -= 1


class _VirtualSelector(selectors.DefaultSelector):
    """Polls real file descriptors without blocking; instead of sleeping, moves the clock to the next timer."""

    def __init__(self, clock: _Clock) -> None:
        super().__init__()
        self._clock = clock

    def select(self, timeout: float | None = None) -> list[tuple[selectors.SelectorKey, int]]:
        self._clock.now += self._clock.TICK
        events = super().select(0)
        if events or timeout == 0:
            return events
        if CountingRedis.in_flight:  # a Redis answer is on its way: wait for it in real time
            return super().select(1.0)
        if timeout is None:  # nothing scheduled: only another thread can wake the loop (executor shutdown)
            events = super().select(2.0)
            if not events:
                raise RuntimeError("virtual clock: nothing is ready or scheduled (deadlock)")
            return events
        self._clock.now += timeout
        self._clock.jumps += 1
        return []


class VirtualClockLoop(asyncio.SelectorEventLoop):
    def __init__(self) -> None:
        self.clock = _Clock()
        super().__init__(_VirtualSelector(self.clock))

    def time(self) -> float:
        return self.clock.now


def now() -> float:
    return asyncio.get_running_loop().time()


def jumps() -> int:
    loop = asyncio.get_running_loop()
    assert isinstance(loop, VirtualClockLoop)
    return loop.clock.jumps


# --- the two stores --------------------------------------------------------------------------------------------------


class Store:
    """Makes governors of one kind; `fresh=True` gives an empty budget (as after a restart, for Redis too)."""

    def __init__(self, kind: str, redis_url: str | None) -> None:
        self.kind = kind
        self.redis_url = redis_url
        self.budget = f"test-{uuid.uuid4().hex}"
        self.made: list[tuple[RateGovernor, Redis | None]] = []

    def __repr__(self) -> str:
        return self.kind

    def make(self, *, fresh: bool = False, **options: Any) -> RateGovernor:
        governor: RateGovernor
        if self.redis_url is None:
            governor = Governor(**options)
            self.made.append((governor, None))
            return governor
        if fresh:
            self.budget = f"test-{uuid.uuid4().hex}"
        client = CountingRedis.from_url(self.redis_url)
        governor = RedisGovernor(client, budget=self.budget, clock=now, **options)
        self.made.append((governor, client))
        return governor

    def run(self, main: Callable[[], Coroutine[Any, Any, T]]) -> T:
        """Run `main` on a fresh virtual-clock loop; close what it made."""

        async def wrapped() -> T:
            try:
                return await main()
            finally:
                for governor, client in self.made:
                    if isinstance(governor, RedisGovernor):
                        await governor.aclose()
                    if client is not None:
                        await client.aclose()
                self.made.clear()

        with asyncio.Runner(loop_factory=VirtualClockLoop) as runner:
            return runner.run(wrapped())


@pytest.fixture(params=["memory", "redis"])
def store(request: pytest.FixtureRequest) -> Store:
    url = request.getfixturevalue("redis_url") if request.param == "redis" else None
    return Store(request.param, url)


# --- the strict server -----------------------------------------------------------------------------------------------


class MockWindowTransport(httpx.AsyncBaseTransport):
    """A Discogs-like server with a true moving window (a sliding log of accepted arrivals per `window` seconds)."""

    def __init__(self, limit: int, window: float, *, latency: Callable[[], float] | None = None) -> None:
        self.limit = limit
        self.window = window
        self.latency = latency
        self.log: deque[float] = deque()
        self.arrivals: list[float] = []
        self.statuses: list[int] = []

    def arrive(self, at: float) -> int:
        """Count one request arriving at `at`; return its status."""
        while self.log and self.log[0] <= at - self.window:
            self.log.popleft()
        self.arrivals.append(at)
        status = 429 if len(self.log) >= self.limit else 200
        if status == 200:
            self.log.append(at)
        self.statuses.append(status)
        return status

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self.latency is not None:
            await asyncio.sleep(self.latency())
        status = self.arrive(now())
        used = len(self.log)
        headers = {
            "X-Discogs-Ratelimit": str(self.limit),
            "X-Discogs-Ratelimit-Used": str(used),
            "X-Discogs-Ratelimit-Remaining": str(max(0, self.limit - used)),
        }
        release = request.url.path.rsplit("/", 1)[-1]
        body = TOO_FAST if status == 429 else b'{"id": %s, "title": "T"}' % release.encode()
        if self.latency is not None:
            await asyncio.sleep(self.latency())
        return httpx.Response(status, headers=headers, content=body, request=request)

    @property
    def refused(self) -> int:
        return self.statuses.count(429)


def max_in_window(times: list[float], window: float) -> int:
    """The most events in any half-open interval of length `window`, as the server counts them."""
    ordered = sorted(times)
    return max((bisect.bisect_left(ordered, t + window) - i for i, t in enumerate(ordered)), default=0)


async def send(governor: RateGovernor, server: httpx.AsyncBaseTransport, count: int, first: int = 1) -> list[float]:
    """`count` GETs at once through the governed server; when each finished, in order."""
    transport = GovernedTransport(server, governor)
    async with httpx.AsyncClient(base_url="https://api.discogs.com", transport=transport) as c:

        async def one(i: int) -> float:
            await c.get(f"/releases/{i}")
            return now()

        return list(await asyncio.gather(*(one(first + i) for i in range(count))))


def jitter(seed: int, low: float = 0.02, high: float = 0.2) -> Callable[[], float]:
    rng = random.Random(seed)
    return lambda: rng.uniform(low, high)


# --- the "done when" figures -----------------------------------------------------------------------------------------


def test_done_when_20_per_10s_sequential_then_a_burst_then_a_restart(store: Store) -> None:
    """20 per 10 s advertised only in the headers; the governor knows only the 10 s window."""

    async def main() -> tuple[float, int, int]:
        server = MockWindowTransport(20, 10.0, latency=jitter(1, 0.02, 0.08))
        governor = store.make(window=10.0)
        start = now()
        for i in range(10):
            await send(governor, server, 1, first=i)
        sequential = now() - start
        await send(governor, server, 15)
        after_burst = server.refused
        restarted = store.make(fresh=True, window=10.0)
        await send(restarted, server, 10)
        print(f"\n[{store}] 10 sequential: {sequential:.3f} s; 15 at once, 10 after a restart: {server.refused} 429s")
        return sequential, after_burst, server.refused

    sequential, after_burst, refused = store.run(main)
    assert sequential <= 1.5
    assert after_burst == 0
    assert refused == 0


def test_done_when_110_concurrent_at_60_per_60s(store: Store) -> None:
    async def main() -> float:
        server = MockWindowTransport(60, 60.0, latency=jitter(2))
        governor = store.make()
        start = now()
        done = await send(governor, server, 110)
        assert server.refused == 0
        assert max_in_window(server.arrivals, 60.0) <= 60
        return max(done) - start

    elapsed = store.run(main)
    print(f"\n[{store}] 110 concurrent at 60 per 60 s: all done in {elapsed:.2f} s, no 429")
    assert elapsed <= 67


def test_done_when_two_user_views_40_plus_40(store: Store) -> None:
    async def main() -> float:
        server = MockWindowTransport(60, 60.0, latency=jitter(3))
        async with Discogs(UA, auth=UserToken("alice"), transport=server, governor=store.make()) as discogs:
            bob = discogs.as_user(UserToken("bob"))
            start = now()
            calls = [discogs.get_release(i) for i in range(1, 41)] + [bob.get_release(i) for i in range(41, 81)]
            releases = await asyncio.gather(*calls)
            elapsed = now() - start
        assert [release.id for release in releases] == list(range(1, 81))
        assert server.refused == 0
        return elapsed

    elapsed = store.run(main)
    print(f"\n[{store}] two users' views, 40 + 40 at once at 60 per 60 s: done in {elapsed:.2f} s, no 429")
    assert elapsed <= 67


# --- bursting within the budget --------------------------------------------------------------------------------------


def test_an_idle_budget_sends_one_then_the_rest_at_once(store: Store) -> None:
    async def main() -> None:
        server = MockWindowTransport(60, 60.0, latency=lambda: 0.05)
        governor = store.make()
        start = now()
        await send(governor, server, 60)
        probe, *burst, last = (arrival - start for arrival in server.arrivals)
        assert probe == pytest.approx(0.05)  # learn before bursting: one request first
        assert burst == pytest.approx([0.15] * 58)  # its answer came at 0.1: 58 more, the 59 of 60 allowed
        assert last == pytest.approx(60.1 + 0.05)  # one window after the probe's answer
        assert server.refused == 0

    store.run(main)


def test_sequential_requests_on_an_idle_budget_do_not_wait(store: Store) -> None:
    async def main() -> GovernorStats:
        server = MockWindowTransport(60, 60.0, latency=lambda: 0.01)
        governor = store.make()
        start = now()
        for i in range(5):
            await send(governor, server, 1, first=i)
        assert now() - start == pytest.approx(5 * 0.02)  # the network's time only
        return governor.stats()

    stats = store.run(main)
    assert (stats.requests, stats.waits) == (5, 0)


def test_a_budget_idle_for_a_window_learns_again_before_bursting(store: Store) -> None:
    async def main() -> None:
        server = MockWindowTransport(60, 60.0, latency=lambda: 0.05)
        governor = store.make()
        await send(governor, server, 5)
        await asyncio.sleep(61)
        start = now()
        await send(governor, server, 5)
        later = [arrival - start for arrival in server.arrivals[5:]]
        assert later == pytest.approx([0.05] + [0.15] * 4)

    store.run(main)


def test_sustained_load_keeps_every_window_under_the_limit(store: Store) -> None:
    async def main() -> float:
        server = MockWindowTransport(60, 60.0, latency=jitter(4, 0.05, 0.25))
        governor = store.make()
        start = now()
        done = await send(governor, server, 300)
        assert server.refused == 0
        assert max_in_window(server.arrivals, 60.0) <= 59  # the reserve is kept too
        return max(done) - start

    elapsed = store.run(main)
    assert elapsed <= 5 * 60 + 5  # 59 per window (and the answers' latency), not one per period


def test_smooth_mode_spaces_requests_evenly() -> None:
    async def main() -> list[float]:
        server = MockWindowTransport(60, 60.0)
        await send(Governor(burst=1), server, 5)
        return server.arrivals

    arrivals = Store("memory", None).run(main)
    gaps = [b - a for a, b in itertools.pairwise(arrivals)]
    assert gaps == pytest.approx([60 / 59] * 4)  # aiolimiter drains one slot per window / (limit - reserve)


# --- what the server says --------------------------------------------------------------------------------------------


def test_a_full_window_after_a_restart_is_waited_out(store: Store) -> None:
    """An earlier run burst 19 of 20 two seconds ago: the probe reads that, the rest wait for the window."""

    async def main() -> None:
        server = MockWindowTransport(20, 10.0)
        for _ in range(19):
            server.arrive(now() - 2.0)
        governor = store.make(window=10.0)
        start = now()
        await send(governor, server, 10)
        assert server.refused == 0
        assert [round(at - start, 6) for at in server.arrivals[19:]] == [0.0] + [10.0] * 9

    store.run(main)


@pytest.mark.parametrize(("advertised", "ceiling", "at_once"), [(20, None, 19), (100, None, 99), (100, 60, 59)])
def test_the_server_limit_sets_the_budget_unless_capped(
    store: Store, advertised: int, ceiling: int | None, at_once: int
) -> None:
    async def main() -> int:
        server = MockWindowTransport(advertised, 60.0)
        governor = store.make(limit=ceiling)
        start = now()
        await send(governor, server, advertised + 5)
        assert server.refused == 0
        assert governor.limit == (ceiling or advertised)
        return sum(1 for at in server.arrivals if at - start < 1)

    assert store.run(main) == at_once


@pytest.mark.parametrize("reserve", [1, 3])
def test_gives_way_to_another_client_on_the_same_ip(store: Store, reserve: int) -> None:
    """Another client spends 20 of the 60 per minute (remaining falls faster than our sends explain)."""

    async def main() -> tuple[int, float]:
        server = MockWindowTransport(60, 60.0, latency=jitter(5, 0.05, 0.25))
        theirs: set[int] = set()

        def foreign(at: float) -> None:
            theirs.add(len(server.arrivals))
            server.arrive(at)

        async def other_client() -> None:
            at = now() - 60.0
            while at < now():
                foreign(at)
                at += 3.0
            await asyncio.sleep(at - now())
            while True:
                foreign(now())
                await asyncio.sleep(3.0)

        background = asyncio.create_task(other_client())
        await asyncio.sleep(0)
        try:
            await send(store.make(reserve=reserve), server, 150)
        finally:
            background.cancel()
        ours = [pair for i, pair in enumerate(zip(server.arrivals, server.statuses, strict=True)) if i not in theirs]
        refused = sum(status == 429 for __, status in ours)
        return refused, sum(at < ours[0][0] + 180.0 for at, __ in ours) / 3  # per window, over the first three

    refused, per_window = store.run(main)
    print(f"\n[{store}, reserve={reserve}] beside a client spending 20/min: ours {per_window:.1f}/min, 429s={refused}")
    assert refused == 0
    assert 0.9 * (40 - reserve) <= per_window <= 40  # the 40 the other client leaves


def test_429_with_retry_after_pauses_for_it(store: Store) -> None:
    async def main() -> float:
        governor = store.make()
        permit = await governor.acquire()
        governor.observe(429, {"Retry-After": "7"}, permit=permit)
        start = now()
        await governor.acquire()
        return now() - start

    assert store.run(main) == pytest.approx(7.0)


def test_429_without_retry_after_waits_until_the_window_frees(store: Store) -> None:
    """An empty 429 body and no headers: the window is full as far as the client knows."""

    async def main() -> tuple[float, float]:
        scripted = ScriptedTransport([429, 200, 200])
        governor = store.make()
        start = now()
        async with httpx.AsyncClient(transport=GovernedTransport(scripted, governor)) as client:
            assert (await client.get("https://api.discogs.com/")).content == b""
            await client.get("https://api.discogs.com/")
            second = now() - start
            await client.get("https://api.discogs.com/")
            third = now() - second - start
        assert governor.stats().throttled_429 == 1
        return second, third

    second, third = store.run(main)
    assert second == pytest.approx(60.0)  # nothing of ours in the window to leave first: a whole window
    assert third == pytest.approx(0.0, abs=1e-6)  # the window emptied


def test_a_fixed_pause_after_429_can_be_configured(store: Store) -> None:
    async def main() -> float:
        governor = store.make(pause_after_429=2.5)
        governor.observe(429, {}, permit=await governor.acquire())
        start = now()
        await governor.acquire()
        return now() - start

    assert store.run(main) == pytest.approx(2.5)


def test_an_unanswered_request_lets_the_next_one_learn(store: Store) -> None:
    class FailsOnce(httpx.AsyncBaseTransport):
        calls = 0

        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            self.calls += 1
            if self.calls == 1:
                raise httpx.ConnectError("refused", request=request)
            return httpx.Response(200, request=request)

    async def main() -> float:
        governor = store.make()
        start = now()
        async with httpx.AsyncClient(transport=GovernedTransport(FailsOnce(), governor)) as client:
            with pytest.raises(httpx.ConnectError):
                await client.get("https://api.discogs.com/")
            await client.get("https://api.discogs.com/")
        return now() - start

    assert store.run(main) == pytest.approx(0.0, abs=1e-6)


# --- waiting ---------------------------------------------------------------------------------------------------------


def test_a_cancelled_waiter_gives_its_slot_back(store: Store) -> None:
    async def main() -> dict[str, float]:
        server = MockWindowTransport(1, 10.0)
        governor = store.make(limit=1, window=10.0, reserve=0)
        await send(governor, server, 1)
        start = now()
        done: dict[str, float] = {}

        async def one(name: str) -> None:
            await send(governor, server, 1)
            done[name] = now() - start

        tasks = {name: asyncio.create_task(one(name)) for name in "ABC"}
        await asyncio.sleep(5)
        tasks["A"].cancel()  # the first in line, sleeping for the slot
        tasks["B"].cancel()  # queued behind it
        await asyncio.gather(*tasks.values(), return_exceptions=True)
        assert governor.stats().requests == 2
        assert server.refused == 0
        return done

    assert store.run(main) == {"C": pytest.approx(10.0)}  # C takes the slot A would have had


def test_hundreds_of_waiters_do_not_spin(store: Store) -> None:
    async def main() -> tuple[int, int]:
        server = MockWindowTransport(60, 60.0)
        governor = store.make()
        jumps_before, calls_before = jumps(), CountingRedis.calls
        await send(governor, server, 500)
        assert server.refused == 0
        return jumps() - jumps_before, CountingRedis.calls - calls_before

    timer_jumps, redis_calls = store.run(main)
    windows = 500 // 59 + 1
    if store.kind == "memory":
        assert timer_jumps <= 2 * windows  # one timer per window the burst waits for
    else:  # the first waiter asks Redis once per slot's time (1 s) at most, to hear of other processes' answers
        assert timer_jumps <= windows * 62
        assert redis_calls <= 2 * 500 + windows * 62


def test_waiters_are_served_in_arrival_order(store: Store) -> None:
    async def main() -> list[int]:
        governor = store.make(limit=5, window=10.0, reserve=0)
        order: list[int] = []

        async def one(i: int) -> None:
            permit = await governor.acquire()
            order.append(i)
            governor.observe(200, {}, permit=permit)

        await asyncio.gather(*(one(i) for i in range(40)))
        return order

    assert store.run(main) == list(range(40))


# --- reading answers, settings, stats --------------------------------------------------------------------------------


def test_feedback_reads_headers_in_any_case_and_cautiously() -> None:
    assert Feedback.read(200, {"X-DISCOGS-RATELIMIT": "25", "x-discogs-ratelimit-remaining": "3"}).held(60) == 22
    assert Feedback.read(200, {"X-Discogs-Ratelimit-Used": "7"}).held(60) == 7
    assert Feedback.read(200, {"X-Discogs-Ratelimit-Remaining": "58"}).held(60) == 2
    repeated = Feedback.read(200, httpx.Headers([("X-Discogs-Ratelimit", "60"), ("x-discogs-ratelimit", "25")]))
    assert repeated.limit == 25
    assert Feedback.read(200, {"X-Discogs-Ratelimit": "24.7", "X-Discogs-Ratelimit-Used": "3.2"}).used == 4
    assert Feedback.read(429, {"Retry-After": "7"}).retry_after == 7.0
    assert Feedback.read(200, {"Retry-After": "7"}).retry_after is None  # only a refusal asks to wait


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"X-Discogs-Ratelimit": "abc", "X-Discogs-Ratelimit-Remaining": "lots"},
        {"X-Discogs-Ratelimit": "0", "X-Discogs-Ratelimit-Remaining": "-3"},
        {"X-Discogs-Ratelimit": "nan", "X-Discogs-Ratelimit-Remaining": "inf"},
        {"X-Discogs-Ratelimit": "1e999", "X-Discogs-Ratelimit-Used": "1e999"},
        {"X-Discogs-Ratelimit": "60, x", "X-Discogs-Ratelimit-Remaining": "5, ?"},
        {"Retry-After": "whenever"},
    ],
)
def test_garbage_headers_are_ignored(store: Store, headers: Mapping[str, str]) -> None:
    async def main() -> float:
        governor = store.make()
        governor.observe(200, headers, permit=await governor.acquire())
        start = now()
        await governor.acquire()
        assert governor.limit == 60
        return now() - start

    assert store.run(main) == pytest.approx(0.0, abs=1e-6)


@pytest.mark.parametrize(
    "options",
    [{"limit": 0}, {"limit": True}, {"window": 0}, {"window": float("nan")}, {"reserve": -1}, {"burst": 0},
     {"pause_after_429": -1}, {"max_pause": float("inf")}],
)  # fmt: skip
def test_bad_settings_are_refused_naming_the_argument(options: dict[str, Any]) -> None:
    name = next(iter(options))
    with pytest.raises(ValueError, match=name):
        Governor(**options)
    if name != "burst":
        with pytest.raises(ValueError, match=name):
            RedisGovernor("redis://127.0.0.1:1/0", budget="b", **options)


def test_documented_limits_by_tier() -> None:
    assert Governor().limit == 60
    assert Governor(authenticated=False).limit == 25
    assert Governor(7, authenticated=False).limit == 7
    assert Governor().stats() == GovernorStats(0, 0, 0.0, 0, 0, 60, 60.0)
    assert "limit=60" in repr(Governor())


def test_observe_works_outside_a_running_loop() -> None:
    governor = Governor()
    governor.observe(429, {"X-Discogs-Ratelimit": "25"})
    assert (governor.stats().throttled_429, governor.limit) == (1, 25)


def test_stats_and_permits(store: Store) -> None:
    async def main() -> tuple[list[Permit], GovernorStats]:
        governor = store.make(limit=3, window=10.0, reserve=0)
        permits = []
        for _ in range(4):
            permits.append(permit := await governor.acquire())
            governor.observe(200, {"X-Discogs-Ratelimit": "3"}, permit=permit)
        return permits, governor.stats()

    permits, stats = store.run(main)
    assert [permit.index for permit in permits] == [1, 2, 3, 4]
    assert permits[3].at - permits[0].at == pytest.approx(10.0)
    assert (stats.requests, stats.waits, stats.limit, stats.window) == (4, 1, 3, 10.0)
    assert stats.total_wait_seconds == pytest.approx(10.0)


# --- the transport ---------------------------------------------------------------------------------------------------


class ScriptedTransport(httpx.AsyncBaseTransport):
    """Answers with the given statuses in turn, empty bodies and no headers."""

    def __init__(self, statuses: list[int]) -> None:
        self.statuses = statuses
        self.calls = 0
        self.closed = False

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.calls += 1
        return httpx.Response(self.statuses[(self.calls - 1) % len(self.statuses)], request=request)

    async def aclose(self) -> None:
        self.closed = True


async def test_transport_spends_budget_observes_and_does_not_retry() -> None:
    governor = Governor()
    inner = ScriptedTransport([429])
    async with httpx.AsyncClient(transport=GovernedTransport(inner, governor)) as client:
        response = await client.get("https://api.discogs.com/releases/249504")
    assert response.status_code == 429
    assert inner.calls == 1  # retries belong to the funnel, above the auth flow
    assert inner.closed  # closing the client closes the governed transport, which closes the inner one
    stats = governor.stats()
    assert (stats.requests, stats.throttled_429, stats.pauses) == (1, 1, 1)


async def test_transport_errors_pass_through() -> None:
    class Refusing(httpx.AsyncBaseTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            raise httpx.ConnectError("refused", request=request)

    governor = Governor()
    transport = GovernedTransport(Refusing(), governor)
    assert transport.governor is governor
    async with httpx.AsyncClient(transport=transport) as client:
        with pytest.raises(httpx.ConnectError):
            await client.get("https://api.discogs.com/")
    assert governor.stats().requests == 1


async def test_real_time_burst_and_window_against_the_strict_server() -> None:
    """Real timers: 45 at 20 per 0.5 s, none refused, in three windows."""
    server = MockWindowTransport(20, 0.5)
    governor = Governor(window=0.5)
    start = now()
    await send(governor, server, 45)
    assert server.refused == 0
    assert now() - start < 3 * 0.5 + 0.5
