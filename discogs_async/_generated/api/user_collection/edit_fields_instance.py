from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...constraints import BODY, PARAMETERS
from ...types import UNSET, Endpoint, Response


def request_args(
    username: str,
    folder_id: int,
    release_id: int,
    instance_id: int,
    field_id: int,
    *,
    value: str,
) -> dict[str, Any]:
    """The request for POST /users/{username}/collection/folders/{folder_id}/releases/{release_id}/inst
    ances/{instance_id}/fields/{field_id}: Edit Fields, as keyword arguments of httpx.AsyncClient.build_request."""

    params: dict[str, Any] = {}

    params["value"] = value

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/users/{username}/collection/folders/{folder_id}/releases/{release_id}/instances/{instance_id}/fields/{field_id}".format(
            username=quote(str(username), safe=""),
            folder_id=quote(str(folder_id), safe=""),
            release_id=quote(str(release_id), safe=""),
            instance_id=quote(str(instance_id), safe=""),
            field_id=quote(str(field_id), safe=""),
        ),
    }
    if params:  # none given: no query string to merge into the URL
        _kwargs["params"] = params

    return _kwargs


def _parse(response: httpx.Response) -> None:
    if response.status_code == 204:
        return None
    raise errors.UnexpectedStatus(response)


def parse_response(response: httpx.Response) -> None:
    """The body of a response to POST /users/{username}/collection/folders/{folder_id}/releases/{release_id}/inst
    ances/{instance_id}/fields/{field_id}: Edit Fields, as its model.

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
    instance_id: int,
    field_id: int,
    *,
    client: httpx.AsyncClient,
    value: str,
) -> Response[None]:
    """POST /users/{username}/collection/folders/{folder_id}/releases/{release_id}/instances/{instance_id}/
    fields/{field_id}: Edit Fields

    Returns the parsed body with the status and headers.
    """
    kwargs = request_args(
        username=username,
        folder_id=folder_id,
        release_id=release_id,
        instance_id=instance_id,
        field_id=field_id,
        value=value,
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
    release_id: int,
    instance_id: int,
    field_id: int,
    *,
    client: httpx.AsyncClient,
    value: str,
) -> None:
    """POST /users/{username}/collection/folders/{folder_id}/releases/{release_id}/instances/{instance_id}/
    fields/{field_id}: Edit Fields"""
    await asyncio_detailed(
        username=username,
        folder_id=folder_id,
        release_id=release_id,
        instance_id=instance_id,
        field_id=field_id,
        client=client,
        value=value,
    )


ENDPOINT: Endpoint[None] = Endpoint(
    method="POST",
    path="/users/{username}/collection/folders/{folder_id}/releases/{release_id}/instances/{instance_id}/fields/{field_id}",
    request=request_args,
    parse=parse_response,
    parameters=PARAMETERS.get("user_collection.edit_fields_instance", {}),
    body=BODY.get("user_collection.edit_fields_instance", {}),
)
"""POST /users/{username}/collection/folders/{folder_id}/releases/{release_id}/instances/{instance_id}/
fields/{field_id}: Edit Fields"""
