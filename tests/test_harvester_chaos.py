"""The harvester under chaos, killed and resumed: `discogs-async harvest releases` runs as a subprocess against the
fake Discogs on loopback with faults on (5xx, dropped connections, slow answers, truncated bodies), is SIGKILLed
mid-way, and is run again with the same command. Every id must then be in the output exactly once, or in the
failures file with its reason; nothing is lost and nothing is written twice.

No 429 storm here: the command's governor waits a whole real window (60 s) after a 429 without Retry-After, as it
must against the real API; the storm is covered in-process by tests/test_chaos.py. The fake announces a limit of
6000 requests a minute, which the command's governor learns from the X-Discogs-Ratelimit headers (100/s).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from discogs_async.testing import FakeConfig, Faults, RateLimit, serve

ROOT = Path(__file__).resolve().parent.parent
IDS = 400
KILL_AFTER = 120  # lines in the output
RUN_TIMEOUT = 90.0
TOKEN = "fake-user-token"

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")


def _lines(path: Path) -> int:
    try:
        return path.read_bytes().count(b"\n")
    except FileNotFoundError:
        return 0


def _command(base_url: str, output: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "discogs_async.cli",
        "--base-url",
        base_url,
        "harvest",
        "releases",
        "--ids",
        f"1-{IDS}",
        "--concurrency",
        "40",
        "-o",
        str(output),
    ]


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DISCOGS_")}
    env["DISCOGS_TOKEN"] = TOKEN  # from the environment, so it is on no command line either
    env["PYTHONPATH"] = str(ROOT)
    return env


def test_harvest_killed_and_resumed_writes_every_item_exactly_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    faults = Faults(
        error_rate=0.10,
        drop_rate=0.03,
        slow_rate=0.03,
        slow_seconds=0.2,
        malformed_rate=0.02,
        seed=7,
    )
    config = FakeConfig(rate_limit=RateLimit(6000, 6000, 60.0), faults=faults)
    output = tmp_path / "releases.jsonl"
    failures = tmp_path / "releases.failures.jsonl"
    server = serve(config)
    with server as base_url:
        first = subprocess.Popen(
            _command(base_url, output), cwd=tmp_path, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        deadline = time.monotonic() + RUN_TIMEOUT
        while first.poll() is None and _lines(output) < KILL_AFTER and time.monotonic() < deadline:
            time.sleep(0.01)
        assert first.poll() is None, f"the first run ended before it could be killed: {first.communicate()[1]!r}"
        first.send_signal(signal.SIGKILL)
        first.communicate(timeout=10)
        assert first.returncode == -signal.SIGKILL
        written_before = _lines(output)
        assert KILL_AFTER <= written_before < IDS, written_before

        second = subprocess.run(
            _command(base_url, output),
            cwd=tmp_path,
            env=_env(),
            capture_output=True,
            text=True,
            timeout=RUN_TIMEOUT,
            check=False,
        )
        counters = dict(server.fake.counters)
    assert second.returncode in (0, 1), second.stderr  # 1: some items failed, and say so in the failures file

    written = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    per_id = Counter(item["id"] for item in written)
    duplicates = sorted(key for key, n in per_id.items() if n > 1)
    failed = {record["id"]: record for record in map(json.loads, failures.read_text(encoding="utf-8").splitlines())}
    lost = sorted(set(range(1, IDS + 1)) - set(per_id) - set(failed))

    assert duplicates == []
    assert lost == []
    assert not set(per_id) & set(failed), "an id both written and failed"
    assert set(per_id) <= set(range(1, IDS + 1))
    for record in failed.values():
        assert record["error"] and record["reason"], record
    for item in written:
        assert item["id"] and item["title"], item
    injected = {kind: counters.get(kind, 0) for kind in ("errors", "dropped", "slow", "malformed")}
    assert all(injected.values()), injected
    assert TOKEN not in output.read_text() + failures.read_text() + second.stderr + second.stdout
    with capsys.disabled():
        print(
            f"\nharvester chaos: {IDS} ids, killed after {written_before} lines, resumed: {len(per_id)} written once, "
            f"{len(failed)} failed with a reason ({dict(Counter(r['error'] for r in failed.values()))}), "
            f"lost {len(lost)}, duplicates {len(duplicates)}; faults injected {injected}; "
            f"429s caused by the client {counters.get('rate_limited', 0)}\n"
            f"  second run: {second.stderr.strip().splitlines()[-1] if second.stderr.strip() else ''}"
        )
