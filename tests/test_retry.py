"""Tests for discogs_async.retry: what is retried, and how long the funnel waits between attempts."""

from __future__ import annotations

import random
from email.utils import formatdate

import httpx
import pytest

from discogs_async.retry import RetryPolicy, parse_retry_after, retryable

REQUEST = httpx.Request("GET", "https://api.discogs.com/releases/1")
IDEMPOTENT = ["GET", "HEAD", "PUT", "DELETE", "get", "Put"]
NOT_IDEMPOTENT = ["POST", "PATCH", "post"]

NOTHING_SENT = [
    httpx.ConnectError("refused", request=REQUEST),
    httpx.ConnectTimeout("slow connect", request=REQUEST),
    httpx.PoolTimeout("no free connection", request=REQUEST),
]
MAYBE_SENT = [
    httpx.ReadTimeout("slow answer", request=REQUEST),
    httpx.RemoteProtocolError("peer closed", request=REQUEST),
    httpx.ReadError("reset", request=REQUEST),
    httpx.WriteTimeout("slow upload", request=REQUEST),
    httpx.WriteError("broken pipe", request=REQUEST),
]
NEVER = [
    httpx.UnsupportedProtocol("ftp://", request=REQUEST),
    httpx.LocalProtocolError("bad header", request=REQUEST),
    httpx.TooManyRedirects("loop", request=REQUEST),
    ValueError("not a transport problem"),
]


@pytest.mark.parametrize("method", IDEMPOTENT + NOT_IDEMPOTENT)
@pytest.mark.parametrize("error", NOTHING_SENT, ids=lambda e: type(e).__name__)
def test_nothing_sent_is_retried_for_every_method(method: str, error: BaseException) -> None:
    assert retryable(method, error=error)


@pytest.mark.parametrize("error", MAYBE_SENT, ids=lambda e: type(e).__name__)
def test_maybe_sent_is_retried_only_when_idempotent(error: BaseException) -> None:
    for method in IDEMPOTENT:
        assert retryable(method, error=error), method
    for method in NOT_IDEMPOTENT:
        assert not retryable(method, error=error), method


@pytest.mark.parametrize("error", NEVER, ids=lambda e: type(e).__name__)
def test_other_errors_are_never_retried(error: BaseException) -> None:
    for method in IDEMPOTENT + NOT_IDEMPOTENT:
        assert not retryable(method, error=error)


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_server_errors_are_retried_only_when_idempotent(status: int) -> None:
    for method in IDEMPOTENT:
        assert retryable(method, status=status), method
    for method in NOT_IDEMPOTENT:
        assert not retryable(method, status=status), method


@pytest.mark.parametrize("method", IDEMPOTENT + NOT_IDEMPOTENT)
def test_429_is_always_retried(method: str) -> None:
    assert retryable(method, status=429)


@pytest.mark.parametrize("status", [200, 201, 204, 301, 400, 401, 403, 404, 405, 409, 422, 501, 505])
def test_other_statuses_are_not_retried(status: int) -> None:
    for method in IDEMPOTENT + NOT_IDEMPOTENT:
        assert not retryable(method, status=status)


def test_nothing_to_judge_is_not_retried() -> None:
    assert not retryable("GET")
    assert not RetryPolicy().retryable("GET")


def test_cancellation_is_never_retried() -> None:
    import asyncio

    assert not retryable("GET", error=asyncio.CancelledError())
    assert not retryable("GET", error=KeyboardInterrupt())


def test_policy_counts_attempts_separately_for_429() -> None:
    policy = RetryPolicy(attempts=3, rate_limit_attempts=5)
    # attempt = attempts made so far; the budget counts the first attempt too.
    assert [policy.retryable("GET", status=503, attempt=n) for n in range(1, 6)] == [True, True, False, False, False]
    assert [policy.retryable("POST", status=429, attempt=n) for n in range(1, 7)] == [True] * 4 + [False] * 2
    error = httpx.ConnectError("refused", request=REQUEST)
    assert [policy.retryable("POST", error=error, attempt=n) for n in range(1, 5)] == [True, True, False, False]
    # The budget never makes something retryable that is not.
    assert not policy.retryable("POST", status=503, attempt=1)


def test_policy_without_attempt_is_the_plain_classification() -> None:
    policy = RetryPolicy(attempts=1)
    assert policy.retryable("GET", status=503)
    assert not policy.retryable("GET", status=503, attempt=1)


def test_backoff_grows_exponentially_up_to_the_cap() -> None:
    top = RetryPolicy(base_delay=0.5, max_delay=30.0, jitter=lambda: 1.0)
    assert [top.delay(n) for n in range(1, 10)] == [0.5, 1.0, 2.0, 4.0, 8.0, 16.0, 30.0, 30.0, 30.0]
    assert top.delay(10_000) == 30.0  # no overflow for absurd attempt numbers
    assert top.delay(0) == 0.5


def test_full_jitter_stays_within_bounds() -> None:
    source = random.Random(20240501)
    policy = RetryPolicy(base_delay=0.5, max_delay=30.0, jitter=source.random)
    for attempt in range(1, 12):
        ceiling = min(30.0, 0.5 * 2 ** (attempt - 1))
        draws = [policy.delay(attempt) for _ in range(300)]
        assert all(0.0 <= d <= ceiling for d in draws)
        # Full jitter spreads over the whole range, not just near the ceiling.
        assert min(draws) < 0.1 * ceiling
        assert max(draws) > 0.9 * ceiling


def test_jitter_out_of_range_is_clamped() -> None:
    assert RetryPolicy(jitter=lambda: 0.0).delay(3) == 0.0
    assert RetryPolicy(jitter=lambda: 7.0).delay(3) == 2.0
    assert RetryPolicy(jitter=lambda: -1.0).delay(3) == 0.0
    assert RetryPolicy(jitter=lambda: float("nan")).delay(3) == 0.0


def test_retry_after_is_a_floor() -> None:
    policy = RetryPolicy(base_delay=0.5, max_delay=30.0, jitter=lambda: 1.0)
    assert policy.delay(1, retry_after=7.0) == 7.0  # longer than the backoff: honoured
    assert policy.delay(5, retry_after=1.0) == 8.0  # shorter than the backoff: the backoff stands
    assert policy.delay(1, retry_after=45.0) == 45.0  # not cut by max_delay: the server asked for it
    zero = RetryPolicy(jitter=lambda: 0.0)
    assert zero.delay(1, retry_after=3.0) == 3.0  # jitter never goes below it


def test_retry_after_is_cut_to_max_retry_after() -> None:
    policy = RetryPolicy(jitter=lambda: 0.0, max_retry_after=120.0)
    assert policy.delay(1, retry_after=86_400.0) == 120.0


@pytest.mark.parametrize("bad", [None, -5.0, float("nan"), float("inf"), 0.0])
def test_unusable_retry_after_falls_back_to_backoff(bad: float | None) -> None:
    assert RetryPolicy(jitter=lambda: 1.0).delay(2, retry_after=bad) == 1.0


def test_policy_is_frozen_and_validated() -> None:
    policy = RetryPolicy()
    with pytest.raises(AttributeError):
        policy.attempts = 9  # type: ignore[misc]
    assert (policy.attempts, policy.base_delay, policy.max_delay, policy.rate_limit_attempts) == (4, 0.5, 30.0, 5)
    for kwargs in ({"attempts": 0}, {"rate_limit_attempts": 0}, {"base_delay": -1.0}, {"max_delay": float("inf")}):
        with pytest.raises(ValueError):
            RetryPolicy(**kwargs)


@pytest.mark.parametrize(
    ("value", "expected"),
    [("120", 120.0), (" 3 ", 3.0), ("1.5", 1.5), ("0", 0.0), (None, None), ("", None), ("soon", None), ("-1", None)],
)
def test_parse_retry_after_seconds(value: str | None, expected: float | None) -> None:
    assert parse_retry_after(value) == expected


def test_parse_retry_after_http_date() -> None:
    now = 1_700_000_000.0
    assert parse_retry_after(formatdate(now + 30, usegmt=True), now=now) == pytest.approx(30.0)
    assert parse_retry_after(formatdate(now - 30, usegmt=True), now=now) == 0.0
    assert parse_retry_after("Wed, 99 Foo 2015 07:28:00 GMT", now=now) is None
