"""The in-process store of the rule: one event loop's requests, kept in memory."""

from __future__ import annotations

import asyncio
import logging
import math
import time
from collections import deque
from collections.abc import Mapping
from typing import TYPE_CHECKING

import attrs

from .rule import Counters, Feedback, GovernorStats, Permit, Settings, add_others, must_learn, next_free, others_untils

if TYPE_CHECKING:
    from aiolimiter import AsyncLimiter

__all__ = ["Governor"]

logger = logging.getLogger("discogs_async.governor")


@attrs.define
class _Sent:
    index: int
    at: float
    until: float
    """When it stops counting against the window: one window after its answer (or after its lease, unanswered);
    it is kept a little longer, so that the answers to later requests can tell which of ours the server counted."""
    answered: bool = False
    probe: bool = False
    """Sent alone to learn what the window holds (see `must_learn`)."""


class Governor:
    """Keeps the requests of one process below the Discogs limit in every moving window; sends at once within it.

    No `window` seconds hold more than `limit - reserve` requests, as far as the client can know: its own (each from
    when it is sent until one window after its answer) and the others' the headers report. A fresh or idle budget
    sends one request and reads the headers before it releases the rest. Share one instance between the clients
    and tasks that leave from the same IP, within one event loop. See docs/governor.md.
    """

    def __init__(
        self,
        limit: int | None = None,
        *,
        window: float = 60.0,
        authenticated: bool = True,
        reserve: int = 1,
        burst: int | None = None,
        pause_after_429: float | None = None,
        max_pause: float | None = None,
    ) -> None:
        """Keep to `limit` requests per `window` seconds (default: the documented limit for the tier, then what the
        server announces; a `limit` given here is a ceiling the server cannot raise).

        `reserve` requests of the limit are left unspent. `burst` caps how many requests leave at once (`burst=1`:
        evenly spaced, the smooth mode); by default all the window allows. `pause_after_429` is a fixed pause after
        a 429 without `Retry-After` (default: until the window frees); `max_pause` caps any pause (ten windows).
        """
        self._settings = Settings.of(
            limit,
            window=window,
            authenticated=authenticated,
            reserve=reserve,
            burst=burst,
            pause_after_429=pause_after_429,
            max_pause=max_pause,
        )
        self._server_limit = self._limit = self._settings.documented
        # Ours, in the order granted (so by permit index, without gaps: pruned from the front only)
        self._sent: deque[_Sent] = deque()
        self._others: list[tuple[float, int]] = []  # (until, how many requests of others the window holds)
        self._heard_at = -math.inf
        self._pause_until = -math.inf
        self._lock = asyncio.Lock()
        self._queued = 0  # acquisitions waiting for the lock or holding it
        self._wake: asyncio.Future[None] | None = None
        self._limiter = self._new_limiter()
        self._counts = Counters()

    def __repr__(self) -> str:
        return f"Governor(limit={self._limit}, window={self.window}, reserve={self._settings.reserve})"

    @property
    def limit(self) -> int:
        """The current limit, in requests per window."""
        return self._limit

    @property
    def window(self) -> float:
        """The length of the moving window, in seconds."""
        return self._settings.window

    def stats(self) -> GovernorStats:
        """A snapshot of the counters."""
        return self._counts.snapshot(self._limit, self.window)

    async def acquire(self) -> Permit:
        """Wait until one more request may be sent, then count it as sent.

        Waiters are served in arrival order and only the first one sleeps on a timer. A waiter cancelled before it
        is granted takes nothing. Pass the permit to `observe` (or `observe_error`) with the outcome.
        """
        loop = asyncio.get_running_loop()
        started = loop.time()
        if not self._queued and self._limiter is None and self._delay(started) <= 0:
            return self._grant(started)  # room, and nobody waits before this one: granted without a wait
        waited = self._queued > 0
        self._queued += 1
        try:
            async with self._lock:
                if self._limiter is not None:
                    waited = waited or not self._limiter.has_capacity()
                    await self._limiter.acquire()
                while (delay := self._delay(loop.time())) > 0:
                    waited = True
                    await self._sleep(loop, delay)
                now = loop.time()
                permit = self._grant(now)
        finally:
            self._queued -= 1
        if waited:
            self._counts.waited(now - started)
        return permit

    def _grant(self, now: float) -> Permit:
        """Count one more request as sent at `now`."""
        counts, settings = self._counts, self._settings
        counts.granted += 1
        probe = must_learn(now, self._heard_at, self._others, settings.window)
        self._sent.append(_Sent(counts.granted, now, now + settings.lease + settings.window, probe=probe))
        return Permit(counts.granted, now)

    def observe(self, status: int, headers: Mapping[str, str], *, permit: Permit | None = None) -> None:
        """Learn from the answer to `permit`'s request (without it: the oldest unanswered one). Never raises."""
        feedback = Feedback.read(status, headers)
        now = _now()
        sent = self._settle(permit, now)
        self._heard_at = max(self._heard_at, now)
        if sent is not None and sent.probe:
            self._others = []  # the one request in flight: what it reads is exact, earlier estimates are replaced
        if feedback.informative:  # else the answer only frees budget: no request need wait longer for it
            self._learn(feedback, sent, now)
        self._wake_up()

    def _learn(self, feedback: Feedback, sent: _Sent | None, now: float) -> None:
        """Take in what an answer's status and headers say of the limit, the others' use and pauses."""
        before = self._delay(now)
        if feedback.limit is not None:
            self._set_server_limit(feedback.limit)
        if feedback.status == 429:
            self._counts.throttled += 1
        held = feedback.held(self._server_limit)
        if feedback.window_full and self._settings.pause_after_429 is None:
            held = max(held or 0, self._server_limit)
        if held is not None:  # ours the server may have counted: those that still counted when this one was sent
            sent_at = now if sent is None else sent.at
            ours = sum(1 for request in self._sent if request.until > sent_at)
            self._others = add_others(self._others, held - ours, now + self.window)
        pause = feedback.pause(self._settings)
        if pause is not None:
            self._pause_until = max(self._pause_until, now + pause)
        if (after := self._delay(now)) > before:
            self._counts.pauses += 1
            logger.debug("the next request waits %.3f s (status %d, %s)", after, feedback.status, feedback)

    def observe_error(self, permit: Permit) -> None:
        """`permit`'s request got no answer (it may have reached the server): it counts one window from now."""
        self._settle(permit, _now())
        self._wake_up()

    def _settle(self, permit: Permit | None, now: float) -> _Sent | None:
        sent = self._sent
        if permit is None:
            request = next((request for request in sent if not request.answered), None)
        else:  # indices run without gaps from the oldest kept: the permit's place is its distance from it
            place = permit.index - sent[0].index if sent else -1
            request = sent[place] if 0 <= place < len(sent) else None
        if request is not None and not request.answered:
            request.answered = True
            request.until = now + self.window
        return request

    def _delay(self, now: float) -> float:
        """Seconds until the next request may leave."""
        settings = self._settings
        self._prune(now - settings.lease - settings.window)  # what a late answer may still need to count ours
        if now < self._pause_until:
            return self._pause_until - now
        if must_learn(now, self._heard_at, self._others, settings.window):  # one request, then its answer
            probes = [r.at + settings.lease for r in self._sent if not r.answered]
            if probes := [lease_end for lease_end in probes if lease_end > now]:
                return min(probes) - now
        capacity = settings.capacity(self._limit)
        others = max((held for end, held in self._others if end > now), default=0)
        if len(self._sent) + others < capacity:  # fewer kept than fit, so fewer still count: no need to sort them
            return 0.0
        untils = [request.until for request in self._sent] + others_untils(self._others, now)
        return next_free(now, untils, capacity) - now

    def _prune(self, keep: float) -> None:
        """Forget our requests that stopped counting before `keep`, oldest first (amortised O(1) per request).

        Pruning stops at the first one still kept, so a later one that is done may stay a while: it is kept, not
        counted (`next_free` counts only what has not expired).
        """
        sent = self._sent
        while sent and sent[0].until <= keep:
            sent.popleft()

    async def _sleep(self, loop: asyncio.AbstractEventLoop, delay: float) -> None:
        """Sleep `delay` seconds, or until an answer arrives."""
        self._wake = woken = loop.create_future()
        timer = loop.call_later(delay, _resolve, woken)
        try:
            await woken
        finally:
            timer.cancel()
            if self._wake is woken:
                self._wake = None

    def _wake_up(self) -> None:
        if self._wake is not None:
            _resolve(self._wake)

    def _set_server_limit(self, server_limit: int) -> None:
        self._server_limit = server_limit
        limit = self._settings.effective(server_limit)
        if limit != self._limit:
            logger.debug("rate limit is now %d per %g s (was %d)", limit, self.window, self._limit)
            self._limit = limit
            self._limiter = self._new_limiter()

    def _new_limiter(self) -> AsyncLimiter | None:
        """With `burst`: a leaky bucket of `burst` requests that drains at the window's rate (aiolimiter)."""
        burst = self._settings.burst
        if burst is None:
            return None
        from aiolimiter import AsyncLimiter  # here, not at import: it loads importlib.metadata for its version

        return AsyncLimiter(burst, burst * self.window / self._settings.capacity(self._limit))


def _resolve(future: asyncio.Future[None]) -> None:
    if not future.done():
        future.set_result(None)


def _now() -> float:
    try:
        return asyncio.get_running_loop().time()
    except RuntimeError:
        return time.monotonic()
