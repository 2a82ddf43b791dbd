"""Tests for discogs_async.governor.

Time is under control in two ways:

- Most tests run on a *virtual clock*: an event loop whose `time()` jumps straight to the next timer whenever nothing
  is ready, so the real Discogs numbers (60 per 60 s) run in milliseconds and the timings are exact (each loop
  iteration adds only 0.1 ns).
- One headline test also runs in *real time* on a scaled-down window (20 requests per 0.5 s) to show that real
  timers, with their lateness, still stay under the limit and near it.

The mock server (`MockWindowTransport`) enforces a true moving window: a sliding log of accepted arrival times,
a 429 with the Discogs body when the log is full, and `X-Discogs-Ratelimit*` headers on every answer.
"""

from __future__ import annotations

import asyncio
import bisect
import itertools
import logging
import random
import selectors
from collections import deque
from collections.abc import Callable, Coroutine, Mapping
from typing import Any, TypeVar

import httpx
import pytest

from discogs_async.governor import GovernedTransport, Governor, GovernorStats, Permit

T = TypeVar("T")
P60 = 60 / 58.9  # Governor().period: 59 per minute (one in reserve) less the 0.1 tolerance
P10 = 10 / 9.9  # Governor(11, window=10.0).period, and Governor(10, window=10.0, reserve=0).period
TOO_FAST = b'{"message": "You are making requests too quickly."}'


# --- a virtual clock -------------------------------------------------------------------------------------------------


class _Clock:
    TICK = 1e-10  # every loop iteration takes a little time, as on a real clock (float residues cannot spin)

    def __init__(self) -> None:
        self.now = 100.0
        self.jumps = 0


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


def vrun(main: Callable[[], Coroutine[Any, Any, T]]) -> T:
    """Run a coroutine function on a fresh virtual-clock loop."""
    with asyncio.Runner(loop_factory=VirtualClockLoop) as runner:
        return runner.run(main())


def now() -> float:
    return asyncio.get_running_loop().time()


async def advance(seconds: float) -> None:
    await asyncio.sleep(seconds)


# --- the mock server -------------------------------------------------------------------------------------------------


class MockWindowTransport(httpx.AsyncBaseTransport):
    """A Discogs-like server with a true moving window (a sliding log of accepted arrivals per `window` seconds)."""

    def __init__(
        self,
        limit: int,
        window: float,
        *,
        latency: Callable[[], float] | None = None,
        lowercase: bool = True,
        overcount: random.Random | None = None,
    ) -> None:
        self.limit = limit
        self.overcount = overcount  # if given, 30% of answers report one more used (`-Used` "jumps by 2")
        self.window = window
        self.latency = latency
        self.lowercase = lowercase
        self.log: deque[float] = deque()
        self.arrivals: list[float] = []
        self.statuses: list[int] = []
        self.closed = False

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
        if self.overcount is not None and self.overcount.random() < 0.3:
            used += 1
        names = ("X-Discogs-Ratelimit", "X-Discogs-Ratelimit-Used", "X-Discogs-Ratelimit-Remaining")
        if self.lowercase:
            names = tuple(name.lower() for name in names)  # type: ignore[assignment]
        headers = dict(zip(names, (str(self.limit), str(used), str(max(0, self.limit - used))), strict=True))
        body = TOO_FAST if status == 429 else b'{"id": 1}'
        if self.latency is not None:
            await asyncio.sleep(self.latency())
        return httpx.Response(status, headers=headers, content=body, request=request)

    async def aclose(self) -> None:
        self.closed = True


def max_in_window(times: list[float], window: float) -> int:
    """The most events in any closed interval of length `window` (starting at an event, where the maximum is)."""
    ordered = sorted(times)
    return max((bisect.bisect_right(ordered, t + window) - i for i, t in enumerate(ordered)), default=0)


async def grant_times(governor: Governor, count: int) -> list[float]:
    """Acquire `count` times concurrently; the loop times at which each task was let through, in task order."""
    times: list[float] = [0.0] * count

    async def one(i: int) -> None:
        await governor.acquire()
        times[i] = now()

    await asyncio.gather(*(one(i) for i in range(count)))
    return times


async def next_grant_after(governor: Governor, start: float) -> float:
    await governor.acquire()
    return now() - start


# --- construction ----------------------------------------------------------------------------------------------------


def test_documented_limits_by_tier() -> None:
    assert Governor().limit == 60
    assert Governor(authenticated=False).limit == 25
    assert Governor(7, authenticated=False).limit == 7
    assert Governor().stats() == GovernorStats(0, 0, 0.0, 0, 0, 60, 60.0)
    assert Governor(window=30).window == 30.0
    assert Governor().period == pytest.approx(P60)
    assert Governor(11, window=10.0).period == pytest.approx(P10)
    assert "limit=60" in repr(Governor())


@pytest.mark.parametrize(
    "kwargs",
    [{"limit": 0}, {"limit": True}, {"window": 0}, {"window": float("nan")}, {"reserve": -1}, {"pause_after_429": -1}],
)
def test_bad_settings_are_refused(kwargs: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        Governor(**kwargs)


# --- pacing ----------------------------------------------------------------------------------------------------------


def test_pacing_never_exceeds_the_limit_in_any_moving_window() -> None:
    async def main() -> list[float]:
        return await grant_times(Governor(), 150)

    times = vrun(main)
    assert max_in_window(times, 60.0) <= 59  # the limit, less the reserve
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert min(gaps) == pytest.approx(P60)  # evenly spaced
    assert max(gaps) == pytest.approx(P60)


def test_no_initial_burst() -> None:
    async def main() -> list[float]:
        return await grant_times(Governor(10, window=10.0, reserve=0), 10)

    times = vrun(main)
    # aiolimiter's default bucket would let all 10 go at once; this one spaces them from the first.
    assert times[1] - times[0] == pytest.approx(P10)
    assert times[-1] - times[0] == pytest.approx(9 * P10)


def test_pacing_after_idle_lets_no_burst_through() -> None:
    async def main() -> list[float]:
        governor = Governor(10, window=10.0, reserve=0)
        first = await grant_times(governor, 3)
        await advance(30.0)
        return first + await grant_times(governor, 4)

    times = vrun(main)
    gaps = [b - a for a, b in itertools.pairwise(times[3:])]
    # An idle bucket is empty: only the 0.1-period tolerance is there to spend, never a burst.
    assert gaps == [pytest.approx(0.9 * P10), pytest.approx(P10), pytest.approx(P10)]
    assert max_in_window(times, 10.0) <= 10


def test_a_late_slot_is_made_up_by_the_next() -> None:
    async def main() -> list[float]:
        governor = Governor(10, window=10.0, reserve=0)
        times = await grant_times(governor, 2)  # 0 and P10
        await advance(P10 + 0.05)  # the next task comes 0.05 s after its slot (a late timer, a busy loop)
        times += await grant_times(governor, 3)
        return [t - times[0] for t in times]

    expected = [0.0, P10, 2 * P10 + 0.05, 3 * P10, 4 * P10]  # back on the grid at once
    assert vrun(main) == [pytest.approx(t, abs=1e-6) for t in expected]


def test_waiters_are_served_in_arrival_order_and_none_starves() -> None:
    async def main() -> tuple[list[int], Governor]:
        governor = Governor(60, window=1.0)
        order: list[int] = []

        async def one(i: int) -> None:
            await governor.acquire()
            order.append(i)

        tasks = []
        for i in range(200):
            tasks.append(asyncio.create_task(one(i)))
            if i % 10 == 0:
                await asyncio.sleep(0)  # let some start before others exist
        await asyncio.gather(*tasks)
        return order, governor

    order, governor = vrun(main)
    assert order == list(range(200))
    assert governor.stats().requests == 200


def test_waiting_does_not_spin() -> None:
    captured: dict[str, int] = {}

    async def main() -> None:
        loop = asyncio.get_running_loop()
        assert isinstance(loop, VirtualClockLoop)
        await grant_times(Governor(60, window=60.0), 200)
        captured["jumps"] = loop.clock.jumps

    vrun(main)
    # One timer per paced slot (199 after the first), plus a little slack; a polling loop would need thousands.
    assert captured["jumps"] <= 210


# --- cancellation ----------------------------------------------------------------------------------------------------


def test_cancelled_waiters_take_no_budget() -> None:
    async def main() -> dict[str, float]:
        governor = Governor(11, window=10.0)  # about one per second
        granted: dict[str, float] = {}

        async def one(name: str) -> None:
            await governor.acquire()
            granted[name] = now()

        start = now()
        tasks = {name: asyncio.create_task(one(name)) for name in "ABCDE"}
        await advance(0.5)
        tasks["B"].cancel()  # B is waiting for the 1.0 s slot inside the limiter
        tasks["C"].cancel()  # C is queued behind it
        await asyncio.gather(*tasks.values(), return_exceptions=True)
        assert tasks["B"].cancelled() and tasks["C"].cancelled()
        assert governor.stats().requests == 3
        return {name: at - start for name, at in granted.items()}

    assert vrun(main) == {"A": pytest.approx(0.0, abs=1e-6), "D": pytest.approx(P10), "E": pytest.approx(2 * P10)}


def test_a_waiter_cancelled_during_a_pause_takes_nothing() -> None:
    async def main() -> tuple[dict[str, float], GovernorStats]:
        governor = Governor(11, window=10.0)
        granted: dict[str, float] = {}

        async def one(name: str) -> None:
            await governor.acquire()
            granted[name] = now()

        start = now()
        tasks = {name: asyncio.create_task(one(name)) for name in "ABCD"}
        await advance(0.9)
        governor.observe(429, {"Retry-After": "0.6"})  # B gets its slot at P10 but must then wait until 1.5
        await advance(0.3)
        tasks["B"].cancel()
        await asyncio.gather(*tasks.values(), return_exceptions=True)
        return {name: at - start for name, at in granted.items()}, governor.stats()

    granted, stats = vrun(main)
    # B's slot was spent on nothing; C takes the next one, and D keeps the pace after it.
    assert granted == {"A": pytest.approx(0.0, abs=1e-6), "C": pytest.approx(2 * P10), "D": pytest.approx(3 * P10)}
    assert stats.requests == 3


def test_cancelling_everyone_leaves_a_working_governor() -> None:
    async def main() -> float:
        governor = Governor(60, window=60.0)
        await governor.acquire()
        tasks = [asyncio.create_task(governor.acquire()) for _ in range(50)]
        await advance(0.01)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        start = now()
        await governor.acquire()
        return now() - start

    # Budget is intact: the next request waits only for the rest of its paced slot.
    assert vrun(main) == pytest.approx(P60 - 0.01)


# --- learning from headers -------------------------------------------------------------------------------------------


def test_a_new_limit_header_changes_the_pace() -> None:
    async def main() -> tuple[list[float], int]:
        governor = Governor()  # 60
        start = now()
        await governor.acquire()
        governor.observe(200, {"X-Discogs-Ratelimit": "25"})
        times = await grant_times(governor, 3)
        return [t - start for t in times], governor.stats().limit

    times, limit = vrun(main)
    assert limit == 25
    p25 = 60 / 23.9  # 24 a minute, less the tolerance
    assert times == [pytest.approx(p25), pytest.approx(2 * p25), pytest.approx(3 * p25)]


def test_a_higher_limit_header_speeds_up_unless_capped() -> None:
    async def main(governor: Governor) -> float:
        await governor.acquire()
        governor.observe(200, {"x-discogs-ratelimit": "60"})
        times = await grant_times(governor, 2)
        return times[1] - times[0]

    assert vrun(lambda: main(Governor(authenticated=False))) == pytest.approx(P60)
    # A limit given to the constructor is a ceiling: the server cannot raise it, only lower it.
    assert vrun(lambda: main(Governor(30))) == pytest.approx(60 / 28.9)
    capped = Governor(30)
    capped.observe(200, {"X-Discogs-Ratelimit": "20"})
    assert capped.limit == 20


def test_the_pace_changes_for_a_task_already_waiting() -> None:
    async def main() -> float:
        governor = Governor(authenticated=False)  # 25: about one every 2.5 s
        start = now()
        await governor.acquire()
        waiter = asyncio.create_task(next_grant_after(governor, start))
        await advance(0.1)
        governor.observe(200, {"X-Discogs-Ratelimit": "11"})  # about one every 6 s from the last grant
        return await waiter

    assert vrun(main) == pytest.approx(60 / 9.9)


def test_low_remaining_pauses_before_the_server_refuses(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="discogs_async.governor")

    async def main() -> tuple[float, GovernorStats]:
        governor = Governor()  # 60 per 60 s, reserve 1
        start = now()
        permit = await governor.acquire()
        governor.observe(200, {"X-Discogs-Ratelimit-Remaining": "0"}, permit=permit)
        await governor.acquire()
        return now() - start, governor.stats()

    waited, stats = vrun(main)
    assert waited == pytest.approx(2.0)  # (reserve + 1 - remaining) slots of window / limit, not the 1.02 s pace
    assert stats.pauses == 1
    assert any("pausing" in r.getMessage() and "remaining=0" in r.getMessage() for r in caplog.records)


def test_remaining_at_the_reserve_costs_nothing_when_alone() -> None:
    async def main() -> tuple[float, GovernorStats]:
        governor = Governor()
        start = now()
        permit = await governor.acquire()
        governor.observe(200, {"X-Discogs-Ratelimit-Remaining": "1"}, permit=permit)
        await governor.acquire()
        return now() - start, governor.stats()

    waited, stats = vrun(main)
    assert waited == pytest.approx(P60)  # the one-slot pause ends before the next paced slot
    assert stats.pauses == 0


def test_requests_sent_since_count_against_remaining() -> None:
    async def main(remaining: str) -> float:
        governor = Governor()
        start = now()
        first = await governor.acquire()
        await grant_times(governor, 2)  # two more sent before the first answer arrives
        governor.observe(200, {"X-Discogs-Ratelimit-Remaining": remaining}, permit=first)
        await governor.acquire()
        return now() - start

    assert vrun(lambda: main("1")) == pytest.approx(3 * P60)  # consistent with the pace: no pause
    assert vrun(lambda: main("0")) == pytest.approx(4.0)  # four slots needed after the first request


def test_used_without_remaining_is_understood() -> None:
    async def main() -> float:
        governor = Governor()
        start = now()
        permit = await governor.acquire()
        governor.observe(200, {"X-Discogs-Ratelimit": "60", "X-Discogs-Ratelimit-Used": "60"}, permit=permit)
        await governor.acquire()
        return now() - start

    assert vrun(main) == pytest.approx(2.0)


def test_429_without_retry_after_pauses_a_whole_window() -> None:
    async def main() -> tuple[float, GovernorStats]:
        governor = Governor()
        await governor.acquire()
        await advance(0.25)
        start = now()
        governor.observe(429, {})  # Discogs: no Retry-After, maybe no body, maybe no headers
        await governor.acquire()
        return now() - start, governor.stats()

    waited, stats = vrun(main)
    assert waited == pytest.approx(60.0)
    assert (stats.throttled_429, stats.pauses, stats.requests) == (1, 1, 2)


def test_429_pause_can_be_configured() -> None:
    async def main() -> float:
        governor = Governor(pause_after_429=5.0)
        await governor.acquire()
        start = now()
        governor.observe(429, {"x-discogs-ratelimit-remaining": "0"})
        await governor.acquire()
        return now() - start

    assert vrun(main) == pytest.approx(5.0)


@pytest.mark.parametrize(("status", "name"), [(429, "Retry-After"), (429, "retry-after"), (503, "RETRY-AFTER")])
def test_retry_after_is_honoured(status: int, name: str) -> None:
    async def main() -> float:
        governor = Governor()
        await governor.acquire()
        start = now()
        governor.observe(status, {name: "7"})
        await governor.acquire()
        return now() - start

    assert vrun(main) == pytest.approx(7.0)


def test_retry_after_on_a_success_is_ignored_and_pauses_are_capped() -> None:
    async def main() -> tuple[float, float]:
        governor = Governor(max_pause=90.0)
        await governor.acquire()
        start = now()
        governor.observe(200, {"Retry-After": "30"})
        await governor.acquire()
        first = now() - start
        start = now()
        governor.observe(429, {"Retry-After": "100000"})
        await governor.acquire()
        return first, now() - start

    first, second = vrun(main)
    assert first == pytest.approx(P60)
    assert second == pytest.approx(90.0)


def test_a_pause_that_starts_while_waiting_for_a_slot_holds() -> None:
    async def main() -> float:
        governor = Governor()
        start = now()
        await governor.acquire()
        waiter = asyncio.create_task(next_grant_after(governor, start))
        await advance(0.5)
        governor.observe(429, {"Retry-After": "3"})
        return await waiter

    assert vrun(main) == pytest.approx(3.5)


def test_header_names_in_any_case() -> None:
    for headers in (
        {"x-discogs-ratelimit": "25"},
        {"X-DISCOGS-RATELIMIT": "25"},
        httpx.Headers({"X-Discogs-Ratelimit": "25"}),
    ):
        governor = Governor()
        governor.observe(200, headers)
        assert governor.limit == 25, headers


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Content-Type": "application/json"},
        {"X-Discogs-Ratelimit": "abc", "X-Discogs-Ratelimit-Remaining": "lots"},
        {"X-Discogs-Ratelimit": "0", "X-Discogs-Ratelimit-Remaining": "-3"},
        {"X-Discogs-Ratelimit": "nan", "X-Discogs-Ratelimit-Remaining": "inf"},
        {"X-Discogs-Ratelimit": "", "X-Discogs-Ratelimit-Remaining": " "},
        {"X-Discogs-Ratelimit": "1e999", "X-Discogs-Ratelimit-Used": "1e999"},
        {"X-Discogs-Ratelimit": "60, x", "X-Discogs-Ratelimit-Remaining": "5, ?"},
        {"X-Discogs-Ratelimit-Used": "59"},  # used without a limit says nothing
        {"Retry-After": "whenever"},
    ],
)
def test_missing_or_garbage_headers_change_nothing(headers: Mapping[str, str]) -> None:
    async def main() -> tuple[float, GovernorStats]:
        governor = Governor()
        permit = await governor.acquire()
        governor.observe(200, headers, permit=permit)
        governor.observe(500, headers)
        start = now()
        await governor.acquire()
        return now() - start, governor.stats()

    waited, stats = vrun(main)
    assert waited == pytest.approx(P60)
    assert (stats.limit, stats.pauses, stats.throttled_429) == (60, 0, 0)


def test_repeated_headers_are_read_cautiously() -> None:
    governor = Governor()
    governor.observe(200, httpx.Headers([("X-Discogs-Ratelimit", "60"), ("x-discogs-ratelimit", "25")]))
    assert governor.limit == 25
    governor.observe(200, {"X-Discogs-Ratelimit": "24.7"})  # a decimal rounds down
    assert governor.limit == 24


def test_observe_works_outside_a_running_loop() -> None:
    governor = Governor()
    governor.observe(429, {"X-Discogs-Ratelimit": "25"})
    assert governor.stats().throttled_429 == 1
    assert governor.limit == 25


# --- stats -----------------------------------------------------------------------------------------------------------


def test_stats_count_requests_waits_and_wait_time() -> None:
    async def main() -> GovernorStats:
        governor = Governor(11, window=10.0)  # one per P10 seconds
        await grant_times(governor, 4)  # waits of 0, 1, 2 and 3 periods
        governor.observe(429, {"Retry-After": "2"})
        await governor.acquire()  # waits 2 s for the pause (the paced slot came earlier)
        return governor.stats()

    stats = vrun(main)
    assert isinstance(stats, GovernorStats)
    assert stats.requests == 5
    assert stats.waits == 4
    assert stats.total_wait_seconds == pytest.approx((1 + 2 + 3) * P10 + 2)
    assert (stats.throttled_429, stats.pauses, stats.limit, stats.window) == (1, 1, 11, 10.0)
    with pytest.raises(AttributeError):
        stats.requests = 0  # type: ignore[misc]


def test_acquire_returns_ordered_permits() -> None:
    async def main() -> list[Permit]:
        governor = Governor(11, window=10.0)
        return [await governor.acquire() for _ in range(3)]

    permits = vrun(main)
    assert [p.index for p in permits] == [1, 2, 3]
    assert permits[2].at - permits[0].at == pytest.approx(2 * P10)


# --- the transport ---------------------------------------------------------------------------------------------------


class ScriptedTransport(httpx.AsyncBaseTransport):
    def __init__(self, status: int, headers: Mapping[str, str] | None = None) -> None:
        self.status = status
        self.headers = dict(headers or {})
        self.calls = 0
        self.closed = False

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.calls += 1
        return httpx.Response(self.status, headers=self.headers, content=b"\n", request=request)

    async def aclose(self) -> None:
        self.closed = True


async def test_transport_spends_budget_observes_and_does_not_retry() -> None:
    governor = Governor()
    inner = ScriptedTransport(429, {"x-discogs-ratelimit": "25", "x-discogs-ratelimit-remaining": "0"})
    async with httpx.AsyncClient(
        base_url="https://api.discogs.com", transport=GovernedTransport(inner, governor)
    ) as client:
        response = await client.get("/releases/249504")
    assert response.status_code == 429
    assert inner.calls == 1  # retries belong to the funnel, above the auth flow
    assert inner.closed  # closing the client closes the governed transport, which closes the inner one
    assert governor.stats() == GovernorStats(1, 0, 0.0, 1, 1, 25, 60.0)


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


# --- the headline: 200 concurrent requests against a moving window -------------------------------------------------


def report(
    label: str, server: MockWindowTransport, governor: Governor, limit: int, window: float
) -> tuple[float, float]:
    first, last = min(server.arrivals), max(server.arrivals)
    n = len(server.arrivals)
    allowed = limit / window
    achieved = n / (last - first)
    achieved_intervals = (n - 1) / (last - first)
    refused = server.statuses.count(429)
    print(
        f"\n[{label}] requests={n} 429s={refused} span={last - first:.3f}s "
        f"max_in_any_window={max_in_window(server.arrivals, window)}/{limit} "
        f"achieved={achieved:.3f}/s allowed={allowed:.3f}/s "
        f"ratio={achieved / allowed:.3f} (by intervals: {achieved_intervals / allowed:.3f})\n  {governor.stats()}"
    )
    return achieved / allowed, achieved_intervals / allowed


async def headline(server: MockWindowTransport, governor: Governor, tasks: int, clients: int = 1) -> None:
    transports = [GovernedTransport(server, governor) for _ in range(clients)]
    http = [httpx.AsyncClient(base_url="https://api.discogs.com", transport=t) for t in transports]

    async def one(i: int) -> None:
        response = await http[i % clients].get(f"/releases/{i}")
        assert response.status_code in (200, 429)

    try:
        await asyncio.gather(*(one(i) for i in range(tasks)))
    finally:
        for client in http:
            await client.aclose()


def test_headline_virtual_clock_real_discogs_numbers() -> None:
    """200 tasks at 60 per 60 s with 50-250 ms of random one-way latency, on the virtual clock."""
    jitter = random.Random(7)
    server = MockWindowTransport(60, 60.0, latency=lambda: jitter.uniform(0.05, 0.25))
    governor = Governor()
    vrun(lambda: headline(server, governor, 200))
    __, by_intervals = report("virtual 60/60s", server, governor, 60, 60.0)
    assert len(server.arrivals) == 200
    assert server.statuses.count(429) == 0
    assert max_in_window(server.arrivals, 60.0) <= 60
    assert by_intervals >= 0.9
    assert governor.stats().requests == 200


def test_headline_with_an_inexact_used_count() -> None:
    """The live `-Used` sometimes jumps by 2: over-reported use costs a little pace, never a 429."""
    jitter = random.Random(1)
    server = MockWindowTransport(60, 60.0, latency=lambda: jitter.uniform(0.05, 0.25), overcount=random.Random(2))
    governor = Governor()
    vrun(lambda: headline(server, governor, 200))
    __, by_intervals = report("virtual 60/60s, noisy -Used", server, governor, 60, 60.0)
    assert server.statuses.count(429) == 0
    assert by_intervals >= 0.9


def test_headline_shared_governor_two_clients() -> None:
    """One governor shared by two clients behind the same IP."""
    jitter = random.Random(11)
    server = MockWindowTransport(25, 60.0, latency=lambda: jitter.uniform(0.02, 0.4))
    governor = Governor(authenticated=False)
    vrun(lambda: headline(server, governor, 120, clients=2))
    __, by_intervals = report("virtual shared 25/60s", server, governor, 25, 60.0)
    assert server.statuses.count(429) == 0
    assert by_intervals >= 0.9


async def test_headline_real_time_scaled_window() -> None:
    """200 tasks at 20 per 0.5 s in real time: real timers, real lateness."""
    server = MockWindowTransport(20, 0.5, lowercase=False)
    governor = Governor(20, window=0.5)
    await headline(server, governor, 200)
    __, by_intervals = report("real time 20/0.5s", server, governor, 20, 0.5)
    assert len(server.arrivals) == 200
    assert server.statuses.count(429) == 0
    assert max_in_window(server.arrivals, 0.5) <= 20
    assert by_intervals >= 0.9


def run_beside(foreign_every: float, *, reserve: int, seed: int) -> tuple[int, float, GovernorStats]:
    """150 of our requests while another client on the same IP sends one every `foreign_every` seconds, as it has
    for the past window. Our 429s, our rate per minute, and our governor's stats."""
    jitter = random.Random(seed)
    server = MockWindowTransport(60, 60.0, latency=lambda: jitter.uniform(0.05, 0.25))
    governor = Governor(reserve=reserve)
    theirs: set[int] = set()

    def foreign_request(at: float) -> None:
        theirs.add(len(server.arrivals))
        server.arrive(at)

    async def foreign() -> None:
        at = now() - 60.0
        while at < now():
            foreign_request(at)
            at += foreign_every
        await asyncio.sleep(at - now())
        while True:
            foreign_request(now())
            await asyncio.sleep(foreign_every)

    async def main() -> None:
        background = asyncio.create_task(foreign())
        await asyncio.sleep(0)
        try:
            await headline(server, governor, 150)
        finally:
            background.cancel()

    vrun(main)
    pairs = zip(server.arrivals, server.statuses, strict=True)
    ours = [pair for i, pair in enumerate(pairs) if i not in theirs]
    refused = sum(status == 429 for __, status in ours)
    rate = 60.0 * (len(ours) - 1) / (ours[-1][0] - ours[0][0])
    return refused, rate, governor.stats()


@pytest.mark.parametrize("reserve", [1, 3])
def test_gives_way_to_another_client_on_the_same_ip(reserve: int) -> None:
    """Another client spends 20 of the 60 per minute: the headers make this one slow to the 40 left, unrefused."""
    refused, rate, stats = run_beside(3.0, reserve=reserve, seed=1)
    print(f"\n[virtual, shared IP, reserve={reserve}] ours: 429s={refused}, {rate:.1f}/min of the 40 left\n  {stats}")
    assert refused == 0
    assert stats.pauses > 0
    assert 0.85 * 40 <= rate <= 1.05 * 40


def test_starts_gently_after_an_earlier_run() -> None:
    """An earlier run sent 60 in a minute and stopped 5 s ago: the window is nearly full when this one starts."""
    jitter = random.Random(5)
    server = MockWindowTransport(60, 60.0, latency=lambda: jitter.uniform(0.05, 0.25))
    governor = Governor()

    async def main() -> None:
        for i in range(60):
            server.arrive(now() - 64.5 + i)
        await headline(server, governor, 90)

    vrun(main)
    ours = server.arrivals[60:]
    assert server.statuses[60:].count(429) == 0
    assert (len(ours) - 1) / (ours[-1] - ours[0]) >= 0.9  # per second: no long pause either
