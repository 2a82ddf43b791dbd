"""The rule every governor store follows: settings, the feedback read from an answer, and the window decision.

Invariant: no moving window of `window` seconds holds more than `limit - reserve` requests of the budget, as far as
the client can know: its own requests (each counted from when it is sent until one window after its answer arrived,
so that no network delay can make the server see it later than the client thinks) and the others' requests the
headers report. Within that, a request leaves at once. See docs/governor.md for the reasoning.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from typing import Protocol

import attrs
import httpx

from ..retry import parse_retry_after

__all__ = [
    "ANONYMOUS_LIMIT",
    "AUTHENTICATED_LIMIT",
    "Counters",
    "Feedback",
    "GovernorStats",
    "Permit",
    "RateGovernor",
    "Settings",
    "add_others",
    "must_learn",
    "next_free",
    "others_untils",
]

AUTHENTICATED_LIMIT = 60
"""Documented requests per window for authenticated requests."""
ANONYMOUS_LIMIT = 25
"""Documented requests per window for anonymous requests."""

_MAX_SANE_LIMIT = 100_000
_MAX_LEASE = 30.0
"""Seconds an unanswered request is waited for before it is taken as lost (a crashed process, a caller that never
reports the answer); it still counts against the window for one window after that."""


def _seconds(name: str, value: object, *, positive: bool) -> float:
    ok = isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
    if not ok or (value <= 0 if positive else value < 0):  # type: ignore[operator]
        raise ValueError(f"{name} must be a number of seconds {'> 0' if positive else '>= 0'}, not {value!r}")
    return float(value)  # type: ignore[arg-type]


def _count(name: str, value: object, *, low: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < low:
        raise ValueError(f"{name} must be an integer >= {low}, not {value!r}")
    return value


@attrs.frozen
class Settings:
    """A governor's settings, validated: build them with `Settings.of(...)`, which names any bad argument."""

    ceiling: int | None
    """A limit the server cannot raise (`limit=`), or None to follow the server."""
    documented: int
    """The limit assumed until the server says otherwise."""
    window: float
    reserve: int
    burst: int | None
    pause_after_429: float | None
    max_pause: float

    @classmethod
    def of(
        cls,
        limit: int | None = None,
        *,
        window: float = 60.0,
        authenticated: bool = True,
        reserve: int = 1,
        burst: int | None = None,
        pause_after_429: float | None = None,
        max_pause: float | None = None,
    ) -> Settings:
        """Validate the arguments every store takes; a bad one raises ValueError naming it."""
        if limit is not None:
            _count("limit", limit, low=1)
        window = _seconds("window", window, positive=True)
        _count("reserve", reserve, low=0)
        if burst is not None:
            _count("burst", burst, low=1)
        if pause_after_429 is not None:
            pause_after_429 = _seconds("pause_after_429", pause_after_429, positive=False)
        max_pause = 10 * window if max_pause is None else _seconds("max_pause", max_pause, positive=False)
        documented = AUTHENTICATED_LIMIT if authenticated else ANONYMOUS_LIMIT
        return cls(
            ceiling=limit,
            documented=documented if limit is None else limit,
            window=window,
            reserve=reserve,
            burst=burst,
            pause_after_429=pause_after_429,
            max_pause=max_pause,
        )

    def effective(self, server_limit: int) -> int:
        """The limit to keep to when the server announces `server_limit`: capped by `ceiling`."""
        return server_limit if self.ceiling is None else min(server_limit, self.ceiling)

    def capacity(self, limit: int) -> int:
        """How many requests the window may hold at `limit`: `limit - reserve`, at least 1."""
        return max(1, limit - self.reserve)

    @property
    def lease(self) -> float:
        """Seconds an unanswered request is waited for before it is taken as lost."""
        return min(self.window, _MAX_LEASE)


@attrs.frozen
class Feedback:
    """What one answer says about the budget: read with `Feedback.read(status, headers)`; reading never raises."""

    status: int
    limit: int | None = None
    """`X-Discogs-Ratelimit`: the server's limit per window."""
    remaining: int | None = None
    used: int | None = None
    retry_after: float | None = None
    """`Retry-After` in seconds, on a 429 or 503 only."""

    @classmethod
    def read(cls, status: int, headers: Mapping[str, str]) -> Feedback:
        """The rate-limit headers (names in any case; absent or unreadable values are None)."""
        fields = _lower_keys(headers)
        if not fields:
            return cls(status)
        return cls(
            status=status,
            limit=_read_int(fields.get("x-discogs-ratelimit"), low=1, round_down=True),
            remaining=_read_int(fields.get("x-discogs-ratelimit-remaining"), low=0, round_down=True),
            used=_read_int(fields.get("x-discogs-ratelimit-used"), low=0, round_down=False),
            retry_after=parse_retry_after(fields.get("retry-after")) if status in (429, 503) else None,
        )

    def held(self, limit: int) -> int | None:
        """How many requests the server's window held with this one, at `limit`; None when the headers do not say."""
        if self.remaining is not None:
            return max(0, (self.limit or limit) - self.remaining)
        return self.used

    def pause(self, settings: Settings) -> float | None:
        """Seconds to stop every request for: `Retry-After` (capped), or `pause_after_429` on a 429 without it."""
        if self.retry_after is not None:
            return min(self.retry_after, settings.max_pause)
        if self.status == 429 and settings.pause_after_429 is not None:
            return min(settings.pause_after_429, settings.max_pause)
        return None

    @property
    def informative(self) -> bool:
        """Whether the answer says anything of the budget: a 429, or a rate-limit or `Retry-After` header."""
        return self.status == 429 or not (
            self.limit is None and self.remaining is None and self.used is None and self.retry_after is None
        )

    @property
    def window_full(self) -> bool:
        """A 429 that names no wait: the server's window is full, as far as the client can tell."""
        return self.status == 429 and self.retry_after is None


def next_free(now: float, expiries: Iterable[float], capacity: int) -> float:
    """When one more request fits: `now` if the window holds fewer than `capacity`, else when enough have left.

    `expiries` are the times at which the requests the window holds stop counting (one per request).
    """
    live = sorted(expiry for expiry in expiries if expiry > now)
    if len(live) < capacity:
        return now
    return live[len(live) - capacity]


def add_others(others: list[tuple[float, int]], count: int, until: float) -> list[tuple[float, int]]:
    """Others' requests after an answer: `count` of them (what the server held less what we have sent) may count
    until `until` (one window after the answer); earlier estimates stand too, as long as they may still count.

    The list, by `until`, keeps only estimates not outdone by a later, larger one; at any time the others in the
    window are taken to be the largest estimate still standing (each answer sees the same others, so not the sum).
    An estimate that ran out stays listed (`others_untils` skips it, `must_learn` heeds it) until a probe's exact
    reading replaces the list.
    """
    if count <= 0:
        return others
    return [(end, held) for end, held in others if held > count and end < until] + [(until, count)]


def must_learn(now: float, heard_at: float, others: list[tuple[float, int]], window: float) -> bool:
    """Whether the next request must go alone and be answered before more follow (learn before bursting).

    So it is when nothing was heard for a window (a fresh start, an idle budget: the window may hold anything), and
    when an estimate of the others' requests has run out: they may have sent more since, and answers to requests
    sent together undercount them (each sees only the part of the burst that arrived before it).
    """
    return now >= heard_at + window or (bool(others) and now >= others[0][0])


def others_untils(others: list[tuple[float, int]], now: float) -> list[float]:
    """The estimates of `add_others` as one expiry per request: the count that stands falls at each `until`."""
    untils: list[float] = []
    level = 0
    for end, held in reversed(others):
        if end > now and held > level:
            untils += [end] * (held - level)
            level = held
    return untils


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
    """Answers that made the next request wait longer than before (low remaining, others on the IP, 429,
    Retry-After)."""
    limit: int
    """The current limit, in requests per window."""
    window: float
    """The length of the window, in seconds (so `limit / window` is the allowed rate)."""


@attrs.define
class Counters:
    """What a governor counts as it runs; `snapshot` gives them as `GovernorStats`."""

    granted: int = 0
    waits: int = 0
    wait_seconds: float = 0.0
    throttled: int = 0
    pauses: int = 0

    def waited(self, seconds: float) -> None:
        """Count one acquisition that had to wait, for `seconds`."""
        self.waits += 1
        self.wait_seconds += seconds

    def snapshot(self, limit: int, window: float) -> GovernorStats:
        """The counters now, with the governor's current limit and window."""
        return GovernorStats(
            requests=self.granted,
            waits=self.waits,
            total_wait_seconds=self.wait_seconds,
            throttled_429=self.throttled,
            pauses=self.pauses,
            limit=limit,
            window=window,
        )


@attrs.frozen
class Permit:
    """A granted acquisition: its sequence number and the loop time it was granted at.

    Hand it back to `observe` (or `observe_error`) so the answer is attributed to its own request.
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
        """Learn from the answer to `permit`'s request; never raises."""
        ...

    def observe_error(self, permit: Permit) -> None:
        """`permit`'s request got no answer (a transport error, a cancellation); never raises."""
        ...

    def stats(self) -> GovernorStats:
        """A snapshot of the counters."""
        ...


_BUDGET_HEADERS = frozenset(
    {"x-discogs-ratelimit", "x-discogs-ratelimit-remaining", "x-discogs-ratelimit-used", "retry-after"}
)


_BUDGET_RAW = frozenset(name.encode() for name in _BUDGET_HEADERS)


def _lower_keys(headers: Mapping[str, str]) -> dict[str, str]:
    """The headers `Feedback` reads, names folded to lower case; values of repeated names joined with a comma."""
    if isinstance(headers, httpx.Headers):  # its raw pairs: only the few read are decoded
        pairs = [(k.lower().decode(), v.decode("latin-1")) for k, v in headers.raw if k.lower() in _BUDGET_RAW]
    else:
        pairs = [(str(k).lower(), str(v)) for k, v in headers.items() if str(k).lower() in _BUDGET_HEADERS]
    fields: dict[str, str] = {}
    for key, value in pairs:
        fields[key] = f"{fields[key]}, {value}" if key in fields else value
    return fields


def _read_int(value: str | None, *, low: int, round_down: bool) -> int | None:
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
        if not low <= rounded <= _MAX_SANE_LIMIT:
            return None
        numbers.append(rounded)
    if not numbers:
        return None
    return min(numbers) if round_down else max(numbers)
