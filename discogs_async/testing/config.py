"""Settings of the fake Discogs server: data seed, credentials, rate limit and fault injection."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

__all__ = ["FakeConfig", "Faults", "RateLimit"]


@dataclass(frozen=True)
class RateLimit:
    """A moving-window limit per source address, as Discogs applies it.

    ``authenticated`` requests are allowed per ``window`` seconds when valid credentials came,
    ``anonymous`` otherwise. Scale ``window`` down (e.g. ``6.0`` or ``0.2``) to exercise it quickly.
    """

    authenticated: int = 60
    anonymous: int = 25
    window: float = 60.0

    def __post_init__(self) -> None:
        if self.authenticated < 1 or self.anonymous < 1:
            raise ValueError("rate limits must be at least 1")
        if self.window <= 0:
            raise ValueError("the rate-limit window must be positive")


@dataclass(frozen=True)
class Faults:
    """Fault injection, off by default. Every draw comes from a RNG seeded with ``seed``.

    - ``error_rate``: share of requests answered with one of ``error_statuses`` (500 JSON, 502/503 HTML).
    - ``drop_rate``: share of connections closed without any answer (the client sees a transport error).
    - ``slow_rate``/``slow_seconds``: share of answers delayed by ``slow_seconds``.
    - ``malformed_rate``: share of 2xx JSON answers whose body is cut short (invalid JSON, status kept).
    - ``storm``: ``(start, duration)`` in seconds after the app was created during which every request gets 429.
    """

    error_rate: float = 0.0
    error_statuses: tuple[int, ...] = (500, 502, 503)
    drop_rate: float = 0.0
    slow_rate: float = 0.0
    slow_seconds: float = 0.5
    malformed_rate: float = 0.0
    storm: tuple[float, float] | None = None
    seed: int | None = None

    def __post_init__(self) -> None:
        for name in ("error_rate", "drop_rate", "slow_rate", "malformed_rate"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"{name} must be within [0, 1]")
        if not self.error_statuses:
            raise ValueError("error_statuses must not be empty")

    @property
    def enabled(self) -> bool:
        """True when any fault can happen."""
        return bool(self.error_rate or self.drop_rate or self.slow_rate or self.malformed_rate or self.storm)


def _default_image_rate_limit() -> RateLimit:
    return RateLimit(authenticated=120, anonymous=120, window=60.0)


def _default_consumers() -> dict[str, str]:
    return {"fake-consumer-key": "fake-consumer-secret"}


def _default_user_tokens() -> dict[str, str]:
    return {"fake-user-token": "example"}


def _default_oauth_tokens() -> dict[str, tuple[str, str]]:
    return {"fake-oauth-token": ("fake-oauth-token-secret", "example")}


@dataclass(frozen=True)
class FakeConfig:
    """Everything that shapes one fake server. Credentials never appear in the repr.

    - ``seed``: the data set (same seed, same bodies).
    - ``rate_limit``: a :class:`RateLimit`, or ``None`` to disable limiting and the ``X-Discogs-Ratelimit*`` headers.
    - ``image_rate_limit``: the image host's own limit (every image request counts as anonymous), or ``None``.
    - ``consumers``: ``{consumer_key: consumer_secret}`` for ``Discogs key=…, secret=…`` and OAuth.
    - ``user_tokens``: ``{personal_token: username}`` for ``Discogs token=…``.
    - ``oauth_tokens``: ``{access_token: (token_secret, username)}`` for OAuth 1.0a PLAINTEXT.
    - ``users``: extra usernames that exist besides the token holders and the generated ones.
    - ``blank_images_for_anonymous``: image URLs are empty strings without credentials, as the docs say.
    - ``documented_shapes``: serve the documentation's shapes where the live API differs
      (``/releases/{id}/stats`` and ``/lists/{id}``); the default is the observed shapes.
    - ``rewrite_urls``: ``https://api.discogs.com`` in bodies becomes the fake's own base URL, so clients can
      follow ``resource_url`` links back to the fake.
    - ``clock``: wall clock (OAuth timestamps, dates of writes); ``monotonic``: rate-limit and storm clock.
    """

    seed: int = 0
    rate_limit: RateLimit | None = field(default_factory=RateLimit)
    image_rate_limit: RateLimit | None = field(default_factory=_default_image_rate_limit)
    consumers: Mapping[str, str] = field(default_factory=_default_consumers, repr=False)
    user_tokens: Mapping[str, str] = field(default_factory=_default_user_tokens, repr=False)
    oauth_tokens: Mapping[str, tuple[str, str]] = field(default_factory=_default_oauth_tokens, repr=False)
    users: tuple[str, ...] = ("example", "rodneyfool")
    faults: Faults = field(default_factory=Faults)
    blank_images_for_anonymous: bool = True
    documented_shapes: bool = False
    rewrite_urls: bool = True
    oauth_timestamp_tolerance: float = 300.0
    request_token_ttl: float = 900.0
    cache_size: int = 1024
    clock: Callable[[], float] = field(default=time.time, repr=False)
    monotonic: Callable[[], float] = field(default=time.monotonic, repr=False)

    def usernames(self) -> tuple[str, ...]:
        """Configured usernames (token holders first, then ``users``), without duplicates, in a stable order."""
        names: list[str] = []
        for name in (*self.user_tokens.values(), *(user for _, user in self.oauth_tokens.values()), *self.users):
            if name.lower() not in {n.lower() for n in names}:
                names.append(name)
        return tuple(names)
