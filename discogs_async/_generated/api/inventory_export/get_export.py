from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...constraints import BODY, PARAMETERS
from ...models.inventory_export import InventoryExport
from ...types import UNSET, Endpoint, Response, Unset, loads


def request_args(
    id: int,
    *,
    if_modified_since: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request for GET /inventory/export/{id}: Get an export, as keyword arguments of httpx.AsyncClient.build_request."""
    headers: dict[str, Any] = {}
    if not isinstance(if_modified_since, Unset):
        headers["If-Modified-Since"] = if_modified_since

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/inventory/export/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse(response: httpx.Response) -> InventoryExport:
    if response.status_code == 200:
        response_200 = InventoryExport.from_dict(loads(response.content))

        return response_200

    raise errors.UnexpectedStatus(response)


def parse_response(response: httpx.Response) -> InventoryExport:
    """The body of a response to GET /inventory/export/{id}: Get an export, as its model.

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
    id: int,
    *,
    client: httpx.AsyncClient,
    if_modified_since: str | Unset = UNSET,
) -> Response[InventoryExport]:
    """GET /inventory/export/{id}: Get an export

    Returns the parsed body with the status and headers.
    """
    kwargs = request_args(
        id=id,
        if_modified_since=if_modified_since,
    )
    response = await client.request(**kwargs)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(response),
    )


async def asyncio(
    id: int,
    *,
    client: httpx.AsyncClient,
    if_modified_since: str | Unset = UNSET,
) -> InventoryExport:
    """GET /inventory/export/{id}: Get an export"""
    return (
        await asyncio_detailed(
            id=id,
            client=client,
            if_modified_since=if_modified_since,
        )
    ).parsed


ENDPOINT: Endpoint[InventoryExport] = Endpoint(
    method="GET",
    path="/inventory/export/{id}",
    request=request_args,
    parse=parse_response,
    parameters=PARAMETERS.get("inventory_export.get_export", {}),
    body=BODY.get("inventory_export.get_export", {}),
)
"""GET /inventory/export/{id}: Get an export"""
