from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...constraints import BODY, PARAMETERS
from ...models.release_rating_update import ReleaseRatingUpdate
from ...models.user_release_rating import UserReleaseRating
from ...types import Endpoint, Response, loads


def request_args(
    release_id: int,
    username: str,
    *,
    body: ReleaseRatingUpdate,
) -> dict[str, Any]:
    """The request for PUT /releases/{release_id}/rating/{username}: Update Release Rating By User, as keyword arguments of httpx.AsyncClient.build_request."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/releases/{release_id}/rating/{username}".format(
            release_id=quote(str(release_id), safe=""),
            username=quote(str(username), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse(response: httpx.Response) -> UserReleaseRating:
    if response.status_code == 200:
        response_200 = UserReleaseRating.from_dict(loads(response.content))

        return response_200

    raise errors.UnexpectedStatus(response)


def parse_response(response: httpx.Response) -> UserReleaseRating:
    """The body of a response to PUT /releases/{release_id}/rating/{username}: Update Release Rating By User, as its model.

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
    release_id: int,
    username: str,
    *,
    client: httpx.AsyncClient,
    body: ReleaseRatingUpdate,
) -> Response[UserReleaseRating]:
    """PUT /releases/{release_id}/rating/{username}: Update Release Rating By User

    Returns the parsed body with the status and headers.
    """
    kwargs = request_args(
        release_id=release_id,
        username=username,
        body=body,
    )
    response = await client.request(**kwargs)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(response),
    )


async def asyncio(
    release_id: int,
    username: str,
    *,
    client: httpx.AsyncClient,
    body: ReleaseRatingUpdate,
) -> UserReleaseRating:
    """PUT /releases/{release_id}/rating/{username}: Update Release Rating By User"""
    return (
        await asyncio_detailed(
            release_id=release_id,
            username=username,
            client=client,
            body=body,
        )
    ).parsed


ENDPOINT: Endpoint[UserReleaseRating] = Endpoint(
    method="PUT",
    path="/releases/{release_id}/rating/{username}",
    request=request_args,
    parse=parse_response,
    parameters=PARAMETERS.get("database.update_release_rating_by_user", {}),
    body=BODY.get("database.update_release_rating_by_user", {}),
)
"""PUT /releases/{release_id}/rating/{username}: Update Release Rating By User"""
