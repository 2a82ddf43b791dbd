"""Where one request's client CPU goes: `Discogs.get_release` and bare httpx + json.loads under cProfile.

Both fetch the same release from one fake server (`serve` in its own process, rate limit off), one request at a
time, each way profiled over the same number of requests after a warm-up. cProfile's own cost inflates every
function call, so the figures are larger than the unprofiled ones of section 2; what they show is the share:
each function's own time (not what it calls) summed by component, per request, side by side.
"""

from __future__ import annotations

import asyncio
import cProfile
import json
import pstats
from collections import Counter
from collections.abc import Awaitable, Callable

import httpx

from discogs_async import Discogs, Governor, UserToken

from ._common import HEADERS, RELEASE_ID, TOKEN, USER_AGENT, Row, Section, fake_server

COMPONENTS = (
    ("discogs_async/_generated/models", "generated models (from_dict)"),
    ("discogs_async/_generated", "generated facade, request_args, parse_response"),
    ("discogs_async/governor", "rate governor"),
    ("discogs_async", "hand-written layer (funnel, auth, size limit, checks)"),
    ("httpx", "httpx"),
    ("httpcore", "httpcore"),
    ("h11", "h11"),
    ("anyio", "anyio"),
    ("asyncio", "asyncio"),
    ("orjson", "JSON decoding"),
    ("json", "JSON decoding"),
)
"""Path fragments of a function's file, in the order they are tried, and the component each one names."""


def _component(filename: str, function: str) -> str:
    if filename == "~":  # a built-in: named after what it is
        if "orjson" in function or "json" in function:
            return "JSON decoding"
        if "epoll" in function or "select" in function or "socket" in function:
            return "system calls (socket, epoll)"
        return "built-ins (dict, isinstance, ...)"
    for fragment, name in COMPONENTS:
        if f"/{fragment}/" in filename or filename.endswith(f"/{fragment}.py"):
            return name
    return "other Python (stdlib: email, urllib, http.cookiejar, ...)"


def profile(call: Callable[[], Awaitable[object]], requests: int, warmup: int) -> dict[str, float]:
    """Seconds of own time per request, by component, over `requests` calls of `call` under cProfile."""

    async def run() -> cProfile.Profile:
        for _ in range(warmup):
            await call()
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(requests):
            await call()
        profiler.disable()
        return profiler

    profiler = asyncio.run(run())
    totals: Counter[str] = Counter()
    stats = pstats.Stats(profiler).stats  # type: ignore[attr-defined]  # typeshed leaves the table out
    for (filename, _line, function), (_calls, _primitive, own, _cumulative, _callers) in stats.items():
        totals[_component(filename, function)] += own / requests
    return dict(totals)


def run(requests: int = 2000, warmup: int = 200) -> Section:
    """Profile both ways against one fake server and report the own time of each component per request."""
    with fake_server(None) as url:
        lifted = Governor(limit=10**9, window=1.0)

        def ours() -> Callable[[], Awaitable[object]]:
            discogs = Discogs(USER_AGENT, auth=UserToken(TOKEN), base_url=url, governor=lifted)
            return lambda: discogs.get_release(RELEASE_ID)

        def bare() -> Callable[[], Awaitable[object]]:
            client = httpx.AsyncClient(base_url=url, headers=HEADERS)

            async def fetch() -> object:
                response = await client.get(f"/releases/{RELEASE_ID}")
                response.raise_for_status()
                return json.loads(response.content)

            return fetch

        client_profile = profile(ours(), requests, warmup)
        bare_profile = profile(bare(), requests, warmup)
    setup = (
        f"{requests} sequential `get_release` each way (after {warmup} warm-up requests) against one fake server, "
        "under cProfile, which inflates each call: compare the shares, not the absolute figures with section 2. "
        "Own time per request (a function's time less what it calls), summed by component; waiting for the "
        "server is in 'system calls'."
    )
    section = Section("9. Where a request's client CPU goes (cProfile)", setup)
    names = sorted(set(client_profile) | set(bare_profile), key=lambda name: -client_profile.get(name, 0.0))
    for name in names:
        ours_us, bare_us = client_profile.get(name, 0.0) * 1e6, bare_profile.get(name, 0.0) * 1e6
        section.rows.append(Row(name, f"{ours_us:.0f} µs", f"bare httpx + json.loads: {bare_us:.0f} µs"))
    total_ours, total_bare = sum(client_profile.values()) * 1e6, sum(bare_profile.values()) * 1e6
    section.rows.append(
        Row("all", f"{total_ours:.0f} µs", f"bare httpx + json.loads: {total_bare:.0f} µs", total_ours / total_bare)
    )
    return section
