"""Import time: `import discogs_async` and its first call, against `import httpx` and a first bare httpx call.

Each measurement runs in a fresh interpreter (`python -c`), which times itself from just before the import, so
interpreter start-up is left out. The first call builds a client and fetches one release (the fake's 249504, about
5 KB) from an `httpx.MockTransport`: `Discogs(...).get_release()` against `httpx.AsyncClient.get()` +
`json.loads`, both under `asyncio.run`. The two kinds of run alternate; the figures are medians.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from discogs_async.testing.data import FakeData

from ._common import RELEASE_ID, Row, Section, median

_OURS = r"""
import time
started = time.perf_counter()
import discogs_async
imported = time.perf_counter()
import asyncio, sys, httpx
body = open(sys.argv[1], "rb").read()

async def first_call():
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body))
    auth = discogs_async.UserToken("bench-token")
    async with discogs_async.Discogs("Bench/1.0", auth=auth, transport=transport) as discogs:
        await discogs.get_release(249504)

asyncio.run(first_call())
print(imported - started, time.perf_counter() - started)
"""

_HTTPX = r"""
import time
started = time.perf_counter()
import httpx
imported = time.perf_counter()
import asyncio, json, sys
body = open(sys.argv[1], "rb").read()

async def first_call():
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body))
    headers = {"User-Agent": "Bench/1.0", "Authorization": "Discogs token=bench-token"}
    async with httpx.AsyncClient(base_url="https://api.discogs.com", headers=headers, transport=transport) as client:
        json.loads((await client.get("/releases/249504")).content)

asyncio.run(first_call())
print(imported - started, time.perf_counter() - started)
"""


def _once(code: str, body: Path) -> tuple[float, float]:
    output = subprocess.run(
        [sys.executable, "-c", code, str(body)], check=True, capture_output=True, text=True
    ).stdout.split()
    return float(output[0]), float(output[1])


def run(runs: int = 9, warmup: bool = True) -> Section:
    """Time `runs` fresh interpreters of each kind, alternating, and compare the medians."""
    ours: list[tuple[float, float]] = []
    theirs: list[tuple[float, float]] = []
    with tempfile.TemporaryDirectory() as folder:
        body = Path(folder, "release.json")
        body.write_text(json.dumps(FakeData(1).release(RELEASE_ID)), encoding="utf-8")
        if warmup:  # the file-system cache (and .pyc files) for both
            _once(_OURS, body)
            _once(_HTTPX, body)
        for _ in range(runs):
            ours.append(_once(_OURS, body))
            theirs.append(_once(_HTTPX, body))
    our_import, our_first = median([o[0] for o in ours]), median([o[1] for o in ours])
    their_import, their_first = median([t[0] for t in theirs]), median([t[1] for t in theirs])
    warmed = " (after one warm-up each)" if warmup else ""
    setup = f"{runs} fresh interpreter(s) of each kind, alternating{warmed}; medians."
    section = Section("5. Import time", setup)
    section.rows += [
        Row(
            "`import discogs_async`",
            f"{our_import * 1e3:.0f} ms",
            f"`import httpx`: {their_import * 1e3:.0f} ms",
            our_import / their_import,
        ),
        Row(
            "import + first call (`Discogs(...).get_release`, mock transport)",
            f"{our_first * 1e3:.0f} ms",
            f"`import httpx` + `AsyncClient.get` + `json.loads`: {their_first * 1e3:.0f} ms",
            our_first / their_first,
        ),
        Row(
            "first call alone (the difference)",
            f"{(our_first - our_import) * 1e3:.0f} ms",
            f"httpx: {(their_first - their_import) * 1e3:.0f} ms",
            (our_first - our_import) / (their_first - their_import),
        ),
    ]
    return section
