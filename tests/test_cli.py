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

from discogs_async.cli import main, parse_ids
from discogs_async.cli.arguments import _parser
from discogs_async.cli.summary import Progress
from discogs_async.testing import FakeConfig, RateLimit, serve
from discogs_async.testing.app import FakeState
from discogs_async.testing.data import NUM_RELEASES, FakeData

SEED = 1
TOKEN = "fake-user-token"
SECRET_TOKEN = "tok-SECRET-5f2c9a71e04b"  # registered in the fake; must never be printed or written
NUMERIC_USER_TOKEN = "numeric-user-token"  # the token of user "12345"
MISSING = NUM_RELEASES + 1  # a release id the fake answers with 404
ROOT = Path(__file__).resolve().parents[1]
FAST_FAKE = ["--fake-server", "--seed", str(SEED), "--fake-rate-limit", "1000", "--fake-window", "1"]


class Served:
    """A fake Discogs on loopback (real TCP) and a way to count the requests it received."""

    def __init__(self, url: str, fake: FakeState, server: serve) -> None:
        self.url = url
        self.fake = fake
        self.server = server
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
        image_rate_limit=None,
        user_tokens={TOKEN: "example", SECRET_TOKEN: "example", NUMERIC_USER_TOKEN: "12345"},
    )
    server = serve(config)
    with server as url:
        yield Served(url, server.fake, server)


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
    [("5", [5]), ("1-3", [1, 2, 3]), ("1-3,7, 9-10", [1, 2, 3, 7, 9, 10]), ("3,1-4", [1, 2, 3, 4]), ("2-2", [2])],
)
def test_parse_ids_accepts_ids_and_ranges_each_id_once_ascending(text: str, ids: list[int]) -> None:
    assert list(parse_ids(text)) == ids
    assert len(parse_ids(text)) == len(ids)


def test_id_ranges_are_lazy() -> None:
    ids = parse_ids("5-1000000000,1-10")
    assert len(ids) == 1_000_000_000 and ids.ranges == [(1, 1_000_000_000)]
    assert 999_999_999 in ids and 1_000_000_001 not in ids
    first = iter(ids)
    assert [next(first) for _ in range(3)] == [1, 2, 3]


@pytest.mark.parametrize("text", ["", "a", "1-", "-5", "3-1", "0-2", "0", "1,,2", "1-2-3", "1.5", "1-99999999999999"])
def test_parse_ids_refuses_anything_else(text: str) -> None:
    with pytest.raises(argparse.ArgumentTypeError, match=r"must be|is not an id|is beyond"):
        parse_ids(text)


def test_bad_ids_stop_the_command_with_a_message(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["harvest", "releases", "--ids", "10-1"])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert "argument --ids: '10-1' must be positive ids, low to high" in err and err.count("--ids") == 2  # usage


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
    assert summary.startswith(f"6 items written to {out} (0 there before; 0 skipped as there already), 1 failed")
    assert "; 7 requests; busiest 60-s window held 7 (limit " in summary and "429s seen: 0" in summary
    assert "too short to compare average rates" in summary  # 7 requests in well under a minute: no ratio


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


def test_a_listing_resumes_at_the_page_it_stopped_in(server: Served, tmp_path: Path) -> None:
    whole = tmp_path / "whole.jsonl"
    assert main([*server.args(), "harvest", "artist-releases", "1", "-o", str(whole)]) == 0
    pages = server.requests()
    assert pages >= 4
    out = tmp_path / "artist-1.jsonl"
    command = [*server.args(), "harvest", "artist-releases", "1", "-o", str(out)]
    assert main([*command, "--max-items", "250"]) == 0  # stops in page 3
    assert server.requests() == 3
    assert main(command) == 0
    assert server.requests() == pages - 2  # from page 3 again (its first 50 items are skipped), not page 1
    assert out.read_text(encoding="utf-8") == whole.read_text(encoding="utf-8")
    assert main(command) == 0
    assert server.requests() == 0  # the walk is complete: a rerun fetches nothing


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


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["harvest", "artist-releases", "abc"], "harvest artist-releases takes a positive numeric id, not 'abc'"),
        (["harvest", "label-releases", "0"], "takes a positive numeric id, not '0'"),
        (["harvest", "wantlist", "no such/user"], "harvest wantlist takes a Discogs username"),
        (["harvest", "search", " "], "harvest search needs a non-empty key"),
        (["harvest", "artist-releases", "1", "--max-items", "-1"], "--max-items must be between 1 and"),
        (["harvest", "artist-releases", "1", "--max-items", "0"], "--max-items must be between 1 and"),
        (["harvest", "artist-releases", "1", "--per-page", "101"], "--per-page must be between 1 and 100"),
        (["harvest", "releases", "--ids", "1-5", "--concurrency", "0"], "--concurrency must be between 1 and 1000"),
        (["harvest", "releases", "--ids", "1-5", "--concurrency", "x"], "--concurrency takes a whole number"),
        (["harvest", "releases", "--ids", "1", "-o", "."], "-o . is a directory"),
        (["harvest", "releases", "--ids", "1", "-o", "a.jsonl", "--failures", "a.jsonl"], "is the output file itself"),
        (["harvest", "releases", "--ids", "1", "-o", "-", "--images", "img"], "--images needs an output file"),
        (["harvest", "releases", "--ids", "1", "-o", "f/x.jsonl"], "-o f/x.jsonl: Not a directory"),
        (["--base-url", "ftp://x", "get", "release", "1"], "--base-url must be an absolute http(s) URL"),
        (["get", "release", "abc"], "get release takes a positive numeric id, not 'abc'"),
        (["harvest", "releases", "--ids", "1", "--fake-window", "0"], "--fake-window must be a positive number"),
    ],
)
def test_bad_arguments_are_refused_before_anything_is_created_or_started(
    argv: list[str], said: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "f").write_text("a file, not a directory\n")
    (tmp_path / "a.jsonl").write_text("")
    before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(SystemExit) as stopped:
        main(["--fake-server", *argv])  # no server starts: it would print "fake Discogs on"
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert said in err and "fake Discogs on" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == before


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

    progress = Progress(10, Governor(), every=0.0)  # type: ignore[arg-type]
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


# --- the command line itself ---------------------------------------------------------------------------------------


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    from discogs_async import __version__

    with pytest.raises(SystemExit) as stopped:
        main(["--version"])
    assert stopped.value.code == 0
    assert capsys.readouterr().out.strip() == f"discogs-async {__version__}"


def test_every_option_of_every_command_has_help() -> None:
    parsers = [_parser()]
    missing = []
    while parsers:
        parser = parsers.pop()
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                parsers.extend(action.choices.values())
            elif not action.help:
                missing.append(f"{parser.prog} {'/'.join(action.option_strings) or action.dest}")
    assert missing == []


def test_global_options_are_accepted_after_the_subcommand(server: Served, tmp_path: Path) -> None:
    out = tmp_path / "r.jsonl"
    assert main(["harvest", "releases", "--ids", "1-2", "-o", str(out), *server.args()]) == 0
    assert len(lines(out)) == 2
    assert main(["--base-url", "http://127.0.0.1:9", "get", "release", "1", *server.args()]) == 0  # the later wins


def test_get_a_numeric_username(server: Served, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([*server.args(), "get", "user", "12345"]) == 0
    assert json.loads(capsys.readouterr().out)["username"] == "12345"


# --- a file knows what it holds ------------------------------------------------------------------------------------


def test_two_labels_with_default_names_leave_two_files_each_the_whole_label(
    server: Served, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    data = FakeData(SEED)
    for label in (33, 17):
        assert main([*server.args(), "harvest", "label-releases", str(label)]) == 0
    for label in (33, 17):
        written = lines(tmp_path / f"label-releases-{label}.jsonl")
        assert [item["id"] for item in written] == data.label_release_ids(label)
        meta = json.loads((tmp_path / f"label-releases-{label}.jsonl.meta.json").read_text())
        assert meta["harvest"] == {"resource": "label-releases", "key": label, "params": {}, "api": server.url}
    server.requests()
    for label in (33, 17):
        assert main([*server.args(), "harvest", "label-releases", str(label)]) == 0
    assert server.requests() == 0


def test_a_run_asking_for_another_harvest_is_refused_naming_both(
    server: Served, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "labels.jsonl"
    assert main([*server.args(), "harvest", "label-releases", "33", "-o", str(out)]) == 0
    text = out.read_text()
    server.requests()
    capsys.readouterr()
    assert main([*server.args(), "harvest", "label-releases", "17", "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert f"holds a harvest of label-releases 33 from {server.url}; this run asks for label-releases 17" in err
    assert main([*server.args(), "harvest", "labels", "--ids", "1", "-o", str(out)]) == 2
    assert "this run asks for labels from" in capsys.readouterr().err
    assert out.read_text() == text and server.requests() == 0


def test_a_file_without_its_record_is_refused(
    server: Served, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "old.jsonl"
    out.write_text('{"id": 1}\n')
    assert main([*server.args(), "harvest", "releases", "--ids", "1-3", "-o", str(out)]) == 2
    assert "holds 10 bytes but no record of what it is a harvest of" in capsys.readouterr().err
    assert out.read_text() == '{"id": 1}\n' and server.requests() == 0


# --- standard output and other files that are not regular ----------------------------------------------------------


def _cli(*argv: str, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "discogs_async.cli", *argv],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        **kwargs,
    )


@pytest.mark.parametrize("name", ["-", "/dev/stdout"])
def test_output_to_standard_output_streams_json_lines(server: Served, tmp_path: Path, name: str) -> None:
    done = _cli(*server.args(), "harvest", "releases", "--ids", f"1-4,{MISSING}", "-o", name, cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    assert sorted(json.loads(line)["id"] for line in done.stdout.splitlines()) == [1, 2, 3, 4]
    assert f'failed: {{"id": {MISSING}' in done.stderr
    assert list(tmp_path.iterdir()) == []  # no file named `-`, no sidecar, no failures file


def test_a_fifo_without_a_reader_is_refused_at_once(server: Served, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    started = time.monotonic()
    done = _cli(*server.args(), "harvest", "releases", "--ids", "1-4", "-o", str(fifo))
    assert done.returncode == 2 and "is a FIFO that no process reads" in done.stderr
    assert time.monotonic() - started < 30 and server.requests() == 0


# --- one writer per file -------------------------------------------------------------------------------------------


def test_two_harvesters_on_one_output_one_refuses_at_once(tmp_path: Path) -> None:
    out = tmp_path / "releases.jsonl"
    command = [sys.executable, "-m", "discogs_async.cli", "--fake-server", "--fake-rate-limit", "50"]
    command += ["--fake-window", "1", "harvest", "releases", "--ids", "1-300", "-o", str(out)]  # about 6 s
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    both = [subprocess.Popen(command, stderr=subprocess.PIPE, text=True, env=env) for _ in range(2)]
    errors = [process.communicate(timeout=90)[1] for process in both]
    codes = sorted(process.returncode for process in both)
    assert codes == [0, 2], errors
    loser = errors[[process.returncode for process in both].index(2)]
    assert f"error: {out} is being written by another harvester (it holds the file's lock)" in loser
    assert "fake Discogs on" not in loser  # refused before its server started
    ids = [item["id"] for item in lines(out)]
    assert sorted(ids) == list(range(1, 301))


def test_a_listing_killed_mid_walk_resumes_to_exactly_the_whole_listing(served: Served, tmp_path: Path) -> None:
    whole, out = tmp_path / "whole.jsonl", tmp_path / "artist.jsonl"
    assert main([*served.args(), "harvest", "artist-releases", "1", "--per-page", "5", "-o", str(whole)]) == 0
    command = [sys.executable, "-m", "discogs_async.cli", "--fake-server", "--fake-rate-limit", "40", "--fake-window"]
    command += ["1", "harvest", "artist-releases", "1", "--per-page", "5", "-o", str(out)]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    first = subprocess.Popen(command, stderr=subprocess.DEVNULL, env=env)
    deadline = time.monotonic() + 60
    while not (out.exists() and out.read_bytes().count(b"\n") >= 52):  # mid-walk, somewhere in page 11 or later
        assert first.poll() is None and time.monotonic() < deadline
        time.sleep(0.01)
    first.kill()
    first.wait()
    killed_at = out.read_bytes().count(b"\n")
    again = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120, check=False)
    assert again.returncode == 0, again.stderr
    assert 52 <= killed_at < len(lines(whole))

    def keys(path: Path) -> list[tuple[str, int, str]]:  # URLs differ: each fake server has its own port
        return [(item["type"], item["id"], item["title"]) for item in lines(path)]

    assert keys(out) == keys(whole)  # nothing lost, nothing twice, in the listing's order


# --- scale -----------------------------------------------------------------------------------------------------------


def test_a_billion_ids_start_at_once_in_bounded_memory_and_an_interrupt_leaves_a_valid_file(tmp_path: Path) -> None:
    import resource

    out = tmp_path / "releases.jsonl"
    limit = 1_500_000 * 1024  # `ulimit -v 1500000`

    def bounded() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        signal.signal(signal.SIGINT, signal.SIG_DFL)

    command = [sys.executable, "-m", "discogs_async.cli", *FAST_FAKE, "harvest", "releases", "--ids"]
    process = subprocess.Popen(
        [*command, "1-1000000000", "-o", str(out)],
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=bounded,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        deadline = time.monotonic() + 60
        while not (out.exists() and out.read_bytes().count(b"\n") >= 50):
            assert process.poll() is None and time.monotonic() < deadline, process.communicate()
            time.sleep(0.05)
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 130, err
    assert "MemoryError" not in err and "Traceback" not in err
    written = lines(out)
    assert len({item["id"] for item in written}) == len(written) >= 50


# --- the API's pagination caps -------------------------------------------------------------------------------------


def test_a_search_harvest_stops_at_10000_results_and_says_so(
    server: Served, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "a.jsonl"
    assert main([*server.args(), "harvest", "search", "a", "-o", str(out)]) == 3
    assert server.requests() == 100  # pages 1-100: nothing asked past the cap
    written = lines(out)
    assert len(written) == len({(item["type"], item["id"]) for item in written}) > 9_000  # each result once
    err = capsys.readouterr().err
    assert f"CAPPED: search 'a' from {server.url}: the API's pagination cap left {len(written)} of 13438" in err
    assert main([*server.args(), "harvest", "search", "a", "-o", str(out)]) == 3  # still capped, nothing fetched
    assert server.requests() == 0


def test_another_sellers_inventory_stops_at_page_100_and_all_sorts_reach_past_it(
    server: Served, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "inventory.jsonl"
    command = [*server.args(), "harvest", "inventory", "rodneyfool", "--per-page", "1", "-o", str(out)]
    assert main(command) == 3
    assert len(lines(out)) == 100 and server.requests() == 101  # the 101st page is the 403
    err = capsys.readouterr().err
    assert "the API's pagination cap left 100 of 128 items reachable (the API serves only 100 pages" in err
    assert "--all-sorts reaches further" in err
    assert main([*command, "--all-sorts"]) == 0  # each sort and order reaches another 100: all 128 now
    written = lines(out)
    assert len(written) == len({item["id"] for item in written}) == 128
    assert "CAPPED" not in capsys.readouterr().err


# --- images ----------------------------------------------------------------------------------------------------------


def test_images_of_fifty_releases_are_downloaded_once_and_a_rerun_downloads_none(
    server: Served, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out, folder = tmp_path / "releases.jsonl", tmp_path / "img"
    command = [*server.args(), "harvest", "releases", "--ids", "1-50", "-o", str(out), "--images", str(folder)]
    images = server.server.images
    served_before = images.counters["served"]
    assert main([*command, "--image-rate", "100000"]) == 0
    urls = [image["uri"] for item in lines(out) for image in item["images"]]
    files = sorted(folder.iterdir())
    assert len(files) == len(urls) == len(set(urls)) > 50
    assert images.counters["served"] - served_before == len(urls)
    assert images.leaks == []  # no credential ever reached the image host
    release = lines(out)[0]
    first = folder / f"release-{release['id']}-0.jpeg"
    assert first.read_bytes()[:2] == b"\xff\xd8"  # a JPEG
    assert f"{len(urls)} images downloaded (0 were there already)" in capsys.readouterr().err
    first.unlink()
    assert main([*command, "--image-rate", "100000"]) == 0
    assert images.counters["served"] - served_before == len(urls) + 1  # only the one removed
    assert f"1 images downloaded ({len(urls) - 1} were there already)" in capsys.readouterr().err


# --- hostile answers -------------------------------------------------------------------------------------------------


def test_a_too_deep_answer_is_recorded_as_a_failure_and_the_harvest_goes_on(tmp_path: Path) -> None:
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    deep = b"[" * 1500 + b"]" * 1500  # 3 KB that a recursive parser cannot follow

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            number = int(self.path.rsplit("/", 1)[-1])
            body = deep if number == 3 else json.dumps(FakeData(SEED).release(number)).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            pass  # quiet

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        out = tmp_path / "r.jsonl"
        base = f"http://127.0.0.1:{server.server_address[1]}"
        argv = ["--base-url", base, "--token", TOKEN, "harvest", "releases", "--ids", "1-6", "-o", str(out)]
        assert main([*argv, "--concurrency", "1"]) == 1
    finally:
        server.shutdown()
        thread.join()
    assert sorted(item["id"] for item in lines(out)) == [1, 2, 4, 5, 6]
    [failure] = lines(tmp_path / "r.failures.jsonl")
    assert (failure["id"], failure["error"], failure["status"]) == (3, "UnexpectedResponse", 200)
