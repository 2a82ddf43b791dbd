from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...constraints import BODY, PARAMETERS
from ...models.order import Order
from ...types import Endpoint, Response, loads


def request_args(
    order_id: str,
) -> dict[str, Any]:
    """The request for GET /marketplace/orders/{order_id}: Get Order, as keyword arguments of httpx.AsyncClient.build_request."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/marketplace/orders/{order_id}".format(
            order_id=quote(str(order_id), safe=""),
        ),
    }

    return _kwargs


def _parse(response: httpx.Response) -> Order:
    if response.status_code == 200:
        response_200 = Order.from_dict(loads(response.content))

        return response_200

    raise errors.UnexpectedStatus(response)


def parse_response(response: httpx.Response) -> Order:
    """The body of a response to GET /marketplace/orders/{order_id}: Get Order, as its model.

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
) -> Response[Order]:
    """GET /marketplace/orders/{order_id}: Get Order

    Returns the parsed body with the status and headers.
    """
    kwargs = request_args(
        order_id=order_id,
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
) -> Order:
    """GET /marketplace/orders/{order_id}: Get Order"""
    return (
        await asyncio_detailed(
            order_id=order_id,
            client=client,
        )
    ).parsed


ENDPOINT: Endpoint[Order] = Endpoint(
    method="GET",
    path="/marketplace/orders/{order_id}",
    request=request_args,
    parse=parse_response,
    parameters=PARAMETERS.get("marketplace.get_order", {}),
    body=BODY.get("marketplace.get_order", {}),
)
"""GET /marketplace/orders/{order_id}: Get Order"""
