"""A rate governor shared by every process that spends one Discogs budget, kept in Redis.

Discogs counts requests per source IP (and per token), not per Python process. Several harvester processes, or the
workers of one web backend, each with its own in-process `Governor`, each believe they own the whole limit and
together exceed it. `RedisGovernor` has the same interface as `Governor` but keeps the schedule in Redis, so all its
instances with the same budget pace as one.

Pacing. One Redis hash per budget holds the next free slot (`tat`, in Redis' own clock, so hosts need not agree on
the time), a pause deadline, the limit the server last reported and a sequence number. One atomic Lua script claims
a slot: `slot = max(now, tat, pause)` and `tat = slot + period`, with `period = window / (pace - 0.1)` and
`pace = max(1, limit - reserve)` as in the in-process governor (the generic cell rate algorithm). The claimant then
sleeps until its slot, on its own clock corrected by the offset to Redis' one that it measured on its quickest round
trip (as NTP does): requests leave at least one period apart whichever process sends them, with no burst, and never
more than `pace` in any moving window. Within a process, waiting tasks queue on an `asyncio.Lock` and only the
head of the queue holds a claimed slot, so each process has at most one slot claimed ahead and the processes take
turns (first come, first served at Redis). Nothing polls: one script call per request, then one sleep computed from
the window state. A task cancelled while sleeping gives its slot back when no later one was claimed since.

Feedback, as in `Governor.observe`: a different `X-Discogs-Ratelimit` is written to Redis and changes the pace of
every process; a 429 (or `Retry-After`) pauses every process; a low `-Remaining` (at most `reserve`, counting the
requests granted since the answered one) pauses every process until the window should have freed enough, others'
requests being assumed to leave at the documented `window / limit` spacing. `observe()` stays synchronous: it
records what it learnt locally (so this process holds at once) and writes it to Redis in a background task, or with
the next claim, whichever comes first.

Keys. The key is `<prefix>:<sha256 of the budget>`; the budget is a fingerprint (itself a hash) of the credential
by default, so no token, key or secret is ever written to Redis. The key expires two windows after the schedule's
horizon, so idle budgets leave nothing behind.

When Redis is unreachable, `on_redis_error="fail"` (the default) raises `GovernorUnavailableError`, naming the
server (without its password) and the way out; `"fallback"` logs one warning and paces this process with an
in-process `Governor` at `fallback_share` of the limit (a quarter by default: safe for up to four processes) until
Redis answers again. Either way Redis is tried at most once every `retry_interval` seconds while it is down, and
each try is bounded by `connect_timeout`, so nothing spins or hangs.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import math
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import urlsplit

import attrs
import httpx

from .errors import DiscogsError
from .governor import (
    _LIMIT_HEADER,
    _MAX_SANE_LIMIT,
    _REMAINING_HEADER,
    _USED_HEADER,
    ANONYMOUS_LIMIT,
    AUTHENTICATED_LIMIT,
    Governor,
    GovernorStats,
    Permit,
    _lower_keys,
    _read_int,
)
from .retry import parse_retry_after

if TYPE_CHECKING:
    from redis.asyncio import Redis

__all__ = ["GovernorUnavailableError", "RedisGovernor", "SharedPermit", "budget_for"]

logger = logging.getLogger("discogs_async.redis_governor")

DEFAULT_PREFIX = "discogs_async:governor"
_TOLERANCE = 0.1
_NO_WAIT = 0.001
"""Seconds an acquisition may take and still not count as a wait."""
_OFFSET_MAX_AGE = 60.0
"""Seconds after which a clock-offset estimate is replaced by the next one, however slow (clocks drift)."""

# KEYS[1]: the budget's hash. ARGV: mode ('claim', 'note' or 'release'), window, reserve, documented limit, ceiling
# (0: none), pause delay in seconds (< 0: none), server limit (0: none), the slot given back (for 'release').
# Returns {slot (-1 unless claimed), now, limit, seq, pause}, numbers as strings (Lua numbers would be truncated).
_SCRIPT = """
local key = KEYS[1]
local mode = ARGV[1]
local window = tonumber(ARGV[2])
local reserve = tonumber(ARGV[3])
local ceiling = tonumber(ARGV[5])
local pause_delay = tonumber(ARGV[6])
local server_limit = tonumber(ARGV[7])
local clock = redis.call('TIME')
local now = tonumber(clock[1]) + tonumber(clock[2]) / 1000000
local state = redis.call('HMGET', key, 'tat', 'pause', 'limit', 'seq', 'last')
local tat = tonumber(state[1]) or 0
local pause = tonumber(state[2]) or 0
local limit = tonumber(state[3]) or tonumber(ARGV[4])
local seq = tonumber(state[4]) or 0
local last = state[5] or ''
if server_limit > 0 then limit = server_limit end
if pause_delay >= 0 then pause = math.max(pause, now + pause_delay) end
local effective = limit
if ceiling > 0 and ceiling < effective then effective = ceiling end
local period = window / (math.max(1, effective - reserve) - 0.1)
local slot = -1
if mode == 'claim' then
  slot = math.max(now, tat, pause)
  tat = slot + period
  seq = seq + 1
  last = string.format('%.6f', slot)
elseif mode == 'release' and last ~= '' and last == ARGV[8] then
  tat = tonumber(last)
  last = ''
end
redis.call('HSET', key, 'tat', string.format('%.6f', tat), 'pause', string.format('%.6f', pause),
  'limit', tostring(limit), 'seq', tostring(seq), 'last', last)
redis.call('PEXPIRE', key, math.ceil((math.max(tat, pause, now) - now + 2 * window) * 1000))
return {string.format('%.6f', slot), string.format('%.6f', now), tostring(limit), tostring(seq),
  string.format('%.6f', pause)}
"""


class GovernorUnavailableError(DiscogsError):
    """The shared rate governor could not reach Redis, so no budget was granted and nothing was sent."""


@attrs.frozen
class SharedPermit(Permit):
    """A permit of the shared governor: also the budget-wide sequence number, or the fallback governor's permit."""

    seq: int = 0
    """Requests granted for this budget by all processes, this one included (0 when granted by the fallback)."""
    fallback: Permit | None = None
    """The in-process fallback governor's permit, when Redis was down at the time."""


def budget_for(auth: httpx.Auth | None) -> str:
    """The default budget name for requests signed by `auth`: a fingerprint (a hash) of its credential.

    Processes that use the same credential share one budget. Pass `budget=` yourself to share one between
    credentials that leave from the same IP.
    """
    from .cache import credential_fingerprint

    if auth is None or not getattr(auth, "authenticated", False):
        return credential_fingerprint(None)
    flow = auth.auth_flow(httpx.Request("GET", "https://api.discogs.com/"))
    try:
        request = next(flow)
    except StopIteration:
        raise ValueError("the auth object sent no request to fingerprint; pass budget= yourself") from None
    finally:
        close = getattr(flow, "close", None)
        if close is not None:
            close()
    return credential_fingerprint(request.headers.get("authorization"))


def _redis_location(url: str) -> str:
    """Where a Redis URL points, without its user name or password."""
    parts = urlsplit(url)
    host = parts.hostname or "localhost"
    port = f":{parts.port}" if parts.port else ""
    path = parts.path if parts.path not in ("", "/") else ""
    return f"{parts.scheme}://{host}{port}{path}"


class RedisGovernor:
    """Paces every process that spends one Discogs budget, through Redis; same interface as `Governor`.

    See the module docstring for the algorithm, the keys and what happens when Redis is down.
    """

    def __init__(
        self,
        redis: str | Redis,
        *,
        budget: str,
        limit: int | None = None,
        window: float = 60.0,
        authenticated: bool = True,
        reserve: int = 1,
        pause_after_429: float | None = None,
        max_pause: float | None = None,
        on_redis_error: Literal["fail", "fallback"] = "fail",
        fallback_share: float = 0.25,
        retry_interval: float = 5.0,
        connect_timeout: float = 1.0,
        key_prefix: str = DEFAULT_PREFIX,
    ) -> None:
        """Share the budget named `budget` through `redis` (a `redis://` URL, or a `redis.asyncio.Redis` client).

        `limit`, `window`, `authenticated`, `reserve`, `pause_after_429` and `max_pause` mean what they mean for
        `Governor`. `on_redis_error` is "fail" (raise `GovernorUnavailableError`) or "fallback" (pace this process
        alone at `fallback_share` of the limit); `retry_interval` is how long Redis is left alone after a failure,
        and `connect_timeout` bounds each try (for a URL; a client brings its own settings).
        """
        # The in-process governor checks the settings they share (it is also the fallback when Redis is down).
        Governor(
            limit,
            window=window,
            authenticated=authenticated,
            reserve=reserve,
            pause_after_429=pause_after_429,
            max_pause=max_pause,
        )
        if on_redis_error not in ("fail", "fallback"):
            raise ValueError(f"on_redis_error must be 'fail' or 'fallback', not {on_redis_error!r}")
        if not (isinstance(fallback_share, int | float) and 0 < fallback_share <= 1):
            raise ValueError(f"fallback_share must be within (0, 1], not {fallback_share!r}")
        for name, value in (("retry_interval", retry_interval), ("connect_timeout", connect_timeout)):
            if not (isinstance(value, int | float) and math.isfinite(value) and value > 0):
                raise ValueError(f"{name} must be a positive number of seconds, not {value!r}")
        if not isinstance(budget, str) or not budget:
            raise ValueError("budget must be a non-empty string naming the rate budget (e.g. budget_for(auth))")
        from redis.asyncio import Redis
        from redis.asyncio.retry import Retry
        from redis.backoff import NoBackoff
        from redis.exceptions import RedisError

        if isinstance(redis, str):
            self._location = _redis_location(redis)
            self._redis: Redis = Redis.from_url(
                redis,
                socket_connect_timeout=connect_timeout,
                socket_timeout=max(connect_timeout, 1.0),
                retry=Retry(NoBackoff(), 1),  # one quick retry (a pooled connection gone stale), no backoff loop
            )
            self._owns_redis = True
        else:
            where = redis.connection_pool.connection_kwargs
            self._location = f"redis://{where.get('host', 'localhost')}:{where.get('port', 6379)}/{where.get('db', 0)}"
            self._redis = redis
            self._owns_redis = False
        self._errors: tuple[type[BaseException], ...] = (RedisError, OSError)
        self._script = self._redis.register_script(_SCRIPT)
        self._key = f"{key_prefix}:{hashlib.sha256(budget.encode()).hexdigest()[:32]}"
        self._window = float(window)
        self._reserve = reserve
        self._ceiling = limit
        documented = AUTHENTICATED_LIMIT if authenticated else ANONYMOUS_LIMIT
        self._documented = limit if limit is not None else documented
        self._limit = self._documented  # effective (ceiling applied), as last seen in Redis
        self._server_limit = self._documented
        self._pause_after_429 = self._window if pause_after_429 is None else float(pause_after_429)
        self._max_pause = 10 * self._window if max_pause is None else float(max_pause)
        self._on_error = on_redis_error
        self._fallback_share = float(fallback_share)
        self._retry_interval = float(retry_interval)
        self._fallback: Governor | None = None
        self._down_until = -math.inf  # loop time before which Redis is not tried again
        self._down_reason = ""
        self._lock = asyncio.Lock()
        self._pause_until = -math.inf  # loop time: a pause learnt here, holding this process at once
        self._pending_pause: float | None = None  # loop time: a pause not yet written to Redis
        self._pending_limit: int | None = None  # a server limit not yet written to Redis
        self._flush_task: asyncio.Task[None] | None = None
        self._background: set[asyncio.Task[None]] = set()
        self._seq = 0  # the latest budget-wide sequence number seen
        self._offset = 0.0  # Redis' clock minus ours (time.time()), from the quickest recent round trip
        self._offset_rtt = math.inf
        self._offset_at = -math.inf
        self._granted = 0
        self._waits = 0
        self._wait_seconds = 0.0
        self._throttled = 0
        self._pauses = 0

    @classmethod
    def for_auth(cls, redis: str | Redis, auth: httpx.Auth | None, **options: Any) -> RedisGovernor:
        """A shared governor for the budget of `auth`'s credential, sized for its tier; `options` as for the class."""
        options.setdefault("authenticated", bool(getattr(auth, "authenticated", False)))
        return cls(redis, budget=budget_for(auth), **options)

    def __repr__(self) -> str:
        return f"RedisGovernor({self._location!r}, limit={self._limit}, window={self._window}, reserve={self._reserve})"

    @property
    def limit(self) -> int:
        """The current limit, in requests per window (as last seen in Redis, the ceiling applied)."""
        return self._limit

    @property
    def window(self) -> float:
        """The length of the moving window, in seconds."""
        return self._window

    @property
    def period(self) -> float:
        """The spacing between two requests of the budget at the current pace, in seconds."""
        return self._window / (max(1, self._limit - self._reserve) - _TOLERANCE)

    @property
    def key(self) -> str:
        """The Redis key holding this budget's schedule (a hash of the budget, never a credential)."""
        return self._key

    @property
    def redis(self) -> Redis:
        """The Redis client (the HTTP cache stores its entries through the same server)."""
        return self._redis

    @property
    def redis_unreachable(self) -> bool:
        """Whether Redis failed at the last try (this process then fails, or paces alone, until it answers)."""
        return self._down_until > -math.inf

    def stats(self) -> GovernorStats:
        """This process's counters (requests it was granted, its waits and pauses); the limit is the shared one."""
        return GovernorStats(
            requests=self._granted,
            waits=self._waits,
            total_wait_seconds=self._wait_seconds,
            throttled_429=self._throttled,
            pauses=self._pauses,
            limit=self._limit,
            window=self._window,
        )

    async def acquire(self) -> SharedPermit:
        """Wait until the budget allows one more request, then count it as sent; see the module docstring."""
        loop = asyncio.get_running_loop()
        started = loop.time()
        waited = self._lock.locked()
        async with self._lock:
            while True:
                if loop.time() < self._down_until:
                    fallback = await self._acquire_fallback()
                    permit = SharedPermit(self._granted + 1, fallback.at, fallback=fallback)
                    waited = waited or loop.time() - started > _NO_WAIT
                    break
                if self._offset_rtt == math.inf:
                    # Connect, load the script and time two round trips first: the first one, slowed by all that,
                    # would say little about the offset between the clocks.
                    if await self._call("note") is not None:
                        await self._call("note")
                    continue
                result = await self._call("claim")
                if result is None:
                    continue  # Redis is down: the fallback (or the error) is next
                slot, slot_text = result
                if (delay := slot - self._offset - time.time()) > 0:
                    waited = True
                    try:
                        await asyncio.sleep(delay)
                    except asyncio.CancelledError:
                        self._spawn(self._call("release", released=slot_text))
                        raise
                if loop.time() < self._pause_until:
                    # A pause began here while this task waited for its slot: the slot is spent, claim one after it.
                    waited = True
                    continue
                permit = SharedPermit(self._granted + 1, loop.time(), seq=self._seq)
                break
            self._granted += 1
        if waited:
            self._waits += 1
            self._wait_seconds += max(0.0, loop.time() - started)
        return permit

    def observe(self, status: int, headers: Mapping[str, str], *, permit: Permit | None = None) -> None:
        """Learn from one answer, here at once and for every process through Redis. Never raises."""
        fallback_permit = permit.fallback if isinstance(permit, SharedPermit) else None
        if self._fallback is not None:
            self._fallback.observe(status, headers, permit=fallback_permit)
        fields = _lower_keys(headers)
        now = _loop_time()
        server_limit = _read_int(fields.get(_LIMIT_HEADER), low=1, high=_MAX_SANE_LIMIT, round_down=True)
        if server_limit is not None and server_limit != self._server_limit:
            self._server_limit = server_limit
            self._limit = server_limit if self._ceiling is None else min(server_limit, self._ceiling)
            self._pending_limit = server_limit
        retry_after = parse_retry_after(fields.get("retry-after")) if status in (429, 503) else None
        if status == 429:
            self._throttled += 1
            self._pause(now, self._pause_after_429 if retry_after is None else retry_after)
        elif retry_after is not None:
            self._pause(now, retry_after)
        remaining = _read_int(fields.get(_REMAINING_HEADER), low=0, high=_MAX_SANE_LIMIT, round_down=True)
        if remaining is None:
            used = _read_int(fields.get(_USED_HEADER), low=0, high=_MAX_SANE_LIMIT, round_down=False)
            if used is not None:
                remaining = max(0, self._server_limit - used)
        if remaining is not None and fallback_permit is None:
            self._pause_for_remaining(now, remaining, permit)
        if self._pending_limit is not None or self._pending_pause is not None:
            self._schedule_flush()

    def _pause_for_remaining(self, now: float, remaining: int, permit: Permit | None) -> None:
        """Pause until enough of the window should have freed for one more request to leave `reserve` remaining.

        The requests granted since the answered one use the window too: budget-wide, one a period since it was sent
        (slots claimed ahead do not count: they are not sent yet). The others in the window are assumed to leave at
        the documented spacing, `window / limit`, from when the answered request was sent.
        """
        reference = now if permit is None else min(now, permit.at)
        sent_since = int((now - reference) / self.period)
        missing = self._reserve + 1 - remaining + sent_since
        if missing > 0:
            self._pause(now, reference + missing * self._window / self._server_limit - now)

    def _pause(self, now: float, seconds: float) -> None:
        seconds = min(max(0.0, seconds), self._max_pause)
        until = now + seconds
        if until > self._pause_until:
            if seconds > self.period:
                self._pauses += 1
                logger.debug("pausing the shared budget for %.3f s", seconds)
            self._pause_until = until
        # Other processes hear of pauses that can hold a request back beyond the next slot; a shorter one (the
        # usual `remaining == reserve` of a budget paced at its limit) ends before any slot it could delay here.
        if seconds >= self.period and (self._pending_pause is None or until > self._pending_pause):
            self._pending_pause = until

    def _schedule_flush(self) -> None:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return  # no loop: the next claim carries what was learnt
        if (self._flush_task is None or self._flush_task.done()) and loop.time() >= self._down_until:
            self._flush_task = self._spawn(self._call("note"))

    def _spawn(self, coroutine: Any) -> asyncio.Task[None]:
        task: asyncio.Task[None] = asyncio.get_running_loop().create_task(coroutine)
        self._background.add(task)
        task.add_done_callback(self._background.discard)
        return task

    async def _call(self, mode: str, *, released: str = "") -> tuple[float, str] | None:
        """Run the script once: (slot, the slot as Redis wrote it), or None when Redis failed.

        What `observe` learnt rides along. Mode "claim" takes the next slot; "note" only writes what was learnt;
        "release" gives the slot `released` back if no later one was claimed since (a cancelled waiter). In "fail"
        mode a failed claim raises `GovernorUnavailableError`.
        """
        loop = asyncio.get_running_loop()
        pause, limit = self._pending_pause, self._pending_limit
        self._pending_pause = self._pending_limit = None
        pause_delay = -1.0 if pause is None or pause <= loop.time() else pause - loop.time()
        args = [
            mode,
            repr(self._window),
            str(self._reserve),
            str(self._documented),
            str(self._ceiling or 0),
            repr(pause_delay),
            str(limit or 0),
            released,
        ]
        sent = time.time()
        try:
            reply = await self._script(keys=[self._key], args=args)
        except self._errors as exc:
            # Keep what was learnt for the next try (unless newer news arrived meanwhile).
            if pause is not None and (self._pending_pause is None or pause > self._pending_pause):
                self._pending_pause = pause
            if limit is not None and self._pending_limit is None:
                self._pending_limit = limit
            self._redis_failed(exc, loop.time(), raise_error=mode == "claim")
            return None
        answered = time.time()
        slot_text = reply[0].decode() if isinstance(reply[0], bytes) else str(reply[0])
        slot, redis_now, shared_limit, seq = (float(value) for value in reply[:4])
        self._learn_offset(redis_now, sent, answered)
        self._seq = max(self._seq, int(seq))
        self._server_limit = int(shared_limit)
        self._limit = self._server_limit if self._ceiling is None else min(self._server_limit, self._ceiling)
        if self._down_until > -math.inf:
            self._down_until = -math.inf
            logger.warning("Redis at %s answers again: the shared rate governor is back", self._location)
        return slot, slot_text

    def _learn_offset(self, redis_now: float, sent: float, answered: float) -> None:
        """Estimate Redis' clock minus ours from the quickest recent round trip (as NTP does).

        The script read Redis' clock between `sent` and `answered`; the quicker the round trip, the tighter that
        bounds the offset. Slots are then awaited on our own clock, so a process that is slow to resume after a
        call (a busy event loop, a busy CPU) does not shift its slot late while the next process sends on time.
        """
        rtt = answered - sent
        if rtt <= self._offset_rtt or answered - self._offset_at > _OFFSET_MAX_AGE:
            self._offset = redis_now - (sent + answered) / 2
            self._offset_rtt = rtt
            self._offset_at = answered

    def _redis_failed(self, exc: BaseException, now: float, *, raise_error: bool) -> None:
        first = self._down_until == -math.inf
        self._down_until = now + self._retry_interval
        self._down_reason = f"{type(exc).__name__}: {exc}"
        if self._on_error == "fallback":
            if first:
                logger.warning(
                    "Redis at %s is unreachable (%s): pacing this process alone at %d requests per %g s "
                    "until it answers again",
                    self._location,
                    self._down_reason,
                    self._fallback_limit(),
                    self._window,
                )
            return
        if first:
            logger.error("Redis at %s is unreachable (%s)", self._location, self._down_reason)
        if raise_error:
            raise self._unavailable() from exc

    def _unavailable(self) -> GovernorUnavailableError:
        return GovernorUnavailableError(
            f"the shared rate governor cannot reach Redis at {self._location} ({self._down_reason}), so no request "
            f"was sent; start Redis, or pass on_redis_error='fallback' to pace each process alone at "
            f"{self._fallback_share:.0%} of the limit while it is down"
        )

    def _fallback_limit(self) -> int:
        return max(1, math.floor(self._limit * self._fallback_share))

    async def _acquire_fallback(self) -> Permit:
        """A permit from the in-process fallback governor, while Redis is left alone after a failure."""
        if self._on_error == "fail":
            raise self._unavailable()
        if self._fallback is None:
            self._fallback = Governor(self._fallback_limit(), window=self._window, reserve=self._reserve)
        return await self._fallback.acquire()

    async def aclose(self) -> None:
        """Close the Redis client if this governor opened it (from a URL); wait for pending writes first."""
        if self._background:
            await asyncio.gather(*self._background, return_exceptions=True)
        if self._owns_redis:
            await self._redis.aclose()


def _loop_time() -> float:
    try:
        return asyncio.get_running_loop().time()
    except RuntimeError:
        return time.monotonic()
