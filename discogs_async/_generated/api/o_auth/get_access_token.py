from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...constraints import BODY, PARAMETERS
from ...types import Endpoint, Response


def request_args() -> dict[str, Any]:
    """The request for POST /oauth/access_token: Access token, as keyword arguments of httpx.AsyncClient.build_request."""

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/oauth/access_token",
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
    """The body of a response to POST /oauth/access_token: Access token, as its model.

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
) -> Response[str]:
    """POST /oauth/access_token: Access token

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
) -> str:
    """POST /oauth/access_token: Access token"""
    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed


ENDPOINT: Endpoint[str] = Endpoint(
    method="POST",
    path="/oauth/access_token",
    request=request_args,
    parse=parse_response,
    parameters=PARAMETERS.get("o_auth.get_access_token", {}),
    body=BODY.get("o_auth.get_access_token", {}),
)
"""POST /oauth/access_token: Access token"""
