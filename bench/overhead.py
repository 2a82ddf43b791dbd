"""Per-request overhead: `Discogs.get_release` against bare httpx + json.loads, and against the bare generated call.

All three fetch the same release from one fake server (`serve` in its own process, real TCP, rate limit off), one
request at a time, in interleaved rounds (the order rotates each round) so that drift hits all of them alike; the
figures are medians over rounds of what is measured within each round. The client's governor is lifted (a limit
of 10**9 per second), so its bookkeeping is still paid for but never waits. Client CPU time (this process only)
is reported alongside the wall time: the server's work is in another process, so it isolates what the client
itself spends.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import httpx

from discogs_async import Discogs, Governor, UserToken
from discogs_async._generated import types
from discogs_async._generated.api.database import get_release

from ._common import HEADERS, RELEASE_ID, TOKEN, USER_AGENT, Row, Section, fake_server, median, static_server
from .parsing import documented_release, json_only

Call = Callable[[], Awaitable[object]]


@dataclass(frozen=True)
class Rounds:
    """Seconds per request of each way to fetch, round by round (wall and client CPU)."""

    wall: dict[str, list[float]]
    cpu: dict[str, list[float]]

    def wall_median(self, name: str) -> float:
        """The median over rounds of one way's wall time per request."""
        return median(self.wall[name])

    def cpu_median(self, name: str) -> float:
        """The median over rounds of one way's client CPU time per request."""
        return median(self.cpu[name])

    def paired(
        self, figures: dict[str, list[float]], combine: Callable[[float, float], float], a: str, b: str
    ) -> float:
        """The median over rounds of `combine(a, b)` within each round, so that slow drift cancels out."""
        return median([combine(x, y) for x, y in zip(figures[a], figures[b], strict=True)])


async def measure(url: str, rounds: int, per_round: int, warmup: int) -> Rounds:
    """Time the ways to fetch the release in `rounds` interleaved rounds of `per_round` requests each."""
    lifted = Governor(limit=10**9, window=1.0)
    async with (
        Discogs(USER_AGENT, auth=UserToken(TOKEN), base_url=url, governor=lifted) as discogs,
        httpx.AsyncClient(base_url=url, headers=HEADERS) as bare,
        httpx.AsyncClient(base_url=url, headers=HEADERS) as plain,
    ):

        async def client() -> object:
            return await discogs.get_release(RELEASE_ID)

        async def httpx_json() -> object:
            response = await bare.get(f"/releases/{RELEASE_ID}")
            response.raise_for_status()
            return json.loads(response.content)

        async def generated() -> object:
            return (await get_release.asyncio_detailed(RELEASE_ID, client=plain)).parsed

        # "client, json": the same client decoding with json alone, as a plain install (no `fast` extra) does
        calls: dict[str, Call] = {"client": client, "client, json": client, "httpx": httpx_json, "generated": generated}
        for name, call in calls.items():
            with json_only(name.endswith(", json")):
                for _ in range(warmup):
                    await call()
        result = Rounds({name: [] for name in calls}, {name: [] for name in calls})
        names = list(calls)
        for number in range(rounds):
            turn = number % len(names)
            for name in names[turn:] + names[:turn]:
                call = calls[name]
                with json_only(name.endswith(", json")):
                    wall, cpu = time.perf_counter(), time.process_time()
                    for _ in range(per_round):
                        await call()
                    result.wall[name].append((time.perf_counter() - wall) / per_round)
                    result.cpu[name].append((time.process_time() - cpu) / per_round)
    return result


GOAL = 0.95
"""Requests per second of the client over bare httpx + json.loads (issue 14)."""


def _rows(result: Rounds, server: str) -> list[Row]:
    ratio = result.paired(result.wall, lambda client, bare: bare / client, "client", "httpx")
    cpu_ratio = result.paired(result.cpu, lambda client, bare: client / bare, "client", "httpx")
    json_ratio = result.paired(result.wall, lambda client, bare: bare / client, "client, json", "httpx")
    generated_ratio = result.paired(result.wall, lambda generated, bare: bare / generated, "generated", "httpx")
    added_wall = result.paired(result.wall, lambda client, generated: client - generated, "client", "generated")
    added_cpu = result.paired(result.cpu, lambda client, generated: client - generated, "client", "generated")
    client_wall, bare_wall, generated_wall = (result.wall_median(name) for name in ("client", "httpx", "generated"))
    client_cpu, bare_cpu, generated_cpu = (result.cpu_median(name) for name in ("client", "httpx", "generated"))
    return [
        Row(
            f"{server}: requests/s, `Discogs.get_release` (parsed model)",
            f"{1 / client_wall:.0f}/s",
            f"bare httpx + json.loads: {1 / bare_wall:.0f}/s",
            ratio,
            f">= {GOAL}",
            ratio >= GOAL,
        ),
        Row(
            f"{server}: requests/s, `Discogs.get_release` decoding with json (a plain install, no `fast` extra)",
            f"{1 / result.wall_median('client, json'):.0f}/s",
            f"bare httpx + json.loads: {1 / bare_wall:.0f}/s",
            json_ratio,
            f">= {GOAL}",
            json_ratio >= GOAL,
        ),
        Row(
            f"{server}: requests/s, the bare generated call (parse only, no hand-written layer)",
            f"{1 / generated_wall:.0f}/s",
            f"bare httpx + json.loads: {1 / bare_wall:.0f}/s",
            generated_ratio,
        ),
        Row(
            f"{server}: client CPU per request, `Discogs.get_release`",
            f"{client_cpu * 1e6:.0f} µs",
            f"bare httpx + json.loads: {bare_cpu * 1e6:.0f} µs",
            cpu_ratio,
        ),
        Row(
            f"{server}: time the hand-written layer adds to the bare generated call (wall; below 0: it does less "
            "than httpx.AsyncClient)",
            f"{added_wall * 1e6:+.0f} µs per request",
            f"bare generated call: {generated_wall * 1e6:.0f} µs",
        ),
        Row(
            f"{server}: client CPU the hand-written layer adds to the bare generated call",
            f"{added_cpu * 1e6:+.0f} µs per request",
            f"bare generated call: {generated_cpu * 1e6:.0f} µs",
        ),
    ]


def run(rounds: int = 60, per_round: int = 50, warmup: int = 50) -> Section:
    """Measure requests per second and the microseconds the hand-written layer adds, on two servers."""
    with fake_server(None) as url:
        size = len(httpx.get(f"{url}/releases/{RELEASE_ID}", headers=HEADERS).content)
        on_fake = asyncio.run(measure(url, rounds, per_round, warmup))
    documented = documented_release()
    with static_server(documented) as url:
        on_static = asyncio.run(measure(url, rounds, per_round, warmup))
    decoder = "orjson (the `fast` extra)" if types.FAST_DECODER is not None else "json (no `fast` extra)"
    setup = (
        f"GET /releases/{RELEASE_ID}, one request at a time, {rounds} interleaved rounds of {per_round} requests per "
        f"way (after {warmup} warm-up requests each; the order rotates each round); ratios and differences are taken "
        "within each round, then their median over rounds. Two servers, each in its own process on loopback: the "
        f"fake (`serve`: uvicorn and starlette, rate limit off, the fake's release, {size / 1000:.1f} KB) and an "
        f"independent one (the standard library's `http.server`, HTTP/1.1 keep-alive, answering with the "
        f"documented release, {len(documented) / 1000:.1f} KB). The client's governor is lifted to 10**9 per "
        f"second (its bookkeeping is paid, it never waits); the client decodes with {decoder}, and once more with "
        "json alone in the same rounds. Client CPU = this "
        "process's CPU time (the server runs in another)."
    )
    section = Section("2. Per-request overhead", setup)
    section.rows += _rows(on_fake, "fake") + _rows(on_static, "http.server")
    return section
