from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...constraints import BODY, PARAMETERS
from ...models.master_versions_page import MasterVersionsPage
from ...models.master_versions_sort import MasterVersionsSort
from ...models.sort_order import SortOrder
from ...types import UNSET, Endpoint, Response, Unset, loads


def request_args(
    master_id: int,
    *,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    format_: str | Unset = UNSET,
    label: str | Unset = UNSET,
    released: str | Unset = UNSET,
    country: str | Unset = UNSET,
    sort: MasterVersionsSort | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
) -> dict[str, Any]:
    """The request for GET /masters/{master_id}/versions: Get all Master versions, as keyword arguments of httpx.AsyncClient.build_request."""

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    params["format"] = format_

    params["label"] = label

    params["released"] = released

    params["country"] = country

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
        "url": "/masters/{master_id}/versions".format(
            master_id=quote(str(master_id), safe=""),
        ),
    }
    if params:  # none given: no query string to merge into the URL
        _kwargs["params"] = params

    return _kwargs


def _parse(response: httpx.Response) -> MasterVersionsPage:
    if response.status_code == 200:
        response_200 = MasterVersionsPage.from_dict(loads(response.content))

        return response_200

    raise errors.UnexpectedStatus(response)


def parse_response(response: httpx.Response) -> MasterVersionsPage:
    """The body of a response to GET /masters/{master_id}/versions: Get all Master versions, as its model.

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
    master_id: int,
    *,
    client: httpx.AsyncClient,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    format_: str | Unset = UNSET,
    label: str | Unset = UNSET,
    released: str | Unset = UNSET,
    country: str | Unset = UNSET,
    sort: MasterVersionsSort | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
) -> Response[MasterVersionsPage]:
    """GET /masters/{master_id}/versions: Get all Master versions

    Returns the parsed body with the status and headers.
    """
    kwargs = request_args(
        master_id=master_id,
        page=page,
        per_page=per_page,
        format_=format_,
        label=label,
        released=released,
        country=country,
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
    master_id: int,
    *,
    client: httpx.AsyncClient,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    format_: str | Unset = UNSET,
    label: str | Unset = UNSET,
    released: str | Unset = UNSET,
    country: str | Unset = UNSET,
    sort: MasterVersionsSort | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
) -> MasterVersionsPage:
    """GET /masters/{master_id}/versions: Get all Master versions"""
    return (
        await asyncio_detailed(
            master_id=master_id,
            client=client,
            page=page,
            per_page=per_page,
            format_=format_,
            label=label,
            released=released,
            country=country,
            sort=sort,
            sort_order=sort_order,
        )
    ).parsed


ENDPOINT: Endpoint[MasterVersionsPage] = Endpoint(
    method="GET",
    path="/masters/{master_id}/versions",
    request=request_args,
    parse=parse_response,
    parameters=PARAMETERS.get("database.get_master_release_versions", {}),
    body=BODY.get("database.get_master_release_versions", {}),
)
"""GET /masters/{master_id}/versions: Get all Master versions"""
