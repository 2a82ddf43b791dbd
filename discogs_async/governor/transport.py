"""The governor in the transport layer: every request httpx sends spends budget first."""

from __future__ import annotations

import httpx

from .rule import RateGovernor

__all__ = ["GovernedTransport"]


class GovernedTransport(httpx.AsyncBaseTransport):
    """An httpx transport that spends governor budget on every request it passes to the transport it wraps.

    It does not retry: retries belong above the auth flow, so that every attempt is signed afresh.
    """

    def __init__(self, inner: httpx.AsyncBaseTransport, governor: RateGovernor) -> None:
        """Wrap `inner` (for example `httpx.AsyncHTTPTransport()`), pacing it with `governor` (any `RateGovernor`)."""
        self._inner = inner
        self._governor = governor

    @property
    def governor(self) -> RateGovernor:
        """The governor this transport spends budget through."""
        return self._governor

    @property
    def inner(self) -> httpx.AsyncBaseTransport:
        """The wrapped transport."""
        return self._inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Wait for budget, send through the inner transport, and let the governor read the answer."""
        permit = await self._governor.acquire()
        try:
            response = await self._inner.handle_async_request(request)
        except BaseException:
            self._governor.observe_error(permit)
            raise
        self._governor.observe(response.status_code, response.headers, permit=permit)
        return response

    async def aclose(self) -> None:
        """Close the inner transport."""
        await self._inner.aclose()
