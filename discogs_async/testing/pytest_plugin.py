"""pytest fixtures that put your code in front of the fake Discogs API, in-process or over loopback.

Enable them in your top-level `conftest.py` (needs the `pytest` extra: `pip install 'discogs-async[pytest]'`):

    pytest_plugins = ["discogs_async.testing.pytest_plugin"]

- `fake_discogs`: an open `Discogs` client on the fake, in-process through `httpx.ASGITransport` (no socket),
  signed with the fake's personal token `fake-user-token` (user `example`).
- `fake_discogs_server`: the fake on a real loopback port for the test (a `serve` object: `.url` is its base
  URL, `.fake` its state, e.g. `.fake.authorize(request_token)`), for code that opens its own client or process.
- `fake_discogs_config` (a `FakeConfig`), `fake_discogs_auth` (an `httpx.Auth` or None) and `fake_discogs_app`
  (the in-process app; `app.state.fake` is its state) shape both: override them in your `conftest.py`.

The default configuration has no rate limit, and the client's governor lets requests through at once, so tests
run at full speed; give `fake_discogs_config` a `RateLimit` to exercise pacing.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

from .._extras import require

require("pytest", "pytest_asyncio")

import httpx  # noqa: E402 - after the check of the extra
import pytest  # noqa: E402
import pytest_asyncio  # noqa: E402
from starlette.applications import Starlette  # noqa: E402

from .. import Discogs, Governor, RetryPolicy, UserToken  # noqa: E402
from . import FakeConfig, create_app, serve  # noqa: E402

__all__ = [
    "FAKE_BASE_URL",
    "FAKE_USER_AGENT",
    "fake_discogs",
    "fake_discogs_app",
    "fake_discogs_auth",
    "fake_discogs_config",
    "fake_discogs_server",
]

FAKE_BASE_URL = "http://fake-discogs.test"
"""The base URL of the in-process client; any host works, since no request leaves the process."""
FAKE_USER_AGENT = "discogs-async-tests/1.0 +https://example.org"


@pytest.fixture
def fake_discogs_config() -> FakeConfig:
    """The fake's settings: the default data set and credentials, no rate limit. Override to change them."""
    return FakeConfig(rate_limit=None)


@pytest.fixture
def fake_discogs_auth() -> httpx.Auth | None:
    """The credential of the `fake_discogs` client: the fake's personal token (user `example`)."""
    return UserToken("fake-user-token")


@pytest.fixture
def fake_discogs_app(fake_discogs_config: FakeConfig) -> Starlette:
    """The fake Discogs ASGI app for this test; its state (data, `authorize()`, counters) is `app.state.fake`."""
    return create_app(fake_discogs_config)


@pytest_asyncio.fixture
async def fake_discogs(fake_discogs_app: Starlette, fake_discogs_auth: httpx.Auth | None) -> AsyncIterator[Discogs]:
    """A `Discogs` client on the in-process fake, closed after the test."""
    async with Discogs(
        FAKE_USER_AGENT,
        auth=fake_discogs_auth,
        base_url=FAKE_BASE_URL,
        transport=httpx.ASGITransport(fake_discogs_app),
        governor=Governor(1_000_000, window=1.0),
        retry=RetryPolicy(base_delay=0.001, max_delay=0.01),
    ) as discogs:
        yield discogs


@pytest.fixture
def fake_discogs_server(fake_discogs_config: FakeConfig) -> Iterator[serve]:
    """The fake on a free loopback port (in a background thread) for the test; `.url` is its base URL."""
    server = serve(fake_discogs_config)
    with server:
        yield server
