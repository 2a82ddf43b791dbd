"""A tiny app built on discogs_async: the code that `test_record_shop.py` tests against the fake Discogs.

Run it against the real API: `DISCOGS_TOKEN=... python record_shop.py 1` (artist 1's first ten releases).
"""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import Callable

from discogs_async import DEFAULT_BASE_URL, Discogs, NotFoundError, OAuth1, UserToken, authorize_url

USER_AGENT = "RecordShop/1.0 +https://example.org"


async def discography(discogs: Discogs, artist_id: int, limit: int = 10) -> list[str]:
    """The titles of an artist's first `limit` releases, in the API's order (none for an unknown artist)."""
    releases = discogs.paginate(discogs.get_artist_releases, artist_id=artist_id, max_items=limit)
    try:
        return [item.title or "(untitled)" async for item in releases]
    except NotFoundError:
        return []


async def release_line(release_id: int, *, token: str, base_url: str = DEFAULT_BASE_URL) -> str:
    """One line about a release, from a client of its own (as a script or a worker process would open it)."""
    async with Discogs(USER_AGENT, auth=UserToken(token), base_url=base_url) as discogs:
        release = await discogs.get_release(release_id)
        return f"{release.id}: {release.title} ({release.year})"


async def connect_user(
    discogs: Discogs, consumer_key: str, consumer_secret: str, approve: Callable[[str, str], str]
) -> OAuth1:
    """The OAuth flow of a web app: `approve(authorize_url, request_token)` plays the user and returns the verifier."""
    token = await discogs.oauth_request_token(consumer_key, consumer_secret, callback="https://shop.example/cb")
    verifier = approve(authorize_url(token), token.token)
    return await discogs.oauth_access_token(consumer_key, consumer_secret, token, verifier)


async def main(artist_id: int) -> None:
    async with Discogs(USER_AGENT, auth=UserToken(os.environ["DISCOGS_TOKEN"])) as discogs:
        for title in await discography(discogs, artist_id):
            print(title)


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1])))
