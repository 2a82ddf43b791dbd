"""A user's program, type-checked with `mypy --strict` against the installed wheel (tests/test_typed_install.py).

Only the public surface is imported. Each `assert_type` fails the check if the installed package loses its types
(a missing `py.typed` makes every name `Any`, and `assert_type` on `Any` is an error).
"""

from __future__ import annotations

import asyncio
from typing import assert_type

import httpx

from discogs_async import (
    AuthenticationError,
    Discogs,
    DiscogsError,
    Governor,
    InvalidArgument,
    NotFoundError,
    OAuth1,
    OAuthToken,
    Page,
    RateLimitError,
    UserToken,
    authorize_url,
)
from discogs_async.models import ArtistReleasesPage, CurrencyCode, Identity, Release, ReleaseStats, SearchType
from discogs_async.testing import FakeConfig, Faults, RateLimit, create_app, serve
from discogs_async.types import UNSET, File, Unset


async def main() -> None:
    app = create_app(FakeConfig(rate_limit=RateLimit(window=1.0), faults=Faults(seed=1)))
    async with Discogs(
        "TypedUser/1.0 +https://example.org",
        auth=UserToken("fake-user-token"),
        base_url="http://fake-discogs.test",
        transport=httpx.ASGITransport(app),
        governor=Governor(100, window=1.0),
    ) as discogs:
        release = await discogs.get_release(249504, curr_abbr=CurrencyCode.EUR)
        assert_type(release, Release)
        assert_type(release.title, str | Unset)
        assert_type(release.year, int | Unset)
        if not isinstance(release.title, Unset):
            assert_type(release.title, str)
        assert_type(await discogs.get_release_stats(249504), ReleaseStats)
        assert_type(await discogs.get_identity(), Identity)
        page = await discogs.get_artist_releases(1, per_page=5)
        assert_type(page, ArtistReleasesPage)
        assert_type(SearchType("release"), SearchType)
        assert_type(UNSET, Unset)
        assert_type(File(payload=b"id,price\n"), File)
        try:
            await discogs.get_master_release(999_999_999)
        except NotFoundError as error:
            assert_type(error, NotFoundError)
            assert_type(error.status, int | None)
            assert_type(error.body, str)
        except (AuthenticationError, RateLimitError, InvalidArgument) as other:
            assert_type(other, AuthenticationError | RateLimitError | InvalidArgument)
        except DiscogsError:
            raise
        token = OAuthToken("request-token", "request-secret")
        assert_type(authorize_url(token), str)
        assert_type(OAuth1.from_token("key", "secret", token), OAuth1)
        async for any_page in discogs.pages(discogs.get_artist_releases, artist_id=1):
            assert isinstance(any_page, Page)
            break
    with serve(FakeConfig()) as url:
        assert_type(url, str)


if __name__ == "__main__":
    asyncio.run(main())
