from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...constraints import BODY, PARAMETERS
from ...types import Endpoint, Response


def request_args(
    release_id: int,
    username: str,
) -> dict[str, Any]:
    """The request for DELETE /releases/{release_id}/rating/{username}: Delete Release Rating By User, as keyword arguments of httpx.AsyncClient.build_request."""

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/releases/{release_id}/rating/{username}".format(
            release_id=quote(str(release_id), safe=""),
            username=quote(str(username), safe=""),
        ),
    }

    return _kwargs


def _parse(response: httpx.Response) -> None:
    if response.status_code == 204:
        return None
    raise errors.UnexpectedStatus(response)


def parse_response(response: httpx.Response) -> None:
    """The body of a response to DELETE /releases/{release_id}/rating/{username}: Delete Release Rating By User, as its model.

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
) -> Response[None]:
    """DELETE /releases/{release_id}/rating/{username}: Delete Release Rating By User

    Returns the parsed body with the status and headers.
    """
    kwargs = request_args(
        release_id=release_id,
        username=username,
    )
    response = await client.request(**kwargs)
    parse_response(response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=None,
    )


async def asyncio(
    release_id: int,
    username: str,
    *,
    client: httpx.AsyncClient,
) -> None:
    """DELETE /releases/{release_id}/rating/{username}: Delete Release Rating By User"""
    await asyncio_detailed(
        release_id=release_id,
        username=username,
        client=client,
    )


ENDPOINT: Endpoint[None] = Endpoint(
    method="DELETE",
    path="/releases/{release_id}/rating/{username}",
    request=request_args,
    parse=parse_response,
    parameters=PARAMETERS.get("database.delete_release_rating_by_user", {}),
    body=BODY.get("database.delete_release_rating_by_user", {}),
)
"""DELETE /releases/{release_id}/rating/{username}: Delete Release Rating By User"""
