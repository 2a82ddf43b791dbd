"""Typed pagination: `mypy --strict` (which `make typecheck` runs on tests/) checks the `assert_type` lines below;
the negative case runs mypy on a snippet that hands a non-paginated operation to `pages()` and `paginate()`."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path
from typing import assert_type

import pytest
from pytest_httpx import HTTPXMock

from discogs_async import Discogs, Page
from discogs_async._generated.models.artist_release import ArtistRelease
from discogs_async._generated.models.artist_releases_page import ArtistReleasesPage
from discogs_async._generated.types import Response

BASE = "https://api.discogs.com"
PAGE = {
    "pagination": {"page": 1, "pages": 1, "per_page": 100, "items": 1, "urls": {}},
    "releases": [{"id": 7, "title": "T", "type": "release", "artist": "A", "resource_url": f"{BASE}/releases/7"}],
}


async def test_pages_and_items_are_typed_from_x_paginated_items(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=f"{BASE}/artists/1/releases?page=1&per_page=100", json=PAGE, is_reusable=True)
    async with Discogs("Typed/1.0") as discogs:
        async for page in discogs.pages(discogs.get_artist_releases, artist_id=1):
            assert_type(page, Page[ArtistReleasesPage, ArtistRelease])
            assert_type(page.items, list[ArtistRelease])
            assert_type(page.model, ArtistReleasesPage)
            assert [item.id for item in page.items] == [7]
        items = [item async for item in discogs.paginate(discogs.get_artist_releases, artist_id=1)]
        assert_type(items, list[ArtistRelease])
        assert [type(item) for item in items] == [ArtistRelease]
        raw = await discogs.get_artist_releases.with_raw_response(1, page=1, per_page=100)
        assert_type(raw, Response[ArtistReleasesPage])
        assert raw.status_code == 200 and raw.parsed.releases[0].id == 7


async def test_a_non_paginated_operation_is_refused_at_run_time_too() -> None:
    async with Discogs("Typed/1.0") as discogs:
        with pytest.raises(TypeError, match="get_release"):
            discogs.pages(discogs.get_release, release_id=1)  # type: ignore[arg-type]


SNIPPET = """
from discogs_async import Discogs

async def main(discogs: Discogs) -> None:
    async for page in discogs.pages(discogs.get_release, release_id=1):
        pass
    async for item in discogs.paginate(discogs.get_release, release_id=1):
        pass
"""


def test_handing_a_non_paginated_operation_to_pages_is_a_mypy_error(tmp_path: Path) -> None:
    snippet = tmp_path / "user.py"
    snippet.write_text(textwrap.dedent(SNIPPET), encoding="utf-8")
    root = Path(__file__).resolve().parents[1]
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--cache-dir",
            str(tmp_path / "cache"),
            str(snippet),
        ],
        capture_output=True,
        text=True,
        cwd=root,
        timeout=600,
    )
    assert done.returncode == 1, done.stdout + done.stderr
    refused = [line for line in done.stdout.splitlines() if line.endswith("[arg-type]")]
    assert len(refused) == 2, done.stdout
    assert 'user.py:5: error: Argument 1 to "pages" of "Discogs"' in refused[0], done.stdout
    assert 'user.py:7: error: Argument 1 to "paginate" of "Discogs"' in refused[1], done.stdout
    assert all('Release]"; expected "BoundPaginatedOperation' in line for line in refused), done.stdout
