"""The innermost transport: each attempt's deadline, and a size limit on the decoded body.

It sits below the rate governor, so an attempt's clock starts when the request is handed to the network, not while
it waits for the rate budget. It decodes gzip and deflate bodies itself, counting the decoded bytes against the
limit (a small compressed answer cannot inflate past it), and hands httpx the decoded body.
"""

from __future__ import annotations

import asyncio
import zlib
from collections.abc import AsyncIterator

import httpx

from .errors import UnexpectedResponse, redact_url

__all__ = ["ATTEMPT_TIMEOUT", "BodyTooLarge", "SizeLimitedTransport"]

PREVIEW = 64 * 1024
"""How much of an oversized body is kept as the error's raw text."""

ATTEMPT_TIMEOUT = "discogs_async.attempt_timeout"
"""The request extension giving this attempt's deadline in seconds, from sending to the last byte (None: none)."""

_DECODED = frozenset({"gzip", "x-gzip", "deflate", "identity"})


class BodyTooLarge(Exception):
    """A response body over the client's `max_body_size`, raised while reading it (turned into UnexpectedResponse)."""

    def __init__(self, request: httpx.Request, status: int, limit: int, preview: bytes, declared: int | None) -> None:
        self.request, self.status, self.limit, self.preview, self.declared = request, status, limit, preview, declared
        super().__init__(f"response body over {limit} bytes")

    def error(self) -> UnexpectedResponse:
        """The UnexpectedResponse to raise, with what was read of the body (up to 64 KiB) as its raw text."""
        method, url = self.request.method, redact_url(self.request.url)
        size = f"declares {self.declared} bytes" if self.declared is not None else "goes on"
        return UnexpectedResponse(
            f"the {self.status} answer to {method} {url} {size}, more than the {self.limit} bytes allowed "
            "(max_body_size, counted decoded); it was not read further",
            status=self.status,
            method=method,
            url=url,
            body=self.preview.decode("utf-8", errors="replace"),
        )


class _Inflate:
    """One gzip or deflate layer, decoding at most `room` bytes at a time (so a bomb never inflates in memory)."""

    def __init__(self, encoding: str) -> None:
        self._deflate = encoding == "deflate"
        self._decoder = zlib.decompressobj(zlib.MAX_WBITS | (0 if self._deflate else 16))
        self._started = False

    def feed(self, data: bytes, room: int) -> bytes:
        """Decode `data`, returning at most `room + 1` bytes (more than `room` means the body is too large)."""
        try:
            out = self._decoder.decompress(data, room + 1)
        except zlib.error:
            if not (self._deflate and not self._started):
                raise
            self._decoder = zlib.decompressobj(-zlib.MAX_WBITS)  # raw deflate, as some servers send it
            out = self._decoder.decompress(data, room + 1)
        self._started = True
        return out

    def flush(self, room: int) -> bytes:
        """What is left once the body ended (at most `room + 1` bytes)."""
        return self._decoder.flush()[: room + 1]


class _LimitedStream(httpx.AsyncByteStream):
    """A response body, decoded, that raises BodyTooLarge as soon as it is more than `limit` bytes, and
    httpx.ReadTimeout when it is not complete by `deadline` (event loop time, or None)."""

    def __init__(
        self,
        inner: httpx.AsyncByteStream,
        request: httpx.Request,
        response: httpx.Response,
        limit: int,
        layers: list[_Inflate],
        deadline: float | None,
    ) -> None:
        self._inner, self._request, self._status, self._limit = inner, request, response.status_code, limit
        self._layers, self._deadline = layers, deadline
        length = response.headers.get("content-length", "").strip()
        self._declared = int(length) if length.isdigit() else None

    async def __aiter__(self) -> AsyncIterator[bytes]:
        if self._declared is not None and self._declared > self._limit:
            raise BodyTooLarge(self._request, self._status, self._limit, b"", self._declared)
        preview, total = bytearray(), 0
        chunks = aiter(self._inner)
        loop, deadline = asyncio.get_running_loop(), self._deadline
        read = (self._request.extensions.get("timeout") or {}).get("read")
        while True:
            try:
                # httpx bounds each read; the deadline's timer is needed only once it is nearer than a read's bound
                if deadline is not None and (read is None or deadline - loop.time() < read):
                    async with asyncio.timeout_at(deadline):
                        raw = await anext(chunks)
                else:
                    raw = await anext(chunks)
            except StopAsyncIteration:
                chunk = self._decode(b"", total, final=True)
                ended = True
            except TimeoutError:
                raise _late(self._request) from None
            else:
                chunk, ended = self._decode(raw, total, final=False), False
            total += len(chunk)
            if len(preview) < PREVIEW:
                preview += chunk[: PREVIEW - len(preview)]
            if total > self._limit:
                raise BodyTooLarge(self._request, self._status, self._limit, bytes(preview), None)
            if chunk:
                yield chunk
            if ended:
                return

    def _decode(self, data: bytes, total: int, *, final: bool) -> bytes:
        room = self._limit - total
        try:
            for layer in self._layers:
                data = layer.feed(data, room) + (layer.flush(room) if final else b"")
        except zlib.error as exc:
            raise httpx.DecodingError(f"the body does not decode ({exc})", request=self._request) from None
        return data

    async def aclose(self) -> None:
        await self._inner.aclose()


def _late(request: httpx.Request) -> httpx.ReadTimeout:
    timeout = request.extensions.get(ATTEMPT_TIMEOUT)
    return httpx.ReadTimeout(f"no complete answer within {timeout} s (attempt_timeout)", request=request)


class SizeLimitedTransport(httpx.AsyncBaseTransport):
    """Passes requests to `inner`; bounds each attempt by its deadline and each decoded body by `limit` bytes.

    The deadline (seconds from sending to the last byte) is the request's `ATTEMPT_TIMEOUT` extension, else
    `attempt_timeout`; past it the attempt raises httpx.ReadTimeout.
    """

    def __init__(self, inner: httpx.AsyncBaseTransport, limit: int, attempt_timeout: float | None = None) -> None:
        self._inner, self._limit, self._attempt_timeout = inner, limit, attempt_timeout

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        timeout = request.extensions.get(ATTEMPT_TIMEOUT, self._attempt_timeout)
        deadline = None if timeout is None else asyncio.get_running_loop().time() + timeout
        try:
            async with asyncio.timeout_at(deadline):
                response = await self._inner.handle_async_request(request)
        except TimeoutError:
            raise _late(request) from None
        if not isinstance(response.stream, httpx.AsyncByteStream):  # pragma: no cover - async transports stream
            return response
        encodings = [e.strip().lower() for e in response.headers.get("content-encoding", "").split(",") if e.strip()]
        # Decoded here, counted decoded. An encoding not decoded here (the client asks for gzip and deflate only)
        # leaves the body as it came, so that it fails to parse rather than inflate unseen.
        known = all(e in _DECODED for e in encodings)
        layers = [_Inflate(e) for e in reversed(encodings) if e != "identity"] if known else []
        dropped = {"content-encoding", "content-length"} if layers else {"content-encoding"}
        headers = response.headers
        if encodings:
            headers = httpx.Headers([(k, v) for k, v in response.headers.multi_items() if k.lower() not in dropped])
        return httpx.Response(
            status_code=response.status_code,
            headers=headers,
            stream=_LimitedStream(response.stream, request, response, self._limit, layers, deadline),
            extensions=response.extensions,
        )

    async def aclose(self) -> None:
        await self._inner.aclose()
