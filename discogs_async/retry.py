"""Which failed attempts are worth another try, and how long to wait before it.

Pure functions and one frozen policy; no I/O and no sleeping. The funnel (`Discogs._invoke`) asks
`RetryPolicy.retryable` after each failed attempt and sleeps `RetryPolicy.delay` before the next one, so every
attempt runs through the auth flow again and is signed afresh.

The rules:

- Nothing reached the server (`httpx.ConnectError`, `httpx.ConnectTimeout`, `httpx.PoolTimeout`): any method may
  be retried, POST included, because nothing was sent.
- The request may have reached the server (read/write timeouts and errors, a remote protocol error, a 500, 502,
  503 or 504): only idempotent methods (GET, HEAD, PUT, DELETE, OPTIONS, TRACE) are retried. A POST is never
  retried then, since the server may already have acted on it (for example created a listing).
- 429: the server refused the request without acting on it, so every method is retried, up to
  `rate_limit_attempts` attempts in all. Discogs sends no `Retry-After`; the rate governor pauses new requests
  after a 429 anyway.
- Anything else (other statuses, other exceptions): not retried.
"""

from __future__ import annotations

import math
import random
import time
from collections.abc import Callable
from email.utils import parsedate_to_datetime

import attrs
import httpx

__all__ = [
    "IDEMPOTENT_METHODS",
    "RETRYABLE_STATUSES",
    "RetryPolicy",
    "parse_retry_after",
    "request_was_sent",
    "retryable",
]

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE"})
"""Methods that may be repeated without changing the outcome (RFC 9110, section 9.2.2)."""

RETRYABLE_STATUSES = frozenset({500, 502, 503, 504})
"""Server-side failures worth another try for idempotent methods (429 is handled on its own)."""

_NOTHING_SENT: tuple[type[BaseException], ...] = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
_MAYBE_SENT: tuple[type[BaseException], ...] = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)


def request_was_sent(error: BaseException) -> bool:
    """Whether the request may have reached the server before the attempt failed with `error`.

    False only for the failures that happen before anything is sent (connecting, waiting for a pooled connection).
    """
    return not isinstance(error, _NOTHING_SENT)


def retryable(method: str, *, status: int | None = None, error: BaseException | None = None) -> bool:
    """Whether an attempt that ended with `status` or raised `error` may be repeated, ignoring how many were made.

    `method` is the HTTP method (any case). Give the response status, or the exception the attempt raised.
    """
    idempotent = method.upper() in IDEMPOTENT_METHODS
    if error is not None:
        if isinstance(error, _NOTHING_SENT):
            return True
        if idempotent and isinstance(error, _MAYBE_SENT):
            return True
    if status is not None:
        if status == 429:
            return True
        if idempotent and status in RETRYABLE_STATUSES:
            return True
    return False


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """The number of seconds a `Retry-After` value asks for, or None when it is absent or unreadable.

    Accepts delay-seconds (`"120"`, also a decimal) and an HTTP date (measured from `now`, a POSIX timestamp,
    default the current time). Never raises; a negative, infinite or unparsable value gives None, a date in the past
    gives 0.
    """
    if value is None:
        return None
    text = value.strip()
    if not text:
        return None
    try:
        seconds = float(text)
    except ValueError:
        pass
    else:
        return seconds if math.isfinite(seconds) and seconds >= 0 else None
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:  # an HTTP date is always GMT; tolerate the "-0000" form that parses naive
        return None
    reference = time.time() if now is None else now
    return max(0.0, when.timestamp() - reference)


def _positive(_instance: object, attribute: attrs.Attribute[float], value: float) -> None:
    if not (math.isfinite(value) and value >= 0):
        raise ValueError(f"{attribute.name} must be a finite number >= 0, not {value!r}")


@attrs.frozen
class RetryPolicy:
    """How often and how patiently the funnel retries.

    - `attempts`: attempts in all (the first included) for connection errors, timeouts and 5xx.
    - `rate_limit_attempts`: attempts in all when the server answers 429.
    - `base_delay`, `max_delay`: exponential backoff `base_delay * 2**(attempt-1)`, capped at `max_delay`, with full
      jitter (a uniform draw between 0 and that value).
    - `jitter`: the random source, a callable returning a float in [0, 1); inject a fixed one in tests.
    - `max_retry_after`: the longest `Retry-After` that is honoured as is; longer values are cut to it.
    """

    attempts: int = attrs.field(default=4, validator=attrs.validators.ge(1))
    base_delay: float = attrs.field(default=0.5, validator=_positive)
    max_delay: float = attrs.field(default=30.0, validator=_positive)
    jitter: Callable[[], float] = attrs.field(default=random.random, eq=False, repr=False)
    rate_limit_attempts: int = attrs.field(default=5, validator=attrs.validators.ge(1))
    max_retry_after: float = attrs.field(default=300.0, validator=_positive)

    def retryable(
        self,
        method: str,
        *,
        status: int | None = None,
        error: BaseException | None = None,
        attempt: int | None = None,
    ) -> bool:
        """Whether to try again after a failed attempt.

        Without `attempt` this is the plain classification of `retryable()`. With `attempt` (how many attempts have
        been made so far, 1 after the first) it also checks the budget: `rate_limit_attempts` for a 429,
        `attempts` for everything else.
        """
        if not retryable(method, status=status, error=error):
            return False
        if attempt is None:
            return True
        budget = self.rate_limit_attempts if status == 429 and error is None else self.attempts
        return attempt < budget

    def delay(self, attempt: int, *, retry_after: float | None = None) -> float:
        """Seconds to wait after failed attempt number `attempt` (1 for the first) before the next one.

        Full-jitter exponential backoff capped at `max_delay`. A `retry_after` from the server is a floor: the wait
        is never shorter than it (up to `max_retry_after`), so the server's request is honoured.
        """
        exponent = max(0, attempt - 1)
        ceiling = self.max_delay if exponent >= 64 else min(self.max_delay, self.base_delay * 2.0**exponent)
        draw = self.jitter()
        fraction = draw if math.isfinite(draw) else 0.0
        backoff = ceiling * min(1.0, max(0.0, fraction))
        if retry_after is not None and math.isfinite(retry_after) and retry_after > 0:
            return max(backoff, min(retry_after, self.max_retry_after))
        return backoff
