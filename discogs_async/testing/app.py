"""The fake Discogs ASGI application: ``create_app(FakeConfig(...))``.

Every HTTP request first passes a gate that plays the parts of the real service in front of the routes:
fault injection (drops, 5xx, slow and malformed answers, 429 storms), the User-Agent check (403 HTML),
credential verification (401), the moving-window rate limit per source address (429) and the
``X-Discogs-Ratelimit*`` headers on every answer. The routes themselves live in :mod:`.handlers`.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from urllib.parse import parse_qsl

import anyio
import httpx
from starlette.applications import Starlette
from starlette.datastructures import Headers, MutableHeaders
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route
from starlette.types import Message, Receive, Scope, Send

from .auth import Auth, SignedRequest
from .config import FakeConfig, Faults, RateLimit
from .handlers import collection, database, identity, inventory, lists, marketplace, oauth, wantlist
from .handlers.common import exception_handlers
from .limits import RateStatus
from .state import FakeState, FaultInjector

__all__ = ["DroppedConnection", "FakeConfig", "FakeState", "FaultInjector", "Faults", "RateLimit", "create_app"]

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


_DEFAULT_PORTS = {"http": ":80", "https": ":443"}


async def _signed_request(scope: Scope, headers: Headers, receive: Receive) -> tuple[SignedRequest, Receive]:
    """What an OAuth signature covers; a form-encoded body is read here and replayed to the route."""
    scheme = str(scope.get("scheme", "http")).lower()
    host = headers.get("host", "").lower()
    default_port = _DEFAULT_PORTS.get(scheme)
    if default_port and host.endswith(default_port):
        host = host[: -len(default_port)]
    raw_path = scope.get("raw_path") or scope["path"].encode()
    base_uri = f"{scheme}://{host}{raw_path.decode('latin-1')}"
    query = tuple(parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True))
    form: tuple[tuple[str, str], ...] = ()
    if "application/x-www-form-urlencoded" in headers.get("content-type", "").lower():
        body = bytearray()
        while True:
            message = await receive()
            if message["type"] != "http.request":
                break
            body.extend(message.get("body", b""))
            if not message.get("more_body", False):
                break
        form = tuple(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True))
        replay: list[Message] = [{"type": "http.request", "body": bytes(body), "more_body": False}]

        async def replaying() -> Message:
            return replay.pop() if replay else await receive()

        return SignedRequest(scope["method"], base_uri, query, form), replaying
    return SignedRequest(scope["method"], base_uri, query, form), receive


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
    source = _source(scope, headers)
    has_ua = bool(headers.get("user-agent", "").strip())
    auth = Auth()
    if has_ua:
        signed, receive = await _signed_request(scope, headers, receive)
        auth = fake.auth.authenticate(headers.get("authorization"), signed)
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
    config = config or FakeConfig()
    app = FakeDiscogs(routes=routes(), exception_handlers=exception_handlers())
    app.state.fake = FakeState(config)
    return app


def routes() -> list[Route]:
    """Every route of the fake, section by section of the documentation."""
    sections = (oauth, identity, database, marketplace, inventory, collection, wantlist, lists)
    return [route for section in sections for route in section.ROUTES]
