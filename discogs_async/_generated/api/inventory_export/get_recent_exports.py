from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...constraints import BODY, PARAMETERS
from ...models.inventory_export_list import InventoryExportList
from ...types import UNSET, Endpoint, Response, Unset, loads


def request_args(
    *,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> dict[str, Any]:
    """The request for GET /inventory/export: Get recent exports, as keyword arguments of httpx.AsyncClient.build_request."""

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/inventory/export",
    }
    if params:  # none given: no query string to merge into the URL
        _kwargs["params"] = params

    return _kwargs


def _parse(response: httpx.Response) -> InventoryExportList:
    if response.status_code == 200:
        response_200 = InventoryExportList.from_dict(loads(response.content))

        return response_200

    raise errors.UnexpectedStatus(response)


def parse_response(response: httpx.Response) -> InventoryExportList:
    """The body of a response to GET /inventory/export: Get recent exports, as its model.

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
    *,
    client: httpx.AsyncClient,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> Response[InventoryExportList]:
    """GET /inventory/export: Get recent exports

    Returns the parsed body with the status and headers.
    """
    kwargs = request_args(
        page=page,
        per_page=per_page,
    )
    response = await client.request(**kwargs)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(response),
    )


async def asyncio(
    *,
    client: httpx.AsyncClient,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> InventoryExportList:
    """GET /inventory/export: Get recent exports"""
    return (
        await asyncio_detailed(
            client=client,
            page=page,
            per_page=per_page,
        )
    ).parsed


ENDPOINT: Endpoint[InventoryExportList] = Endpoint(
    method="GET",
    path="/inventory/export",
    request=request_args,
    parse=parse_response,
    parameters=PARAMETERS.get("inventory_export.get_recent_exports", {}),
    body=BODY.get("inventory_export.get_recent_exports", {}),
)
"""GET /inventory/export: Get recent exports"""
