from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...constraints import BODY, PARAMETERS
from ...models.community_release_rating import CommunityReleaseRating
from ...types import Endpoint, Response, loads


def request_args(
    release_id: int,
) -> dict[str, Any]:
    """The request for GET /releases/{release_id}/rating: Get Community Release Rating, as keyword arguments of httpx.AsyncClient.build_request."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/releases/{release_id}/rating".format(
            release_id=quote(str(release_id), safe=""),
        ),
    }

    return _kwargs


def _parse(response: httpx.Response) -> CommunityReleaseRating:
    if response.status_code == 200:
        response_200 = CommunityReleaseRating.from_dict(loads(response.content))

        return response_200

    raise errors.UnexpectedStatus(response)


def parse_response(response: httpx.Response) -> CommunityReleaseRating:
    """The body of a response to GET /releases/{release_id}/rating: Get Community Release Rating, as its model.

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
    *,
    client: httpx.AsyncClient,
) -> Response[CommunityReleaseRating]:
    """GET /releases/{release_id}/rating: Get Community Release Rating

    Returns the parsed body with the status and headers.
    """
    kwargs = request_args(
        release_id=release_id,
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
    *,
    client: httpx.AsyncClient,
) -> CommunityReleaseRating:
    """GET /releases/{release_id}/rating: Get Community Release Rating"""
    return (
        await asyncio_detailed(
            release_id=release_id,
            client=client,
        )
    ).parsed


ENDPOINT: Endpoint[CommunityReleaseRating] = Endpoint(
    method="GET",
    path="/releases/{release_id}/rating",
    request=request_args,
    parse=parse_response,
    parameters=PARAMETERS.get("database.get_community_release_rating", {}),
    body=BODY.get("database.get_community_release_rating", {}),
)
"""GET /releases/{release_id}/rating: Get Community Release Rating"""
