from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.collection_instance import CollectionInstance
from ...types import Response


def _get_kwargs(
    username: str,
    folder_id: int,
    release_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/users/{username}/collection/folders/{folder_id}/releases/{release_id}".format(
            username=quote(str(username), safe=""),
            folder_id=quote(str(folder_id), safe=""),
            release_id=quote(str(release_id), safe=""),
        ),
    }

    return _kwargs


def _parse(response: httpx.Response) -> CollectionInstance:
    if response.status_code == 201:
        response_201 = CollectionInstance.from_dict(response.json())

        return response_201

    raise errors.UnexpectedStatus(response)


def parse_response(response: httpx.Response) -> CollectionInstance:
    """The body of a response to POST /users/{username}/collection/folders/{folder_id}/releases/{release_id}: Add
    Release, as its model.

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
    release_id: int,
    *,
    client: httpx.AsyncClient,
) -> Response[CollectionInstance]:
    """POST /users/{username}/collection/folders/{folder_id}/releases/{release_id}: Add Release

    Returns the parsed body with the status and headers.
    """
    kwargs = _get_kwargs(
        username=username,
        folder_id=folder_id,
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
    username: str,
    folder_id: int,
    release_id: int,
    *,
    client: httpx.AsyncClient,
) -> CollectionInstance:
    """POST /users/{username}/collection/folders/{folder_id}/releases/{release_id}: Add Release"""
    return (
        await asyncio_detailed(
            username=username,
            folder_id=folder_id,
            release_id=release_id,
            client=client,
        )
    ).parsed
