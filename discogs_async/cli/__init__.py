"""The `discogs-async` command: print one resource, or harvest many into JSON Lines, resumably.

discogs-async get release 249504
discogs-async harvest releases --ids 1-5000                 # -> releases.jsonl
discogs-async harvest label-releases 17                     # -> label-releases-17.jsonl
discogs-async harvest inventory some-seller --all-sorts     # past the API's 100-page cap
discogs-async --fake-server harvest releases --ids 1-300 --images covers/   # against the embedded fake Discogs

Credentials come from `--token` (or `DISCOGS_TOKEN`), else `--consumer-key`/`--consumer-secret` (or
`DISCOGS_CONSUMER_KEY`/`DISCOGS_CONSUMER_SECRET`); they are never printed or written to a file.

A harvest appends one JSON object a line, flushed line by line, so an interrupted run (Ctrl-C, a kill) leaves a
valid file; rerunning the same command skips what the file holds. `OUT.meta.json` records what `OUT` is a harvest
of, and one harvester at a time holds `OUT`'s lock. See docs/cli.md.

Exit status: 0 done; 1 some items failed (see the failures file; a rerun retries them); 2 refused (bad arguments,
a file in use or holding another harvest); 3 the API's pagination cap left items unreachable; 130 interrupted.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import sys

from .._extras import MissingExtraError
from .arguments import IdRanges, parse_args, parse_ids
from .output import HarvestRefused
from .runs import get, harvest

__all__ = ["IdRanges", "main", "parse_ids"]


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = parse_args(argv)
    command = get if args.command == "get" else harvest
    try:
        if args.fake_server:  # the `testing` extra, checked before any file is created
            from ..testing import serve  # noqa: F401
        return asyncio.run(command(args))
    except KeyboardInterrupt:
        print("interrupted: what was written is complete; rerun the same command to resume", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `discogs-async get ... | head`
        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - so that the exit does not complain again
        return 1
    except (HarvestRefused, MissingExtraError) as error:  # MissingExtraError: e.g. --fake-server without [testing]
        print(f"error: {error}", file=sys.stderr)
        return 2
    except (ValueError, OSError) as error:  # a refused configuration (insecure URL, unwritable file)
        print(f"error: {error}", file=sys.stderr)
        return 2
