from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...constraints import BODY, PARAMETERS
from ...models.currency_code import CurrencyCode
from ...types import UNSET, Endpoint, Response, Unset


def request_args(
    listing_id: int,
    *,
    curr_abbr: CurrencyCode | Unset = UNSET,
) -> dict[str, Any]:
    """The request for DELETE /marketplace/listings/{listing_id}: Delete A Listing, as keyword arguments of httpx.AsyncClient.build_request."""

    params: dict[str, Any] = {}

    json_curr_abbr: str | Unset = UNSET
    if not isinstance(curr_abbr, Unset):
        json_curr_abbr = curr_abbr.value

    params["curr_abbr"] = json_curr_abbr

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/marketplace/listings/{listing_id}".format(
            listing_id=quote(str(listing_id), safe=""),
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
    """The body of a response to DELETE /marketplace/listings/{listing_id}: Delete A Listing, as its model.

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
    listing_id: int,
    *,
    client: httpx.AsyncClient,
    curr_abbr: CurrencyCode | Unset = UNSET,
) -> Response[None]:
    """DELETE /marketplace/listings/{listing_id}: Delete A Listing

    Returns the parsed body with the status and headers.
    """
    kwargs = request_args(
        listing_id=listing_id,
        curr_abbr=curr_abbr,
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
    listing_id: int,
    *,
    client: httpx.AsyncClient,
    curr_abbr: CurrencyCode | Unset = UNSET,
) -> None:
    """DELETE /marketplace/listings/{listing_id}: Delete A Listing"""
    await asyncio_detailed(
        listing_id=listing_id,
        client=client,
        curr_abbr=curr_abbr,
    )


ENDPOINT: Endpoint[None] = Endpoint(
    method="DELETE",
    path="/marketplace/listings/{listing_id}",
    request=request_args,
    parse=parse_response,
    parameters=PARAMETERS.get("marketplace.delete_listing", {}),
    body=BODY.get("marketplace.delete_listing", {}),
)
"""DELETE /marketplace/listings/{listing_id}: Delete A Listing"""
