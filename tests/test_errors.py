"""Every error class: chosen by status, carrying status, message, method, redacted URL and the raw body."""

from __future__ import annotations

import httpx
import pytest

from discogs_async.errors import (
    AuthenticationError,
    DiscogsError,
    ForbiddenError,
    NotFoundError,
    RateLimitError,
    ServerError,
    ValidationError,
    error_from_response,
    redact_url,
)


def _response(status: int, body: bytes, url: str = "https://api.discogs.com/releases/1") -> httpx.Response:
    return httpx.Response(status, content=body, request=httpx.Request("GET", url))


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (401, AuthenticationError),
        (403, ForbiddenError),
        (404, NotFoundError),
        (405, DiscogsError),
        (409, DiscogsError),
        (422, ValidationError),
        (429, RateLimitError),
        (500, ServerError),
        (502, ServerError),
        (503, ServerError),
    ],
)
def test_status_picks_the_class(status: int, cls: type[DiscogsError]) -> None:
    error = error_from_response(_response(status, b'{"message": "That release does not exist."}'))
    assert type(error) is cls
    assert error.status == status
    assert error.message == "That release does not exist."
    assert error.method == "GET"
    assert error.url == "https://api.discogs.com/releases/1"
    assert "That release does not exist." in str(error)


def test_html_body_is_kept_and_never_a_json_error() -> None:
    html = b"<html><body>Attention Required! | Cloudflare</body></html>"
    error = error_from_response(_response(403, html))
    assert isinstance(error, ForbiddenError)
    assert error.message is None
    assert error.body == html.decode()
    assert "Cloudflare" in str(error)


def test_empty_429_body_still_gives_a_rate_limit_error() -> None:
    error = error_from_response(_response(429, b"\n"))
    assert isinstance(error, RateLimitError)
    assert error.message is None
    assert error.body == "\n"


@pytest.mark.parametrize("body", [b"[1, 2]", b'{"message": 5}', b"null", b'"text"'])
def test_json_without_a_string_message(body: bytes) -> None:
    assert error_from_response(_response(500, body)).message is None


def test_query_credentials_are_redacted() -> None:
    url = "https://user:pw@api.discogs.com/database/search?q=x&token=SECRET1&key=K&secret=SECRET2"
    error = error_from_response(_response(401, b"{}", url))
    assert "SECRET" not in str(error) and "SECRET" not in error.url and "pw" not in error.url
    assert error.url == redact_url(url) == "https://api.discogs.com/database/search?q=x&token=***&key=***&secret=***"
