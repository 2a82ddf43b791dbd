"""The command line's grammar and every check on it, all made before anything is created or sent."""

from __future__ import annotations

import argparse
import bisect
import os
import re
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx

from .. import __version__
from ..client import DEFAULT_BASE_URL

__all__ = ["HARVEST_BY_ID", "HARVEST_PAGES", "SINGLE", "IdRanges", "parse_args", "parse_ids"]

# resource on the command line -> (client method, what its key is: "id" or "name")
SINGLE = {
    "release": ("get_release", "id"),
    "master": ("get_master_release", "id"),
    "artist": ("get_artist", "id"),
    "label": ("get_label", "id"),
    "release-stats": ("get_release_stats", "id"),
    "release-rating": ("get_community_release_rating", "id"),
    "marketplace-stats": ("get_marketplace_release_stats", "id"),
    "list": ("get_list", "id"),
    "user": ("get_profile", "name"),
}
HARVEST_BY_ID = {
    "releases": "get_release",
    "masters": "get_master_release",
    "artists": "get_artist",
    "labels": "get_label",
}
# listing -> (client method, the name of its key argument); a "_id" key is numeric, the rest are usernames/queries
HARVEST_PAGES = {
    "artist-releases": ("get_artist_releases", "artist_id"),
    "label-releases": ("get_label_releases", "label_id"),
    "master-versions": ("get_master_release_versions", "master_id"),
    "wantlist": ("get_wantlist", "username"),
    "inventory": ("get_inventory", "username"),
    "search": ("search_database", "q"),
}
SEARCH_TYPES = ("release", "master", "artist", "label")
_USERNAME = re.compile(r"[A-Za-z0-9._-]{1,100}")
_MAX_ID = 2**40  # far above any Discogs id; keeps an item's index key in 63 bits


class IdRanges:
    """Ids from `1-5,9,12-14`: kept as merged ranges, iterated lazily in ascending order, each id once.

    `IdRanges("1-1000000000")` holds two integers, not a billion.
    """

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        merged: list[tuple[int, int]] = []
        for low, high in sorted(ranges):
            if merged and low <= merged[-1][1] + 1:
                merged[-1] = (merged[-1][0], max(merged[-1][1], high))
            else:
                merged.append((low, high))
        self.ranges = merged
        self._lows = [low for low, _ in merged]

    def __iter__(self) -> Iterator[int]:
        for low, high in self.ranges:
            yield from range(low, high + 1)

    def __len__(self) -> int:
        return sum(high - low + 1 for low, high in self.ranges)

    def __contains__(self, value: object) -> bool:
        if not isinstance(value, int):
            return False
        at = bisect.bisect_right(self._lows, value) - 1
        return at >= 0 and value <= self.ranges[at][1]

    def __repr__(self) -> str:
        return "IdRanges(" + ",".join(f"{a}-{b}" if a != b else str(a) for a, b in self.ranges) + ")"


def parse_ids(text: str) -> IdRanges:
    """`1-5,9,12-14` -> those ids, lazily; refuses anything else with a message quoting the part (argparse adds
    `argument --ids:` before it)."""
    ranges = []
    for part in text.split(","):
        part = part.strip()
        first, sep, last = part.partition("-")
        try:
            low, high = (int(first), int(last)) if sep else (int(part), int(part))
        except ValueError:
            raise argparse.ArgumentTypeError(f"{part!r} is not an id or a range like 1-5000") from None
        if low < 1 or high < low:
            raise argparse.ArgumentTypeError(f"{part!r} must be positive ids, low to high")
        if high >= _MAX_ID:
            raise argparse.ArgumentTypeError(f"{part!r} is beyond any Discogs id (at most {_MAX_ID - 1})")
        ranges.append((low, high))
    return IdRanges(ranges)


def check_key(kind: str, text: str, what: str) -> int | str:
    """A resource's key: a positive id for `kind="id"`, a Discogs username for `"name"`, any text for `"text"`."""
    if kind == "id":
        if not text.isascii() or not text.isdigit() or int(text) < 1 or int(text) >= _MAX_ID:
            raise argparse.ArgumentTypeError(f"{what} takes a positive numeric id, not {text!r}")
        return int(text)
    if kind == "name" and not _USERNAME.fullmatch(text):
        raise argparse.ArgumentTypeError(
            f"{what} takes a Discogs username (letters, digits, '.', '_', '-'), not {text!r}"
        )
    if not text.strip():
        raise argparse.ArgumentTypeError(f"{what} needs a non-empty key")
    return text


def _bounded(name: str, low: int, high: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{name} takes a whole number, not {text!r}") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{name} must be between {low} and {high}, not {value}")
        return value

    parse.__name__ = name
    return parse


def _positive_float(name: str) -> Callable[[str], float]:
    def parse(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{name} takes a number, not {text!r}") from None
        if not 0 < value < float("inf"):
            raise argparse.ArgumentTypeError(f"{name} must be a positive number, not {text!r}")
        return value

    parse.__name__ = name
    return parse


def _global_options(parser: argparse.ArgumentParser, *, inner: bool) -> None:
    """The options of the whole command. On a subcommand (`inner`) they default to nothing, so that each may be given
    before or after the subcommand and the one given wins."""

    def default(value: object) -> object:
        return argparse.SUPPRESS if inner else value

    group = parser.add_argument_group("global options (before or after the subcommand)")
    group.add_argument("--token", default=default(None), help="a personal access token (or DISCOGS_TOKEN)")
    group.add_argument(
        "--consumer-key", default=default(None), help="an application's consumer key (or DISCOGS_CONSUMER_KEY)"
    )
    group.add_argument(
        "--consumer-secret", default=default(None), help="its consumer secret (or DISCOGS_CONSUMER_SECRET)"
    )
    group.add_argument(
        "--base-url",
        default=default(os.environ.get("DISCOGS_BASE_URL", DEFAULT_BASE_URL)),
        help=f"the API's base URL (or DISCOGS_BASE_URL; default {DEFAULT_BASE_URL})",
    )
    group.add_argument(
        "--user-agent",
        default=default(f"discogs-async/{__version__} +https://pypi.org/project/discogs-async"),
        help="the User-Agent sent with every request (name your application)",
    )
    group.add_argument(
        "--fake-server", action="store_true", default=default(False), help="start the embedded fake Discogs and use it"
    )
    group.add_argument("--seed", type=_bounded("--seed", 0, 2**31), default=default(1), help="the fake's data seed")
    group.add_argument(
        "--fake-rate-limit",
        type=_bounded("--fake-rate-limit", 1, 1_000_000),
        default=default(60),
        help="the fake's requests per window (default 60)",
    )
    group.add_argument(
        "--fake-window",
        type=_positive_float("--fake-window"),
        default=default(6.0),
        help="the fake's window in seconds (default 6)",
    )


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="discogs-async", description="Fetch from the Discogs API v2.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _global_options(parser, inner=False)
    commands = parser.add_subparsers(dest="command", required=True, metavar="{get,harvest}")

    get = commands.add_parser("get", help="print one resource as JSON", description="Print one resource as JSON.")
    get.add_argument("resource", choices=sorted(SINGLE), help="what to fetch")
    get.add_argument("id", help="its id (a username for `user`)")
    _global_options(get, inner=True)

    harvest = commands.add_parser(
        "harvest",
        help="fetch many resources into JSON Lines, resumably",
        description="Fetch many resources into a JSON Lines file; rerun the same command to resume.",
    )
    _global_options(harvest, inner=True)
    kinds = harvest.add_subparsers(dest="resource", required=True, metavar="RESOURCE")
    for name in sorted(HARVEST_BY_ID):
        sub = kinds.add_parser(name, help=f"{name} by id", description=f"Fetch {name} by id.")
        sub.add_argument("--ids", type=parse_ids, required=True, help="ids and ranges, e.g. 1-5000,7000")
        sub.add_argument(
            "--concurrency",
            type=_bounded("--concurrency", 1, 1000),
            default=50,
            help="requests in flight at once (default 50; the governor still paces them)",
        )
    for name in sorted(HARVEST_PAGES):
        what = {"search": "a search query", "wantlist": "a username", "inventory": "a seller's username"}
        sub = kinds.add_parser(name, help=f"every item of {name}", description=f"Fetch every item of {name}.")
        sub.add_argument("key", help=what.get(name, f"the {HARVEST_PAGES[name][1].removesuffix('_id')} id"))
        sub.add_argument(
            "--max-items",
            type=_bounded("--max-items", 1, 2**62),
            default=None,
            help="stop when the file holds this many items",
        )
        sub.add_argument(
            "--per-page",
            type=_bounded("--per-page", 1, 100),
            default=100,
            help="items a page (default 100, the most the API serves)",
        )
        if name == "search":
            sub.add_argument("--type", choices=SEARCH_TYPES, default=None, help="only results of this type")
        if name == "inventory":
            sub.add_argument(
                "--all-sorts",
                action="store_true",
                help="reach past the API's 100-page cap: walk the inventory under each sort key and order, "
                "keeping each listing once",
            )
    for sub in kinds.choices.values():
        sub.add_argument(
            "-o",
            "--output",
            help="the JSON Lines file (default RESOURCE-KEY.jsonl, or RESOURCE.jsonl by id); `-` for standard "
            "output (no resume); rerun the same command to resume",
        )
        sub.add_argument("--failures", help="where failures go (default OUTPUT.failures.jsonl)")
        sub.add_argument("--images", metavar="DIR", help="also download each harvested item's images into DIR")
        sub.add_argument(
            "--image-rate",
            type=_bounded("--image-rate", 1, 100_000),
            default=None,
            help="image requests per minute (default: the conservative one of discogs_async.images)",
        )
        _global_options(sub, inner=True)
    return parser


def _file_problem(path: Path, what: str, *, directory: bool = False) -> str | None:
    """Why `path` cannot be used as `what`, or None (nothing is created here)."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        parent = path.parent
        while not parent.exists():
            parent = parent.parent
        if not parent.is_dir():
            return f"{what} {path}: {parent} is not a directory"
        if not os.access(parent, os.W_OK | os.X_OK):
            return f"{what} {path}: {parent} is not writable"
        return None
    except OSError as error:
        return f"{what} {path}: {error.strerror}"
    if directory:
        return None if stat.S_ISDIR(mode) else f"{what} {path} is not a directory"
    if stat.S_ISDIR(mode):
        return f"{what} {path} is a directory"
    if stat.S_ISREG(mode) and not os.access(path, os.R_OK | os.W_OK):
        return f"{what} {path} is not readable and writable"
    return None


def default_output(resource: str, key: int | str | None) -> str:
    """`label-releases-17.jsonl`, `releases.jsonl`, `search-nirvana.jsonl` (a key made safe for a file name)."""
    if key is None:
        return f"{resource}.jsonl"
    safe = re.sub(r"[^A-Za-z0-9._-]+", "_", str(key)).strip("._") or "key"
    return f"{resource}-{safe[:80]}.jsonl"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """Parse and check the whole command line; exits with status 2 and a message naming the argument if it is bad."""
    parser = _parser()
    args = parser.parse_args(argv)
    url = httpx.URL(args.base_url)
    if url.scheme not in ("http", "https") or not url.host:
        parser.error(f"--base-url must be an absolute http(s) URL, not {args.base_url!r}")
    if not args.user_agent.strip():
        parser.error("--user-agent must name your application")
    if args.command == "get":
        try:
            args.key = check_key(SINGLE[args.resource][1], args.id, f"get {args.resource}")
        except argparse.ArgumentTypeError as error:
            parser.error(str(error))
        return args
    if args.resource in HARVEST_PAGES:
        name = HARVEST_PAGES[args.resource][1]
        kind = "id" if name.endswith("_id") else "name" if name == "username" else "text"
        try:
            args.key = check_key(kind, args.key, f"harvest {args.resource}")
        except argparse.ArgumentTypeError as error:
            parser.error(str(error))
    else:
        args.key = None
    _check_harvest_paths(parser, args)
    return args


def _check_harvest_paths(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    if args.output is None:
        args.output = default_output(args.resource, args.key)
    args.stream = args.output == "-"
    if not args.stream:
        problem = _file_problem(Path(args.output), "-o")
        if problem:
            parser.error(problem)
    if args.failures is not None:
        problem = _file_problem(Path(args.failures), "--failures")
        if problem:
            parser.error(problem)
        if not args.stream and _same_file(args.failures, args.output):
            parser.error(f"--failures {args.failures} is the output file itself: give it a name of its own")
    if args.images is not None:
        if args.stream:
            parser.error("--images needs an output file (it reads the image URLs from it), not -o -")
        problem = _file_problem(Path(args.images), "--images", directory=True)
        if problem:
            parser.error(problem)


def _same_file(one: str, other: str) -> bool:
    first, second = Path(one), Path(other)
    if first.exists() and second.exists():
        return first.samefile(second)
    return os.path.realpath(first) == os.path.realpath(second)
