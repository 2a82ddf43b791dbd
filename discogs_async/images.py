"""Image downloads: the signed, fully qualified image URLs that responses carry, fetched from the image host.

The image host is not the API host, and image requests are rate limited too, so downloads go through an httpx
client of their own: no auth at all (the API credentials never reach the image host; the URL's signature is what
it checks), a governor of its own (`DEFAULT_IMAGE_LIMIT` per `DEFAULT_IMAGE_WINDOW`, a conservative guess: the
documentation gives no figure), and the same retry rules as API calls (`RetryPolicy`). A body is counted as it is
read (decoded bytes) and refused past `max_size`; a file is written to a temporary name and renamed once complete,
so a file under its final name is always whole.

async with ImageDownloader("MyApp/1.0") as images:
    data = await images.download(url)                       # bytes
    path = await images.download(url, "cover.jpeg")         # streamed to a file
"""

from __future__ import annotations

import asyncio
import logging
import os
import weakref
from pathlib import Path
from types import TracebackType
from typing import IO, Self, overload

import httpx

from .errors import DiscogsError, NetworkError, UnexpectedResponse, error_from_response, redact_url
from .governor import GovernedTransport, Governor, RateGovernor
from .retry import RetryPolicy, parse_retry_after

__all__ = [
    "DEFAULT_IMAGE_LIMIT",
    "DEFAULT_IMAGE_MAX_SIZE",
    "DEFAULT_IMAGE_WINDOW",
    "ImageDownloader",
    "image_governor",
    "shared_image_governor",
]

DEFAULT_IMAGE_LIMIT = 30
"""Image requests per `DEFAULT_IMAGE_WINDOW`: half the API's authenticated rate."""
DEFAULT_IMAGE_WINDOW = 60.0
DEFAULT_IMAGE_MAX_SIZE = 32 * 1024 * 1024
"""The largest image read, in bytes."""
_ERROR_BODY = 64 * 1024  # what is kept of an error answer's body

log = logging.getLogger("discogs_async.images")


def image_governor(limit: int = DEFAULT_IMAGE_LIMIT, window: float = DEFAULT_IMAGE_WINDOW) -> Governor:
    """A governor for the image host: `limit` requests per `window` seconds, evenly spaced."""
    return Governor(limit=limit, window=window)


_GOVERNORS: weakref.WeakKeyDictionary[object, Governor] = weakref.WeakKeyDictionary()


def shared_image_governor(owner: object) -> Governor:
    """The default image governor of `owner` (a client and its views share one), made on first use."""
    governor = _GOVERNORS.get(owner)
    if governor is None:
        governor = _GOVERNORS[owner] = image_governor()
    return governor


class ImageDownloader:
    """Downloads images through its own connection pool, governor and retries, never with the API's credentials."""

    def __init__(
        self,
        user_agent: str,
        *,
        governor: RateGovernor | None = None,
        retry: RetryPolicy | None = None,
        timeout: float | httpx.Timeout = 30.0,
        max_size: int = DEFAULT_IMAGE_MAX_SIZE,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        """`governor` defaults to `image_governor()`; `transport` replaces the network (a mock in tests)."""
        if not isinstance(user_agent, str) or not user_agent.strip():
            raise ValueError("user_agent must name your application, e.g. 'MyApp/1.0 +https://example.org'")
        _check_size(max_size)
        self.governor: RateGovernor = governor if governor is not None else image_governor()
        self.retry = retry or RetryPolicy()
        self.max_size = max_size
        self._http = httpx.AsyncClient(
            auth=None,
            headers={"User-Agent": user_agent},
            timeout=timeout,
            transport=GovernedTransport(transport or httpx.AsyncHTTPTransport(), self.governor),
            trust_env=False,  # no ~/.netrc credentials, no proxy settings from the environment
            follow_redirects=False,
        )

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the connection pool."""
        await self._http.aclose()

    @overload
    async def download(self, url: str, dest: None = None, *, max_size: int | None = None) -> bytes: ...

    @overload
    async def download(self, url: str, dest: str | os.PathLike[str], *, max_size: int | None = None) -> Path: ...

    async def download(
        self, url: str, dest: str | os.PathLike[str] | None = None, *, max_size: int | None = None
    ) -> bytes | Path:
        """Fetch one image: its bytes, or streamed into `dest` (returned as a Path) through a temporary file.

        Raises a `DiscogsError`: `UnexpectedResponse` past `max_size`, `NotFoundError` and the like for an error
        answer, `NetworkError` when the connection failed every attempt.
        """
        limit = self.max_size if max_size is None else max_size
        _check_size(limit)
        target = httpx.URL(url)
        if target.scheme not in ("http", "https") or not target.host:
            raise ValueError(f"url must be an absolute http(s) image URL, not {redact_url(url)!r}")
        attempt = 0
        while True:
            attempt += 1
            try:
                return await self._once(target, None if dest is None else Path(dest), limit)
            except _Retry as retry:
                if not self.retry.retryable("GET", status=retry.status, attempt=attempt):
                    raise retry.error from None
                if retry.status != 429:  # after a 429 the governor holds every request back itself
                    await asyncio.sleep(self.retry.delay(attempt, retry_after=retry.retry_after))
            except httpx.TransportError as exc:
                if not self.retry.retryable("GET", error=exc, attempt=attempt):
                    raise NetworkError(
                        f"{type(exc).__name__} after {attempt} attempt(s): {exc} (GET {redact_url(target)})",
                        method="GET",
                        url=redact_url(target),
                    ) from exc
                await asyncio.sleep(self.retry.delay(attempt))
            log.debug("retrying GET %s (attempt %d)", redact_url(target), attempt)

    async def _once(self, url: httpx.URL, dest: Path | None, limit: int) -> bytes | Path:
        async with self._http.stream("GET", url) as response:
            if response.status_code != 200:
                body = b""
                async for chunk in response.aiter_bytes():
                    body += chunk[: _ERROR_BODY - len(body)]
                    if len(body) >= _ERROR_BODY:
                        break
                answer = httpx.Response(
                    response.status_code, headers=response.headers, content=body, request=response.request
                )
                raise _Retry(error_from_response(answer), response.status_code, response.headers.get("retry-after"))
            declared = response.headers.get("content-length")
            if declared is not None and declared.isdigit() and int(declared) > limit:
                raise _too_large(response, limit)
            if dest is None:
                data = bytearray()
                async for chunk in response.aiter_bytes():
                    data += chunk
                    if len(data) > limit:
                        raise _too_large(response, limit)
                return bytes(data)
            dest.parent.mkdir(parents=True, exist_ok=True)
            temporary = dest.with_name(f".{dest.name}.part")
            try:
                with temporary.open("wb") as handle:
                    await _copy(response, handle, limit)
                os.replace(temporary, dest)
            finally:
                temporary.unlink(missing_ok=True)
            return dest


async def _copy(response: httpx.Response, handle: IO[bytes], limit: int) -> None:
    size = 0
    async for chunk in response.aiter_bytes():
        size += len(chunk)
        if size > limit:
            raise _too_large(response, limit)
        handle.write(chunk)


class _Retry(Exception):
    """An error answer, with what the retry decision needs."""

    def __init__(self, error: DiscogsError, status: int, retry_after: str | None) -> None:
        super().__init__(str(error))
        self.error = error
        self.status = status
        self.retry_after = parse_retry_after(retry_after)


def _too_large(response: httpx.Response, limit: int) -> UnexpectedResponse:
    url = redact_url(response.request.url)
    return UnexpectedResponse(
        f"the image at {url} is larger than max_size ({limit} bytes); not read further",
        status=response.status_code,
        method="GET",
        url=url,
    )


def _check_size(value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"max_size must be a positive number of bytes, not {value!r}")
