"""User Identity: identity, profiles, submissions and contributions."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ..data import (
    API,
    CURRENCIES,
    UserState,
    iter_sorted,
)
from .common import (
    JSON,
    USER,
    ApiError,
    fake_state,
    is_owner,
    paginate,
    paginate_list,
    params_of,
    release_sort_key,
    require_owner,
    require_user,
    respond,
    sort_order,
    user_of,
)


async def identity(request: Request) -> Response:
    """GET /oauth/identity."""
    viewer = require_user(request)
    data = fake_state(request).data
    return respond(request, {**data.user_summary(viewer.username), "consumer_name": "Fake Discogs Client"})


def _profile(request: Request, state: UserState) -> JSON:
    data = fake_state(request).data
    owner = is_owner(request, state)
    name = state.username
    profile = state.profile
    doc: JSON = {
        "id": state.user_id,
        "username": name,
        "resource_url": f"{API}/users/{name}",
        "uri": f"https://www.discogs.com/user/{name}",
        "name": profile["name"],
        "home_page": profile["home_page"],
        "location": profile["location"],
        "profile": profile["profile"],
        "registered": profile["registered"],
        "rank": profile["rank"],
        "num_pending": profile["num_pending"],
        "num_for_sale": sum(1 for listing in state.listings.values() if listing["status"] == "For Sale"),
        "num_lists": sum(1 for record in state.lists if record.public or owner),
        "releases_contributed": profile["releases_contributed"],
        "releases_rated": profile["releases_rated"],
        "rating_avg": profile["rating_avg"],
        "inventory_url": f"{API}/users/{name}/inventory",
        "collection_folders_url": f"{API}/users/{name}/collection/folders",
        "collection_fields_url": f"{API}/users/{name}/collection/fields",
        "wantlist_url": f"{API}/users/{name}/wants",
        "avatar_url": data.thumb("U", state.user_id),
        "banner_url": "",
        "curr_abbr": profile["curr_abbr"],
        "buyer_rating": profile["buyer_rating"],
        "buyer_rating_stars": profile["buyer_rating_stars"],
        "buyer_num_ratings": profile["buyer_num_ratings"],
        "seller_rating": profile["seller_rating"],
        "seller_rating_stars": profile["seller_rating_stars"],
        "seller_num_ratings": profile["seller_num_ratings"],
    }
    if owner or state.collection_public:
        doc["num_collection"] = len(state.instances)
    if owner or state.wantlist_public:
        doc["num_wantlist"] = len(state.wants)
    if owner:
        doc.update(
            email=profile["email"],
            num_unread=0,
            activated=True,
            marketplace_suspended=False,
            is_staff=False,
        )
    return doc


async def get_profile(request: Request) -> Response:
    """GET /users/{username}."""
    return respond(request, _profile(request, user_of(request, request.path_params["username"])))


async def edit_profile(request: Request) -> Response:
    """POST /users/{username}: edit name, home_page, location, profile, curr_abbr."""
    state = user_of(request, request.path_params["username"])
    require_owner(request, state)
    params = await params_of(request)
    currency = params.get("curr_abbr")
    if currency is not None and str(currency).upper() not in CURRENCIES:
        raise ApiError(422, f"Invalid curr_abbr: expected one of {', '.join(CURRENCIES)}.")
    for key in ("name", "home_page", "location", "profile"):
        if key in params:
            state.profile[key] = str(params[key])
    if currency is not None:
        state.profile["curr_abbr"] = str(currency).upper()
    return respond(request, _profile(request, state))


async def submissions(request: Request) -> Response:
    """GET /users/{username}/submissions: one page of releases, artists and labels."""
    state = user_of(request, request.path_params["username"])
    data = fake_state(request).data

    def fetch(offset: int, count: int) -> JSON:
        groups: JSON = {"artists": [], "labels": [], "releases": []}
        for kind, entity_id in state.submissions[offset : offset + count]:
            if kind == "releases":
                groups[kind].append(data.release(entity_id))
            elif kind == "artists":
                groups[kind].append(data.submitted_artist(entity_id))
            else:
                groups[kind].append(data.label(entity_id))
        return groups

    return paginate(request, "submissions", len(state.submissions), fetch)


async def contributions(request: Request) -> Response:
    """GET /users/{username}/contributions: full release objects."""
    state = user_of(request, request.path_params["username"])
    data = fake_state(request).data
    sort = request.query_params.get("sort", "")
    ids = iter_sorted(state.contributions, release_sort_key(request, sort), sort_order(request))
    return paginate_list(request, "contributions", ids, data.release)


ROUTES: list[Route] = [
    Route("/oauth/identity", identity, methods=["GET"]),
    Route(USER, get_profile, methods=["GET"]),
    Route(USER, edit_profile, methods=["POST"]),
    Route(USER + "/submissions", submissions, methods=["GET"]),
    Route(USER + "/contributions", contributions, methods=["GET"]),
]
