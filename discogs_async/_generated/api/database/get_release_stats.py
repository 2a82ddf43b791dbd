from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...constraints import BODY, PARAMETERS
from ...models.release_stats import ReleaseStats
from ...types import Endpoint, Response, loads


def request_args(
    release_id: int,
) -> dict[str, Any]:
    """The request for GET /releases/{release_id}/stats: Get Release Stats, as keyword arguments of httpx.AsyncClient.build_request."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/releases/{release_id}/stats".format(
            release_id=quote(str(release_id), safe=""),
        ),
    }

    return _kwargs


def _parse(response: httpx.Response) -> ReleaseStats:
    if response.status_code == 200:
        response_200 = ReleaseStats.from_dict(loads(response.content))

        return response_200

    raise errors.UnexpectedStatus(response)


def parse_response(response: httpx.Response) -> ReleaseStats:
    """The body of a response to GET /releases/{release_id}/stats: Get Release Stats, as its model.

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
) -> Response[ReleaseStats]:
    """GET /releases/{release_id}/stats: Get Release Stats

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
) -> ReleaseStats:
    """GET /releases/{release_id}/stats: Get Release Stats"""
    return (
        await asyncio_detailed(
            release_id=release_id,
            client=client,
        )
    ).parsed


ENDPOINT: Endpoint[ReleaseStats] = Endpoint(
    method="GET",
    path="/releases/{release_id}/stats",
    request=request_args,
    parse=parse_response,
    parameters=PARAMETERS.get("database.get_release_stats", {}),
    body=BODY.get("database.get_release_stats", {}),
)
"""GET /releases/{release_id}/stats: Get Release Stats"""
