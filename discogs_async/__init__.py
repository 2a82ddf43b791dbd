"""discogs_async: an asyncio client for the whole Discogs API v2.

from discogs_async import Discogs, UserToken

async with Discogs("MyApp/1.0 +https://example.org", auth=UserToken(token)) as discogs:
    release = await discogs.get_release(249504)

Each public name loads its module on first use, so `import discogs_async` alone loads nothing else (not even
httpx); `from discogs_async import Discogs` loads the client and what it needs.
"""

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing; type checkers take it as True
if TYPE_CHECKING:
    from ._extras import MissingExtraError
    from .auth import (
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
    from .client import DEFAULT_BASE_URL, Discogs
    from .errors import (
        AuthenticationError,
        CallTimeoutError,
        ClientClosedError,
        DiscogsError,
        ForbiddenError,
        InvalidArgument,
        NetworkError,
        NotFoundError,
        PaginationCap,
        PaginationCapError,
        PaginationCapWarning,
        RateLimitError,
        ServerError,
        UnexpectedResponse,
        UnsafeLinkError,
        ValidationError,
    )
    from .governor import GovernedTransport, Governor, GovernorStats
    from .pagination import Page
    from .retry import RetryPolicy

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_BASE_URL",
    "AccessTokenAuth",
    "AuthenticationError",
    "CallTimeoutError",
    "ClientClosedError",
    "ConsumerKey",
    "Discogs",
    "DiscogsError",
    "ForbiddenError",
    "GovernedTransport",
    "Governor",
    "GovernorStats",
    "HostGuard",
    "InsecureTransportError",
    "InvalidArgument",
    "MissingExtraError",
    "NetworkError",
    "NoAuth",
    "NotFoundError",
    "OAuth1",
    "OAuthToken",
    "Page",
    "PaginationCap",
    "PaginationCapError",
    "PaginationCapWarning",
    "RateLimitError",
    "RequestTokenAuth",
    "RetryPolicy",
    "ServerError",
    "UnexpectedResponse",
    "UnsafeLinkError",
    "UserToken",
    "ValidationError",
    "__version__",
    "authorize_url",
    "parse_token_response",
]

# The one map of where each public name lives (the imports above say the same to type checkers; `__all__` lists
# them for `import *` and the docs). tests/test_public_surface.py checks that the three agree.
_EXPORTS = {
    "._extras": ("MissingExtraError",),
    ".auth": (
        "AccessTokenAuth",
        "ConsumerKey",
        "HostGuard",
        "InsecureTransportError",
        "NoAuth",
        "OAuth1",
        "OAuthToken",
        "RequestTokenAuth",
        "UserToken",
        "authorize_url",
        "parse_token_response",
    ),
    ".client": ("DEFAULT_BASE_URL", "Discogs"),
    ".errors": (
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
    ),
    ".governor": ("GovernedTransport", "Governor", "GovernorStats"),
    ".pagination": ("Page",),
    ".retry": ("RetryPolicy",),
}
_MODULE_OF = {name: module for module, names in _EXPORTS.items() for name in names}

if not TYPE_CHECKING:  # hidden from type checkers, so that a misspelt name is an error for them, not Any

    def __getattr__(name: str) -> object:
        """Load a public name's module on first use, and keep the name here (later lookups are plain)."""
        module = _MODULE_OF.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        # __import__, not importlib.import_module: the import statement's path, which `-X importtime` reports
        value = getattr(__import__(__name__ + module, fromlist=[name]), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
