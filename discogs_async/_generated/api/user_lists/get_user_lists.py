from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...constraints import BODY, PARAMETERS
from ...models.user_lists import UserLists
from ...types import UNSET, Endpoint, Response, Unset, loads


def request_args(
    username: str,
    *,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> dict[str, Any]:
    """The request for GET /users/{username}/lists: Get Lists, as keyword arguments of httpx.AsyncClient.build_request."""

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/users/{username}/lists".format(
            username=quote(str(username), safe=""),
        ),
    }
    if params:  # none given: no query string to merge into the URL
        _kwargs["params"] = params

    return _kwargs


def _parse(response: httpx.Response) -> UserLists:
    if response.status_code == 200:
        response_200 = UserLists.from_dict(loads(response.content))

        return response_200

    raise errors.UnexpectedStatus(response)


def parse_response(response: httpx.Response) -> UserLists:
    """The body of a response to GET /users/{username}/lists: Get Lists, as its model.

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
    username: str,
    *,
    client: httpx.AsyncClient,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> Response[UserLists]:
    """GET /users/{username}/lists: Get Lists

    Returns the parsed body with the status and headers.
    """
    kwargs = request_args(
        username=username,
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
    username: str,
    *,
    client: httpx.AsyncClient,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> UserLists:
    """GET /users/{username}/lists: Get Lists"""
    return (
        await asyncio_detailed(
            username=username,
            client=client,
            page=page,
            per_page=per_page,
        )
    ).parsed


ENDPOINT: Endpoint[UserLists] = Endpoint(
    method="GET",
    path="/users/{username}/lists",
    request=request_args,
    parse=parse_response,
    parameters=PARAMETERS.get("user_lists.get_user_lists", {}),
    body=BODY.get("user_lists.get_user_lists", {}),
)
"""GET /users/{username}/lists: Get Lists"""
