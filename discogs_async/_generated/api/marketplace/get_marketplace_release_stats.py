from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...constraints import BODY, PARAMETERS
from ...models.currency_code import CurrencyCode
from ...models.marketplace_release_stats import MarketplaceReleaseStats
from ...types import UNSET, Endpoint, Response, Unset, loads


def request_args(
    release_id: int,
    *,
    curr_abbr: CurrencyCode | Unset = UNSET,
) -> dict[str, Any]:
    """The request for GET /marketplace/stats/{release_id}: Get Marketplace Stats, as keyword arguments of httpx.AsyncClient.build_request."""

    params: dict[str, Any] = {}

    json_curr_abbr: str | Unset = UNSET
    if not isinstance(curr_abbr, Unset):
        json_curr_abbr = curr_abbr.value

    params["curr_abbr"] = json_curr_abbr

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/marketplace/stats/{release_id}".format(
            release_id=quote(str(release_id), safe=""),
        ),
    }
    if params:  # none given: no query string to merge into the URL
        _kwargs["params"] = params

    return _kwargs


def _parse(response: httpx.Response) -> MarketplaceReleaseStats:
    if response.status_code == 200:
        response_200 = MarketplaceReleaseStats.from_dict(loads(response.content))

        return response_200

    raise errors.UnexpectedStatus(response)


def parse_response(response: httpx.Response) -> MarketplaceReleaseStats:
    """The body of a response to GET /marketplace/stats/{release_id}: Get Marketplace Stats, as its model.

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
    curr_abbr: CurrencyCode | Unset = UNSET,
) -> Response[MarketplaceReleaseStats]:
    """GET /marketplace/stats/{release_id}: Get Marketplace Stats

    Returns the parsed body with the status and headers.
    """
    kwargs = request_args(
        release_id=release_id,
        curr_abbr=curr_abbr,
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
    curr_abbr: CurrencyCode | Unset = UNSET,
) -> MarketplaceReleaseStats:
    """GET /marketplace/stats/{release_id}: Get Marketplace Stats"""
    return (
        await asyncio_detailed(
            release_id=release_id,
            client=client,
            curr_abbr=curr_abbr,
        )
    ).parsed


ENDPOINT: Endpoint[MarketplaceReleaseStats] = Endpoint(
    method="GET",
    path="/marketplace/stats/{release_id}",
    request=request_args,
    parse=parse_response,
    parameters=PARAMETERS.get("marketplace.get_marketplace_release_stats", {}),
    body=BODY.get("marketplace.get_marketplace_release_stats", {}),
)
"""GET /marketplace/stats/{release_id}: Get Marketplace Stats"""
