"""``python -m discogs_async.testing``: run the fake Discogs API in the foreground."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import sys
from collections.abc import Sequence

from .config import FakeConfig, Faults, RateLimit
from .server import serve


def _pairs(values: Sequence[str], flag: str) -> dict[str, str]:
    result = {}
    for value in values:
        key, sep, rest = value.partition("=")
        if not sep or not key or not rest:
            raise SystemExit(f"{flag} expects KEY=VALUE")
        result[key] = rest
    return result


def _rate_limit(text: str, window: float) -> RateLimit | None:
    if text.lower() in ("off", "none", "0"):
        return None
    authenticated, _, anonymous = text.partition("/")
    try:
        return RateLimit(int(authenticated), int(anonymous or authenticated), window)
    except ValueError as exc:
        raise SystemExit(f"--rate-limit expects AUTH/ANON (e.g. 60/25) or 'off': {exc}") from exc


def parser() -> argparse.ArgumentParser:
    """The command-line interface."""
    p = argparse.ArgumentParser(prog="python -m discogs_async.testing", description="Run a fake Discogs API.")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000, help="0 picks a free port")
    p.add_argument("--seed", type=int, default=0, help="data set seed")
    p.add_argument("--rate-limit", default="60/25", help="AUTH/ANON requests per window, or 'off'")
    p.add_argument("--window", type=float, default=60.0, help="rate-limit window in seconds")
    p.add_argument("--error-rate", type=float, default=0.0, help="share of 5xx answers")
    p.add_argument("--error-statuses", default="500,502,503")
    p.add_argument("--drop-rate", type=float, default=0.0, help="share of dropped connections")
    p.add_argument("--slow-rate", type=float, default=0.0, help="share of delayed answers")
    p.add_argument("--slow-seconds", type=float, default=0.5)
    p.add_argument("--malformed-rate", type=float, default=0.0, help="share of truncated JSON bodies")
    p.add_argument("--storm", default=None, metavar="START:DURATION", help="answer 429 to everything in this window")
    p.add_argument("--fault-seed", type=int, default=None)
    p.add_argument("--consumer", action="append", default=[], metavar="KEY=SECRET")
    p.add_argument("--token", action="append", default=[], metavar="TOKEN=USERNAME")
    p.add_argument("--oauth", action="append", default=[], metavar="TOKEN=SECRET:USERNAME")
    p.add_argument("--user", action="append", default=[], metavar="USERNAME", help="extra existing usernames")
    p.add_argument("--documented-shapes", action="store_true", help="docs shapes for /releases/{id}/stats, /lists/{id}")
    p.add_argument("--show-images-anonymous", action="store_true", help="keep image URLs without credentials")
    p.add_argument("--log-level", default="info")
    return p


def config_from_args(args: argparse.Namespace) -> FakeConfig:
    """Turn parsed arguments into a :class:`FakeConfig`."""
    storm = None
    if args.storm:
        start, _, duration = args.storm.partition(":")
        storm = (float(start), float(duration))
    faults = Faults(
        error_rate=args.error_rate,
        error_statuses=tuple(int(s) for s in args.error_statuses.split(",") if s),
        drop_rate=args.drop_rate,
        slow_rate=args.slow_rate,
        slow_seconds=args.slow_seconds,
        malformed_rate=args.malformed_rate,
        storm=storm,
        seed=args.fault_seed,
    )
    defaults = FakeConfig()
    oauth: dict[str, tuple[str, str]] = {}
    for token, value in _pairs(args.oauth, "--oauth").items():
        secret, sep, username = value.partition(":")
        if not sep:
            raise SystemExit("--oauth expects TOKEN=SECRET:USERNAME")
        oauth[token] = (secret, username)
    return FakeConfig(
        seed=args.seed,
        rate_limit=_rate_limit(args.rate_limit, args.window),
        consumers=_pairs(args.consumer, "--consumer") or defaults.consumers,
        user_tokens=_pairs(args.token, "--token") or defaults.user_tokens,
        oauth_tokens=oauth or defaults.oauth_tokens,
        users=(*defaults.users, *args.user),
        faults=faults,
        blank_images_for_anonymous=not args.show_images_anonymous,
        documented_shapes=args.documented_shapes,
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point: serve the API and its image host until interrupted."""
    args = parser().parse_args(argv)
    config = config_from_args(args)
    limit = config.rate_limit
    rate = f"{limit.authenticated}/{limit.anonymous} per {limit.window:g}s" if limit else "off"

    async def run() -> None:
        server = serve(config, args.host, args.port, log_level=args.log_level)
        async with server as url:
            print(f"Fake Discogs API on {url} (seed {config.seed}, rate limit {rate})", file=sys.stderr)
            print(f"Its image host on {server.image_url}", file=sys.stderr)
            await asyncio.Event().wait()

    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(run())
    return 0


if __name__ == "__main__":
    sys.exit(main())
