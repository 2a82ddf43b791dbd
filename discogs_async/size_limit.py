"""The innermost transport: it starts each attempt's clock (`deadline.AttemptClock`), and limits the decoded size
of each body.

It sits below the rate governor, so an attempt's clock starts when the request is handed to the network, not while
it waits for the rate budget. It decodes gzip and deflate bodies itself, counting the decoded bytes against the
limit (a small compressed answer cannot inflate past it), and hands httpx the decoded body.
"""

from __future__ import annotations

import zlib
from collections.abc import AsyncIterator

import httpx

from .deadline import start_attempt
from .errors import UnexpectedResponse, redact_url

__all__ = ["BodyTooLarge", "SizeLimitedTransport"]

PREVIEW = 64 * 1024
"""How much of an oversized body is kept as the error's raw text."""

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
    """A response body, decoded, that raises BodyTooLarge as soon as it is more than `limit` bytes."""

    def __init__(
        self, inner: httpx.AsyncByteStream, request: httpx.Request, status: int, limit: int, declared: int | None
    ) -> None:
        self._inner, self._request, self._status, self._limit, self._declared = inner, request, status, limit, declared
        self.layers: list[_Inflate] = []
        self._preview, self._total = bytearray(), 0

    async def __aiter__(self) -> AsyncIterator[bytes]:
        if self._declared is not None and self._declared > self._limit:
            raise BodyTooLarge(self._request, self._status, self._limit, b"", self._declared)
        layers = self.layers
        async for raw in self._inner:
            if chunk := self._count(self._decode(raw, final=False) if layers else raw):
                yield chunk
        if layers and (chunk := self._count(self._decode(b"", final=True))):
            yield chunk

    def _count(self, chunk: bytes) -> bytes:
        """`chunk`, counted; BodyTooLarge once the body is over the limit."""
        self._total += len(chunk)
        if len(self._preview) < PREVIEW:
            self._preview += chunk[: PREVIEW - len(self._preview)]
        if self._total > self._limit:
            raise BodyTooLarge(self._request, self._status, self._limit, bytes(self._preview), None)
        return chunk

    def _decode(self, data: bytes, *, final: bool) -> bytes:
        room = self._limit - self._total
        try:
            for layer in self.layers:
                data = layer.feed(data, room) + (layer.flush(room) if final else b"")
        except zlib.error as exc:
            raise httpx.DecodingError(f"the body does not decode ({exc})", request=self._request) from None
        return data

    async def aclose(self) -> None:
        await self._inner.aclose()


class SizeLimitedTransport(httpx.AsyncBaseTransport):
    """Passes requests to `inner`, starting each one's `AttemptClock` (if it has one) and bounding each decoded body
    by `limit` bytes."""

    def __init__(self, inner: httpx.AsyncBaseTransport, limit: int) -> None:
        self._inner, self._limit = inner, limit
        # httpx's own transport reads no more of a body than its Content-Length (h11 frames it): such a body, not
        # encoded and declared within the limit, needs no counting.
        self._framed = type(inner) is httpx.AsyncHTTPTransport

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        start_attempt(request)
        response = await self._inner.handle_async_request(request)
        body = response.stream
        if not isinstance(body, httpx.AsyncByteStream):  # pragma: no cover - async transports stream
            return response
        headers = response.headers
        length = headers.get("content-length", "").strip()
        declared = int(length) if length.isdigit() else None
        encoding = headers.get("content-encoding")
        if self._framed and not encoding and declared is not None and declared <= self._limit:
            return response
        if isinstance(body, httpx.ByteStream):  # made with content= (a mock): httpx has read it already
            response = httpx.Response(
                response.status_code, headers=headers, stream=body, extensions=response.extensions
            )
        stream = response.stream = _LimitedStream(body, request, response.status_code, self._limit, declared)
        if encoding:
            encodings = [e.strip().lower() for e in encoding.split(",") if e.strip()]
            # Decoded here, counted decoded. An encoding not decoded here (the client asks for gzip and deflate
            # only) leaves the body as it came, so that it fails to parse rather than inflate unseen.
            if all(e in _DECODED for e in encodings):
                stream.layers = [_Inflate(e) for e in reversed(encodings) if e != "identity"]
            del response.headers["content-encoding"]
            if stream.layers:
                response.headers.pop("content-length", None)  # the encoded length: httpx gets the decoded body
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()
