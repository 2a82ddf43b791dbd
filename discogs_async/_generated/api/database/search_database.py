from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...constraints import BODY, PARAMETERS
from ...models.search_results_page import SearchResultsPage
from ...models.search_type import SearchType
from ...types import UNSET, Endpoint, Response, Unset, loads


def request_args(
    *,
    q: str | Unset = UNSET,
    type_: SearchType | Unset = UNSET,
    title: str | Unset = UNSET,
    release_title: str | Unset = UNSET,
    credit: str | Unset = UNSET,
    artist: str | Unset = UNSET,
    anv: str | Unset = UNSET,
    label: str | Unset = UNSET,
    genre: str | Unset = UNSET,
    style: str | Unset = UNSET,
    country: str | Unset = UNSET,
    year: str | Unset = UNSET,
    format_: str | Unset = UNSET,
    catno: str | Unset = UNSET,
    barcode: str | Unset = UNSET,
    track: str | Unset = UNSET,
    submitter: str | Unset = UNSET,
    contributor: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> dict[str, Any]:
    """The request for GET /database/search: Search, as keyword arguments of httpx.AsyncClient.build_request."""

    params: dict[str, Any] = {}

    params["q"] = q

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params["title"] = title

    params["release_title"] = release_title

    params["credit"] = credit

    params["artist"] = artist

    params["anv"] = anv

    params["label"] = label

    params["genre"] = genre

    params["style"] = style

    params["country"] = country

    params["year"] = year

    params["format"] = format_

    params["catno"] = catno

    params["barcode"] = barcode

    params["track"] = track

    params["submitter"] = submitter

    params["contributor"] = contributor

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/database/search",
    }
    if params:  # none given: no query string to merge into the URL
        _kwargs["params"] = params

    return _kwargs


def _parse(response: httpx.Response) -> SearchResultsPage:
    if response.status_code == 200:
        response_200 = SearchResultsPage.from_dict(loads(response.content))

        return response_200

    raise errors.UnexpectedStatus(response)


def parse_response(response: httpx.Response) -> SearchResultsPage:
    """The body of a response to GET /database/search: Search, as its model.

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
    q: str | Unset = UNSET,
    type_: SearchType | Unset = UNSET,
    title: str | Unset = UNSET,
    release_title: str | Unset = UNSET,
    credit: str | Unset = UNSET,
    artist: str | Unset = UNSET,
    anv: str | Unset = UNSET,
    label: str | Unset = UNSET,
    genre: str | Unset = UNSET,
    style: str | Unset = UNSET,
    country: str | Unset = UNSET,
    year: str | Unset = UNSET,
    format_: str | Unset = UNSET,
    catno: str | Unset = UNSET,
    barcode: str | Unset = UNSET,
    track: str | Unset = UNSET,
    submitter: str | Unset = UNSET,
    contributor: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> Response[SearchResultsPage]:
    """GET /database/search: Search

    Returns the parsed body with the status and headers.
    """
    kwargs = request_args(
        q=q,
        type_=type_,
        title=title,
        release_title=release_title,
        credit=credit,
        artist=artist,
        anv=anv,
        label=label,
        genre=genre,
        style=style,
        country=country,
        year=year,
        format_=format_,
        catno=catno,
        barcode=barcode,
        track=track,
        submitter=submitter,
        contributor=contributor,
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
    q: str | Unset = UNSET,
    type_: SearchType | Unset = UNSET,
    title: str | Unset = UNSET,
    release_title: str | Unset = UNSET,
    credit: str | Unset = UNSET,
    artist: str | Unset = UNSET,
    anv: str | Unset = UNSET,
    label: str | Unset = UNSET,
    genre: str | Unset = UNSET,
    style: str | Unset = UNSET,
    country: str | Unset = UNSET,
    year: str | Unset = UNSET,
    format_: str | Unset = UNSET,
    catno: str | Unset = UNSET,
    barcode: str | Unset = UNSET,
    track: str | Unset = UNSET,
    submitter: str | Unset = UNSET,
    contributor: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> SearchResultsPage:
    """GET /database/search: Search"""
    return (
        await asyncio_detailed(
            client=client,
            q=q,
            type_=type_,
            title=title,
            release_title=release_title,
            credit=credit,
            artist=artist,
            anv=anv,
            label=label,
            genre=genre,
            style=style,
            country=country,
            year=year,
            format_=format_,
            catno=catno,
            barcode=barcode,
            track=track,
            submitter=submitter,
            contributor=contributor,
            page=page,
            per_page=per_page,
        )
    ).parsed


ENDPOINT: Endpoint[SearchResultsPage] = Endpoint(
    method="GET",
    path="/database/search",
    request=request_args,
    parse=parse_response,
    parameters=PARAMETERS.get("database.search_database", {}),
    body=BODY.get("database.search_database", {}),
)
"""GET /database/search: Search"""
