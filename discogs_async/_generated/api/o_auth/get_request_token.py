from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/oauth/request_token",
    }

    return _kwargs


def _parse(response: httpx.Response) -> str:
    if response.status_code == 200:
        response_200 = response.text
        if type(response_200) is not str and not (isinstance(response_200, str)):
            raise TypeError(f"response_200: expected a string, got {type(response_200).__name__}")

        return response_200

    raise errors.UnexpectedStatus(response)


def parse_response(response: httpx.Response) -> str:
    """The body of a response to GET /oauth/request_token: Request token, as its model.

    Raises errors.UnexpectedStatus for a status the operation does not answer with on success, and
    errors.UnparseableResponse when the body does not match the spec.
    """
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response)
    try:
        return _parse(response)
    except errors.UnexpectedStatus:
        raise
    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise errors.UnparseableResponse(response, exc) from exc


async def asyncio_detailed(
    *,
    client: httpx.AsyncClient,
) -> Response[str]:
    """GET /oauth/request_token: Request token

    Returns the parsed body with the status and headers.
    """
    kwargs = _get_kwargs()
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
    """GET /oauth/request_token: Request token"""
    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
