"""The rate governor: no moving window holds more than `limit - reserve` requests; within that, requests go at once.

`rule` holds what every store shares (settings, the feedback read from an answer, the window decision), `memory`
the in-process store (`Governor`), `transport` the httpx transport that spends the budget; the Redis store, shared
by processes, is `discogs_async.redis_governor`. The design is in docs/governor.md.
"""

from .memory import Governor
from .rule import ANONYMOUS_LIMIT, AUTHENTICATED_LIMIT, Feedback, GovernorStats, Permit, RateGovernor, Settings
from .transport import GovernedTransport

__all__ = [
    "ANONYMOUS_LIMIT",
    "AUTHENTICATED_LIMIT",
    "Feedback",
    "GovernedTransport",
    "Governor",
    "GovernorStats",
    "Permit",
    "RateGovernor",
    "Settings",
]
