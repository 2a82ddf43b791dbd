"""The `discogs-async` command: print one resource, or harvest many into JSON Lines, resumably.

discogs-async get release 249504
discogs-async harvest releases --ids 1-5000 -o releases.jsonl
discogs-async harvest artist-releases 1 -o artist-1.jsonl
discogs-async --fake-server harvest releases --ids 1-300      # against the embedded fake Discogs

Credentials come from `--token` (or `DISCOGS_TOKEN`), else `--consumer-key`/`--consumer-secret` (or
`DISCOGS_CONSUMER_KEY`/`DISCOGS_CONSUMER_SECRET`); they are never printed or written to a file.

A harvest appends one JSON object a line, flushed line by line, so an interrupted run (Ctrl-C, a kill) leaves a
valid file; rerunning the same command skips what the file holds (a torn last line is dropped and fetched again).
Failures go to `OUTPUT.failures.jsonl` with their reason (rewritten by each run, since a rerun retries them).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import sys
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import httpx

from . import __version__
from .auth import ConsumerKey, UserToken
from .client import DEFAULT_BASE_URL, Discogs
from .errors import DiscogsError, InvalidArgument

__all__ = ["main", "parse_ids"]

# resource name on the command line -> client method
SINGLE = {
    "release": "get_release",
    "master": "get_master_release",
    "artist": "get_artist",
    "label": "get_label",
    "release-stats": "get_release_stats",
    "release-rating": "get_community_release_rating",
    "marketplace-stats": "get_marketplace_release_stats",
    "list": "get_list",
    "user": "get_profile",
}
HARVEST_BY_ID = {
    "releases": "get_release",
    "masters": "get_master_release",
    "artists": "get_artist",
    "labels": "get_label",
}
HARVEST_PAGES = {
    "artist-releases": "get_artist_releases",
    "label-releases": "get_label_releases",
    "master-versions": "get_master_release_versions",
    "wantlist": "get_wantlist",
    "inventory": "get_inventory",
}
PER_PAGE = 100
FAKE_TOKEN = "fake-user-token"
"""The personal token the embedded fake accepts when none is given."""
ITEM_ERRORS = (DiscogsError, InvalidArgument)
"""Errors that concern one item: recorded in the failures file, and the harvest goes on."""


def parse_ids(text: str) -> list[int]:
    """`1-5,9,12-14` -> [1, 2, 3, 4, 5, 9, 12, 13, 14] (each id once); refuses anything else with a message."""
    ids: dict[int, None] = {}
    for part in text.split(","):
        part = part.strip()
        first, sep, last = part.partition("-")
        try:
            low, high = (int(first), int(last)) if sep else (int(part), int(part))
        except ValueError:
            raise argparse.ArgumentTypeError(f"--ids: {part!r} is not an id or a range like 1-5000") from None
        if low < 1 or high < low:
            raise argparse.ArgumentTypeError(f"--ids: {part!r} must be positive ids, low to high")
        ids.update(dict.fromkeys(range(low, high + 1)))
    return list(ids)


def _credentials(args: argparse.Namespace) -> tuple[str | None, str | None, str | None]:
    """(token, consumer key, consumer secret): each from its flag, else from its environment variable."""
    return (
        args.token or os.environ.get("DISCOGS_TOKEN") or None,
        args.consumer_key or os.environ.get("DISCOGS_CONSUMER_KEY") or None,
        args.consumer_secret or os.environ.get("DISCOGS_CONSUMER_SECRET") or None,
    )


def _auth(args: argparse.Namespace) -> httpx.Auth | None:
    token, key, secret = _credentials(args)
    if token:
        return UserToken(token)
    if key and secret:
        return ConsumerKey(key, secret)
    return None


@contextlib.asynccontextmanager
async def _client(args: argparse.Namespace) -> AsyncIterator[Discogs]:
    """The client: against `--base-url`, or against the embedded fake (which accepts the given credentials)."""
    if not args.fake_server:
        async with Discogs(args.user_agent, auth=_auth(args), base_url=args.base_url) as discogs:
            yield discogs
        return
    from .governor import Governor
    from .testing import FakeConfig, RateLimit, serve

    token, key, secret = _credentials(args)
    if not token and not (key and secret):
        token = FAKE_TOKEN
    limit = RateLimit(authenticated=args.fake_rate_limit, anonymous=args.fake_rate_limit, window=args.fake_window)
    config = FakeConfig(
        seed=args.seed,
        rate_limit=limit,
        user_tokens={token: "example"} if token else {},
        consumers={key: secret} if key and secret else {},
    )
    auth = UserToken(token) if token else ConsumerKey(key or "", secret or "")
    async with serve(config) as base_url:
        print(
            f"fake Discogs on {base_url}: {args.fake_rate_limit} requests per {args.fake_window:g} s", file=sys.stderr
        )
        governor = Governor(limit=args.fake_rate_limit, window=args.fake_window)
        async with Discogs(args.user_agent, auth=auth, base_url=base_url, governor=governor) as discogs:
            yield discogs


def _dump(model: Any) -> Any:
    return model.to_dict() if hasattr(model, "to_dict") else model


async def _get(args: argparse.Namespace) -> int:
    async with _client(args) as discogs:
        method = getattr(discogs, SINGLE[args.resource])
        key: int | str = int(args.id) if args.id.isdigit() else args.id
        try:
            result = await method(key)
        except ITEM_ERRORS as error:
            print(f"error: {error}", file=sys.stderr)
            return 1
        print(json.dumps(_dump(result), indent=2, ensure_ascii=False))
    return 0


def _item_key(item: Any) -> Any:
    """What identifies a harvested item: its id, with its type when it has one (an artist's masters and releases
    share a listing but not an id space)."""
    if not isinstance(item, dict):
        return None
    kind = item.get("type")
    return f"{kind}:{item.get('id')}" if isinstance(kind, str) else item.get("id")


@dataclass
class _Output:
    """A JSON Lines file written one whole line at a time, and what an earlier run already wrote to it."""

    path: Path
    done: set[Any] = field(default_factory=set)
    lines: int = 0
    """How many items the file holds."""
    handle: IO[str] | None = None

    def open(self) -> None:
        """Read what is there, cut a torn last line off (it is fetched again), then append."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if self.path.exists():
            data = self.path.read_bytes()
            end = 0  # the end of the last whole, valid line
            for line in data.splitlines(keepends=True):
                try:
                    item = json.loads(line)
                except ValueError:
                    item = None
                if item is None or not line.endswith(b"\n"):
                    if end + len(line) == len(data):  # the last line: cut by a kill
                        break
                    print(f"warning: {self.path}: skipping an unreadable line", file=sys.stderr)
                else:
                    self.done.add(_item_key(item))
                    self.lines += 1
                end += len(line)
            if end < len(data):
                with self.path.open("r+b") as handle:
                    handle.truncate(end)
        self.handle = self.path.open("a", encoding="utf-8")

    def write(self, item: Any) -> None:
        """Append one item as one line, flushed at once so an interrupted run leaves a valid file."""
        assert self.handle is not None
        self.handle.write(json.dumps(item, ensure_ascii=False) + "\n")
        self.handle.flush()
        self.done.add(_item_key(item))
        self.lines += 1

    def close(self) -> None:
        """Close the file (what was written stays)."""
        if self.handle is not None:
            self.handle.close()
            self.handle = None


class _Progress:
    """A tqdm bar on stderr when it is a terminal and tqdm is installed (the `cli` extra), else a line every few
    seconds; both show the rate, the ETA when the total is known, and the 429s seen."""

    def __init__(self, total: int | None, discogs: Discogs, every: float = 5.0) -> None:
        self.discogs = discogs
        self.total = total
        self.count = 0
        self.every = every
        self.started = self.last = time.monotonic()
        self.bar: Any = None
        if sys.stderr.isatty():
            try:
                from tqdm import tqdm
            except ImportError:
                pass  # the plain progress lines below do the job
            else:
                self.bar = tqdm(total=total, unit="item", file=sys.stderr, dynamic_ncols=True)

    def set_total(self, total: int) -> None:
        """The total became known (the first page of a listing says it)."""
        self.total = total
        if self.bar is not None:
            self.bar.total = total
            self.bar.refresh()

    def update(self) -> None:
        """One more item done (written or failed)."""
        self.count += 1
        throttled = self.discogs.governor.stats().throttled_429
        if self.bar is not None:
            self.bar.update(1)
            self.bar.set_postfix_str(f"429s={throttled}", refresh=False)
            return
        now = time.monotonic()
        if now - self.last >= self.every:
            self.last = now
            rate = self.count / (now - self.started)
            eta = f", ETA {(self.total - self.count) / rate:.0f} s" if self.total and rate > 0 else ""
            of = f"/{self.total}" if self.total else ""
            print(f"{self.count}{of} items, {rate:.1f} items/s{eta}, 429s: {throttled}", file=sys.stderr)

    def close(self) -> None:
        """Finish the bar."""
        if self.bar is not None:
            self.bar.close()


async def _harvest(args: argparse.Namespace) -> int:
    by_id = args.resource in HARVEST_BY_ID
    out = _Output(Path(args.output or f"{args.resource}.jsonl"))
    failures_path = Path(args.failures) if args.failures else out.path.with_suffix(".failures.jsonl")
    out.open()
    before = out.lines
    failed = written = 0
    try:
        failures = failures_path.open("w", encoding="utf-8")
    except OSError:
        out.close()
        raise
    try:
        async with _client(args) as discogs:
            started = time.monotonic()
            todo = [i for i in args.ids if i not in out.done] if by_id else []
            progress = _Progress(len(todo) if by_id else None, discogs)

            def fail(record: dict[str, Any], error: BaseException) -> None:
                nonlocal failed
                failed += 1
                record |= {"error": type(error).__name__, "reason": str(error)}
                if isinstance(error, DiscogsError):
                    record |= {"status": error.status, "message": error.message}
                failures.write(json.dumps(record, ensure_ascii=False) + "\n")
                failures.flush()
                progress.update()

            def keep(item: Any) -> None:
                nonlocal written
                out.write(item)
                written += 1
                progress.update()

            try:
                if by_id:
                    method = getattr(discogs, HARVEST_BY_ID[args.resource])
                    await _fetch_all(todo, method, args.concurrency, keep, fail)
                else:
                    await _fetch_pages(discogs, args, out, progress, keep, fail)
            finally:
                progress.close()
                _summary(discogs, written, failed, before, time.monotonic() - started, out.path, failures_path)
    finally:
        out.close()
        failures.close()
        if not failed:
            failures_path.unlink(missing_ok=True)  # no failures, no file (an earlier run's ones were retried)
    return 1 if failed else 0


async def _fetch_pages(
    discogs: Discogs,
    args: argparse.Namespace,
    out: _Output,
    progress: _Progress,
    keep: Callable[[Any], None],
    fail: Callable[[dict[str, Any], BaseException], None],
) -> None:
    """Write every item of a listing not in the file yet, up to `--max-items` in the file.

    A rerun starts at the last page the file holds whole (lines are written in page order), not at page 1.
    """
    method = getattr(discogs, HARVEST_PAGES[args.resource])
    number = max(1, out.lines // PER_PAGE)
    if args.max_items is not None and out.lines >= args.max_items:
        return
    try:
        async for page in discogs.pages(method, page=number, per_page=PER_PAGE, **_owner(args)):
            if progress.total is None:
                total = getattr(getattr(page.model, "pagination", None), "items", None)
                if isinstance(total, int):
                    progress.set_total(max(0, min(total, args.max_items or total) - out.lines))
            for item in page.items:
                if args.max_items is not None and out.lines >= args.max_items:
                    return
                data = _dump(item)
                if _item_key(data) not in out.done:
                    keep(data)
            number = page.number + 1
    except ITEM_ERRORS as error:
        fail({"key": args.key, "page": number}, error)


def _owner(args: argparse.Namespace) -> dict[str, Any]:
    names = {
        "artist-releases": "artist_id",
        "label-releases": "label_id",
        "master-versions": "master_id",
        "wantlist": "username",
        "inventory": "username",
    }
    name = names[args.resource]
    if name.endswith("_id"):
        if not args.key.isdigit():
            raise ValueError(f"{args.resource} takes a numeric id, not {args.key!r}")
        return {name: int(args.key)}
    return {name: args.key}


async def _fetch_all(
    ids: list[int],
    method: Callable[[int], Awaitable[Any]],
    concurrency: int,
    keep: Callable[[Any], None],
    fail: Callable[[dict[str, Any], BaseException], None],
) -> None:
    """Fetch every id with `concurrency` workers; each id ends up written or recorded as failed."""
    queue: Iterator[int] = iter(ids)

    async def worker() -> None:
        for key in queue:
            try:
                item = await method(key)
            except ITEM_ERRORS as error:
                fail({"id": key}, error)
            else:
                keep(_dump(item))

    try:
        async with asyncio.TaskGroup() as group:
            for _ in range(max(1, min(concurrency, len(ids)))):
                group.create_task(worker())
    except ExceptionGroup as group_error:  # not an item's failure (a bug, a refused configuration): surface it
        raise group_error.exceptions[0] from None


def _summary(discogs: Discogs, written: int, failed: int, before: int, seconds: float, out: Path, bad: Path) -> None:
    """One line on stderr: items, failures, requests, wall time, and the achieved rate over the allowed one."""
    stats = discogs.governor.stats()
    allowed = stats.limit / stats.window
    achieved = stats.requests / seconds if seconds > 0 else 0.0
    see = f" (see {bad})" if failed else ""
    print(
        f"{written} items written to {out} ({before} there already), {failed} failed{see}; "
        f"{stats.requests} requests in {seconds:.1f} s = {achieved:.2f}/s, allowed {allowed:.2f}/s "
        f"(ratio {achieved / allowed:.2f}); 429s seen: {stats.throttled_429}",
        file=sys.stderr,
    )


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="discogs-async", description="Fetch from the Discogs API v2.")
    parser.add_argument("--token", help="a personal access token (or DISCOGS_TOKEN)")
    parser.add_argument("--consumer-key", help="an application's consumer key (or DISCOGS_CONSUMER_KEY)")
    parser.add_argument("--consumer-secret", help="its consumer secret (or DISCOGS_CONSUMER_SECRET)")
    parser.add_argument("--base-url", default=os.environ.get("DISCOGS_BASE_URL", DEFAULT_BASE_URL))
    parser.add_argument("--user-agent", default=f"discogs-async/{__version__} +https://pypi.org/project/discogs-async")
    parser.add_argument("--fake-server", action="store_true", help="start the embedded fake Discogs and use it")
    parser.add_argument("--seed", type=int, default=1, help="the fake server's data seed")
    parser.add_argument("--fake-rate-limit", type=int, default=60, help="the fake server's requests per window")
    parser.add_argument("--fake-window", type=float, default=6.0, help="the fake server's window in seconds")
    commands = parser.add_subparsers(dest="command", required=True)

    get = commands.add_parser("get", help="print one resource as JSON")
    get.add_argument("resource", choices=sorted(SINGLE))
    get.add_argument("id", help="its id (a username for `user`)")

    harvest = commands.add_parser("harvest", help="fetch many resources into JSON Lines, resumably")
    harvest_commands = harvest.add_subparsers(dest="resource", required=True)
    for name in sorted(HARVEST_BY_ID):
        sub = harvest_commands.add_parser(name, help=f"{name} by id")
        sub.add_argument("--ids", type=parse_ids, required=True, help="ids and ranges, e.g. 1-5000,7000")
        sub.add_argument("--concurrency", type=int, default=50)
    for name in sorted(HARVEST_PAGES):
        sub = harvest_commands.add_parser(name, help=f"every item of {name}")
        sub.add_argument("key", help="the artist, label or master id, or the username")
        sub.add_argument("--max-items", type=int, default=None, help="stop when the file holds this many")
    for sub in harvest_commands.choices.values():
        sub.add_argument("-o", "--output", help="the JSON Lines file (default: RESOURCE.jsonl); rerun to resume")
        sub.add_argument("--failures", help="where failures go (default: OUTPUT.failures.jsonl)")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _parser().parse_args(argv)
    command = _get if args.command == "get" else _harvest
    try:
        return asyncio.run(command(args))
    except KeyboardInterrupt:
        print("interrupted: what was written is complete; rerun the same command to resume", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `discogs-async get ... | head`
        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - so that the exit does not complain again
        return 1
    except (ValueError, OSError) as error:  # a refused configuration (bad --ids owner, insecure URL, unwritable file)
        print(f"error: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
