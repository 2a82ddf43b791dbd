from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...constraints import BODY, PARAMETERS
from ...models.artist_releases_page import ArtistReleasesPage
from ...models.artist_releases_sort import ArtistReleasesSort
from ...models.sort_order import SortOrder
from ...types import UNSET, Endpoint, Response, Unset, loads


def request_args(
    artist_id: int,
    *,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    sort: ArtistReleasesSort | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
) -> dict[str, Any]:
    """The request for GET /artists/{artist_id}/releases: Get an Artist's Releases, as keyword arguments of httpx.AsyncClient.build_request."""

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order.value

    params["sort_order"] = json_sort_order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/artists/{artist_id}/releases".format(
            artist_id=quote(str(artist_id), safe=""),
        ),
    }
    if params:  # none given: no query string to merge into the URL
        _kwargs["params"] = params

    return _kwargs


def _parse(response: httpx.Response) -> ArtistReleasesPage:
    if response.status_code == 200:
        response_200 = ArtistReleasesPage.from_dict(loads(response.content))

        return response_200

    raise errors.UnexpectedStatus(response)


def parse_response(response: httpx.Response) -> ArtistReleasesPage:
    """The body of a response to GET /artists/{artist_id}/releases: Get an Artist's Releases, as its model.

    Raises errors.UnexpectedStatus for a status the operation does not answer with on success, and
    errors.UnparseableResponse when the body does not match the spec.
    """
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response)
    try:
        return _parse(response)
    except errors.UnexpectedStatus:
        raise
    except (KeyError, TypeError, ValueError, AttributeError, IndexError, RecursionError) as exc:
        raise errors.UnparseableResponse(response, exc) from exc


async def asyncio_detailed(
    artist_id: int,
    *,
    client: httpx.AsyncClient,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    sort: ArtistReleasesSort | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
) -> Response[ArtistReleasesPage]:
    """GET /artists/{artist_id}/releases: Get an Artist's Releases

    Returns the parsed body with the status and headers.
    """
    kwargs = request_args(
        artist_id=artist_id,
        page=page,
        per_page=per_page,
        sort=sort,
        sort_order=sort_order,
    )
    response = await client.request(**kwargs)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(response),
    )


async def asyncio(
    artist_id: int,
    *,
    client: httpx.AsyncClient,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    sort: ArtistReleasesSort | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
) -> ArtistReleasesPage:
    """GET /artists/{artist_id}/releases: Get an Artist's Releases"""
    return (
        await asyncio_detailed(
            artist_id=artist_id,
            client=client,
            page=page,
            per_page=per_page,
            sort=sort,
            sort_order=sort_order,
        )
    ).parsed


ENDPOINT: Endpoint[ArtistReleasesPage] = Endpoint(
    method="GET",
    path="/artists/{artist_id}/releases",
    request=request_args,
    parse=parse_response,
    parameters=PARAMETERS.get("database.get_artist_releases", {}),
    body=BODY.get("database.get_artist_releases", {}),
)
"""GET /artists/{artist_id}/releases: Get an Artist's Releases"""
