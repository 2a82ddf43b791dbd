from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...constraints import BODY, PARAMETERS
from ...models.currency_code import CurrencyCode
from ...models.fee import Fee
from ...types import Endpoint, Response, loads


def request_args(
    price: float,
    currency: CurrencyCode,
) -> dict[str, Any]:
    """The request for GET /marketplace/fee/{price}/{currency}: Fee with currency, as keyword arguments of httpx.AsyncClient.build_request."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/marketplace/fee/{price}/{currency}".format(
            price=quote(str(price), safe=""),
            currency=quote(str(currency), safe=""),
        ),
    }

    return _kwargs


def _parse(response: httpx.Response) -> Fee:
    if response.status_code == 200:
        response_200 = Fee.from_dict(loads(response.content))

        return response_200

    raise errors.UnexpectedStatus(response)


def parse_response(response: httpx.Response) -> Fee:
    """The body of a response to GET /marketplace/fee/{price}/{currency}: Fee with currency, as its model.

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
    price: float,
    currency: CurrencyCode,
    *,
    client: httpx.AsyncClient,
) -> Response[Fee]:
    """GET /marketplace/fee/{price}/{currency}: Fee with currency

    Returns the parsed body with the status and headers.
    """
    kwargs = request_args(
        price=price,
        currency=currency,
    )
    response = await client.request(**kwargs)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(response),
    )


async def asyncio(
    price: float,
    currency: CurrencyCode,
    *,
    client: httpx.AsyncClient,
) -> Fee:
    """GET /marketplace/fee/{price}/{currency}: Fee with currency"""
    return (
        await asyncio_detailed(
            price=price,
            currency=currency,
            client=client,
        )
    ).parsed


ENDPOINT: Endpoint[Fee] = Endpoint(
    method="GET",
    path="/marketplace/fee/{price}/{currency}",
    request=request_args,
    parse=parse_response,
    parameters=PARAMETERS.get("marketplace.get_fee_with_currency", {}),
    body=BODY.get("marketplace.get_fee_with_currency", {}),
)
"""GET /marketplace/fee/{price}/{currency}: Fee with currency"""
