"""Optional HTTP caching of GET answers (RFC 9111), with hishel: `Discogs(..., cache=True)`.

The cache sits above the rate governor, so an answer served from it spends no rate budget; a revalidation is a
request like any other and does. hishel follows RFC 9111 as a private cache: it honours `Cache-Control` (`no-store`,
`no-cache`, `max-age`, ...), revalidates with `If-None-Match` / `If-Modified-Since` when the stored answer carries an
`ETag` / `Last-Modified`, and lets a POST, PUT or DELETE of a URL invalidate what is stored for it.

Credentials. Every entry is keyed by the URL *and* a fingerprint of the credential that signed the request (a hash
of the token, of the consumer key and secret, or of the OAuth consumer key, token and signature; not of the whole
`Authorization` header, whose OAuth nonce changes on every request). So an answer is only ever served again to the
credential that received it, private endpoints (collection, wantlist, orders, inventory, identity, profile) included,
and anonymous answers (without image URLs) never stand in for authenticated ones. The `Authorization` header is
taken off the request while hishel handles it, so it is never written to the storage; the OAuth token endpoints are
never cached.

Freshness. The real API sends `Cache-Control: public, must-revalidate` and no validators on database resources, so
by RFC 9111 nothing it sends is ever fresh. `HttpCache(database_ttl=3600)` adds `max-age=3600` to successful
answers for releases, masters, artists and labels (and their version and release lists) that carry no freshness of
their own (no `max-age`, `s-maxage`, `Expires`, `no-cache`, `no-store` or `private`): the contract, out of band,
that such data may be an hour old. A `Date` header is added where the server sent none, so ages can be computed.

Concurrent lookups. Requests for the same URL with the same credential wait for the one already on its way (until
its body has been read), so that a popular release asked for by many handlers at once costs one request, not one
per handler: the others are then answered from the cache (or, when the answer could not be stored, sent in turn).

Storage. SQLite in one file by default (`.cache/discogs_async/http_cache.db`, several processes on one machine may
share it); Redis when the client's governor is a `RedisGovernor` (the same server, keys under
`discogs_async:http`), so the workers of one backend share their cache too; or any hishel storage.
"""

from __future__ import annotations

import asyncio
import hashlib
import re
from collections.abc import AsyncIterator, Callable
from email.utils import formatdate
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs
import httpx

if TYPE_CHECKING:
    from hishel import AsyncBaseStorage
    from redis.asyncio import Redis

__all__ = ["DATABASE_RESOURCE", "CacheStats", "CachingTransport", "HttpCache", "credential_fingerprint"]

DATABASE_RESOURCE = re.compile(r"/(?:releases|masters|artists|labels)/\d+(?:/versions|/releases)?/?")
"""Paths (relative to the base URL) of the database resources that `database_ttl` applies to."""
DEFAULT_PATH = Path(".cache/discogs_async/http_cache.db")
REDIS_PREFIX = "discogs_async:http"
_NEVER_CACHED = ("/oauth/request_token", "/oauth/access_token")
_EXPLICIT = frozenset({"max-age", "s-maxage", "no-cache", "no-store", "private"})
_AUTH_EXTENSION = "discogs_async.authorization"
_SENT_EXTENSION = "discogs_async.sent"
_OAUTH_PARAM = re.compile(r'([A-Za-z0-9_]+)="([^"]*)"')
_FINGERPRINT_DOMAIN = b"discogs_async credential v1\0"


def credential_fingerprint(authorization: str | None) -> str:
    """A hash naming the credential behind an `Authorization` header value ("anonymous" without one).

    Discogs headers (`token=`, `key=, secret=`) hash whole; OAuth ones hash their consumer key, token and signature
    (PLAINTEXT: the two secrets), leaving out the nonce and timestamp that change on every request.
    """
    if authorization is None or not authorization.strip():
        return "anonymous"
    scheme, _, rest = authorization.strip().partition(" ")
    if scheme.lower() == "oauth":
        params = dict(_OAUTH_PARAM.findall(rest))
        names = ("oauth_consumer_key", "oauth_token", "oauth_signature", "oauth_signature_method")
        material = "oauth\n" + "\n".join(params.get(name, "") for name in names)
    elif scheme.lower() == "discogs":
        material = "discogs\n" + ",".join(part.strip() for part in rest.split(","))
    else:
        material = "other\n" + authorization.strip()
    return "sha256:" + hashlib.sha256(_FINGERPRINT_DOMAIN + material.encode()).hexdigest()


@attrs.frozen
class HttpCache:
    """How the client caches GET answers: `Discogs(..., cache=HttpCache(database_ttl=3600))`; `cache=True` is
    `HttpCache()`.

    `database_ttl` (seconds) keeps database resources fresh that long when the server gives no freshness (the real
    API never does); `None` follows the server alone. `path` is the SQLite file; `storage` replaces the storage
    altogether (any `hishel.AsyncBaseStorage`); `entry_ttl` bounds how long any entry is kept (default: a day, or
    `database_ttl` if longer, for Redis; unbounded for SQLite, which keeps to 1 GiB).
    """

    database_ttl: float | None = None
    path: str | Path = DEFAULT_PATH
    storage: AsyncBaseStorage | None = None
    entry_ttl: float | None = None

    def __attrs_post_init__(self) -> None:
        if self.database_ttl is not None and not (
            isinstance(self.database_ttl, int | float) and 1 <= self.database_ttl < 2**31
        ):
            raise ValueError(f"database_ttl must be at least 1 second, not {self.database_ttl!r}")

    def transport(
        self, inner: httpx.AsyncBaseTransport, *, redis: Redis | None = None, base_path: str = ""
    ) -> CachingTransport:
        """Wrap `inner` (the governed transport) in the cache; entries go to `redis` when given, else to SQLite."""
        try:
            import hishel
        except ImportError as exc:  # pragma: no cover - the extra is part of the dev install
            raise ImportError("the HTTP cache needs hishel: pip install 'discogs-async[cache]'") from exc
        storage = self.storage
        if storage is None and redis is not None:
            from redis.asyncio import Redis as RedisClient

            ttl = self.entry_ttl if self.entry_ttl is not None else max(86_400.0, self.database_ttl or 0.0)
            # A client of its own on the same pool: hishel closes its client, which must not close the governor's.
            client = RedisClient(connection_pool=redis.connection_pool)
            storage = hishel.AsyncRedisStorage(client, default_ttl=ttl, key_prefix=REDIS_PREFIX)
        elif storage is None:
            storage = hishel.AsyncSqliteStorage(database_path=self.path, default_ttl=self.entry_ttl)
        return CachingTransport(inner, storage, database_ttl=self.database_ttl, base_path=base_path)


@attrs.define
class CacheStats:
    """What the cache did, counted since the transport was made."""

    hits: int = 0
    """Answers served from the cache without asking the server (no rate budget spent)."""
    revalidated: int = 0
    """Stored answers confirmed by the server (a 304): one request, but no body sent."""
    stored: int = 0
    """Answers the server sent that were stored."""
    passed: int = 0
    """Requests that went to the server (revalidations and requests that could not be served from the cache)."""


class CachingTransport(httpx.AsyncBaseTransport):
    """An httpx transport that answers from an RFC 9111 cache, per credential, before the transport it wraps."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        storage: AsyncBaseStorage,
        *,
        database_ttl: float | None = None,
        base_path: str = "",
    ) -> None:
        """Cache the answers of `inner` in `storage`; `base_path` is the API base URL's path (usually empty)."""
        from hishel import CacheOptions
        from hishel.httpx import AsyncCacheTransport

        self._inner = inner
        self._base_path = base_path.rstrip("/")
        self._below = _BelowCache(inner, database_ttl, self._relative)
        self._hishel = AsyncCacheTransport(self._below, storage=storage, rfc=CacheOptions(shared=False))
        self._storage = storage
        self._flights: dict[str, _Flight] = {}
        self.stats = CacheStats()

    @property
    def storage(self) -> AsyncBaseStorage:
        """Where the entries are kept."""
        return self._storage

    def _relative(self, url: httpx.URL) -> str:
        path = url.path
        if self._base_path and path.startswith(self._base_path):
            path = path[len(self._base_path) :]
        return path

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Answer from the cache when a fresh answer for this URL and credential is stored, else ask the server."""
        if self._relative(request.url).startswith(_NEVER_CACHED):
            self.stats.passed += 1
            return await self._inner.handle_async_request(request)
        authorization = request.headers.get("authorization")
        identity = f"{request.url}\n{credential_fingerprint(authorization)}"
        key = hashlib.sha256(identity.encode()).hexdigest()
        sent = [0]  # how many times this request went to the server, counted below the cache
        extensions = {"caching": {"key": key}, _AUTH_EXTENSION: authorization, _SENT_EXTENSION: sent}
        request.extensions = {**request.extensions, **extensions}
        release = await self._join_flight(request.method, key)
        try:
            if authorization is not None:
                del request.headers["authorization"]  # hishel stores the request's headers: never the credential
            response = await self._hishel.handle_async_request(request)
        except BaseException:
            release()
            raise
        finally:
            if authorization is not None:
                request.headers["Authorization"] = authorization
        response.stream = _ReleasingStream(response.stream, release)
        status: Any = response.extensions.get("caching", {})
        self.stats.passed += sent[0]
        self.stats.hits += bool(status.get("from_cache")) and not sent[0]
        self.stats.revalidated += bool(status.get("revalidated")) and bool(status.get("from_cache"))
        self.stats.stored += bool(status.get("stored"))
        return response

    async def _join_flight(self, method: str, key: str) -> Callable[[], None]:
        """Wait for a GET of the same key already on its way to finish (at most `_FLIGHT_TIMEOUT`); the release."""
        if method != "GET":
            return _nothing
        flight = self._flights.setdefault(key, _Flight())
        flight.users += 1
        try:
            await asyncio.wait_for(flight.lock.acquire(), _FLIGHT_TIMEOUT)
            held = True
        except TimeoutError:
            held = False  # the one ahead is stuck (a body never read): go ahead without it
        except BaseException:
            self._leave(key, flight)
            raise

        def release() -> None:
            nonlocal held
            if held:
                held = False
                flight.lock.release()
                self._leave(key, flight)

        if not held:
            self._leave(key, flight)
        return release

    def _leave(self, key: str, flight: _Flight) -> None:
        flight.users -= 1
        if flight.users == 0 and self._flights.get(key) is flight:
            del self._flights[key]

    async def aclose(self) -> None:
        """Close the storage and the wrapped transport."""
        await self._hishel.aclose()


_FLIGHT_TIMEOUT = 60.0


class _Flight:
    """The requests for one cache key: one at a time."""

    def __init__(self) -> None:
        self.lock = asyncio.Lock()
        self.users = 0


def _nothing() -> None:
    return None


class _ReleasingStream(httpx.AsyncByteStream):
    """A response body that lets the next request for its key go once it is closed (read to the end, or not)."""

    def __init__(self, stream: Any, release: Callable[[], None]) -> None:
        self._stream = stream
        self._release = release

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            yield chunk

    async def aclose(self) -> None:
        try:
            close = getattr(self._stream, "aclose", None)
            if close is not None:
                await close()
        finally:
            self._release()


class _BelowCache(httpx.AsyncBaseTransport):
    """Between hishel and the governed transport: puts the credential back, adds freshness where configured."""

    def __init__(self, inner: httpx.AsyncBaseTransport, database_ttl: float | None, relative: Any) -> None:
        self._inner = inner
        self._max_age = None if database_ttl is None else int(database_ttl)
        self._relative = relative

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        authorization = request.extensions.get(_AUTH_EXTENSION)
        if authorization is not None:
            request.headers["Authorization"] = authorization
        sent = request.extensions.get(_SENT_EXTENSION)
        if sent is not None:
            sent[0] += 1
        response = await self._inner.handle_async_request(request)
        if request.method in ("GET", "HEAD"):
            if "date" not in response.headers:
                response.headers["Date"] = formatdate(usegmt=True)
            if (
                self._max_age is not None
                and (response.is_success or response.status_code == 304)
                and DATABASE_RESOURCE.fullmatch(self._relative(request.url))
                and "expires" not in response.headers
            ):
                control = response.headers.get("cache-control", "")
                names = {part.split("=", 1)[0].strip().lower() for part in control.split(",")}
                if not names & _EXPLICIT:
                    response.headers["Cache-Control"] = ", ".join(
                        part for part in (control.strip(), f"max-age={self._max_age}") if part
                    )
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()
