"""discogs_async: an asyncio client for the whole Discogs API v2.

from discogs_async import Discogs, UserToken

async with Discogs("MyApp/1.0 +https://example.org", auth=UserToken(token)) as discogs:
    release = await discogs.get_release(249504)
"""

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
