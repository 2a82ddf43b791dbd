from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...constraints import BODY, PARAMETERS
from ...models.inventory_upload_list import InventoryUploadList
from ...types import UNSET, Endpoint, Response, Unset, loads


def request_args(
    *,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> dict[str, Any]:
    """The request for GET /inventory/upload: Get recent uploads, as keyword arguments of httpx.AsyncClient.build_request."""

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/inventory/upload",
    }
    if params:  # none given: no query string to merge into the URL
        _kwargs["params"] = params

    return _kwargs


def _parse(response: httpx.Response) -> InventoryUploadList:
    if response.status_code == 200:
        response_200 = InventoryUploadList.from_dict(loads(response.content))

        return response_200

    raise errors.UnexpectedStatus(response)


def parse_response(response: httpx.Response) -> InventoryUploadList:
    """The body of a response to GET /inventory/upload: Get recent uploads, as its model.

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
) -> Response[InventoryUploadList]:
    """GET /inventory/upload: Get recent uploads

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
) -> InventoryUploadList:
    """GET /inventory/upload: Get recent uploads"""
    return (
        await asyncio_detailed(
            client=client,
            page=page,
            per_page=per_page,
        )
    ).parsed


ENDPOINT: Endpoint[InventoryUploadList] = Endpoint(
    method="GET",
    path="/inventory/upload",
    request=request_args,
    parse=parse_response,
    parameters=PARAMETERS.get("inventory_upload.get_recent_uploads", {}),
    body=BODY.get("inventory_upload.get_recent_uploads", {}),
)
"""GET /inventory/upload: Get recent uploads"""
