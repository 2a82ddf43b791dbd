"""The typed-pagination half of the user program (issue 10 item 3, built on the `core` branch).

PENDING `core`: until its typed `paginate()`/`pages()` are merged, these asserts fail (items are `Any`), so
this file is excluded from the tree's mypy run (pyproject.toml `[tool.mypy] exclude`) and its check in
tests/test_typed_install.py is marked `xfail(strict=True)`. After merging `core`, remove both marks.
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
    async for _ in discogs.paginate(discogs.get_release, release_id=1):  # type: ignore
        pass
