from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...constraints import BODY, PARAMETERS
from ...models.order_list import OrderList
from ...models.order_sort import OrderSort
from ...models.order_status_filter import OrderStatusFilter
from ...models.sort_order import SortOrder
from ...types import UNSET, Endpoint, Response, Unset, loads


def request_args(
    *,
    status: OrderStatusFilter | Unset = UNSET,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
    archived: bool | Unset = UNSET,
    sort: OrderSort | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> dict[str, Any]:
    """The request for GET /marketplace/orders: List Orders, as keyword arguments of httpx.AsyncClient.build_request."""

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["created_after"] = created_after

    params["created_before"] = created_before

    params["archived"] = archived

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order.value

    params["sort_order"] = json_sort_order

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/marketplace/orders",
    }
    if params:  # none given: no query string to merge into the URL
        _kwargs["params"] = params

    return _kwargs


def _parse(response: httpx.Response) -> OrderList:
    if response.status_code == 200:
        response_200 = OrderList.from_dict(loads(response.content))

        return response_200

    raise errors.UnexpectedStatus(response)


def parse_response(response: httpx.Response) -> OrderList:
    """The body of a response to GET /marketplace/orders: List Orders, as its model.

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
    *,
    client: httpx.AsyncClient,
    status: OrderStatusFilter | Unset = UNSET,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
    archived: bool | Unset = UNSET,
    sort: OrderSort | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> Response[OrderList]:
    """GET /marketplace/orders: List Orders

    Returns the parsed body with the status and headers.
    """
    kwargs = request_args(
        status=status,
        created_after=created_after,
        created_before=created_before,
        archived=archived,
        sort=sort,
        sort_order=sort_order,
        page=page,
        per_page=per_page,
    )
    response = await client.request(**kwargs)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(response),
    )


async def asyncio(
    *,
    client: httpx.AsyncClient,
    status: OrderStatusFilter | Unset = UNSET,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
    archived: bool | Unset = UNSET,
    sort: OrderSort | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> OrderList:
    """GET /marketplace/orders: List Orders"""
    return (
        await asyncio_detailed(
            client=client,
            status=status,
            created_after=created_after,
            created_before=created_before,
            archived=archived,
            sort=sort,
            sort_order=sort_order,
            page=page,
            per_page=per_page,
        )
    ).parsed


ENDPOINT: Endpoint[OrderList] = Endpoint(
    method="GET",
    path="/marketplace/orders",
    request=request_args,
    parse=parse_response,
    parameters=PARAMETERS.get("marketplace.list_orders", {}),
    body=BODY.get("marketplace.list_orders", {}),
)
"""GET /marketplace/orders: List Orders"""
