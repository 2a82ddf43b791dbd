"""Run the benchmarks and write bench/RESULTS.md: `python -m bench.run` (what `make bench` does).

`--quick` runs each at a tiny size (seconds, for the test suite; the figures mean nothing then); `--only 2 4`
runs some of them; `--output PATH` writes the report elsewhere (`-` for none).
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import shlex
import sys
import time
from collections.abc import Callable
from pathlib import Path

from . import (
    bench_cache,
    bench_multiprocess,
    import_time,
    overhead,
    pagination_memory,
    parsing,
    peers,
    profile_request,
    rate_limit,
)
from ._common import Section

RESULTS = Path(__file__).with_name("RESULTS.md")

FULL: dict[int, Callable[[], Section]] = {
    1: rate_limit.run,
    2: overhead.run,
    3: parsing.run,
    4: pagination_memory.run,
    5: import_time.run,
    6: bench_multiprocess.run,
    7: bench_cache.run,
    8: peers.run,
    9: profile_request.run,
}
QUICK: dict[int, Callable[[], Section]] = {
    1: lambda: rate_limit.run(n=12, concurrency=5, limit=10, window=0.25),
    2: lambda: overhead.run(rounds=3, per_round=3, warmup=2),
    3: lambda: parsing.run(rounds=1, scale=200),
    4: lambda: pagination_memory.run(total=1_000, checkpoint=100),
    5: lambda: import_time.run(runs=1, warmup=False, runtime_env=False),
    6: lambda: bench_multiprocess.run(processes=1, tasks=2, per_task=1, limit=10, window=0.25),
    7: lambda: bench_cache.run(lookups=30, distinct=10, concurrency=5, window=0.25),
    8: lambda: peers.run(rounds=1, scale=200, requests=3, n=6, limit=3, window=0.5),
    9: lambda: profile_request.run(requests=5, warmup=1),
}


def machine() -> str:
    """The machine in one line: processors, CPU model, Python and the operating system."""
    model = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                model = line.partition(":")[2].strip()
                break
    except OSError:
        pass  # not Linux: keep platform.processor()
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    load = f", load average {os.getloadavg()[0]:.2f} at the start" if hasattr(os, "getloadavg") else ""
    return (
        f"nproc {usable}, {model}, Python {platform.python_version()} ({platform.python_implementation()}), "
        f"{platform.system()} {platform.release()}{load}"
    )


def report(sections: list[Section], command: str, seconds: float, host: str) -> str:
    """The Markdown report: the machine, the date, the command (Markdown), then one table per benchmark."""
    now = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    head = [
        "# Benchmark results",
        "",
        f"- Machine: {host}",
        f"- Date: {now}",
        f"- Command: {command} ({seconds:.0f} s)",
        "- Every ratio compares figures measured in the same run; see each module of `bench/` for the method.",
        "",
    ]
    return "\n".join(head) + "\n" + "\n".join(section.markdown() for section in sections)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmarks, print each table as it is ready, and write the report."""
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="tiny sizes: checks that the benchmarks run")
    parser.add_argument("--only", type=int, nargs="+", choices=sorted(FULL), help="run only these benchmarks")
    parser.add_argument("--output", default=None, help=f"the report (default: {RESULTS} for a full run, - for none)")
    args = parser.parse_args(argv)
    chosen = QUICK if args.quick else FULL
    host = machine()
    started = time.perf_counter()
    sections: list[Section] = []
    for number in args.only or sorted(chosen):
        begun = time.perf_counter()
        section = chosen[number]()
        sections.append(section)
        print(section.markdown(), flush=True)
        print(f"({time.perf_counter() - begun:.1f} s)\n", file=sys.stderr, flush=True)
    command = f"`{shlex.join(['python', '-m', 'bench.run', *(sys.argv[1:] if argv is None else argv)])}`"
    if os.environ.get("MAKELEVEL") and not args.quick and not args.only:
        command = f"`make bench`, which runs {command}"
    text = report(sections, command, time.perf_counter() - started, host)
    output = args.output if args.output is not None else ("-" if args.quick or args.only else str(RESULTS))
    if output != "-":
        Path(output).write_text(text, encoding="utf-8")
        print(f"written to {output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
