from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...constraints import BODY, PARAMETERS
from ...models.identity import Identity
from ...types import Endpoint, Response, loads


def request_args() -> dict[str, Any]:
    """The request for GET /oauth/identity: Get Identity, as keyword arguments of httpx.AsyncClient.build_request."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/oauth/identity",
    }

    return _kwargs


def _parse(response: httpx.Response) -> Identity:
    if response.status_code == 200:
        response_200 = Identity.from_dict(loads(response.content))

        return response_200

    raise errors.UnexpectedStatus(response)


def parse_response(response: httpx.Response) -> Identity:
    """The body of a response to GET /oauth/identity: Get Identity, as its model.

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
) -> Response[Identity]:
    """GET /oauth/identity: Get Identity

    Returns the parsed body with the status and headers.
    """
    kwargs = request_args()
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
) -> Identity:
    """GET /oauth/identity: Get Identity"""
    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed


ENDPOINT: Endpoint[Identity] = Endpoint(
    method="GET",
    path="/oauth/identity",
    request=request_args,
    parse=parse_response,
    parameters=PARAMETERS.get("user_identity.get_identity", {}),
    body=BODY.get("user_identity.get_identity", {}),
)
"""GET /oauth/identity: Get Identity"""
