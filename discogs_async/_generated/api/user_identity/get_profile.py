from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...constraints import BODY, PARAMETERS
from ...models.profile import Profile
from ...types import Endpoint, Response, loads


def request_args(
    username: str,
) -> dict[str, Any]:
    """The request for GET /users/{username}: Get Profile, as keyword arguments of httpx.AsyncClient.build_request."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/users/{username}".format(
            username=quote(str(username), safe=""),
        ),
    }

    return _kwargs


def _parse(response: httpx.Response) -> Profile:
    if response.status_code == 200:
        response_200 = Profile.from_dict(loads(response.content))

        return response_200

    raise errors.UnexpectedStatus(response)


def parse_response(response: httpx.Response) -> Profile:
    """The body of a response to GET /users/{username}: Get Profile, as its model.

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
) -> Response[Profile]:
    """GET /users/{username}: Get Profile

    Returns the parsed body with the status and headers.
    """
    kwargs = request_args(
        username=username,
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
) -> Profile:
    """GET /users/{username}: Get Profile"""
    return (
        await asyncio_detailed(
            username=username,
            client=client,
        )
    ).parsed


ENDPOINT: Endpoint[Profile] = Endpoint(
    method="GET",
    path="/users/{username}",
    request=request_args,
    parse=parse_response,
    parameters=PARAMETERS.get("user_identity.get_profile", {}),
    body=BODY.get("user_identity.get_profile", {}),
)
"""GET /users/{username}: Get Profile"""
