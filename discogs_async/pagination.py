"""Link-header pagination as async generators: `pages()` yields pages, `paginate()` yields their items."""

from __future__ import annotations

import re
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar
from urllib.parse import parse_qsl, urlsplit

import attrs
import httpx

from ._generated.types import UNSET, Response
from .errors import UnsafeLinkError, redact_url

__all__ = ["Page", "next_page_number", "pages", "paginate", "parse_link_header"]

M = TypeVar("M")
DEFAULT_PER_PAGE = 100

# One link: <target> followed by `; name=value` parameters, the value bare or quoted.
_LINK = re.compile(r"<(?P<target>[^>]*)>(?P<params>[^<]*)")
_PARAM = re.compile(
    r";\s*(?P<name>[A-Za-z0-9!#$&+\-.^_`|~*]+)\s*=\s*"  # ; name =
    r'(?:"(?P<quoted>(?:[^"\\]|\\.)*)"|(?P<bare>[^;,\s]*))'  # "quoted value" or bare-value
)


def parse_link_header(value: str) -> dict[str, str]:
    """Map each relation of an RFC 8288 `Link` header to its URL (the first link wins for a repeated rel).

    Tolerates quoted and unquoted `rel`, several space-separated relations, any order, extra parameters,
    spaces and line breaks; text that is not a link is ignored.
    """
    links: dict[str, str] = {}
    for match in _LINK.finditer(value):
        target = match.group("target").strip()
        for param in _PARAM.finditer(match.group("params")):
            if param.group("name").lower() != "rel":
                continue
            rels = param.group("quoted") if param.group("quoted") is not None else param.group("bare")
            for rel in rels.split():
                links.setdefault(rel.lower(), target)
    return links


@dataclass(frozen=True)
class Page(Generic[M]):
    """One page: its number, its parsed model, its items and the response headers."""

    number: int
    model: M
    items: list[Any]
    headers: Mapping[str, str]
    next_url: str | None


def next_page_number(url: str, api: httpx.URL) -> int:
    """The page a next link asks for, refusing a link to any host other than the API's."""
    target = httpx.URL(url)
    if target.is_relative_url:
        target = api.join(url)
    if (target.scheme, target.host, target.port) != (api.scheme, api.host, api.port):
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
    pagination = getattr(response.parsed, "pagination", UNSET)
    urls = getattr(pagination, "urls", UNSET)
    following = getattr(urls, "next_", UNSET)  # the generator renames the `next` key to `next_`
    return following if isinstance(following, str) and following else None


def _items(model: object, field: str) -> list[Any]:
    """The page's items: the list in `field`, or the lists of an object there (a user's submissions)."""
    value = getattr(model, field, None)
    if isinstance(value, list):
        return value
    found: list[Any] = []
    if value is not None and attrs.has(type(value)):
        for attribute in attrs.fields(type(value)):
            part = getattr(value, attribute.name)
            if isinstance(part, list):
                found.extend(part)
    return found


async def pages(
    invoke: Callable[..., Awaitable[Response[M]]],
    method: Callable[..., Awaitable[Any]],
    items_field: str,
    api: httpx.URL,
    kwargs: dict[str, Any],
) -> AsyncGenerator[Page[M]]:
    """Yield every page of a paginated operation, following `Link: rel="next"` (else `pagination.urls.next`).

    `invoke(method, **kwargs)` runs one call of the client's paginated `method` through its funnel and returns the
    whole response. Nothing is kept between pages, so memory stays flat however many pages there are.
    """
    kwargs = dict(kwargs)
    kwargs.setdefault("per_page", DEFAULT_PER_PAGE)
    number = kwargs.pop("page", 1) or 1
    while True:
        response = await invoke(method, page=number, **kwargs)
        url = _next_url(response)
        yield Page(number, response.parsed, _items(response.parsed, items_field), response.headers, url)
        if url is None:
            return
        following = next_page_number(url, api)
        if following <= number:  # a link that does not move forward would loop for ever
            return
        number = following


async def paginate(source: AsyncIterator[Page[Any]], max_items: int | None = None) -> AsyncGenerator[Any]:
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
