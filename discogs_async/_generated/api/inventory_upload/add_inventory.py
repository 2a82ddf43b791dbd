from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...constraints import BODY, PARAMETERS
from ...models.inventory_csv_upload import InventoryCsvUpload
from ...types import Endpoint, Response


def request_args(
    *,
    body: InventoryCsvUpload,
) -> dict[str, Any]:
    """The request for POST /inventory/upload/add: Add inventory, as keyword arguments of httpx.AsyncClient.build_request."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/inventory/upload/add",
    }

    _kwargs["files"] = body.to_multipart()

    return _kwargs


def _parse(response: httpx.Response) -> None:
    if response.status_code == 200:
        return None
    raise errors.UnexpectedStatus(response)


def parse_response(response: httpx.Response) -> None:
    """The body of a response to POST /inventory/upload/add: Add inventory, as its model.

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
    body: InventoryCsvUpload,
) -> Response[None]:
    """POST /inventory/upload/add: Add inventory

    Returns the parsed body with the status and headers.
    """
    kwargs = request_args(
        body=body,
    )
    response = await client.request(**kwargs)
    parse_response(response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=None,
    )


async def asyncio(
    *,
    client: httpx.AsyncClient,
    body: InventoryCsvUpload,
) -> None:
    """POST /inventory/upload/add: Add inventory"""
    await asyncio_detailed(
        client=client,
        body=body,
    )


ENDPOINT: Endpoint[None] = Endpoint(
    method="POST",
    path="/inventory/upload/add",
    request=request_args,
    parse=parse_response,
    parameters=PARAMETERS.get("inventory_upload.add_inventory", {}),
    body=BODY.get("inventory_upload.add_inventory", {}),
)
"""POST /inventory/upload/add: Add inventory"""
