"""Plain http to a test host is fine in-process (httpx.ASGITransport), and still refused for a real network."""

from __future__ import annotations

import httpx
import pytest

from discogs_async import Discogs, HostGuard, InsecureTransportError, UserToken

UA = "InProcessTests/1.0 +https://example.org"


def _echo_authorization(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"username": "example", "auth": request.headers.get("authorization")})


async def _asgi_echo(scope: dict[str, object], receive: object, send: object) -> None:
    headers = dict(scope["headers"])  # type: ignore[call-overload]
    body = headers.get(b"authorization", b"")
    await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"text/plain")]})  # type: ignore[operator]
    await send({"type": "http.response.body", "body": body})  # type: ignore[operator]


async def test_asgi_transport_accepts_a_plain_http_test_host_and_signs_requests() -> None:
    transport = httpx.ASGITransport(_asgi_echo)  # type: ignore[arg-type]
    async with Discogs(UA, auth=UserToken("secret-token"), base_url="http://fake-discogs.test", transport=transport):
        pass  # construction no longer raises
    guard = HostGuard(UserToken("secret-token"), "http://testserver", in_process=True)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver", auth=guard) as http:
        response = await http.get("/oauth/identity")
    assert response.text == "Discogs token=secret-token"


def test_a_real_transport_still_refuses_plain_http_to_a_remote_host() -> None:
    with pytest.raises(InsecureTransportError):
        Discogs(UA, auth=UserToken("t"), base_url="http://fake-discogs.test")
    with pytest.raises(InsecureTransportError):
        Discogs(UA, auth=UserToken("t"), base_url="http://api.discogs.com", transport=httpx.AsyncHTTPTransport())
    with pytest.raises(InsecureTransportError):  # a mock transport is no proof that nothing leaves the process
        Discogs(
            UA, auth=UserToken("t"), base_url="http://fake.test", transport=httpx.MockTransport(_echo_authorization)
        )


async def test_without_in_process_the_guard_refuses_a_plain_http_request_to_the_api_host() -> None:
    guard = HostGuard(UserToken("t"), "https://api.discogs.com")
    async with httpx.AsyncClient(transport=httpx.MockTransport(_echo_authorization), auth=guard) as http:
        with pytest.raises(InsecureTransportError):
            await http.get("http://api.discogs.com/oauth/identity")


async def test_in_process_client_on_the_fake_server_over_a_plain_http_test_host() -> None:
    testing = pytest.importorskip("discogs_async.testing")
    app = testing.create_app(testing.FakeConfig(rate_limit=None))
    async with Discogs(
        UA, auth=UserToken("fake-user-token"), base_url="http://fake-discogs.test", transport=httpx.ASGITransport(app)
    ) as discogs:
        identity = await discogs.get_identity()
    assert identity.username == "example"
