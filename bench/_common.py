"""What the benchmarks share: result rows, the fake server in a child process, and small statistics."""

from __future__ import annotations

import contextlib
import json
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

USER_AGENT = "DiscogsAsyncBench/1.0 +https://example.invalid"
TOKEN = "fake-user-token"
"""The fake's default personal token (user `example`)."""
HEADERS = {"User-Agent": USER_AGENT, "Authorization": f"Discogs token={TOKEN}"}
"""What a bare httpx baseline sends: the same User-Agent and credentials as the client."""
RELEASE_ID = 249504
"""The release the request benchmarks fetch (about 5 KB of JSON from the fake, seed 1)."""


@dataclass(frozen=True)
class Row:
    """One measured figure, the baseline it is compared with in the same run, their ratio and the goal."""

    metric: str
    value: str
    baseline: str = ""
    ratio: float | None = None
    goal: str = ""
    ok: bool | None = None

    def cells(self) -> list[str]:
        """The row as table cells."""
        ratio = "" if self.ratio is None else f"{self.ratio:.3f}"
        verdict = {True: "met", False: "MISSED", None: ""}[self.ok]
        return [self.metric, self.value, self.baseline, ratio, self.goal, verdict]


@dataclass
class Section:
    """The result of one benchmark: a title, what was run, and its rows."""

    title: str
    setup: str
    rows: list[Row] = field(default_factory=list)

    def markdown(self) -> str:
        """The section as a Markdown table preceded by its title and setup."""
        header = ["metric", "measured", "baseline (same run)", "ratio", "goal", ""]
        lines = [f"### {self.title}", "", self.setup, "", _table_row(header), _table_row(["---"] * len(header))]
        lines += [_table_row(row.cells()) for row in self.rows]
        return "\n".join(lines) + "\n"


def _table_row(cells: Sequence[str]) -> str:
    return "| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |"


def median(values: Sequence[float]) -> float:
    """The median (a benchmark's figure of choice: robust to a stray slow round)."""
    return statistics.median(values)


_SERVER = r"""
import json, sys
from discogs_async.testing import FakeConfig, RateLimit, serve

spec = json.loads(sys.argv[1])
limit = None if spec["limit"] is None else RateLimit(spec["limit"], spec["limit"], spec["window"])
with serve(FakeConfig(seed=spec["seed"], rate_limit=limit)) as url:
    print(url, flush=True)
    sys.stdin.read()
"""


@contextlib.contextmanager
def fake_server(limit: int | None, window: float = 60.0, seed: int = 1) -> Iterator[str]:
    """Run the fake Discogs (`serve`, real TCP on loopback) in a child process; yield its base URL.

    A child process keeps the server's CPU off the measured client's interpreter (and its GIL).
    `limit=None` turns the rate limit off.
    """
    spec = json.dumps({"limit": limit, "window": window, "seed": seed})
    process = subprocess.Popen(
        [sys.executable, "-c", _SERVER, spec], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert process.stdin is not None and process.stdout is not None
    try:
        url = process.stdout.readline().strip()
        if not url.startswith("http://"):
            raise RuntimeError("the fake Discogs server did not start")
        yield url
    finally:
        process.stdin.close()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


_STATIC = r"""
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

body = open(sys.argv[1], "rb").read()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as the API and the fake serve
    disable_nagle_algorithm = True  # the headers and the body are two writes: no delayed-ACK wait between them

    def do_GET(self):
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
print(f"http://127.0.0.1:{server.server_address[1]}", flush=True)
server.serve_forever()
"""


@contextlib.contextmanager
def static_server(body: bytes) -> Iterator[str]:
    """An independent HTTP/1.1 server (the standard library's `http.server`, in a child process) that answers
    every GET with `body`; yield its base URL."""
    with tempfile.NamedTemporaryFile(suffix=".json") as file:
        file.write(body)
        file.flush()
        process = subprocess.Popen([sys.executable, "-c", _STATIC, file.name], stdout=subprocess.PIPE, text=True)
        assert process.stdout is not None
        try:
            url = process.stdout.readline().strip()
            if not url.startswith("http://"):
                raise RuntimeError("the static server did not start")
            yield url
        finally:
            process.terminate()
            process.wait(timeout=10)
