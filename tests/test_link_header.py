"""The Link header parser and the cross-host refusal, on the shapes Discogs has sent and on arbitrary text."""

from __future__ import annotations

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from discogs_async.errors import UnsafeLinkError
from discogs_async.pagination import next_page_number, parse_link_header

API = httpx.URL("https://api.discogs.com")
BASE = "https://api.discogs.com/artists/45/releases"


def test_documented_unquoted_form() -> None:
    header = (
        f"<{BASE}?page=3&per_page=75>; rel=next, <{BASE}?page=1&per_page=75>; rel=first, "
        f"<{BASE}?page=30&per_page=75>; rel=last, <{BASE}?page=1&per_page=75>; rel=prev"
    )
    assert parse_link_header(header) == {
        "next": f"{BASE}?page=3&per_page=75",
        "first": f"{BASE}?page=1&per_page=75",
        "last": f"{BASE}?page=30&per_page=75",
        "prev": f"{BASE}?page=1&per_page=75",
    }


def test_recorded_quoted_form_with_last_before_next() -> None:
    # real-responses/ricbra-php-discogs-api/2.json (QUIRKS A4)
    header = f'<{BASE}?per_page=50&page=15>; rel="last", <{BASE}?per_page=50&page=2>; rel="next"'
    links = parse_link_header(header)
    assert links["next"] == f"{BASE}?per_page=50&page=2"
    assert links["last"] == f"{BASE}?per_page=50&page=15"


def test_spaces_line_breaks_extra_params_and_several_rels() -> None:
    header = f'<{BASE}?page=2>;\r\n   title="x, y" ;  REL = "next  last",\n\t<{BASE}?page=1> ; rel=prev'
    links = parse_link_header(header)
    assert links == {"next": f"{BASE}?page=2", "last": f"{BASE}?page=2", "prev": f"{BASE}?page=1"}


def test_commas_inside_a_target_do_not_split_it() -> None:
    assert parse_link_header(f'<{BASE}?q=a,b&page=2>; rel="next"') == {"next": f"{BASE}?q=a,b&page=2"}


@pytest.mark.parametrize("header", ["", "garbage", "<>", "<x>", "rel=next", "<x>; rel", ";;;,,,<"])
def test_text_without_links_gives_nothing_or_what_it_can(header: str) -> None:
    assert "next" not in parse_link_header(header)


@given(st.text())
def test_any_header_text_parses_without_error(header: str) -> None:
    links = parse_link_header(header)
    assert all(isinstance(k, str) and isinstance(v, str) for k, v in links.items())


def test_next_page_number_reads_the_page_wherever_it_stands() -> None:
    assert next_page_number(f"{BASE}?sort=price&per_page=50&sort_order=asc&page=10", API) == 10
    assert next_page_number("/artists/45/releases?page=4", API) == 4


@pytest.mark.parametrize(
    "url",
    [
        "https://evil.example/artists/45/releases?page=2",
        "http://api.discogs.com/artists/45/releases?page=2",
        "https://api.discogs.com:8443/artists/45/releases?page=2",
        "https://api.discogs.com.evil.example/x?page=2",
    ],
)
def test_links_off_the_api_host_are_refused(url: str) -> None:
    with pytest.raises(UnsafeLinkError, match="another host"):
        next_page_number(url, API)


def test_link_without_page_is_refused_rather_than_guessed() -> None:
    with pytest.raises(UnsafeLinkError, match="no page number"):
        next_page_number(f"{BASE}?per_page=50", API)
