"""The API's pagination caps (a search serves 10,000 results; another seller's inventory 100 pages), and the walks
that must end: pages that never end, a malformed next link. Mocked with pytest-httpx."""

from __future__ import annotations

import math
import warnings
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from pytest_httpx import HTTPXMock

from discogs_async import (
    Discogs,
    PaginationCap,
    PaginationCapError,
    PaginationCapWarning,
    RetryPolicy,
    UnexpectedResponse,
)

BASE = "https://api.discogs.com"
UA = "Caps/1.0"
FAST = RetryPolicy(attempts=2, base_delay=0, max_delay=0)


def page_body(field: str, page: int, per_page: int, total: int, *, pages: int | None = None) -> dict[str, Any]:
    first = (page - 1) * per_page
    count = max(0, min(per_page, total - first))
    return {
        "pagination": {
            "page": page,
            "pages": pages if pages is not None else math.ceil(total / per_page),
            "per_page": per_page,
            "items": total,
            "urls": {},
        },
        field: [{"id": first + i + 1} for i in range(count)],
    }


def serve(
    field: str, total: int, refuse: Callable[[int], httpx.Response | None]
) -> Callable[[httpx.Request], httpx.Response]:
    """A callback serving pages with Link headers; `refuse(page)` gives the refusal of a page, or None."""

    def answer(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params["page"])
        per_page = int(request.url.params["per_page"])
        refused = refuse(page)
        if refused is not None:
            return refused
        following = request.url.copy_set_param("page", str(page + 1))
        return httpx.Response(
            200, json=page_body(field, page, per_page, total), headers={"link": f'<{following}>; rel="next"'}
        )

    return answer


def search_refusal(page: int) -> httpx.Response | None:
    if page > 100:
        return httpx.Response(404, json={"message": f"Page {page} is outside of valid range (1-100)."})
    return None


def inventory_refusal(page: int) -> httpx.Response | None:
    if page > 100:
        message = "Pagination above 100 disabled for inventories besides your own"
        return httpx.Response(403, json={"message": message})
    return None


async def test_a_search_stops_before_asking_past_10000_results_and_says_so(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_callback(serve("results", 25_000, search_refusal), is_reusable=True)
    async with Discogs(UA, retry=FAST) as discogs:
        with pytest.warns(PaginationCapWarning, match="10,000 of 25,000 items were reachable"):
            seen = [page async for page in discogs.pages(discogs.search_database, q="rock", page=99)]
    assert [page.number for page in seen] == [99, 100]
    assert [int(r.url.params["page"]) for r in httpx_mock.get_requests()] == [99, 100]  # page 101 never asked
    assert seen[0].capped is None
    cap = seen[-1].capped
    assert cap == PaginationCap(reachable=10_000, total=25_000, reason="the API serves at most 10,000 items")
    assert seen[-1].items[-1].id == 10_000


async def test_a_search_refused_past_the_cap_ends_cleanly_too(httpx_mock: HTTPXMock) -> None:
    # per_page 30: page 334 would start inside the 10,000 results, but this server refuses it: the refusal ends the walk
    httpx_mock.add_callback(serve("results", 25_000, lambda page: search_refusal(page - 233)), is_reusable=True)
    async with Discogs(UA, retry=FAST) as discogs:
        with pytest.warns(PaginationCapWarning, match="9,990 of 25,000"):
            items = [item async for item in discogs.paginate(discogs.search_database, q="x", per_page=30, page=333)]
    assert len(items) == 30 and items[-1].id == 9_990


async def test_another_sellers_inventory_ends_at_page_100_with_the_cap(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_callback(serve("listings", 1_000, inventory_refusal), is_reusable=True)
    async with Discogs(UA, retry=FAST) as discogs:
        with pytest.warns(PaginationCapWarning, match="800 of 1,000 items were reachable") as caught:
            seen = [page async for page in discogs.pages(discogs.get_inventory, username="seller", per_page=8, page=99)]
    assert len(caught) == 1
    assert [page.number for page in seen] == [99, 100]
    cap = seen[-1].capped
    assert cap is not None and (cap.reachable, cap.total) == (800, 1_000)
    assert "100 pages of another seller's inventory" in cap.reason
    assert [int(r.url.params["page"]) for r in httpx_mock.get_requests()] == [99, 100, 101]


async def test_strict_raises_the_cap_after_the_reachable_pages(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_callback(serve("listings", 1_000, inventory_refusal), is_reusable=True)
    seen: list[int] = []
    async with Discogs(UA, retry=FAST) as discogs:
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # strict: an error, not a warning
            with pytest.raises(PaginationCapError) as caught:
                async for item in discogs.paginate(
                    discogs.get_inventory, username="seller", per_page=8, page=100, strict=True
                ):
                    seen.append(item.id)
    assert seen == list(range(793, 801))  # page 100 in full first
    assert caught.value.cap.reachable == 800 and caught.value.cap.total == 1_000
    assert "800 of 1000" in str(caught.value)


async def test_a_refusal_of_the_first_page_is_not_a_cap(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_callback(serve("listings", 1_000, inventory_refusal), is_reusable=True)
    async with Discogs(UA, retry=FAST) as discogs:
        with pytest.raises(Exception, match="Pagination above 100") as caught:
            async for _ in discogs.pages(discogs.get_inventory, username="seller", page=101):
                pass
    assert not isinstance(caught.value, PaginationCapError)


async def test_a_listing_under_the_cap_warns_nothing(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_callback(serve("results", 150, search_refusal), is_reusable=True)
    async with Discogs(UA, retry=FAST) as discogs:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            pages = [page async for page in discogs.pages(discogs.search_database, q="x")]
    assert [len(page.items) for page in pages] == [100, 50] and pages[-1].capped is None


async def test_pages_that_never_end_stop_at_pagination_pages(httpx_mock: HTTPXMock) -> None:
    """Empty pages, `pagination.pages` = 1, a fresh next link each time: the walk stops at once."""

    def endless(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params["page"])
        following = request.url.copy_set_param("page", str(page + 1))
        body = page_body("releases", page, 100, 0, pages=1)
        return httpx.Response(200, json=body, headers={"link": f"<{following}>; rel=next"})

    httpx_mock.add_callback(endless, is_reusable=True)
    async with Discogs(UA, retry=FAST) as discogs:
        pages = [page async for page in discogs.pages(discogs.get_artist_releases, artist_id=1)]
    assert len(pages) == 1 and len(httpx_mock.get_requests()) == 1


async def test_empty_pages_that_claim_more_stop_too(httpx_mock: HTTPXMock) -> None:
    def empty(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params["page"])
        following = request.url.copy_set_param("page", str(page + 1))
        body = page_body("releases", page, 100, 0, pages=10**9)
        return httpx.Response(200, json=body, headers={"link": f"<{following}>; rel=next"})

    httpx_mock.add_callback(empty, is_reusable=True)
    async with Discogs(UA, retry=FAST) as discogs:
        pages = [page async for page in discogs.pages(discogs.get_artist_releases, artist_id=1)]
    assert len(pages) == 1 and len(httpx_mock.get_requests()) == 1


async def test_a_malformed_next_link_is_a_typed_error(httpx_mock: HTTPXMock) -> None:
    body = page_body("releases", 1, 100, 300)
    httpx_mock.add_response(json=body, headers={"link": "<http://x:1:1/>; rel=next"})
    async with Discogs(UA, retry=FAST) as discogs:
        with pytest.raises(UnexpectedResponse, match="next link is not a valid URL"):
            async for _ in discogs.pages(discogs.get_artist_releases, artist_id=1):
                pass
