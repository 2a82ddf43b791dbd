"""`Discogs` at the client level: construction, the funnel's typed errors and retries, views, closing, secrets."""

from __future__ import annotations

import asyncio
import inspect
import re
from collections.abc import Awaitable, Callable

import httpx
import pytest

from discogs_async import (
    AuthenticationError,
    ConsumerKey,
    Discogs,
    DiscogsError,
    ForbiddenError,
    Governor,
    InsecureTransportError,
    NetworkError,
    NotFoundError,
    OAuth1,
    RateLimitError,
    RetryPolicy,
    ServerError,
    UnexpectedResponse,
    UserToken,
    ValidationError,
)
from discogs_async._generated.api import Operations
from discogs_async._generated.types import BoundOperation, Operation
from tests.bodies import SPEC, load_spec, operations, snake

UA = "ClientTests/1.0 +https://example.org"
BASE = "https://api.discogs.com"
TOKEN = "personal-SECRET-token"
FAST = RetryPolicy(attempts=3, rate_limit_attempts=3, base_delay=0.001, max_delay=0.005)
RELEASE = {"id": 249504, "title": "Never Gonna Give You Up", "year": 1987}
CLOUDFLARE = (
    "<!DOCTYPE html>\n<html><head><title>Attention Required! | Cloudflare</title></head>\n"
    "<body><h1>Sorry, you have been blocked</h1></body></html>\n"
)

Handler = Callable[[httpx.Request], httpx.Response | Awaitable[httpx.Response]]


class Recording(httpx.MockTransport):
    """A mock transport that keeps every request it saw and counts how often it was closed."""

    def __init__(self, handler: Handler) -> None:
        self.requests: list[httpx.Request] = []
        self.closed = 0

        async def record(request: httpx.Request) -> httpx.Response:
            self.requests.append(request)
            answer = handler(request)
            return answer if isinstance(answer, httpx.Response) else await answer

        super().__init__(record)

    async def aclose(self) -> None:
        self.closed += 1


def script(*answers: httpx.Response | Exception) -> Handler:
    """A handler answering the requests in turn with these responses (or raising these exceptions)."""
    queue = list(answers)

    def handler(request: httpx.Request) -> httpx.Response:
        answer = queue.pop(0) if len(queue) > 1 else queue[0]
        if isinstance(answer, Exception):
            if isinstance(answer, httpx.RequestError):
                answer.request = request
            raise answer
        return answer

    return handler


def make(
    transport: httpx.AsyncBaseTransport,
    *,
    auth: httpx.Auth | None = None,
    governor: Governor | None = None,
    retry: RetryPolicy = FAST,
    base_url: str = BASE,
) -> Discogs:
    """A client on a mock transport, paced by a governor fast enough never to slow a test down."""
    return Discogs(
        UA,
        auth=auth if auth is not None else UserToken(TOKEN),
        base_url=base_url,
        governor=governor or Governor(1000, window=0.1),
        retry=retry,
        transport=transport,
    )


# --------------------------------------------------------------------------------------------------- construction


@pytest.mark.parametrize("user_agent", ["", "   ", None, 42])
def test_user_agent_is_required(user_agent: object) -> None:
    with pytest.raises(ValueError, match="user_agent"):
        Discogs(user_agent, auth=UserToken(TOKEN))  # type: ignore[arg-type]


@pytest.mark.parametrize("base_url", ["api.discogs.com", "/releases", "ftp://api.discogs.com", "https://", ""])
def test_base_url_must_be_absolute_http(base_url: str) -> None:
    with pytest.raises(ValueError, match="base_url"):
        Discogs(UA, base_url=base_url)


def test_credentials_over_plain_http_are_refused_except_on_loopback() -> None:
    with pytest.raises(InsecureTransportError):
        Discogs(UA, auth=UserToken(TOKEN), base_url="http://api.discogs.com")
    Discogs(UA, auth=UserToken(TOKEN), base_url="http://127.0.0.1:8080")  # a local fake is fine


async def test_user_agent_goes_out_on_every_request_and_view() -> None:
    transport = Recording(script(httpx.Response(503), httpx.Response(200, json=RELEASE)))
    async with make(transport) as discogs:
        await discogs.get_release(249504)
        await discogs.as_user(None).get_release(249504)
        await discogs.with_timeout(5).get_release(249504)
    assert len(transport.requests) == 4  # one retry included
    assert {request.headers["user-agent"] for request in transport.requests} == {UA}


@pytest.mark.skipif(not SPEC.is_file(), reason=f"{SPEC} is absent")
def test_every_operation_of_the_spec_is_an_operation_method() -> None:
    expected = {snake(op["operationId"]) for op in operations(load_spec()).values()}
    assert len(expected) == len(operations(load_spec()))  # operationIds are unique
    facade = {name for name, value in vars(Operations).items() if isinstance(value, Operation)}
    assert facade == expected  # no operation missing, none invented
    discogs = Discogs(UA)
    for name in expected:
        bound = getattr(discogs, name)
        assert isinstance(bound, BoundOperation), name
        assert inspect.iscoroutinefunction(bound.__call__) and bound.__name__ == name
        assert inspect.iscoroutinefunction(getattr(Operations, name).function), name


# ---------------------------------------------------------------------------------------------------- typed errors


@pytest.mark.parametrize(
    ("status", "cls", "attempts"),
    [
        (401, AuthenticationError, 1),
        (403, ForbiddenError, 1),
        (404, NotFoundError, 1),
        (422, ValidationError, 1),
        (429, RateLimitError, 3),
        (500, ServerError, 3),
        (503, ServerError, 3),
    ],
)
async def test_typed_errors_through_the_funnel(status: int, cls: type[DiscogsError], attempts: int) -> None:
    message = f"the server says no ({status})"
    transport = Recording(script(httpx.Response(status, json={"message": message})))
    governor = Governor(1000, window=0.1, pause_after_429=0.001)
    async with make(transport, governor=governor, base_url="https://someone:hunter2@api.discogs.com") as discogs:
        with pytest.raises(cls) as caught:
            await discogs.search_database(q="nirvana")
    error = caught.value
    assert type(error) is cls
    assert (error.status, error.message, error.method) == (status, message, "GET")
    assert error.url.startswith("https://api.discogs.com/database/search?")
    assert "q=nirvana" in error.url
    assert error.body == f'{{"message":"{message}"}}'
    assert message in str(error)
    for secret in ("hunter2", "someone", TOKEN):
        assert secret not in str(error) and secret not in error.url
    assert len(transport.requests) == attempts  # 4xx at once; 429 and 5xx after the policy's attempts


async def test_cloudflare_html_403_keeps_the_page() -> None:
    transport = Recording(script(httpx.Response(403, html=CLOUDFLARE)))
    async with make(transport) as discogs:
        with pytest.raises(ForbiddenError) as caught:
            await discogs.get_release(1)
    assert caught.value.status == 403
    assert caught.value.message is None
    assert caught.value.body == CLOUDFLARE
    assert "Cloudflare" in str(caught.value)
    assert len(transport.requests) == 1


@pytest.mark.parametrize(
    "body",
    [
        b"<html><body>Maintenance</body></html>",
        b'{"id": 249504, "title": "Never Gonna',  # cut short
        b"",
        b"\xff\xfe not utf-8 \x80",
    ],
    ids=["html", "truncated", "empty", "bad-bytes"],
)
async def test_unparseable_200_is_an_unexpected_response(body: bytes) -> None:
    transport = Recording(script(httpx.Response(200, content=body, headers={"content-type": "application/json"})))
    async with make(transport) as discogs:
        with pytest.raises(UnexpectedResponse) as caught:
            await discogs.get_release(249504)
    error = caught.value
    assert (error.status, error.method) == (200, "GET")
    assert error.url == f"{BASE}/releases/249504"
    assert error.body == httpx.Response(200, content=body).text
    assert "/releases/249504" in str(error)
    assert len(transport.requests) == 1  # a body that does not parse is not retried


async def test_wrongly_shaped_json_is_an_unexpected_response() -> None:
    transport = Recording(script(httpx.Response(200, json=[1, 2, 3])))
    async with make(transport) as discogs:
        with pytest.raises(UnexpectedResponse) as caught:
            await discogs.get_release(249504)
    assert caught.value.body == "[1,2,3]"


# --------------------------------------------------------------------------------------------------------- retries


async def test_get_503_then_200_succeeds() -> None:
    transport = Recording(script(httpx.Response(503, html="<h1>503</h1>"), httpx.Response(200, json=RELEASE)))
    async with make(transport) as discogs:
        release = await discogs.get_release(249504)
    assert release.title == RELEASE["title"]
    assert len(transport.requests) == 2


async def test_post_503_is_not_retried() -> None:
    transport = Recording(script(httpx.Response(503, html="<h1>503</h1>"), httpx.Response(201, json={"id": 3})))
    async with make(transport) as discogs:
        with pytest.raises(ServerError) as caught:
            await discogs.create_collection_folder("example", name="Jazz")
    assert caught.value.method == "POST"
    assert len(transport.requests) == 1


async def test_post_read_timeout_is_not_retried() -> None:
    transport = Recording(script(httpx.ReadTimeout("slow"), httpx.Response(201, json={"id": 3})))
    async with make(transport) as discogs:
        with pytest.raises(NetworkError) as caught:
            await discogs.create_collection_folder("example", name="Jazz")
    assert (caught.value.status, caught.value.method) == (None, "POST")
    assert len(transport.requests) == 1


async def test_post_connect_error_is_retried() -> None:
    folder = {"id": 3, "name": "Jazz", "count": 0, "resource_url": f"{BASE}/users/example/collection/folders/3"}
    transport = Recording(script(httpx.ConnectError("refused"), httpx.Response(201, json=folder)))
    async with make(transport) as discogs:
        created = await discogs.create_collection_folder("example", name="Jazz")
    assert created.id == 3
    assert [request.method for request in transport.requests] == ["POST", "POST"]
    assert transport.requests[0].content == transport.requests[1].content


async def test_connect_errors_give_up_after_the_policy_attempts() -> None:
    transport = Recording(script(httpx.ConnectError("refused")))
    async with make(transport) as discogs:
        with pytest.raises(NetworkError) as caught:
            await discogs.get_release(1)
    assert len(transport.requests) == FAST.attempts
    assert caught.value.status is None
    assert caught.value.url == f"{BASE}/releases/1"
    assert "ConnectError" in str(caught.value)


async def test_every_oauth_attempt_is_signed_afresh() -> None:
    auth = OAuth1("consumer-key", "consumer-SECRET", "access-SECRET-token", "token-SECRET")
    transport = Recording(script(httpx.Response(503), httpx.Response(200, json=RELEASE)))
    async with make(transport, auth=auth) as discogs:
        await discogs.get_release(249504)
    nonces = [re.search(r'oauth_nonce="([^"]+)"', r.headers["authorization"]) for r in transport.requests]
    assert len(nonces) == 2 and all(nonces)
    assert nonces[0] and nonces[1] and nonces[0].group(1) != nonces[1].group(1)


class Clocked(Recording):
    """Also notes the loop time at which each request arrived."""

    def __init__(self, handler: Handler) -> None:
        self.times: list[float] = []

        def timed(request: httpx.Request) -> httpx.Response | Awaitable[httpx.Response]:
            self.times.append(asyncio.get_running_loop().time())
            return handler(request)

        super().__init__(timed)


@pytest.mark.parametrize(("headers", "pause"), [({}, 0.2), ({"Retry-After": "0.3"}, 0.3)], ids=["bare", "retry-after"])
async def test_429_is_waited_out_through_the_governor(headers: dict[str, str], pause: float) -> None:
    too_quick = httpx.Response(429, headers=headers, json={"message": "You are making requests too quickly."})
    transport = Clocked(script(too_quick, httpx.Response(200, json=RELEASE)))
    governor = Governor(100, window=0.2)
    async with make(transport, governor=governor) as discogs:
        release = await discogs.get_release(249504)
    assert release.id == 249504
    assert len(transport.requests) == 2
    assert transport.times[1] - transport.times[0] >= pause - 0.01  # the governor held the retry back
    stats = governor.stats()
    assert (stats.requests, stats.throttled_429) == (2, 1)
    assert stats.pauses >= 1


async def test_429_gives_up_after_rate_limit_attempts() -> None:
    transport = Recording(script(httpx.Response(429, json={"message": "You are making requests too quickly."})))
    governor = Governor(100, window=0.2, pause_after_429=0.005)
    policy = RetryPolicy(attempts=2, rate_limit_attempts=4, base_delay=0.001)
    async with make(transport, governor=governor, retry=policy) as discogs:
        with pytest.raises(RateLimitError) as caught:
            await discogs.get_release(1)
    assert len(transport.requests) == 4
    assert governor.stats().throttled_429 == 4
    assert caught.value.message == "You are making requests too quickly."
    assert "4 attempts" in str(caught.value)


# ----------------------------------------------------------------------------------------------- views and closing


async def test_views_share_pool_and_governor_and_sign_as_their_user() -> None:
    transport = Recording(script(httpx.Response(200, json={"id": 1, "username": "someone"})))
    async with make(transport) as discogs:
        alice = discogs.as_user(UserToken("alice-SECRET"))
        anonymous = discogs.as_user(None)
        assert alice._shared is discogs._shared and anonymous._shared is discogs._shared
        assert alice.governor is discogs.governor
        await discogs.get_identity()
        await alice.get_identity()
        await anonymous.get_identity()
    assert [r.headers.get("authorization") for r in transport.requests] == [
        f"Discogs token={TOKEN}",
        "Discogs token=alice-SECRET",
        None,
    ]
    assert discogs.governor.stats().requests == 3  # one governor counted all three


async def test_closing_a_view_keeps_the_pool_open_and_async_with_closes_it() -> None:
    transport = Recording(script(httpx.Response(200, json=RELEASE)))
    discogs = make(transport)
    async with discogs:
        async with discogs.as_user(UserToken("alice-SECRET")) as view:
            await view.get_release(249504)
        await discogs.with_timeout(3).aclose()
        assert transport.closed == 0
        await discogs.get_release(249504)
        await view.get_release(249504)  # a closed view still works while its client is open
    assert transport.closed == 1
    with pytest.raises(RuntimeError, match="closed"):
        await discogs.get_release(249504)
    assert len(transport.requests) == 3


async def test_with_timeout_sets_the_per_request_timeout() -> None:
    transport = Recording(script(httpx.Response(200, json=RELEASE)))
    async with make(transport) as discogs:
        await discogs.with_timeout(2.5).get_release(249504)
        await discogs.with_timeout(httpx.Timeout(1.0, connect=4.0)).get_release(249504)
        await discogs.get_release(249504)
    timeouts = [request.extensions["timeout"] for request in transport.requests]
    assert timeouts[0] == dict.fromkeys(("connect", "read", "write", "pool"), 2.5)
    assert timeouts[1] == {"connect": 4.0, "read": 1.0, "write": 1.0, "pool": 1.0}
    assert timeouts[2] == dict.fromkeys(("connect", "read", "write", "pool"), 30.0)
    assert all(r.headers["authorization"] == f"Discogs token={TOKEN}" for r in transport.requests)


def test_reprs_show_no_secret() -> None:
    auth = OAuth1("consumer-key", "consumer-SECRET", "access-SECRET-token", "token-SECRET")
    discogs = make(Recording(script(httpx.Response(200))), auth=auth)
    views = [discogs, discogs.as_user(UserToken("user-SECRET")), discogs.with_timeout(3)]
    views.append(discogs.as_user(ConsumerKey("app-key", "app-SECRET")))
    for client in views:
        text = repr(client) + str(client)
        assert "SECRET" not in text, text
        assert "api.discogs.com" in text


# ---------------------------------------------------------------------------------------------- credentials' host


async def test_a_redirect_elsewhere_is_not_followed() -> None:
    moved = httpx.Response(302, headers={"location": "https://evil.example/releases/1"})
    transport = Recording(script(moved))
    async with make(transport) as discogs:
        with pytest.raises(DiscogsError) as caught:
            await discogs.get_release(1)
    assert caught.value.status == 302
    assert [request.url.host for request in transport.requests] == ["api.discogs.com"]


async def test_credentials_go_only_to_the_api_host() -> None:
    transport = Recording(script(httpx.Response(200, json=RELEASE)))
    async with make(transport, auth=OAuth1("ck", "cs", "tok", "ts")) as discogs:
        await discogs.get_release(1)
        # The client's guarded auth on any other URL (an image, a resource_url elsewhere): it goes out bare.
        async with httpx.AsyncClient(auth=discogs._guard, transport=transport) as other:
            await other.get("https://i.discogs.com/some-image.jpeg")
            await other.get("https://api.discogs.com:8443/releases/1")
            with pytest.raises(InsecureTransportError):  # the API host over plain http: refused, not sent
                await other.get("http://api.discogs.com/releases/1")
    first, image, other_port = transport.requests
    assert first.headers["authorization"].startswith("OAuth ")
    assert "authorization" not in image.headers
    assert "authorization" not in other_port.headers
