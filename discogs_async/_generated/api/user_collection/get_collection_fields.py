from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...constraints import BODY, PARAMETERS
from ...models.collection_fields import CollectionFields
from ...types import Endpoint, Response, loads


def request_args(
    username: str,
) -> dict[str, Any]:
    """The request for GET /users/{username}/collection/fields: List Fields, as keyword arguments of httpx.AsyncClient.build_request."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/users/{username}/collection/fields".format(
            username=quote(str(username), safe=""),
        ),
    }

    return _kwargs


def _parse(response: httpx.Response) -> CollectionFields:
    if response.status_code == 200:
        response_200 = CollectionFields.from_dict(loads(response.content))

        return response_200

    raise errors.UnexpectedStatus(response)


def parse_response(response: httpx.Response) -> CollectionFields:
    """The body of a response to GET /users/{username}/collection/fields: List Fields, as its model.

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
    *,
    client: httpx.AsyncClient,
) -> Response[CollectionFields]:
    """GET /users/{username}/collection/fields: List Fields

    Returns the parsed body with the status and headers.
    """
    kwargs = request_args(
        username=username,
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
    *,
    client: httpx.AsyncClient,
) -> CollectionFields:
    """GET /users/{username}/collection/fields: List Fields"""
    return (
        await asyncio_detailed(
            username=username,
            client=client,
        )
    ).parsed


ENDPOINT: Endpoint[CollectionFields] = Endpoint(
    method="GET",
    path="/users/{username}/collection/fields",
    request=request_args,
    parse=parse_response,
    parameters=PARAMETERS.get("user_collection.get_collection_fields", {}),
    body=BODY.get("user_collection.get_collection_fields", {}),
)
"""GET /users/{username}/collection/fields: List Fields"""
