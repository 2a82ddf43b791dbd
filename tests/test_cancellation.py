"""Cancellation: a task cancelled mid-request, mid-pagination or while it waits for the governor gives back what it
held (its place in the governor's queue, its pooled connection), leaves no task behind, and the client goes on
working; `async with` closes the pool, and closing with requests in flight hangs nothing.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpcore
import httpx
import pytest

from discogs_async import ClientClosedError, Discogs, Governor, RetryPolicy, UserToken
from discogs_async.testing import FakeConfig, Faults, RateLimit, serve
from discogs_async.testing.app import FaultInjector

UA = "CancelTests/1.0 +https://example.org"
RELEASE = {"id": 1, "title": "One"}
FAST = RetryPolicy(attempts=2, base_delay=0.001, max_delay=0.001)


async def until(condition: Callable[[], bool]) -> None:
    """Wait (5 s at most) until `condition()` holds: a counter of the fake server, which offers no event to wait on."""
    async with asyncio.timeout(5.0):
        while not condition():  # noqa: ASYNC110 - polling another component's counter
            await asyncio.sleep(0.002)


def others() -> list[asyncio.Task[Any]]:
    """Tasks of this loop other than the running test (the in-loop fake server's are filtered by the caller)."""
    return [task for task in asyncio.all_tasks() if task is not asyncio.current_task() and not task.done()]


class Gate(httpx.AsyncBaseTransport):
    """Answers at once while open; while closed, a request waits (as for a slow server) until it is cancelled."""

    def __init__(self) -> None:
        self.open = asyncio.Event()
        self.arrived = asyncio.Event()
        self.requests = 0
        self.cancelled = 0
        self.closed = False

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        self.arrived.set()
        try:
            await self.open.wait()
        except asyncio.CancelledError:
            self.cancelled += 1
            raise
        return httpx.Response(200, json={**RELEASE, "id": int(request.url.path.rsplit("/", 1)[1])})

    async def aclose(self) -> None:
        self.closed = True


async def test_cancel_mid_request_then_the_client_goes_on() -> None:
    gate = Gate()
    governor = Governor(1000, window=0.1)
    async with Discogs(UA, auth=UserToken("t"), transport=gate, governor=governor, retry=FAST) as discogs:
        task = asyncio.create_task(discogs.get_release(7))
        await asyncio.wait_for(gate.arrived.wait(), 5)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert gate.cancelled == 1
        assert governor.stats().requests == 1  # the cancelled attempt was sent, and counted once: no retry of it
        assert not governor._lock.locked()
        gate.open.set()
        assert (await asyncio.wait_for(discogs.get_release(8), 5)).id == 8
        assert governor.stats().requests == 2
        assert others() == []
    assert gate.closed


async def test_cancel_while_waiting_for_the_governor_takes_nothing() -> None:
    """Tasks queued behind a slow pace are cancelled: the queue empties, the pace is kept, later requests pass."""
    gate = Gate()
    gate.open.set()
    governor = Governor(3, window=0.3, reserve=0)  # one request every ~0.1 s
    async with Discogs(UA, auth=UserToken("t"), transport=gate, governor=governor, retry=FAST) as discogs:
        await discogs.get_release(1)
        waiting = [asyncio.create_task(discogs.get_release(i)) for i in range(2, 12)]
        await asyncio.sleep(0)  # let them queue
        for task in waiting:
            task.cancel()
        results = await asyncio.gather(*waiting, return_exceptions=True)
        assert all(isinstance(result, asyncio.CancelledError) for result in results)
        assert gate.requests == 1  # none of the cancelled ones was sent
        assert governor.stats().requests == 1
        assert not governor._lock.locked()
        assert (await asyncio.wait_for(discogs.get_release(20), 5)).id == 20
        assert governor.stats().requests == 2
        assert others() == []


class Pages(httpx.AsyncBaseTransport):
    """Ten pages of artist releases; page 3 waits until cancelled."""

    def __init__(self) -> None:
        self.served: list[int] = []
        self.blocked = asyncio.Event()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get("page", "1"))
        if page == 3 and not self.served.count(3):
            self.served.append(3)
            self.blocked.set()
            await asyncio.Event().wait()  # until cancelled
        self.served.append(page)
        items = [{"id": page * 100 + i, "title": f"r{page}-{i}", "type": "release"} for i in range(2)]
        body = {"pagination": {"page": page, "pages": 10, "per_page": 2, "items": 20}, "releases": items}
        headers = {}
        if page < 10:
            headers["link"] = f'<https://api.discogs.com/artists/1/releases?page={page + 1}&per_page=2>; rel="next"'
        return httpx.Response(200, json=body, headers=headers)


async def test_cancel_mid_pagination_closes_the_generator() -> None:
    pages = Pages()
    governor = Governor(1000, window=0.1)
    seen: list[int] = []
    async with Discogs(UA, auth=UserToken("t"), transport=pages, governor=governor, retry=FAST) as discogs:

        async def walk() -> None:
            async for item in discogs.paginate(discogs.get_artist_releases, artist_id=1, per_page=2):
                seen.append(item.id)

        task = asyncio.create_task(walk())
        await asyncio.wait_for(pages.blocked.wait(), 5)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert seen == [100, 101, 200, 201]
        assert others() == []
        assert not governor._lock.locked()
        # A fresh walk starts over and reads every page (page 3 answers now).
        again = [item.id async for item in discogs.paginate(discogs.get_artist_releases, artist_id=1, per_page=2)]
        assert len(again) == 20


def _pool(transport: httpx.AsyncHTTPTransport) -> httpcore.AsyncConnectionPool:
    pool: httpcore.AsyncConnectionPool = transport._pool
    return pool


@pytest.fixture
async def slow_server() -> AsyncIterator[tuple[str, Any]]:
    """The fake on loopback, answering every request 1 s late until `fast()` is called.

    Long enough for the requests to be cancelled while the server holds them, short enough that stopping the server
    (which lets its handlers finish) costs at most a second.
    """
    server = serve(FakeConfig(rate_limit=RateLimit(6000, 6000, 60.0), faults=Faults(slow_rate=1.0, slow_seconds=1.0)))
    async with server as base_url:
        yield base_url, server


def held(server: Any, count: int) -> bool:
    """Whether the slow fake holds (has delayed) at least `count` requests so far."""
    return bool(server.fake.counters["slow"] >= count)


def fast(server: Any) -> None:
    server.fake.faults = FaultInjector(Faults(), 0)


async def test_cancel_releases_the_pooled_connection(slow_server: tuple[str, Any]) -> None:
    """With one connection in the pool, cancelled requests must give it back or the next one could never go."""
    base_url, server = slow_server
    transport = httpx.AsyncHTTPTransport(limits=httpx.Limits(max_connections=1))
    timeout = httpx.Timeout(30.0, pool=2.0)  # a leaked connection shows as a PoolTimeout, not a hang
    async with Discogs(UA, auth=UserToken("fake-user-token"), base_url=base_url, transport=transport, timeout=timeout,
                       governor=Governor(1000, window=0.1), retry=FAST) as discogs:  # fmt: skip
        for release_id in (1, 2, 3):
            task = asyncio.create_task(discogs.get_release(release_id))
            await until(functools.partial(held, server, release_id))  # it reached the server, which holds it
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            pool = _pool(transport)
            assert pool._requests == []
            assert all(connection.is_closed() or connection.is_idle() for connection in pool.connections)
        fast(server)
        release = await asyncio.wait_for(discogs.get_release(4), 10)
        assert release.id == 4
    assert _pool(transport).connections == []  # async with closed the pool


async def test_closing_with_requests_in_flight_hangs_nothing(slow_server: tuple[str, Any]) -> None:
    base_url, server = slow_server
    discogs = Discogs(UA, auth=UserToken("fake-user-token"), base_url=base_url, governor=Governor(1000, window=0.1),
                      retry=FAST, timeout=httpx.Timeout(30.0))  # fmt: skip
    async with discogs:
        tasks = [asyncio.create_task(discogs.get_release(i)) for i in range(1, 11)]
        await until(functools.partial(held, server, 10))
    # The pool is closed under them: each fails at once, none waits for the slow answer.
    done, pending = await asyncio.wait(tasks, timeout=0.5)
    for task in pending:
        task.cancel()
    assert not pending
    for task in done:
        error = task.exception()
        assert isinstance(error, ClientClosedError), repr(error)  # closed under it: reported, not retried
