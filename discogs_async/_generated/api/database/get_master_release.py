from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...constraints import BODY, PARAMETERS
from ...models.master import Master
from ...types import Endpoint, Response, loads


def request_args(
    master_id: int,
) -> dict[str, Any]:
    """The request for GET /masters/{master_id}: Get Master, as keyword arguments of httpx.AsyncClient.build_request."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/masters/{master_id}".format(
            master_id=quote(str(master_id), safe=""),
        ),
    }

    return _kwargs


def _parse(response: httpx.Response) -> Master:
    if response.status_code == 200:
        response_200 = Master.from_dict(loads(response.content))

        return response_200

    raise errors.UnexpectedStatus(response)


def parse_response(response: httpx.Response) -> Master:
    """The body of a response to GET /masters/{master_id}: Get Master, as its model.

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
) -> Response[Master]:
    """GET /masters/{master_id}: Get Master

    Returns the parsed body with the status and headers.
    """
    kwargs = request_args(
        master_id=master_id,
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
) -> Master:
    """GET /masters/{master_id}: Get Master"""
    return (
        await asyncio_detailed(
            master_id=master_id,
            client=client,
        )
    ).parsed


ENDPOINT: Endpoint[Master] = Endpoint(
    method="GET",
    path="/masters/{master_id}",
    request=request_args,
    parse=parse_response,
    parameters=PARAMETERS.get("database.get_master_release", {}),
    body=BODY.get("database.get_master_release", {}),
)
"""GET /masters/{master_id}: Get Master"""
