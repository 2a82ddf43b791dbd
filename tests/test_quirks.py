"""Each known difference between the Discogs documentation and the live API, through the client's methods.

Every test feeds a real-shaped body to a `Discogs` method over a mock transport and checks the typed result; most
bodies are small and inline, so they run on a fresh clone. The last tests replay the recorded bodies from
../shared/reference when it is there. The docstrings cite the section of ../shared/reference/QUIRKS.md.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import httpx
import pytest

from discogs_async import Discogs, Governor, RateLimitError, RetryPolicy, UserToken
from discogs_async.models import (
    CollectionValue,
    Listing,
    ListingCondition,
    MarketplaceReleaseStats,
    Order,
    OrderStatus,
    PriceSuggestions,
    Release,
    ReleaseStats,
    SearchResultsPage,
    UserList,
)
from discogs_async.types import UNSET, Unset
from tests.bodies import REFERENCE, differences

T = TypeVar("T")
BASE = "https://api.discogs.com"


class Served:
    """A client whose mock transport answers every request with one body, and remembers the requests."""

    def __init__(self, body: Any = None, *, status: int = 200, content: bytes | None = None) -> None:
        self.requests: list[httpx.Request] = []
        raw = content if content is not None else json.dumps(body).encode()

        def handler(request: httpx.Request) -> httpx.Response:
            self.requests.append(request)
            return httpx.Response(status, content=raw, headers={"content-type": "application/json"})

        self.discogs = Discogs(
            "QuirkTests/1.0",
            auth=UserToken("SECRET-token"),
            governor=Governor(100, window=0.2, pause_after_429=0.005),
            retry=RetryPolicy(attempts=2, rate_limit_attempts=2, base_delay=0.001),
            transport=httpx.MockTransport(handler),
        )

    async def call(self, method: Callable[[Discogs], Awaitable[T]]) -> T:
        async with self.discogs:
            return await method(self.discogs)


async def parsed(body: Any, method: Callable[[Discogs], Awaitable[T]]) -> T:
    """What `method` returns when the server answers `body`."""
    return await Served(body).call(method)


def present(value: T | Unset) -> T:
    """The value of a field that must have been sent."""
    assert not isinstance(value, Unset)
    return value


def assert_round_trip(model: Any, body: Any) -> None:
    """`to_dict()` gives back exactly what came in: no key lost, no type changed."""
    assert differences(body, model.to_dict()) == []


# -------------------------------------------------------------------------------------------------------- database


async def test_release_stats_live_shape() -> None:
    """QUIRKS.md C1: the live `/releases/{id}/stats` sends `{"is_offensive": false}`."""
    body = {"is_offensive": False}
    stats = await parsed(body, lambda d: d.get_release_stats(249504))
    assert isinstance(stats, ReleaseStats)
    assert stats.is_offensive is False
    assert stats.num_have is UNSET and stats.num_want is UNSET
    assert_round_trip(stats, body)


async def test_release_stats_documented_shape() -> None:
    """QUIRKS.md C1: the documentation promises `{"num_have": 2315, "num_want": 467}`; that parses too."""
    body = {"num_have": 2315, "num_want": 467}
    stats = await parsed(body, lambda d: d.get_release_stats(249504))
    assert isinstance(stats, ReleaseStats)
    assert (stats.num_have, stats.num_want) == (2315, 467)
    assert stats.is_offensive is UNSET
    assert_round_trip(stats, body)


async def test_release_with_only_id_and_title() -> None:
    """QUIRKS.md C2 and G1: keys are omitted rather than null, so every field but the id is optional."""
    body = {"id": 1, "title": "Stockholm"}
    release = await parsed(body, lambda d: d.get_release(1))
    assert isinstance(release, Release)
    assert (release.id, release.title) == (1, "Stockholm")
    assert release.artists is UNSET and release.year is UNSET and release.lowest_price is UNSET
    assert_round_trip(release, body)


async def test_release_nulls_zeros_and_strings() -> None:
    """QUIRKS.md C2 and G2-G4: `lowest_price: null`, `year: 0`, partial `released`, string `qty`/`entity_type`."""
    body = {
        "id": 249504,
        "title": "Never Gonna Give You Up",
        "lowest_price": None,
        "year": 0,
        "released": "1987-00-00",
        "formats": [{"name": "Vinyl", "qty": "1", "descriptions": ['7"', "45 RPM"]}],
        "labels": [{"id": 895, "name": "RCA", "catno": "PB 41447", "entity_type": "1"}],
        "blocked_from_sale": False,
        "is_offensive": False,
    }
    release = await parsed(body, lambda d: d.get_release(249504))
    assert release.lowest_price is None
    assert release.year == 0
    assert release.released == "1987-00-00"
    assert present(release.formats)[0].qty == "1"
    assert_round_trip(release, body)


async def test_search_results_with_null_master_and_old_shapes() -> None:
    """QUIRKS.md C7: artist results send `master_id: null`; release results `0`; `year` is a string; old label/thumb."""
    body = {
        "pagination": {"page": 1, "pages": 1, "per_page": 100, "items": 3, "urls": {}},
        "results": [
            {"id": 45, "type": "artist", "title": "Aphex Twin", "thumb": "", "master_id": None, "master_url": None},
            {"id": 7, "type": "release", "title": "A - B", "year": "2015", "master_id": 0, "label": ["8bitpeoples"]},
            {"id": 8, "type": "release", "title": "C - D", "label": "8bitpeoples", "thumb": None},
        ],
    }
    page = await parsed(body, lambda d: d.search_database(q="aphex"))
    assert isinstance(page, SearchResultsPage)
    artist, release, old = page.results
    assert (artist.master_id, artist.master_url) == (None, None)
    assert (release.master_id, release.year, release.label) == (0, "2015", ["8bitpeoples"])
    assert (old.label, old.thumb) == ("8bitpeoples", None)
    assert_round_trip(page, body)


# ------------------------------------------------------------------------------------------------------ marketplace


async def test_order_ids_are_strings() -> None:
    """QUIRKS.md F1: order ids are strings such as `"1-1"`, in the path and in the body."""
    body = {
        "id": "1-1",
        "status": "New Order",
        "resource_url": f"{BASE}/marketplace/orders/1-1",
        "messages_url": f"{BASE}/marketplace/orders/1-1/messages",
    }
    served = Served(body)
    order = await served.call(lambda d: d.get_order("1-1"))
    assert isinstance(order, Order)
    assert order.id == "1-1" and isinstance(order.id, str)
    assert order.status == OrderStatus.NEW_ORDER
    assert served.requests[0].url.path == "/marketplace/orders/1-1"
    assert_round_trip(order, body)


async def test_unknown_order_status_parses_and_round_trips() -> None:
    """QUIRKS.md C2/C6 and G6: values the documentation does not list must never be a parse error."""
    body = {"id": "845236-9", "status": "Awaiting Quote", "next_status": ["Awaiting Quote", "Cancelled"]}
    order = await parsed(body, lambda d: d.get_order("845236-9"))
    assert isinstance(order.status, OrderStatus)
    assert order.status == "Awaiting Quote"
    assert order.status not in list(OrderStatus)
    assert present(order.next_status)[1] is OrderStatus.CANCELLED
    assert_round_trip(order, body)


async def test_listing_real_shape_with_an_unknown_condition() -> None:
    """QUIRKS.md F3: unrounded converted prices, `{}` shipping, string seller rating; an unlisted condition."""
    body = {
        "id": 172723812,
        "status": "For Sale",
        "condition": "Excellent (EX)",
        "sleeve_condition": "Generic",
        "price": {"currency": "USD", "value": 89.34117647058824},
        "shipping_price": {},
        "original_shipping_price": {},
        "seller": {"id": 1, "username": "seller", "stats": {"rating": "99.8", "stars": 5.0, "total": 1377}},
        "in_cart": False,
        "offer_submitted": False,
    }
    listing = await parsed(body, lambda d: d.get_listing(172723812))
    assert isinstance(listing, Listing)
    assert isinstance(listing.condition, ListingCondition) and listing.condition == "Excellent (EX)"
    assert listing.condition not in list(ListingCondition)
    assert present(listing.price).value == 89.34117647058824
    assert_round_trip(listing, body)


async def test_price_suggestions_are_a_map_by_condition() -> None:
    """QUIRKS.md F5: a map keyed by condition text with unrounded values; `{}` when there is no suggestion."""
    body = {
        "Mint (M)": {"currency": "EUR", "value": 16.625},
        "Near Mint (NM or M-)": {"currency": "EUR", "value": 14.9},
    }
    suggestions = await parsed(body, lambda d: d.get_price_suggestions(9893847))
    assert isinstance(suggestions, PriceSuggestions)
    assert suggestions.additional_keys == ["Mint (M)", "Near Mint (NM or M-)"]
    assert (suggestions["Mint (M)"].currency, suggestions["Mint (M)"].value) == ("EUR", 16.625)
    assert_round_trip(suggestions, body)
    empty = await parsed({}, lambda d: d.get_price_suggestions(1))
    assert empty.additional_keys == []


async def test_marketplace_stats_nulls_when_nothing_is_for_sale() -> None:
    """QUIRKS.md F6: `num_for_sale` and `lowest_price` are null when nothing is for sale or sale is blocked."""
    body = {"num_for_sale": None, "lowest_price": None, "blocked_from_sale": True}
    stats = await parsed(body, lambda d: d.get_marketplace_release_stats(1))
    assert isinstance(stats, MarketplaceReleaseStats)
    assert (stats.num_for_sale, stats.lowest_price, stats.blocked_from_sale) == (None, None, True)
    assert_round_trip(stats, body)


# ------------------------------------------------------------------------------------------------ user collection


async def test_lists_real_shape() -> None:
    """QUIRKS.md E5: the live `/lists/{id}` sends `id`, `date_added`, `date_changed`, `uri`, `user`, item stats."""
    body = {
        "id": 190092,
        "user": {"id": 146945, "username": "_morning", "resource_url": f"{BASE}/users/_morning"},
        "name": "desert island",
        "public": True,
        "date_added": "2014-01-05T12:05:39-08:00",
        "date_changed": "2021-05-15T12:38:03-07:00",
        "uri": "https://www.discogs.com/lists/desert-island/190092",
        "items": [
            {
                "type": "release",
                "id": 4674,
                "comment": "",
                "display_title": "Silent Phase - The Rewired Mixes",
                "stats": {"community": {"in_wantlist": 30, "in_collection": 120}},
            }
        ],
    }
    found = await parsed(body, lambda d: d.get_list(190092))
    assert isinstance(found, UserList)
    assert (found.id, found.date_added, found.uri) == (190092, "2014-01-05T12:05:39-08:00", body["uri"])
    assert found.list_id is UNSET and found.created_ts is UNSET
    assert present(found.user).username == "_morning"
    assert_round_trip(found, body)


async def test_lists_documented_shape() -> None:
    """QUIRKS.md E5: the documented `/lists/{id}` names them `list_id`, `created_ts`, `modified_ts`, `url`."""
    body = {
        "list_id": 2,
        "name": "new list",
        "created_ts": "2016-05-31T10:36:30-07:00",
        "modified_ts": "2016-05-31T13:46:12-07:00",
        "url": "https://www.discogs.com/lists/new-list/2",
        "items": [{"type": "release", "id": 4674, "comment": "My list comment"}],
    }
    found = await parsed(body, lambda d: d.get_list(2))
    assert (found.list_id, found.created_ts, found.url) == (2, "2016-05-31T10:36:30-07:00", body["url"])
    assert found.id is UNSET
    assert_round_trip(found, body)


async def test_collection_value_is_currency_strings() -> None:
    """QUIRKS.md E2: collection values are formatted strings in the owner's currency, not numbers."""
    body = {"minimum": "€120.09", "median": "€178.10", "maximum": "€295.96"}
    value = await parsed(body, lambda d: d.get_collection_value("DamIDhagor"))
    assert isinstance(value, CollectionValue)
    assert (value.minimum, value.median, value.maximum) == ("€120.09", "€178.10", "€295.96")
    assert_round_trip(value, body)


async def test_collection_items_without_notes_and_with_null_master_url() -> None:
    """QUIRKS.md E1: `notes` is an optional list of `{field_id, value}`; `master_id: 0` with `master_url: null`."""
    body = {
        "pagination": {"page": 1, "pages": 1, "per_page": 100, "items": 2, "urls": {}},
        "releases": [
            {"id": 1, "instance_id": 10, "basic_information": {"id": 1, "master_id": 0, "master_url": None}},
            {"id": 2, "instance_id": 11, "notes": [{"field_id": 1, "value": "Mint (M)"}, {"field_id": 3, "value": ""}]},
        ],
    }
    page = await parsed(body, lambda d: d.get_collection_items_by_folder("example", 0))
    first, second = page.releases
    assert first.notes is UNSET
    basic = present(first.basic_information)
    assert (basic.master_id, basic.master_url) == (0, None)
    assert [note.value for note in present(second.notes)] == ["Mint (M)", ""]
    assert_round_trip(page, body)


# ------------------------------------------------------------------------------------------------------- transport


async def test_an_empty_bodied_429_is_retried_then_a_rate_limit_error() -> None:
    """QUIRKS.md A2: a 429 may come with no `Retry-After` and an empty body (`"\\n"`); never require JSON."""
    served = Served(status=429, content=b"\n")
    with pytest.raises(RateLimitError) as caught:
        await served.call(lambda d: d.get_release(1))
    assert (caught.value.status, caught.value.message, caught.value.body) == (429, None, "\n")
    assert len(served.requests) == 2  # retried once (rate_limit_attempts=2) through the governor
    assert served.discogs.governor.stats().throttled_429 == 2


# ------------------------------------------------------------------------------------------- recorded ../shared bodies


def recorded(relative: str) -> Any:
    """The body of a recorded response under ../shared/reference, or a skip when that folder is absent."""
    path = REFERENCE / relative
    if not path.is_file():
        pytest.skip(f"{path} is absent (the shared reference material is not checked out beside the project)")
    return json.loads(path.read_text())["body"]


RECORDED: list[tuple[str, str, Callable[[Discogs], Awaitable[Any]]]] = [
    ("C1", "doc-examples/get_releases_release_id_stats_200.json", lambda d: d.get_release_stats(249504)),
    ("E5", "real-responses/ggorlen-discogs-list-importer/1.json", lambda d: d.get_list(190092)),
    ("E5", "doc-examples/get_lists_list_id_200.json", lambda d: d.get_list(2)),
    ("F5", "real-responses/irlndts-go-discogs/8.json", lambda d: d.get_price_suggestions(9893847)),
    ("F6", "real-responses/irlndts-go-discogs/9.json", lambda d: d.get_marketplace_release_stats(9893847)),
    ("E2", "real-responses/damidhagor-DiscogsApiClient/15.json", lambda d: d.get_collection_value("DamIDhagor")),
]


@pytest.mark.parametrize(("section", "relative", "method"), RECORDED, ids=[r[1].rsplit("/", 2)[-2] for r in RECORDED])
async def test_recorded_bodies_parse_and_round_trip(
    section: str, relative: str, method: Callable[[Discogs], Awaitable[Any]]
) -> None:
    """QUIRKS.md C1, E2, E5, F5, F6 (per case): the recorded bodies themselves, through the client."""
    body = recorded(relative)
    assert_round_trip(await parsed(body, method), body)


async def test_recorded_429_body() -> None:
    """QUIRKS.md A2: the reconstructed 429 body keeps its message in the typed error."""
    body = recorded("real-responses/reconstructed-error-bodies/1.json")
    served = Served(body, status=429)
    with pytest.raises(RateLimitError) as caught:
        await served.call(lambda d: d.get_release(1))
    assert caught.value.message == body["message"]
