"""The `discogs-async` command (discogs_async.cli) against the fake Discogs, and the benchmarks at a tiny size."""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from discogs_async.cli import _Progress, main, parse_ids
from discogs_async.testing import FakeConfig, RateLimit, serve
from discogs_async.testing.app import FakeState
from discogs_async.testing.data import NUM_RELEASES, FakeData

SEED = 1
TOKEN = "fake-user-token"
SECRET_TOKEN = "tok-SECRET-5f2c9a71e04b"  # registered in the fake; must never be printed or written
MISSING = NUM_RELEASES + 1  # a release id the fake answers with 404
ROOT = Path(__file__).resolve().parents[1]
FAST_FAKE = ["--fake-server", "--seed", str(SEED), "--fake-rate-limit", "1000", "--fake-window", "1"]


class Served:
    """A fake Discogs on loopback (real TCP) and a way to count the requests it received."""

    def __init__(self, url: str, fake: FakeState) -> None:
        self.url = url
        self.fake = fake
        self.mark = 0

    def args(self, token: str = TOKEN) -> list[str]:
        """The options that point the command at this server with `token`."""
        return ["--base-url", self.url, "--token", token]

    def requests(self) -> int:
        """Requests received since the previous call."""
        total = self.fake.counters["requests"]
        count, self.mark = total - self.mark, total
        return count


@pytest.fixture(scope="module")
def served() -> Iterator[Served]:
    # A generous limit: the client's governor learns it from the first answer's headers and stops pacing.
    config = FakeConfig(
        seed=SEED,
        rate_limit=RateLimit(authenticated=100_000, anonymous=100_000, window=60.0),
        user_tokens={TOKEN: "example", SECRET_TOKEN: "example"},
    )
    server = serve(config)
    with server as url:
        yield Served(url, server.fake)


@pytest.fixture
def server(served: Served) -> Served:
    served.requests()  # start counting from here
    return served


def lines(path: Path) -> list[dict[str, Any]]:
    """Every line of a JSON Lines file, parsed (fails on any line that is not a whole JSON object)."""
    text = path.read_text(encoding="utf-8")
    assert text == "" or text.endswith("\n")
    return [json.loads(line) for line in text.splitlines()]


# --- parse_ids ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "ids"),
    [("5", [5]), ("1-3", [1, 2, 3]), ("1-3,7, 9-10", [1, 2, 3, 7, 9, 10]), ("3,1-4", [3, 1, 2, 4]), ("2-2", [2])],
)
def test_parse_ids_accepts_ids_and_ranges_each_id_once(text: str, ids: list[int]) -> None:
    assert parse_ids(text) == ids


@pytest.mark.parametrize("text", ["", "a", "1-", "-5", "3-1", "0-2", "0", "1,,2", "1-2-3", "1.5"])
def test_parse_ids_refuses_anything_else(text: str) -> None:
    with pytest.raises(argparse.ArgumentTypeError, match="--ids"):
        parse_ids(text)


def test_bad_ids_stop_the_command_with_a_message(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["harvest", "releases", "--ids", "10-1"])
    assert stopped.value.code == 2
    assert "'10-1' must be positive ids, low to high" in capsys.readouterr().err


# --- get -----------------------------------------------------------------------------------------------------------


def test_get_prints_the_resource_as_json(server: Served, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([*server.args(), "get", "release", "249504"]) == 0
    printed = json.loads(capsys.readouterr().out)
    expected = FakeData(SEED).release(249504)
    assert (printed["id"], printed["title"]) == (249504, expected["title"])
    assert len(printed["tracklist"]) == len(expected["tracklist"])
    assert server.requests() == 1


def test_get_a_username(server: Served, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([*server.args(), "get", "user", "example"]) == 0
    assert json.loads(capsys.readouterr().out)["username"] == "example"


def test_get_reports_a_missing_resource(server: Served, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([*server.args(), "get", "release", str(MISSING)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("error: 404 Not Found")


def test_get_with_the_embedded_fake_server(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([*FAST_FAKE, "get", "artist", "1"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["name"] == FakeData(SEED).artist(1)["name"]
    assert "fake Discogs on http://127.0.0.1:" in captured.err


# --- harvest by id -------------------------------------------------------------------------------------------------


def test_harvest_writes_each_id_once_and_a_404_to_the_failures(
    server: Served, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "releases.jsonl"
    ids = f"1-6,{MISSING},4"
    assert main([*server.args(), "harvest", "releases", "--ids", ids, "--concurrency", "1", "-o", str(out)]) == 1
    written = lines(out)
    assert sorted(item["id"] for item in written) == [1, 2, 3, 4, 5, 6]
    assert written[0]["title"] == FakeData(SEED).release(written[0]["id"])["title"]
    [failure] = lines(tmp_path / "releases.failures.jsonl")
    assert (failure["id"], failure["status"], failure["error"]) == (MISSING, 404, "NotFoundError")
    assert "does not exist" in failure["message"] and "404" in failure["reason"]
    assert server.requests() == 7
    summary = capsys.readouterr().err.strip().splitlines()[-1]
    assert summary.startswith(f"6 items written to {out} (0 there already), 1 failed")
    assert "7 requests in" in summary and "ratio" in summary and "429s seen: 0" in summary


def test_a_rerun_skips_what_the_file_holds(server: Served, tmp_path: Path) -> None:
    out = tmp_path / "releases.jsonl"
    command = [*server.args(), "harvest", "releases", "--concurrency", "1", "-o", str(out), "--ids"]
    assert main([*command, "1-5"]) == 0
    assert server.requests() == 5
    assert main([*command, "1-8"]) == 0
    assert server.requests() == 3  # only 6, 7 and 8
    assert sorted(item["id"] for item in lines(out)) == list(range(1, 9))
    assert main([*command, "1-8"]) == 0
    assert server.requests() == 0
    assert not (tmp_path / "releases.failures.jsonl").exists()  # no failures, no file


def test_a_torn_last_line_is_dropped_and_fetched_again(server: Served, tmp_path: Path) -> None:
    out = tmp_path / "releases.jsonl"
    command = [*server.args(), "harvest", "releases", "--ids", "1-5", "--concurrency", "1", "-o", str(out)]
    assert main(command) == 0
    text = out.read_text(encoding="utf-8")
    torn_id = json.loads(text.splitlines()[-1])["id"]
    out.write_text(text[: len(text) - len(text.splitlines()[-1]) // 2 - 1], encoding="utf-8")  # a kill mid-line
    server.requests()
    assert main(command) == 0
    assert server.requests() == 1
    written = lines(out)
    assert sorted(item["id"] for item in written) == [1, 2, 3, 4, 5]
    assert written[-1]["id"] == torn_id


def test_a_failed_id_is_retried_by_the_next_run(server: Served, tmp_path: Path) -> None:
    out = tmp_path / "r.jsonl"
    command = [*server.args(), "harvest", "releases", "--ids", f"1,{MISSING}", "--concurrency", "1", "-o", str(out)]
    assert main(command) == 1
    assert main(command) == 1
    assert server.requests() == 3  # 1 and the missing one, then the missing one again
    assert len(lines(tmp_path / "r.failures.jsonl")) == 1  # the failures file describes the latest run


def test_concurrent_harvest_through_the_embedded_fake(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "masters.jsonl"
    masters = [ids[0] for is_master, ids in FakeData(SEED).layout(1).groups if is_master][:30]
    ids = ",".join(map(str, masters))
    assert main([*FAST_FAKE, "harvest", "masters", "--ids", ids, "--concurrency", "8", "-o", str(out)]) == 0
    assert sorted(item["id"] for item in lines(out)) == sorted(masters)
    assert "30 items written" in capsys.readouterr().err


# --- harvest a listing ---------------------------------------------------------------------------------------------


def test_harvest_artist_releases_writes_every_item(server: Served, tmp_path: Path) -> None:
    out = tmp_path / "artist-1.jsonl"
    assert main([*server.args(), "harvest", "artist-releases", "1", "-o", str(out)]) == 0
    expected = FakeData(SEED).discography(1)
    written = lines(out)
    assert [(item["type"], item["id"]) for item in written] == [(item["type"], item["id"]) for item in expected]
    assert server.requests() == -(-len(expected) // 100)


def test_a_listing_resumes_from_the_last_whole_page(server: Served, tmp_path: Path) -> None:
    out = tmp_path / "artist-1.jsonl"
    command = [*server.args(), "harvest", "artist-releases", "1", "-o", str(out)]
    assert main(command) == 0
    pages = server.requests()
    everything = out.read_text(encoding="utf-8").splitlines(keepends=True)
    out.write_text("".join(everything[:250]), encoding="utf-8")
    assert main(command) == 0
    assert server.requests() == pages - 1  # from page 2 (it holds items 101-200), not page 1
    assert out.read_text(encoding="utf-8") == "".join(everything)


def test_max_items_counts_what_the_file_holds(server: Served, tmp_path: Path) -> None:
    out = tmp_path / "artist-1.jsonl"
    command = [*server.args(), "harvest", "artist-releases", "1", "--max-items", "150", "-o", str(out)]
    assert main(command) == 0
    assert len(lines(out)) == 150
    assert server.requests() == 2
    assert main(command) == 0
    assert server.requests() == 0


def test_a_failed_listing_is_recorded(server: Served, tmp_path: Path) -> None:
    out = tmp_path / "wants.jsonl"
    assert main([*server.args(), "harvest", "wantlist", "no-such-user-xyz", "-o", str(out)]) == 1
    [failure] = lines(tmp_path / "wants.failures.jsonl")
    assert (failure["key"], failure["page"], failure["status"]) == ("no-such-user-xyz", 1, 404)
    assert lines(out) == []


def test_a_listing_needs_a_numeric_id(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["--base-url", "http://127.0.0.1:9", "harvest", "artist-releases", "x", "-o", str(tmp_path / "a")]) == 2
    assert "artist-releases takes a numeric id" in capsys.readouterr().err


# --- credentials ---------------------------------------------------------------------------------------------------


def test_the_token_never_appears_in_output_or_files(
    server: Served, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "r.jsonl"
    assert main([*server.args(SECRET_TOKEN), "get", "release", "1"]) == 0
    assert main([*server.args(SECRET_TOKEN), "get", "release", str(MISSING)]) == 1
    command = ["harvest", "releases", "--ids", f"1-3,{MISSING}", "--concurrency", "1", "-o", str(out)]
    assert main([*server.args(SECRET_TOKEN), *command]) == 1
    wrong = SECRET_TOKEN + "-wrong"  # refused with 401s: their reasons go to the failures file
    assert main([*server.args(wrong), *command[:3], "7-8", *command[4:]]) == 1
    failures = lines(tmp_path / "r.failures.jsonl")
    assert {failure["status"] for failure in failures} == {401}
    captured = capsys.readouterr()
    for text in (captured.out, captured.err, out.read_text(), (tmp_path / "r.failures.jsonl").read_text()):
        assert SECRET_TOKEN not in text


def test_credentials_come_from_the_environment(
    server: Served, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DISCOGS_BASE_URL", server.url)
    monkeypatch.setenv("DISCOGS_TOKEN", "refused-token")
    assert main(["get", "release", "1"]) == 1
    assert "401" in capsys.readouterr().err
    assert main(["--token", TOKEN, "get", "release", "1"]) == 0  # the flag wins
    monkeypatch.setenv("DISCOGS_TOKEN", SECRET_TOKEN)
    assert main(["get", "release", "1"]) == 0
    monkeypatch.delenv("DISCOGS_TOKEN")
    monkeypatch.setenv("DISCOGS_CONSUMER_KEY", "fake-consumer-key")
    monkeypatch.setenv("DISCOGS_CONSUMER_SECRET", "not-the-secret")
    assert main(["get", "release", "1"]) == 1
    assert "401" in capsys.readouterr().err
    monkeypatch.setenv("DISCOGS_CONSUMER_SECRET", "fake-consumer-secret")
    assert main(["get", "release", "1"]) == 0
    assert "not-the-secret" not in capsys.readouterr().err


def test_credentials_are_refused_over_plain_http_to_another_host(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--base-url", "http://api.example.invalid", "--token", SECRET_TOKEN, "get", "release", "1"]) == 2
    err = capsys.readouterr().err
    assert "plain http" in err and SECRET_TOKEN not in err


# --- progress and interruption -------------------------------------------------------------------------------------


def test_progress_lines_show_rate_eta_and_429s(capsys: pytest.CaptureFixture[str]) -> None:
    class Governor:
        def stats(self) -> Any:
            return argparse.Namespace(throttled_429=3)

    progress = _Progress(10, argparse.Namespace(governor=Governor()), every=0.0)  # type: ignore[arg-type]
    progress.update()
    progress.close()
    line = capsys.readouterr().err
    assert line.startswith("1/10 items, ") and "items/s, ETA " in line and line.endswith("429s: 3\n")


def test_ctrl_c_leaves_a_valid_file(tmp_path: Path) -> None:
    out = tmp_path / "releases.jsonl"
    command = [sys.executable, "-m", "discogs_async.cli", "--fake-server", "--fake-rate-limit", "40"]
    command += ["--fake-window", "1", "harvest", "releases", "--ids", "1-1000", "-o", str(out)]
    process = subprocess.Popen(
        command,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),  # as a terminal would
        env={**os.environ, "DISCOGS_TOKEN": SECRET_TOKEN},
    )
    try:
        deadline = time.monotonic() + 30
        while not (out.exists() and out.read_text(encoding="utf-8").count("\n") >= 3):
            assert process.poll() is None and time.monotonic() < deadline, process.communicate()
            time.sleep(0.02)
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 130, err
    assert "interrupted: what was written is complete" in err
    written = lines(out)
    assert 3 <= len(written) < 1000
    assert len({item["id"] for item in written}) == len(written)
    assert SECRET_TOKEN not in err


# --- the benchmarks ------------------------------------------------------------------------------------------------


def test_every_benchmark_runs_at_a_tiny_size(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from bench import run

    report = tmp_path / "RESULTS.md"
    started = time.monotonic()
    # The five of the issue; bench 6 (several processes, Redis) has its test in test_redis_governor.py.
    assert run.main(["--quick", "--only", "1", "2", "3", "4", "5", "--output", str(report)]) == 0
    text = report.read_text(encoding="utf-8")
    assert "- Machine: nproc " in text and "- Date: " in text and "- Command: `python -m bench.run --quick" in text
    for title in ("Rate-limit utilisation", "Per-request overhead", "Parsing", "Pagination memory", "Import time"):
        assert f". {title}" in text
    assert "| governed: 429s | 0 |" in text
    assert time.monotonic() - started < 60  # a loose bound for a loaded machine; ~8 s on 2 cores
