"""Several processes, one rate budget: the Redis-shared governor against one in-process governor per process.

Discogs counts requests per source IP. Here N worker processes (spawned) each run M concurrent tasks harvesting
releases from one fake Discogs (real TCP, its own process) that enforces a moving window per source address: all
workers come from 127.0.0.1, so they share one budget, as harvesters on one host share one IP. Run twice, each
against a fresh server: every worker with its own in-process `Governor` (each believes it owns the whole limit),
then every worker with a `RedisGovernor` on one budget (redis-server on loopback, started here when none is given).
Workers signal when ready and all start together; steady-state utilisation = successes in the whole windows from the
first success / what those windows allow (allowed rate = limit / window); burst latency = time from the start to the
success that fills the first window. 429s are those the workers received (each counted by its governor).

    python -m bench.bench_multiprocess [--processes 4] [--tasks 25] [--per-task 2] [--limit 60] [--window 10]

A request counts from when it is sent until one window after its answer, so each slot cycles in a window plus the
server's latency: the window is scaled down less than elsewhere (10 s) so that the fake's latency under four
workers does not stand for a tenth of it, as the real API's (0.3 s of 60 s) does not.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import multiprocessing
import queue
import shutil
import socket
import subprocess
import time
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import httpx

from ._common import HEADERS, TOKEN, USER_AGENT, Row, Section, fake_server

_START_TIMEOUT = 60.0


@dataclass(frozen=True)
class Outcome:
    """What all the workers of one run did together."""

    mode: str
    successes: int
    failures: int
    sent: int
    throttled: int
    seconds: float
    allowed: float
    done_at: tuple[float, ...] = ()
    """When each success came, in seconds from the start, in order."""
    window: float = 0.0

    @property
    def ratio(self) -> float:
        """Achieved rate over the allowed rate."""
        return self.successes / self.seconds / self.allowed if self.seconds > 0 else 0.0

    @property
    def steady(self) -> float:
        """Steady-state utilisation: the successes in the whole windows from the first one, over what they allow.

        A governor that bursts sends a window's worth at its start, so the last, partial window would count a
        whole window it did not need, and the first success comes after the start-up; whole windows do not.
        """
        return steady_state(self.done_at, self.window, self.allowed)


def steady_state(done_at: Sequence[float], window: float, allowed: float) -> float:
    """Successes (`done_at`: their times, in order) within the whole windows from the first, over what they allow."""
    if not done_at or window <= 0:
        return 0.0
    first = done_at[0]
    windows = int((done_at[-1] - first) // window)
    if windows == 0:
        return len(done_at) / (window * allowed)
    return sum(1 for at in done_at if at < first + windows * window) / (windows * window * allowed)


def _worker(spec: dict[str, Any], messages: Any, go: Any) -> None:
    """One worker process: build its client, say it is ready, wait for the start, harvest, report."""
    try:
        messages.put(("done", asyncio.run(_harvest(spec, messages, go))))
    except BaseException as exc:  # report, so that the parent does not wait for nothing
        messages.put(("error", f"{type(exc).__name__}: {exc}"))
        raise


async def _harvest(spec: dict[str, Any], messages: Any, go: Any) -> dict[str, Any]:
    from discogs_async import Discogs, DiscogsError, Governor, UserToken
    from discogs_async.governor import RateGovernor
    from discogs_async.redis_governor import RedisGovernor

    window = spec["window"]
    governor: RateGovernor
    if spec["mode"] == "redis":
        governor = RedisGovernor(spec["redis_url"], budget=spec["budget"], window=window)
    else:
        governor = Governor(window=window)
    first_id = spec["first_id"]
    ids = iter(range(first_id, first_id + spec["releases"]))
    done: list[float] = []
    failures = 0
    await _warm_up(spec["url"])
    async with Discogs(USER_AGENT, auth=UserToken(TOKEN), base_url=spec["url"], governor=governor) as discogs:
        messages.put(("ready", None))
        await asyncio.get_running_loop().run_in_executor(None, go.wait)

        async def task() -> None:
            nonlocal failures
            for release_id in ids:
                try:
                    await discogs.get_release(release_id)
                except DiscogsError:
                    failures += 1
                else:
                    done.append(time.time())

        await asyncio.gather(*(task() for _ in range(spec["tasks"])))
        stats = governor.stats()
    if isinstance(governor, RedisGovernor):
        await governor.aclose()
    return {"done": done, "failures": failures, "sent": stats.requests, "throttled": stats.throttled_429}


async def _warm_up(url: str) -> None:
    """Pay the first-call costs (imports, the HTTP stack) before the clock starts, without spending budget.

    The generated code path runs against a mock; the network stack sends one request without a User-Agent, which
    the fake refuses (403) without counting it against the rate limit.
    """
    from discogs_async import Discogs

    mock = httpx.MockTransport(lambda request: httpx.Response(200, json={"id": 1, "title": "warm-up"}))
    async with Discogs(USER_AGENT, base_url="https://api.discogs.com", transport=mock) as discogs:
        await discogs.get_release(1)
    async with httpx.AsyncClient(headers={"User-Agent": ""}) as client:
        await client.get(f"{url}/releases/1")


def harvest(
    mode: str,
    url: str,
    *,
    processes: int,
    tasks: int,
    per_task: int,
    limit: int,
    window: float,
    redis_url: str | None = None,
    releases: int | None = None,
) -> Outcome:
    """Run `processes` spawned workers with `tasks` tasks each, `per_task` releases a task (or `releases` a worker,
    shared by its tasks); their joint outcome."""
    # One request first, so the server's first-request costs do not hold up (and bunch) the measured ones; it leaves
    # the window before the workers start.
    httpx.get(f"{url}/releases/{10**6}", headers=HEADERS, timeout=30).raise_for_status()
    warm = time.time()
    context = multiprocessing.get_context("spawn")
    messages, go = context.Queue(), context.Event()
    budget = f"bench-{uuid.uuid4().hex}"
    workers = []
    for number in range(processes):
        spec = {
            "mode": mode,
            "url": url,
            "redis_url": redis_url,
            "budget": budget,
            "window": window,
            "tasks": tasks,
            "per_task": per_task,
            "first_id": 1 + number * (releases or tasks * per_task),
            "releases": releases or tasks * per_task,
        }
        worker = context.Process(target=_worker, args=(spec, messages, go), daemon=True)
        worker.start()
        workers.append(worker)
    try:
        _collect(messages, "ready", len(workers), _START_TIMEOUT, mode)
        time.sleep(max(0.0, warm + window - time.time()))
        started = time.time()
        go.set()
        expected = tasks * per_task * processes * window / limit
        reports = _collect(messages, "done", len(workers), _START_TIMEOUT + 10 * expected, mode)
    finally:
        go.set()
        for worker in workers:
            worker.join(timeout=10)
            if worker.is_alive():
                worker.kill()
    done = sorted(t for report in reports for t in report["done"])
    return Outcome(
        mode=mode,
        successes=len(done),
        failures=sum(report["failures"] for report in reports),
        sent=sum(report["sent"] for report in reports),
        throttled=sum(report["throttled"] for report in reports),
        seconds=(max(done) - started) if done else 0.0,
        allowed=limit / window,
        done_at=tuple(t - started for t in done),
        window=window,
    )


def _collect(messages: Any, kind: str, count: int, timeout: float, mode: str) -> list[Any]:
    """Wait for `count` messages of `kind` from the workers; the first error one reports is raised at once."""
    deadline = time.monotonic() + timeout
    found: list[Any] = []
    while len(found) < count:
        try:
            what, payload = messages.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            raise RuntimeError(f"the {mode} workers did not get {kind} within {timeout:.0f} s") from None
        if what == "error":
            raise RuntimeError(f"a {mode} worker failed: {payload}")
        if what == kind:
            found.append(payload)
    return found


@contextlib.contextmanager
def redis_server() -> Iterator[str]:
    """A throwaway redis-server on a free loopback port (no persistence); yields its URL."""
    binary = shutil.which("redis-server")
    if binary is None:
        raise RuntimeError("redis-server is not installed (`make redis-server` installs it)")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    process = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                    break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("redis-server did not start") from None
                time.sleep(0.02)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        process.wait(timeout=10)


def compare(
    *, processes: int, tasks: int, per_task: int, limit: int, window: float, redis_url: str
) -> tuple[Outcome, Outcome]:
    """The same harvest with in-process governors, then with the shared one; each against a fresh server."""
    outcomes = []
    for mode in ("in-process", "redis"):
        with fake_server(limit, window) as url:
            outcomes.append(
                harvest(
                    mode,
                    url,
                    processes=processes,
                    tasks=tasks,
                    per_task=per_task,
                    limit=limit,
                    window=window,
                    redis_url=redis_url,
                )
            )
    return outcomes[0], outcomes[1]


def run(processes: int = 4, tasks: int = 25, per_task: int = 2, limit: int = 60, window: float = 10.0) -> Section:
    """The benchmark as a report section."""
    allowed = limit / window
    setup = (
        f"{processes} worker processes x {tasks} tasks x {per_task} releases, one budget: fake server (own process, "
        f"real TCP) allowing {limit} requests per {window:g} s per source address ({allowed:g}/s), all workers on "
        "127.0.0.1; a fresh server for each run. In-process = one `Governor` per worker; shared = `RedisGovernor` on "
        "one budget (redis-server on loopback). Workers start together once all are ready."
    )
    section = Section("6. Several processes, one budget (Redis-shared governor)", setup)
    try:
        with redis_server() as redis_url:
            alone, shared = compare(
                processes=processes, tasks=tasks, per_task=per_task, limit=limit, window=window, redis_url=redis_url
            )
    except RuntimeError as exc:
        section.rows.append(Row("skipped", str(exc)))
        return section
    for outcome, goal in ((shared, True), (alone, False)):
        name = "shared (Redis)" if goal else "in-process x" + str(processes)
        section.rows += [
            Row(
                f"{name}: steady-state utilisation",
                f"{outcome.successes} ok in {outcome.seconds:.1f} s ({outcome.failures} failed, {outcome.sent} sent; "
                f"{outcome.successes / outcome.seconds:.2f}/s over the wall time)",
                f"allowed {allowed:g}/s",
                outcome.steady,
                ">= 0.97" if goal else "",
                outcome.steady >= 0.97 if goal else None,
            ),
            Row(
                f"{name}: 429s",
                str(outcome.throttled),
                "" if goal else f"shared: {shared.throttled}",
                None,
                "0" if goal else "",
                outcome.throttled == 0 if goal else None,
            ),
        ]
    if len(shared.done_at) >= limit - 1:
        section.rows.append(
            Row(
                f"shared (Redis): burst latency, the first {limit - 1} releases",
                f"{shared.done_at[limit - 2] * 1000:.0f} ms from the start",
                f"one window: {window * 1000:.0f} ms",
                shared.done_at[limit - 2] / window,
            )
        )
    return section


def main() -> None:
    """Command line: print the section as Markdown."""
    parser = argparse.ArgumentParser(prog="python -m bench.bench_multiprocess", description=__doc__.splitlines()[0])
    parser.add_argument("--processes", type=int, default=4)
    parser.add_argument("--tasks", type=int, default=25)
    parser.add_argument("--per-task", type=int, default=2)
    parser.add_argument("--limit", type=int, default=60)
    parser.add_argument("--window", type=float, default=10.0)
    args = parser.parse_args()
    print(run(args.processes, args.tasks, args.per_task, args.limit, args.window).markdown())


if __name__ == "__main__":
    main()
