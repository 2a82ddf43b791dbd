"""Import time: `import discogs_async` and its first call, against `import httpx` and a first bare httpx call.

Each measurement runs in a fresh interpreter (`python -c`), which times itself from just before the import, so
interpreter start-up is left out. Twice: in the development environment (where httpx finds click and rich and
loads its command line, which makes `import httpx` about twice as slow) and in an environment with only our
runtime dependencies (build/runtime-venv, made on first use: `pip install -e .`), which is what a user has.
Then `python -X importtime -c "import discogs_async"` in the runtime environment says what loads: the
cumulative time of the modules that weigh most, medians over the runs. The first call builds a client and
fetches one release (the fake's 249504, about 5 KB) from an `httpx.MockTransport`: `Discogs(...).get_release()`
against `httpx.AsyncClient.get()` + `json.loads`, both under `asyncio.run`. The two kinds of run alternate; the
figures are medians.
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


RUNTIME_VENV = Path(__file__).resolve().parents[1] / "build" / "runtime-venv"
WEIGHTS = (
    "httpx",
    "asyncio",
    "attrs",
    "aiolimiter",
    "importlib.metadata",
    "discogs_async._generated.api",
    "discogs_async._generated.constraints",
    "discogs_async.auth",
    "discogs_async.governor",
)
"""The modules whose cumulative import time the breakdown shows (where each is first imported)."""


def runtime_python() -> Path:
    """An interpreter with discogs_async and its runtime dependencies only (made on first use)."""
    python = RUNTIME_VENV / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(RUNTIME_VENV)], check=True)
        project = Path(__file__).resolve().parents[1]
        subprocess.run([str(python), "-m", "pip", "install", "--quiet", "-e", str(project)], check=True)
    return python


def _once(code: str, body: Path, python: Path | str = sys.executable) -> tuple[float, float]:
    output = subprocess.run(
        [str(python), "-c", code, str(body)], check=True, capture_output=True, text=True
    ).stdout.split()
    return float(output[0]), float(output[1])


def weights(python: Path, runs: int) -> dict[str, float]:
    """Median cumulative seconds of each of WEIGHTS in `python -X importtime -c "import discogs_async"`."""
    found: dict[str, list[float]] = {name: [] for name in WEIGHTS}
    for _ in range(runs):
        log = subprocess.run(
            [str(python), "-X", "importtime", "-c", "import discogs_async"], check=True, capture_output=True, text=True
        ).stderr
        for line in log.splitlines():
            parts = [part.strip() for part in line.removeprefix("import time:").split("|")]
            if len(parts) == 3 and parts[2] in found and parts[1].isdigit():
                found[parts[2]].append(int(parts[1]) / 1e6)
    return {name: median(values) for name, values in found.items() if values}


def _compare(python: Path | str, body: Path, runs: int, warmup: bool) -> tuple[float, float, float, float]:
    """Medians of (our import, our import + first call, httpx import, httpx import + first call)."""
    ours: list[tuple[float, float]] = []
    theirs: list[tuple[float, float]] = []
    if warmup:  # the file-system cache (and .pyc files) for both
        _once(_OURS, body, python)
        _once(_HTTPX, body, python)
    for _ in range(runs):
        ours.append(_once(_OURS, body, python))
        theirs.append(_once(_HTTPX, body, python))
    return (
        median([o[0] for o in ours]),
        median([o[1] for o in ours]),
        median([t[0] for t in theirs]),
        median([t[1] for t in theirs]),
    )


def run(runs: int = 9, warmup: bool = True, runtime_env: bool = True) -> Section:
    """Time `runs` fresh interpreters of each kind, alternating, in both environments; show what loads.

    `runtime_env=False` leaves the runtime environment out (and does not create it): the development one only.
    """
    runtime = runtime_python() if runtime_env else Path(sys.executable)
    with tempfile.TemporaryDirectory() as folder:
        body = Path(folder, "release.json")
        body.write_text(json.dumps(FakeData(1).release(RELEASE_ID)), encoding="utf-8")
        environments = {"development": _compare(sys.executable, body, runs, warmup)}
        if runtime_env:
            environments = {"runtime": _compare(runtime, body, runs, warmup), **environments}
    loads = weights(runtime, max(1, runs // 2))
    warmed = " (after one warm-up each)" if warmup else ""
    setup = (
        f"{runs} fresh interpreter(s) of each kind per environment, alternating{warmed}; medians. Runtime "
        "environment: discogs_async and its dependencies only; development: .venv (httpx there also loads its "
        "command line, click and rich)."
    )
    section = Section("5. Import time", setup)
    for label, (our_import, our_first, their_import, their_first) in environments.items():
        import_ratio = our_import / their_import
        section.rows += [
            Row(
                f"`import discogs_async` ({label} environment)",
                f"{our_import * 1e3:.0f} ms",
                f"`import httpx`: {their_import * 1e3:.0f} ms",
                import_ratio,
                "<= 1.3",
                import_ratio <= 1.3,
            ),
            Row(
                f"import + first call ({label}; `Discogs(...).get_release`, mock transport)",
                f"{our_first * 1e3:.0f} ms",
                f"`import httpx` + `AsyncClient.get` + `json.loads`: {their_first * 1e3:.0f} ms",
                our_first / their_first,
            ),
            Row(
                f"first call alone ({label}; the difference)",
                f"{(our_first - our_import) * 1e3:.0f} ms",
                f"httpx: {(their_first - their_import) * 1e3:.0f} ms",
                (our_first - our_import) / (their_first - their_import),
            ),
        ]
    section.rows.append(
        Row(
            f"what `import discogs_async` loads ({'runtime' if runtime_env else 'development'}; cumulative, "
            "`-X importtime`)",
            ", ".join(f"{name} {seconds * 1e3:.0f} ms" for name, seconds in loads.items()),
        )
    )
    return section
