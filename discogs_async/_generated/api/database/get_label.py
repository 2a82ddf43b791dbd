from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...constraints import BODY, PARAMETERS
from ...models.label import Label
from ...types import Endpoint, Response, loads


def request_args(
    label_id: int,
) -> dict[str, Any]:
    """The request for GET /labels/{label_id}: Get Label, as keyword arguments of httpx.AsyncClient.build_request."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/labels/{label_id}".format(
            label_id=quote(str(label_id), safe=""),
        ),
    }

    return _kwargs


def _parse(response: httpx.Response) -> Label:
    if response.status_code == 200:
        response_200 = Label.from_dict(loads(response.content))

        return response_200

    raise errors.UnexpectedStatus(response)


def parse_response(response: httpx.Response) -> Label:
    """The body of a response to GET /labels/{label_id}: Get Label, as its model.

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
    label_id: int,
    *,
    client: httpx.AsyncClient,
) -> Response[Label]:
    """GET /labels/{label_id}: Get Label

    Returns the parsed body with the status and headers.
    """
    kwargs = request_args(
        label_id=label_id,
    )
    response = await client.request(**kwargs)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(response),
    )


async def asyncio(
    label_id: int,
    *,
    client: httpx.AsyncClient,
) -> Label:
    """GET /labels/{label_id}: Get Label"""
    return (
        await asyncio_detailed(
            label_id=label_id,
            client=client,
        )
    ).parsed


ENDPOINT: Endpoint[Label] = Endpoint(
    method="GET",
    path="/labels/{label_id}",
    request=request_args,
    parse=parse_response,
    parameters=PARAMETERS.get("database.get_label", {}),
    body=BODY.get("database.get_label", {}),
)
"""GET /labels/{label_id}: Get Label"""
