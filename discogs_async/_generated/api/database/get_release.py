from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...constraints import BODY, PARAMETERS
from ...models.currency_code import CurrencyCode
from ...models.release import Release
from ...types import UNSET, Endpoint, Response, Unset, loads


def request_args(
    release_id: int,
    *,
    curr_abbr: CurrencyCode | Unset = UNSET,
) -> dict[str, Any]:
    """The request for GET /releases/{release_id}: Get Release, as keyword arguments of httpx.AsyncClient.build_request."""

    params: dict[str, Any] = {}

    json_curr_abbr: str | Unset = UNSET
    if not isinstance(curr_abbr, Unset):
        json_curr_abbr = curr_abbr.value

    params["curr_abbr"] = json_curr_abbr

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/releases/{release_id}".format(
            release_id=quote(str(release_id), safe=""),
        ),
    }
    if params:  # none given: no query string to merge into the URL
        _kwargs["params"] = params

    return _kwargs


def _parse(response: httpx.Response) -> Release:
    if response.status_code == 200:
        response_200 = Release.from_dict(loads(response.content))

        return response_200

    raise errors.UnexpectedStatus(response)


def parse_response(response: httpx.Response) -> Release:
    """The body of a response to GET /releases/{release_id}: Get Release, as its model.

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
) -> Response[Release]:
    """GET /releases/{release_id}: Get Release

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
) -> Release:
    """GET /releases/{release_id}: Get Release"""
    return (
        await asyncio_detailed(
            release_id=release_id,
            client=client,
            curr_abbr=curr_abbr,
        )
    ).parsed


ENDPOINT: Endpoint[Release] = Endpoint(
    method="GET",
    path="/releases/{release_id}",
    request=request_args,
    parse=parse_response,
    parameters=PARAMETERS.get("database.get_release", {}),
    body=BODY.get("database.get_release", {}),
)
"""GET /releases/{release_id}: Get Release"""
