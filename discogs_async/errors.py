"""Typed errors: every failed call raises one of these, carrying the status, the request and the raw body."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from email.utils import parsedate_to_datetime
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import attrs
import httpx

__all__ = [
    "AuthenticationError",
    "CallTimeoutError",
    "ClientClosedError",
    "DiscogsError",
    "ForbiddenError",
    "InvalidArgument",
    "NetworkError",
    "NotFoundError",
    "PaginationCap",
    "PaginationCapError",
    "PaginationCapWarning",
    "RateLimitError",
    "ServerError",
    "UnexpectedResponse",
    "UnsafeLinkError",
    "ValidationError",
    "error_from_response",
    "redact_body",
    "redact_url",
]

# Discogs accepts credentials as query parameters too (`?token=`, `?key=&secret=`); OAuth ones may ride there.
_SECRET_PARAMS = {"token", "key", "secret", "oauth_token", "oauth_signature", "oauth_consumer_key", "oauth_verifier"}
_BODY_PREVIEW = 200
# A token-shaped field in a form or JSON body: `oauth_token=...`, `"token": "..."`, `consumer_secret=...`.
# Patterns are compiled (and cached by `re`) on first use: most programs never build an error.
_SECRET_FIELD = (
    r"""(?i)(?P<name>["']?[\w-]*(?:token|secret|key|signature|verifier|password)[\w-]*["']?)(?P<sep>\s*[=:]\s*)"""
    r"""(?P<value>"(?:[^"\\]|\\.)*"|'[^']*'|[^&\s,;}"']+)"""
)


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


def redact_body(text: str) -> str:
    """`text` with the value of every token-shaped field (`oauth_token=`, `"secret": ...`) replaced by `***`."""
    return re.sub(_SECRET_FIELD, lambda m: f"{m['name']}{m['sep']}***", text)


_OAUTH_TOKEN_PATHS = ("/oauth/request_token", "/oauth/access_token")


def _is_oauth(url: httpx.URL) -> bool:
    """Whether `url` is one of the OAuth token endpoints, whose bodies carry tokens and never enter an error."""
    return url.path.rstrip("/").endswith(_OAUTH_TOKEN_PATHS)


class DiscogsError(Exception):
    """Base of every error the client raises for a call that did not succeed.

    Attributes: `status` (None when no response came), `message` (the server's `message`, if any), `method` and
    `url` of the request (secrets redacted) and `body`, the raw text of the response (with token-shaped fields
    redacted for the OAuth token endpoints, whose answers carry tokens; the description never shows their body,
    and redacts token-shaped fields in the preview of any other). `may_have_taken_effect` says whether the server may
    have acted on the request although the call failed (an answer lost after the request was sent).
    """

    may_have_taken_effect: bool = False

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
    def from_response(cls, response: httpx.Response, description: str | None = None, note: str = "") -> DiscogsError:
        """Build the error from a response, keeping its raw text and its `message` when the body is JSON.

        `note` is added to the description (after " — ").
        """
        oauth = _is_oauth(response.request.url)
        body = redact_body(response.text) if oauth else response.text
        message = None if oauth else _server_message(body)
        if message is not None:
            message = redact_body(message)
        method, url = response.request.method, redact_url(response.request.url)
        if oauth and description is None:
            description = (
                f"{response.status_code} {response.reason_phrase} ({method} {url}); the body of an OAuth endpoint's "
                "answer is not shown, it may carry tokens"
            )
        if description is None:
            said = f": {message}" if message else (f": {redact_body(body[:_BODY_PREVIEW])!r}" if body.strip() else "")
            description = f"{response.status_code} {response.reason_phrase}{said} ({method} {url})"
        if note:
            description = f"{description} — {note}"
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
    """An answer the client cannot use: a success whose body is not what the spec says (not JSON, truncated, wrong
    types, nested too deep), a body over `max_body_size`, a malformed `Link` header."""


class NetworkError(DiscogsError):
    """No usable response: the connection failed, timed out or was dropped, after the client's bounded retries.

    `may_have_taken_effect` is True when the request had been sent when its answer was lost (the message says so):
    a POST that raised this may have been applied.
    """

    def __init__(
        self, description: str, *, method: str = "", url: str = "", may_have_taken_effect: bool = False
    ) -> None:
        super().__init__(description, method=method, url=url)
        self.may_have_taken_effect = may_have_taken_effect


class CallTimeoutError(NetworkError):
    """The call took longer than the client's `call_timeout`, retries and waits for the rate budget included."""


class ClientClosedError(DiscogsError, RuntimeError):
    """The client (or the client a view belongs to) was closed: nothing more is sent, waiting calls are refused."""


class InvalidArgument(DiscogsError, ValueError):
    """An argument the spec does not allow, refused before any request is sent.

    `argument` names it; `allowed` lists the accepted values when the argument is an enum (else it is empty).
    """

    def __init__(self, argument: str, problem: str, allowed: Sequence[object] = ()) -> None:
        self.argument = argument
        self.allowed = tuple(allowed)
        super().__init__(f"invalid argument {argument}: {problem}")


@attrs.frozen
class PaginationCap:
    """Where the API stopped a listing: `reachable` of `total` items could be fetched, and why (`reason`)."""

    reachable: int
    total: int
    reason: str


class PaginationCapWarning(UserWarning):
    """Pagination ended at one of the API's caps (search: 10,000 results; another seller's inventory: 100 pages)."""


class PaginationCapError(DiscogsError):
    """Raised by `pages(..., strict=True)` / `paginate(..., strict=True)` at a cap, after the reachable pages;
    `cap` says how many items were reachable."""

    def __init__(self, cap: PaginationCap) -> None:
        self.cap = cap
        super().__init__(f"only {cap.reachable} of {cap.total} items are reachable: {cap.reason}")


class UnsafeLinkError(DiscogsError):
    """A pagination link pointing away from the API host; following it would send credentials elsewhere."""


_BY_STATUS: dict[int, type[DiscogsError]] = {
    401: AuthenticationError,
    403: ForbiddenError,
    404: NotFoundError,
    422: ValidationError,
    429: RateLimitError,
}


def error_from_response(response: httpx.Response, note: str = "") -> DiscogsError:
    """The typed error for a response whose status is not a success (`note` is added to its description).

    A 401 refusing an OAuth request's timestamp says how far the local clock is from the server's.
    """
    status = response.status_code
    cls = _BY_STATUS.get(status, ServerError if status >= 500 else DiscogsError)
    error = cls.from_response(response, note=note)
    if isinstance(error, AuthenticationError) and "timestamp" in (error.message or error.body[:500]).lower():
        _explain_clock_skew(error, response)
    return error


_OAUTH_TIMESTAMP = r'oauth_timestamp="?(\d{1,12})"?'


def _explain_clock_skew(error: AuthenticationError, response: httpx.Response) -> None:
    """Add to a refused OAuth timestamp's error how far the local clock is from the server's `Date`."""
    authorization = response.request.headers.get("authorization", "")
    sent = re.search(_OAUTH_TIMESTAMP, authorization) if authorization.startswith("OAuth ") else None
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
    except (ValueError, RecursionError):
        return None
    message = data.get("message") if isinstance(data, dict) else None
    return message if isinstance(message, str) else None
