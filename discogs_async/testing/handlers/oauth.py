"""OAuth: the request-token and access-token endpoints of the OAuth 1.0a flow."""

from __future__ import annotations

from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from .common import (
    ApiError,
    auth_of,
    fake_state,
)


async def request_token(request: Request) -> Response:
    """GET or POST /oauth/request_token: a form-encoded request token for a verified consumer."""
    auth = auth_of(request)
    if auth.method != "oauth" or auth.consumer_key is None:
        raise ApiError(401, "Invalid OAuth request: send an OAuth Authorization header (PLAINTEXT or HMAC-SHA1).")
    callback = auth.oauth.get("oauth_callback", "")
    if not callback:
        raise ApiError(400, "Invalid OAuth request: oauth_callback is missing.")
    token, secret = fake_state(request).auth.issue_request_token(auth.consumer_key, callback)
    body = urlencode({"oauth_token": token, "oauth_token_secret": secret, "oauth_callback_confirmed": "true"})
    return Response(body, 200, media_type="application/x-www-form-urlencoded")


async def access_token(request: Request) -> Response:
    """POST /oauth/access_token: trade an authorised request token and verifier for an access token."""
    auth = auth_of(request)
    if auth.method != "oauth" or auth.consumer_key is None:
        raise ApiError(401, "Invalid OAuth request: send an OAuth Authorization header (PLAINTEXT or HMAC-SHA1).")
    verifier = auth.oauth.get("oauth_verifier", "")
    if not verifier:
        raise ApiError(400, "Invalid OAuth request: oauth_verifier is missing.")
    result = fake_state(request).auth.exchange(auth.oauth.get("oauth_token", ""), verifier)
    if isinstance(result, str):
        raise ApiError(400, result)
    token, secret = result
    return Response(
        urlencode({"oauth_token": token, "oauth_token_secret": secret}),
        200,
        media_type="application/x-www-form-urlencoded",
    )


ROUTES: list[Route] = [
    Route("/oauth/request_token", request_token, methods=["GET", "POST"]),
    Route("/oauth/access_token", access_token, methods=["POST"]),
]
