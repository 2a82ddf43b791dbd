from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...constraints import BODY, PARAMETERS
from ...models.collection_instance import CollectionInstance
from ...types import Endpoint, Response, loads


def request_args(
    username: str,
    folder_id: int,
    release_id: int,
) -> dict[str, Any]:
    """The request for POST /users/{username}/collection/folders/{folder_id}/releases/{release_id}: Add
    Release, as keyword arguments of httpx.AsyncClient.build_request."""

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
        response_201 = CollectionInstance.from_dict(loads(response.content))

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
    except (KeyError, TypeError, ValueError, AttributeError, IndexError, RecursionError) as exc:
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
    kwargs = request_args(
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


ENDPOINT: Endpoint[CollectionInstance] = Endpoint(
    method="POST",
    path="/users/{username}/collection/folders/{folder_id}/releases/{release_id}",
    request=request_args,
    parse=parse_response,
    parameters=PARAMETERS.get("user_collection.add_to_collection_folder", {}),
    body=BODY.get("user_collection.add_to_collection_folder", {}),
)
"""POST /users/{username}/collection/folders/{folder_id}/releases/{release_id}: Add Release"""
