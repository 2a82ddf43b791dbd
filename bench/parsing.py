"""Parsing: `Release.from_dict(json.loads(body))` against `json.loads(body)` alone, on a large release body.

The body is the largest of the fake's first releases grown to the size of a big real one (a box set): its
tracklist, credits, identifiers, images and videos repeated to about 300 tracks. Each way runs in interleaved
rounds; the figure is the median over rounds of the time per call.
"""

from __future__ import annotations

import copy
import json
import time
from collections.abc import Callable
from typing import Any

from discogs_async._generated.models.release import Release
from discogs_async.testing.data import FakeData

from ._common import Row, Section, median


def large_release(tracks: int = 300, seed: int = 1, candidates: int = 200) -> bytes:
    """A large, valid release body: the biggest of the first `candidates` fake releases, grown to `tracks` tracks."""
    data = FakeData(seed)
    base = max((data.release(i) for i in range(1, candidates + 1)), key=lambda r: len(json.dumps(r)))
    release: dict[str, Any] = copy.deepcopy(base)
    for key, factor in (("tracklist", 0), ("extraartists", 8), ("identifiers", 6), ("images", 4), ("videos", 6)):
        items = release.get(key) or []
        if not items:
            continue
        copies = max(1, tracks // len(items)) if factor == 0 else factor
        grown = [copy.deepcopy(item) for _ in range(copies) for item in items]
        if key == "tracklist":
            for number, track in enumerate(grown, 1):
                track["position"] = f"{(number - 1) // 20 + 1}-{(number - 1) % 20 + 1}"
        release[key] = grown
    return json.dumps(release).encode()


def _per_call(function: Callable[[], object], calls: int) -> float:
    started = time.perf_counter()
    for _ in range(calls):
        function()
    return (time.perf_counter() - started) / calls


def run(rounds: int = 15, calls: int = 20) -> Section:
    """Time both ways and report the cost of building the model on top of decoding the JSON."""
    body = large_release()
    tracks = len(json.loads(body)["tracklist"])
    parsed = Release.from_dict(json.loads(body))
    assert parsed.to_dict()["id"] == json.loads(body)["id"]  # a real parse, not a shortcut

    def loads() -> object:
        return json.loads(body)

    def model() -> object:
        return Release.from_dict(json.loads(body))

    loads_times: list[float] = []
    model_times: list[float] = []
    for _ in range(rounds):
        loads_times.append(_per_call(loads, calls))
        model_times.append(_per_call(model, calls))
    loads_time, model_time = median(loads_times), median(model_times)
    ratio = median([m / j for m, j in zip(model_times, loads_times, strict=True)])
    setup = (
        f"One release body of {len(body) / 1000:.0f} KB ({tracks} tracks), {rounds} interleaved rounds of {calls} "
        "calls each way; median over rounds."
    )
    section = Section("3. Parsing a large release", setup)
    section.rows += [
        Row(
            "`Release.from_dict(json.loads(body))` per call",
            f"{model_time * 1e3:.2f} ms",
            f"`json.loads(body)` alone: {loads_time * 1e3:.2f} ms",
            ratio,
        ),
        Row("`Release.from_dict` alone (the difference)", f"{(model_time - loads_time) * 1e3:.2f} ms"),
    ]
    return section
