"""The typed pagination of the user program, type-checked against the installed wheel (tests/test_typed_install.py).

`paginate()` yields the operation's item model, `pages()` pages whose `items` are a list of it and whose `model`
is the page model; a method that is not paginated is a type error.
"""

from __future__ import annotations

from typing import assert_type

from discogs_async import Discogs
from discogs_async.models import ArtistRelease, ArtistReleasesPage


async def paginated(discogs: Discogs) -> None:
    async for item in discogs.paginate(discogs.get_artist_releases, artist_id=1, max_items=10):
        assert_type(item, ArtistRelease)
    async for page in discogs.pages(discogs.get_artist_releases, artist_id=1):
        assert_type(page.items, list[ArtistRelease])
        assert_type(page.model, ArtistReleasesPage)
    # A method that is not paginated is a type error (mypy --strict reports this ignore as unused otherwise).
    async for _ in discogs.paginate(discogs.get_release, release_id=1):  # type: ignore[arg-type]
        pass
