"""Discogs authentication as `httpx.Auth` objects.

Four modes (see the Discogs "Authentication" docs):

* no credentials (`NoAuth`, or simply no auth at all): the low rate tier, no image URLs;
* `ConsumerKey`: an application's key and secret, sent as `Authorization: Discogs key=…, secret=…`;
* `UserToken`: a personal access token, sent as `Authorization: Discogs token=…`;
* `OAuth1`: OAuth 1.0a with the PLAINTEXT signature method, signed afresh on every request.

`RequestTokenAuth`, `AccessTokenAuth`, `parse_token_response` and `authorize_url` cover the three-legged
flow that yields the access token and secret for `OAuth1`.

Every flow here is a pure generator: it sets the `Authorization` header and yields the request once, with no
I/O and no sleeping. `HostGuard` wraps any of them so that credentials only ever go to the configured API origin
and never over plain HTTP (loopback hosts excepted, for local test servers).

No secret (token, consumer secret, token secret, verifier, signature) appears in a `repr()`, a `str()` or an
exception message produced by this module.
"""

from __future__ import annotations

import ipaddress
import re
import time
from collections.abc import AsyncGenerator, Callable, Generator
from typing import ClassVar
from urllib.parse import parse_qs, quote

import attrs
import httpx

__all__ = [
    "ACCESS_TOKEN_URL",
    "AUTHORIZE_URL",
    "REQUEST_TOKEN_URL",
    "AccessTokenAuth",
    "ConsumerKey",
    "DiscogsAuth",
    "HostGuard",
    "InsecureTransportError",
    "NoAuth",
    "OAuth1",
    "OAuthToken",
    "RequestTokenAuth",
    "UserToken",
    "authorize_url",
    "parse_token_response",
    "require_auth",
]

REQUEST_TOKEN_URL = "https://api.discogs.com/oauth/request_token"
"""Where the first leg of the OAuth flow is sent (GET, signed with `RequestTokenAuth`)."""
AUTHORIZE_URL = "https://www.discogs.com/oauth/authorize"
"""The page the user visits to approve the application (see `authorize_url`)."""
ACCESS_TOKEN_URL = "https://api.discogs.com/oauth/access_token"
"""Where the last leg of the OAuth flow is sent (POST, signed with `AccessTokenAuth`)."""

_MASK = "'***'"
_VISIBLE_ASCII = re.compile(r"[\x21-\x7e]+")
_NONCE = r"[A-Za-z0-9._~-]{1,64}"  # compiled (and cached by `re`) at the first OAuth request
_DEFAULT_PORTS = {"http": 80, "https": 443}


class InsecureTransportError(ValueError):
    """Credentials would have been sent to the API host over plain HTTP."""


# --------------------------------------------------------------------------------------------------------------
# helpers


def _percent_encode(value: str) -> str:
    """RFC 5849 §3.6: UTF-8 encode, then escape every octet outside ALPHA / DIGIT / "-" / "." / "_" / "~"."""
    # `quote` always keeps exactly those characters; `safe=""` stops it keeping "/" as well. Hex is uppercase.
    return quote(value, safe="", encoding="utf-8", errors="strict")


def _require_str(name: str, value: object, *, allow_empty: bool = False) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, not {type(value).__name__}")
    if not allow_empty and not value:
        raise ValueError(f"{name} must not be empty")
    return value


def require_auth(value: object, argument: str = "auth") -> httpx.Auth | None:
    """`value` when it is an `httpx.Auth` or None; a TypeError naming `argument` otherwise (e.g. a bare token string).

    The value itself is never shown: a string given here is most likely a credential.
    """
    if value is None or isinstance(value, httpx.Auth):
        return value
    raise TypeError(
        f"{argument} must be an auth object such as UserToken(token), ConsumerKey(key, secret) or "
        f"OAuth1(...), or None; not a {type(value).__name__}"
    )


def _require_header_safe(name: str, value: object, *, forbid: str = "") -> str:
    """A value sent verbatim in a header: visible ASCII only (no spaces, control characters or non-ASCII)."""
    text = _require_str(name, value)
    if not _VISIBLE_ASCII.fullmatch(text) or any(c in text for c in forbid):
        # Never echo the value: it is a credential.
        extra = f" and no {forbid!r}" if forbid else ""
        raise ValueError(f"{name} must consist of visible ASCII characters only{extra}")
    return text


def _default_nonce() -> str:
    """43 URL-safe random characters (256 bits); all of them are RFC 3986 unreserved characters."""
    import secrets  # here: only OAuth needs it (and it loads hmac)

    return secrets.token_urlsafe(32)


# --------------------------------------------------------------------------------------------------------------
# simple modes


class DiscogsAuth(httpx.Auth):
    """Base of the Discogs auth modes: a pure flow that sets `Authorization` and yields the request once."""

    authenticated: ClassVar[bool] = True
    """Whether requests carry credentials, which puts them in Discogs' higher rate tier."""

    def _authorization(self) -> str | None:
        """The `Authorization` header value for one request (None: send no header)."""
        raise NotImplementedError

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Set the `Authorization` header (computed afresh for this request) and send the request once."""
        value = self._authorization()
        if value is not None:
            request.headers["Authorization"] = value
        yield request


class NoAuth(DiscogsAuth):
    """No credentials: the request goes out unchanged, in the low rate tier."""

    authenticated = False

    def _authorization(self) -> str | None:
        return None

    def __repr__(self) -> str:
        return "NoAuth()"


class UserToken(DiscogsAuth):
    """A personal access token from the Discogs developer settings: `Authorization: Discogs token=<token>`."""

    def __init__(self, token: str) -> None:
        self._token = _require_header_safe("token", token)

    def _authorization(self) -> str:
        return f"Discogs token={self._token}"

    def __repr__(self) -> str:
        return f"UserToken(token={_MASK})"


class ConsumerKey(DiscogsAuth):
    """An application's consumer key and secret: `Authorization: Discogs key=<key>, secret=<secret>`.

    This raises the rate tier and unlocks image URLs, but does not act as any user.
    """

    def __init__(self, key: str, secret: str) -> None:
        self._key = _require_header_safe("key", key, forbid=",")
        self._secret = _require_header_safe("secret", secret, forbid=",")

    @property
    def key(self) -> str:
        """The consumer key (not a secret)."""
        return self._key

    def _authorization(self) -> str:
        return f"Discogs key={self._key}, secret={self._secret}"

    def __repr__(self) -> str:
        return f"ConsumerKey(key={self._key!r}, secret={_MASK})"


# --------------------------------------------------------------------------------------------------------------
# OAuth 1.0a, PLAINTEXT


class _OAuthBase(DiscogsAuth):
    """Shared OAuth 1.0a PLAINTEXT signing (RFC 5849 §3.4.4, §3.5.1)."""

    def __init__(
        self,
        consumer_key: str,
        consumer_secret: str,
        *,
        clock: Callable[[], float] = time.time,
        nonce_source: Callable[[], str] = _default_nonce,
    ) -> None:
        self._consumer_key = _require_str("consumer_key", consumer_key)
        self._consumer_secret = _require_str("consumer_secret", consumer_secret, allow_empty=True)
        self._clock = clock
        self._nonce_source = nonce_source

    @property
    def consumer_key(self) -> str:
        """The consumer key (not a secret)."""
        return self._consumer_key

    def _token_secret(self) -> str:
        """The second half of the PLAINTEXT signature ("" when there is no token yet)."""
        return ""

    def _extra_params(self) -> dict[str, str]:
        """Protocol parameters beyond the common ones (oauth_token, oauth_callback, oauth_verifier)."""
        return {}

    def _nonce(self) -> str:
        nonce = self._nonce_source()
        if not isinstance(nonce, str) or not re.fullmatch(_NONCE, nonce):
            raise ValueError("nonce_source must return 1 to 64 unreserved characters (A-Z a-z 0-9 - . _ ~)")
        return nonce

    def _timestamp(self) -> str:
        seconds = int(self._clock())
        if seconds < 0:
            raise ValueError("the clock returned a time before 1970")
        return str(seconds)

    def _authorization(self) -> str:
        signature = _percent_encode(self._consumer_secret) + "&" + _percent_encode(self._token_secret())
        params = {
            "oauth_consumer_key": self._consumer_key,
            "oauth_nonce": self._nonce(),
            "oauth_signature": signature,
            "oauth_signature_method": "PLAINTEXT",
            "oauth_timestamp": self._timestamp(),
            "oauth_version": "1.0",
            **self._extra_params(),
        }
        # §3.5.1: every name and value is percent-encoded, values in double quotes, pairs separated by ", ".
        return "OAuth " + ", ".join(
            f'{_percent_encode(name)}="{_percent_encode(value)}"' for name, value in sorted(params.items())
        )


class OAuth1(_OAuthBase):
    """OAuth 1.0a with an access token and secret, PLAINTEXT-signed afresh (new nonce and timestamp) per request.

    `clock` (seconds since the epoch) and `nonce_source` may be replaced, e.g. for deterministic tests.
    """

    def __init__(
        self,
        consumer_key: str,
        consumer_secret: str,
        token: str,
        token_secret: str,
        *,
        clock: Callable[[], float] = time.time,
        nonce_source: Callable[[], str] = _default_nonce,
    ) -> None:
        super().__init__(consumer_key, consumer_secret, clock=clock, nonce_source=nonce_source)
        self._token = _require_str("token", token)
        self._token_secret_value = _require_str("token_secret", token_secret, allow_empty=True)

    @classmethod
    def from_token(
        cls,
        consumer_key: str,
        consumer_secret: str,
        token: OAuthToken,
        *,
        clock: Callable[[], float] = time.time,
        nonce_source: Callable[[], str] = _default_nonce,
    ) -> OAuth1:
        """Build from the `OAuthToken` that the access-token step returned."""
        return cls(consumer_key, consumer_secret, token.token, token.secret, clock=clock, nonce_source=nonce_source)

    def _token_secret(self) -> str:
        return self._token_secret_value

    def _extra_params(self) -> dict[str, str]:
        return {"oauth_token": self._token}

    def __repr__(self) -> str:
        return (
            f"OAuth1(consumer_key={self._consumer_key!r}, consumer_secret={_MASK}, token={_MASK}, token_secret={_MASK})"
        )


class RequestTokenAuth(_OAuthBase):
    """Signs the request-token step: `oauth_callback`, no token, signature `<consumer secret>&`.

    `callback` is the URL Discogs redirects the user to, or `"oob"` for out-of-band verifiers.
    """

    def __init__(
        self,
        consumer_key: str,
        consumer_secret: str,
        callback: str,
        *,
        clock: Callable[[], float] = time.time,
        nonce_source: Callable[[], str] = _default_nonce,
    ) -> None:
        super().__init__(consumer_key, consumer_secret, clock=clock, nonce_source=nonce_source)
        self._callback = _require_str("callback", callback)

    def _extra_params(self) -> dict[str, str]:
        return {"oauth_callback": self._callback}

    def __repr__(self) -> str:
        return (
            f"RequestTokenAuth(consumer_key={self._consumer_key!r}, consumer_secret={_MASK}, "
            f"callback={self._callback!r})"
        )


class AccessTokenAuth(_OAuthBase):
    """Signs the access-token step with the request token, its secret and the user's `oauth_verifier`."""

    def __init__(
        self,
        consumer_key: str,
        consumer_secret: str,
        token: str,
        token_secret: str,
        verifier: str,
        *,
        clock: Callable[[], float] = time.time,
        nonce_source: Callable[[], str] = _default_nonce,
    ) -> None:
        super().__init__(consumer_key, consumer_secret, clock=clock, nonce_source=nonce_source)
        self._token = _require_str("token", token)
        self._token_secret_value = _require_str("token_secret", token_secret, allow_empty=True)
        self._verifier = _require_str("verifier", verifier)

    def _token_secret(self) -> str:
        return self._token_secret_value

    def _extra_params(self) -> dict[str, str]:
        return {"oauth_token": self._token, "oauth_verifier": self._verifier}

    def __repr__(self) -> str:
        return (
            f"AccessTokenAuth(consumer_key={self._consumer_key!r}, consumer_secret={_MASK}, token={_MASK}, "
            f"token_secret={_MASK}, verifier={_MASK})"
        )


@attrs.frozen(repr=False)
class OAuthToken:
    """A token and its secret from the request-token or access-token step."""

    token: str
    secret: str
    callback_confirmed: bool | None = None
    """`oauth_callback_confirmed` from the request-token step; None when the answer did not carry it."""

    def __repr__(self) -> str:
        return f"OAuthToken(token={_MASK}, secret={_MASK}, callback_confirmed={self.callback_confirmed!r})"


def _optional_field(fields: dict[str, list[str]], name: str) -> str | None:
    values = fields.get(name)
    if values is None:
        return None
    if len(values) != 1:
        raise ValueError(f"the OAuth token response repeats {name}")
    return values[0]


def _required_field(fields: dict[str, list[str]], name: str) -> str:
    value = _optional_field(fields, name)
    if value is None:
        raise ValueError(f"the OAuth token response has no {name} (the body is not shown: it may hold secrets)")
    if not value:
        raise ValueError(f"the OAuth token response has an empty {name}")
    return value


def parse_token_response(text: str) -> OAuthToken:
    """Parse the form-encoded body of the request-token or access-token step.

    Raises ValueError, naming the problem but never echoing the body, when `oauth_token` or
    `oauth_token_secret` is missing, empty or repeated, or `oauth_callback_confirmed` is neither true nor false.
    """
    fields = parse_qs(text.strip(), keep_blank_values=True)
    token = _required_field(fields, "oauth_token")
    secret = _required_field(fields, "oauth_token_secret")
    confirmed: bool | None = None
    confirmed_text = _optional_field(fields, "oauth_callback_confirmed")
    if confirmed_text is not None:
        lowered = confirmed_text.lower()
        if lowered not in ("true", "false"):
            raise ValueError("oauth_callback_confirmed in the OAuth token response is neither 'true' nor 'false'")
        confirmed = lowered == "true"
    return OAuthToken(token=token, secret=secret, callback_confirmed=confirmed)


def authorize_url(token: str | OAuthToken) -> str:
    """The Discogs page where the user approves the application for this request token."""
    value = token.token if isinstance(token, OAuthToken) else token
    _require_str("token", value)
    return f"{AUTHORIZE_URL}?oauth_token={_percent_encode(value)}"


# --------------------------------------------------------------------------------------------------------------
# credential safety


def _is_loopback(host: str) -> bool:
    host = host.lower().rstrip(".")
    if host == "localhost":
        return True
    try:
        address = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped.is_loopback
    return address.is_loopback


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    scheme = url.scheme.lower()
    return scheme, url.host.lower().rstrip("."), url.port or _DEFAULT_PORTS.get(scheme)


class HostGuard(httpx.Auth):
    """Applies `inner` only to requests for the API origin (scheme, host and port of `base_url`).

    * A request to any other origin (image CDN, a redirect target, a third party) is sent without credentials.
    * A plain `http://` request to the API host is refused with `InsecureTransportError` when `inner` carries
      credentials, unless the host is loopback (127.0.0.0/8, ::1, localhost). A non-loopback `http://` base URL
      is refused at construction for the same reason.
    * `in_process=True` says that no request leaves the process (the client's transport is an
      `httpx.ASGITransport` serving an app, such as the fake Discogs): then any `http://` host is accepted, since
      nothing travels over a network. `Discogs` sets it for an `httpx.ASGITransport` only.
    * `inner` is driven through its own `sync_auth_flow` / `async_auth_flow`, so multi-step flows work.
    """

    def __init__(self, inner: httpx.Auth | None, base_url: str | httpx.URL, *, in_process: bool = False) -> None:
        inner = require_auth(inner, "inner")
        self._inner = None if isinstance(inner, NoAuth) else inner
        url = httpx.URL(base_url)
        if url.scheme not in _DEFAULT_PORTS or not url.host:
            raise ValueError("base_url must be an absolute http:// or https:// URL")
        self._origin = _origin(url)
        # Credentials may go over plain http to the API host when it is loopback or nothing leaves the process.
        self._plain_http_ok = in_process or _is_loopback(self._origin[1])
        if self._inner is not None and self._origin[0] == "http" and not self._plain_http_ok:
            raise InsecureTransportError(
                f"refusing to send credentials to {self._origin[1]} over plain http; use https"
            )

    @property
    def inner(self) -> httpx.Auth | None:
        """The wrapped auth (None when requests carry no credentials)."""
        return self._inner

    @property
    def authenticated(self) -> bool:
        """The inner auth's rate tier; False for no auth and for auths that do not declare `authenticated`."""
        return bool(getattr(self._inner, "authenticated", False))

    def _select(self, request: httpx.Request) -> httpx.Auth | None:
        """The auth to apply to `request`: `inner` for the API origin, None elsewhere; raises for insecure use."""
        if self._inner is None:
            return None
        origin = _origin(request.url)
        scheme, host, _ = origin
        if scheme == "http" and host == self._origin[1] and not self._plain_http_ok:
            raise InsecureTransportError(f"refusing to send credentials to {host} over plain http; use https")
        return self._inner if origin == self._origin else None

    # Each flow is the inner auth's own generator (not one wrapped in another, which costs each request a layer),
    # or a one-step flow that sends the request as it is.

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """The inner auth's plain `auth_flow` for the API origin; the bare request elsewhere."""
        inner = self._select(request)
        return _as_is(request) if inner is None else inner.auth_flow(request)

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Used by `httpx.Client`: the inner auth's `sync_auth_flow` for the API origin."""
        inner = self._select(request)
        return _as_is(request) if inner is None else inner.sync_auth_flow(request)

    def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Used by `httpx.AsyncClient`: the inner auth's `async_auth_flow` for the API origin."""
        inner = self._select(request)
        return _as_is_async(request) if inner is None else inner.async_auth_flow(request)

    def __repr__(self) -> str:
        scheme, host, port = self._origin
        shown_host = f"[{host}]" if ":" in host else host
        return f"HostGuard(inner={self._inner!r}, base_url='{scheme}://{shown_host}:{port}')"


def _as_is(request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
    yield request


async def _as_is_async(request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
    yield request
