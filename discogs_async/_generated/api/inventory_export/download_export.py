from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...constraints import BODY, PARAMETERS
from ...types import Endpoint, Response


def request_args(
    id: int,
) -> dict[str, Any]:
    """The request for GET /inventory/export/{id}/download: Download an export, as keyword arguments of httpx.AsyncClient.build_request."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/inventory/export/{id}/download".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse(response: httpx.Response) -> str:
    if response.status_code == 200:
        response_200 = response.text
        if not (isinstance(response_200, str)):
            raise TypeError(f"response_200: expected a string, got {type(response_200).__name__}")

        return response_200

    raise errors.UnexpectedStatus(response)


def parse_response(response: httpx.Response) -> str:
    """The body of a response to GET /inventory/export/{id}/download: Download an export, as its model.

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
) -> Response[str]:
    """GET /inventory/export/{id}/download: Download an export

    Returns the parsed body with the status and headers.
    """
    kwargs = request_args(
        id=id,
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
) -> str:
    """GET /inventory/export/{id}/download: Download an export"""
    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed


ENDPOINT: Endpoint[str] = Endpoint(
    method="GET",
    path="/inventory/export/{id}/download",
    request=request_args,
    parse=parse_response,
    parameters=PARAMETERS.get("inventory_export.download_export", {}),
    body=BODY.get("inventory_export.download_export", {}),
)
"""GET /inventory/export/{id}/download: Download an export"""
