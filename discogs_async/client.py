"""`Discogs`: one async client, one funnel for every request, views that sign as other users."""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import AsyncGenerator
from contextlib import aclosing
from http import HTTPStatus
from pathlib import Path
from types import EllipsisType, TracebackType
from typing import TYPE_CHECKING, Any, Self, TypeVar, overload

import attrs
import httpx

from ._extras import require
from ._generated import errors as generated
from ._generated.api import Operations
from ._generated.types import BoundPaginatedOperation, Endpoint, Response
from .auth import AccessTokenAuth, HostGuard, OAuth1, OAuthToken, RequestTokenAuth, parse_token_response, require_auth
from .deadline import ATTEMPT_CLOCK, AttemptClock
from .errors import (
    CallTimeoutError,
    ClientClosedError,
    DiscogsError,
    NetworkError,
    UnexpectedResponse,
    error_from_response,
    redact_url,
)
from .governor import GovernedTransport, Governor, RateGovernor
from .images import DEFAULT_IMAGE_MAX_SIZE, ImageDownloader, shared_image_governor
from .pagination import Page, pages, paginate
from .retry import RetryPolicy, parse_retry_after, request_was_sent
from .size_limit import BodyTooLarge, SizeLimitedTransport
from .validation import check_arguments

if TYPE_CHECKING:  # optional extras: imported only when used
    from .cache import HttpCache
    from .redis_governor import RedisGovernor

__all__ = ["DEFAULT_BASE_URL", "DEFAULT_CALL_TIMEOUT", "DEFAULT_MAX_BODY_SIZE", "DEFAULT_TIMEOUT", "Discogs"]

DEFAULT_BASE_URL = "https://api.discogs.com"
DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_BODY_SIZE = 64 * 1024 * 1024
"""The largest response body read, in bytes (decoded); a larger one raises UnexpectedResponse, read no further."""
DEFAULT_CALL_TIMEOUT = 600.0
"""The longest one call may take, in seconds: every attempt, retry pause and wait for the rate budget included."""

_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
"""Methods that only read: the server acts on none of them, whatever became of their answers."""

log = logging.getLogger("discogs_async")
M = TypeVar("M")
I = TypeVar("I")  # noqa: E741 - the item type
T = TypeVar("T")


@attrs.define
class _Calls:
    """The tasks with an attempt in flight on a client and its views, so that closing it refuses them at once."""

    closed: bool = False
    running: set[asyncio.Task[Any]] = attrs.Factory(set)
    cancelled: set[asyncio.Task[Any]] = attrs.Factory(set)  # cancelled by aclose(): theirs is a ClientClosedError
    idle: asyncio.Event | None = None  # set once the last attempt left, after aclose()

    def leave(self, task: asyncio.Task[Any]) -> None:
        self.running.discard(task)
        if self.idle is not None and not self.running:
            self.idle.set()


@attrs.frozen
class _Shared:
    """What every view of one client shares: the governed transport, the governor and the settings."""

    transport: httpx.AsyncBaseTransport  # the governed transport, under the HTTP cache when there is one
    headers: httpx.Headers  # sent with every request (the auth flow adds the credentials)
    governor: RateGovernor
    retry: RetryPolicy
    base_url: httpx.URL
    url_prefix: str  # the base URL as text, without its trailing slash: an operation's path follows it
    user_agent: str
    calls: _Calls
    owned_governor: RedisGovernor | None = None  # made from a URL here, so closed here
    in_process: bool = False  # an httpx.ASGITransport: nothing leaves the process, so plain http is no risk


class Discogs(Operations):
    """An asyncio client for the Discogs API v2, with one method per documented operation.

    Use it as `async with Discogs("MyApp/1.0 +https://example.org", auth=UserToken(token)) as discogs:`.
    Every request goes through one funnel: the arguments checked against the spec, the view's auth (re-signed on
    each attempt), the shared rate governor, bounded retries and deadlines, and typed errors for anything that is
    not a success. Each operation also has `with_raw_response`: `await discogs.get_release.with_raw_response(1)` is
    the whole `Response` (status, headers, parsed body).
    """

    def __init__(
        self,
        user_agent: str,
        *,
        auth: httpx.Auth | None = None,
        base_url: str = DEFAULT_BASE_URL,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        governor: RateGovernor | str | None = None,
        retry: RetryPolicy | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        max_body_size: int = DEFAULT_MAX_BODY_SIZE,
        cache: HttpCache | bool | None = None,
        attempt_timeout: float | None = None,
        call_timeout: float | None = DEFAULT_CALL_TIMEOUT,
    ) -> None:
        """Open a client (no I/O happens until the first request).

        `user_agent` is required: the API refuses requests without one. `governor` may be shared by several
        clients that spend the same rate budget; by default each client has its own, sized for its auth tier.
        `transport` replaces the network (an `httpx.MockTransport` or `httpx.ASGITransport` in tests).
        A `redis://` URL as `governor` shares the budget of `auth`'s credential with every process that uses it
        (`RedisGovernor.for_auth`). `cache=True` (or an `HttpCache`) caches GET answers above the governor (so a hit
        spends no budget), in SQLite, or in the governor's Redis when it has one.

        Time and size bounds: `timeout` is httpx's, for each connect, read, write and pool wait. `attempt_timeout`
        bounds one attempt from sending its request to the last byte of the answer (default: `timeout`, the
        largest of its parts for an `httpx.Timeout`); the rate governor's waits do not count. `call_timeout` bounds
        a whole call: every attempt, retry pause and governor wait (default 600 s; None for no bound); past it the
        call raises `CallTimeoutError`. `with_timeout` gives a view with other values. `max_body_size` bounds what
        one answer may send, in decoded bytes (a larger body raises UnexpectedResponse, read no further).
        """
        auth = require_auth(auth)  # a TypeError naming `auth` now, not an AttributeError at the first request
        if not isinstance(user_agent, str) or not user_agent.strip():
            raise ValueError("user_agent must name your application, e.g. 'MyApp/1.0 +https://example.org'")
        url = httpx.URL(base_url)
        if url.scheme not in ("http", "https") or not url.host:
            raise ValueError(f"base_url must be an absolute http(s) URL, not {redact_url(base_url)!r}")
        if isinstance(max_body_size, bool) or not isinstance(max_body_size, int) or max_body_size < 1:
            raise ValueError(f"max_body_size must be a positive number of bytes, not {max_body_size!r}")
        _check_seconds("attempt_timeout", attempt_timeout)
        _check_seconds("call_timeout", call_timeout)
        owned = None
        if isinstance(governor, str):
            require("redis", "redis")
            from .redis_governor import RedisGovernor

            governor = owned = RedisGovernor.for_auth(governor, auth)
        if governor is None:
            governor = Governor(authenticated=bool(getattr(auth, "authenticated", False)))
        inner = SizeLimitedTransport(transport if transport is not None else httpx.AsyncHTTPTransport(), max_body_size)
        outer: httpx.AsyncBaseTransport = GovernedTransport(inner, governor)
        if cache:
            require("cache", "hishel")
            from .cache import HttpCache

            settings = cache if isinstance(cache, HttpCache) else HttpCache()
            redis = getattr(governor, "redis", None)  # a RedisGovernor's connection: the cache shares it
            outer = settings.transport(outer, redis=redis, base_path=url.path)
        self._shared = _Shared(
            transport=outer,
            # gzip and deflate only: the innermost transport decodes those itself, counting decoded bytes.
            headers=httpx.Headers(
                {
                    "Accept": "*/*",
                    "Accept-Encoding": "gzip, deflate",
                    "Connection": "keep-alive",
                    "User-Agent": user_agent,
                }
            ),
            governor=governor,
            retry=retry or RetryPolicy(),
            base_url=url,
            url_prefix=str(url).rstrip("/"),
            user_agent=user_agent,
            calls=_Calls(),
            owned_governor=owned,
            in_process=isinstance(transport, httpx.ASGITransport),
        )
        self._owner = True
        self._configure(auth, timeout, attempt_timeout, call_timeout)

    def _configure(
        self, auth: httpx.Auth | None, timeout: float | httpx.Timeout, attempt: float | None, call: float | None
    ) -> None:
        """What is a view's own: its auth (guarded to the API host), and its time bounds."""
        shared = self._shared
        if not isinstance(timeout, httpx.Timeout):
            _check_seconds("timeout", timeout)
        self._auth = auth
        self._guard = HostGuard(auth, str(shared.base_url), in_process=shared.in_process)
        self._timeout = httpx.Timeout(timeout)
        self._timeout_extension = self._timeout.as_dict()  # what httpx's transport reads from each request
        if attempt is None:
            known = [float(part) for part in self._timeout_extension.values() if part is not None]
            attempt = max(known) if known else None
        self._attempt_timeout = attempt
        self._call_timeout = call

    def _view(
        self, auth: httpx.Auth | None, timeout: float | httpx.Timeout, attempt: float | None, call: float | None
    ) -> Discogs:
        view = object.__new__(type(self))
        view._shared = self._shared
        view._owner = False
        view._configure(auth, timeout, attempt, call)
        return view

    def as_user(self, auth: httpx.Auth | None) -> Discogs:
        """A light view that signs as another user while sharing the connection pool and the rate governor."""
        return self._view(require_auth(auth), self._timeout, self._attempt_timeout, self._call_timeout)

    def with_timeout(
        self,
        timeout: float | httpx.Timeout,
        *,
        attempt_timeout: float | None = None,
        call_timeout: float | EllipsisType | None = ...,
    ) -> Discogs:
        """A view of this client whose requests use other time bounds (as in `Discogs(...)`); `call_timeout` left out
        (`...`) keeps this view's."""
        _check_seconds("attempt_timeout", attempt_timeout)
        call = self._call_timeout if call_timeout is ... else call_timeout
        _check_seconds("call_timeout", call)
        return self._view(self._auth, timeout, attempt_timeout, call)

    @property
    def governor(self) -> RateGovernor:
        """The rate governor this client (and all its views) spend budget through."""
        return self._shared.governor

    @property
    def base_url(self) -> httpx.URL:
        """The API's base URL; credentials are sent to this host only."""
        return self._shared.base_url

    @property
    def is_closed(self) -> bool:
        """Whether the client (the one this view belongs to) was closed: then every call raises ClientClosedError."""
        return self._shared.calls.closed

    def __repr__(self) -> str:
        return f"Discogs(base_url={redact_url(self._shared.base_url)!r}, auth={self._auth!r})"

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the client: nothing is sent after this returns, and every call still waiting (for the rate budget,
        a connection or an answer) raises ClientClosedError at once, in this client and all its views. Closing a
        view does nothing: it shares its client's pool."""
        if not self._owner:
            return
        calls = self._shared.calls
        if calls.closed:
            return
        calls.closed = True
        if calls.running:  # cancel each attempt where it waits, and let it unwind before the pool closes
            calls.idle = asyncio.Event()
            for task in calls.running:
                calls.cancelled.add(task)
                task.cancel()
            await calls.idle.wait()
        await self._shared.transport.aclose()
        if self._shared.owned_governor is not None:
            await self._shared.owned_governor.aclose()

    async def oauth_request_token(self, consumer_key: str, consumer_secret: str, callback: str) -> OAuthToken:
        """Step 1 of the OAuth flow: a request token; send the user to `authorize_url(token)` next."""
        text = await self.as_user(RequestTokenAuth(consumer_key, consumer_secret, callback)).get_request_token()
        return parse_token_response(text)

    async def oauth_access_token(
        self, consumer_key: str, consumer_secret: str, request_token: OAuthToken, verifier: str
    ) -> OAuth1:
        """Step 3 of the OAuth flow: trade the authorized request token and its verifier for the user's `OAuth1`."""
        auth = AccessTokenAuth(consumer_key, consumer_secret, request_token.token, request_token.secret, verifier)
        access = parse_token_response(await self.as_user(auth).get_access_token())
        return OAuth1.from_token(consumer_key, consumer_secret, access)

    async def _invoke(self, endpoint: Endpoint[T], arguments: dict[str, Any], /) -> Response[T]:
        """The funnel: check the arguments, build the request, send it (retrying what is safe to retry, within the
        attempt and call deadlines), and return the parsed answer or raise its typed error."""
        check_arguments(endpoint, arguments)  # InvalidArgument: nothing is sent
        self._refuse_if_closed()
        shared, built = self._shared, endpoint.request(**arguments)
        extra = built.pop("headers", None)
        request = httpx.Request(
            built.pop("method"),
            httpx.URL(shared.url_prefix + built.pop("url")),  # absolute: parsed once
            headers=shared.headers if extra is None else _merged(shared.headers, extra),
            extensions={"timeout": self._timeout_extension},
            **built,  # params, and the body as json, data, files or content
        )
        await request.aread()  # buffered, so that every attempt sends the same body (a file is read once)
        limit = self._call_timeout
        call = _Call(request, limit, None if limit is None else asyncio.get_running_loop().time() + limit)
        return _parsed(endpoint, await self._send(call), call)

    async def _send(self, call: _Call) -> httpx.Response:
        """Attempt the call until it gets an answer that is not worth retrying; raise the typed error of a failure."""
        policy = self._shared.retry
        while True:
            call.attempts += 1
            request = call.request if call.attempts == 1 else call.fresh()
            try:
                response = await self._attempt(request, call)
            except BodyTooLarge as exc:
                raise exc.error() from None
            except httpx.TransportError as exc:
                call.lost = call.lost or request_was_sent(exc)
                if not policy.retryable(request.method, error=exc, attempt=call.attempts):
                    raise call.network_error(exc) from exc
                log.debug("retrying %s after %s (attempt %d)", request.method, type(exc).__name__, call.attempts)
                await call.pause(policy.delay(call.attempts))
                continue
            except httpx.HTTPError as exc:  # a body that does not decode, and the like
                raise UnexpectedResponse(
                    f"unusable answer to {request.method} {redact_url(request.url)}: {exc}",
                    method=request.method,
                    url=redact_url(request.url),
                ) from exc
            status = response.status_code
            if 200 <= status < 300 or not policy.retryable(request.method, status=status, attempt=call.attempts):
                return response
            log.debug(
                "retrying %s %s after a %d (attempt %d)", request.method, redact_url(request.url), status, call.attempts
            )
            if status != 429:  # after a 429 the governor itself holds every request back until the window frees
                await call.pause(
                    policy.delay(call.attempts, retry_after=parse_retry_after(response.headers.get("retry-after")))
                )

    async def _attempt(self, request: httpx.Request, call: _Call) -> httpx.Response:
        """One attempt, on one timer: the call's deadline, moved nearer to the attempt's once the request is sent
        (`AttemptClock`). `aclose()` cancels it wherever it waits, and it raises ClientClosedError then."""
        calls = self._shared.calls
        self._refuse_if_closed(request)
        task = asyncio.current_task()
        assert task is not None  # a coroutine run by asyncio always runs in a task
        calls.running.add(task)
        try:
            async with asyncio.timeout_at(call.deadline) as scope:
                clock = request.extensions[ATTEMPT_CLOCK] = AttemptClock(scope, self._attempt_timeout)
                try:
                    return await self._exchange(request)
                except asyncio.CancelledError:
                    if task in calls.cancelled:
                        calls.cancelled.discard(task)
                        if task.uncancel() == 0:  # only the close cancelled it: the caller's own cancellation goes on
                            raise self._closed_error(request) from None
                    raise
        except TimeoutError:
            if not scope.expired():  # not ours: raised by a transport
                raise
            if clock.started:
                raise clock.late(request) from None
            raise call.timed_out() from None
        finally:
            calls.leave(task)

    async def _exchange(self, request: httpx.Request) -> httpx.Response:
        """Send a request through the view's auth flow and the transports, and read the answer whole.

        This is what `httpx.AsyncClient.send` does, less what the API never needs (cookies, redirects, event
        hooks), which is most of its cost per request. An auth flow may answer a response with another request.
        """
        flow = self._guard.async_auth_flow(request)
        try:
            request = await anext(flow)
            while True:
                response = await self._shared.transport.handle_async_request(request)
                response.request = request
                try:
                    await response.aread()
                except BaseException:
                    await response.aclose()
                    raise
                if log.isEnabledFor(logging.DEBUG):
                    log.debug("%s %s: %d", request.method, redact_url(request.url), response.status_code)
                try:
                    request = await flow.asend(response)
                except StopAsyncIteration:
                    return response
        finally:
            await flow.aclose()

    def _refuse_if_closed(self, request: httpx.Request | None = None) -> None:
        if self._shared.calls.closed:
            raise self._closed_error(request)

    def _closed_error(self, request: httpx.Request | None) -> ClientClosedError:
        method, url = (request.method, redact_url(request.url)) if request is not None else ("", "")
        where = f" ({method} {url})" if request is not None else ""
        return ClientClosedError(f"the client was closed: nothing more is sent{where}", method=method, url=url)

    def pages(
        self, method: BoundPaginatedOperation[..., M, I], /, *, strict: bool = False, **kwargs: Any
    ) -> AsyncGenerator[Page[M, I]]:
        """Yield each page of a paginated operation with its model, items and headers.

        `method` is the client's own method, e.g. `discogs.pages(discogs.search_database, q="nirvana")`; another
        operation is a type error (and a TypeError). `per_page` defaults to 100; pass `page=` to start elsewhere.
        At one of the API's caps the pages end with a `PaginationCapWarning` and the last page's `capped` set;
        `strict=True` raises `PaginationCapError` there instead, after the reachable pages.
        """
        if not isinstance(method, BoundPaginatedOperation):
            raise TypeError(f"{getattr(method, '__name__', method)!r} is not a paginated operation of this client")
        # Through the facade method, so that its argument checks and enum conversions apply to every page too.
        return pages(method.with_raw_response, method.items, self._shared.base_url, kwargs, strict=strict)

    async def paginate(
        self,
        method: BoundPaginatedOperation[..., M, I],
        /,
        *,
        max_items: int | None = None,
        strict: bool = False,
        **kwargs: Any,
    ) -> AsyncGenerator[I]:
        """Yield every item of every page of a paginated operation, up to `max_items` if given (see `pages`)."""
        source = self.pages(method, strict=strict, **kwargs)
        async with aclosing(source), aclosing(paginate(source, max_items)) as items:
            async for item in items:
                yield item

    @overload
    async def download_image(
        self, url: str, dest: None = None, *, max_size: int = ..., downloader: ImageDownloader | None = None
    ) -> bytes: ...

    @overload
    async def download_image(
        self, url: str, dest: str | os.PathLike[str], *, max_size: int = ..., downloader: ImageDownloader | None = None
    ) -> Path: ...

    async def download_image(
        self,
        url: str,
        dest: str | os.PathLike[str] | None = None,
        *,
        max_size: int = DEFAULT_IMAGE_MAX_SIZE,
        downloader: ImageDownloader | None = None,
    ) -> bytes | Path:
        """Download an image URL from a response: its bytes (at most `max_size`), or streamed into the file `dest`.

        Never with this client's credentials, and paced by a governor for the image host, not the API's: by default
        one per client (see `discogs_async.images`); pass an `ImageDownloader` for another rate or a pooled
        connection across calls. Retries follow this client's `RetryPolicy`. A closed client refuses, like its calls.
        """
        self._refuse_if_closed()
        if downloader is not None:
            return await downloader.download(url, dest, max_size=max_size)
        governor = shared_image_governor(self._shared.transport)  # one per client: its views share the transport
        async with ImageDownloader(self._shared.user_agent, governor=governor, retry=self._shared.retry) as images:
            return await images.download(url, dest, max_size=max_size)


@attrs.define
class _Call:
    """One call's request and what its attempts found: how many were made, whether an answer was lost."""

    request: httpx.Request  # the first attempt sends it; each retry sends a copy, signed afresh
    limit: float | None  # call_timeout
    deadline: float | None  # event loop time by which the call ends (None: no bound)
    attempts: int = 0
    lost: bool = False  # an attempt had sent its request when its answer was lost: the server may have acted

    @property
    def may_have_acted(self) -> bool:
        """Whether the server may have acted on the request: an answer was lost, and the method is not a read."""
        return self.lost and self.request.method not in _SAFE_METHODS

    def fresh(self) -> httpx.Request:
        """A copy of the request for a retry: same method, URL, headers and (buffered) body; the auth flow signs it
        again (replacing the `Authorization` of the attempt before)."""
        built = self.request
        return httpx.Request(
            built.method,
            built.url,
            headers=built.headers.copy(),
            content=built.content,
            extensions=dict(built.extensions),
        )

    async def pause(self, seconds: float) -> None:
        """Sleep `seconds` before the next attempt; CallTimeoutError at the deadline if that comes first."""
        if self.deadline is not None:
            left = self.deadline - asyncio.get_running_loop().time()
            if seconds >= left:
                await asyncio.sleep(max(0.0, left))
                raise self.timed_out()
        await asyncio.sleep(seconds)

    def network_error(self, exc: httpx.TransportError) -> NetworkError:
        method, url = self.request.method, redact_url(self.request.url)
        if self.may_have_acted:
            effect = "; the request may have taken effect: an answer was lost after it was sent"
        else:
            effect = "" if self.lost else "; nothing was sent"
        return NetworkError(
            f"{type(exc).__name__} after {self.attempts} attempt(s): {exc} ({method} {url}){effect}",
            method=method,
            url=url,
            may_have_taken_effect=self.may_have_acted,
        )

    def timed_out(self) -> CallTimeoutError:
        method, url = self.request.method, redact_url(self.request.url)
        sent = (self.lost or self.attempts > 0) and self.request.method not in _SAFE_METHODS
        effect = "the request may have taken effect" if sent else "it had no effect"
        return CallTimeoutError(
            f"the call took more than {self.limit} s (call_timeout) over {self.attempts} attempt(s) "
            f"({method} {url}); {effect}",
            method=method,
            url=url,
            may_have_taken_effect=sent,
        )


def _parsed(endpoint: Endpoint[T], response: httpx.Response, call: _Call) -> Response[T]:
    """The parsed success, or the typed error of any other answer."""
    status = response.status_code
    if not 200 <= status < 300:
        raise _failure(response, call)
    try:
        parsed = endpoint.parse(response)
    except generated.UnexpectedStatus:
        raise UnexpectedResponse.from_response(response) from None
    except generated.UnparseableResponse as exc:
        raise UnexpectedResponse.from_response(
            response,
            f"the {status} answer to {response.request.method} {response.request.url.path} does not match the spec: "
            f"{type(exc.cause).__name__}: {str(exc.cause)[:200]}",
        ) from exc.cause
    return Response(status_code=HTTPStatus(status), content=response.content, headers=response.headers, parsed=parsed)


def _failure(response: httpx.Response, call: _Call) -> DiscogsError:
    """The typed error of a failed answer, saying how many attempts it took and whether one may have acted."""
    notes = []
    if call.attempts > 1:
        notes.append(f"still refused after {call.attempts} attempts")
    if call.may_have_acted:
        done = response.status_code == 404 and call.request.method == "DELETE"
        notes.append(
            "an earlier attempt's answer was lost after it was sent, so that attempt may have applied the request"
            + (" (this 404 is then what a done delete answers)" if done else "")
        )
    error = error_from_response(response, note="; ".join(notes))
    error.may_have_taken_effect = call.may_have_acted
    return error


def _merged(headers: httpx.Headers, extra: dict[str, str]) -> httpx.Headers:
    """`headers` with those of one request added (names in any case: one replaces the other)."""
    merged = headers.copy()
    merged.update(extra)
    return merged


def _check_seconds(name: str, value: float | None) -> None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int | float) or not value > 0):
        raise ValueError(f"{name} must be a positive number of seconds or None, not {value!r}")
