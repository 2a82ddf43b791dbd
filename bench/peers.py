"""Side by side with the peers, in one run: discogs-sdk 0.8.1 and python3-discogs-client 2.10 against us.

The peers live in a virtual environment of their own (build/peers-venv, made on first use with pip; never in our
dependencies) and run in a child process (bench/_peer_worker.py) with that environment's interpreter; each
figure there is compared with a baseline measured in the same process, in the same run.

- Parsing: the bodies of bench 3 (documented release, 48 KB release, search page); each client's objects built
  from `json.loads(body)`, against `json.loads(body)` alone in the same process. discogs-sdk validates pydantic
  models; python3-discogs-client's objects are lazy, so every field the body has is read (and those of the
  tracks, videos... it holds) to make it do the work.
- Client CPU per request: `get release` one at a time against one fake server (own process, rate limit off);
  ours with its governor lifted; the baseline is bare httpx + `json.loads` in our process, in rounds interleaved
  with ours (the peers run in their own process, against the same server, after).
- Under the rate limit: 120 releases, each client against a fresh fake server enforcing Discogs's moving window
  of 60 requests scaled from 60 s to `window` seconds, so the floor is one window. The server counts the
  requests and the 429s. Async clients use 10 tasks; python3-discogs-client is synchronous (one at a time).
  Each client keeps its defaults: ours is given the limit (`Governor(60, window)`); discogs-sdk retries a 429 up
  to 3 times after 2^attempt s; python3-discogs-client backs off 2^attempt s (with jitter) up to 100 times.
  Their back-off is in seconds whatever the window, as against the real API.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import math
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx

from discogs_async import Discogs, Governor, UserToken

from . import parsing
from ._common import HEADERS, RELEASE_ID, TOKEN, USER_AGENT, Row, Section, fake_server

PEERS = ("discogs-sdk==0.8.1", "python3-discogs-client==2.10")
VENV = Path(__file__).resolve().parents[1] / "build" / "peers-venv"
WORKER = Path(__file__).with_name("_peer_worker.py")
NAMES = {"discogs-sdk": "discogs-sdk 0.8.1", "python3-discogs-client": "python3-discogs-client 2.10"}


def peers_python() -> Path:
    """The peers' interpreter, after creating their environment and installing them if that was not done yet."""
    python = VENV / "bin" / "python"
    marker = VENV / "installed.txt"
    if not (python.exists() and marker.exists() and marker.read_text(encoding="utf-8") == "\n".join(PEERS)):
        subprocess.run([sys.executable, "-m", "venv", "--clear", str(VENV)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "--quiet", *PEERS], check=True)
        marker.write_text("\n".join(PEERS), encoding="utf-8")
    return python


def worker(python: Path, task: dict[str, Any], timeout: float = 300) -> dict[str, Any]:
    """Run one task of bench/_peer_worker.py in the peers' environment and return what it printed."""
    output = subprocess.run(
        [str(python), str(WORKER), json.dumps(task)], check=True, capture_output=True, text=True, timeout=timeout
    ).stdout
    result: dict[str, Any] = json.loads(output)
    return result


_COUNTED_SERVER = r"""
import json, sys
from discogs_async.testing import FakeConfig, RateLimit, serve

limit, window = int(sys.argv[1]), float(sys.argv[2])
server = serve(FakeConfig(seed=1, rate_limit=RateLimit(limit, limit, window)))
with server as url:
    print(url, flush=True)
    sys.stdin.read()
    print(json.dumps(dict(server.fake.counters)), flush=True)
"""


@contextlib.contextmanager
def counted_server(limit: int, window: float) -> Iterator[tuple[str, dict[str, int]]]:
    """A fresh rate-limited fake in a child process; yields its URL and a dict filled with its counters at exit."""
    process = subprocess.Popen(
        [sys.executable, "-c", _COUNTED_SERVER, str(limit), str(window)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdin is not None and process.stdout is not None
    counters: dict[str, int] = {}
    try:
        url = process.stdout.readline().strip()
        if not url.startswith("http://"):
            raise RuntimeError("the fake Discogs server did not start")
        yield url, counters
    finally:
        process.stdin.close()
        counters.update(json.loads(process.stdout.readline() or "{}"))
        process.wait(timeout=10)


def our_parse(rounds: int, scale: int) -> dict[str, dict[str, float]]:
    """Our `from_dict(json.loads(body))` against `json.loads(body)`, per body, as the worker measures the peers."""
    result: dict[str, dict[str, float]] = {}
    for body in parsing.bodies(scale):
        times = parsing.measure(body, rounds)
        result[body.name] = {
            "json.loads": statistics.median(times["loads"]),
            "ours": statistics.median(times["from_dict"]),
            "ours ratio": parsing.ratio(times, "from_dict", "loads"),
        }
    return result


async def our_cpu(url: str, requests: int, warmup: int) -> dict[str, float]:
    """Client CPU seconds per request: `Discogs.get_release` (governor lifted) and bare httpx + json.loads."""
    lifted = Governor(limit=10**9, window=1.0)
    async with (
        Discogs(USER_AGENT, auth=UserToken(TOKEN), base_url=url, governor=lifted) as discogs,
        httpx.AsyncClient(base_url=url, headers=HEADERS) as bare,
    ):
        for _ in range(warmup):
            await discogs.get_release(RELEASE_ID)
            json.loads((await bare.get(f"/releases/{RELEASE_ID}")).content)

        async def ours() -> None:
            await discogs.get_release(RELEASE_ID)

        async def plain() -> None:
            response = await bare.get(f"/releases/{RELEASE_ID}")
            response.raise_for_status()
            json.loads(response.content)

        # Interleaved rounds, the order alternating, so that drift (and whichever runs first) hits both alike.
        rounds, per_round = 6, max(1, requests // 6)
        times: dict[str, list[float]] = {"ours": [], "bare": []}
        for number in range(rounds):
            for name, call in (("ours", ours), ("bare", plain))[:: 1 if number % 2 else -1]:
                started = time.process_time()
                for _ in range(per_round):
                    await call()
                times[name].append((time.process_time() - started) / per_round)
        result = {name: statistics.median(values) for name, values in times.items()}
    return result


async def our_rate(url: str, n: int, concurrency: int, limit: int, window: float) -> dict[str, Any]:
    """`n` releases through `Discogs.get_release` with `concurrency` tasks and a governor set to the limit."""
    done = failed = 0
    async with Discogs(
        USER_AGENT, auth=UserToken(TOKEN), base_url=url, governor=Governor(limit=limit, window=window)
    ) as discogs:
        ids = iter(range(1, n + 1))

        async def one_task() -> None:
            nonlocal done, failed
            for release_id in ids:
                try:
                    await discogs.get_release(release_id)
                    done += 1
                except Exception:  # counted and reported, as for the peers
                    failed += 1

        started = time.perf_counter()
        await asyncio.gather(*(one_task() for _ in range(concurrency)))
    return {"done": done, "failed": failed, "errors": [], "seconds": time.perf_counter() - started}


def run(
    rounds: int = 9, scale: int = 1, requests: int = 300, n: int = 120, limit: int = 60, window: float = 6.0
) -> Section:
    """Measure us and the peers on parsing, client CPU and the rate limit, and report them side by side."""
    python = peers_python()
    section = Section(
        "8. Side by side with the peers",
        f"discogs-sdk 0.8.1 and python3-discogs-client 2.10 in their own environment ({VENV.name}), in a child "
        f"process; every ratio is against a baseline of the same process. Parsing: {rounds} interleaved rounds, "
        "medians; the peers' object models built from `json.loads(body)` (python3-discogs-client's lazy objects "
        f"with every field read). Client CPU: {requests} sequential `get release` (5.2 KB) against one fake "
        f"server, rate limit off. Rate limit: {n} releases per client, each against a fresh fake enforcing "
        f"{limit} requests per moving {window:g} s (Discogs's 60 per 60 s, time scaled down; the floor is one "
        "window); async clients with 10 tasks; every client with its own defaults (see bench/peers.py).",
    )
    ours = our_parse(rounds, scale)
    with tempfile.TemporaryDirectory() as folder:
        specs: dict[str, dict[str, Any]] = {}
        for number, body in enumerate(parsing.bodies(scale)):
            path = Path(folder, f"{number}.json")
            path.write_bytes(body.content)
            specs[body.name] = {"path": str(path), "kind": body.kind, "calls": body.calls}
        theirs = worker(python, {"task": "parse", "bodies": specs, "rounds": rounds})
    for name, figures in ours.items():
        section.rows.append(
            Row(
                f"parse {name}: discogs_async",
                f"{figures['ours'] * 1e6:.0f} µs",
                f"`json.loads`: {figures['json.loads'] * 1e6:.0f} µs",
                figures["ours ratio"],
            )
        )
        for peer, label in NAMES.items():
            value = theirs[name][peer]
            if isinstance(value, str):  # the peer could not read the body
                section.rows.append(Row(f"parse {name}: {label}", value))
                continue
            section.rows.append(
                Row(
                    f"parse {name}: {label}",
                    f"{value * 1e6:.0f} µs",
                    f"`json.loads` (its process): {theirs[name]['json.loads'] * 1e6:.0f} µs",
                    theirs[name][peer + " ratio"],
                )
            )
    with fake_server(None) as url:
        cpu = asyncio.run(our_cpu(url, requests, warmup=20))
        peer_cpu = worker(python, {"task": "cpu", "url": url, "token": TOKEN, "release_id": RELEASE_ID,
                                   "requests": requests, "warmup": 20})  # fmt: skip
    bare = f"bare httpx + `json.loads`: {cpu['bare'] * 1e6:.0f} µs"
    section.rows.append(Row("client CPU per request: discogs_async", f"{cpu['ours'] * 1e6:.0f} µs", bare,
                            cpu["ours"] / cpu["bare"]))  # fmt: skip
    for peer, label in NAMES.items():
        seconds = peer_cpu[peer]["cpu"]
        section.rows.append(Row(f"client CPU per request: {label}", f"{seconds * 1e6:.0f} µs", bare,
                                seconds / cpu["bare"]))  # fmt: skip
    floor = (math.ceil(n / limit) - 1) * window  # the first `limit` at once, then one more batch per window
    for client in ("discogs_async", *NAMES):
        with counted_server(limit, window) as (url, counters):
            if client == "discogs_async":
                outcome = asyncio.run(our_rate(url, n, 10, limit, window))
            else:
                task = {"task": "rate", "peer": client, "url": url, "token": TOKEN, "n": n, "concurrency": 10}
                outcome = worker(python, task)
        errors = f" ({', '.join(outcome['errors'])})" if outcome["errors"] else ""
        section.rows.append(
            Row(
                f"{n} releases under the limit: {NAMES.get(client, client)}",
                f"{outcome['done']} succeeded, {outcome['failed']} failed{errors}; "
                f"{counters.get('rate_limited', 0)} 429s in {counters.get('requests', 0)} requests; "
                f"{outcome['seconds']:.1f} s",
                f"floor: {floor:g} s",
                outcome["seconds"] / floor if floor else None,
            )
        )
    return section
