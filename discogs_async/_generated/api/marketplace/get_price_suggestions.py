from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...constraints import BODY, PARAMETERS
from ...models.price_suggestions import PriceSuggestions
from ...types import Endpoint, Response, loads


def request_args(
    release_id: int,
) -> dict[str, Any]:
    """The request for GET /marketplace/price_suggestions/{release_id}: Get Price Suggestions, as keyword arguments of httpx.AsyncClient.build_request."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/marketplace/price_suggestions/{release_id}".format(
            release_id=quote(str(release_id), safe=""),
        ),
    }

    return _kwargs


def _parse(response: httpx.Response) -> PriceSuggestions:
    if response.status_code == 200:
        response_200 = PriceSuggestions.from_dict(loads(response.content))

        return response_200

    raise errors.UnexpectedStatus(response)


def parse_response(response: httpx.Response) -> PriceSuggestions:
    """The body of a response to GET /marketplace/price_suggestions/{release_id}: Get Price Suggestions, as its model.

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
    release_id: int,
    *,
    client: httpx.AsyncClient,
) -> Response[PriceSuggestions]:
    """GET /marketplace/price_suggestions/{release_id}: Get Price Suggestions

    Returns the parsed body with the status and headers.
    """
    kwargs = request_args(
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
    release_id: int,
    *,
    client: httpx.AsyncClient,
) -> PriceSuggestions:
    """GET /marketplace/price_suggestions/{release_id}: Get Price Suggestions"""
    return (
        await asyncio_detailed(
            release_id=release_id,
            client=client,
        )
    ).parsed


ENDPOINT: Endpoint[PriceSuggestions] = Endpoint(
    method="GET",
    path="/marketplace/price_suggestions/{release_id}",
    request=request_args,
    parse=parse_response,
    parameters=PARAMETERS.get("marketplace.get_price_suggestions", {}),
    body=BODY.get("marketplace.get_price_suggestions", {}),
)
"""GET /marketplace/price_suggestions/{release_id}: Get Price Suggestions"""
