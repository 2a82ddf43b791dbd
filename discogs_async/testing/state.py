"""The shared state of one fake server: data set, credentials, rate limiter, faults, counters and ids."""

from __future__ import annotations

import random
import threading
from collections import Counter
from dataclasses import dataclass

from .auth import Authenticator
from .config import FakeConfig, Faults
from .data import FakeData
from .limits import MovingWindowLimiter

__all__ = ["FakeState", "FaultDraw", "FaultInjector"]


@dataclass(frozen=True)
class FaultDraw:
    """The faults chosen for one request."""

    drop: bool = False
    error_status: int | None = None
    slow: bool = False
    malformed: bool = False


class FaultInjector:
    """Draws faults from a seeded RNG: four draws per request in a fixed order, so runs repeat."""

    def __init__(self, faults: Faults, seed: int) -> None:
        self.faults = faults
        self._rng = random.Random(f"{faults.seed if faults.seed is not None else seed}:faults")
        self._lock = threading.Lock()

    def draw(self) -> FaultDraw:
        """Decide the faults of the next request."""
        if not self.faults.enabled:
            return FaultDraw()
        f = self.faults
        with self._lock:
            drop, error, slow, malformed = (self._rng.random() for _ in range(4))
            status = self._rng.choice(f.error_statuses)
        return FaultDraw(
            drop=drop < f.drop_rate,
            error_status=status if error < f.error_rate else None,
            slow=slow < f.slow_rate,
            malformed=malformed < f.malformed_rate,
        )


class FakeState:
    """Per-app state, reachable as ``app.state.fake``: data, credentials, limiter, faults and counters."""

    def __init__(self, config: FakeConfig) -> None:
        self.config = config
        usernames = config.usernames()
        self.data = FakeData(config.seed, usernames, config.cache_size)
        self.auth = Authenticator(
            consumers=config.consumers,
            user_tokens=config.user_tokens,
            oauth_tokens=config.oauth_tokens,
            clock=config.clock,
            tolerance=config.oauth_timestamp_tolerance,
            request_token_ttl=config.request_token_ttl,
            seed=config.seed,
            default_username=usernames[0] if usernames else "example",
        )
        self.limiter = MovingWindowLimiter(config.rate_limit, config.monotonic) if config.rate_limit else None
        self.faults = FaultInjector(config.faults, config.seed)
        self.counters: Counter[str] = Counter()
        self.started = config.monotonic()
        self._storm_until: float | None = None
        self.image_url: str | None = None  # where the bodies' image URLs point (set by serve()); None: i.discogs.com
        self.next_export_id = 599_632
        self.next_upload_id = 119_615
        self.lock = threading.Lock()

    def __repr__(self) -> str:
        return f"FakeState(seed={self.config.seed}, counters={dict(self.counters)})"

    def authorize(self, request_token: str, username: str | None = None) -> str:
        """Approve ``request_token`` as ``username`` (default: the first configured user); return the verifier."""
        return self.auth.authorize(request_token, username)

    def start_storm(self, seconds: float) -> None:
        """Answer every request with 429 for the next ``seconds``."""
        self._storm_until = self.config.monotonic() + seconds

    def storming(self) -> bool:
        """True while a 429 storm is on (configured window or :meth:`start_storm`)."""
        now = self.config.monotonic()
        if self._storm_until is not None and now < self._storm_until:
            return True
        storm = self.config.faults.storm
        return storm is not None and storm[0] <= now - self.started < storm[0] + storm[1]

    def reset_rate_limits(self) -> None:
        """Forget all rate-limit windows."""
        if self.limiter is not None:
            self.limiter.reset()
