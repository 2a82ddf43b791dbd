"""Import time: what `import discogs_async`, the names a program uses, and its first call cost, against httpx.

Each measurement runs in a fresh interpreter (`python -c`), which times itself from just before the import, so
interpreter start-up is left out. Three kinds of run alternate, two of ours and httpx's (`import httpx`, then its
first call), so that every ratio compares figures of the same run:

* `import discogs_async` alone. The package loads each public name's module on first use (PEP 562), so this
  loads nothing else, not even httpx: it is cheap by construction, and says little about what a program pays.
* `from discogs_async import Discogs, UserToken`: what a program really pays at import (the client, httpx, attrs
  and asyncio). Then its first call: a client built and one release fetched (the fake's 249504, about 5 KB) from an
  `httpx.MockTransport`, `Discogs(...).get_release()` against `httpx.AsyncClient.get()` + `json.loads`, both under
  `asyncio.run`. The first call alone is the difference; httpx's includes loading asyncio, ours had it at import.

Twice: in the development environment (where httpx finds click and rich and loads its command line, which makes
`import httpx` about twice as slow) and in an environment with only our runtime dependencies (build/runtime-venv,
made on first use: `pip install -e .`), which is what a user has. The interpreters may write bytecode (into a
temporary `PYTHONPYCACHEPREFIX`, not the source tree) and the warm-up run writes it, as an installed wheel has its
own: under `PYTHONDONTWRITEBYTECODE` every run would compile our (editable) modules afresh, and read httpx's
bytecode from its install, which would count some 15 ms of compiling against us.
Then `python -X importtime` in the runtime environment says where the time goes: the self time of every module
loaded, summed by what pulled it in, medians over the runs; and what the first call loads on top.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path

from discogs_async.testing.data import FakeData

from ._common import RELEASE_ID, Row, Section, median

_PACKAGE = r"""
import time
started = time.perf_counter()
import discogs_async
print(time.perf_counter() - started)
"""

_FIRST_CALL = r"""
import asyncio, sys

async def first_call(body):
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body))
    async with Discogs("Bench/1.0", auth=UserToken("bench-token"), transport=transport) as discogs:
        await discogs.get_release(249504)
"""

_OURS = (
    r"""
import time
started = time.perf_counter()
from discogs_async import Discogs, UserToken
imported = time.perf_counter()
import httpx
"""
    + _FIRST_CALL
    + r"""
asyncio.run(first_call(open(sys.argv[1], "rb").read()))
print(imported - started, time.perf_counter() - started)
"""
)

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

_IMPORT_NAMES = "from discogs_async import Discogs, UserToken"
_WITH_CALL = (
    _IMPORT_NAMES + "\nimport httpx\n" + _FIRST_CALL + '\nasyncio.run(first_call(open(sys.argv[1], "rb").read()))'
)

RUNTIME_VENV = Path(__file__).resolve().parents[1] / "build" / "runtime-venv"
GROUPS = ("httpx", "asyncio", "attrs", "aiolimiter", "discogs_async")
"""What the breakdown sums the self time of the loaded modules by. httpx: every module `import httpx` alone loads;
of the others, each belongs to the group of the first of these that pulled it in (attrs also stands for its `attr`
package; discogs_async for our modules and what they alone pull in); anything else is "other"."""

GOAL = 1.3
"""`import discogs_async` within 1.3 x `import httpx` (issue 14)."""


def runtime_python() -> Path:
    """An interpreter with discogs_async and its runtime dependencies only (made on first use)."""
    python = RUNTIME_VENV / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(RUNTIME_VENV)], check=True)
        project = Path(__file__).resolve().parents[1]
        subprocess.run([str(python), "-m", "pip", "install", "--quiet", "-e", str(project)], check=True)
    return python


def _environment(pycache: Path) -> dict[str, str]:
    """This process's environment, with bytecode written (and so read back) under `pycache`."""
    env = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(pycache)
    return env


def _once(code: str, body: Path, python: Path | str, env: Mapping[str, str]) -> list[float]:
    output = subprocess.run(
        [str(python), "-c", code, str(body)], check=True, capture_output=True, text=True, env=env
    ).stdout
    return [float(value) for value in output.split()]


def _importtime(code: str, body: Path, python: Path, env: Mapping[str, str]) -> list[tuple[int, str, float]]:
    """`python -X importtime -c code`: (depth, module, self seconds) of each module, in the order reported."""
    log = subprocess.run(
        [str(python), "-X", "importtime", "-c", code, str(body)], check=True, capture_output=True, text=True, env=env
    ).stderr
    found = []
    for line in log.splitlines():
        parts = line.removeprefix("import time:").split("|")
        if len(parts) == 3 and parts[0].strip().isdigit():
            name = parts[2].rstrip()
            depth = (len(name) - len(name.lstrip())) // 2
            found.append((depth, name.strip(), int(parts[0]) / 1e6))
    return found


def _group_of(module: str) -> str | None:
    root = module.partition(".")[0]
    root = "attrs" if root == "attr" else root
    return root if root in GROUPS else None


Loads = tuple[dict[str, float], dict[str, float]]
"""Self seconds by group (see GROUPS, and "other"), and by module for our own modules."""


def grouped(modules: list[tuple[int, str, float]], baseline: set[str]) -> Loads:
    """Sum the self time of `modules` (as `_importtime` gives them) by group, and by module for our own.

    A module that `import httpx` alone loads (`baseline`) is httpx's, whoever loaded it first.
    """
    # -X importtime reports a module after the ones it imported, one level deeper: so a module's importer is the
    # nearest line after it at a lower depth. A module takes its importer's group, unless it starts a group of its
    # own and its importer is one of ours (or nothing): then what it loads is its group's, not ours.
    groups: dict[str, float] = {}
    ours: dict[str, float] = {}
    importers: list[tuple[int, str]] = []  # (depth, group) of the importers of the line being read
    for depth, module, seconds in reversed(modules):
        while importers and importers[-1][0] >= depth:
            importers.pop()
        inherited = importers[-1][1] if importers else "other"
        own = _group_of(module)
        if module in baseline:
            group = "httpx"
        elif own is not None and inherited in ("other", "discogs_async"):
            group = own
        else:
            group = inherited
        if own == "discogs_async":
            ours[module] = ours.get(module, 0.0) + seconds
        groups[group] = groups.get(group, 0.0) + seconds
        importers.append((depth, group))
    return groups, ours


def breakdown(python: Path, body: Path, env: Mapping[str, str], runs: int) -> tuple[Loads, Loads]:
    """Median self seconds (by group, and by module of ours) of what `from discogs_async import Discogs, UserToken`
    loads after the interpreter's start-up, and of what the first call loads on top of it."""
    found: list[dict[str, list[float]]] = [{}, {}, {}, {}]
    for _ in range(runs):
        startup = {module for _, module, _ in _importtime("pass", body, python, env)}
        baseline = {module for _, module, _ in _importtime("import httpx", body, python, env)} - startup
        imported = [m for m in _importtime(_IMPORT_NAMES, body, python, env) if m[1] not in startup]
        loaded = startup | {module for _, module, _ in imported}
        called = [m for m in _importtime(_WITH_CALL, body, python, env) if m[1] not in loaded]
        for sinks, modules in ((found[:2], imported), (found[2:], called)):
            for sink, sums in zip(sinks, grouped(modules, baseline), strict=True):
                for name, seconds in sums.items():
                    sink.setdefault(name, []).append(seconds)
    medians = [{name: median(values) for name, values in sink.items()} for sink in found]
    return (medians[0], medians[1]), (medians[2], medians[3])


def _compare(
    python: Path | str, body: Path, env: Mapping[str, str], runs: int, warmup: bool
) -> tuple[float, float, float, float, float]:
    """Medians of (`import discogs_async`, our names' import, + first call, httpx import, + first call)."""
    package: list[float] = []
    ours: list[list[float]] = []
    theirs: list[list[float]] = []
    if warmup:  # the file-system cache and the bytecode, for each
        _once(_PACKAGE, body, python, env)
        _once(_OURS, body, python, env)
        _once(_HTTPX, body, python, env)
    for _ in range(runs):
        package += _once(_PACKAGE, body, python, env)
        ours.append(_once(_OURS, body, python, env))
        theirs.append(_once(_HTTPX, body, python, env))
    return (
        median(package),
        median([o[0] for o in ours]),
        median([o[1] for o in ours]),
        median([t[0] for t in theirs]),
        median([t[1] for t in theirs]),
    )


def _ms(seconds: float) -> str:
    return f"{seconds * 1e3:.0f} ms" if seconds >= 0.0095 else f"{seconds * 1e3:.1f} ms"


def _loads(loads: Loads, largest: int) -> str:
    """The groups, largest first, then the largest of our own modules."""
    groups, ours = loads
    shown = {"httpx": "httpx (what `import httpx` loads)", "discogs_async": "our modules (and what only they load)"}
    text = ", ".join(
        f"{shown.get(name, name)} {_ms(s)}" for name, s in sorted(groups.items(), key=lambda item: -item[1])
    )
    top = sorted(ours.items(), key=lambda item: -item[1])[:largest]
    if top:
        text += f"; of our {len(ours)} modules the largest: " + ", ".join(
            f"{name.removeprefix('discogs_async.')} {_ms(s)}" for name, s in top
        )
    return text


def run(runs: int = 9, warmup: bool = True, runtime_env: bool = True) -> Section:
    """Time `runs` fresh interpreters of each kind, alternating, in both environments; show what loads.

    `runtime_env=False` leaves the runtime environment out (and does not create it): the development one only.
    """
    runtime = runtime_python() if runtime_env else Path(sys.executable)
    with tempfile.TemporaryDirectory() as folder:
        body = Path(folder, "release.json")
        body.write_text(json.dumps(FakeData(1).release(RELEASE_ID)), encoding="utf-8")
        env = _environment(Path(folder, "pycache"))
        environments = {"development": _compare(sys.executable, body, env, runs, warmup)}
        if runtime_env:
            environments = {"runtime": _compare(runtime, body, env, runs, warmup), **environments}
        at_import, at_call = breakdown(runtime, body, env, max(1, runs // 2))
    warmed = " (after one warm-up each)" if warmup else ""
    setup = (
        f"{runs} fresh interpreter(s) of each kind per environment, alternating{warmed}; medians; bytecode cached "
        "as for an installed wheel. Runtime environment: discogs_async and its dependencies only; development: "
        ".venv (httpx there also loads its command line, click and rich). `import discogs_async` is cheap because "
        "the package loads each name on first use (it loads nothing else, not even httpx): the goal is met by "
        "construction. `from discogs_async import Discogs, UserToken` and the first call carry the real cost; "
        "httpx's first call includes loading asyncio, which ours already loaded at import."
    )
    section = Section("5. Import time", setup)
    for label, (package, our_import, our_first, their_import, their_first) in environments.items():
        ratio = package / their_import
        section.rows += [
            Row(
                f"`import discogs_async` ({label} environment; names load on first use)",
                _ms(package),
                f"`import httpx`: {_ms(their_import)}",
                ratio,
                f"<= {GOAL}",
                ratio <= GOAL,
            ),
            Row(
                f"`from discogs_async import Discogs, UserToken` ({label}; what a program pays at import)",
                _ms(our_import),
                f"`import httpx`: {_ms(their_import)}",
                our_import / their_import,
            ),
            Row(
                f"import + first call ({label}; `Discogs(...).get_release`, mock transport)",
                _ms(our_first),
                f"`import httpx` + `AsyncClient.get` + `json.loads`: {_ms(their_first)}",
                our_first / their_first,
            ),
            Row(
                f"first call alone ({label}; the difference)",
                _ms(our_first - our_import),
                f"httpx: {_ms(their_first - their_import)} (asyncio loaded here)",
                (our_first - our_import) / (their_first - their_import),
            ),
        ]
    where = "runtime" if runtime_env else "development"
    section.rows += [
        Row(
            f"what `from discogs_async import Discogs, UserToken` loads ({where}; `-X importtime` self time by what "
            f"pulled it in, start-up left out; total {_ms(sum(at_import[0].values()))})",
            _loads(at_import, 4),
        ),
        Row(
            f"what the first call loads on top ({where}; total {_ms(sum(at_call[0].values()))})",
            _loads(at_call, 3),
        ),
    ]
    return section
