from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...constraints import BODY, PARAMETERS
from ...models.order_message import OrderMessage
from ...models.order_message_input import OrderMessageInput
from ...types import Endpoint, Response, loads


def request_args(
    order_id: str,
    *,
    body: OrderMessageInput,
) -> dict[str, Any]:
    """The request for POST /marketplace/orders/{order_id}/messages: Add New Message, as keyword arguments of httpx.AsyncClient.build_request."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/marketplace/orders/{order_id}/messages".format(
            order_id=quote(str(order_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse(response: httpx.Response) -> OrderMessage:
    if response.status_code == 201:
        response_201 = OrderMessage.from_dict(loads(response.content))

        return response_201

    raise errors.UnexpectedStatus(response)


def parse_response(response: httpx.Response) -> OrderMessage:
    """The body of a response to POST /marketplace/orders/{order_id}/messages: Add New Message, as its model.

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
    order_id: str,
    *,
    client: httpx.AsyncClient,
    body: OrderMessageInput,
) -> Response[OrderMessage]:
    """POST /marketplace/orders/{order_id}/messages: Add New Message

    Returns the parsed body with the status and headers.
    """
    kwargs = request_args(
        order_id=order_id,
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
    order_id: str,
    *,
    client: httpx.AsyncClient,
    body: OrderMessageInput,
) -> OrderMessage:
    """POST /marketplace/orders/{order_id}/messages: Add New Message"""
    return (
        await asyncio_detailed(
            order_id=order_id,
            client=client,
            body=body,
        )
    ).parsed


ENDPOINT: Endpoint[OrderMessage] = Endpoint(
    method="POST",
    path="/marketplace/orders/{order_id}/messages",
    request=request_args,
    parse=parse_response,
    parameters=PARAMETERS.get("marketplace.add_order_message", {}),
    body=BODY.get("marketplace.add_order_message", {}),
)
"""POST /marketplace/orders/{order_id}/messages: Add New Message"""
