from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...constraints import BODY, PARAMETERS
from ...models.listing_input import ListingInput
from ...models.new_listing import NewListing
from ...types import Endpoint, Response, loads


def request_args(
    *,
    body: ListingInput,
) -> dict[str, Any]:
    """The request for POST /marketplace/listings: Create New Listing, as keyword arguments of httpx.AsyncClient.build_request."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/marketplace/listings",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse(response: httpx.Response) -> NewListing:
    if response.status_code == 201:
        response_201 = NewListing.from_dict(loads(response.content))

        return response_201

    raise errors.UnexpectedStatus(response)


def parse_response(response: httpx.Response) -> NewListing:
    """The body of a response to POST /marketplace/listings: Create New Listing, as its model.

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
    body: ListingInput,
) -> Response[NewListing]:
    """POST /marketplace/listings: Create New Listing

    Returns the parsed body with the status and headers.
    """
    kwargs = request_args(
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
    *,
    client: httpx.AsyncClient,
    body: ListingInput,
) -> NewListing:
    """POST /marketplace/listings: Create New Listing"""
    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


ENDPOINT: Endpoint[NewListing] = Endpoint(
    method="POST",
    path="/marketplace/listings",
    request=request_args,
    parse=parse_response,
    parameters=PARAMETERS.get("marketplace.create_listing", {}),
    body=BODY.get("marketplace.create_listing", {}),
)
"""POST /marketplace/listings: Create New Listing"""
