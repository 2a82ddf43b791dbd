"""An async web backend serving many Discogs users through one shared client.

One `Discogs` is opened in the app's lifespan: one connection pool, one rate governor for the whole process.
Each request signs as its own user through `discogs.as_user(...)`, a light view that shares both.

Run it against the real API (tokens come from your OAuth flow; here from a header, for the example only):
    uvicorn examples.web_backend:app
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from discogs_async import Discogs, DiscogsError, OAuth1

USER_AGENT = "DiscogsAsyncExample/1.0 +https://github.com/discogs-async"


def create_app(discogs: Discogs | None = None) -> Starlette:
    """The app; pass a client to use it instead of one made from DISCOGS_BASE_URL (tests do)."""

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        client = discogs or Discogs(USER_AGENT, base_url=os.environ.get("DISCOGS_BASE_URL", "https://api.discogs.com"))
        async with client:
            app.state.discogs = client
            yield

    def user_client(request: Request) -> Discogs:
        """Sign as the user this request is for (here from headers; a real app looks its session up)."""
        token, secret = request.headers.get("x-user-token"), request.headers.get("x-user-token-secret")
        if not token or secret is None:
            raise HTTPException(401, "send X-User-Token and X-User-Token-Secret")
        consumer_key, consumer_secret = (
            os.environ.get("DISCOGS_CONSUMER_KEY", ""),
            os.environ.get("DISCOGS_CONSUMER_SECRET", ""),
        )
        discogs: Discogs = request.app.state.discogs
        return discogs.as_user(OAuth1(consumer_key, consumer_secret, token, secret))

    async def me(request: Request) -> JSONResponse:
        identity = await user_client(request).get_identity()
        return JSONResponse(identity.to_dict())

    async def wantlist(request: Request) -> JSONResponse:
        discogs = user_client(request)
        identity = await discogs.get_identity()
        wants = [
            w.to_dict() async for w in discogs.paginate(discogs.get_wantlist, username=identity.username, max_items=20)
        ]
        return JSONResponse({"username": identity.username, "wants": wants})

    async def release(request: Request) -> JSONResponse:
        discogs: Discogs = request.app.state.discogs
        found = await discogs.get_release(int(request.path_params["release_id"]))
        return JSONResponse(found.to_dict())

    async def discogs_error(request: Request, error: Exception) -> JSONResponse:
        """Any failed Discogs call: its 4xx status, or 502 when Discogs failed or did not answer."""
        if not isinstance(error, DiscogsError):
            raise error
        status = error.status if error.status is not None and 400 <= error.status < 500 else 502
        return JSONResponse({"error": error.message or str(error)}, status_code=status)

    return Starlette(
        routes=[
            Route("/me", me),
            Route("/me/wants", wantlist),
            Route("/releases/{release_id:int}", release),
        ],
        exception_handlers={DiscogsError: discogs_error},
        lifespan=lifespan,
    )


app = create_app()
