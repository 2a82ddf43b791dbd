"""What the generated user operations (identity, collection, wantlist, lists) put on the wire and parse back."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest
from pytest_httpx import HTTPXMock

from discogs_async._generated.api.user_collection.add_to_collection_folder import (
    asyncio_detailed as add_to_collection_folder,
)
from discogs_async._generated.api.user_collection.change_rating_of_release import (
    asyncio_detailed as change_rating_of_release,
)
from discogs_async._generated.api.user_collection.create_collection_folder import (
    asyncio_detailed as create_collection_folder,
)
from discogs_async._generated.api.user_collection.delete_collection_folder import (
    asyncio_detailed as delete_collection_folder,
)
from discogs_async._generated.api.user_collection.delete_instance_from_folder import (
    asyncio_detailed as delete_instance_from_folder,
)
from discogs_async._generated.api.user_collection.edit_collection_folder import (
    asyncio_detailed as edit_collection_folder,
)
from discogs_async._generated.api.user_collection.edit_fields_instance import (
    asyncio_detailed as edit_fields_instance,
)
from discogs_async._generated.api.user_collection.get_collection_fields import (
    asyncio_detailed as get_collection_fields,
)
from discogs_async._generated.api.user_collection.get_collection_folder import (
    asyncio_detailed as get_collection_folder,
)
from discogs_async._generated.api.user_collection.get_collection_folders import (
    asyncio_detailed as get_collection_folders,
)
from discogs_async._generated.api.user_collection.get_collection_items_by_folder import (
    asyncio_detailed as get_collection_items_by_folder,
)
from discogs_async._generated.api.user_collection.get_collection_items_by_release import (
    asyncio_detailed as get_collection_items_by_release,
)
from discogs_async._generated.api.user_collection.get_collection_value import (
    asyncio_detailed as get_collection_value,
)
from discogs_async._generated.api.user_identity.edit_profile import asyncio_detailed as edit_profile
from discogs_async._generated.api.user_identity.get_identity import asyncio_detailed as get_identity
from discogs_async._generated.api.user_identity.get_profile import asyncio_detailed as get_profile
from discogs_async._generated.api.user_identity.get_user_contributions import (
    asyncio_detailed as get_user_contributions,
)
from discogs_async._generated.api.user_identity.get_user_submissions import (
    asyncio_detailed as get_user_submissions,
)
from discogs_async._generated.api.user_lists.get_list import asyncio_detailed as get_list
from discogs_async._generated.api.user_lists.get_user_lists import asyncio_detailed as get_user_lists
from discogs_async._generated.api.user_wantlist.add_to_wantlist import asyncio_detailed as add_to_wantlist
from discogs_async._generated.api.user_wantlist.delete_release_from_wantlist import (
    asyncio_detailed as delete_release_from_wantlist,
)
from discogs_async._generated.api.user_wantlist.edit_release_in_wantlist import (
    asyncio_detailed as edit_release_in_wantlist,
)
from discogs_async._generated.api.user_wantlist.get_wantlist import asyncio_detailed as get_wantlist
from discogs_async.models import (
    Artist,
    CollectionFields,
    CollectionFieldType,
    CollectionFolder,
    CollectionFolderEdit,
    CollectionFolders,
    CollectionInstance,
    CollectionInstanceEdit,
    CollectionItems,
    CollectionSort,
    CollectionValue,
    ContributionSort,
    CurrencyCode,
    Identity,
    ListItemType,
    Profile,
    ProfileEdit,
    Release,
    SortOrder,
    UserContributions,
    UserList,
    UserLists,
    UserSubmissions,
    Want,
    Wantlist,
)
from discogs_async.types import UNSET, Unset

API = "https://api.discogs.com"
RATELIMIT = {"X-Discogs-Ratelimit": "60", "X-Discogs-Ratelimit-Used": "1", "X-Discogs-Ratelimit-Remaining": "59"}
ONE_PAGE = {"page": 1, "pages": 1, "per_page": 50, "items": 1, "urls": {}}

BASIC_INFORMATION: dict[str, Any] = {
    "id": 12934893,
    "master_id": 0,
    "master_url": None,
    "resource_url": f"{API}/releases/12934893",
    "thumb": "",
    "cover_image": "",
    "title": "Zonk",
    "year": 2018,
    "formats": [{"name": "Vinyl", "qty": "1", "text": "Purple", "descriptions": ["LP", "Album"]}],
    "labels": [
        {
            "name": "Permanent Record",
            "catno": "PR014",
            "entity_type": "1",
            "entity_type_name": "Label",
            "id": 833694,
            "resource_url": f"{API}/labels/833694",
        }
    ],
    "artists": [
        {
            "name": "Zoo Lake",
            "anv": "",
            "join": "",
            "role": "",
            "tracks": "",
            "id": 6868154,
            "resource_url": f"{API}/artists/6868154",
        }
    ],
    "genres": ["Rock"],
    "styles": ["Shoegaze"],
}
COLLECTION_ITEM: dict[str, Any] = {
    "id": 12934893,
    "instance_id": 431009995,
    "folder_id": 1,
    "date_added": "2020-01-19T14:19:11-08:00",
    "rating": 0,
    "basic_information": BASIC_INFORMATION,
    "notes": [{"field_id": 1, "value": "Mint (M)"}, {"field_id": 3, "value": ""}],
}
WANT: dict[str, Any] = {
    "id": 12934893,
    "resource_url": f"{API}/users/example/wants/12934893",
    "rating": 4,
    "date_added": "2022-01-22T04:32:49-08:00",
    "notes": "Purple vinyl only",
    "basic_information": BASIC_INFORMATION,
}
FOLDER: dict[str, Any] = {
    "id": 3,
    "name": "Shoegaze",
    "count": 0,
    "resource_url": f"{API}/users/example/collection/folders/3",
}
PROFILE: dict[str, Any] = {
    "id": 1861520,
    "username": "example",
    "name": "Example Sampleman",
    "resource_url": f"{API}/users/example",
    "uri": "https://www.discogs.com/user/example",
    "profile": "",
    "home_page": "https://example.com",
    "location": "Portland",
    "registered": "2013-05-26T05:59:09-07:00",
    "rank": 57.0,
    "rating_avg": 4.48,
    "num_collection": 414,
    "buyer_rating": 100.0,
    "buyer_rating_stars": 5.0,
    "seller_rating_stars": 5,
    "curr_abbr": "EUR",
    "email": "sampleman@example.com",
    "num_unread": 0,
    "activated": True,
}


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    """A plain client against the real base URL; pytest-httpx answers every request."""
    async with httpx.AsyncClient(base_url=API) as c:
        yield c


def _respond(httpx_mock: HTTPXMock, status: int = 200, body: Any = None) -> None:
    if body is None:
        httpx_mock.add_response(status_code=status, headers=RATELIMIT)
    else:
        httpx_mock.add_response(status_code=status, headers=RATELIMIT, json=body)


def _sent(httpx_mock: HTTPXMock, method: str, path: str) -> httpx.Request:
    """The one request sent, checked for its method and exact path."""
    requests = httpx_mock.get_requests()
    assert len(requests) == 1
    request = requests[0]
    assert request.method == method
    assert request.url.host == "api.discogs.com"
    assert request.url.raw_path.split(b"?")[0].decode() == path
    return request


def _query(request: httpx.Request) -> dict[str, list[str]]:
    return parse_qs(request.url.query.decode(), keep_blank_values=True)


# ---- User Identity ----


async def test_get_identity(httpx_mock: HTTPXMock, client: httpx.AsyncClient) -> None:
    body = {"id": 557870, "username": "R-Search", "resource_url": f"{API}/users/R-Search", "consumer_name": "MyApp"}
    _respond(httpx_mock, body=body)
    response = await get_identity(client=client)
    request = _sent(httpx_mock, "GET", "/oauth/identity")
    assert _query(request) == {}
    assert isinstance(response.parsed, Identity)
    assert response.parsed.username == "R-Search"
    assert response.parsed.consumer_name == "MyApp"
    assert response.headers["X-Discogs-Ratelimit-Remaining"] == "59"


async def test_get_profile_keeps_float_and_integer_numbers(httpx_mock: HTTPXMock, client: httpx.AsyncClient) -> None:
    _respond(httpx_mock, body=PROFILE)
    response = await get_profile("example", client=client)
    request = _sent(httpx_mock, "GET", "/users/example")
    assert _query(request) == {}
    assert isinstance(response.parsed, Profile)
    assert response.parsed.email == "sampleman@example.com"
    assert response.parsed.to_dict() == PROFILE
    # 57.0 stays a float and 5 stays an integer, so the JSON comes back unchanged.
    assert json.dumps(response.parsed.to_dict()["rank"]) == "57.0"
    assert json.dumps(response.parsed.to_dict()["seller_rating_stars"]) == "5"


async def test_edit_profile_sends_json_body(httpx_mock: HTTPXMock, client: httpx.AsyncClient) -> None:
    _respond(httpx_mock, body={**PROFILE, "location": "Berlin"})
    edit = ProfileEdit(name="Example Sampleman", location="Berlin", curr_abbr=CurrencyCode.EUR)
    response = await edit_profile("example", client=client, body=edit)
    request = _sent(httpx_mock, "POST", "/users/example")
    assert _query(request) == {}
    assert request.headers["Content-Type"] == "application/json"
    assert json.loads(request.content) == {"name": "Example Sampleman", "location": "Berlin", "curr_abbr": "EUR"}
    assert isinstance(response.parsed, Profile)
    assert response.parsed.location == "Berlin"


async def test_get_user_submissions_is_an_object_of_lists(httpx_mock: HTTPXMock, client: httpx.AsyncClient) -> None:
    body = {
        "pagination": ONE_PAGE,
        "submissions": {
            "releases": [{"id": 5531861, "title": "Love Of A Lifetime", "lowest_price": None}],
            "artists": [
                {
                    "id": 2773993,
                    "name": "Eldridge Gravy & The Court Supreme",
                    "members": ["Annie Yeargers", "Eldridge Gravy"],
                    "namevariations": ["EG&TCS"],
                    "data_quality": "Needs Vote",
                }
            ],
            "labels": [],
        },
    }
    _respond(httpx_mock, body=body)
    response = await get_user_submissions("shooezgirl", client=client, page=2, per_page=25)
    request = _sent(httpx_mock, "GET", "/users/shooezgirl/submissions")
    assert _query(request) == {"page": ["2"], "per_page": ["25"]}
    parsed = response.parsed
    assert isinstance(parsed, UserSubmissions)
    assert parsed.submissions.labels == []
    artists = parsed.submissions.artists
    assert not isinstance(artists, Unset)
    assert isinstance(artists[0], Artist)
    # A submitted artist's members are plain names, not member objects (QUIRKS.md C8/D3).
    assert artists[0].to_dict()["members"] == ["Annie Yeargers", "Eldridge Gravy"]
    assert parsed.to_dict() == body


async def test_get_user_contributions_sorted(httpx_mock: HTTPXMock, client: httpx.AsyncClient) -> None:
    body = {"pagination": ONE_PAGE, "contributions": [{"id": 5531933, "title": "After All", "year": 1989}]}
    _respond(httpx_mock, body=body)
    response = await get_user_contributions(
        "shooezgirl", client=client, sort=ContributionSort.ARTIST, sort_order=SortOrder.DESC, page=1, per_page=50
    )
    request = _sent(httpx_mock, "GET", "/users/shooezgirl/contributions")
    assert _query(request) == {"sort": ["artist"], "sort_order": ["desc"], "page": ["1"], "per_page": ["50"]}
    assert isinstance(response.parsed, UserContributions)
    assert isinstance(response.parsed.contributions[0], Release)
    assert response.parsed.to_dict() == body


# ---- User Collection ----


async def test_get_collection_folders(httpx_mock: HTTPXMock, client: httpx.AsyncClient) -> None:
    body = {
        "folders": [{"id": 0, "name": "All", "count": 95, "resource_url": f"{API}/users/example/collection/folders/0"}]
    }
    _respond(httpx_mock, body=body)
    response = await get_collection_folders("example", client=client)
    request = _sent(httpx_mock, "GET", "/users/example/collection/folders")
    assert _query(request) == {}
    assert isinstance(response.parsed, CollectionFolders)
    assert response.parsed.folders[0].name == "All"


async def test_create_collection_folder(httpx_mock: HTTPXMock, client: httpx.AsyncClient) -> None:
    _respond(httpx_mock, status=201, body=FOLDER)
    response = await create_collection_folder("example", client=client, body=CollectionFolderEdit(name="Shoegaze"))
    request = _sent(httpx_mock, "POST", "/users/example/collection/folders")
    assert json.loads(request.content) == {"name": "Shoegaze"}
    assert response.status_code == 201
    assert isinstance(response.parsed, CollectionFolder)
    assert response.parsed.id == 3


async def test_get_collection_folder(httpx_mock: HTTPXMock, client: httpx.AsyncClient) -> None:
    _respond(httpx_mock, body=FOLDER)
    response = await get_collection_folder("example", 3, client=client)
    request = _sent(httpx_mock, "GET", "/users/example/collection/folders/3")
    assert _query(request) == {}
    assert isinstance(response.parsed, CollectionFolder)
    assert response.parsed.count == 0


async def test_edit_collection_folder(httpx_mock: HTTPXMock, client: httpx.AsyncClient) -> None:
    _respond(httpx_mock, body={**FOLDER, "name": "Dream pop"})
    response = await edit_collection_folder("example", 3, client=client, body=CollectionFolderEdit(name="Dream pop"))
    request = _sent(httpx_mock, "POST", "/users/example/collection/folders/3")
    assert request.headers["Content-Type"] == "application/json"
    assert json.loads(request.content) == {"name": "Dream pop"}
    assert isinstance(response.parsed, CollectionFolder)
    assert response.parsed.name == "Dream pop"


async def test_delete_collection_folder(httpx_mock: HTTPXMock, client: httpx.AsyncClient) -> None:
    _respond(httpx_mock, status=204)
    response = await delete_collection_folder("example", 3, client=client)
    request = _sent(httpx_mock, "DELETE", "/users/example/collection/folders/3")
    assert request.content == b""
    assert response.status_code == 204
    assert response.parsed is None


async def test_get_collection_items_by_release(httpx_mock: HTTPXMock, client: httpx.AsyncClient) -> None:
    body = {"pagination": ONE_PAGE, "releases": [COLLECTION_ITEM]}
    _respond(httpx_mock, body=body)
    response = await get_collection_items_by_release("example", 12934893, client=client, per_page=10)
    request = _sent(httpx_mock, "GET", "/users/example/collection/releases/12934893")
    assert _query(request) == {"per_page": ["10"]}
    assert isinstance(response.parsed, CollectionItems)
    assert response.parsed.releases[0].instance_id == 431009995
    assert response.parsed.to_dict() == body


async def test_get_collection_items_by_folder_sorted(httpx_mock: HTTPXMock, client: httpx.AsyncClient) -> None:
    without_notes = {k: v for k, v in COLLECTION_ITEM.items() if k != "notes"}
    body = {"pagination": ONE_PAGE, "releases": [COLLECTION_ITEM, without_notes]}
    _respond(httpx_mock, body=body)
    response = await get_collection_items_by_folder(
        "example", 0, client=client, sort=CollectionSort.ADDED, sort_order=SortOrder.ASC, page=3, per_page=100
    )
    request = _sent(httpx_mock, "GET", "/users/example/collection/folders/0/releases")
    assert _query(request) == {"sort": ["added"], "sort_order": ["asc"], "page": ["3"], "per_page": ["100"]}
    parsed = response.parsed
    assert isinstance(parsed, CollectionItems)
    notes = parsed.releases[0].notes
    assert not isinstance(notes, Unset)
    assert [(n.field_id, n.value) for n in notes] == [(1, "Mint (M)"), (3, "")]
    assert parsed.releases[1].notes is UNSET
    info = parsed.releases[0].basic_information
    assert not isinstance(info, Unset)
    assert info.master_id == 0
    assert info.master_url is None
    assert parsed.to_dict() == body


async def test_add_to_collection_folder(httpx_mock: HTTPXMock, client: httpx.AsyncClient) -> None:
    body = {"instance_id": 3, "resource_url": f"{API}/users/example/collection/folders/1/release/130076/instance/3"}
    _respond(httpx_mock, status=201, body=body)
    response = await add_to_collection_folder("example", 1, 130076, client=client)
    request = _sent(httpx_mock, "POST", "/users/example/collection/folders/1/releases/130076")
    assert request.content == b""
    assert _query(request) == {}
    assert isinstance(response.parsed, CollectionInstance)
    assert response.parsed.instance_id == 3


async def test_change_rating_of_release_moves_and_rates(httpx_mock: HTTPXMock, client: httpx.AsyncClient) -> None:
    _respond(httpx_mock, status=204)
    edit = CollectionInstanceEdit(rating=5, folder_id=4)
    response = await change_rating_of_release("example", 3, 130076, 1, client=client, body=edit)
    request = _sent(httpx_mock, "POST", "/users/example/collection/folders/3/releases/130076/instances/1")
    assert request.headers["Content-Type"] == "application/json"
    assert json.loads(request.content) == {"rating": 5, "folder_id": 4}
    assert response.status_code == 204
    assert response.parsed is None


async def test_delete_instance_from_folder(httpx_mock: HTTPXMock, client: httpx.AsyncClient) -> None:
    _respond(httpx_mock, status=204)
    response = await delete_instance_from_folder("example", 3, 130076, 1, client=client)
    _sent(httpx_mock, "DELETE", "/users/example/collection/folders/3/releases/130076/instances/1")
    assert response.status_code == 204


async def test_get_collection_fields(httpx_mock: HTTPXMock, client: httpx.AsyncClient) -> None:
    body = {
        "fields": [
            {"id": 1, "name": "Media", "position": 1, "public": True, "type": "dropdown", "options": ["Mint (M)"]},
            {"id": 3, "name": "Notes", "position": 3, "public": False, "type": "textarea", "lines": 3},
        ]
    }
    _respond(httpx_mock, body=body)
    response = await get_collection_fields("example", client=client)
    request = _sent(httpx_mock, "GET", "/users/example/collection/fields")
    assert _query(request) == {}
    assert isinstance(response.parsed, CollectionFields)
    dropdown, textarea = response.parsed.fields
    assert dropdown.type_ == CollectionFieldType.DROPDOWN
    assert dropdown.options == ["Mint (M)"]
    assert textarea.lines == 3
    assert textarea.options is UNSET
    assert response.parsed.to_dict() == body


async def test_edit_fields_instance_sends_value_in_query(httpx_mock: HTTPXMock, client: httpx.AsyncClient) -> None:
    _respond(httpx_mock, status=204)
    response = await edit_fields_instance("example", 3, 130076, 1, 8, client=client, value="Near Mint (NM or M-)")
    request = _sent(httpx_mock, "POST", "/users/example/collection/folders/3/releases/130076/instances/1/fields/8")
    assert _query(request) == {"value": ["Near Mint (NM or M-)"]}
    assert request.content == b""
    assert response.status_code == 204


async def test_get_collection_value_keeps_currency_text(httpx_mock: HTTPXMock, client: httpx.AsyncClient) -> None:
    body = {"minimum": "€120.09", "median": "€178.10", "maximum": "€295.96"}
    _respond(httpx_mock, body=body)
    response = await get_collection_value("example", client=client)
    request = _sent(httpx_mock, "GET", "/users/example/collection/value")
    assert _query(request) == {}
    assert isinstance(response.parsed, CollectionValue)
    assert response.parsed.median == "€178.10"


# ---- User Wantlist ----


async def test_get_wantlist(httpx_mock: HTTPXMock, client: httpx.AsyncClient) -> None:
    body = {"pagination": ONE_PAGE, "wants": [WANT]}
    _respond(httpx_mock, body=body)
    response = await get_wantlist("example", client=client, page=1, per_page=5)
    request = _sent(httpx_mock, "GET", "/users/example/wants")
    assert _query(request) == {"page": ["1"], "per_page": ["5"]}
    assert isinstance(response.parsed, Wantlist)
    assert response.parsed.wants[0].notes == "Purple vinyl only"
    assert response.parsed.wants[0].date_added == "2022-01-22T04:32:49-08:00"
    assert response.parsed.to_dict() == body


@pytest.mark.parametrize("status", [200, 201])
async def test_add_to_wantlist_accepts_200_and_201(
    httpx_mock: HTTPXMock, client: httpx.AsyncClient, status: int
) -> None:
    _respond(httpx_mock, status=status, body=WANT)
    response = await add_to_wantlist("example", 12934893, client=client, notes="Purple vinyl only", rating=4)
    request = _sent(httpx_mock, "PUT", "/users/example/wants/12934893")
    assert _query(request) == {"notes": ["Purple vinyl only"], "rating": ["4"]}
    assert request.content == b""
    assert response.status_code == status
    assert isinstance(response.parsed, Want)
    assert response.parsed.rating == 4


async def test_edit_release_in_wantlist(httpx_mock: HTTPXMock, client: httpx.AsyncClient) -> None:
    _respond(httpx_mock, body={**WANT, "rating": 0, "notes": "any pressing"})
    response = await edit_release_in_wantlist("example", 12934893, client=client, notes="any pressing", rating=0)
    request = _sent(httpx_mock, "POST", "/users/example/wants/12934893")
    assert _query(request) == {"notes": ["any pressing"], "rating": ["0"]}
    assert isinstance(response.parsed, Want)
    assert response.parsed.notes == "any pressing"


async def test_delete_release_from_wantlist(httpx_mock: HTTPXMock, client: httpx.AsyncClient) -> None:
    _respond(httpx_mock, status=204)
    response = await delete_release_from_wantlist("example", 12934893, client=client)
    request = _sent(httpx_mock, "DELETE", "/users/example/wants/12934893")
    assert _query(request) == {}
    assert response.status_code == 204


# ---- User Lists ----


async def test_get_user_lists(httpx_mock: HTTPXMock, client: httpx.AsyncClient) -> None:
    body = {
        "pagination": {
            "page": 2,
            "pages": 2,
            "per_page": 1,
            "items": 2,
            "urls": {"first": f"{API}/x", "prev": f"{API}/x"},
        },
        "lists": [
            {
                "id": 1,
                "name": "favourites",
                "description": "",
                "public": False,
                "date_added": "2016-05-31T10:30:51-07:00",
                "date_changed": "2016-05-31T10:30:51-07:00",
                "uri": "https://www.discogs.com/lists/favourites/1",
                "resource_url": f"{API}/lists/1",
            }
        ],
    }
    _respond(httpx_mock, body=body)
    response = await get_user_lists("rodneyfool", client=client, page=2, per_page=1)
    request = _sent(httpx_mock, "GET", "/users/rodneyfool/lists")
    assert _query(request) == {"page": ["2"], "per_page": ["1"]}
    assert isinstance(response.parsed, UserLists)
    assert response.parsed.lists[0].public is False
    assert response.parsed.to_dict() == body


async def test_get_list_reads_the_real_shape(httpx_mock: HTTPXMock, client: httpx.AsyncClient) -> None:
    body = {
        "id": 190092,
        "user": {"id": 146945, "avatar_url": "", "username": "_morning", "resource_url": f"{API}/users/_morning"},
        "name": "desert island",
        "description": "",
        "public": True,
        "date_added": "2014-01-05T12:05:39-08:00",
        "date_changed": "2021-05-15T12:38:03-07:00",
        "uri": "https://www.discogs.com/lists/desert-island/190092",
        "resource_url": f"{API}/lists/190092",
        "image_url": "",
        "items": [
            {
                "type": "master",
                "id": 481,
                "comment": "",
                "uri": "https://www.discogs.com/master/481",
                "resource_url": f"{API}/masters/481",
                "image_url": "",
                "display_title": "Aphex Twin - Selected Ambient Works Volume II",
                "stats": {"community": {"in_wantlist": 965, "in_collection": 4112}},
            }
        ],
    }
    _respond(httpx_mock, body=body)
    response = await get_list(190092, client=client)
    request = _sent(httpx_mock, "GET", "/lists/190092")
    assert _query(request) == {}
    parsed = response.parsed
    assert isinstance(parsed, UserList)
    assert parsed.id == 190092
    assert parsed.date_changed == "2021-05-15T12:38:03-07:00"
    items = parsed.items
    assert not isinstance(items, Unset)
    assert items[0].type_ == ListItemType.MASTER
    stats = items[0].stats
    assert not isinstance(stats, Unset)
    assert not isinstance(stats.community, Unset)
    assert stats.community.in_collection == 4112
    assert parsed.to_dict() == body


async def test_get_list_still_reads_the_documented_shape(httpx_mock: HTTPXMock, client: httpx.AsyncClient) -> None:
    body = {
        "list_id": 2,
        "created_ts": "2016-05-31T10:36:30-07:00",
        "modified_ts": "2016-05-31T13:46:12-07:00",
        "url": "https://www.discogs.com/lists/new-list/2",
        "name": "new list",
        "items": [{"id": 3227, "type": "artist", "comment": "This is an artist", "display_title": "Silent Phase"}],
        "resource_url": f"{API}/lists/2",
        "public": False,
        "description": "What a cool list!",
    }
    _respond(httpx_mock, body=body)
    response = await get_list(2, client=client)
    _sent(httpx_mock, "GET", "/lists/2")
    assert isinstance(response.parsed, UserList)
    assert response.parsed.list_id == 2
    assert response.parsed.created_ts == "2016-05-31T10:36:30-07:00"
    assert response.parsed.id is UNSET
    assert response.parsed.to_dict() == body
