from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import Response


def _get_kwargs(
    username: str,
    folder_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/users/{username}/collection/folders/{folder_id}".format(
            username=quote(str(username), safe=""),
            folder_id=quote(str(folder_id), safe=""),
        ),
    }

    return _kwargs


def _parse(response: httpx.Response) -> None:
    if response.status_code == 204:
        return None
    raise errors.UnexpectedStatus(response)


def parse_response(response: httpx.Response) -> None:
    """The body of a response to DELETE /users/{username}/collection/folders/{folder_id}: Delete Folder, as its model.

    Raises errors.UnexpectedStatus for a status the operation does not answer with on success, and
    errors.UnparseableResponse when the body does not match the spec.
    """
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response)
    try:
        return _parse(response)
    except errors.UnexpectedStatus:
        raise
    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise errors.UnparseableResponse(response, exc) from exc


async def asyncio_detailed(
    username: str,
    folder_id: int,
    *,
    client: httpx.AsyncClient,
) -> Response[None]:
    """DELETE /users/{username}/collection/folders/{folder_id}: Delete Folder

    Returns the parsed body with the status and headers.
    """
    kwargs = _get_kwargs(
        username=username,
        folder_id=folder_id,
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
    folder_id: int,
    *,
    client: httpx.AsyncClient,
) -> None:
    """DELETE /users/{username}/collection/folders/{folder_id}: Delete Folder"""
    await asyncio_detailed(
        username=username,
        folder_id=folder_id,
        client=client,
    )
