"""The runs: `get` one resource, `harvest` by id or a whole listing, then the harvested items' images."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import sys
import time
import warnings
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import attrs
import httpx

from ..auth import ConsumerKey, UserToken
from ..client import Discogs
from ..errors import DiscogsError, PaginationCapWarning, redact_url
from ..governor import Governor
from ..images import DEFAULT_IMAGE_WINDOW, ImageDownloader, image_governor
from ..pagination import Page
from .arguments import HARVEST_BY_ID, HARVEST_PAGES, SINGLE
from .output import Failures, Output, describe, item_key
from .summary import Progress, RateRecorder, Tally, summary

__all__ = ["EXIT_CAPPED", "EXIT_FAILED", "ITEM_ERRORS", "get", "harvest", "target_of"]

PER_PAGE = 100
FAKE_TOKEN = "fake-user-token"
"""The personal token the embedded fake accepts when none is given."""
EXIT_FAILED = 1
"""Some items (or images) failed: they are in the failures file, and a rerun retries them."""
EXIT_CAPPED = 3
"""Nothing failed, but the API's pagination cap left part of a listing unreachable."""
INVENTORY_SORTS = ("listed", "price", "item", "artist", "label", "catno", "audio", "status", "location")
# Errors of one item (or one page): recorded in the failures file, and the harvest goes on. UnexpectedResponse (an
# answer that does not parse, too deep or too large) is one of them.
ITEM_ERRORS = (DiscogsError,)


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
async def _client(args: argparse.Namespace, recorder: RateRecorder) -> AsyncIterator[Discogs]:
    """The client: against `--base-url`, or against the embedded fake (which accepts the given credentials)."""
    if not args.fake_server:
        async with Discogs(args.user_agent, auth=_auth(args), base_url=args.base_url, transport=recorder) as discogs:
            yield discogs
        return
    from ..testing import FakeConfig, RateLimit, serve

    token, key, secret = _credentials(args)
    if not token and not (key and secret):
        token = FAKE_TOKEN
    limit = RateLimit(authenticated=args.fake_rate_limit, anonymous=args.fake_rate_limit, window=args.fake_window)
    config = FakeConfig(
        seed=args.seed,
        rate_limit=limit,
        user_tokens={token: "example"} if token else {},
        consumers={key: secret} if key and secret else {},
        image_rate_limit=limit,
    )
    auth = UserToken(token) if token else ConsumerKey(key or "", secret or "")
    async with serve(config) as base_url:
        print(
            f"fake Discogs on {base_url}: {args.fake_rate_limit} requests per {args.fake_window:g} s", file=sys.stderr
        )
        governor = Governor(limit=args.fake_rate_limit, window=args.fake_window)
        recorder.window = args.fake_window
        async with Discogs(
            args.user_agent, auth=auth, base_url=base_url, governor=governor, transport=recorder
        ) as discogs:
            yield discogs


def _dump(model: Any) -> Any:
    return model.to_dict() if hasattr(model, "to_dict") else model


async def get(args: argparse.Namespace) -> int:
    """`get RESOURCE KEY`: print it as JSON; 1 when the API refused it."""
    async with _client(args, RateRecorder(httpx.AsyncHTTPTransport(), 60.0)) as discogs:
        method = getattr(discogs, SINGLE[args.resource][0])
        try:
            result = await method(args.key)
        except ITEM_ERRORS as error:
            print(f"error: {error}", file=sys.stderr)
            return 1
        print(json.dumps(_dump(result), indent=2, ensure_ascii=False))
    return 0


def target_of(args: argparse.Namespace) -> dict[str, Any]:
    """What a harvest is of: resource, key, the parameters that change its items, and the API it comes from."""
    params = {"type": args.type} if args.resource == "search" and args.type else {}
    api = f"the embedded fake Discogs, seed {args.seed}" if args.fake_server else redact_url(args.base_url).rstrip("/")
    return {"resource": args.resource, "key": args.key, "params": params, "api": api}


async def harvest(args: argparse.Namespace) -> int:
    """`harvest ...`: lock and check the output, fetch what it lacks, then the images; the exit status."""
    out = Output(args.output, target_of(args))
    out.open()  # before any server or request: a refused run costs nothing
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", PaginationCapWarning)  # reported once, in the summary
            return await _harvest_into(args, out)
    finally:
        out.close()


async def _harvest_into(args: argparse.Namespace, out: Output) -> int:
    if args.failures is not None:
        failures = Failures(Path(args.failures))
    elif out.path is not None and out.resumable:
        failures = Failures(out.path.with_name(out.path.stem + ".failures.jsonl"))
    else:
        failures = Failures(None)  # standard output or a device: failures go to stderr
    failures.start()
    tally = Tally(before=out.lines)
    recorder = RateRecorder(httpx.AsyncHTTPTransport(), 60.0)
    started = time.monotonic()
    try:
        async with _client(args, recorder) as discogs:
            progress = Progress(None, discogs.governor)

            def fail(record: dict[str, Any], error: BaseException) -> None:
                tally.failed += 1
                record |= {"error": type(error).__name__, "reason": str(error)}
                if isinstance(error, DiscogsError):
                    record |= {"status": error.status, "message": error.message}
                failures.record(record)
                progress.update()

            def keep(item: Any) -> None:
                out.write(item)
                key = item_key(item)
                if key is not None and args.resource in HARVEST_PAGES:
                    out.index.add(key)  # a listing may repeat an item (pages shift, several sorts); ids do not
                tally.written += 1
                progress.update()

            try:
                if args.resource in HARVEST_BY_ID:
                    await _harvest_ids(discogs, args, out, progress, tally, keep, fail)
                else:
                    await _harvest_listing(discogs, args, out, progress, tally, keep, fail)
                progress.close()
                if args.images is not None:
                    await _harvest_images(args, out, tally, fail)
            finally:
                progress.close()
                where = "standard output" if out.path is None else str(out.path)
                print(
                    summary(tally, recorder, discogs.governor, time.monotonic() - started, where, str(failures.path)),
                    file=sys.stderr,
                )
    finally:
        failures.close()
    if tally.failed:
        return EXIT_FAILED
    return EXIT_CAPPED if tally.capped else 0


async def _harvest_ids(
    discogs: Discogs,
    args: argparse.Namespace,
    out: Output,
    progress: Progress,
    tally: Tally,
    keep: Callable[[Any], None],
    fail: Callable[[dict[str, Any], BaseException], None],
) -> None:
    """Fetch every id not in the file with `--concurrency` workers; each ends up written or recorded as failed."""
    tally.skipped = sum(1 for key in out.index if key in args.ids)
    progress.set_total(len(args.ids) - tally.skipped)
    method = getattr(discogs, HARVEST_BY_ID[args.resource])
    todo: Iterator[int] = (i for i in args.ids if i not in out.index)

    async def worker() -> None:
        for key in todo:
            try:
                item = await method(key)
            except ITEM_ERRORS as error:
                fail({"id": key}, error)
            else:
                keep(_dump(item))

    try:
        async with asyncio.TaskGroup() as group:
            for _ in range(min(args.concurrency, len(args.ids))):
                group.create_task(worker())
    except ExceptionGroup as group_error:  # not an item's failure (a bug, a refused configuration): surface it
        raise group_error.exceptions[0] from None


def _passes(args: argparse.Namespace) -> list[tuple[str, dict[str, Any]]]:
    """The walks of a listing: one, or for `inventory --all-sorts` the default one and then each sort and order."""
    key_name = HARVEST_PAGES[args.resource][1]
    base: dict[str, Any] = {key_name: args.key}
    if args.resource == "search" and args.type:
        base["type_"] = args.type
    passes = [("default", base)]
    if getattr(args, "all_sorts", False):
        for sort in INVENTORY_SORTS:
            for order in ("asc", "desc"):
                passes.append((f"sort={sort},order={order}", {**base, "sort": sort, "sort_order": order}))
    return passes


async def _harvest_listing(
    discogs: Discogs,
    args: argparse.Namespace,
    out: Output,
    progress: Progress,
    tally: Tally,
    keep: Callable[[Any], None],
    fail: Callable[[dict[str, Any], BaseException], None],
) -> None:
    """Write every item of a listing not in the file yet, up to `--max-items` in the file.

    Each walk resumes at the page after the last one the sidecar records as written whole (at the same
    `--per-page`), and a walk that reached its end is not walked again. A page the API refuses ends that walk,
    recorded as a failure; the API's pagination cap ends it too, reported in the summary and the exit status.
    """
    method = getattr(discogs, HARVEST_PAGES[args.resource][0])
    total: int | None = None
    cap: dict[str, Any] | None = None
    walks = _passes(args)
    for name, kwargs in walks:
        state = out.progress.get(name, {})
        total = state.get("total", total)
        if state.get("complete"):
            cap = state.get("capped") or cap
            continue
        if total is not None and len(walks) > 1 and _held(out, tally) >= total:
            break  # the walks so far reached every item
        if args.max_items is not None and out.lines + tally.written >= args.max_items:
            return
        number = int(state.get("next_page", 1)) if state.get("per_page") == args.per_page else 1
        walk_cap: dict[str, Any] | None = None
        last: Page[Any, Any] | None = None
        try:
            async for page in discogs.pages(method, page=number, per_page=args.per_page, **kwargs):
                number = page.number
                found = getattr(getattr(page.model, "pagination", None), "items", None)
                if isinstance(found, int):
                    total = found
                    if progress.total is None:
                        progress.set_total(max(0, min(found, args.max_items or found) - out.lines))
                for item in page.items:
                    if args.max_items is not None and out.lines + tally.written >= args.max_items:
                        out.save_progress(name, {"next_page": number, "per_page": args.per_page, "total": total})
                        return
                    data = _dump(item)
                    if item_key(data) in out.index:
                        tally.skipped += 1
                    else:
                        keep(data)
                out.save_progress(name, {"next_page": number + 1, "per_page": args.per_page, "total": total})
                last = page
        except ITEM_ERRORS as error:
            fail({"key": args.key, "page": number, **({} if name == "default" else {"walk": name})}, error)
            return
        if last is not None and last.capped is not None:  # set by pages() once it knows the walk ends at a cap
            walk_cap = attrs.asdict(last.capped)
        elif last is not None and total is not None:  # pages that end short of their total: a cap all the same
            reached = (last.number - 1) * args.per_page + len(last.items)
            if reached < total:
                walk_cap = {"reachable": reached, "total": total, "reason": f"the pages end after {reached} items"}
        cap = walk_cap or cap
        out.save_progress(name, {"complete": True, "total": total, "capped": walk_cap})
    held = _held(out, tally)
    if cap is not None and (total is None or held < total):
        hint = "; --all-sorts reaches further" if args.resource == "inventory" and not args.all_sorts else ""
        tally.capped.append(
            f"{describe(out.target)}: the API's pagination cap left {held} of {total} items reachable "
            f"({cap.get('reason')}){hint}"
        )


def _held(out: Output, tally: Tally) -> int:
    return len(out.index) if out.resumable else tally.written


def _image_jobs(resource: str, items: Iterable[Any], folder: Path) -> Iterator[tuple[str, Path, Any]]:
    """(url, file, item key) for each image of each item: `DIR/release-249504-0.jpeg`, numbered in list order."""
    kind = resource.removesuffix("s") if resource in HARVEST_BY_ID else None
    for item in items:
        if not isinstance(item, dict) or not isinstance(item.get("images"), list):
            continue
        prefix = kind or str(item.get("type") or resource)
        for number, image in enumerate(item["images"]):
            url = image.get("uri") if isinstance(image, dict) else None
            if not isinstance(url, str) or not url:
                continue  # an anonymous request gets blank image URLs
            suffix = Path(httpx.URL(url).path).suffix
            suffix = suffix if suffix.lower() in (".jpeg", ".jpg", ".png", ".gif", ".webp") else ".jpeg"
            yield url, folder / f"{prefix}-{item.get('id')}-{number}{suffix}", item.get("id")


async def _harvest_images(
    args: argparse.Namespace, out: Output, tally: Tally, fail: Callable[[dict[str, Any], BaseException], None]
) -> None:
    """Download the images of every item in the file that are not on disk yet (a file there is complete: it is
    renamed into place only once whole)."""
    folder = Path(args.images)
    os.makedirs(folder, exist_ok=True)
    if args.image_rate:
        governor = image_governor(args.image_rate, DEFAULT_IMAGE_WINDOW)
    elif args.fake_server:  # the embedded fake's image host allows what its API does
        governor = image_governor(args.fake_rate_limit, args.fake_window)
    else:
        governor = image_governor()
    jobs = _image_jobs(args.resource, out.items(), folder)

    async with ImageDownloader(args.user_agent, governor=governor) as images:

        async def worker() -> None:
            for url, path, key in jobs:
                if path.exists():
                    tally.images_present += 1
                    continue
                try:
                    await images.download(url, path)
                except ITEM_ERRORS as error:
                    fail({"image": url, "id": key, "file": str(path)}, error)
                else:
                    tally.images += 1

        async with asyncio.TaskGroup() as group:
            for _ in range(4):
                group.create_task(worker())
