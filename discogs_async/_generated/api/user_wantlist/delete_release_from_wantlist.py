from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...constraints import BODY, PARAMETERS
from ...types import Endpoint, Response


def request_args(
    username: str,
    release_id: int,
) -> dict[str, Any]:
    """The request for DELETE /users/{username}/wants/{release_id}: Delete Release From Wantlist, as keyword arguments of httpx.AsyncClient.build_request."""

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/users/{username}/wants/{release_id}".format(
            username=quote(str(username), safe=""),
            release_id=quote(str(release_id), safe=""),
        ),
    }

    return _kwargs


def _parse(response: httpx.Response) -> None:
    if response.status_code == 204:
        return None
    raise errors.UnexpectedStatus(response)


def parse_response(response: httpx.Response) -> None:
    """The body of a response to DELETE /users/{username}/wants/{release_id}: Delete Release From Wantlist, as its model.

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
) -> Response[None]:
    """DELETE /users/{username}/wants/{release_id}: Delete Release From Wantlist

    Returns the parsed body with the status and headers.
    """
    kwargs = request_args(
        username=username,
        release_id=release_id,
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
    username: str,
    release_id: int,
    *,
    client: httpx.AsyncClient,
) -> None:
    """DELETE /users/{username}/wants/{release_id}: Delete Release From Wantlist"""
    await asyncio_detailed(
        username=username,
        release_id=release_id,
        client=client,
    )


ENDPOINT: Endpoint[None] = Endpoint(
    method="DELETE",
    path="/users/{username}/wants/{release_id}",
    request=request_args,
    parse=parse_response,
    parameters=PARAMETERS.get("user_wantlist.delete_release_from_wantlist", {}),
    body=BODY.get("user_wantlist.delete_release_from_wantlist", {}),
)
"""DELETE /users/{username}/wants/{release_id}: Delete Release From Wantlist"""
