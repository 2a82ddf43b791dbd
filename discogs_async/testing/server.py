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


class serve:
    """Run the fake on loopback for the duration of a ``with``/``async with`` block; yields the base URL.

    ``async with serve(cfg) as url`` runs uvicorn as a task of the current event loop;
    ``with serve(cfg) as url`` runs it in a background thread with its own loop. ``port=0`` picks a free port.
    The app's state is available as :attr:`fake` (e.g. ``server.fake.authorize(token)``).
    """

    def __init__(
        self, config: FakeConfig | None = None, host: str = "127.0.0.1", port: int = 0, *, log_level: str = "warning"
    ) -> None:
        self.app = create_app(config)
        self.host = host
        self.port = port
        self.log_level = log_level
        self.url = ""
        self._server: _Server | None = None
        self._socket: socket.socket | None = None
        self._task: asyncio.Task[None] | None = None
        self._thread: threading.Thread | None = None

    @property
    def fake(self) -> FakeState:
        """The running app's :class:`~discogs_async.testing.app.FakeState`."""
        state: FakeState = self.app.state.fake
        return state

    def _prepare(self) -> tuple[_Server, socket.socket]:
        sock = bind_socket(self.host, self.port)
        port = sock.getsockname()[1]
        self.url = f"http://[{self.host}]:{port}" if ":" in self.host else f"http://{self.host}:{port}"
        server = _Server(uvicorn_config(self.app, self.host, port, self.log_level))
        self._server, self._socket = server, sock
        return server, sock

    def _close_socket(self) -> None:
        if self._socket is not None:
            self._socket.close()
            self._socket = None

    async def __aenter__(self) -> str:
        server, sock = self._prepare()
        self._task = asyncio.create_task(server.serve(sockets=[sock]))
        deadline = time.monotonic() + _START_TIMEOUT
        while not server.started:
            if self._task.done() or time.monotonic() > deadline:
                await self._stop_task()
                raise RuntimeError("the fake Discogs server did not start")
            await asyncio.sleep(0.005)
        return self.url

    async def _stop_task(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._task is not None:
            try:
                await self._task
            finally:
                self._task = None
                self._close_socket()

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self._stop_task()

    def __enter__(self) -> str:
        server, sock = self._prepare()
        self._thread = threading.Thread(
            target=server.run, kwargs={"sockets": [sock]}, name="fake-discogs-server", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + _START_TIMEOUT
        while not server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.__exit__(None, None, None)
                raise RuntimeError("the fake Discogs server did not start")
            time.sleep(0.005)
        return self.url

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=_START_TIMEOUT)
            self._thread = None
        self._close_socket()
