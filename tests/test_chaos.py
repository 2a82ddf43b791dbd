"""Chaos: 1,000 concurrent tasks fetch 2,000 distinct releases from the fake Discogs over real TCP while it injects
faults: 10 % 5xx, dropped connections, slow answers (past the client's read timeout), a few truncated bodies and a
429 storm. The rate window is scaled down (300 requests per 2 s) so the run takes seconds, not an hour.

Every release must end up fetched exactly once or reported as failed with its reason; no task may hang; every
attempt must pass the governor; and the server must never refuse a request for the client's own pace (its
`rate_limited` counter stays 0: the only 429s are the storm's). The figures are printed.
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from dataclasses import dataclass, field

import httpx
import pytest

from discogs_async import (
    Discogs,
    DiscogsError,
    Governor,
    NetworkError,
    RateLimitError,
    RetryPolicy,
    ServerError,
    UnexpectedResponse,
    UserToken,
)
from discogs_async.testing import FakeConfig, Faults, RateLimit, serve

UA = "ChaosTests/1.0 +https://example.org"
TASKS = 1000
RESOURCES = 2000
LIMIT, WINDOW, RESERVE = 300, 2.0, 30  # the fake allows 300 per 2 s; the client paces 270 per 2 s (135/s)
STORM = (4.0, 3.0)  # every request gets 429 from 4 s to 7 s after the server starts (longer than a pause)
SLOW_SECONDS, READ_TIMEOUT = 1.0, 0.5  # a slow answer outlasts the read timeout: a ReadTimeout, retried
DEADLINE = 90.0  # the whole run; a hang fails the test instead of blocking the suite
FAILURES_EXPECTED = (ServerError, NetworkError, UnexpectedResponse, RateLimitError)


@dataclass
class Recorder(httpx.AsyncBaseTransport):
    """Wraps the real transport and notes the outcome of every attempt, by release id."""

    inner: httpx.AsyncBaseTransport
    attempts: dict[int, list[str]] = field(default_factory=dict)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        key = int(request.url.path.rsplit("/", 1)[1])
        outcomes = self.attempts.setdefault(key, [])
        try:
            response = await self.inner.handle_async_request(request)
        except httpx.TransportError as error:
            outcomes.append(type(error).__name__)
            raise
        outcomes.append(str(response.status_code))
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()


async def test_chaos_every_resource_fetched_once_or_reported(capsys: pytest.CaptureFixture[str]) -> None:
    faults = Faults(
        error_rate=0.10,
        error_statuses=(500, 502, 503, 504),
        drop_rate=0.03,
        slow_rate=0.02,
        slow_seconds=SLOW_SECONDS,
        malformed_rate=0.005,
        storm=STORM,
        seed=2024,
    )
    config = FakeConfig(rate_limit=RateLimit(LIMIT, LIMIT, WINDOW), faults=faults)
    server = serve(config)
    recorder = Recorder(httpx.AsyncHTTPTransport())
    governor = Governor(LIMIT, window=WINDOW, reserve=RESERVE)
    retry = RetryPolicy(attempts=6, base_delay=0.02, max_delay=0.5, rate_limit_attempts=6)
    timeout = httpx.Timeout(10.0, read=READ_TIMEOUT)
    outcomes: list[tuple[int, str, str]] = []  # (release id, "fetched"/"failed", detail)

    async def fetch(discogs: Discogs, ids: list[int]) -> None:
        for release_id in ids:
            try:
                release = await discogs.get_release(release_id)
            except DiscogsError as error:
                outcomes.append((release_id, "failed", f"{type(error).__name__}: {error}"))
            else:
                outcomes.append((release_id, "fetched", str(release.id)))

    started = time.monotonic()
    with server as base_url:
        async with Discogs(
            UA,
            auth=UserToken("fake-user-token"),
            base_url=base_url,
            governor=governor,
            retry=retry,
            timeout=timeout,
            transport=recorder,
        ) as discogs:
            ids = list(range(1, RESOURCES + 1))
            tasks = [asyncio.create_task(fetch(discogs, ids[i::TASKS])) for i in range(TASKS)]
            done, pending = await asyncio.wait(tasks, timeout=DEADLINE)
            for task in pending:
                task.cancel()
            assert not pending, f"{len(pending)} tasks hung"
            for task in done:
                task.result()  # no task died of anything but a typed, recorded failure
            pool = recorder.inner._pool  # type: ignore[attr-defined]
            assert pool._requests == []  # every answer, kept or discarded, gave its connection back
            assert all(connection.is_idle() or connection.is_closed() for connection in pool.connections)
        counters = dict(server.fake.counters)
    seconds = time.monotonic() - started

    # Every resource: exactly one outcome; a fetched one is the right release; a failure says why.
    per_id = Counter(release_id for release_id, _, _ in outcomes)
    assert set(per_id) == set(ids), f"lost: {sorted(set(ids) - set(per_id))[:10]}"
    duplicates = [release_id for release_id, n in per_id.items() if n > 1]
    assert duplicates == []
    fetched = {release_id for release_id, kind, detail in outcomes if kind == "fetched" and detail == str(release_id)}
    failed = {release_id: detail for release_id, kind, detail in outcomes if kind == "failed"}
    assert len(fetched) + len(failed) == RESOURCES
    for detail in failed.values():
        assert detail.split(":")[0] in {cls.__name__ for cls in FAILURES_EXPECTED}, detail
        assert len(detail) > 30, detail  # a reason, not just a name

    # The faults happened, and the client survived them.
    injected = {kind: counters.get(kind, 0) for kind in ("errors", "dropped", "slow", "storm", "malformed")}
    assert all(injected.values()), injected
    faulty = {key for key, seen in recorder.attempts.items() if any(not o.startswith("2") for o in seen)}
    survived = faulty & fetched
    assert len(fetched) >= RESOURCES * 0.98, f"only {len(fetched)} fetched"

    # The client never caused a 429 itself, and every attempt went through the governor.
    attempts = sum(len(seen) for seen in recorder.attempts.values())
    assert counters.get("rate_limited", 0) == 0, counters
    assert governor.stats().requests == attempts
    assert governor.stats().throttled_429 == counters["storm"]
    assert not [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]

    client_seen = Counter(
        o if not o.isdigit() else f"{o[0]}xx" if o != "429" else "429" for s in recorder.attempts.values() for o in s
    )
    with capsys.disabled():
        print(
            f"\nchaos: {TASKS} tasks, {RESOURCES} resources in {seconds:.1f} s; {attempts} attempts "
            f"({counters.get('requests', 0)} reached the server)\n"
            f"  faults injected by the server: {injected} = {sum(injected.values())}\n"
            f"  attempt outcomes seen by the client: {dict(client_seen)}\n"
            f"  resources hit by at least one fault: {len(faulty)}, fetched anyway (survived): {len(survived)}\n"
            f"  fetched: {len(fetched)}, failed with a reason: {len(failed)} "
            f"({dict(Counter(d.split(':')[0] for d in failed.values()))}), lost: {RESOURCES - len(per_id)}, "
            f"duplicates: {len(duplicates)}\n"
            f"  429s caused by the client (server's rate_limited counter): {counters.get('rate_limited', 0)}; "
            f"governor: {governor.stats()}"
        )
