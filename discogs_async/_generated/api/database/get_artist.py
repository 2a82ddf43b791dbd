from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...constraints import BODY, PARAMETERS
from ...models.artist import Artist
from ...types import Endpoint, Response, loads


def request_args(
    artist_id: int,
) -> dict[str, Any]:
    """The request for GET /artists/{artist_id}: Get Artist, as keyword arguments of httpx.AsyncClient.build_request."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/artists/{artist_id}".format(
            artist_id=quote(str(artist_id), safe=""),
        ),
    }

    return _kwargs


def _parse(response: httpx.Response) -> Artist:
    if response.status_code == 200:
        response_200 = Artist.from_dict(loads(response.content))

        return response_200

    raise errors.UnexpectedStatus(response)


def parse_response(response: httpx.Response) -> Artist:
    """The body of a response to GET /artists/{artist_id}: Get Artist, as its model.

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
    artist_id: int,
    *,
    client: httpx.AsyncClient,
) -> Response[Artist]:
    """GET /artists/{artist_id}: Get Artist

    Returns the parsed body with the status and headers.
    """
    kwargs = request_args(
        artist_id=artist_id,
    )
    response = await client.request(**kwargs)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(response),
    )


async def asyncio(
    artist_id: int,
    *,
    client: httpx.AsyncClient,
) -> Artist:
    """GET /artists/{artist_id}: Get Artist"""
    return (
        await asyncio_detailed(
            artist_id=artist_id,
            client=client,
        )
    ).parsed


ENDPOINT: Endpoint[Artist] = Endpoint(
    method="GET",
    path="/artists/{artist_id}",
    request=request_args,
    parse=parse_response,
    parameters=PARAMETERS.get("database.get_artist", {}),
    body=BODY.get("database.get_artist", {}),
)
"""GET /artists/{artist_id}: Get Artist"""
