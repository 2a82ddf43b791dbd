"""The Redis store of the rule: every process that spends one Discogs budget, on one sorted set in Redis.

Discogs counts requests per source IP (and per token), not per Python process. `RedisGovernor` keeps the rule of
`Governor` (see `discogs_async.governor.rule`) for all its instances with the same budget: one atomic Lua script,
on Redis' clock, trims the budget's sorted set of requests (member: send time and id; score: when it stops
counting), applies the answers reported since the last call, and either claims a request or says how long to wait.
Within a process, waiters queue on an `asyncio.Lock` and only the first one calls Redis: once per grant, and while
it waits once per slot's time (`window / limit`) at most, to hear of answers other processes reported.

Keys: `<prefix>:<sha256 of the budget>` and two companions (`:log`, `:pending`); the budget is a fingerprint of the
credential by default, so no token, key or secret is ever written to Redis. The keys expire when idle.

When Redis is unreachable, `on_redis_error="fail"` (the default) raises `GovernorUnavailableError`, naming the
server (without its password) and the way out; `"fallback"` logs one warning and paces this process with an
in-process `Governor` at `fallback_share` of the limit until Redis answers again. Either way Redis is tried at most
once every `retry_interval` seconds while it is down, and each try, connecting included, is bounded by
`connect_timeout`: nothing spins or hangs.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import math
import time
import uuid
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import urlsplit

import attrs
import httpx

from ._extras import require
from .errors import DiscogsError
from .governor import Feedback, Governor, GovernorStats, Permit, Settings
from .governor.rule import Counters

if TYPE_CHECKING:
    from redis.asyncio import Redis

__all__ = ["GovernorUnavailableError", "RedisGovernor", "SharedPermit", "budget_for"]

logger = logging.getLogger("discogs_async.redis_governor")

DEFAULT_PREFIX = "discogs_async:governor"
_NO_WAIT = 0.001
"""Seconds an acquisition may take and still not count as a wait."""
_NOTE_FIELDS = 8

# The rule of discogs_async.governor.rule (next_free, add_others, others_untils, must_learn) on Redis' data.
# KEYS: the budget's hash, its log (sorted set: member "<sent>|<id>|<p: probe, or ->", score: when it stops
# counting), its pending set (members not answered yet). ARGV: mode ('claim' or 'note'), now ('' for Redis'
# clock), window, reserve, documented limit, ceiling (0: none), lease, the claim's id, the number of notes, then 8
# fields per note: member, limit (0: none), remaining (-1), used (-1), pause seconds (-1: none), window full (1/0),
# error (1/0), seconds since the answer came (measured on the client's clock: a duration, so clocks need not agree).
# Returns {member ('' unless claimed), delay in seconds, effective limit, sequence number}, as strings.
_SCRIPT = """
local hkey, log, pending = KEYS[1], KEYS[2], KEYS[3]
local now
if ARGV[2] ~= '' then now = tonumber(ARGV[2]) else
  local clock = redis.call('TIME'); now = tonumber(clock[1]) + tonumber(clock[2]) / 1000000 end
local window, reserve, ceiling, lease = tonumber(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[6]), tonumber(ARGV[7])
local never = -1e18
local s = redis.call('HMGET', hkey, 'limit', 'pause', 'heard', 'others', 'seq')
local server_limit = tonumber(s[1]) or tonumber(ARGV[5])
local pause, heard, seq = tonumber(s[2]) or never, tonumber(s[3]) or never, tonumber(s[5]) or 0
local others = {}  -- {until, count}, by until: see rule.add_others
for u, c in string.gmatch(s[4] or '', '([^:;]+):([^;]+)') do others[#others + 1] = {tonumber(u), tonumber(c)} end
local function sent_at(member) return tonumber(string.match(member, '^([^|]+)|')) end
for _, member in ipairs(redis.call('ZRANGEBYSCORE', log, '-inf', now - lease - window)) do
  redis.call('ZREM', log, member); redis.call('SREM', pending, member)
end
local i = 10
for _ = 1, tonumber(ARGV[9]) do
  local member, limit, remaining, used = ARGV[i], tonumber(ARGV[i + 1]), tonumber(ARGV[i + 2]), tonumber(ARGV[i + 3])
  local pause_seconds, full, failed = tonumber(ARGV[i + 4]), ARGV[i + 5] == '1', ARGV[i + 6] == '1'
  local answered = now - math.max(0, tonumber(ARGV[i + 7]))
  i = i + 8
  local at, probe = now, false
  if member ~= '' then
    at, probe = sent_at(member), string.sub(member, -2) == '|p'
    if redis.call('SREM', pending, member) == 1 then redis.call('ZADD', log, 'XX', answered + window, member) end
  end
  if not failed then
    heard = math.max(heard, now)
    if probe then others = {} end
    if limit > 0 then server_limit = limit end
    local held = -1
    if remaining >= 0 then held = math.max(0, (limit > 0 and limit or server_limit) - remaining)
    elseif used >= 0 then held = used end
    if full then held = math.max(held, server_limit) end
    if held >= 0 then
      local count = held - redis.call('ZCOUNT', log, '(' .. string.format('%.6f', at), '+inf')
      if count > 0 then
        local kept = {}
        for _, e in ipairs(others) do if e[2] > count and e[1] < now + window then kept[#kept + 1] = e end end
        kept[#kept + 1] = {now + window, count}
        others = kept
      end
    end
    if pause_seconds >= 0 then pause = math.max(pause, now + pause_seconds) end
  end
end
local effective = server_limit
if ceiling > 0 and ceiling < effective then effective = ceiling end
local capacity = math.max(1, effective - reserve)
local learn = now >= heard + window or (#others > 0 and now >= others[1][1])
local delay = 0
if now < pause then delay = pause - now
elseif learn then
  for _, member in ipairs(redis.call('SMEMBERS', pending)) do
    local lease_end = sent_at(member) + lease
    if lease_end > now and (delay == 0 or lease_end - now < delay) then delay = lease_end - now end
  end
end
if delay == 0 then
  local untils = redis.call('ZRANGEBYSCORE', log, '(' .. string.format('%.6f', now), '+inf', 'WITHSCORES')
  local live = {}
  for j = 2, #untils, 2 do live[#live + 1] = tonumber(untils[j]) end
  local level = 0
  for k = #others, 1, -1 do
    local e = others[k]
    if e[1] > now and e[2] > level then
      for _ = 1, e[2] - level do live[#live + 1] = e[1] end
      level = e[2]
    end
  end
  if #live >= capacity then
    table.sort(live)
    delay = live[#live - capacity + 1] - now
  end
end
local claimed = ''
if delay <= 0 and ARGV[1] == 'claim' then
  seq = seq + 1
  claimed = string.format('%.6f|%s|%s', now, ARGV[8], learn and 'p' or '-')
  redis.call('ZADD', log, now + lease + window, claimed)
  redis.call('SADD', pending, claimed)
end
local listed = {}
for _, e in ipairs(others) do listed[#listed + 1] = string.format('%.6f:%d', e[1], e[2]) end
local function fixed(value) return string.format('%.6f', value) end
redis.call('HSET', hkey, 'limit', tostring(server_limit), 'pause', fixed(pause), 'heard', fixed(heard),
  'others', table.concat(listed, ';'), 'seq', tostring(seq))
local ttl = math.ceil((math.max(pause - now, 0) + lease + 2 * window) * 1000)
for _, key in ipairs(KEYS) do redis.call('PEXPIRE', key, ttl) end
return {claimed, string.format('%.6f', math.max(delay, 0)), tostring(effective), tostring(seq)}
"""


class GovernorUnavailableError(DiscogsError):
    """The shared rate governor could not reach Redis, so no budget was granted and nothing was sent."""


@attrs.frozen
class SharedPermit(Permit):
    """A permit of the shared governor: also the budget-wide sequence number, or the fallback governor's permit."""

    member: str = ""
    """The request's entry in the budget's log ("" when granted by the fallback)."""
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
    """Keeps every process that spends one Discogs budget to the rule of `Governor`, through Redis.

    See the module docstring for the store, the keys and what happens when Redis is down.
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
        clock: Callable[[], float] | None = None,
    ) -> None:
        """Share the budget named `budget` through `redis` (a `redis://` URL, or a `redis.asyncio.Redis` client).

        `limit`, `window`, `authenticated`, `reserve`, `pause_after_429` and `max_pause` mean what they mean for
        `Governor`. `on_redis_error` is "fail" (raise `GovernorUnavailableError`) or "fallback" (pace this process
        alone at `fallback_share` of the limit); `retry_interval` is how long Redis is left alone after a failure,
        and `connect_timeout` bounds each try, connecting included. `clock` replaces Redis' clock (for tests on a
        virtual clock; every instance of a budget must then use the same one).
        """
        self._settings = Settings.of(
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
        require("redis", "redis")  # without the extra: MissingExtraError naming it, not a bare ModuleNotFoundError
        from redis.asyncio import Redis
        from redis.exceptions import RedisError

        if isinstance(redis, str):
            self._location = _redis_location(redis)
            self._redis: Redis = Redis.from_url(
                redis, socket_connect_timeout=connect_timeout, socket_timeout=connect_timeout
            )
            self._owns_redis = True
        else:
            where = redis.connection_pool.connection_kwargs
            self._location = f"redis://{where.get('host', 'localhost')}:{where.get('port', 6379)}/{where.get('db', 0)}"
            self._redis = redis
            self._owns_redis = False
        self._errors: tuple[type[BaseException], ...] = (RedisError, OSError)  # TimeoutError is an OSError
        self._timeout = float(connect_timeout)
        self._script = self._redis.register_script(_SCRIPT)
        key = f"{key_prefix}:{hashlib.sha256(budget.encode()).hexdigest()[:32]}"
        self._keys = [key, f"{key}:log", f"{key}:pending"]
        self._id = uuid.uuid4().hex[:12]
        self._clock = clock
        self._limit = self._settings.documented  # effective (ceiling applied), as last seen in Redis
        self._on_error = on_redis_error
        self._fallback_share = float(fallback_share)
        self._retry_interval = float(retry_interval)
        self._fallback: Governor | None = None
        self._down_until = -math.inf  # loop time before which Redis is not tried again
        self._down_reason = ""
        self._lock = asyncio.Lock()
        self._wake: asyncio.Future[None] | None = None
        self._notes: list[str] = []  # answers not yet written to Redis, all but the age of _NOTE_FIELDS each
        self._noted: list[float] = []  # the loop time each of them came
        self._flush_task: asyncio.Task[None] | None = None
        self._background: set[asyncio.Task[None]] = set()
        self._seq = 0  # the latest budget-wide sequence number seen
        self._counts = Counters()

    @classmethod
    def for_auth(cls, redis: str | Redis, auth: httpx.Auth | None, **options: Any) -> RedisGovernor:
        """A shared governor for the budget of `auth`'s credential, sized for its tier; `options` as for the class."""
        options.setdefault("authenticated", bool(getattr(auth, "authenticated", False)))
        return cls(redis, budget=budget_for(auth), **options)

    def __repr__(self) -> str:
        return (
            f"RedisGovernor({self._location!r}, limit={self._limit}, window={self.window}, "
            f"reserve={self._settings.reserve})"
        )

    @property
    def limit(self) -> int:
        """The current limit, in requests per window (as last seen in Redis, the ceiling applied)."""
        return self._limit

    @property
    def window(self) -> float:
        """The length of the moving window, in seconds."""
        return self._settings.window

    @property
    def key(self) -> str:
        """The Redis key holding this budget's state (a hash of the budget, never a credential)."""
        return self._keys[0]

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
        return self._counts.snapshot(self._limit, self.window)

    async def acquire(self) -> SharedPermit:
        """Wait until the budget allows one more request, then count it as sent; see the module docstring."""
        loop = asyncio.get_running_loop()
        started = loop.time()
        waited = self._lock.locked()
        async with self._lock:
            while True:
                if loop.time() < self._down_until:
                    fallback = await self._acquire_fallback()
                    permit = SharedPermit(self._counts.granted + 1, fallback.at, fallback=fallback)
                    waited = waited or loop.time() - started > _NO_WAIT
                    break
                result = await self._call("claim")
                if result is None:
                    continue  # Redis is down: the fallback (or the error) is next
                member, delay = result
                if member:
                    permit = SharedPermit(self._counts.granted + 1, loop.time(), member=member, seq=self._seq)
                    break
                waited = True
                await self._sleep(loop, min(delay, self.window / self._limit))
            self._counts.granted += 1
        if waited:
            self._counts.waited(max(0.0, loop.time() - started))
        return permit

    def observe(self, status: int, headers: Mapping[str, str], *, permit: Permit | None = None) -> None:
        """Learn from the answer to `permit`'s request, for every process through Redis. Never raises."""
        if isinstance(permit, SharedPermit) and permit.fallback is not None:
            if self._fallback is not None:
                self._fallback.observe(status, headers, permit=permit.fallback)
            return
        feedback = Feedback.read(status, headers)
        if status == 429:
            self._counts.throttled += 1
        if feedback.limit is not None:
            self._limit = self._settings.effective(feedback.limit)
        pause = feedback.pause(self._settings)
        full = feedback.window_full and self._settings.pause_after_429 is None
        if (
            pause is not None
            or full
            or (feedback.remaining is not None and feedback.remaining <= self._settings.reserve)
        ):
            self._counts.pauses += 1
        member = permit.member if isinstance(permit, SharedPermit) else ""
        self._note(member, feedback, pause=pause, full=full, failed=False)

    def observe_error(self, permit: Permit) -> None:
        """`permit`'s request got no answer (it may have reached the server): it counts one window from now."""
        if isinstance(permit, SharedPermit) and permit.fallback is not None:
            if self._fallback is not None:
                self._fallback.observe_error(permit.fallback)
            return
        member = permit.member if isinstance(permit, SharedPermit) else ""
        self._note(member, Feedback(0), pause=None, full=False, failed=True)

    def _note(self, member: str, feedback: Feedback, *, pause: float | None, full: bool, failed: bool) -> None:
        def number(value: int | None) -> str:
            return "-1" if value is None else str(value)

        self._notes += [
            member,
            str(feedback.limit or 0),
            number(feedback.remaining),
            number(feedback.used),
            "-1" if pause is None else repr(pause),
            "1" if full else "0",
            "1" if failed else "0",
        ]
        self._noted.append(_loop_time())
        if self._wake is not None:
            _resolve(self._wake)  # the waiting claim carries the note
        else:
            self._schedule_flush()

    def _schedule_flush(self) -> None:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return  # no loop: the next claim carries what was learnt
        if (self._flush_task is None or self._flush_task.done()) and loop.time() >= self._down_until:
            self._flush_task = self._spawn(self._flush())

    async def _flush(self) -> None:
        while self._notes and await self._call("note") is not None:
            pass

    def _spawn(self, coroutine: Any) -> asyncio.Task[None]:
        task: asyncio.Task[None] = asyncio.get_running_loop().create_task(coroutine)
        self._background.add(task)
        task.add_done_callback(self._background.discard)
        return task

    async def _sleep(self, loop: asyncio.AbstractEventLoop, delay: float) -> None:
        """Sleep `delay` seconds, or until this process hears an answer."""
        self._wake = woken = loop.create_future()
        timer = loop.call_later(delay, _resolve, woken)
        try:
            await woken
        finally:
            timer.cancel()
            if self._wake is woken:
                self._wake = None

    async def _call(self, mode: str) -> tuple[str, float] | None:
        """Run the script once, with the notes not yet written: (the member claimed or "", seconds to wait), or
        None when Redis failed. In "fail" mode a failed claim raises `GovernorUnavailableError`."""
        loop = asyncio.get_running_loop()
        notes, noted, self._notes, self._noted = self._notes, self._noted, [], []
        now = loop.time()
        fields = _NOTE_FIELDS - 1
        for n, came in enumerate(noted):  # each note gets its age, as of this call
            notes.insert(n * _NOTE_FIELDS + fields, repr(max(0.0, now - came)))
        settings = self._settings
        args = [
            mode,
            "" if self._clock is None else repr(self._clock()),
            repr(settings.window),
            str(settings.reserve),
            str(settings.documented),
            str(settings.ceiling or 0),
            repr(settings.lease),
            f"{self._id}:{self._counts.granted + 1}",
            str(len(notes) // _NOTE_FIELDS),
            *notes,
        ]
        try:
            async with asyncio.timeout(self._timeout):
                reply = await self._script(keys=self._keys, args=args)
        except self._errors as exc:
            del notes[_NOTE_FIELDS - 1 :: _NOTE_FIELDS]  # the ages: measured afresh at the next try
            self._notes[:0], self._noted[:0] = notes, noted  # written with the next try
            self._redis_failed(exc, loop.time(), raise_error=mode == "claim")
            return None
        member, delay, limit, seq = (value.decode() if isinstance(value, bytes) else str(value) for value in reply)
        self._seq = max(self._seq, int(seq))
        self._limit = int(limit)
        if self._down_until > -math.inf:
            self._down_until = -math.inf
            logger.warning("Redis at %s answers again: the shared rate governor is back", self._location)
        return member, float(delay)

    def _redis_failed(self, exc: BaseException, now: float, *, raise_error: bool) -> None:
        first = self._down_until == -math.inf
        self._down_until = now + self._retry_interval
        detail = str(exc) or f"no answer within {self._timeout:g} s"
        self._down_reason = f"{type(exc).__name__}: {detail}"
        if self._on_error == "fallback":
            if first:
                logger.warning(
                    "Redis at %s is unreachable (%s): pacing this process alone at %d requests per %g s "
                    "until it answers again",
                    self._location,
                    self._down_reason,
                    self._fallback_limit(),
                    self.window,
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
            self._fallback = Governor(self._fallback_limit(), window=self.window, reserve=self._settings.reserve)
        return await self._fallback.acquire()

    async def aclose(self) -> None:
        """Close the Redis client if this governor opened it (from a URL); wait for pending writes first."""
        if self._notes:
            self._schedule_flush()
        if self._background:
            await asyncio.gather(*self._background, return_exceptions=True)
        if self._owns_redis:
            await self._redis.aclose()


def _loop_time() -> float:
    try:
        return asyncio.get_running_loop().time()
    except RuntimeError:
        return time.monotonic()


def _resolve(future: asyncio.Future[None]) -> None:
    if not future.done():
        future.set_result(None)
