"""The HTTP cache on a web-backend-like workload: the same release lookups with and without `cache=`.

1,000 lookups of 200 distinct releases drawn from a Zipf distribution (weight 1/rank, seeded), served by 20
concurrent tasks (the request handlers of a backend), through `Discogs.get_release` against the fake Discogs (real
TCP, its own process, a fresh one per run) enforcing a moving window scaled down from 60 a minute to 60 per
`window` seconds; the governor uses the same window. With the cache: `HttpCache(database_ttl=3600)` in a temporary
SQLite file (the fake, like Discogs, sends no freshness, so the ttl is what lets releases be reused). Requests sent
are those the governor granted (each reached the server); the wall time runs from the first lookup to the last.

    python -m bench.bench_cache [--lookups 1000] [--distinct 200] [--concurrency 20] [--window 1]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from discogs_async import Discogs, Governor, UserToken
from discogs_async.cache import HttpCache

from ._common import TOKEN, USER_AGENT, Row, Section, fake_server

LIMIT = 60


@dataclass(frozen=True)
class Outcome:
    """One run of the workload."""

    lookups: int
    sent: int
    throttled: int
    seconds: float


def zipf_lookups(lookups: int, distinct: int, seed: int = 7) -> list[int]:
    """`lookups` release ids drawn from `distinct` ones with probability proportional to 1/rank."""
    rng = random.Random(seed)
    ids = list(range(1, distinct + 1))
    return rng.choices(ids, weights=[1 / rank for rank in ids], k=lookups)


async def serve_lookups(url: str, ids: list[int], concurrency: int, window: float, cache: HttpCache | None) -> Outcome:
    """Run the lookups through one client with `concurrency` tasks; what it cost."""
    governor = Governor(window=window)
    async with Discogs(USER_AGENT, auth=UserToken(TOKEN), base_url=url, governor=governor, cache=cache) as discogs:
        queue = iter(ids)

        async def handler() -> None:
            for release_id in queue:
                release = await discogs.get_release(release_id)
                assert release.id == release_id

        started = time.perf_counter()
        await asyncio.gather(*(handler() for _ in range(concurrency)))
        seconds = time.perf_counter() - started
    stats = governor.stats()
    return Outcome(len(ids), stats.requests, stats.throttled_429, seconds)


def measure(
    lookups: int = 1000, distinct: int = 200, concurrency: int = 20, window: float = 1.0
) -> tuple[Outcome, Outcome, int]:
    """The workload without, then with the cache; and how many distinct releases it touches."""
    ids = zipf_lookups(lookups, distinct)
    with fake_server(LIMIT, window) as url:
        without = asyncio.run(serve_lookups(url, ids, concurrency, window, None))
    with tempfile.TemporaryDirectory() as folder, fake_server(LIMIT, window) as url:
        cache = HttpCache(database_ttl=3600, path=Path(folder) / "http_cache.db")
        cached = asyncio.run(serve_lookups(url, ids, concurrency, window, cache))
    return without, cached, len(set(ids))


def run(lookups: int = 1000, distinct: int = 200, concurrency: int = 20, window: float = 1.0) -> Section:
    """The benchmark as a report section."""
    without, cached, touched = measure(lookups, distinct, concurrency, window)
    setup = (
        f"{lookups} `get_release` lookups of {distinct} releases, Zipf-distributed (weight 1/rank; {touched} distinct "
        f"ids drawn), {concurrency} concurrent tasks; fake server (own process, real TCP) allowing {LIMIT} per "
        f"{window:g} s, a fresh one per run; with the cache: `HttpCache(database_ttl=3600)` on SQLite. "
        f"At Discogs' real {LIMIT} a minute, each request sent is about one second."
    )
    section = Section("7. HTTP cache on a web-backend workload", setup)
    section.rows += [
        Row(
            "requests sent",
            f"{cached.sent} with the cache ({cached.lookups - cached.sent} lookups answered from it)",
            f"{without.sent} without",
            cached.sent / without.sent,
            f"<= {touched} (one per distinct release)",
            cached.sent <= touched,
        ),
        Row(
            "wall time",
            f"{cached.seconds:.1f} s with the cache",
            f"{without.seconds:.1f} s without",
            cached.seconds / without.seconds,
        ),
        Row(
            "429s",
            f"{cached.throttled} with the cache",
            f"{without.throttled} without",
            None,
            "0",
            cached.throttled == 0,
        ),
    ]
    return section


def main() -> None:
    """Command line: print the section as Markdown."""
    parser = argparse.ArgumentParser(prog="python -m bench.bench_cache", description=__doc__.splitlines()[0])
    parser.add_argument("--lookups", type=int, default=1000)
    parser.add_argument("--distinct", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=20)
    parser.add_argument("--window", type=float, default=1.0)
    args = parser.parse_args()
    print(run(args.lookups, args.distinct, args.concurrency, args.window).markdown())


if __name__ == "__main__":
    main()
