"""A transport that stops reading any response body that grows past a size limit."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx

from .errors import UnexpectedResponse, redact_url

__all__ = ["BodyTooLarge", "SizeLimitedTransport"]

PREVIEW = 64 * 1024
"""How much of an oversized body is kept as the error's raw text."""


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
            "(max_body_size); it was not read further",
            status=self.status,
            method=method,
            url=url,
            body=self.preview.decode("utf-8", errors="replace"),
        )


class _LimitedStream(httpx.AsyncByteStream):
    """A response body that raises BodyTooLarge as soon as it declares or delivers more than `limit` bytes."""

    def __init__(self, inner: httpx.AsyncByteStream, request: httpx.Request, response: httpx.Response, limit: int):
        self._inner, self._request, self._status, self._limit = inner, request, response.status_code, limit
        length = response.headers.get("content-length", "").strip()
        self._declared = int(length) if length.isdigit() else None

    async def __aiter__(self) -> AsyncIterator[bytes]:
        if self._declared is not None and self._declared > self._limit:
            raise BodyTooLarge(self._request, self._status, self._limit, b"", self._declared)
        preview, total = bytearray(), 0
        async for chunk in self._inner:
            total += len(chunk)
            if len(preview) < PREVIEW:
                preview += chunk[: PREVIEW - len(preview)]
            if total > self._limit:
                raise BodyTooLarge(self._request, self._status, self._limit, bytes(preview), None)
            yield chunk

    async def aclose(self) -> None:
        await self._inner.aclose()


class SizeLimitedTransport(httpx.AsyncBaseTransport):
    """Passes requests to `inner`, and stops reading any response body that grows past `limit` bytes."""

    def __init__(self, inner: httpx.AsyncBaseTransport, limit: int) -> None:
        self._inner, self._limit = inner, limit

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self._inner.handle_async_request(request)
        if not isinstance(response.stream, httpx.AsyncByteStream):  # pragma: no cover - async transports stream
            return response
        return httpx.Response(
            status_code=response.status_code,
            headers=response.headers,
            stream=_LimitedStream(response.stream, request, response, self._limit),
            extensions=response.extensions,
        )

    async def aclose(self) -> None:
        await self._inner.aclose()
