"""The fake image host: ``i.discogs.com`` as a second ASGI app, ``create_image_app(FakeConfig(...))``.

Image URLs in the API's bodies are signed, fully qualified URLs on a host that is not the API host
(``https://i.discogs.com/{signature}/rs:fit/g:sm/q:{quality}/h:{height}/w:{width}/{blob}.jpeg``). This app serves
exactly the URLs the data set hands out: deterministic JPEG bytes per path with ``Content-Type`` and
``Content-Length``, 404 for any other path (a wrong signature included), a moving-window rate limit of its own
(the documentation says image requests are rate limited) and 400 for a request that carries API credentials (an
``Authorization`` header or ``token``/``key``/``secret``/``oauth_*`` query parameters), each such request also
recorded in :attr:`ImageState.leaks` so that tests can assert that none happened.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
import threading
from collections import Counter
from dataclasses import dataclass
from urllib.parse import parse_qsl

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .config import FakeConfig
from .data import IMAGES, image_signature
from .limits import MovingWindowLimiter

__all__ = ["IMAGE_HOST", "CredentialLeak", "ImageState", "create_image_app", "image_bytes"]

IMAGE_HOST = IMAGES
_PATH = re.compile(r"/(?P<sig>[\w-]{43})/rs:fit/g:sm/q:(?P<q>\d+)/h:(?P<h>\d+)/w:(?P<w>\d+)/(?P<blob>[\w-]+)\.jpeg")
_BLOB = re.compile(r"discogs-images/(?P<letter>[RALU])-(?P<owner>\d+)-(?P<n>\d+)\.jpeg")
_CREDENTIAL_PARAMS = ("token", "key", "secret")


@dataclass(frozen=True)
class CredentialLeak:
    """A request that reached the image host with API credentials: where, and which carrier (never the value)."""

    path: str
    carriers: tuple[str, ...]


class ImageState:
    """Per-app state of the image host, reachable as ``app.state.images``: limiter, counters, leaks."""

    def __init__(self, config: FakeConfig) -> None:
        self.config = config
        limits = config.image_rate_limit
        self.limiter = MovingWindowLimiter(limits, config.monotonic) if limits else None
        self.counters: Counter[str] = Counter()
        self.leaks: list[CredentialLeak] = []
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"ImageState(counters={dict(self.counters)}, leaks={len(self.leaks)})"

    def record_leak(self, leak: CredentialLeak) -> None:
        """Remember a request that carried credentials."""
        with self._lock:
            self.leaks.append(leak)

    def known(self, path: str) -> bool:
        """True when ``path`` is an image URL path the data set of this seed hands out."""
        match = _PATH.fullmatch(path)
        if match is None:
            return False
        blob = match["blob"]
        try:
            name = base64.urlsafe_b64decode(blob + "=" * (-len(blob) % 4)).decode("ascii")
        except (binascii.Error, UnicodeDecodeError):
            return False
        parts = _BLOB.fullmatch(name)
        if parts is None:
            return False
        letter, owner, n = parts["letter"], int(parts["owner"]), int(parts["n"])
        small = (match["q"], match["h"], match["w"]) == ("40", "150", "150")
        expected = image_signature(self.config.seed, letter, owner, n, *((150,) if small else ()))
        return match["sig"] == expected


def image_bytes(path: str) -> bytes:
    """Deterministic JPEG-framed bytes for an image path (SOI, a JFIF APP0 segment, a payload, EOI)."""
    digest = hashlib.sha256(path.encode()).digest()
    app0 = b"\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    comment = digest * 32
    com = b"\xff\xfe" + (len(comment) + 2).to_bytes(2, "big") + comment
    return b"\xff\xd8" + app0 + com + b"\xff\xd9"


def _carriers(request: Request) -> tuple[str, ...]:
    found = ["Authorization header"] if request.headers.get("authorization") else []
    for name, _ in parse_qsl(request.url.query, keep_blank_values=True):
        if name in _CREDENTIAL_PARAMS or name.startswith("oauth_"):
            found.append(f"query parameter {name}")
    return tuple(found)


async def _image(request: Request) -> Response:
    images: ImageState = request.app.state.images
    images.counters["requests"] += 1
    path = request.url.path
    carriers = _carriers(request)
    if carriers:
        images.counters["credentials"] += 1
        images.record_leak(CredentialLeak(path, carriers))
        message = "API credentials must not be sent to the image host: " + ", ".join(carriers)
        return JSONResponse({"message": message}, status_code=400)
    headers: dict[str, str] = {}
    if images.limiter is not None:
        client = request.client
        status = images.limiter.hit(client.host if client else "unknown", False)
        headers = {k.decode(): v.decode() for k, v in status.headers()}
        if not status.allowed:
            images.counters["rate_limited"] += 1
            return JSONResponse({"message": "You are making requests too quickly."}, 429, headers=headers)
    if not images.known(path):
        images.counters["not_found"] += 1
        return JSONResponse({"message": "The requested resource was not found."}, 404, headers=headers)
    images.counters["served"] += 1
    body = b"" if request.method == "HEAD" else image_bytes(path)
    headers["content-length"] = str(len(image_bytes(path)))
    headers["cache-control"] = "public, max-age=31536000"
    return Response(body, 200, headers=headers, media_type="image/jpeg")


def create_image_app(config: FakeConfig | None = None) -> Starlette:
    """Build the fake image host for ``config`` (same seed as the API app, so the API's image URLs resolve).

    The app's ``state.images`` is an :class:`ImageState` (``counters``, ``leaks``). In-process, route the
    API's ``https://i.discogs.com`` URLs to it with ``httpx.ASGITransport``; :func:`~discogs_async.testing.serve`
    runs it on a second loopback address and makes the API's image URLs point there.
    """
    app = Starlette(routes=[Route("/{path:path}", _image, methods=["GET", "HEAD"])])
    app.state.images = ImageState(config or FakeConfig())
    return app
