"""Link-header pagination as async generators: `pages()` yields pages, `paginate()` yields their items."""

from __future__ import annotations

import re
import warnings
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Mapping
from typing import Any, Generic, TypeVar
from urllib.parse import parse_qsl, urlsplit

import attrs
import httpx

from ._generated.types import UNSET, Items, Response
from .errors import (
    DiscogsError,
    ForbiddenError,
    NotFoundError,
    PaginationCap,
    PaginationCapError,
    PaginationCapWarning,
    UnexpectedResponse,
    UnsafeLinkError,
    redact_url,
)

__all__ = ["Page", "next_page_number", "pages", "paginate", "parse_link_header"]

M = TypeVar("M")
I = TypeVar("I")  # noqa: E741 - the item type
DEFAULT_PER_PAGE = 100

# One link: <target> followed by `; name=value` parameters, the value bare or quoted. Compiled (and cached by
# `re`) at the first Link header, not at import.
_LINK = r"<(?P<target>[^>]*)>(?P<params>[^<]*)"
_PARAM = (
    r";\s*(?P<name>[A-Za-z0-9!#$&+\-.^_`|~*]+)\s*=\s*"  # ; name =
    r'(?:"(?P<quoted>(?:[^"\\]|\\.)*)"|(?P<bare>[^;,\s]*))'  # "quoted value" or bare-value
)


def parse_link_header(value: str) -> dict[str, str]:
    """Map each relation of an RFC 8288 `Link` header to its URL (the first link wins for a repeated rel).

    Tolerates quoted and unquoted `rel`, several space-separated relations, any order, extra parameters,
    spaces and line breaks; text that is not a link is ignored.
    """
    links: dict[str, str] = {}
    for match in re.finditer(_LINK, value):
        target = match.group("target").strip()
        for param in re.finditer(_PARAM, match.group("params")):
            if param.group("name").lower() != "rel":
                continue
            rels = param.group("quoted") if param.group("quoted") is not None else param.group("bare")
            for rel in rels.split():
                links.setdefault(rel.lower(), target)
    return links


@attrs.define
class Page(Generic[M, I]):
    """One page: its number, its parsed model, its items, the response headers and the next link.

    `capped` is set on the last page when the listing ended at one of the API's caps (a `PaginationCap` saying how
    many of how many items were reachable); None otherwise. A cap found by the refusal of the next page's request is
    set when that refusal comes, after the page was handed out.
    """

    number: int
    model: M
    items: list[I]
    headers: Mapping[str, str]
    next_url: str | None
    capped: PaginationCap | None = None


def next_page_number(url: str, api: httpx.URL) -> int:
    """The page a next link asks for, refusing a link to any host other than the API's (and a malformed one)."""
    try:
        target = httpx.URL(url)
        if target.is_relative_url:
            target = api.join(url)
        origin = (target.scheme, target.host, target.port)
    except (httpx.InvalidURL, ValueError, TypeError) as exc:
        raise UnexpectedResponse(f"the next link is not a valid URL ({type(exc).__name__}: {exc})") from None
    if origin != (api.scheme, api.host, api.port):
        raise UnsafeLinkError(
            f"refusing to follow a pagination link to another host ({redact_url(target)}); "
            f"credentials go only to {api.host}",
            url=redact_url(target),
        )
    for name, number in parse_qsl(urlsplit(url).query):
        if name == "page" and number.isdigit():
            return int(number)
    raise UnsafeLinkError(f"the next link has no page number: {redact_url(target)}", url=redact_url(target))


def _next_url(response: Response[Any]) -> str | None:
    link = response.headers.get("link")
    if link:
        found = parse_link_header(link).get("next")
        if found:
            return found
    urls = getattr(_pagination(response.parsed), "urls", UNSET)
    following = getattr(urls, "next_", UNSET)  # the generator renames the `next` key to `next_`
    return following if isinstance(following, str) and following else None


def _pagination(model: object) -> object:
    return getattr(model, "pagination", UNSET)


def _count(model: object, name: str) -> int | None:
    """`pagination.items` or `pagination.pages` of a page model, when it says."""
    value = getattr(_pagination(model), name, UNSET)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


_CAP_ANSWERS: tuple[tuple[type[DiscogsError], str, str], ...] = (
    (NotFoundError, "outside of valid range", "the API serves at most 10,000 results of a search"),
    (ForbiddenError, "pagination above 100 disabled", "the API serves only 100 pages of another seller's inventory"),
)


def _cap_reason(error: DiscogsError) -> str | None:
    """Why the API refused the next page, when the refusal is one of its pagination caps."""
    said = (error.message or error.body[:500]).lower()
    for kind, words, reason in _CAP_ANSWERS:
        if isinstance(error, kind) and words in said:
            return reason
    return None


async def pages(
    fetch: Callable[..., Awaitable[Response[M]]],
    items: Items[M, I],
    api: httpx.URL,
    kwargs: Mapping[str, Any],
    *,
    strict: bool = False,
) -> AsyncGenerator[Page[M, I]]:
    """Yield every page of a paginated operation, following `Link: rel="next"` (else `pagination.urls.next`).

    `fetch(page=..., **kwargs)` runs one call of the operation through the client's funnel and returns the whole
    response; `items` says where its pages keep their items. Nothing is kept between pages, so memory stays flat.
    The walk ends after the last page: no next link, the page `pagination.pages` says is the last, an empty page,
    or a link that does not move forward. At one of the API's caps (a search's 10,000 results, known before asking;
    another seller's inventory past page 100, known from the refusal) it ends after the reachable pages with a
    `PaginationCapWarning`, and the last page's `capped` says how many of how many items were reachable;
    `strict=True` raises `PaginationCapError` there instead.
    """
    arguments = dict(kwargs)
    per_page = arguments.setdefault("per_page", DEFAULT_PER_PAGE)
    number = arguments.pop("page", 1) or 1
    last: Page[M, I] | None = None
    while True:
        if items.limit is not None and isinstance(per_page, int) and (number - 1) * per_page >= items.limit:
            if last is not None:
                total, reachable = _count(last.model, "items"), _reachable(last, per_page)
                if total is not None and total > reachable:
                    _capped(
                        last, PaginationCap(reachable, total, f"the API serves at most {items.limit:,} items"), strict
                    )
            return
        try:
            response = await fetch(page=number, **arguments)
        except DiscogsError as error:
            reason = _cap_reason(error) if last is not None else None
            if last is None or reason is None:
                raise
            total, reachable = _count(last.model, "items"), _reachable(last, per_page)
            _capped(last, PaginationCap(reachable, max(total or 0, reachable), reason), strict)
            return
        url = _next_url(response)
        found = items.of(response.parsed)
        last = Page(number, response.parsed, found, response.headers, url)
        yield last
        pages_in_all = _count(response.parsed, "pages")
        if url is None or not found or (pages_in_all is not None and number >= pages_in_all):
            return
        following = next_page_number(url, api)
        if following <= number:  # a link that does not move forward would loop for ever
            return
        number = following


def _reachable(last: Page[Any, Any], per_page: object) -> int:
    """How many items the pages up to `last` hold (those before it full, as the API pages them)."""
    size = _count(last.model, "per_page")
    if size is None:
        size = per_page if isinstance(per_page, int) else len(last.items)
    return (last.number - 1) * size + len(last.items)


def _capped(page: Page[Any, Any], cap: PaginationCap, strict: bool) -> None:
    """Mark `page` as the last one reachable, and warn (or, when `strict`, raise)."""
    page.capped = cap
    if strict:
        raise PaginationCapError(cap)
    warnings.warn(
        f"only {cap.reachable:,} of {cap.total:,} items were reachable: {cap.reason}",
        PaginationCapWarning,
        stacklevel=3,
    )


async def paginate(source: AsyncIterator[Page[Any, I]], max_items: int | None = None) -> AsyncGenerator[I]:
    """Yield the items of every page from `source`, stopping after `max_items` if given."""
    if max_items is not None and max_items <= 0:
        return
    count = 0
    async for page in source:
        for item in page.items:
            yield item
            count += 1
            if max_items is not None and count >= max_items:
                return
