from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...constraints import BODY, PARAMETERS
from ...models.collection_folder import CollectionFolder
from ...models.collection_folder_edit import CollectionFolderEdit
from ...types import Endpoint, Response, loads


def request_args(
    username: str,
    folder_id: int,
    *,
    body: CollectionFolderEdit,
) -> dict[str, Any]:
    """The request for POST /users/{username}/collection/folders/{folder_id}: Edit Folder, as keyword arguments of httpx.AsyncClient.build_request."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/users/{username}/collection/folders/{folder_id}".format(
            username=quote(str(username), safe=""),
            folder_id=quote(str(folder_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse(response: httpx.Response) -> CollectionFolder:
    if response.status_code == 200:
        response_200 = CollectionFolder.from_dict(loads(response.content))

        return response_200

    raise errors.UnexpectedStatus(response)


def parse_response(response: httpx.Response) -> CollectionFolder:
    """The body of a response to POST /users/{username}/collection/folders/{folder_id}: Edit Folder, as its model.

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
    *,
    client: httpx.AsyncClient,
    body: CollectionFolderEdit,
) -> Response[CollectionFolder]:
    """POST /users/{username}/collection/folders/{folder_id}: Edit Folder

    Returns the parsed body with the status and headers.
    """
    kwargs = request_args(
        username=username,
        folder_id=folder_id,
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
    username: str,
    folder_id: int,
    *,
    client: httpx.AsyncClient,
    body: CollectionFolderEdit,
) -> CollectionFolder:
    """POST /users/{username}/collection/folders/{folder_id}: Edit Folder"""
    return (
        await asyncio_detailed(
            username=username,
            folder_id=folder_id,
            client=client,
            body=body,
        )
    ).parsed


ENDPOINT: Endpoint[CollectionFolder] = Endpoint(
    method="POST",
    path="/users/{username}/collection/folders/{folder_id}",
    request=request_args,
    parse=parse_response,
    parameters=PARAMETERS.get("user_collection.edit_collection_folder", {}),
    body=BODY.get("user_collection.edit_collection_folder", {}),
)
"""POST /users/{username}/collection/folders/{folder_id}: Edit Folder"""
