"""The peers' side of bench/peers.py, run by the interpreter of the peers' own virtual environment.

`python bench/_peer_worker.py '<json task>'` prints one JSON object. It imports nothing from discogs_async (the
peers' environment does not have it): discogs-sdk 0.8.1 (pydantic models, httpx2) and python3-discogs-client 2.10
(requests, lazy objects). Tasks:

- `parse`: for each body file, the median over interleaved rounds of the seconds per call of `json.loads(body)`
  and of each peer building its objects from `json.loads(body)`.
- `cpu`: client CPU and wall time per `get release` against a local server, one request at a time.
- `rate`: `n` releases through one peer against a rate-limited server; successes, failures and wall time.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any

USER_AGENT = "DiscogsAsyncBench/1.0 +https://example.invalid"


def _sdk_build(kind: str) -> Callable[[Any], object]:
    """discogs-sdk's models for one kind of body: its pydantic `Release`, or a page of `SearchResult`s."""
    from discogs_sdk import models  # type: ignore[import-not-found]  # the peers' environment only

    if kind == "release":
        return lambda data: models.Release.model_validate(data)
    return lambda data: [models.SearchResult.model_validate(item) for item in data["results"]]


def _pdc_build(kind: str) -> Callable[[Any], object]:
    """python3-discogs-client's objects, which are lazy: built, then every field read so that the work is done."""
    import discogs_client  # type: ignore[import-not-found]  # the peers' environment only
    from discogs_client import models

    client = discogs_client.Client(USER_AGENT, user_token="bench-token")

    def read_all(obj: Any) -> list[Any]:
        """Every field of `obj`, and of the secondary objects it holds (tracks, videos...): what a caller reads.
        Only the fields the body has, and not those of the primary objects it refers to (artists, labels):
        reading an absent one makes the peer fetch the whole object."""
        cls = type(obj)
        fields = {name: getattr(cls, name, None) for name in dir(cls)}
        names = [
            name for name, f in fields.items() if type(f).__name__ in _READ and getattr(f, "name", None) in obj.data
        ]
        values = [item for name in names for item in _items(getattr(obj, name))]
        return [read_all(v) if isinstance(v, models.SecondaryAPIObject) else v for v in values]

    if kind == "release":
        return lambda data: read_all(models.Release(client, data))
    return lambda data: [read_all(models.CLASS_MAP[item["type"]](client, item)) for item in data["results"]]


_READ = {"SimpleFieldDescriptor", "ListFieldDescriptor", "ObjectFieldDescriptor"}
"""python3-discogs-client's field descriptors that read the object's own data (a collection fetches pages)."""


def _items(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _per_call(function: Callable[[], object], calls: int) -> float:
    started = time.perf_counter()
    for _ in range(calls):
        function()
    return (time.perf_counter() - started) / calls


def _time_body(body: bytes, kind: str, calls: int, rounds: int) -> dict[str, Any]:
    """Seconds per call of json.loads and of each peer on one body, and each peer's ratio to json.loads."""
    entry: dict[str, Any] = {}
    ways: dict[str, Callable[[], object]] = {"json.loads": lambda: json.loads(body)}
    for peer, build in (("discogs-sdk", _sdk_build), ("python3-discogs-client", _pdc_build)):
        make = build(kind)
        try:
            make(json.loads(body))
        except Exception as exc:  # reported in the table: a peer that cannot read a body is a result too
            entry[peer] = f"fails: {type(exc).__name__}: {str(exc)[:80]}"
            continue
        ways[peer] = lambda make=make: make(json.loads(body))  # type: ignore[misc]
    times: dict[str, list[float]] = {way: [] for way in ways}
    for _ in range(rounds):
        for way, function in ways.items():
            times[way].append(_per_call(function, calls))
    for way, values in times.items():
        entry[way] = statistics.median(values)
        if way != "json.loads":
            ratios = [t / base for t, base in zip(values, times["json.loads"], strict=True)]
            entry[way + " ratio"] = statistics.median(ratios)
    return entry


def parse(bodies: dict[str, dict[str, Any]], rounds: int) -> dict[str, Any]:
    """Seconds per call of json.loads and of each peer, per body (medians over interleaved rounds)."""
    result: dict[str, Any] = {}
    for name, spec in bodies.items():
        with open(spec["path"], "rb") as file:
            body = file.read()
        result[name] = _time_body(body, spec["kind"], spec["calls"], rounds)
    return result


async def _sdk_session(url: str, token: str) -> Any:
    from discogs_sdk import AsyncDiscogs

    return AsyncDiscogs(token=token, base_url=url, user_agent=USER_AGENT)


def cpu(url: str, token: str, release_id: int, requests: int, warmup: int) -> dict[str, Any]:
    """Client CPU and wall seconds per request of each peer, one request at a time."""
    import discogs_client

    result: dict[str, Any] = {}

    async def sdk() -> None:
        client = await _sdk_session(url, token)
        async with client:
            for _ in range(warmup):
                await client.releases.get(release_id)
            wall, started = time.perf_counter(), time.process_time()
            for _ in range(requests):
                release = await client.releases.get(release_id)
                assert release.id == release_id
            result["discogs-sdk"] = {
                "cpu": (time.process_time() - started) / requests,
                "wall": (time.perf_counter() - wall) / requests,
            }

    asyncio.run(sdk())
    client = discogs_client.Client(USER_AGENT, user_token=token)
    client._base_url = url  # no public setting: the API host is a class attribute
    for _ in range(warmup):
        client.release(release_id).refresh()
    wall, started = time.perf_counter(), time.process_time()
    for _ in range(requests):
        release = client.release(release_id)
        release.refresh()
        assert release.title
    result["python3-discogs-client"] = {
        "cpu": (time.process_time() - started) / requests,
        "wall": (time.perf_counter() - wall) / requests,
    }
    return result


def rate(peer: str, url: str, token: str, n: int, concurrency: int) -> dict[str, Any]:
    """`n` releases through one peer with its defaults (retries, back-off) against a rate-limited server."""
    done = failed = 0
    errors: list[str] = []
    started = time.perf_counter()
    if peer == "discogs-sdk":

        async def run() -> None:
            nonlocal done, failed
            client = await _sdk_session(url, token)
            ids = iter(range(1, n + 1))
            async with client:

                async def worker() -> None:
                    nonlocal done, failed
                    for release_id in ids:
                        try:
                            await client.releases.get(release_id)
                            done += 1
                        except Exception as exc:  # counted and reported: what a caller of the peer would see
                            failed += 1
                            errors.append(type(exc).__name__)

                await asyncio.gather(*(worker() for _ in range(concurrency)))

        asyncio.run(run())
    else:
        import discogs_client

        client = discogs_client.Client(USER_AGENT, user_token=token)
        client._base_url = url  # no public setting: the API host is a class attribute
        for release_id in range(1, n + 1):  # a synchronous client: one request at a time
            try:
                client.release(release_id).refresh()
                done += 1
            except Exception as exc:  # counted and reported, as above
                failed += 1
                errors.append(type(exc).__name__)
    return {"done": done, "failed": failed, "errors": sorted(set(errors)), "seconds": time.perf_counter() - started}


def main() -> None:
    """Run the task given as JSON in argv[1]; print its result as JSON."""
    task = json.loads(sys.argv[1])
    kind = task.pop("task")
    functions: dict[str, Callable[..., dict[str, Any]]] = {"parse": parse, "cpu": cpu, "rate": rate}
    print(json.dumps(functions[kind](**task)))


if __name__ == "__main__":
    main()
