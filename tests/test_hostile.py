"""Hostile answers and misuse (issue 12's defects): time, memory and side effects stay bounded, errors stay typed."""

from __future__ import annotations

import asyncio
import gzip
import io
import json
import time
import tracemalloc
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from discogs_async import (
    CallTimeoutError,
    ClientClosedError,
    Discogs,
    DiscogsError,
    Governor,
    InvalidArgument,
    NetworkError,
    NotFoundError,
    OAuthToken,
    RetryPolicy,
    UnexpectedResponse,
    UserToken,
)

BASE = "https://api.discogs.com"
UA = "Hostile/1.0 +https://example.org"
FAST = RetryPolicy(attempts=3, base_delay=0, max_delay=0, rate_limit_attempts=3)
RELEASE = {"id": 1, "title": "T"}


class Recording(httpx.AsyncBaseTransport):
    """Answers each request with the next of `answers` (a Response, an exception, or a callable of the request)."""

    def __init__(self, *answers: Any) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []
        self.bodies: list[bytes] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        self.bodies.append(await request.aread())
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if callable(answer) and not isinstance(answer, httpx.Response):
            answer = answer(request)
        if isinstance(answer, BaseException):
            raise answer
        assert isinstance(answer, httpx.Response)
        return answer


def make(transport: httpx.AsyncBaseTransport, **options: Any) -> Discogs:
    options.setdefault("retry", FAST)
    options.setdefault("governor", Governor(10_000, window=1.0))
    return Discogs(UA, auth=UserToken("tok-SECRET-1"), transport=transport, **options)


# ---------------------------------------------------------------------------------------------- 1. gzip bomb


async def test_a_gzip_bomb_is_refused_by_its_decoded_size_without_inflating() -> None:
    inflated = b'{"id": 1, "title": "' + b"a" * 300_000_000 + b'"}'
    bomb = gzip.compress(inflated, compresslevel=9)
    del inflated
    assert len(bomb) < 1_000_000  # under the limit as sent
    transport = Recording(httpx.Response(200, content=bomb, headers={"content-encoding": "gzip"}))
    tracemalloc.start()
    try:
        async with make(transport, max_body_size=1_000_000) as discogs:
            with pytest.raises(UnexpectedResponse, match="max_body_size") as caught:
                await discogs.get_release(1)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 100_000_000, f"{peak / 1e6:.0f} MB traced"
    assert caught.value.status == 200 and caught.value.body.startswith('{"id": 1, "title": "aaa')


async def test_a_gzip_body_under_the_limit_is_decoded_once() -> None:
    body = gzip.compress(json.dumps(RELEASE).encode())
    transport = Recording(httpx.Response(200, content=body, headers={"content-encoding": "gzip"}))
    async with make(transport, max_body_size=1_000) as discogs:
        release = await discogs.get_release(1)
    assert release.title == "T"
    assert transport.requests[0].headers["accept-encoding"] == "gzip, deflate"


async def test_an_encoding_not_asked_for_is_not_inflated_unseen() -> None:
    transport = Recording(httpx.Response(200, content=b"\x1b\x00junk", headers={"content-encoding": "br"}))
    async with make(transport) as discogs:
        with pytest.raises(UnexpectedResponse):
            await discogs.get_release(1)


async def _raw_server(answer: bytes) -> tuple[asyncio.Server, str]:
    """A loopback HTTP server that answers every request with the bytes `answer`, as they are."""

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.write(answer)
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    return server, f"http://127.0.0.1:{port}"


def _answer(body: bytes, *headers: str) -> bytes:
    head = "\r\n".join(["HTTP/1.1 200 OK", "Content-Type: application/json", *headers, "", ""]).encode()
    return head + body


@pytest.mark.parametrize(
    ("answer", "limit", "expected"),
    [
        (_answer(json.dumps(RELEASE).encode(), f"Content-Length: {len(json.dumps(RELEASE))}"), 100, "parsed"),
        (_answer(b'{"id": 1, "title": "' + b"a" * 5000 + b'"}', "Content-Length: 5021"), 1000, "declares 5021"),
        (_answer(b"1388\r\n" + b"a" * 5000 + b"\r\n0\r\n\r\n", "Transfer-Encoding: chunked"), 1000, "goes on"),
        (_answer(b'{"id": 1, "title": "T"}' + b" " * 5000, "Connection: close"), 1000, "goes on"),
    ],
    ids=["declared, within", "declared, over", "chunked, over", "until close, over"],
)
async def test_the_size_limit_holds_over_a_real_connection(answer: bytes, limit: int, expected: str) -> None:
    server, url = await _raw_server(answer)
    async with server, Discogs(UA, base_url=url, max_body_size=limit, retry=FAST) as discogs:
        if expected == "parsed":
            assert (await discogs.get_release(1)).title == "T"
        else:
            with pytest.raises(UnexpectedResponse, match=expected) as caught:
                await discogs.get_release(1)
            assert "max_body_size" in str(caught.value) and len(caught.value.body or "") <= 64 * 1024


async def test_a_body_longer_than_its_content_length_is_not_read_past_it() -> None:
    """httpx's transport reads what Content-Length declares and no more: the rest never reaches the parser."""
    body = json.dumps(RELEASE).encode()
    server, url = await _raw_server(_answer(body + b"x" * 100_000, f"Content-Length: {len(body)}"))
    async with server, Discogs(UA, base_url=url, max_body_size=len(body), retry=FAST) as discogs:
        assert (await discogs.get_release(1)).title == "T"


# ---------------------------------------------------------------------------------------------- 2. deep JSON

DEEP = b"[" * 1500 + b"]" * 1500


@pytest.mark.parametrize("status", [200, 404, 503])
async def test_deeply_nested_json_is_a_typed_error(status: int) -> None:
    transport = Recording(httpx.Response(status, content=DEEP, headers={"content-type": "application/json"}))
    async with make(transport) as discogs:
        with pytest.raises(DiscogsError) as caught:
            await discogs.get_release(1)
    assert caught.value.status == status
    if status == 200:
        assert isinstance(caught.value, UnexpectedResponse) and "RecursionError" in str(caught.value)


# ---------------------------------------------------------------------------------------------- 3. slow drip


class Drip(httpx.AsyncByteStream):
    """A body trickling one byte every `every` seconds, for ever."""

    def __init__(self, every: float) -> None:
        self.every = every

    async def __aiter__(self) -> AsyncIterator[bytes]:
        while True:
            await asyncio.sleep(self.every)
            yield b" "


def drip(_request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, stream=Drip(0.2), headers={"content-type": "application/json"})


async def test_a_trickling_server_ends_each_attempt_at_its_deadline() -> None:
    transport = Recording(drip)
    started = time.monotonic()
    async with make(transport, timeout=1.0, retry=RetryPolicy(attempts=2, base_delay=0, max_delay=0)) as discogs:
        with pytest.raises(NetworkError, match="attempt_timeout") as caught:
            await discogs.get_release(1)
    elapsed = time.monotonic() - started
    assert len(transport.requests) == 2  # each attempt cut at 1 s, then retried once
    assert 1.9 < elapsed < 6, elapsed
    assert not caught.value.may_have_taken_effect  # a GET only reads


async def test_a_byte_every_200_ms_ends_a_timeout_2_call_within_20_s_with_the_default_retries() -> None:
    transport = Recording(drip)
    started = time.monotonic()
    async with make(transport, timeout=2, retry=RetryPolicy(jitter=lambda: 0.999)) as discogs:  # the longest pauses
        with pytest.raises(NetworkError):
            await discogs.get_release(1)
    elapsed = time.monotonic() - started
    assert len(transport.requests) == RetryPolicy().attempts
    assert elapsed < 20, elapsed


async def test_the_call_timeout_bounds_retries_and_governor_waits() -> None:
    transport = Recording(drip)
    started = time.monotonic()
    policy = RetryPolicy(attempts=100, base_delay=0, max_delay=0)
    async with make(transport, timeout=0.3, call_timeout=1.0, retry=policy) as discogs:
        with pytest.raises(CallTimeoutError, match="call_timeout"):
            await discogs.get_release(1)
        # the governor's wait counts too: a budget that frees in a minute exceeds a 0.5 s call
        slow = Discogs(UA, transport=transport, governor=Governor(1, window=60.0, reserve=0), call_timeout=0.5)
        transport.answers = [httpx.Response(200, json=RELEASE)]
        await slow.get_release(1)
        with pytest.raises(CallTimeoutError) as caught:
            await slow.get_release(2)
        await slow.aclose()
    assert time.monotonic() - started < 5
    assert not caught.value.may_have_taken_effect  # a GET only reads


async def test_with_timeout_keeps_the_call_timeout_unless_given() -> None:
    transport = Recording(drip)
    policy = RetryPolicy(attempts=100, base_delay=0, max_delay=0)
    async with make(transport, timeout=0.2, call_timeout=0.6, retry=policy) as discogs:
        started = time.monotonic()
        with pytest.raises(CallTimeoutError, match=r"0\.6 s"):
            await discogs.with_timeout(0.2).get_release(1)  # the client's 0.6 s bound, not the 600 s default
        assert time.monotonic() - started < 2
        with pytest.raises(CallTimeoutError, match=r"0\.3 s"):
            await discogs.with_timeout(0.2, call_timeout=0.3).get_release(1)
        with pytest.raises(ValueError, match="call_timeout"):
            discogs.with_timeout(1, call_timeout=-1)


@pytest.mark.parametrize("value", ["abc", -1, 0, True, float("nan")])
def test_a_bad_timeout_is_refused_naming_it(value: Any) -> None:
    with pytest.raises(ValueError, match=r"^timeout must be a positive number of seconds or None"):
        Discogs(UA, timeout=value)
    with pytest.raises(ValueError, match=r"^timeout must be"):
        Discogs(UA).with_timeout(value)


def test_time_bounds_are_checked_when_the_client_is_made() -> None:
    with pytest.raises(ValueError, match="call_timeout"):
        Discogs(UA, call_timeout=0)
    with pytest.raises(ValueError, match="attempt_timeout"):
        Discogs(UA, attempt_timeout=-1.0)


# ---------------------------------------------------------------------------------------------- 4, 5. close


async def test_closing_with_ten_calls_queued_sends_none_of_them_later() -> None:
    transport = Recording(httpx.Response(200, json=RELEASE))
    discogs = make(transport, governor=Governor(1, window=60.0, reserve=0))
    await discogs.get_release(100)  # spends the budget: the next ten wait in the governor
    calls = [asyncio.create_task(discogs.get_release(i)) for i in range(1, 11)]
    await asyncio.sleep(0.1)
    started = time.monotonic()
    await discogs.aclose()
    sent = len(transport.requests)
    results = await asyncio.wait_for(asyncio.gather(*calls, return_exceptions=True), timeout=1.0)
    assert time.monotonic() - started < 1.0
    assert all(isinstance(result, ClientClosedError) for result in results), results
    await asyncio.sleep(0.3)
    assert len(transport.requests) == sent == 1  # nothing sent after aclose()
    with pytest.raises(ClientClosedError):
        await discogs.get_release(99)
    assert len(transport.requests) == 1


async def test_views_of_a_closed_client_refuse_too() -> None:
    transport = Recording(httpx.Response(200, json=RELEASE))
    discogs = make(transport)
    view = discogs.as_user(UserToken("other-SECRET"))
    timed = discogs.with_timeout(5)
    await view.get_release(1)
    await discogs.aclose()
    for client in (view, timed, view.as_user(None)):
        assert client.is_closed
        with pytest.raises(ClientClosedError):
            await client.get_release(1)
    assert len(transport.requests) == 1


# ---------------------------------------------------------------------------------------------- 6. upload bodies


class Pipe(io.RawIOBase):
    """A file that can be read once, from the start, and not sought (a pipe, a socket)."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return False

    def readinto(self, buffer: Any) -> int:
        size = min(len(buffer), len(self.data))
        buffer[:size], self.data = self.data[:size], self.data[size:]
        return size


async def test_an_upload_retried_after_a_429_sends_the_same_body() -> None:
    csv = b"release_id,price,media_condition\n1,9.99,Mint (M)\n"
    transport = Recording(httpx.Response(429), httpx.Response(200))
    async with make(transport) as discogs:
        await discogs.add_inventory(upload=Pipe(csv))  # type: ignore[arg-type]
    assert len(transport.bodies) == 2
    assert transport.bodies[0] == transport.bodies[1]
    assert csv in transport.bodies[1]


# ---------------------------------------------------------------------------------------------- 9, 10. secrets


async def test_an_unexpected_answer_of_the_token_endpoint_keeps_its_tokens_out_of_the_error() -> None:
    body = "oauth_token=TOKEN-abc&oauth_token_secret=SECRET-def"
    for status in (201, 400):
        transport = Recording(httpx.Response(status, text=body))
        async with make(transport) as discogs:
            with pytest.raises(DiscogsError) as caught:
                await discogs.oauth_access_token("ck", "cs-SECRET", OAuthToken("rt", "rs-SECRET"), "verifier")
        shown = str(caught.value) + repr(caught.value) + caught.value.body + repr(caught.value.args)
        assert "TOKEN-abc" not in shown and "SECRET-def" not in shown, shown
        assert caught.value.status == status


async def test_token_shaped_fields_are_redacted_in_any_body_preview() -> None:
    transport = Recording(httpx.Response(418, text='{"error": "x", "token": "tok-LEAK", "consumer_secret": "cs-LEAK"}'))
    async with make(transport) as discogs:
        with pytest.raises(DiscogsError) as caught:
            await discogs.get_release(1)
    shown = str(caught.value) + repr(caught.value)
    assert "LEAK" not in shown and '"token": ***' in shown
    assert "tok-LEAK" in caught.value.body  # the raw body stays for the caller to inspect


def test_a_password_in_base_url_is_not_in_the_repr() -> None:
    discogs = Discogs(UA, base_url="https://user:hunter2-SECRET@api.discogs.com")
    assert "hunter2" not in repr(discogs)
    with pytest.raises(ValueError) as caught:
        Discogs(UA, base_url="ftp://user:hunter2-SECRET@api.discogs.com")
    assert "hunter2" not in str(caught.value)


# ---------------------------------------------------------------------------------------------- 11. may have acted


async def test_a_delete_whose_first_answer_was_lost_says_the_404_may_mean_done() -> None:
    transport = Recording(httpx.ReadError("connection dropped"), httpx.Response(404, json={"message": "not found"}))
    async with make(transport) as discogs:
        with pytest.raises(NotFoundError) as caught:
            await discogs.delete_listing(7)
    assert len(transport.requests) == 2
    assert caught.value.may_have_taken_effect
    assert "may have applied the request" in str(caught.value)


async def test_a_post_whose_connection_dropped_says_it_may_have_been_applied() -> None:
    transport = Recording(httpx.ReadError("connection dropped"))
    async with make(transport) as discogs:
        with pytest.raises(NetworkError) as caught:
            await discogs.create_collection_folder("user", name="Folder")
    assert len(transport.requests) == 1  # a POST is not retried once sent
    assert caught.value.may_have_taken_effect and "may have taken effect" in str(caught.value)


async def test_a_post_that_never_connected_says_nothing_was_sent() -> None:
    transport = Recording(httpx.ConnectError("refused"))
    async with make(transport) as discogs:
        with pytest.raises(NetworkError) as caught:
            await discogs.create_collection_folder("user", name="Folder")
    assert not caught.value.may_have_taken_effect and "nothing was sent" in str(caught.value)


# ---------------------------------------------------------------------------------------------- 12. one hierarchy


async def test_invalid_argument_is_a_discogs_error() -> None:
    async with make(Recording(httpx.Response(200, json=RELEASE))) as discogs:
        with pytest.raises(DiscogsError) as caught:
            await discogs.get_release(0)
    assert isinstance(caught.value, InvalidArgument) and isinstance(caught.value, ValueError)
