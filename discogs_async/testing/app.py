"""The fake Discogs ASGI application: ``create_app(FakeConfig(...))``.

Every HTTP request first passes a gate that plays the parts of the real service in front of the routes:
fault injection (drops, 5xx, slow and malformed answers, 429 storms), the User-Agent check (403 HTML),
credential verification (401), the moving-window rate limit per source address (429) and the
``X-Discogs-Ratelimit*`` headers on every answer. The routes themselves live in :mod:`.handlers`.
"""

from __future__ import annotations

import random
import threading
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from urllib.parse import parse_qsl

import anyio
import httpx
from starlette.applications import Starlette
from starlette.datastructures import Headers, MutableHeaders
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.types import Message, Receive, Scope, Send

from .auth import Auth, Authenticator
from .config import FakeConfig, Faults, RateLimit
from .data import FakeData
from .limits import MovingWindowLimiter, RateStatus

__all__ = ["DroppedConnection", "FakeConfig", "FakeState", "Faults", "RateLimit", "create_app"]

TOO_MANY = "You are making requests too quickly."
FORBIDDEN_HTML = (
    "<!DOCTYPE html>\n<html><head><title>Attention Required! | Cloudflare</title></head>\n"
    "<body><h1>Sorry, you have been blocked</h1>\n"
    "<p>You are unable to access api.discogs.com. Requests must carry a User-Agent header.</p>\n"
    "</body></html>\n"
)
_BAD_GATEWAY_HTML = (
    "<html><head><title>{status} {reason}</title></head><body><h1>{status} {reason}</h1></body></html>\n"
)
_REASONS = {500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable", 504: "Gateway Timeout"}


class DroppedConnection(httpx.RemoteProtocolError):
    """Raised to an in-process client (``httpx.ASGITransport``) when the fake drops a connection.

    Over real TCP (see :func:`discogs_async.testing.serve`) the socket is aborted instead, so the client sees
    its own transport error.
    """


@dataclass(frozen=True)
class FaultDraw:
    """The faults chosen for one request."""

    drop: bool = False
    error_status: int | None = None
    slow: bool = False
    malformed: bool = False


class FaultInjector:
    """Draws faults from a seeded RNG: four draws per request in a fixed order, so runs repeat."""

    def __init__(self, faults: Faults, seed: int) -> None:
        self.faults = faults
        self._rng = random.Random(f"{faults.seed if faults.seed is not None else seed}:faults")
        self._lock = threading.Lock()

    def draw(self) -> FaultDraw:
        """Decide the faults of the next request."""
        if not self.faults.enabled:
            return FaultDraw()
        f = self.faults
        with self._lock:
            drop, error, slow, malformed = (self._rng.random() for _ in range(4))
            status = self._rng.choice(f.error_statuses)
        return FaultDraw(
            drop=drop < f.drop_rate,
            error_status=status if error < f.error_rate else None,
            slow=slow < f.slow_rate,
            malformed=malformed < f.malformed_rate,
        )


class FakeState:
    """Per-app state, reachable as ``app.state.fake``: data, credentials, limiter, faults and counters."""

    def __init__(self, config: FakeConfig) -> None:
        self.config = config
        usernames = config.usernames()
        self.data = FakeData(config.seed, usernames, config.cache_size)
        self.auth = Authenticator(
            consumers=config.consumers,
            user_tokens=config.user_tokens,
            oauth_tokens=config.oauth_tokens,
            clock=config.clock,
            tolerance=config.oauth_timestamp_tolerance,
            request_token_ttl=config.request_token_ttl,
            seed=config.seed,
            default_username=usernames[0] if usernames else "example",
        )
        self.limiter = MovingWindowLimiter(config.rate_limit, config.monotonic) if config.rate_limit else None
        self.faults = FaultInjector(config.faults, config.seed)
        self.counters: Counter[str] = Counter()
        self.started = config.monotonic()
        self._storm_until: float | None = None
        self.image_url: str | None = None  # where the bodies' image URLs point (set by serve()); None: i.discogs.com
        self.next_export_id = 599_632
        self.next_upload_id = 119_615
        self.lock = threading.Lock()

    def __repr__(self) -> str:
        return f"FakeState(seed={self.config.seed}, counters={dict(self.counters)})"

    def authorize(self, request_token: str, username: str | None = None) -> str:
        """Approve ``request_token`` as ``username`` (default: the first configured user); return the verifier."""
        return self.auth.authorize(request_token, username)

    def start_storm(self, seconds: float) -> None:
        """Answer every request with 429 for the next ``seconds``."""
        self._storm_until = self.config.monotonic() + seconds

    def storming(self) -> bool:
        """True while a 429 storm is on (configured window or :meth:`start_storm`)."""
        now = self.config.monotonic()
        if self._storm_until is not None and now < self._storm_until:
            return True
        storm = self.config.faults.storm
        return storm is not None and storm[0] <= now - self.started < storm[0] + storm[1]

    def reset_rate_limits(self) -> None:
        """Forget all rate-limit windows."""
        if self.limiter is not None:
            self.limiter.reset()


class FakeDiscogs(Starlette):
    """Starlette with the Discogs gate in front of its middleware stack."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await super().__call__(scope, receive, send)
            return
        await _gate(self.state.fake, scope, receive, send, super().__call__)


async def _drop(receive: Receive, send: Send) -> None:
    cycle = getattr(send, "__self__", None)
    transport = getattr(cycle, "transport", None)
    abort = getattr(transport, "abort", None)
    if abort is None:
        raise DroppedConnection("The fake Discogs server dropped the connection.")
    abort()
    # Wait until the server notices the lost connection, so it neither answers nor logs.
    with anyio.move_on_after(2.0):
        while (await receive())["type"] != "http.disconnect":
            pass


async def _send_response(
    response: Response, extra: list[tuple[bytes, bytes]], scope: Scope, receive: Receive, send: Send
) -> None:
    response.raw_headers.extend(extra)
    await response(scope, receive, send)


def _source(scope: Scope, headers: Headers) -> str:
    override = headers.get("x-fake-client")
    if override:
        return override
    client = scope.get("client")
    return str(client[0]) if client else "unknown"


async def _gate(
    fake: FakeState,
    scope: Scope,
    receive: Receive,
    send: Send,
    inner: Callable[[Scope, Receive, Send], Awaitable[None]],
) -> None:
    fake.counters["requests"] += 1
    draw = fake.faults.draw()
    if draw.drop:
        fake.counters["dropped"] += 1
        await _drop(receive, send)
        return
    headers = Headers(scope=scope)
    query = dict(parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True))
    source = _source(scope, headers)
    has_ua = bool(headers.get("user-agent", "").strip())
    auth = fake.auth.authenticate(headers.get("authorization"), query, scope["path"]) if has_ua else Auth()
    scope.setdefault("state", {})["fake_auth"] = auth
    limiter = fake.limiter
    extra: list[tuple[bytes, bytes]] = []
    if not has_ua:
        if limiter is not None:
            extra = limiter.peek(source, False).headers()
        fake.counters["forbidden"] += 1
        await _send_response(HTMLResponse(FORBIDDEN_HTML, status_code=403), extra, scope, receive, send)
        return
    if fake.storming():
        if limiter is not None:
            status = limiter.peek(source, auth.valid)
            extra = RateStatus(status.limit, max(status.used, status.limit), 0, False).headers()
        fake.counters["storm"] += 1
        await _send_response(JSONResponse({"message": TOO_MANY}, status_code=429), extra, scope, receive, send)
        return
    if limiter is not None:
        status = limiter.hit(source, auth.valid)
        extra = status.headers()
        if not status.allowed:
            fake.counters["rate_limited"] += 1
            await _send_response(JSONResponse({"message": TOO_MANY}, status_code=429), extra, scope, receive, send)
            return
    extra.append((b"x-discogs-media-type", b"discogs.v2"))
    if auth.error is not None:
        fake.counters["unauthorized"] += 1
        await _send_response(JSONResponse({"message": auth.error}, status_code=401), extra, scope, receive, send)
        return
    if draw.error_status is not None:
        fake.counters["errors"] += 1
        await _send_response(_error_response(draw.error_status), extra, scope, receive, send)
        return
    if draw.slow:
        fake.counters["slow"] += 1
        await anyio.sleep(fake.config.faults.slow_seconds)
    if draw.malformed:
        await inner(scope, receive, _MalformingSend(send, extra, fake))
        return

    async def send_with_headers(message: Message) -> None:
        if message["type"] == "http.response.start":
            message = {**message, "headers": [*message.get("headers", []), *extra]}
        await send(message)

    await inner(scope, receive, send_with_headers)


def _error_response(status: int) -> Response:
    reason = _REASONS.get(status, "Error")
    if status == 500:
        return JSONResponse({"message": "An internal server error occurred."}, status_code=500)
    return HTMLResponse(_BAD_GATEWAY_HTML.format(status=status, reason=reason), status_code=status)


class _MalformingSend:
    """Buffers an answer and, when it is a 2xx JSON body, cuts it in half (keeping status and content type)."""

    def __init__(self, send: Send, extra: list[tuple[bytes, bytes]], fake: FakeState) -> None:
        self._send = send
        self._extra = extra
        self._fake = fake
        self._start: Message | None = None
        self._body = bytearray()

    async def __call__(self, message: Message) -> None:
        if message["type"] == "http.response.start":
            self._start = message
            return
        if message["type"] != "http.response.body" or self._start is None:
            await self._send(message)
            return
        self._body.extend(message.get("body", b""))
        if message.get("more_body", False):
            return
        start = dict(self._start)
        headers = MutableHeaders(raw=list(start.get("headers", [])))
        body = bytes(self._body)
        if 200 <= int(start["status"]) < 300 and "json" in headers.get("content-type", "") and body:
            body = body[: max(1, len(body) // 2)]
            headers["content-length"] = str(len(body))
            self._fake.counters["malformed"] += 1
        start["headers"] = [*headers.raw, *self._extra]
        await self._send(start)
        await self._send({"type": "http.response.body", "body": body, "more_body": False})


def create_app(config: FakeConfig | None = None) -> Starlette:
    """Build the fake Discogs API for ``config`` (defaults: seed 0, 60/25 per 60 s, no faults).

    The app's ``state.fake`` is a :class:`FakeState` (data set, ``authorize()`` for the OAuth flow,
    ``start_storm()``, ``reset_rate_limits()``, ``counters``).
    """
    from .handlers import exception_handlers, routes

    config = config or FakeConfig()
    app = FakeDiscogs(routes=routes(), exception_handlers=exception_handlers())
    app.state.fake = FakeState(config)
    return app
