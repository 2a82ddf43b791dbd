"""One timer for each attempt of a call: the call's deadline, moved nearer to the attempt's once the request is sent.

The client opens an `asyncio.timeout` at the call's deadline around each attempt and puts an `AttemptClock` in the
request's extensions; the innermost transport calls `start_attempt` when it hands the request to the network, which
moves the timer to `attempt_timeout` seconds from then if that is sooner. The answer's body is read inside the same
timeout, so the attempt's bound holds to its last byte, and the rate governor's waits count against the call only.
"""

from __future__ import annotations

import asyncio

import httpx

__all__ = ["ATTEMPT_CLOCK", "AttemptClock", "start_attempt"]

ATTEMPT_CLOCK = "discogs_async.attempt_clock"
"""The request extension holding the attempt's `AttemptClock`."""


class AttemptClock:
    """One attempt's deadline, kept on the timer of the `asyncio.timeout` around the attempt (the call's deadline).

    `start()`, when the request is handed to the network, moves that timer to `seconds` from now if that is sooner.
    """

    def __init__(self, scope: asyncio.Timeout, seconds: float | None) -> None:
        self._scope, self.seconds = scope, seconds
        self.started = False
        """Whether the timer now stands at the attempt's deadline (so its expiry is the attempt's, not the call's)."""

    def start(self) -> None:
        """The request leaves now: the attempt must be answered, to the last byte, within `seconds`."""
        if self.seconds is None:
            return
        when = asyncio.get_running_loop().time() + self.seconds
        current = self._scope.when()
        if current is None or when < current:
            self._scope.reschedule(when)
            self.started = True

    def late(self, request: httpx.Request) -> httpx.ReadTimeout:
        """The transport error of an attempt past its deadline (retried like any read timeout)."""
        return httpx.ReadTimeout(f"no complete answer within {self.seconds} s (attempt_timeout)", request=request)


def start_attempt(request: httpx.Request) -> None:
    """Start the attempt's clock, if the request carries one (a request from elsewhere has none)."""
    clock = request.extensions.get(ATTEMPT_CLOCK)
    if isinstance(clock, AttemptClock):
        clock.start()
