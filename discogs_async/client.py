"""`Discogs`: one async client, one funnel for every request, views that sign as other users."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncGenerator, Awaitable, Callable
from contextlib import aclosing
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, TypeVar

import attrs
import httpx

from ._extras import require
from ._generated import errors as generated
from ._generated.api import PAGINATED, Operations
from ._generated.types import Response
from .auth import AccessTokenAuth, HostGuard, OAuth1, OAuthToken, RequestTokenAuth, parse_token_response, require_auth
from .errors import DiscogsError, NetworkError, RateLimitError, UnexpectedResponse, error_from_response, redact_url
from .governor import GovernedTransport, Governor, RateGovernor
from .pagination import Page, pages, paginate
from .retry import RetryPolicy, parse_retry_after
from .size_limit import BodyTooLarge, SizeLimitedTransport
from .validation import check_arguments

if TYPE_CHECKING:  # optional extras: imported only when used
    from .cache import HttpCache
    from .redis_governor import RedisGovernor

__all__ = ["DEFAULT_BASE_URL", "DEFAULT_MAX_BODY_SIZE", "DEFAULT_TIMEOUT", "Discogs"]

DEFAULT_BASE_URL = "https://api.discogs.com"
DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_BODY_SIZE = 64 * 1024 * 1024
"""The largest response body read, in bytes; a larger one raises UnexpectedResponse without being read further."""

log = logging.getLogger("discogs_async")
M = TypeVar("M")
T = TypeVar("T")


@attrs.frozen
class _Shared:
    """What every view of one client shares: the governed transport, the governor and the settings."""

    transport: httpx.AsyncBaseTransport  # the governed transport, under the HTTP cache when there is one
    governor: RateGovernor
    retry: RetryPolicy
    base_url: httpx.URL
    user_agent: str
    owned_governor: RedisGovernor | None = None  # made from a URL here, so closed here
    in_process: bool = False  # an httpx.ASGITransport: nothing leaves the process, so plain http is no risk


class Discogs(Operations):
    """An asyncio client for the Discogs API v2, with one coroutine method per documented operation.

    Use it as `async with Discogs("MyApp/1.0 +https://example.org", auth=UserToken(token)) as discogs:`.
    Every request goes through one funnel: the view's auth (re-signed on each attempt), the shared rate
    governor, bounded retries, and typed errors for anything that is not a success.
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
    ) -> None:
        """Open a client (no I/O happens until the first request).

        `user_agent` is required: the API refuses requests without one. `governor` may be shared by several
        clients that spend the same rate budget; by default each client has its own, sized for its auth tier.
        `transport` replaces the network (an `httpx.MockTransport` or `httpx.ASGITransport` in tests).
        `timeout` applies to every request (`with_timeout` gives a view with another one); `max_body_size` bounds
        what one response may send, in bytes (a larger body raises UnexpectedResponse, read no further).
        A `redis://` URL as `governor` shares the budget of `auth`'s credential with every process that uses it
        (`RedisGovernor.for_auth`). `cache=True` (or an `HttpCache`) caches GET answers above the governor (so a hit
        spends no budget), in SQLite, or in the governor's Redis when it has one.
        """
        auth = require_auth(auth)  # a TypeError naming `auth` now, not an AttributeError at the first request
        if not isinstance(user_agent, str) or not user_agent.strip():
            raise ValueError("user_agent must name your application, e.g. 'MyApp/1.0 +https://example.org'")
        url = httpx.URL(base_url)
        if url.scheme not in ("http", "https") or not url.host:
            raise ValueError(f"base_url must be an absolute http(s) URL, not {base_url!r}")
        if isinstance(max_body_size, bool) or not isinstance(max_body_size, int) or max_body_size < 1:
            raise ValueError(f"max_body_size must be a positive number of bytes, not {max_body_size!r}")
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
            governor=governor,
            retry=retry or RetryPolicy(),
            base_url=url,
            user_agent=user_agent,
            owned_governor=owned,
            in_process=isinstance(transport, httpx.ASGITransport),
        )
        self._owner = True
        self._auth = auth
        self._http = self._make_http(auth, timeout)

    def _make_http(self, auth: httpx.Auth | None, timeout: float | httpx.Timeout) -> httpx.AsyncClient:
        shared = self._shared
        return httpx.AsyncClient(
            base_url=shared.base_url,
            auth=HostGuard(auth, str(shared.base_url), in_process=shared.in_process),
            headers={"User-Agent": shared.user_agent},
            timeout=timeout,
            transport=shared.transport,
            trust_env=False,
        )

    def _view(self, auth: httpx.Auth | None, timeout: float | httpx.Timeout) -> Discogs:
        view = object.__new__(type(self))
        view._shared = self._shared
        view._owner = False
        view._auth = auth
        view._http = view._make_http(auth, timeout)
        return view

    def as_user(self, auth: httpx.Auth | None) -> Discogs:
        """A light view that signs as another user while sharing the connection pool and the rate governor."""
        return self._view(require_auth(auth), self._http.timeout)

    def with_timeout(self, timeout: float | httpx.Timeout) -> Discogs:
        """A view of this client whose requests use another timeout."""
        return self._view(self._auth, timeout)

    @property
    def governor(self) -> RateGovernor:
        """The rate governor this client (and all its views) spend budget through."""
        return self._shared.governor

    @property
    def base_url(self) -> httpx.URL:
        """The API's base URL; credentials are sent to this host only."""
        return self._shared.base_url

    def __repr__(self) -> str:
        return f"Discogs(base_url={str(self._shared.base_url)!r}, auth={self._auth!r})"

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the connection pool. Views share it, so closing a view does nothing."""
        if self._owner:
            await self._http.aclose()
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

    async def _invoke(self, operation: Callable[..., Awaitable[Response[T]]], /, **kwargs: Any) -> Response[T]:
        """The funnel: send one operation, retrying what is safe to retry, and raise a typed error on failure.

        The arguments are checked against the spec's constraints first (`InvalidArgument`, nothing sent).
        """
        check_arguments(operation, kwargs)
        policy = self._shared.retry
        attempt = 0
        while True:
            attempt += 1
            try:
                return await operation(client=self._http, **kwargs)
            except generated.UnexpectedStatus as exc:
                response = exc.response
                await response.aclose()  # read already; a discarded answer holds nothing after this
                method, status = response.request.method, response.status_code
                if not policy.retryable(method, status=status, attempt=attempt):
                    error = error_from_response(response)
                    if isinstance(error, RateLimitError):
                        error.args = (f"{error.args[0]} — still refused after {attempt} attempts",)
                    raise error from None
                log.debug("retrying %s %s after a %d (attempt %d)", method, redact_url(response.url), status, attempt)
                if status != 429:  # after a 429 the governor itself holds every request back until the window frees
                    await asyncio.sleep(
                        policy.delay(attempt, retry_after=parse_retry_after(response.headers.get("retry-after")))
                    )
            except BodyTooLarge as exc:
                raise exc.error() from None
            except generated.UnparseableResponse as exc:
                raise UnexpectedResponse.from_response(
                    exc.response,
                    f"the {exc.response.status_code} answer to {exc.response.request.method} "
                    f"{exc.response.request.url.path} does not match the spec: {type(exc.cause).__name__}: {exc.cause}",
                ) from exc.cause
            except httpx.TransportError as exc:
                method = exc.request.method if _has_request(exc) else "GET"
                if self._http.is_closed or not policy.retryable(method, error=exc, attempt=attempt):
                    raise _network_error(exc, attempt) from exc  # a client closed under a request: no retry
                log.debug("retrying %s after %s (attempt %d)", method, type(exc).__name__, attempt)
                await asyncio.sleep(policy.delay(attempt))

    def pages(self, method: Callable[..., Awaitable[M]], /, **kwargs: Any) -> AsyncGenerator[Page[M]]:
        """Yield each page of a paginated operation with its model, items and headers.

        `method` is the client's own method, e.g. `discogs.pages(discogs.search_database, q="nirvana")`.
        `per_page` defaults to 100; pass `page=` to start elsewhere.
        """
        items_field = _items_field(method)
        # Through the facade method, so that its argument checks and enum conversions apply to every page too.
        facade = getattr(Operations, method.__name__)
        return pages(self._invoke_facade, facade, items_field, self._shared.base_url, kwargs)

    async def _invoke_facade(self, facade: Callable[..., Awaitable[Any]], /, **kwargs: Any) -> Response[Any]:
        """Run a facade method through this client's funnel and return the whole response, headers included."""
        capture = _Capture(self._invoke)
        await facade(capture, **kwargs)
        if capture.response is None:  # every facade method sends exactly one operation
            raise RuntimeError(f"{facade.__name__} sent no request")
        return capture.response

    async def paginate(
        self, method: Callable[..., Awaitable[Any]], /, *, max_items: int | None = None, **kwargs: Any
    ) -> AsyncGenerator[Any]:
        """Yield every item of every page of a paginated operation, up to `max_items` if given."""
        async with aclosing(self.pages(method, **kwargs)) as source, aclosing(paginate(source, max_items)) as items:
            async for item in items:
                yield item


class _Capture(Operations):
    """Sends a facade method's operation through another funnel and keeps the response, not only its model."""

    def __init__(self, send: Callable[..., Awaitable[Response[Any]]]) -> None:
        self._send = send
        self.response: Response[Any] | None = None

    async def _invoke(self, operation: Callable[..., Awaitable[Response[T]]], /, **kwargs: Any) -> Response[T]:
        response: Response[T] = await self._send(operation, **kwargs)
        self.response = response
        return response


def _items_field(method: Callable[..., Any]) -> str:
    """The attribute of a paginated method's page model that holds the items; ValueError for any other method."""
    name = getattr(method, "__name__", "")
    if name not in PAGINATED:
        raise ValueError(f"{name or method!r} is not a paginated operation; these are: {', '.join(sorted(PAGINATED))}")
    return PAGINATED[name]


def _has_request(exc: httpx.TransportError) -> bool:
    try:
        exc.request  # noqa: B018 - httpx raises RuntimeError when no request is attached
    except RuntimeError:
        return False
    return True


def _network_error(exc: httpx.TransportError, attempts: int) -> DiscogsError:
    if _has_request(exc):
        method, url = exc.request.method, redact_url(exc.request.url)
    else:
        method, url = "", ""
    return NetworkError(
        f"{type(exc).__name__} after {attempts} attempt(s): {exc} ({method} {url})".strip(),
        method=method,
        url=url,
    )
