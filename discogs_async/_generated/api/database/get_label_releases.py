from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...constraints import BODY, PARAMETERS
from ...models.label_releases_page import LabelReleasesPage
from ...types import UNSET, Endpoint, Response, Unset, loads


def request_args(
    label_id: int,
    *,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> dict[str, Any]:
    """The request for GET /labels/{label_id}/releases: Get all Label Releases, as keyword arguments of httpx.AsyncClient.build_request."""

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/labels/{label_id}/releases".format(
            label_id=quote(str(label_id), safe=""),
        ),
    }
    if params:  # none given: no query string to merge into the URL
        _kwargs["params"] = params

    return _kwargs


def _parse(response: httpx.Response) -> LabelReleasesPage:
    if response.status_code == 200:
        response_200 = LabelReleasesPage.from_dict(loads(response.content))

        return response_200

    raise errors.UnexpectedStatus(response)


def parse_response(response: httpx.Response) -> LabelReleasesPage:
    """The body of a response to GET /labels/{label_id}/releases: Get all Label Releases, as its model.

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
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> Response[LabelReleasesPage]:
    """GET /labels/{label_id}/releases: Get all Label Releases

    Returns the parsed body with the status and headers.
    """
    kwargs = request_args(
        label_id=label_id,
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
    label_id: int,
    *,
    client: httpx.AsyncClient,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> LabelReleasesPage:
    """GET /labels/{label_id}/releases: Get all Label Releases"""
    return (
        await asyncio_detailed(
            label_id=label_id,
            client=client,
            page=page,
            per_page=per_page,
        )
    ).parsed


ENDPOINT: Endpoint[LabelReleasesPage] = Endpoint(
    method="GET",
    path="/labels/{label_id}/releases",
    request=request_args,
    parse=parse_response,
    parameters=PARAMETERS.get("database.get_label_releases", {}),
    body=BODY.get("database.get_label_releases", {}),
)
"""GET /labels/{label_id}/releases: Get all Label Releases"""
