"""Wire-level tests of the Database and OAuth operations: what each generated function sends and what it parses."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest
from pytest_httpx import HTTPXMock

from discogs_async._generated.api.database.delete_release_rating_by_user import (
    asyncio_detailed as delete_release_rating_by_user,
)
from discogs_async._generated.api.database.get_artist import asyncio_detailed as get_artist
from discogs_async._generated.api.database.get_artist_releases import asyncio_detailed as get_artist_releases
from discogs_async._generated.api.database.get_community_release_rating import (
    asyncio_detailed as get_community_release_rating,
)
from discogs_async._generated.api.database.get_label import asyncio_detailed as get_label
from discogs_async._generated.api.database.get_label_releases import asyncio_detailed as get_label_releases
from discogs_async._generated.api.database.get_master_release import asyncio_detailed as get_master_release
from discogs_async._generated.api.database.get_master_release_versions import (
    asyncio_detailed as get_master_release_versions,
)
from discogs_async._generated.api.database.get_release import asyncio_detailed as get_release
from discogs_async._generated.api.database.get_release_rating_by_user import (
    asyncio_detailed as get_release_rating_by_user,
)
from discogs_async._generated.api.database.get_release_stats import asyncio_detailed as get_release_stats
from discogs_async._generated.api.database.search_database import asyncio_detailed as search_database
from discogs_async._generated.api.database.update_release_rating_by_user import (
    asyncio_detailed as update_release_rating_by_user,
)
from discogs_async._generated.api.o_auth.get_access_token import asyncio_detailed as get_access_token
from discogs_async._generated.api.o_auth.get_request_token import asyncio_detailed as get_request_token
from discogs_async.models import (
    Artist,
    ArtistReleasesPage,
    ArtistReleasesSort,
    ArtistReleaseType,
    CommunityReleaseRating,
    CurrencyCode,
    Label,
    LabelReleasesPage,
    Master,
    MasterVersionsPage,
    MasterVersionsSort,
    RelatedArtist,
    Release,
    ReleaseRatingUpdate,
    ReleaseStats,
    SearchResultsPage,
    SearchType,
    SortOrder,
    UserReleaseRating,
)
from discogs_async.types import Unset

BASE = "https://api.discogs.com"
RATELIMIT = {"X-Discogs-Ratelimit": "60", "X-Discogs-Ratelimit-Used": "1", "X-Discogs-Ratelimit-Remaining": "59"}


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    """A plain client aimed at the API; pytest-httpx intercepts its transport."""
    async with httpx.AsyncClient(base_url=BASE) as http:
        yield http


def sent(httpx_mock: HTTPXMock) -> httpx.Request:
    """The one request the test sent."""
    request = httpx_mock.get_request()
    assert request is not None
    return request


def query(request: httpx.Request) -> dict[str, list[str]]:
    """The request's query string as parse_qs reads it."""
    return parse_qs(request.url.query.decode())


def page(items: int = 1) -> dict[str, Any]:
    """A one-page pagination block."""
    return {"page": 1, "pages": 1, "per_page": 50, "items": items, "urls": {}}


# --------------------------------------------------------------------------------------------------- OAuth


async def test_get_request_token_returns_the_raw_form_text(httpx_mock: HTTPXMock, client: httpx.AsyncClient) -> None:
    text = "oauth_token=req123&oauth_token_secret=sec456&oauth_callback_confirmed=true"
    httpx_mock.add_response(text=text, headers={"Content-Type": "application/x-www-form-urlencoded", **RATELIMIT})

    response = await get_request_token(client=client)

    request = sent(httpx_mock)
    assert request.method == "GET"
    assert request.url.path == "/oauth/request_token"
    assert request.url.query == b""
    assert request.content == b""
    assert response.parsed == text
    assert parse_qs(response.parsed)["oauth_callback_confirmed"] == ["true"]
    assert response.headers["x-discogs-ratelimit-remaining"] == "59"


async def test_get_access_token_posts_without_a_body(httpx_mock: HTTPXMock, client: httpx.AsyncClient) -> None:
    text = "oauth_token=acc789&oauth_token_secret=secabc"
    httpx_mock.add_response(text=text, headers={"Content-Type": "application/x-www-form-urlencoded"})

    response = await get_access_token(client=client)

    request = sent(httpx_mock)
    assert request.method == "POST"
    assert request.url.path == "/oauth/access_token"
    assert request.url.query == b""
    assert request.content == b""
    assert response.parsed == text


# ------------------------------------------------------------------------------------------------- release

RELEASE = {
    "id": 249504,
    "title": "Never Gonna Give You Up",
    "status": "Accepted",
    "year": 0,
    "released": "1987-00-00",
    "lowest_price": None,
    "num_for_sale": 0,
    "blocked_from_sale": False,
    "artists": [
        {"id": 72872, "name": "Rick Astley", "anv": "", "join": "", "role": "", "tracks": "", "resource_url": "u"}
    ],
    "labels": [{"id": 895, "name": "RCA", "catno": "PB 41447", "entity_type": "1", "resource_url": "u"}],
    "companies": [
        {"id": 266218, "name": "Utopia Studios", "catno": "", "entity_type": "29", "entity_type_name": "Mastered At"}
    ],
    "formats": [{"name": "Vinyl", "qty": "1", "descriptions": ['7"', "Single", "45 RPM"]}],
    "community": {"have": 252, "want": 42, "rating": {"average": 3.42, "count": 45}, "status": "Accepted"},
    "images": [{"type": "primary", "uri": "", "uri150": "", "resource_url": "", "width": 600, "height": 600}],
    "tracklist": [{"position": "A", "type_": "track", "title": "Never Gonna Give You Up", "duration": "3:32"}],
    "identifiers": [{"type": "Barcode", "value": "5012394144777"}],
    "videos": [{"uri": "https://www.youtube.com/watch?v=x", "title": "t", "duration": 330, "embed": True}],
}


async def test_get_release_sends_the_currency_and_parses_a_release(
    httpx_mock: HTTPXMock, client: httpx.AsyncClient
) -> None:
    httpx_mock.add_response(json=RELEASE, headers=RATELIMIT)

    response = await get_release(249504, client=client, curr_abbr=CurrencyCode.EUR)

    request = sent(httpx_mock)
    assert request.method == "GET"
    assert request.url.path == "/releases/249504"
    assert query(request) == {"curr_abbr": ["EUR"]}
    release = response.parsed
    assert isinstance(release, Release)
    assert release.id == 249504
    assert release.lowest_price is None
    assert release.year == 0
    assert release.released == "1987-00-00"
    assert not isinstance(release.formats, Unset)
    assert release.formats[0].qty == "1"
    assert release.to_dict() == RELEASE


async def test_get_release_without_currency_sends_no_query(httpx_mock: HTTPXMock, client: httpx.AsyncClient) -> None:
    httpx_mock.add_response(json={"id": 1})

    response = await get_release(1, client=client)

    assert sent(httpx_mock).url.query == b""
    assert isinstance(response.parsed, Release)


async def test_get_release_rating_by_user(httpx_mock: HTTPXMock, client: httpx.AsyncClient) -> None:
    body = {"username": "memory", "release_id": 249504, "rating": 0}
    httpx_mock.add_response(json=body)

    response = await get_release_rating_by_user(249504, "memory", client=client)

    request = sent(httpx_mock)
    assert request.method == "GET"
    assert request.url.path == "/releases/249504/rating/memory"
    assert request.url.query == b""
    assert isinstance(response.parsed, UserReleaseRating)
    assert response.parsed.rating == 0


async def test_update_release_rating_by_user_puts_the_rating(httpx_mock: HTTPXMock, client: httpx.AsyncClient) -> None:
    httpx_mock.add_response(json={"username": "memory", "release_id": 249504, "rating": 4})

    response = await update_release_rating_by_user(249504, "memory", client=client, body=ReleaseRatingUpdate(rating=4))

    request = sent(httpx_mock)
    assert request.method == "PUT"
    assert request.url.path == "/releases/249504/rating/memory"
    assert request.url.query == b""
    assert request.headers["Content-Type"] == "application/json"
    assert json.loads(request.content) == {"rating": 4}
    assert isinstance(response.parsed, UserReleaseRating)
    assert response.parsed.rating == 4


async def test_delete_release_rating_by_user(httpx_mock: HTTPXMock, client: httpx.AsyncClient) -> None:
    httpx_mock.add_response(status_code=204)

    response = await delete_release_rating_by_user(249504, "some user", client=client)

    request = sent(httpx_mock)
    assert request.method == "DELETE"
    assert request.url.raw_path == b"/releases/249504/rating/some%20user"
    assert request.content == b""
    assert response.status_code == 204
    assert response.parsed is None


async def test_get_community_release_rating_keeps_int_and_float_averages(
    httpx_mock: HTTPXMock, client: httpx.AsyncClient
) -> None:
    body = {"release_id": 249504, "rating": {"count": 150, "average": 3.65}}
    httpx_mock.add_response(json=body)

    response = await get_community_release_rating(249504, client=client)

    request = sent(httpx_mock)
    assert request.method == "GET"
    assert request.url.path == "/releases/249504/rating"
    assert isinstance(response.parsed, CommunityReleaseRating)
    assert response.parsed.to_dict() == body
    unrated = CommunityReleaseRating.from_dict({"release_id": 1, "rating": {"count": 0, "average": 0}})
    assert json.dumps(unrated.to_dict()) == '{"release_id": 1, "rating": {"count": 0, "average": 0}}'


@pytest.mark.parametrize(
    "body",
    [{"is_offensive": False}, {"num_have": 2315, "num_want": 467}],
    ids=["live-shape", "documented-shape"],
)
async def test_get_release_stats_accepts_both_shapes(
    httpx_mock: HTTPXMock, client: httpx.AsyncClient, body: dict[str, Any]
) -> None:
    httpx_mock.add_response(json=body)

    response = await get_release_stats(249504, client=client)

    request = sent(httpx_mock)
    assert request.method == "GET"
    assert request.url.path == "/releases/249504/stats"
    assert isinstance(response.parsed, ReleaseStats)
    assert response.parsed.to_dict() == body


# -------------------------------------------------------------------------------------------------- master


async def test_get_master_release(httpx_mock: HTTPXMock, client: httpx.AsyncClient) -> None:
    body = {
        "id": 1000,
        "title": "Stardiver",
        "main_release": 66785,
        "most_recent_release": 1234567,
        "most_recent_release_url": "https://api.discogs.com/releases/1234567",
        "lowest_price": 9.36,
        "year": 1997,
    }
    httpx_mock.add_response(json=body)

    response = await get_master_release(1000, client=client)

    request = sent(httpx_mock)
    assert request.method == "GET"
    assert request.url.path == "/masters/1000"
    assert isinstance(response.parsed, Master)
    assert response.parsed.most_recent_release == 1234567
    assert response.parsed.to_dict() == body


async def test_get_master_release_versions_sends_filters_and_sort(
    httpx_mock: HTTPXMock, client: httpx.AsyncClient
) -> None:
    body = {
        "pagination": page(),
        "versions": [
            {
                "id": 18926,
                "title": "Plastic Dreams",
                "format": '12", 33 ⅓ RPM',
                "label": "Epic",
                "released": "",
                "major_formats": ["Vinyl"],
                "stats": {"community": {"in_collection": 1067, "in_wantlist": 765}},
            }
        ],
        "filters": {"applied": {"country": ["US"]}, "available": {"format": {"Vinyl": 1}}},
        "filter_facets": [
            {
                "id": "format",
                "title": "Format",
                "allows_multiple_values": True,
                "values": [{"title": "Vinyl", "value": "Vinyl", "count": 1}],
            }
        ],
    }
    httpx_mock.add_response(
        json=body, headers={"Link": '<https://api.discogs.com/masters/1000/versions?page=2>; rel="next"'}
    )

    response = await get_master_release_versions(
        1000,
        client=client,
        page=2,
        per_page=25,
        format_="Vinyl",
        label="Epic",
        released="1993",
        country="US",
        sort=MasterVersionsSort.CATNO,
        sort_order=SortOrder.DESC,
    )

    request = sent(httpx_mock)
    assert request.method == "GET"
    assert request.url.path == "/masters/1000/versions"
    assert query(request) == {
        "page": ["2"],
        "per_page": ["25"],
        "format": ["Vinyl"],
        "label": ["Epic"],
        "released": ["1993"],
        "country": ["US"],
        "sort": ["catno"],
        "sort_order": ["desc"],
    }
    versions = response.parsed
    assert isinstance(versions, MasterVersionsPage)
    assert versions.versions[0].id == 18926
    assert versions.to_dict() == body
    assert 'rel="next"' in response.headers["Link"]


# -------------------------------------------------------------------------------------------------- artist


async def test_get_artist_accepts_member_objects_and_names(httpx_mock: HTTPXMock, client: httpx.AsyncClient) -> None:
    body = {
        "id": 108713,
        "name": "Nickelback",
        "members": [{"id": 270222, "name": "Chad Kroeger", "active": True, "resource_url": "u"}, "Ryan Peake"],
        "aliases": [{"id": 1, "name": "Alias", "resource_url": "u"}],
        "groups": [{"id": 2, "name": "Group", "active": False}],
    }
    httpx_mock.add_response(json=body)

    response = await get_artist(108713, client=client)

    request = sent(httpx_mock)
    assert request.method == "GET"
    assert request.url.path == "/artists/108713"
    artist = response.parsed
    assert isinstance(artist, Artist)
    assert not isinstance(artist.members, Unset)
    assert isinstance(artist.members[0], RelatedArtist)
    assert artist.members[0].active is True
    assert artist.members[1] == "Ryan Peake"
    assert artist.to_dict() == body


async def test_get_artist_releases_sends_sort_and_parses_mixed_items(
    httpx_mock: HTTPXMock, client: httpx.AsyncClient
) -> None:
    body = {
        "pagination": page(2),
        "releases": [
            {"id": 173765, "type": "master", "main_release": 3128432, "role": "Main", "title": "Curb", "year": 1996},
            {
                "id": 4299404,
                "type": "release",
                "format": "CD, EP",
                "label": "Not On Label",
                "role": "TrackAppearance",
                "trackinfo": "Hesher",
                "status": "Accepted",
                "stats": {
                    "community": {"in_wantlist": 1, "in_collection": 2},
                    "user": {"in_wantlist": 0, "in_collection": 0},
                },
            },
        ],
    }
    httpx_mock.add_response(json=body)

    response = await get_artist_releases(
        108713, client=client, sort=ArtistReleasesSort.YEAR, sort_order=SortOrder.ASC, page=1, per_page=50
    )

    request = sent(httpx_mock)
    assert request.method == "GET"
    assert request.url.path == "/artists/108713/releases"
    assert query(request) == {"sort": ["year"], "sort_order": ["asc"], "page": ["1"], "per_page": ["50"]}
    releases = response.parsed
    assert isinstance(releases, ArtistReleasesPage)
    assert releases.releases[0].type_ == ArtistReleaseType.MASTER
    assert releases.releases[1].type_ == ArtistReleaseType.RELEASE
    assert releases.to_dict() == body


# --------------------------------------------------------------------------------------------------- label


async def test_get_label(httpx_mock: HTTPXMock, client: httpx.AsyncClient) -> None:
    body = {
        "id": 1,
        "name": "Planet E",
        "parent_label": {"id": 9, "name": "Parent", "resource_url": "u"},
        "sublabels": [{"id": 86537, "name": "Antidote (4)", "resource_url": "u"}],
    }
    httpx_mock.add_response(json=body)

    response = await get_label(1, client=client)

    request = sent(httpx_mock)
    assert request.method == "GET"
    assert request.url.path == "/labels/1"
    assert isinstance(response.parsed, Label)
    assert response.parsed.to_dict() == body


async def test_get_label_releases_sends_pagination(httpx_mock: HTTPXMock, client: httpx.AsyncClient) -> None:
    body = {
        "pagination": page(),
        "releases": [{"id": 2801, "artist": "Andrea Parker", "catno": "!K7071CD", "format": "CD, Mixed", "year": 1998}],
    }
    httpx_mock.add_response(json=body)

    response = await get_label_releases(1, client=client, page=3, per_page=25)

    request = sent(httpx_mock)
    assert request.method == "GET"
    assert request.url.path == "/labels/1/releases"
    assert query(request) == {"page": ["3"], "per_page": ["25"]}
    assert isinstance(response.parsed, LabelReleasesPage)
    assert response.parsed.to_dict() == body


# -------------------------------------------------------------------------------------------------- search


async def test_search_database_sends_every_filter(httpx_mock: HTTPXMock, client: httpx.AsyncClient) -> None:
    body = {
        "pagination": page(3),
        "results": [
            {"id": 2028757, "type": "release", "year": "2005", "label": ["Eagle Vision"], "master_id": 0, "thumb": ""},
            {"id": 95780, "type": "artist", "title": "Trash80", "thumb": None, "master_id": None, "master_url": None},
            {"id": 1743771, "type": "release", "label": "8bitpeoples", "year": "2008"},
        ],
    }
    httpx_mock.add_response(json=body)
    filters = {
        "q": "nirvana",
        "title": "nirvana - nevermind",
        "release_title": "nevermind",
        "credit": "kurt",
        "artist": "nirvana",
        "anv": "nirvana",
        "label": "dgc",
        "genre": "rock",
        "style": "grunge",
        "country": "canada",
        "year": "1991",
        "catno": "DGCD-24425",
        "barcode": "7 2064-24425-2 4",
        "track": "smells like teen spirit",
        "submitter": "milKt",
        "contributor": "jerome99",
    }

    response = await search_database(
        client=client, type_=SearchType.RELEASE, format_="album", page=2, per_page=3, **filters
    )

    request = sent(httpx_mock)
    assert request.method == "GET"
    assert request.url.path == "/database/search"
    expected = {key: [value] for key, value in filters.items()}
    expected.update({"type": ["release"], "format": ["album"], "page": ["2"], "per_page": ["3"]})
    assert query(request) == expected
    results = response.parsed
    assert isinstance(results, SearchResultsPage)
    assert results.results[0].label == ["Eagle Vision"]
    assert results.results[1].master_id is None
    assert results.results[2].label == "8bitpeoples"
    assert results.to_dict() == body
