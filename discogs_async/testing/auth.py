"""Credential checks of the fake server: Discogs auth (token, key/secret) and OAuth 1.0a (PLAINTEXT, HMAC-SHA1)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import random
import re
import string
import threading
from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Literal
from urllib.parse import quote, unquote

__all__ = [
    "AUTH_REQUIRED",
    "Auth",
    "Authenticator",
    "SignedRequest",
    "hmac_sha1_signature",
    "oauth_encode",
    "parse_oauth_header",
]

AUTH_REQUIRED = "You must authenticate to access this resource."
_REQUEST_TOKEN_PATH = "/oauth/request_token"
_ACCESS_TOKEN_PATH = "/oauth/access_token"
_PAIR = re.compile(r'([A-Za-z0-9_.~%-]+)\s*=\s*"([^"]*)"')
_MAX_NONCE = 64
SIGNATURE_METHODS = ("PLAINTEXT", "HMAC-SHA1")


def oauth_encode(value: str) -> str:
    """Percent-encode per RFC 5849 section 3.6 (unreserved characters kept)."""
    return quote(value, safe="-._~")


def parse_oauth_header(header: str) -> dict[str, str]:
    """The percent-decoded parameters of an ``Authorization: OAuth …`` header (``realm`` dropped)."""
    body = header.strip()[len("OAuth") :]
    params = {unquote(key): unquote(value) for key, value in _PAIR.findall(body)}
    params.pop("realm", None)
    return params


@dataclass(frozen=True)
class SignedRequest:
    """What an OAuth signature covers (RFC 5849 section 3.4.1): method, base string URI and parameters.

    ``base_uri`` is ``scheme://host[:port]/path`` as the client addressed it (default ports left out);
    ``query`` and ``form`` are the decoded pairs of the query string and of a form-encoded body.
    """

    method: str = "GET"
    base_uri: str = ""
    query: tuple[tuple[str, str], ...] = ()
    form: tuple[tuple[str, str], ...] = ()

    @property
    def path(self) -> str:
        """The path part of :attr:`base_uri`."""
        rest = self.base_uri.partition("://")[2]
        return "/" + rest.partition("/")[2] if rest else ""


def hmac_sha1_signature(
    request: SignedRequest, oauth_params: Mapping[str, str], consumer_secret: str, token_secret: str
) -> str:
    """The HMAC-SHA1 signature of ``request`` per RFC 5849 section 3.4 (``realm`` and the signature left out)."""
    params = [(k, v) for k, v in oauth_params.items() if k not in ("oauth_signature", "realm")]
    params += [(k, v) for k, v in (*request.query, *request.form) if k != "oauth_signature"]
    normalized = "&".join(f"{k}={v}" for k, v in sorted((oauth_encode(k), oauth_encode(v)) for k, v in params))
    base = "&".join((request.method.upper(), oauth_encode(request.base_uri), oauth_encode(normalized)))
    key = f"{oauth_encode(consumer_secret)}&{oauth_encode(token_secret)}"
    return base64.b64encode(hmac.new(key.encode(), base.encode(), hashlib.sha1).digest()).decode()


@dataclass(frozen=True)
class Auth:
    """Who a request authenticated as.

    ``kind`` is ``none`` (no or invalid credentials), ``consumer`` (application only) or ``user``.
    ``error`` is set when credentials came but failed verification; the request is then refused with 401.
    """

    kind: Literal["none", "consumer", "user"] = "none"
    username: str | None = None
    consumer_key: str | None = field(default=None, repr=False)
    method: str = ""
    error: str | None = None
    oauth: Mapping[str, str] = field(default_factory=dict, repr=False)

    @property
    def valid(self) -> bool:
        """True when credentials came and were accepted (the higher rate-limit tier)."""
        return self.kind != "none"


@dataclass
class _RequestToken:
    secret: str = field(repr=False)
    consumer_key: str
    callback: str
    created: float
    verifier: str | None = field(default=None, repr=False)
    username: str | None = None


class Authenticator:
    """Verifies credentials and keeps the OAuth state (request tokens, issued access tokens, recent nonces)."""

    def __init__(
        self,
        *,
        consumers: Mapping[str, str],
        user_tokens: Mapping[str, str],
        oauth_tokens: Mapping[str, tuple[str, str]],
        clock: Callable[[], float],
        tolerance: float,
        request_token_ttl: float,
        seed: int,
        default_username: str,
    ) -> None:
        self._consumers = dict(consumers)
        self._user_tokens = dict(user_tokens)
        self._access: dict[str, tuple[str, str]] = dict(oauth_tokens)
        self._request_tokens: dict[str, _RequestToken] = {}
        self._nonces: OrderedDict[tuple[str, str, str], float] = OrderedDict()
        self._clock = clock
        self._tolerance = tolerance
        self._ttl = request_token_ttl
        self._rng = random.Random(f"{seed}:oauth-tokens")
        self._lock = threading.Lock()
        self.default_username = default_username

    def __repr__(self) -> str:
        return f"Authenticator(consumers={len(self._consumers)}, access_tokens={len(self._access)})"

    # ------------------------------------------------------------------ requests
    def authenticate(self, authorization: str | None, request: SignedRequest) -> Auth:
        """Check the credentials of one request.

        The ``Authorization`` header first, then ``oauth_*`` parameters in the query or a form body, then
        ``token``/``key``/``secret`` query parameters.
        """
        header = (authorization or "").strip()
        scheme = header.split(None, 1)[0].lower() if header else ""
        if scheme == "oauth":
            return self._oauth(parse_oauth_header(header), request, in_query=False)
        if scheme == "discogs":
            pairs = {}
            for part in header[len("Discogs") :].split(","):
                key, _, value = part.strip().partition("=")
                pairs[key.strip().lower()] = value.strip().strip('"')
            return self._discogs(pairs.get("token"), pairs.get("key"), pairs.get("secret"))
        if header:
            return Auth(error=AUTH_REQUIRED, method=scheme)
        query = dict(request.query)
        if "oauth_consumer_key" in query or "oauth_consumer_key" in dict(request.form):
            oauth = {k: v for k, v in (*request.query, *request.form) if k.startswith("oauth_")}
            return self._oauth(oauth, request, in_query=True)
        if "token" in query or "key" in query or "secret" in query:
            return self._discogs(query.get("token"), query.get("key"), query.get("secret"))
        return Auth()

    def _discogs(self, token: str | None, key: str | None, secret: str | None) -> Auth:
        if token is not None:
            username = self._user_tokens.get(token)
            if username is None:
                return Auth(error=AUTH_REQUIRED, method="token")
            return Auth(kind="user", username=username, method="token")
        if key is not None and secret is not None:
            expected = self._consumers.get(key)
            if expected is None or not hmac.compare_digest(expected, secret):
                return Auth(error=AUTH_REQUIRED, method="key")
            return Auth(kind="consumer", consumer_key=key, method="key")
        return Auth(error=AUTH_REQUIRED, method="discogs")

    def _oauth(self, params: dict[str, str], request: SignedRequest, *, in_query: bool) -> Auth:
        def fail(message: str) -> Auth:
            return Auth(error=message, method="oauth", oauth=params)

        for name in ("oauth_consumer_key", "oauth_signature_method", "oauth_signature", "oauth_timestamp"):
            if name not in params:
                return fail(f"Invalid OAuth request: {name} is missing.")
        if params.get("oauth_version", "1.0") != "1.0":
            return fail("Invalid OAuth request: oauth_version must be 1.0.")
        method = params["oauth_signature_method"]
        if method not in SIGNATURE_METHODS:
            return fail("Unsupported oauth_signature_method: expected PLAINTEXT or HMAC-SHA1.")
        consumer_key = params["oauth_consumer_key"]
        consumer_secret = self._consumers.get(consumer_key)
        if consumer_secret is None:
            return fail("Invalid consumer key.")
        now = self._clock()
        try:
            timestamp = int(params["oauth_timestamp"])
        except ValueError:
            return fail("OAuth timestamp refused: it is not an integer number of seconds.")
        if abs(now - timestamp) > self._tolerance:
            return fail(
                f"OAuth timestamp refused: it is more than {int(self._tolerance)} seconds away from the server's clock."
            )
        nonce = params.get("oauth_nonce", "")
        if not nonce or len(nonce) > _MAX_NONCE:
            return fail(f"Invalid OAuth nonce: it must be 1 to {_MAX_NONCE} characters.")
        token = params.get("oauth_token", "")
        username: str | None = None
        path = request.path
        with self._lock:
            if path == _REQUEST_TOKEN_PATH:
                token_secret = ""
            elif path == _ACCESS_TOKEN_PATH:
                request_token = self._request_tokens.get(token)
                if request_token is None or request_token.consumer_key != consumer_key:
                    return fail("Invalid OAuth request token.")
                token_secret = request_token.secret
            elif token:
                access = self._access.get(token)
                if access is None:
                    return fail("Invalid OAuth access token.")
                token_secret, username = access
            else:
                token_secret = ""
            if method == "PLAINTEXT":
                expected = f"{oauth_encode(consumer_secret)}&{oauth_encode(token_secret)}"
            else:
                # oauth_* pairs that came in the query or the body are already among the request's parameters.
                header_params = {} if in_query else params
                expected = hmac_sha1_signature(request, header_params, consumer_secret, token_secret)
            if not hmac.compare_digest(expected.encode(), params["oauth_signature"].encode()):
                return fail("Invalid OAuth signature.")
            self._forget_old_nonces(now)
            nonce_key = (consumer_key, token, nonce)
            if nonce_key in self._nonces:
                return fail("OAuth nonce already used.")
            self._nonces[nonce_key] = now
        if username is not None:
            return Auth(kind="user", username=username, consumer_key=consumer_key, method="oauth", oauth=params)
        return Auth(kind="consumer", consumer_key=consumer_key, method="oauth", oauth=params)

    def _forget_old_nonces(self, now: float) -> None:
        horizon = now - 2 * self._tolerance
        while self._nonces:
            key, seen = next(iter(self._nonces.items()))
            if seen >= horizon and len(self._nonces) < 100_000:
                break
            self._nonces.pop(key)

    # ------------------------------------------------------------------ OAuth flow
    def _new_secret(self, length: int) -> str:
        alphabet = string.ascii_letters + string.digits
        return "".join(self._rng.choice(alphabet) for _ in range(length))

    def issue_request_token(self, consumer_key: str, callback: str) -> tuple[str, str]:
        """Create a request token (and its secret) for ``consumer_key``."""
        with self._lock:
            token, secret = self._new_secret(40), self._new_secret(40)
            self._request_tokens[token] = _RequestToken(secret, consumer_key, callback, self._clock())
            return token, secret

    def authorize(self, request_token: str, username: str | None = None) -> str:
        """Play the user approving the app on discogs.com: return the verifier of ``request_token``."""
        with self._lock:
            entry = self._request_tokens.get(request_token)
            if entry is None:
                raise KeyError("unknown request token")
            entry.verifier = self._new_secret(10)
            entry.username = username or self.default_username
            return entry.verifier

    def exchange(self, request_token: str, verifier: str) -> tuple[str, str] | str:
        """Trade an authorised request token for an access token and secret; a str is the refusal reason."""
        with self._lock:
            entry = self._request_tokens.get(request_token)
            if entry is None:
                return "Invalid OAuth request token."
            if self._clock() - entry.created > self._ttl:
                del self._request_tokens[request_token]
                return "The request token and verifier have expired."
            if entry.verifier is None or entry.username is None:
                return "The request token has not been authorized."
            if not hmac.compare_digest(entry.verifier, verifier):
                return "Invalid OAuth verifier."
            del self._request_tokens[request_token]
            token, secret = self._new_secret(40), self._new_secret(40)
            self._access[token] = (secret, entry.username)
            return token, secret
