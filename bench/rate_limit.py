"""Rate-limit utilisation and burst latency: the governed client against a naive one, on the fake's moving window.

Utilisation: both fetch the same releases with the same number of concurrent tasks from one fake server (real TCP,
its own process; the naive client sends `X-Fake-Client`, so the fake counts it in a moving window of its own),
after one warm-up request each (first-call imports and the first connection are bench 5's subject, not this one's).
Steady-state utilisation = successes in the whole windows from the first one / what those windows allow (a
governor that bursts sends a window's worth at its start, so wall time would count the last window whole); the
naive client is plain httpx + asyncio.gather with no governor, retrying a 429 after one slot's time
(`window / limit`), the usual hand-written loop.

Latency: a fresh client (an empty governor) against a fresh fake at the real 60 per 60 s, first five sequential
`get_release` calls (the README quick start), then a burst at once; the baseline is bare httpx with no governor.
"""

from __future__ import annotations

import asyncio
import json
import time
from dataclasses import dataclass

import httpx

from discogs_async import Discogs, Governor, UserToken

from ._common import HEADERS, TOKEN, USER_AGENT, Row, Section, fake_server
from .bench_multiprocess import steady_state


@dataclass(frozen=True)
class Run:
    """What one client achieved."""

    items: int
    requests: int
    throttled: int
    seconds: float
    done_at: tuple[float, ...] = ()
    """When each success came, in seconds from the start, in order."""

    def ratio(self, allowed: float) -> float:
        """Achieved rate over the allowed rate."""
        return self.items / self.seconds / allowed


async def governed(url: str, n: int, concurrency: int, limit: int, window: float) -> Run:
    """`n` releases through `Discogs.get_release` with `concurrency` tasks, paced by a governor for the window."""
    governor = Governor(limit=limit, window=window)
    async with Discogs(USER_AGENT, auth=UserToken(TOKEN), base_url=url, governor=governor) as discogs:
        await discogs.get_release(n + 1)  # warm-up: first-call imports and the first connection
        ids = iter(range(1, n + 1))
        done = 0

        async def worker() -> None:
            nonlocal done
            for release_id in ids:
                await discogs.get_release(release_id)
                done += 1
                done_at.append(time.perf_counter() - started)

        done_at: list[float] = []
        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        seconds = time.perf_counter() - started
    stats = governor.stats()
    return Run(done, stats.requests - 1, stats.throttled_429, seconds, tuple(done_at))


async def naive(url: str, n: int, concurrency: int, backoff: float) -> Run:
    """`n` releases with bare httpx and asyncio.gather (`concurrency` at a time), retrying 429s after `backoff`."""
    requests = throttled = done = 0
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    headers = {**HEADERS, "X-Fake-Client": "naive"}  # the fake's own window for this client (see `run`)
    async with httpx.AsyncClient(base_url=url, headers=headers, limits=limits) as client:
        gate = asyncio.Semaphore(concurrency)
        json.loads((await client.get(f"/releases/{n + 1}")).content)  # warm-up, as for the governed client

        async def one(release_id: int) -> None:
            nonlocal requests, throttled, done
            async with gate:
                while True:
                    response = await client.get(f"/releases/{release_id}")
                    requests += 1
                    if response.status_code != 429:
                        break
                    throttled += 1
                    await asyncio.sleep(backoff)
                response.raise_for_status()
                json.loads(response.content)
                done += 1

        started = time.perf_counter()
        await asyncio.gather(*(one(release_id) for release_id in range(1, n + 1)))
        seconds = time.perf_counter() - started
    return Run(done, requests, throttled, seconds)


async def latency(url: str, governed: bool, burst: int) -> tuple[float, float]:
    """Seconds for five sequential releases on a fresh client, then for `burst` at once."""
    if governed:
        discogs = Discogs(USER_AGENT, auth=UserToken(TOKEN), base_url=url)

        async def one(release_id: int) -> None:
            await discogs.get_release(release_id)

        close = discogs.aclose
    else:
        client = httpx.AsyncClient(base_url=url, headers={**HEADERS, "X-Fake-Client": "naive"})

        async def one(release_id: int) -> None:
            response = await client.get(f"/releases/{release_id}")
            response.raise_for_status()
            json.loads(response.content)

        close = client.aclose
    try:
        started = time.perf_counter()
        for release_id in range(1, 6):
            await one(release_id)
        sequential = time.perf_counter() - started
        started = time.perf_counter()
        await asyncio.gather(*(one(release_id) for release_id in range(6, 6 + burst)))
        return sequential, time.perf_counter() - started
    finally:
        await close()


async def _warm_up() -> None:
    """The client's code path once against a mock, so that first-call imports are not timed."""
    mock = httpx.MockTransport(lambda request: httpx.Response(200, json={"id": 1, "title": "warm-up"}))
    async with Discogs(USER_AGENT, base_url="https://api.discogs.com", transport=mock) as discogs:
        await discogs.get_release(1)


def run(n: int = 600, concurrency: int = 50, limit: int = 60, window: float = 3.0, burst: int = 40) -> Section:
    """Measure both clients; `limit` per `window` is Discogs's 60 per 60 s with time scaled down."""
    allowed = limit / window
    with fake_server(limit, window) as url:
        ours = asyncio.run(governed(url, n, concurrency, limit, window))
        theirs = asyncio.run(naive(url, n, concurrency, window / limit))
    asyncio.run(_warm_up())
    with fake_server(60, 60.0) as url:
        quick, at_once = asyncio.run(latency(url, True, burst))
        bare_quick, bare_at_once = asyncio.run(latency(url, False, burst))
    steady = steady_state(ours.done_at, window, allowed)
    setup = (
        f"{n} releases, {concurrency} concurrent tasks, fake server (`serve`, own process, real TCP) enforcing a "
        f"moving window of {limit} requests per {window:g} s (allowed {allowed:g}/s), one client after the other; "
        "the naive client is counted in a window of its own (the fake's `X-Fake-Client` header). "
        f"Naive = plain httpx + asyncio.gather, a 429 retried after {window / limit:g} s. "
        "One warm-up request each before the clock starts. Latency: a fresh client on a fresh fake at 60 per 60 s, "
        f"five sequential `get_release` (the README quick start), then {burst} at once; baseline bare httpx."
    )
    section = Section("1. Rate-limit utilisation and burst latency", setup)
    section.rows += [
        Row(
            "governed: steady-state utilisation",
            f"{ours.items} in {ours.seconds:.1f} s ({ours.requests} requests, "
            f"{ours.items / ours.seconds:.2f}/s over the wall time)",
            f"allowed {allowed:g}/s",
            steady,
            ">= 0.97",
            steady >= 0.97,
        ),
        Row("governed: 429s", str(ours.throttled), "", None, "0", ours.throttled == 0),
        Row(
            "naive: achieved / allowed rate",
            f"{theirs.items / theirs.seconds:.2f}/s over {theirs.seconds:.1f} s ({theirs.requests} requests)",
            f"allowed {allowed:g}/s",
            theirs.ratio(allowed),
        ),
        Row("naive: 429s", str(theirs.throttled), f"governed: {ours.throttled}"),
        Row(
            "quick start: 5 sequential releases, fresh client",
            f"{quick * 1000:.0f} ms",
            f"bare httpx: {bare_quick * 1000:.0f} ms",
            quick / bare_quick,
            "< 1 s",
            quick < 1.0,
        ),
        Row(
            f"burst: {burst} releases at once on an idle budget",
            f"{at_once * 1000:.0f} ms",
            f"bare httpx: {bare_at_once * 1000:.0f} ms",
            at_once / bare_at_once,
            "< 2 s",
            at_once < 2.0,
        ),
    ]
    return section
