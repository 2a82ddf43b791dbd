"""Run the fake Discogs API on a real loopback socket (uvicorn, HTTP/1.1)."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
import time
from collections.abc import Generator
from types import TracebackType

import uvicorn
from starlette.applications import Starlette

from .app import FakeState, create_app
from .config import FakeConfig
from .images import ImageState, create_image_app

__all__ = ["bind_socket", "serve", "uvicorn_config"]

_START_TIMEOUT = 10.0


def bind_socket(host: str, port: int) -> socket.socket:
    """A bound TCP socket for ``host``/``port`` (``0`` picks a free port)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP, not 0: only then does asyncio set TCP_NODELAY on accepted connections (else Nagle delays answers).
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    sock.set_inheritable(True)
    return sock


def uvicorn_config(app: Starlette, host: str, port: int, log_level: str = "warning") -> uvicorn.Config:
    """The uvicorn settings used for the fake: h11, no lifespan, no access log, logging left alone."""
    return uvicorn.Config(
        app,
        host=host,
        port=port,
        http="h11",
        lifespan="off",
        access_log=False,
        log_config=None,
        log_level=log_level,
        server_header=False,
    )


class _Server(uvicorn.Server):
    """uvicorn without signal handlers: the host program (pytest, an app) keeps its own."""

    @contextlib.contextmanager
    def capture_signals(self) -> Generator[None, None, None]:
        yield


def _image_host(host: str) -> str:
    """A second loopback address for the image host (127.0.0.2 beside 127.0.0.1 where the system has it)."""
    if host != "127.0.0.1":
        return host
    try:
        bind_socket("127.0.0.2", 0).close()
    except OSError:
        return host
    return "127.0.0.2"


def _url(host: str, port: int) -> str:
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


class serve:
    """Run the fake on loopback for the duration of a ``with``/``async with`` block; yields the base URL.

    ``async with serve(cfg) as url`` runs uvicorn as a task of the current event loop;
    ``with serve(cfg) as url`` runs it in a background thread with its own loop. ``port=0`` picks a free port.
    The app's state is available as :attr:`fake` (e.g. ``server.fake.authorize(token)``).

    The image host (:func:`~discogs_async.testing.create_image_app`) runs beside it on a second loopback address
    (``127.0.0.2`` when the API is on ``127.0.0.1`` and the system has it, else another port): its base URL is
    :attr:`image_url`, its state :attr:`images`, and the API's bodies carry image URLs on it.
    """

    def __init__(
        self, config: FakeConfig | None = None, host: str = "127.0.0.1", port: int = 0, *, log_level: str = "warning"
    ) -> None:
        self.app = create_app(config)
        self.image_app = create_image_app(self.fake.config)
        self.host = host
        self.port = port
        self.log_level = log_level
        self.url = ""
        self.image_url = ""
        self._servers: list[_Server] = []
        self._sockets: list[socket.socket] = []
        self._task: asyncio.Task[None] | None = None
        self._thread: threading.Thread | None = None

    @property
    def fake(self) -> FakeState:
        """The running app's :class:`~discogs_async.testing.app.FakeState`."""
        state: FakeState = self.app.state.fake
        return state

    @property
    def images(self) -> ImageState:
        """The image host's :class:`~discogs_async.testing.images.ImageState` (``counters``, ``leaks``)."""
        state: ImageState = self.image_app.state.images
        return state

    def _prepare(self) -> None:
        sock = bind_socket(self.host, self.port)
        image_host = _image_host(self.host)
        try:
            image_sock = bind_socket(image_host, 0)
        except OSError:
            sock.close()
            raise
        port, image_port = sock.getsockname()[1], image_sock.getsockname()[1]
        self.url, self.image_url = _url(self.host, port), _url(image_host, image_port)
        self.fake.image_url = self.image_url
        self._servers = [
            _Server(uvicorn_config(self.app, self.host, port, self.log_level)),
            _Server(uvicorn_config(self.image_app, image_host, image_port, self.log_level)),
        ]
        self._sockets = [sock, image_sock]

    async def _serve_all(self) -> None:
        pairs = zip(self._servers, self._sockets, strict=True)
        await asyncio.gather(*(server.serve(sockets=[sock]) for server, sock in pairs))

    def _started(self) -> bool:
        return all(server.started for server in self._servers)

    def _close_sockets(self) -> None:
        for sock in self._sockets:
            sock.close()
        self._sockets = []

    def _signal_exit(self) -> None:
        for server in self._servers:
            server.should_exit = True

    async def __aenter__(self) -> str:
        self._prepare()
        self._task = asyncio.create_task(self._serve_all())
        deadline = time.monotonic() + _START_TIMEOUT
        while not self._started():
            if self._task.done() or time.monotonic() > deadline:
                await self._stop_task()
                raise RuntimeError("the fake Discogs server did not start")
            await asyncio.sleep(0.005)
        return self.url

    async def _stop_task(self) -> None:
        self._signal_exit()
        if self._task is not None:
            try:
                await self._task
            finally:
                self._task = None
                self._close_sockets()

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self._stop_task()

    def __enter__(self) -> str:
        self._prepare()
        self._thread = threading.Thread(
            target=asyncio.run, args=(self._serve_all(),), name="fake-discogs-server", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + _START_TIMEOUT
        while not self._started():
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.__exit__(None, None, None)
                raise RuntimeError("the fake Discogs server did not start")
            time.sleep(0.005)
        return self.url

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._signal_exit()
        if self._thread is not None:
            self._thread.join(timeout=_START_TIMEOUT)
            self._thread = None
        self._close_sockets()
