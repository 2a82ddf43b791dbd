"""The moving-window rate limit per source address that the fake API and the fake image host apply."""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from .config import RateLimit

__all__ = ["MovingWindowLimiter", "RateStatus"]


@dataclass(frozen=True)
class RateStatus:
    """Rate-limit figures for one answer."""

    limit: int
    used: int
    remaining: int
    allowed: bool

    def headers(self) -> list[tuple[bytes, bytes]]:
        """The three ``x-discogs-ratelimit*`` headers."""
        return [
            (b"x-discogs-ratelimit", str(self.limit).encode()),
            (b"x-discogs-ratelimit-used", str(self.used).encode()),
            (b"x-discogs-ratelimit-remaining", str(self.remaining).encode()),
        ]


class MovingWindowLimiter:
    """Counts requests per source over the last ``window`` seconds; the limit depends on authentication."""

    def __init__(self, limits: RateLimit, clock: Callable[[], float]) -> None:
        self.limits = limits
        self._clock = clock
        self._hits: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _window(self, source: str, now: float) -> deque[float]:
        hits = self._hits.setdefault(source, deque())
        while hits and hits[0] <= now - self.limits.window:
            hits.popleft()
        return hits

    def _limit(self, authenticated: bool) -> int:
        return self.limits.authenticated if authenticated else self.limits.anonymous

    def hit(self, source: str, authenticated: bool) -> RateStatus:
        """Count one request; ``allowed`` is False (and nothing is counted) when the window is full."""
        limit = self._limit(authenticated)
        with self._lock:
            now = self._clock()
            hits = self._window(source, now)
            if len(hits) >= limit:
                return RateStatus(limit, len(hits), 0, False)
            hits.append(now)
            return RateStatus(limit, len(hits), limit - len(hits), True)

    def peek(self, source: str, authenticated: bool) -> RateStatus:
        """The current figures without counting anything."""
        limit = self._limit(authenticated)
        with self._lock:
            used = len(self._window(source, self._clock()))
        return RateStatus(limit, used, max(0, limit - used), used < limit)

    def reset(self) -> None:
        """Forget every window."""
        with self._lock:
            self._hits.clear()
