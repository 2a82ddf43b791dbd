"""Parsing: an operation's `parse_response` against `httpx.Response.json()` alone, and the model's `from_dict` and
`to_dict` against the JSON decode, on three bodies.

The bodies: the documented release (Discogs's own example, from ../shared when it is there; the fake's release
249504 otherwise), a 48 KB release (the largest of the fake's first releases grown to about 300 tracks, the size
of a big box set) and a search page (a real capture of 50 results from ../shared, skipped when it is absent). Each
way runs in interleaved rounds; a figure is the median over rounds of the time per call, a ratio the median over
rounds of the ratio within a round.
"""

from __future__ import annotations

import contextlib
import copy
import json
import statistics
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx

from discogs_async._generated import types
from discogs_async._generated.api.database import get_release, search_database
from discogs_async.testing.data import FakeData

from ._common import RELEASE_ID, Row, Section, median

REFERENCE = Path(__file__).resolve().parents[1].parent / "shared" / "reference"
"""The shared reference (../shared from the project), read when it is there; never copied into the project."""
DOCUMENTED = REFERENCE / "doc-examples" / "get_releases_release_id_200.json"
SEARCH_PAGE = REFERENCE / "real-responses" / "ricbra-php-discogs-api" / "8.json"


@dataclass(frozen=True)
class Body:
    """One body to parse: its name, what it is (`release` or `search`), the bytes, and its operation's module."""

    name: str
    kind: str
    content: bytes
    module: ModuleType
    calls: int


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


def _shared_body(path: Path) -> bytes | None:
    if not path.is_file():
        return None
    return json.dumps(json.loads(path.read_text(encoding="utf-8"))["body"]).encode()


FAST = "orjson, the `fast` extra" if types.FAST_DECODER is not None else "json: the `fast` extra is not installed"


def documented_release() -> bytes:
    """The documented release's body (from ../shared), or the fake's release when ../shared is absent."""
    return _shared_body(DOCUMENTED) or json.dumps(FakeData(1).release(RELEASE_ID)).encode()


def bodies(scale: int = 1) -> list[Body]:
    """The bodies this benchmark and the peers' parse (`scale` divides the number of calls per round)."""
    documented = _shared_body(DOCUMENTED)
    found = [
        Body(
            "documented release" if documented else f"fake release {RELEASE_ID} (../shared absent)",
            "release",
            documented or json.dumps(FakeData(1).release(RELEASE_ID)).encode(),
            get_release,
            max(1, 200 // scale),
        ),
        Body("48 KB release", "release", large_release(), get_release, max(1, 20 // scale)),
    ]
    search = _shared_body(SEARCH_PAGE)
    if search is not None:
        found.append(Body("search page (50 results)", "search", search, search_database, max(1, 40 // scale)))
    return found


def _per_call(function: Callable[[], object], calls: int) -> float:
    started = time.perf_counter()
    for _ in range(calls):
        function()
    return (time.perf_counter() - started) / calls


def measure(body: Body, rounds: int) -> dict[str, list[float]]:
    """Seconds per call of each way, round by round (the ways interleaved within each round)."""
    request = httpx.Request("GET", "https://api.discogs.com/")
    content = body.content
    model = body.module.parse_response(httpx.Response(200, content=content, request=request))
    assert model.to_dict() == json.loads(content)  # a real, lossless parse, not a shortcut
    model_class = type(model)
    ways: dict[str, Callable[[], object]] = {
        "json": lambda: httpx.Response(200, content=content, request=request).json(),
        "parse_response": lambda: body.module.parse_response(httpx.Response(200, content=content, request=request)),
        "parse_response, json": lambda: body.module.parse_response(
            httpx.Response(200, content=content, request=request)
        ),
        "loads": lambda: json.loads(content),
        "from_dict": lambda: model_class.from_dict(json.loads(content)),
        "to_dict": model.to_dict,
    }
    times: dict[str, list[float]] = {way: [] for way in ways}
    for _ in range(rounds):
        for way, function in ways.items():
            with json_only(way.endswith(", json")):
                times[way].append(_per_call(function, body.calls))
    return times


@contextlib.contextmanager
def json_only(active: bool) -> Iterator[None]:
    """Decode with json even where the `fast` extra (orjson) is installed: what a plain install does."""
    saved = types.FAST_DECODER
    if active:
        types.FAST_DECODER = None
    try:
        yield
    finally:
        types.FAST_DECODER = saved


def ratio(times: dict[str, list[float]], way: str, baseline: str) -> float:
    """The median over rounds of `way / baseline` within each round."""
    return statistics.median([a / b for a, b in zip(times[way], times[baseline], strict=True)])


def run(rounds: int = 15, scale: int = 1) -> Section:
    """Time every way on every body and report the model's cost on top of decoding the JSON."""
    section = Section(
        "3. Parsing",
        f"{rounds} interleaved rounds per body; per round 200 calls each way on the documented release, 20 on the "
        "48 KB release, 40 on the search page; medians over rounds. `.json()` and `parse_response` both start "
        "from the same bytes in a fresh `httpx.Response`; `parse_response` is timed as installed (orjson when the "
        "`fast` extra is there) and with json alone, in the same rounds.",
    )
    for body in bodies(scale):
        times = measure(body, rounds)
        documented = body.name.startswith("documented")
        us = {way: median(values) * 1e6 for way, values in times.items()}
        size = f"{body.name}, {len(body.content) / 1000:.1f} KB"
        for way, decoder in (("parse_response", FAST), ("parse_response, json", "json, no `fast` extra")):
            parse_ratio = ratio(times, way, "json")
            section.rows.append(
                Row(
                    f"{size}: `parse_response` ({decoder})",
                    f"{us[way]:.0f} µs",
                    f"`.json()`: {us['json']:.0f} µs",
                    parse_ratio,
                    "<= 1.5 (never above 2.0)" if documented else "",
                    parse_ratio <= 1.5 if documented else None,
                )
            )
        section.rows += [
            Row(
                f"{size}: `from_dict(json.loads(body))`",
                f"{us['from_dict']:.0f} µs",
                f"`json.loads`: {us['loads']:.0f} µs",
                ratio(times, "from_dict", "loads"),
            ),
            Row(
                f"{size}: `to_dict()`",
                f"{us['to_dict']:.0f} µs",
                f"`.json()`: {us['json']:.0f} µs",
                ratio(times, "to_dict", "json"),
                "<= 1.5" if documented else "",
                ratio(times, "to_dict", "json") <= 1.5 if documented else None,
            ),
        ]
    return section
