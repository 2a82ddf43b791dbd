"""Discogs auth modes, OAuth 1.0a PLAINTEXT signing (checked by an independent decoder) and HostGuard."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Generator, Iterator
from urllib.parse import unquote

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from discogs_async.auth import (
    AccessTokenAuth,
    ConsumerKey,
    HostGuard,
    InsecureTransportError,
    NoAuth,
    OAuth1,
    OAuthToken,
    RequestTokenAuth,
    UserToken,
    authorize_url,
    parse_token_response,
)

API = "https://api.discogs.com"
NOW = 1_700_000_000.75

# --------------------------------------------------------------------------------------------------------------
# an independent reading of the OAuth header (RFC 5849 §3.5.1 / §3.6), sharing no code with the module

_ENCODED = re.compile(r"(?:[A-Za-z0-9._~-]|%[0-9A-F]{2})*")
_PAIR = re.compile(r'(?P<name>[^=",]+)="(?P<value>[^"]*)"')


def parse_oauth_header(header: str) -> dict[str, str]:
    """Split `OAuth a="x", b="y"` into decoded name/value pairs, insisting on strict RFC 5849 encoding."""
    assert header.startswith("OAuth "), header
    params: dict[str, str] = {}
    for piece in header.removeprefix("OAuth ").split(", "):
        match = _PAIR.fullmatch(piece)
        assert match, f"malformed parameter {piece!r}"
        name, value = match["name"], match["value"]
        assert _ENCODED.fullmatch(name) and _ENCODED.fullmatch(value), f"not strictly percent-encoded: {piece!r}"
        decoded = unquote(name, errors="strict")
        assert decoded not in params, f"duplicate {decoded}"
        params[decoded] = unquote(value, errors="strict")
    return params


def decode_signature(signature: str) -> tuple[str, str]:
    """A PLAINTEXT signature is encode(consumer_secret) & encode(token_secret): undo both halves."""
    halves = signature.split("&")
    assert len(halves) == 2, "the signature must contain exactly one unencoded '&'"
    assert all(_ENCODED.fullmatch(half) for half in halves)
    return unquote(halves[0], errors="strict"), unquote(halves[1], errors="strict")


def counting_nonces() -> Callable[[], str]:
    counter = itertools.count(1)
    return lambda: f"nonce{next(counter)}"


def sign(auth: httpx.Auth, url: str = f"{API}/oauth/identity") -> httpx.Request:
    """Run the auth's pure flow once and return the request it yields."""
    request = httpx.Request("GET", url)
    flow = auth.auth_flow(request)
    signed = next(flow)
    with pytest.raises(StopIteration):
        flow.send(httpx.Response(200, request=signed))
    return signed


class Recorder:
    """A MockTransport handler that keeps every request it receives."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, json={})


async def send_async(auth: httpx.Auth | None, *urls: str) -> list[httpx.Request]:
    recorder = Recorder()
    async with httpx.AsyncClient(transport=httpx.MockTransport(recorder), auth=auth) as client:
        for url in urls:
            await client.get(url)
    return recorder.requests


# --------------------------------------------------------------------------------------------------------------
# Discogs auth: token and key/secret


async def test_user_token_header() -> None:
    [request] = await send_async(UserToken("abcxyz123456"), f"{API}/oauth/identity")
    assert request.headers["Authorization"] == "Discogs token=abcxyz123456"


async def test_consumer_key_header() -> None:
    [request] = await send_async(ConsumerKey("foo123", "bar456"), f"{API}/database/search?q=Nirvana")
    assert request.headers["Authorization"] == "Discogs key=foo123, secret=bar456"


async def test_no_auth_sends_no_header() -> None:
    [request] = await send_async(NoAuth(), f"{API}/releases/1")
    assert "Authorization" not in request.headers


def test_flow_is_pure_and_yields_the_same_request_once() -> None:
    request = httpx.Request("GET", f"{API}/releases/1")
    flow = UserToken("t0ken").auth_flow(request)
    assert next(flow) is request
    with pytest.raises(StopIteration):
        flow.send(httpx.Response(401, request=request))


def test_authenticated_tier() -> None:
    assert NoAuth.authenticated is False
    for cls in (UserToken, ConsumerKey, OAuth1, RequestTokenAuth, AccessTokenAuth):
        assert cls.authenticated is True
    assert HostGuard(UserToken("t"), API).authenticated is True
    assert HostGuard(None, API).authenticated is False
    assert HostGuard(NoAuth(), API).authenticated is False
    assert HostGuard(httpx.BasicAuth("u", "p"), API).authenticated is False  # unknown auths get the safe low tier


@pytest.mark.parametrize("bad", ["", "has space", "tab\there", "new\nline", "n\u00f6n-ascii"])
def test_header_credentials_are_validated_without_echo(bad: str) -> None:
    for build in (lambda: UserToken(bad), lambda: ConsumerKey("key", bad), lambda: ConsumerKey(bad, "secret")):
        with pytest.raises(ValueError) as info:
            build()
        if bad:
            assert bad not in str(info.value)


def test_consumer_key_rejects_comma() -> None:
    with pytest.raises(ValueError, match="visible ASCII"):
        ConsumerKey("key", "sec,ret")


def test_wrong_types_are_rejected() -> None:
    with pytest.raises(TypeError):
        UserToken(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        OAuth1("ck", "cs", 123, "ts")  # type: ignore[arg-type]


# --------------------------------------------------------------------------------------------------------------
# OAuth 1.0a


def test_oauth1_exact_header() -> None:
    auth = OAuth1("ckey", "csecret", "atoken", "tsecret", clock=lambda: NOW, nonce_source=lambda: "abc123")
    assert sign(auth).headers["Authorization"] == (
        'OAuth oauth_consumer_key="ckey", oauth_nonce="abc123", oauth_signature="csecret%26tsecret", '
        'oauth_signature_method="PLAINTEXT", oauth_timestamp="1700000000", oauth_token="atoken", '
        'oauth_version="1.0"'
    )


def test_oauth1_signature_encoding_by_hand() -> None:
    # Worked out by hand from RFC 5849 §3.6: & %26, = %3D, % %25, space %20, + %2B, / %2F, ~ kept, é = C3 A9.
    auth = OAuth1("ck", "a&b=c%d e+f/g~\u00e9", "tok", "x y", clock=lambda: NOW, nonce_source=lambda: "n")
    header = sign(auth).headers["Authorization"]
    assert 'oauth_signature="a%2526b%253Dc%2525d%2520e%252Bf%252Fg~%25C3%25A9%26x%2520y"' in header
    assert parse_oauth_header(header)["oauth_signature"] == "a%26b%3Dc%25d%20e%2Bf%2Fg~%C3%A9&x%20y"


SECRETS = [
    "plain",
    "a&b",
    "k=v",
    "50%",
    "with space",
    "a+b",
    "a/b",
    "\u00e9\u00e8\u00fc",
    "\u65e5\u672c",
    "\U0001f3b5",
    "",
]


@pytest.mark.parametrize("consumer_secret", SECRETS)
@pytest.mark.parametrize("token_secret", ["t&s=%+/ \u00df", ""])
def test_oauth1_signature_decodes_to_both_secrets(consumer_secret: str, token_secret: str) -> None:
    auth = OAuth1("ck", consumer_secret, "tok", token_secret, clock=lambda: NOW, nonce_source=lambda: "n")
    params = parse_oauth_header(sign(auth).headers["Authorization"])
    assert decode_signature(params["oauth_signature"]) == (consumer_secret, token_secret)
    assert params["oauth_signature_method"] == "PLAINTEXT"


async def test_oauth1_fresh_nonce_per_request_with_default_source() -> None:
    auth = OAuth1("ck", "cs", "tok", "ts")
    requests = await send_async(auth, f"{API}/oauth/identity", f"{API}/oauth/identity")
    nonces = [parse_oauth_header(r.headers["Authorization"])["oauth_nonce"] for r in requests]
    assert nonces[0] != nonces[1]
    for nonce in nonces:
        assert 1 <= len(nonce) <= 64
        assert re.fullmatch(r"[A-Za-z0-9._~-]+", nonce)


async def test_oauth1_uses_injected_clock_and_nonce_source() -> None:
    times = iter([1_600_000_000.2, 1_600_000_123.999])
    auth = OAuth1("ck", "cs", "tok", "ts", clock=lambda: next(times), nonce_source=counting_nonces())
    requests = await send_async(auth, f"{API}/a", f"{API}/b")
    params = [parse_oauth_header(r.headers["Authorization"]) for r in requests]
    assert [(p["oauth_timestamp"], p["oauth_nonce"]) for p in params] == [
        ("1600000000", "nonce1"),
        ("1600000123", "nonce2"),
    ]


def test_oauth1_default_clock_is_current_time() -> None:
    import time

    before = int(time.time())
    stamp = int(parse_oauth_header(sign(OAuth1("ck", "cs", "t", "s")).headers["Authorization"])["oauth_timestamp"])
    assert before <= stamp <= int(time.time())


@pytest.mark.parametrize("nonce", ["", "x" * 65, "has space", "a&b", "caf\u00e9"])
def test_oauth1_rejects_bad_nonce(nonce: str) -> None:
    auth = OAuth1("ck", "cs", "tok", "ts", clock=lambda: NOW, nonce_source=lambda: nonce)
    with pytest.raises(ValueError, match="unreserved"):
        sign(auth)


def test_oauth1_accepts_64_character_nonce() -> None:
    auth = OAuth1("ck", "cs", "tok", "ts", clock=lambda: NOW, nonce_source=lambda: "~" * 64)
    assert parse_oauth_header(sign(auth).headers["Authorization"])["oauth_nonce"] == "~" * 64


def test_oauth1_from_token() -> None:
    token = OAuthToken("atok", "asec")
    auth = OAuth1.from_token("ck", "cs", token, clock=lambda: NOW, nonce_source=lambda: "n")
    params = parse_oauth_header(sign(auth).headers["Authorization"])
    assert params["oauth_token"] == "atok"
    assert decode_signature(params["oauth_signature"]) == ("cs", "asec")


def test_request_token_auth_params() -> None:
    auth = RequestTokenAuth("ck", "c&s", "https://app.example/cb?x=1&y=2", clock=lambda: NOW, nonce_source=lambda: "n1")
    params = parse_oauth_header(sign(auth, "https://api.discogs.com/oauth/request_token").headers["Authorization"])
    assert params == {
        "oauth_callback": "https://app.example/cb?x=1&y=2",
        "oauth_consumer_key": "ck",
        "oauth_nonce": "n1",
        "oauth_signature": "c%26s&",
        "oauth_signature_method": "PLAINTEXT",
        "oauth_timestamp": "1700000000",
        "oauth_version": "1.0",
    }
    assert decode_signature(params["oauth_signature"]) == ("c&s", "")


def test_access_token_auth_params() -> None:
    auth = AccessTokenAuth("ck", "cs", "reqtok", "req sec", "verif", clock=lambda: NOW, nonce_source=lambda: "n2")
    request = httpx.Request("POST", "https://api.discogs.com/oauth/access_token")
    signed = next(auth.auth_flow(request))
    params = parse_oauth_header(signed.headers["Authorization"])
    assert params["oauth_token"] == "reqtok"
    assert params["oauth_verifier"] == "verif"
    assert "oauth_callback" not in params
    assert decode_signature(params["oauth_signature"]) == ("cs", "req sec")
    assert set(params) == {
        "oauth_consumer_key",
        "oauth_nonce",
        "oauth_signature",
        "oauth_signature_method",
        "oauth_timestamp",
        "oauth_token",
        "oauth_verifier",
        "oauth_version",
    }


# --------------------------------------------------------------------------------------------------------------
# token responses and the authorize URL


def test_parse_request_token_response() -> None:
    token = parse_token_response("oauth_token=abc123&oauth_token_secret=xyz%26789&oauth_callback_confirmed=true")
    assert token == OAuthToken(token="abc123", secret="xyz&789", callback_confirmed=True)


def test_parse_access_token_response() -> None:
    token = parse_token_response("oauth_token_secret=s3cr3t&oauth_token=tok\n")
    assert (token.token, token.secret, token.callback_confirmed) == ("tok", "s3cr3t", None)


def test_parse_token_response_callback_not_confirmed() -> None:
    assert (
        parse_token_response("oauth_token=a&oauth_token_secret=b&oauth_callback_confirmed=false").callback_confirmed
        is False
    )


def test_oauth_token_is_frozen() -> None:
    token = OAuthToken("a", "b")
    with pytest.raises(AttributeError):
        token.secret = "c"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("oauth_token_secret=TOPSECRET", "no oauth_token"),
        ("oauth_token=TOPSECRET", "no oauth_token_secret"),
        ("oauth_token=&oauth_token_secret=TOPSECRET", "empty oauth_token"),
        ("oauth_token=TOPSECRET&oauth_token_secret=", "empty oauth_token_secret"),
        ("oauth_token=a&oauth_token=TOPSECRET&oauth_token_secret=b", "repeats oauth_token"),
        ("oauth_token=a&oauth_token_secret=TOPSECRET&oauth_callback_confirmed=maybe", "neither"),
        ("<html><body>Invalid consumer TOPSECRET</body></html>", "no oauth_token"),
        ("", "no oauth_token"),
    ],
)
def test_parse_token_response_rejects_bad_input_without_echo(body: str, message: str) -> None:
    with pytest.raises(ValueError, match=message) as info:
        parse_token_response(body)
    assert "TOPSECRET" not in str(info.value)


def test_authorize_url() -> None:
    assert authorize_url("abc123") == "https://www.discogs.com/oauth/authorize?oauth_token=abc123"
    assert (
        authorize_url(OAuthToken("t/k+n=", "s")) == "https://www.discogs.com/oauth/authorize?oauth_token=t%2Fk%2Bn%3D"
    )
    with pytest.raises(ValueError):
        authorize_url("")


# --------------------------------------------------------------------------------------------------------------
# no secrets in repr/str

CK, CS, TOK, TS, VER = "PUBLICKEY", "CONSUMERSECRET", "ACCESSTOKEN", "TOKENSECRET", "VERIFIER"


def _secret_holders() -> list[tuple[object, list[str]]]:
    fixed: dict[str, Callable[[], str] | Callable[[], float]] = {"clock": lambda: NOW, "nonce_source": lambda: "n"}
    return [
        (UserToken(TOK), [TOK]),
        (ConsumerKey(CK, CS), [CS]),
        (OAuth1(CK, CS, TOK, TS, **fixed), [CS, TOK, TS]),  # type: ignore[arg-type]
        (RequestTokenAuth(CK, CS, "oob", **fixed), [CS]),  # type: ignore[arg-type]
        (AccessTokenAuth(CK, CS, TOK, TS, VER, **fixed), [CS, TOK, TS, VER]),  # type: ignore[arg-type]
        (OAuthToken(TOK, TS, True), [TOK, TS]),
        (HostGuard(OAuth1(CK, CS, TOK, TS), f"https://user:{CS}@api.discogs.com"), [CS, TOK, TS]),
    ]


@pytest.mark.parametrize(("holder", "secrets"), _secret_holders(), ids=lambda v: type(v).__name__)
def test_repr_and_str_hide_secrets(holder: object, secrets: list[str]) -> None:
    shown = repr(holder) + str(holder) + f"{holder}" + repr([holder])
    for secret in secrets:
        assert secret not in shown
    assert type(holder).__name__ in shown
    if isinstance(holder, httpx.Auth) and not isinstance(holder, HostGuard):
        signed_header = sign(holder).headers["Authorization"]
        signature = parse_oauth_header(signed_header).get("oauth_signature") if "OAuth" in signed_header else None
        if signature:
            assert signature not in shown


def test_repr_formats() -> None:
    assert repr(UserToken("abc")) == "UserToken(token='***')"
    assert repr(ConsumerKey("key1", "sec")) == "ConsumerKey(key='key1', secret='***')"
    assert repr(OAuth1("ck", "cs", "t", "s")) == (
        "OAuth1(consumer_key='ck', consumer_secret='***', token='***', token_secret='***')"
    )
    assert repr(OAuthToken("t", "s", None)) == "OAuthToken(token='***', secret='***', callback_confirmed=None)"
    assert repr(HostGuard(UserToken("x"), API)) == (
        "HostGuard(inner=UserToken(token='***'), base_url='https://api.discogs.com:443')"
    )


def test_consumer_key_is_visible_but_secret_is_not() -> None:
    assert "PUBLICKEY" in repr(OAuth1(CK, CS, TOK, TS))
    assert ConsumerKey(CK, CS).key == CK
    assert OAuth1(CK, CS, TOK, TS).consumer_key == CK


def test_exceptions_hide_secrets() -> None:
    guard = HostGuard(UserToken("t"), API)
    with pytest.raises(InsecureTransportError) as info:
        sign(guard, f"http://api.discogs.com/database/search?token={TOK}&secret={CS}")
    assert TOK not in str(info.value) and CS not in str(info.value)


# --------------------------------------------------------------------------------------------------------------
# HostGuard


async def test_host_guard_signs_the_api_origin() -> None:
    guard = HostGuard(UserToken("tok"), API)
    requests = await send_async(guard, f"{API}/oauth/identity", "https://api.discogs.com:443/releases/1")
    assert [r.headers.get("Authorization") for r in requests] == ["Discogs token=tok"] * 2


@pytest.mark.parametrize(
    "url",
    [
        "https://i.discogs.com/some/image.jpg",
        "https://www.discogs.com/oauth/authorize",
        "https://api.discogs.com.evil.example/releases/1",
        "https://api.discogs.com:8443/releases/1",
        "https://example.org/",
    ],
)
async def test_host_guard_leaves_other_origins_unsigned(url: str) -> None:
    [request] = await send_async(HostGuard(OAuth1("ck", "cs", "t", "s"), API), url)
    assert "Authorization" not in request.headers


async def test_host_guard_refuses_plain_http_to_the_api_host() -> None:
    recorder = Recorder()
    guard = HostGuard(ConsumerKey("k", "s"), API)
    async with httpx.AsyncClient(transport=httpx.MockTransport(recorder), auth=guard) as client:
        with pytest.raises(InsecureTransportError):
            await client.get("http://api.discogs.com/releases/1")
    assert recorder.requests == []  # nothing went out


def test_host_guard_refuses_a_non_loopback_http_base_url() -> None:
    with pytest.raises(InsecureTransportError):
        HostGuard(UserToken("t"), "http://api.discogs.com")
    assert issubclass(InsecureTransportError, ValueError)


def test_host_guard_without_credentials_allows_plain_http() -> None:
    for inner in (None, NoAuth()):
        guard = HostGuard(inner, "http://api.discogs.com")
        assert "Authorization" not in sign(guard, "http://api.discogs.com/releases/1").headers


@pytest.mark.parametrize(
    "base_url", ["http://127.0.0.1:8000", "http://127.5.6.7:9", "http://[::1]:8000", "http://localhost:8000"]
)
async def test_host_guard_allows_plain_http_to_loopback(base_url: str) -> None:
    [request] = await send_async(HostGuard(UserToken("tok"), base_url), f"{base_url}/oauth/identity")
    assert request.headers["Authorization"] == "Discogs token=tok"


def test_host_guard_rejects_relative_base_url() -> None:
    with pytest.raises(ValueError, match="absolute"):
        HostGuard(UserToken("t"), "/just/a/path")


class RetryOnce(httpx.Auth):
    """A two-step inner auth: first unsigned, then once more with a header if the server said 401."""

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        response = yield request
        if response.status_code == 401:
            headers = {**request.headers, "Authorization": "second-try"}
            yield httpx.Request(request.method, request.url, headers=headers)


def _challenge_then_ok() -> tuple[Recorder, Callable[[httpx.Request], httpx.Response]]:
    recorder = Recorder()
    statuses: Iterator[int] = iter([401, 200])

    def handler(request: httpx.Request) -> httpx.Response:
        recorder(request)
        return httpx.Response(next(statuses))

    return recorder, handler


async def test_host_guard_drives_a_multi_step_inner_flow_async() -> None:
    recorder, handler = _challenge_then_ok()
    async with httpx.AsyncClient(transport=httpx.MockTransport(handler), auth=HostGuard(RetryOnce(), API)) as client:
        response = await client.get(f"{API}/x")
    assert response.status_code == 200
    assert [r.headers.get("Authorization") for r in recorder.requests] == [None, "second-try"]


def test_host_guard_drives_a_multi_step_inner_flow_sync() -> None:
    recorder, handler = _challenge_then_ok()
    with httpx.Client(transport=httpx.MockTransport(handler), auth=HostGuard(RetryOnce(), API)) as client:
        response = client.get(f"{API}/x")
    assert response.status_code == 200
    assert [r.headers.get("Authorization") for r in recorder.requests] == [None, "second-try"]


def test_host_guard_sync_client_signs_and_skips() -> None:
    recorder = Recorder()
    guard = HostGuard(UserToken("tok"), API)
    with httpx.Client(transport=httpx.MockTransport(recorder), auth=guard) as client:
        client.get(f"{API}/a")
        client.get("https://i.discogs.com/b.jpg")
    assert [r.headers.get("Authorization") for r in recorder.requests] == ["Discogs token=tok", None]


# --------------------------------------------------------------------------------------------------------------
# properties


@given(consumer_secret=st.text(), token_secret=st.text())
def test_property_signature_round_trips(consumer_secret: str, token_secret: str) -> None:
    auth = OAuth1("ck", consumer_secret, "tok", token_secret, clock=lambda: NOW, nonce_source=lambda: "n")
    params = parse_oauth_header(sign(auth).headers["Authorization"])
    assert decode_signature(params["oauth_signature"]) == (consumer_secret, token_secret)


@given(
    consumer_key=st.text(min_size=1),
    token=st.text(min_size=1),
    verifier=st.text(min_size=1),
    nonce=st.text(alphabet="ABCxyz019-._~", min_size=1, max_size=64),
    now=st.floats(min_value=0, max_value=4_000_000_000),
)
def test_property_header_parses_for_arbitrary_values(
    consumer_key: str, token: str, verifier: str, nonce: str, now: float
) -> None:
    auth = AccessTokenAuth(consumer_key, "cs", token, "ts", verifier, clock=lambda: now, nonce_source=lambda: nonce)
    params = parse_oauth_header(sign(auth).headers["Authorization"])
    assert params["oauth_consumer_key"] == consumer_key
    assert params["oauth_token"] == token
    assert params["oauth_verifier"] == verifier
    assert params["oauth_nonce"] == nonce
    assert params["oauth_timestamp"] == str(int(now))


@given(callback=st.text(min_size=1))
def test_property_request_token_callback_round_trips(callback: str) -> None:
    auth = RequestTokenAuth("ck", "cs", callback, clock=lambda: NOW, nonce_source=lambda: "n")
    params = parse_oauth_header(sign(auth).headers["Authorization"])
    assert params["oauth_callback"] == callback
    assert "oauth_token" not in params
