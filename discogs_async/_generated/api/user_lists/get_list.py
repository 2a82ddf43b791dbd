from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...constraints import BODY, PARAMETERS
from ...models.user_list import UserList
from ...types import Endpoint, Response, loads


def request_args(
    list_id: int,
) -> dict[str, Any]:
    """The request for GET /lists/{list_id}: Get List Items, as keyword arguments of httpx.AsyncClient.build_request."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/lists/{list_id}".format(
            list_id=quote(str(list_id), safe=""),
        ),
    }

    return _kwargs


def _parse(response: httpx.Response) -> UserList:
    if response.status_code == 200:
        response_200 = UserList.from_dict(loads(response.content))

        return response_200

    raise errors.UnexpectedStatus(response)


def parse_response(response: httpx.Response) -> UserList:
    """The body of a response to GET /lists/{list_id}: Get List Items, as its model.

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
    list_id: int,
    *,
    client: httpx.AsyncClient,
) -> Response[UserList]:
    """GET /lists/{list_id}: Get List Items

    Returns the parsed body with the status and headers.
    """
    kwargs = request_args(
        list_id=list_id,
    )
    response = await client.request(**kwargs)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(response),
    )


async def asyncio(
    list_id: int,
    *,
    client: httpx.AsyncClient,
) -> UserList:
    """GET /lists/{list_id}: Get List Items"""
    return (
        await asyncio_detailed(
            list_id=list_id,
            client=client,
        )
    ).parsed


ENDPOINT: Endpoint[UserList] = Endpoint(
    method="GET",
    path="/lists/{list_id}",
    request=request_args,
    parse=parse_response,
    parameters=PARAMETERS.get("user_lists.get_list", {}),
    body=BODY.get("user_lists.get_list", {}),
)
"""GET /lists/{list_id}: Get List Items"""
