"""Typed errors: every failed call raises one of these, carrying the status, the request and the raw body."""

from __future__ import annotations

import json
import re
from email.utils import parsedate_to_datetime
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import httpx

__all__ = [
    "AuthenticationError",
    "DiscogsError",
    "ForbiddenError",
    "NetworkError",
    "NotFoundError",
    "RateLimitError",
    "ServerError",
    "UnexpectedResponse",
    "UnsafeLinkError",
    "ValidationError",
    "error_from_response",
    "redact_url",
]

# Discogs accepts credentials as query parameters too (`?token=`, `?key=&secret=`); OAuth ones may ride there.
_SECRET_PARAMS = {"token", "key", "secret", "oauth_token", "oauth_signature", "oauth_consumer_key", "oauth_verifier"}
_BODY_PREVIEW = 200


def redact_url(url: httpx.URL | str) -> str:
    """The URL with credentials in its user info or query string replaced by `***`."""
    parts = urlsplit(str(url))
    netloc = parts.hostname or ""
    if parts.port:
        netloc = f"{netloc}:{parts.port}"
    query = urlencode(
        [(k, "***" if k.lower() in _SECRET_PARAMS else v) for k, v in parse_qsl(parts.query, keep_blank_values=True)],
        safe="*",
    )
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


class DiscogsError(Exception):
    """Base of every error the client raises for a call that did not succeed.

    Attributes: `status` (None when no response came), `message` (the server's `message`, if any), `method` and
    `url` of the request (secrets redacted) and `body`, the raw text of the response.
    """

    def __init__(
        self,
        description: str,
        *,
        status: int | None = None,
        message: str | None = None,
        method: str = "",
        url: str = "",
        body: str = "",
    ) -> None:
        self.status = status
        self.message = message
        self.method = method
        self.url = url
        self.body = body
        super().__init__(description)

    @classmethod
    def from_response(cls, response: httpx.Response, description: str | None = None) -> DiscogsError:
        """Build the error from a response, keeping its raw text and its `message` when the body is JSON."""
        body = response.text
        message = _server_message(body)
        method, url = response.request.method, redact_url(response.request.url)
        if description is None:
            said = f": {message}" if message else (f": {body[:_BODY_PREVIEW]!r}" if body.strip() else "")
            description = f"{response.status_code} {response.reason_phrase}{said} ({method} {url})"
        return cls(description, status=response.status_code, message=message, method=method, url=url, body=body)


class AuthenticationError(DiscogsError):
    """401: credentials are missing or were refused (an OAuth timestamp too far from the server's clock, too).

    When the server refused an OAuth timestamp, `clock_skew` is how many seconds the local clock (the timestamp
    sent) is ahead of the server's (its `Date` header; negative when behind), and the message says so. It is None
    otherwise, or when the answer has no usable `Date`.
    """

    clock_skew: float | None = None


class ForbiddenError(DiscogsError):
    """403: these credentials may not do this; also the HTML page sent when the User-Agent is missing."""


class NotFoundError(DiscogsError):
    """404: no such resource (or a page outside the valid range)."""


class ValidationError(DiscogsError):
    """422: the server refused the values of a well-formed request."""


class RateLimitError(DiscogsError):
    """429 after the client's bounded retries: the rate budget stayed exhausted."""


class ServerError(DiscogsError):
    """5xx after the client's bounded retries."""


class UnexpectedResponse(DiscogsError):
    """A success status whose body is not what the spec says (not JSON, truncated, wrong types)."""


class NetworkError(DiscogsError):
    """No usable response: the connection failed, timed out or was dropped, after the client's bounded retries."""


class UnsafeLinkError(DiscogsError):
    """A pagination link pointing away from the API host; following it would send credentials elsewhere."""


_BY_STATUS: dict[int, type[DiscogsError]] = {
    401: AuthenticationError,
    403: ForbiddenError,
    404: NotFoundError,
    422: ValidationError,
    429: RateLimitError,
}


def error_from_response(response: httpx.Response) -> DiscogsError:
    """The typed error for a response whose status is not a success.

    A 401 refusing an OAuth request's timestamp says how far the local clock is from the server's.
    """
    status = response.status_code
    cls = _BY_STATUS.get(status, ServerError if status >= 500 else DiscogsError)
    error = cls.from_response(response)
    if isinstance(error, AuthenticationError) and "timestamp" in (error.message or error.body[:500]).lower():
        _explain_clock_skew(error, response)
    return error


_OAUTH_TIMESTAMP = re.compile(r'oauth_timestamp="?(\d{1,12})"?')


def _explain_clock_skew(error: AuthenticationError, response: httpx.Response) -> None:
    """Add to a refused OAuth timestamp's error how far the local clock is from the server's `Date`."""
    authorization = response.request.headers.get("authorization", "")
    sent = _OAUTH_TIMESTAMP.search(authorization) if authorization.startswith("OAuth ") else None
    if sent is None:
        return
    try:
        server = parsedate_to_datetime(response.headers.get("date", "")).timestamp()
    except (TypeError, ValueError, IndexError, OverflowError):
        note = "the answer has no Date header to compare with, so check that the local clock is right (NTP)"
    else:
        error.clock_skew = int(sent.group(1)) - server
        direction = "ahead of" if error.clock_skew > 0 else "behind"
        note = (
            f"the local clock is {abs(error.clock_skew):.0f} s {direction} the server's (Date: "
            f"{response.headers['date']}); set it right (NTP) and try again"
        )
    error.args = (f"{error.args[0]} — OAuth timestamp refused: {note}",)


def _server_message(body: str) -> str | None:
    try:
        data = json.loads(body)
    except ValueError:
        return None
    message = data.get("message") if isinstance(data, dict) else None
    return message if isinstance(message, str) else None
