"""The fake verifies HMAC-SHA1 signatures per RFC 5849, checked with an independent signer (oauthlib)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Literal
from urllib.parse import parse_qsl, urlencode

import httpx
import pytest
from oauthlib.oauth1 import SIGNATURE_HMAC_SHA1, SIGNATURE_TYPE_BODY, SIGNATURE_TYPE_QUERY, Client

from discogs_async.testing import FakeConfig, create_app, serve

UA = "DiscogsAsyncTests/1.0 +https://example.invalid"
BASE = "http://testserver"
KEY, SECRET = "fake-consumer-key", "fake-consumer-secret"
ACCESS, ACCESS_SECRET = "fake-oauth-token", "fake-oauth-token-secret"


def config() -> FakeConfig:
    return FakeConfig(rate_limit=None, consumers={KEY: SECRET, "odd key": "s&cr=t %/~"})


@pytest.fixture
async def http() -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(config())
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=BASE) as c:
        c.app = app  # type: ignore[attr-defined]
        yield c


async def signed(
    http: httpx.AsyncClient,
    client: Client,
    method: Literal["GET", "POST"],
    url: str,
    body: dict[str, str] | None = None,
) -> httpx.Response:
    """Sign with oauthlib exactly as the request will be sent, then send it."""
    headers = {"User-Agent": UA}
    encoded = None
    if body is not None:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
        encoded = urlencode(body)
    uri, signed_headers, signed_body = client.sign(url, method, body=encoded, headers=headers)
    return await http.request(method, uri, headers=signed_headers, content=signed_body)


async def test_consumer_key_and_secret_signed_with_hmac_sha1(http: httpx.AsyncClient) -> None:
    client = Client(KEY, client_secret=SECRET, signature_method=SIGNATURE_HMAC_SHA1)
    answer = await signed(http, client, "GET", f"{BASE}/database/search?q=hidden%20city&type=release")
    assert answer.status_code == 200, answer.text
    odd = Client("odd key", client_secret="s&cr=t %/~", signature_method=SIGNATURE_HMAC_SHA1)
    assert (await signed(http, odd, "GET", f"{BASE}/database/search?q=a+b&title=%C3%A9")).status_code == 200


async def test_a_wrong_hmac_sha1_signature_is_refused(http: httpx.AsyncClient) -> None:
    wrong = Client(KEY, client_secret="not-the-secret", signature_method=SIGNATURE_HMAC_SHA1)
    refused = await signed(http, wrong, "GET", f"{BASE}/database/search?q=x")
    assert refused.status_code == 401 and refused.json() == {"message": "Invalid OAuth signature."}
    # Signed for one query, sent with another: the parameters are covered by the signature.
    client = Client(KEY, client_secret=SECRET, signature_method=SIGNATURE_HMAC_SHA1)
    uri, headers, _ = client.sign(f"{BASE}/database/search?q=x", "GET", headers={"User-Agent": UA})
    tampered = await http.get(uri.replace("q=x", "q=y"), headers=headers)
    assert tampered.status_code == 401
    # Signed for another host.
    uri, headers, _ = client.sign("http://elsewhere/database/search?q=x", "GET", headers={"User-Agent": UA})
    assert (await http.get(f"{BASE}/database/search?q=x", headers=headers)).status_code == 401


async def test_realm_is_ignored_and_query_signatures_work(http: httpx.AsyncClient) -> None:
    with_realm = Client(
        KEY, client_secret=SECRET, resource_owner_key=ACCESS, resource_owner_secret=ACCESS_SECRET, realm="discogs"
    )
    with_realm.signature_method = SIGNATURE_HMAC_SHA1
    answer = await signed(http, with_realm, "GET", f"{BASE}/oauth/identity")
    assert answer.status_code == 200 and answer.json()["username"] == "example"
    in_query = Client(
        KEY,
        client_secret=SECRET,
        resource_owner_key=ACCESS,
        resource_owner_secret=ACCESS_SECRET,
        signature_type=SIGNATURE_TYPE_QUERY,
    )
    answer = await signed(http, in_query, "GET", f"{BASE}/oauth/identity?x=1")
    assert answer.status_code == 200 and answer.json()["username"] == "example"


async def test_form_body_parameters_are_covered_by_the_signature(http: httpx.AsyncClient) -> None:
    client = Client(KEY, client_secret=SECRET, resource_owner_key=ACCESS, resource_owner_secret=ACCESS_SECRET)
    created = await signed(http, client, "POST", f"{BASE}/users/example/collection/folders", {"name": "Signed"})
    assert created.status_code == 201 and created.json()["name"] == "Signed"
    url = f"{BASE}/users/example/collection/folders"
    headers = {"User-Agent": UA, "Content-Type": "application/x-www-form-urlencoded"}
    uri, signed_headers, _ = client.sign(url, "POST", body="name=Signed", headers=headers)
    tampered = await http.post(uri, headers=signed_headers, content="name=Tampered")
    assert tampered.status_code == 401
    in_body = Client(
        KEY,
        client_secret=SECRET,
        resource_owner_key=ACCESS,
        resource_owner_secret=ACCESS_SECRET,
        signature_type=SIGNATURE_TYPE_BODY,
    )
    created = await signed(http, in_body, "POST", url, {"name": "In body"})
    assert created.status_code == 201 and created.json()["name"] == "In body"


async def test_the_whole_oauth_flow_signed_with_hmac_sha1_and_the_request_token_by_post(
    http: httpx.AsyncClient,
) -> None:
    consumer = Client(KEY, client_secret=SECRET, callback_uri="https://app.example/callback")
    answer = await signed(http, consumer, "POST", f"{BASE}/oauth/request_token")
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"].startswith("application/x-www-form-urlencoded")
    token = dict(parse_qsl(answer.text))
    assert token["oauth_callback_confirmed"] == "true"
    verifier = http.app.state.fake.authorize(token["oauth_token"], "rodneyfool")  # type: ignore[attr-defined]
    exchange = Client(
        KEY,
        client_secret=SECRET,
        resource_owner_key=token["oauth_token"],
        resource_owner_secret=token["oauth_token_secret"],
        verifier=verifier,
    )
    answer = await signed(http, exchange, "POST", f"{BASE}/oauth/access_token")
    assert answer.status_code == 200, answer.text
    access = dict(parse_qsl(answer.text))
    user = Client(
        KEY,
        client_secret=SECRET,
        resource_owner_key=access["oauth_token"],
        resource_owner_secret=access["oauth_token_secret"],
    )
    identity = await signed(http, user, "GET", f"{BASE}/oauth/identity")
    assert identity.status_code == 200 and identity.json()["username"] == "rodneyfool"
    impostor = Client(
        KEY, client_secret=SECRET, resource_owner_key=access["oauth_token"], resource_owner_secret="guessed"
    )
    assert (await signed(http, impostor, "GET", f"{BASE}/oauth/identity")).status_code == 401


async def test_get_request_token_signed_with_hmac_sha1_still_works(http: httpx.AsyncClient) -> None:
    consumer = Client(KEY, client_secret=SECRET, callback_uri="oob")
    answer = await signed(http, consumer, "GET", f"{BASE}/oauth/request_token")
    assert answer.status_code == 200 and "oauth_token=" in answer.text


async def test_hmac_sha1_over_tcp_signs_host_and_port() -> None:
    async with serve(config()) as url, httpx.AsyncClient() as http:
        client = Client(KEY, client_secret=SECRET, resource_owner_key=ACCESS, resource_owner_secret=ACCESS_SECRET)
        uri, headers, _ = client.sign(f"{url}/oauth/identity", "GET", headers={"User-Agent": UA})
        answer = await http.get(uri, headers=headers)
        assert answer.status_code == 200 and answer.json()["username"] == "example"
