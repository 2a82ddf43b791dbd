from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...constraints import BODY, PARAMETERS
from ...models.want import Want
from ...types import UNSET, Endpoint, Response, Unset, loads


def request_args(
    username: str,
    release_id: int,
    *,
    notes: str | Unset = UNSET,
    rating: int | Unset = UNSET,
) -> dict[str, Any]:
    """The request for PUT /users/{username}/wants/{release_id}: Add To Wantlist, as keyword arguments of httpx.AsyncClient.build_request."""

    params: dict[str, Any] = {}

    params["notes"] = notes

    params["rating"] = rating

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/users/{username}/wants/{release_id}".format(
            username=quote(str(username), safe=""),
            release_id=quote(str(release_id), safe=""),
        ),
    }
    if params:  # none given: no query string to merge into the URL
        _kwargs["params"] = params

    return _kwargs


def _parse(response: httpx.Response) -> Want:
    if response.status_code == 200:
        response_200 = Want.from_dict(loads(response.content))

        return response_200

    if response.status_code == 201:
        response_201 = Want.from_dict(loads(response.content))

        return response_201

    raise errors.UnexpectedStatus(response)


def parse_response(response: httpx.Response) -> Want:
    """The body of a response to PUT /users/{username}/wants/{release_id}: Add To Wantlist, as its model.

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
    release_id: int,
    *,
    client: httpx.AsyncClient,
    notes: str | Unset = UNSET,
    rating: int | Unset = UNSET,
) -> Response[Want]:
    """PUT /users/{username}/wants/{release_id}: Add To Wantlist

    Returns the parsed body with the status and headers.
    """
    kwargs = request_args(
        username=username,
        release_id=release_id,
        notes=notes,
        rating=rating,
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
    release_id: int,
    *,
    client: httpx.AsyncClient,
    notes: str | Unset = UNSET,
    rating: int | Unset = UNSET,
) -> Want:
    """PUT /users/{username}/wants/{release_id}: Add To Wantlist"""
    return (
        await asyncio_detailed(
            username=username,
            release_id=release_id,
            client=client,
            notes=notes,
            rating=rating,
        )
    ).parsed


ENDPOINT: Endpoint[Want] = Endpoint(
    method="PUT",
    path="/users/{username}/wants/{release_id}",
    request=request_args,
    parse=parse_response,
    parameters=PARAMETERS.get("user_wantlist.add_to_wantlist", {}),
    body=BODY.get("user_wantlist.add_to_wantlist", {}),
)
"""PUT /users/{username}/wants/{release_id}: Add To Wantlist"""
