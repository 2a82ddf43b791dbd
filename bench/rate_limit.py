"""Rate-limit utilisation: the governed client against a naive one, on the fake enforcing a scaled moving window.

Both fetch the same releases with the same number of concurrent tasks from one fake server (real TCP, its own
process; the naive client sends `X-Fake-Client`, so the fake counts it in a moving window of its own), after one
warm-up request each (first-call imports and the first connection are bench 5's subject, not this one's).
Achieved rate = successful requests / wall time; allowed rate = limit / window. The naive client is plain httpx +
asyncio.gather with no governor, retrying a 429 after one slot's time (`window / limit`), the usual hand-written
loop.
"""

from __future__ import annotations

import asyncio
import json
import time
from dataclasses import dataclass

import httpx

from discogs_async import Discogs, Governor, UserToken

from ._common import HEADERS, TOKEN, USER_AGENT, Row, Section, fake_server


@dataclass(frozen=True)
class Run:
    """What one client achieved."""

    items: int
    requests: int
    throttled: int
    seconds: float

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

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        seconds = time.perf_counter() - started
    stats = governor.stats()
    return Run(done, stats.requests - 1, stats.throttled_429, seconds)


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


def run(n: int = 600, concurrency: int = 50, limit: int = 60, window: float = 3.0) -> Section:
    """Measure both clients; `limit` per `window` is Discogs's 60 per 60 s with time scaled down."""
    allowed = limit / window
    with fake_server(limit, window) as url:
        ours = asyncio.run(governed(url, n, concurrency, limit, window))
        theirs = asyncio.run(naive(url, n, concurrency, window / limit))
    setup = (
        f"{n} releases, {concurrency} concurrent tasks, fake server (`serve`, own process, real TCP) enforcing a "
        f"moving window of {limit} requests per {window:g} s (allowed {allowed:g}/s), one client after the other; "
        "the naive client is counted in a window of its own (the fake's `X-Fake-Client` header). "
        f"Naive = plain httpx + asyncio.gather, a 429 retried after {window / limit:g} s. "
        "One warm-up request each before the clock starts."
    )
    section = Section("1. Rate-limit utilisation", setup)
    section.rows += [
        Row(
            "governed: achieved / allowed rate",
            f"{ours.items / ours.seconds:.2f}/s over {ours.seconds:.1f} s ({ours.requests} requests)",
            f"allowed {allowed:g}/s",
            ours.ratio(allowed),
            ">= 0.97",
            ours.ratio(allowed) >= 0.97,
        ),
        Row("governed: 429s", str(ours.throttled), "", None, "0", ours.throttled == 0),
        Row(
            "naive: achieved / allowed rate",
            f"{theirs.items / theirs.seconds:.2f}/s over {theirs.seconds:.1f} s ({theirs.requests} requests)",
            f"allowed {allowed:g}/s",
            theirs.ratio(allowed),
        ),
        Row("naive: 429s", str(theirs.throttled), f"governed: {ours.throttled}"),
    ]
    return section
