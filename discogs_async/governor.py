"""The rate governor: paces requests below the Discogs limit and learns from the rate-limit headers.

Discogs counts requests per source IP in a moving 60-second window: 60 for authenticated requests, 25 for anonymous
ones. Every answer may carry `X-Discogs-Ratelimit` (the limit), `-Used` and `-Remaining` (any letter case, sometimes
missing, `-Used` sometimes jumping by 2), and a refusal is a 429 with no `Retry-After` and a body that may be empty.

Pacing. `aiolimiter.AsyncLimiter` is a leaky bucket whose capacity equals its `max_rate`; its usual form
`AsyncLimiter(limit, window)` lets `limit` requests through at once and then paces the rest. Against a moving
window that is up to twice the limit in one window (the burst, then a steady stream that starts at once). So the
governor paces `pace = max(1, limit - reserve)` requests per window with a bucket that holds only 1.1 requests and
drains one every `period = window / (pace - 0.1)`, primed on first use so that even the first two requests are a
full period apart. No burst, evenly spaced requests, and:

- any n consecutive requests span at least `(n - 1.1) * period`, so `pace + 1` of them span at least a whole
  window: a moving window never holds more than `pace` requests, and the server still reports `reserve` remaining;
- a slot taken a little late (timer granularity, a busy event loop) is made up by the next one, up to 0.1 period,
  instead of being lost for good as with a bucket of capacity 1; that costs 0.1 request per window;
- the request of headroom (`reserve`, default 1, so 59 of 60 per minute) absorbs the spread of arrival times at
  the server: with network jitter below one period the server never counts more than `limit`.

Feedback. `observe()` reads every answer:

- a different `X-Discogs-Ratelimit` changes the pace (a `limit` given to the constructor is a ceiling the server
  cannot raise, so several processes behind one IP can split the budget);
- a low `-Remaining` (at most `reserve`, counting the requests sent since the answered one) pauses new acquisitions
  until the window should have freed enough for the next request to leave `reserve` remaining. The governor keeps
  the times of its own recent requests, and each leaves the window exactly one window after it was sent; the rest
  of the count (other clients behind the same IP, an earlier run) is assumed to leave at the rate it has been
  falling over the last window, or at the documented `window / limit` per request until such a trend is known.
  With only this client on the IP the pause ends before the next paced slot, so it costs nothing; with others on
  the IP it slows this one down before the server refuses;
- a 429 (or a 503 with `Retry-After`) pauses new acquisitions for `Retry-After` seconds if the header is there,
  else for `pause_after_429` (default a whole window, since the server's count is unknown).

Missing headers are ignored and unreadable values are skipped; `observe()` never raises.

Fairness. Waiting tasks queue on an `asyncio.Lock` (first come, first served) and only the task at the head sleeps
on a timer, so hundreds of waiters cost no CPU. A task cancelled while waiting takes nothing: it leaves the queue
before it was granted a slot, and the tasks behind it keep their order and their pace.
"""

from __future__ import annotations

import asyncio
import bisect
import logging
import math
import time
from collections import deque
from collections.abc import Mapping
from typing import Protocol

import attrs
import httpx
from aiolimiter import AsyncLimiter

from .retry import parse_retry_after

__all__ = [
    "ANONYMOUS_LIMIT",
    "AUTHENTICATED_LIMIT",
    "GovernedTransport",
    "Governor",
    "GovernorStats",
    "Permit",
    "RateGovernor",
]

AUTHENTICATED_LIMIT = 60
"""Documented requests per window for authenticated requests."""
ANONYMOUS_LIMIT = 25
"""Documented requests per window for anonymous requests."""

logger = logging.getLogger("discogs_async.governor")

_LIMIT_HEADER = "x-discogs-ratelimit"
_USED_HEADER = "x-discogs-ratelimit-used"
_REMAINING_HEADER = "x-discogs-ratelimit-remaining"
_MAX_SANE_LIMIT = 100_000
_TOLERANCE = 0.1
"""How late (in periods) a slot may be taken and still be made up by the next one; see the module docstring."""


@attrs.frozen
class GovernorStats:
    """A snapshot of what a governor has done, for logs and progress output."""

    requests: int
    """Acquisitions granted (each is one attempt sent)."""
    waits: int
    """Acquisitions that had to wait for budget."""
    total_wait_seconds: float
    """Time spent waiting, summed over all acquisitions."""
    throttled_429: int
    """429 answers observed."""
    pauses: int
    """Pauses started by the feedback (low remaining, 429, Retry-After) that delayed requests beyond the pace."""
    limit: int
    """The current limit, in requests per window."""
    window: float
    """The length of the window, in seconds (so `limit / window` is the allowed rate)."""


@attrs.frozen
class Permit:
    """A granted acquisition: its sequence number and the loop time it was granted at.

    Handing it back to `Governor.observe` lets the governor account for the requests sent after this one.
    """

    index: int
    at: float


class RateGovernor(Protocol):
    """What `GovernedTransport` and `Discogs` need of a governor: `Governor` here, `RedisGovernor` across processes."""

    @property
    def limit(self) -> int:
        """The current limit, in requests per window."""
        ...

    @property
    def window(self) -> float:
        """The length of the moving window, in seconds."""
        ...

    async def acquire(self) -> Permit:
        """Wait until one more request may be sent, then count it as sent."""
        ...

    def observe(self, status: int, headers: Mapping[str, str], *, permit: Permit | None = None) -> None:
        """Learn from one answer; never raises."""
        ...

    def stats(self) -> GovernorStats:
        """A snapshot of the counters."""
        ...


class Governor:
    """Paces requests to the Discogs rate limit and learns from the answers.

    One per client by default; share one instance between clients and tasks that leave from the same IP (within one
    event loop). See the module docstring for the pacing and feedback rules.
    """

    def __init__(
        self,
        limit: int | None = None,
        *,
        window: float = 60.0,
        authenticated: bool = True,
        reserve: int = 1,
        pause_after_429: float | None = None,
        max_pause: float | None = None,
    ) -> None:
        """Start at `limit` requests per `window` seconds, or at the documented limit for the tier.

        `reserve` is the headroom kept below the limit; `pause_after_429` is how long a 429 without `Retry-After`
        stops new requests (default: `window`); `max_pause` caps any single pause (default: ten windows).
        """
        if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int) or limit < 1):
            raise ValueError(f"limit must be a positive integer, not {limit!r}")
        if not (isinstance(window, int | float) and math.isfinite(window) and window > 0):
            raise ValueError(f"window must be a positive number of seconds, not {window!r}")
        if isinstance(reserve, bool) or not isinstance(reserve, int) or reserve < 0:
            raise ValueError(f"reserve must be an integer >= 0, not {reserve!r}")
        for name, value in (("pause_after_429", pause_after_429), ("max_pause", max_pause)):
            if value is not None and not (math.isfinite(value) and value >= 0):
                raise ValueError(f"{name} must be a number of seconds >= 0, not {value!r}")
        documented = AUTHENTICATED_LIMIT if authenticated else ANONYMOUS_LIMIT
        self._window = float(window)
        self._reserve = reserve
        self._ceiling = limit
        self._limit = limit if limit is not None else documented
        self._server_limit = self._limit
        self._pause_after_429 = self._window if pause_after_429 is None else float(pause_after_429)
        self._max_pause = 10 * self._window if max_pause is None else float(max_pause)
        self._limiter = self._new_limiter()
        self._lock = asyncio.Lock()
        self._primed: AsyncLimiter | None = None
        self._pause_until = -math.inf
        self._last_grant: float | None = None
        self._history: list[float] = []  # when our recent requests were sent, oldest first
        self._others_seen: deque[tuple[float, int]] = deque()  # (when, how many requests of others the window held)
        self._granted = 0
        self._waits = 0
        self._wait_seconds = 0.0
        self._throttled = 0
        self._pauses = 0

    def __repr__(self) -> str:
        return f"Governor(limit={self._limit}, window={self._window}, reserve={self._reserve})"

    @property
    def limit(self) -> int:
        """The current limit, in requests per window."""
        return self._limit

    @property
    def window(self) -> float:
        """The length of the moving window, in seconds."""
        return self._window

    @property
    def period(self) -> float:
        """The spacing between two requests at the current pace, in seconds."""
        return self._window / (max(1, self._limit - self._reserve) - _TOLERANCE)

    def stats(self) -> GovernorStats:
        """A snapshot of the counters."""
        return GovernorStats(
            requests=self._granted,
            waits=self._waits,
            total_wait_seconds=self._wait_seconds,
            throttled_429=self._throttled,
            pauses=self._pauses,
            limit=self._limit,
            window=self._window,
        )

    async def acquire(self) -> Permit:
        """Wait until one more request may be sent, then count it as sent.

        Waiters are served in arrival order. Pass the returned permit to `observe` with the answer.
        """
        loop = asyncio.get_running_loop()
        started = loop.time()
        waited = self._lock.locked()
        async with self._lock:
            while True:
                waited = await self._sleep_out_pause(loop) or waited
                limiter = self._limiter
                if self._primed is not limiter:
                    await limiter.acquire(_TOLERANCE)  # never waits: a fresh bucket is empty
                    self._primed = limiter
                waited = waited or not limiter.has_capacity()
                await limiter.acquire()
                if limiter is self._limiter and loop.time() >= self._pause_until:
                    break
                # A pause began, or the pace changed, while this task waited for its slot. The slot is spent (a
                # slot used later would crowd the next one), so wait out the pause and take a fresh slot.
                waited = True
            now = loop.time()
            self._granted += 1
            self._last_grant = now
            self._history.append(now)
            if self._history[0] <= now - 2 * self._window:  # keep what answers still in flight may refer to
                del self._history[: bisect.bisect_right(self._history, now - 2 * self._window)]
            permit = Permit(self._granted, now)
        if waited:
            self._waits += 1
            self._wait_seconds += max(0.0, now - started)
        return permit

    def observe(self, status: int, headers: Mapping[str, str], *, permit: Permit | None = None) -> None:
        """Learn from one answer: its status and headers (names in any case).

        `permit` is what `acquire` returned for the request this answers; without it the answer is taken to belong
        to the latest request. Never raises: absent headers are ignored and unreadable values are skipped.
        """
        fields = _lower_keys(headers)
        now = _now()
        server_limit = _read_int(fields.get(_LIMIT_HEADER), low=1, high=_MAX_SANE_LIMIT, round_down=True)
        if server_limit is not None:
            self._set_server_limit(server_limit)

        retry_after = None
        if status in (429, 503):
            retry_after = parse_retry_after(fields.get("retry-after"))
        if status == 429:
            self._throttled += 1
            seconds = self._pause_after_429 if retry_after is None else retry_after
            source = "429 without Retry-After" if retry_after is None else "429 with Retry-After"
            self._pause(now, seconds, source)
        elif retry_after is not None:
            self._pause(now, retry_after, f"{status} with Retry-After")

        remaining = _read_int(fields.get(_REMAINING_HEADER), low=0, high=_MAX_SANE_LIMIT, round_down=True)
        if remaining is None:
            used = _read_int(fields.get(_USED_HEADER), low=0, high=_MAX_SANE_LIMIT, round_down=False)
            if used is not None:
                remaining = max(0, self._server_limit - used)
        if remaining is not None:
            self._pause_for_remaining(now, remaining, permit)

    def _pause_for_remaining(self, now: float, remaining: int, permit: Permit | None) -> None:
        """Pause until enough of the window has freed for one more request to leave `reserve` remaining.

        The answer describes the server's window when the request was sent, and the requests sent since then use it
        too. Each of our own requests in that window leaves it exactly one window after it was sent. The others in
        it (other clients behind the same IP, an earlier run) leave at the rate their count has been falling over
        the last window, and at the latest one window after the answer; until there is such a trend, at the
        documented pace of one every `window / limit`. The pause lasts until the `missing`-th departure.
        """
        reference = now if permit is None else min(now, permit.at)
        window = self._window
        start = bisect.bisect_right(self._history, reference - window)
        ours = [sent + window for sent in self._history[start : bisect.bisect_right(self._history, reference)]]
        others = max(0, self._server_limit - remaining - len(ours))
        spacing = self._others_spacing(reference, others)
        sent_since = 0 if permit is None else max(0, self._granted - permit.index)
        missing = self._reserve + 1 - remaining + sent_since
        if missing <= 0:
            return
        latest = reference + window
        departures = sorted(ours + [min(reference + (i + 1) * spacing, latest) for i in range(others)])
        if missing <= len(departures):
            until = departures[missing - 1]
        else:  # more requests in flight than the window held: the rest at the documented pace after it
            until = latest + (missing - len(departures)) * window / self._server_limit
        self._pause(now, until - now, f"remaining={remaining} reserve={self._reserve} sent since={sent_since}")

    def _others_spacing(self, reference: float, others: int) -> float:
        """Record how many requests of other clients the window held; the seconds between their departures."""
        seen = self._others_seen
        while seen and seen[0][0] <= reference - self._window:
            seen.popleft()
        seen.append((reference, others))
        first_seen, first_count = seen[0]
        elapsed = reference - first_seen
        if elapsed < self._window / 4:  # too short to tell a trend from noise
            return self._window / self._server_limit
        falling = first_count - others
        return elapsed / falling if falling > 0 else math.inf

    def _pause(self, now: float, seconds: float, reason: str) -> None:
        seconds = min(max(0.0, seconds), self._max_pause)
        until = now + seconds
        next_slot = now if self._last_grant is None else max(now, self._last_grant + self.period)
        if until > max(self._pause_until, next_slot):
            self._pauses += 1
            logger.debug("pausing new requests for %.3f s (%s)", until - now, reason)
        self._pause_until = max(self._pause_until, until)

    def _set_server_limit(self, server_limit: int) -> None:
        self._server_limit = server_limit
        limit = server_limit if self._ceiling is None else min(server_limit, self._ceiling)
        if limit == self._limit:
            return
        logger.debug("rate limit is now %d per %g s (was %d)", limit, self._window, self._limit)
        self._limit = limit
        self._limiter = self._new_limiter()
        if self._last_grant is not None:
            # The new bucket starts empty: keep the new spacing from the last request sent.
            self._pause_until = max(self._pause_until, self._last_grant + self.period)

    def _new_limiter(self) -> AsyncLimiter:
        # Capacity 1 + tolerance, draining one request per period; primed with the tolerance on first use so the
        # first two requests are a full period apart. See the module docstring.
        return AsyncLimiter(1 + _TOLERANCE, (1 + _TOLERANCE) * self.period)

    async def _sleep_out_pause(self, loop: asyncio.AbstractEventLoop) -> bool:
        """Sleep until no pause holds (a pause may grow while sleeping); whether it slept at all."""
        slept = False
        while (delay := self._pause_until - loop.time()) > 0:
            slept = True
            await asyncio.sleep(delay)
        return slept


class GovernedTransport(httpx.AsyncBaseTransport):
    """An httpx transport that spends governor budget on every request it passes to the transport it wraps.

    It does not retry: retries belong above the auth flow, so that every attempt is signed afresh.
    """

    def __init__(self, inner: httpx.AsyncBaseTransport, governor: RateGovernor) -> None:
        """Wrap `inner` (for example `httpx.AsyncHTTPTransport()`), pacing it with `governor` (any `RateGovernor`)."""
        self._inner = inner
        self._governor = governor

    @property
    def governor(self) -> RateGovernor:
        """The governor this transport spends budget through."""
        return self._governor

    @property
    def inner(self) -> httpx.AsyncBaseTransport:
        """The wrapped transport."""
        return self._inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Wait for budget, send through the inner transport, and let the governor read the answer."""
        permit = await self._governor.acquire()
        response = await self._inner.handle_async_request(request)
        self._governor.observe(response.status_code, response.headers, permit=permit)
        return response

    async def aclose(self) -> None:
        """Close the inner transport."""
        await self._inner.aclose()


def _now() -> float:
    try:
        return asyncio.get_running_loop().time()
    except RuntimeError:
        return time.monotonic()


def _lower_keys(headers: Mapping[str, str]) -> dict[str, str]:
    """Header names folded to lower case; values of repeated names joined with a comma, as HTTP allows."""
    fields: dict[str, str] = {}
    for name, value in headers.items():
        key = str(name).lower()
        fields[key] = f"{fields[key]}, {value}" if key in fields else str(value)
    return fields


def _read_int(value: str | None, *, low: int, high: int, round_down: bool) -> int | None:
    """A count from a header value, or None when absent or unreadable.

    Repeated headers (`"58, 57"`) give the most cautious value: the smaller when rounding down (limit, remaining),
    the larger otherwise (used). A decimal is rounded in the cautious direction too.
    """
    if value is None:
        return None
    numbers: list[int] = []
    for part in value.split(","):
        try:
            number = float(part.strip())
        except ValueError:
            return None
        if not math.isfinite(number):
            return None
        rounded = math.floor(number) if round_down else math.ceil(number)
        if not low <= rounded <= high:
            return None
        numbers.append(rounded)
    if not numbers:
        return None
    return min(numbers) if round_down else max(numbers)
