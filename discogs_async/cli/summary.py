"""What a harvest tells its user: progress while it runs, and one honest summary line at the end."""

from __future__ import annotations

import sys
import time
from collections import deque
from typing import Any

import attrs
import httpx

from ..governor import RateGovernor

__all__ = ["Progress", "RateRecorder", "Tally", "summary"]


class RateRecorder(httpx.AsyncBaseTransport):
    """Wraps the network transport and notes when each request (each attempt) left: how many, over what span, and
    the most that any moving window of `window` seconds held, which is what the server's limit counts."""

    def __init__(self, inner: httpx.AsyncBaseTransport, window: float) -> None:
        self.inner = inner
        self.window = window
        self.count = 0
        self.first: float | None = None
        self.last: float | None = None
        self.busiest = 0
        self._recent: deque[float] = deque()

    def note(self, now: float) -> None:
        """Count one request sent at `now` (monotonic seconds)."""
        self.count += 1
        self.first = now if self.first is None else self.first
        self.last = now
        self._recent.append(now)
        while self._recent[0] <= now - self.window:
            self._recent.popleft()
        self.busiest = max(self.busiest, len(self._recent))

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Note the request, then send it."""
        self.note(time.monotonic())
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        """Close the network transport."""
        await self.inner.aclose()


@attrs.define
class Tally:
    """The counts of one harvest."""

    before: int = 0
    """Items the output held before this run."""
    skipped: int = 0
    """Items asked for that the output already held (not fetched)."""
    written: int = 0
    failed: int = 0
    capped: list[str] = attrs.Factory(list)
    """One sentence per listing that the API's pagination cap cut short."""
    images: int = 0
    images_present: int = 0
    """Images already on disk, not fetched again."""


def rate_report(recorder: RateRecorder, limit: int, window: float) -> str:
    """The requests, the busiest moving window against the limit, and the share of what the limit allows in the span."""
    if recorder.count == 0 or recorder.first is None or recorder.last is None:
        return "0 requests"
    span = recorder.last - recorder.first
    text = f"{recorder.count} requests; busiest {window:g}-s window held {recorder.busiest} (limit {limit})"
    if span < window:
        return text + f"; the requests spanned {span:.1f} s, under one window: too short to compare average rates"
    # A moving window lets at most `limit` requests into each window-long stretch, so a span holds at most this many
    # (a burst at the start and one per window after it); comparing with `limit / window` would read as an overrun.
    most = limit * (int(span // window) + 1)
    return (
        text
        + f"; {recorder.count} in {span:.0f} s, where the limit allows at most {most} ({recorder.count / most:.2f})"
    )


def summary(tally: Tally, recorder: RateRecorder, governor: RateGovernor, seconds: float, out: str, bad: str) -> str:
    """One line: items, skipped, failures, caps, images, requests against the limit, 429s, wall time."""
    see = f" (see {bad})" if tally.failed else ""
    parts = [
        f"{tally.written} items written to {out} ({tally.before} there before; {tally.skipped} skipped as there "
        f"already), {tally.failed} failed{see}"
    ]
    if tally.capped:
        parts.append("CAPPED: " + "; ".join(tally.capped))
    if tally.images or tally.images_present:
        parts.append(f"{tally.images} images downloaded ({tally.images_present} were there already)")
    stats = governor.stats()
    parts.append(rate_report(recorder, stats.limit, stats.window))
    parts.append(f"429s seen: {stats.throttled_429}; {seconds:.1f} s in all")
    return "; ".join(parts)


class Progress:
    """A tqdm bar on stderr when it is a terminal and tqdm is installed (the `cli` extra), else a line every few
    seconds; both show the rate, the ETA when the total is known, and the 429s seen."""

    def __init__(self, total: int | None, governor: RateGovernor, every: float = 5.0) -> None:
        self.governor = governor
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
        throttled = self.governor.stats().throttled_429
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
