"""The README's quick start, run as written against mocked Discogs answers, printing what it promises."""

from __future__ import annotations

import functools
import re

import pytest
from pytest_httpx import HTTPXMock

from discogs_async import Governor
from tests.bodies import ROOT

README = ROOT / "README.md"
API = "https://api.discogs.com"
HEADERS = {"User-Agent": "MyHarvester/1.0 +https://example.org", "Authorization": "Discogs token=my-personal-token"}
MASTER_404 = "That master release does not exist or may have been deleted."


def quick_start() -> str:
    """The first ```python block under "## Quick start"."""
    text = README.read_text(encoding="utf-8")
    _, found, rest = text.partition("\n## Quick start\n")
    assert found, "README.md has no '## Quick start' section"
    section = rest.split("\n## ", 1)[0]
    block = re.search(r"^```python\n(.*?)^```", section, re.DOTALL | re.MULTILINE)
    assert block, "the quick start has no python block"
    return block.group(1)


def serve_quick_start(httpx_mock: HTTPXMock) -> None:
    """Every answer the quick start needs: a release, two pages of artist releases, a search page, a 404."""
    httpx_mock.add_response(
        url=f"{API}/releases/249504",
        match_headers=HEADERS,
        json={"id": 249504, "title": "Never Gonna Give You Up", "year": 1987},
    )
    for page in (1, 2):
        first = (page - 1) * 100
        httpx_mock.add_response(
            url=f"{API}/artists/1/releases?page={page}&per_page=100",
            match_headers=HEADERS,
            headers={"Link": f"<{API}/artists/1/releases?page={page + 1}&per_page=100>; rel=next"},
            json={
                "pagination": {"page": page, "pages": 3, "per_page": 100, "items": 250, "urls": {}},
                "releases": [{"id": first + i, "title": f"Release {first + i}"} for i in range(1, 101)],
            },
        )
    httpx_mock.add_response(
        url=f"{API}/database/search?q=nirvana&type=release&page=1&per_page=100",
        match_headers=HEADERS,
        headers={
            "Link": f'<{API}/database/search?q=nirvana&type=release&page=2&per_page=100>; rel="next"',
            "X-Discogs-Ratelimit-Remaining": "57",
        },
        json={
            "pagination": {"page": 1, "pages": 2, "per_page": 100, "items": 103, "urls": {}},
            "results": [{"id": i, "type": "release", "title": f"Nirvana - {i}"} for i in range(3)],
        },
    )
    httpx_mock.add_response(
        url=f"{API}/masters/999999999", match_headers=HEADERS, status_code=404, json={"message": MASTER_404}
    )


def run(code: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Execute the block in a fresh namespace; the default governor is sped up so no request waits a second."""
    monkeypatch.setattr("discogs_async.client.Governor", functools.partial(Governor, 1000, window=0.05))
    exec(compile(code, str(README), "exec"), {"__name__": "readme_quick_start"})


EXPECTED = [
    "Never Gonna Give You Up 1987",
    *(f"Release {i}" for i in range(1, 201)),
    "1 3 57",
    f"404 {MASTER_404}",
]


def test_quick_start_runs_as_written(
    httpx_mock: HTTPXMock, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code = quick_start()
    assert "asyncio.run(main())" in code
    serve_quick_start(httpx_mock)
    run(code, monkeypatch)
    assert capsys.readouterr().out.splitlines() == EXPECTED
    assert len(httpx_mock.get_requests()) == 5  # no third artist page (max_items), no second search page (break)
