"""`Discogs.pages()` and `Discogs.paginate()` over mocked pages: Link forms, body links, limits, safety, memory."""

from __future__ import annotations

import asyncio
import gc
import json
import tracemalloc
import types
from collections.abc import AsyncGenerator
from contextlib import aclosing
from typing import Any, cast

import httpx
import pytest

from discogs_async import Discogs, Governor, InvalidArgument, RetryPolicy, UnsafeLinkError, UserToken
from discogs_async.models import Artist, ArtistRelease, ArtistReleasesPage, Label, Release
from discogs_async.pagination import Page

BASE = "https://api.discogs.com"
PATH = "/artists/1/releases"


def link_url(page: int, per_page: int, *, host: str = BASE, page_first: bool = True) -> str:
    query = f"page={page}&per_page={per_page}" if page_first else f"per_page={per_page}&page={page}"
    return f"{host}{PATH}?{query}"


def documented_link(page: int, pages: int, per_page: int) -> str:
    """The documentation's form: unquoted rel, order next/first/last/prev."""
    links = []
    if page < pages:
        links.append(f"<{link_url(page + 1, per_page)}>; rel=next")
    if page > 1:
        links.append(f"<{link_url(1, per_page)}>; rel=first")
    if page < pages:
        links.append(f"<{link_url(pages, per_page)}>; rel=last")
    if page > 1:
        links.append(f"<{link_url(page - 1, per_page)}>; rel=prev")
    return ", ".join(links)


def recorded_link(page: int, pages: int, per_page: int) -> str:
    """The form recorded in 2014: quoted rel, `last` before `next`, parameters in another order."""
    if page >= pages:
        return f'<{link_url(1, per_page, page_first=False)}>; rel="first"'
    return (
        f'<{link_url(pages, per_page, page_first=False)}>; rel="last", '
        f'<{link_url(page + 1, per_page, page_first=False)}>; rel="next"'
    )


class Pages(httpx.AsyncBaseTransport):
    """Serves `pages` pages of artist releases; `style` says how the next page is announced."""

    def __init__(self, pages: int, style: str = "documented", *, next_host: str = BASE) -> None:
        self.pages = pages
        self.style = style
        self.next_host = next_host
        self.requests: list[httpx.URL] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request.url)
        page = int(request.url.params.get("page", "1"))
        per_page = int(request.url.params.get("per_page", "50"))
        first = (page - 1) * per_page
        urls: dict[str, str] = {}
        headers: dict[str, str] = {"x-discogs-ratelimit-remaining": "50"}
        if self.style == "body":
            if page < self.pages:
                urls = {"next": link_url(page + 1, per_page, host=self.next_host), "last": link_url(self.pages, 1)}
            if page > 1:
                urls |= {"first": link_url(1, per_page), "prev": link_url(page - 1, per_page)}
        elif self.style == "documented":
            headers["link"] = documented_link(page, self.pages, per_page)
        elif self.style == "recorded":
            headers["link"] = recorded_link(page, self.pages, per_page)
        elif self.style == "elsewhere" and page < self.pages:
            headers["link"] = f"<{link_url(page + 1, per_page, host=self.next_host)}>; rel=next"
        body = {
            "pagination": {"page": page, "pages": self.pages, "per_page": per_page, "items": 0, "urls": urls},
            "releases": [{"id": first + i + 1, "title": f"Release {first + i + 1}"} for i in range(per_page)],
        }
        return httpx.Response(200, headers=headers, content=json.dumps(body).encode(), request=request)


def client(transport: httpx.AsyncBaseTransport) -> Discogs:
    return Discogs(
        "PaginationTests/1.0",
        auth=UserToken("SECRET-token"),
        governor=Governor(100_000, window=1.0),
        retry=RetryPolicy(base_delay=0.001),
        transport=transport,
    )


@pytest.mark.parametrize("style", ["documented", "recorded", "body"])
async def test_paginate_follows_every_link_form_to_the_last_page(style: str) -> None:
    transport = Pages(4, style)
    async with client(transport) as discogs:
        ids = [item.id async for item in discogs.paginate(discogs.get_artist_releases, artist_id=1)]
    assert ids == list(range(1, 401))
    assert [url.params["page"] for url in transport.requests] == ["1", "2", "3", "4"]
    assert {url.params["per_page"] for url in transport.requests} == {"100"}  # the default page size
    assert {url.path for url in transport.requests} == {PATH}


async def test_pages_yields_numbered_pages_with_models_items_and_headers() -> None:
    transport = Pages(3, "documented")
    async with client(transport) as discogs:
        pages = [page async for page in discogs.pages(discogs.get_artist_releases, artist_id=1, per_page=5, page=2)]
    assert [page.number for page in pages] == [2, 3]
    assert all(isinstance(page, Page) and isinstance(page.model, ArtistReleasesPage) for page in pages)
    assert [item.id for item in pages[0].items] == [6, 7, 8, 9, 10]
    assert all(isinstance(item, ArtistRelease) for page in pages for item in page.items)
    assert pages[0].headers["x-discogs-ratelimit-remaining"] == "50"
    assert pages[0].next_url == link_url(3, 5)
    assert pages[1].next_url is None
    assert [url.params["per_page"] for url in transport.requests] == ["5", "5"]


async def test_pages_checks_and_converts_arguments_like_the_method() -> None:
    transport = Pages(1, "documented")
    async with client(transport) as discogs:
        found = [item async for item in discogs.paginate(discogs.get_artist_releases, artist_id=1, sort="year")]
        assert len(found) == 100
        assert transport.requests[0].params["sort"] == "year"  # the enum's string value is accepted
        with pytest.raises(InvalidArgument):
            async for _ in discogs.paginate(discogs.get_artist_releases, artist_id=1, sort="no-such-order"):
                pass
    assert len(transport.requests) == 1  # the bad value was refused before anything was sent


@pytest.mark.parametrize(("max_items", "requests"), [(250, 3), (100, 1), (1, 1), (0, 0)])
async def test_max_items_stops_early_and_stops_requesting(max_items: int, requests: int) -> None:
    transport = Pages(10, "documented")
    async with client(transport) as discogs:
        ids = [
            item.id async for item in discogs.paginate(discogs.get_artist_releases, artist_id=1, max_items=max_items)
        ]
    assert ids == list(range(1, max_items + 1))
    assert len(transport.requests) == requests


@pytest.mark.parametrize("style", ["elsewhere", "body"])
@pytest.mark.parametrize("host", ["https://evil.example", "http://api.discogs.com", "https://api.discogs.com:8443"])
async def test_a_next_link_to_another_origin_is_refused_before_any_request(style: str, host: str) -> None:
    transport = Pages(3, style, next_host=host)
    seen: list[int] = []
    async with client(transport) as discogs:
        with pytest.raises(UnsafeLinkError) as caught:
            async for item in discogs.paginate(discogs.get_artist_releases, artist_id=1):
                seen.append(item.id)
    assert seen == list(range(1, 101))  # the first page came through
    assert [str(url) for url in transport.requests] == [f"{BASE}{PATH}?page=1&per_page=100"]
    assert caught.value.url.startswith(host)
    assert "SECRET" not in str(caught.value)


async def test_a_non_paginated_method_is_refused() -> None:
    transport = Pages(1)
    async with client(transport) as discogs:
        with pytest.raises(TypeError, match="'get_release' is not a paginated operation"):
            discogs.pages(discogs.get_release, release_id=1)  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="not a paginated operation"):
            async for _ in discogs.paginate(discogs.get_identity):  # type: ignore[arg-type]
                pass
    assert transport.requests == []


def closed(generator: AsyncGenerator[Any]) -> bool:
    """Whether an async generator has finished (closed or exhausted): it has no frame left."""
    return cast(types.AsyncGeneratorType[Any, Any], generator).ag_frame is None


async def test_breaking_out_early_closes_the_generators(monkeypatch: pytest.MonkeyPatch) -> None:
    transport = Pages(5, "documented")
    async with client(transport) as discogs:
        made: list[AsyncGenerator[Page[Any, Any]]] = []
        original = discogs.pages

        def spy(*args: Any, **kwargs: Any) -> AsyncGenerator[Page[Any, Any]]:
            made.append(original(*args, **kwargs))
            return made[-1]

        monkeypatch.setattr(discogs, "pages", spy)

        async with aclosing(discogs.paginate(discogs.get_artist_releases, artist_id=1)) as items:
            async for _ in items:
                break
        assert closed(made[0])  # at once, with aclosing

        async for _ in discogs.paginate(discogs.get_artist_releases, artist_id=1):
            break  # no aclosing: the loop's finalizer closes the dropped generator
        gc.collect()
        for _ in range(5):
            await asyncio.sleep(0)
        assert closed(made[1])
    assert len(transport.requests) == 2  # one page each, nothing fetched after the break


class Cheap(httpx.AsyncBaseTransport):
    """200 pages of 100 tiny items, each page built on demand; keeps nothing but a counter."""

    def __init__(self) -> None:
        self.count = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.count += 1
        page = int(request.url.params["page"])
        items = ",".join(f'{{"id":{(page - 1) * 100 + i + 1}}}' for i in range(100))
        link = f"<{BASE}/users/example/lists?page={page + 1}&per_page=100>; rel=next" if page < 200 else ""
        body = f'{{"pagination":{{"page":{page},"pages":200}},"lists":[{items}]}}'.encode()
        return httpx.Response(200, headers={"link": link} if link else {}, content=body, request=request)


async def test_memory_stays_flat_over_twenty_thousand_items() -> None:
    transport = Cheap()
    count = last = 0
    baseline = peak = 0
    async with client(transport) as discogs:
        tracemalloc.start()
        try:
            async for item in discogs.paginate(discogs.get_user_lists, username="example"):
                count += 1
                last = item.id
                if count == 2_000:
                    baseline = tracemalloc.get_traced_memory()[0]
                    tracemalloc.reset_peak()
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    assert (count, last, transport.count) == (20_000, 20_000, 200)
    assert peak - baseline < 2_000_000, f"memory grew by {peak - baseline} bytes over 18,000 items"


async def test_user_submissions_are_flattened() -> None:
    body = {
        "pagination": {"page": 1, "pages": 1, "per_page": 100, "items": 4, "urls": {}},
        "submissions": {
            "releases": [{"id": 1, "title": "A release"}, {"id": 2, "title": "Another"}],
            "artists": [{"id": 3, "name": "A band", "members": ["Annie Yeargers", "Bo"]}],
            "labels": [{"id": 4, "name": "A label"}],
        },
    }

    def handler(request: httpx.Request) -> httpx.Response:
        assert request.url.path == "/users/shooezgirl/submissions"
        return httpx.Response(200, json=body)

    async with client(httpx.MockTransport(handler)) as discogs:
        items = [item async for item in discogs.paginate(discogs.get_user_submissions, username="shooezgirl")]
    assert [type(item) for item in items] == [Release, Release, Artist, Label]
    assert [item.id for item in items] == [1, 2, 3, 4]
    assert isinstance(items[2], Artist) and items[2].members == ["Annie Yeargers", "Bo"]
