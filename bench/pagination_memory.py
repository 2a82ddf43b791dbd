"""Pagination memory: 100,000 items through `Discogs.paginate`, peak traced memory at 10k and at 100k items.

A cheap mock transport serves `GET /artists/1/releases` pages of 100 real-shaped items (the fake's discography of
artist 1) with a `Link: rel="next"` header, endlessly. One page is fetched before tracing starts, so first-call
imports are not counted. The baseline in the same run is the peak after 10k items: memory that grew with the
items would make the ratio of the two peaks about 10; flat memory keeps it near 1 (the peak still creeps up a
little with the moment the cyclic garbage collector happens to run, so the memory held is shown as well).
"""

from __future__ import annotations

import asyncio
import json
import time
import tracemalloc
from typing import Any

import httpx

from discogs_async import Discogs, Governor, UserToken
from discogs_async.testing.data import FakeData

from ._common import TOKEN, USER_AGENT, Row, Section

BASE_URL = "https://api.discogs.com"
PER_PAGE = 100


def _transport(pages: int) -> httpx.MockTransport:
    items = json.dumps(FakeData(1).discography(1)[:PER_PAGE]).encode()

    def handler(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get("page", "1"))
        urls: dict[str, str] = {}
        headers: dict[str, str] = {}
        if page < pages:
            urls["next"] = f"{BASE_URL}/artists/1/releases?page={page + 1}&per_page={PER_PAGE}"
            headers["Link"] = f'<{urls["next"]}>; rel="next"'
        pagination = {"page": page, "pages": pages, "per_page": PER_PAGE, "items": pages * PER_PAGE, "urls": urls}
        body = b'{"pagination": ' + json.dumps(pagination).encode() + b', "releases": ' + items + b"}"
        return httpx.Response(200, content=body, headers={"Content-Type": "application/json", **headers})

    return httpx.MockTransport(handler)


async def measure(total: int, checkpoint: int) -> dict[str, Any]:
    """Iterate `total` items; the traced peak (bytes) at `checkpoint` and at the end, and the time taken."""
    pages = -(-total // PER_PAGE) + 1
    lifted = Governor(limit=10**9, window=1.0)
    transport = _transport(pages)
    async with Discogs(USER_AGENT, auth=UserToken(TOKEN), governor=lifted, transport=transport) as discogs:
        async for _ in discogs.paginate(discogs.get_artist_releases, artist_id=1, max_items=PER_PAGE):
            pass  # warm-up: imports and the first connection, before tracing
        tracemalloc.start()
        tracemalloc.reset_peak()
        base = tracemalloc.get_traced_memory()[0]
        started = time.perf_counter()
        count = 0
        at_checkpoint = (0, 0)
        try:
            async for _ in discogs.paginate(discogs.get_artist_releases, artist_id=1, max_items=total):
                count += 1
                if count == checkpoint:
                    at_checkpoint = tracemalloc.get_traced_memory()
            at_end = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        seconds = time.perf_counter() - started
    return {
        "count": count,
        "checkpoint": at_checkpoint[1] - base,
        "peak": at_end[1] - base,
        "checkpoint_current": at_checkpoint[0] - base,
        "current": at_end[0] - base,
        "seconds": seconds,
    }


def run(total: int = 100_000, checkpoint: int = 10_000) -> Section:
    """Measure and report the two peaks."""
    result = asyncio.run(measure(total, checkpoint))
    assert result["count"] == total, result
    ratio = result["peak"] / result["checkpoint"]
    setup = (
        f"{total:,} items ({total // PER_PAGE:,} pages of {PER_PAGE}) through `paginate(get_artist_releases)` over "
        f"an `httpx.MockTransport`, under tracemalloc (which slows it down): {result['seconds']:.1f} s."
    )
    section = Section("4. Pagination memory", setup)
    section.rows.append(
        Row(
            f"peak traced memory after {total:,} items",
            f"{result['peak'] / 1e6:.2f} MB",
            f"after {checkpoint:,} items: {result['checkpoint'] / 1e6:.2f} MB",
            ratio,
            "< 2 (growing with the items: ~10)",
            ratio < 2,
        )
    )
    section.rows.append(
        Row(
            f"memory still held after {total:,} items (current, not peak)",
            f"{result['current'] / 1e6:.2f} MB",
            f"after {checkpoint:,} items: {result['checkpoint_current'] / 1e6:.2f} MB",
            result["current"] / result["checkpoint_current"] if result["checkpoint_current"] > 0 else None,
        )
    )
    return section
