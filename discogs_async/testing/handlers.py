"""Routes of the fake Discogs API: every operation of the documentation, reads and writes."""

from __future__ import annotations

import csv
import io
import json
import math
import re
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from email.parser import BytesParser
from email.policy import HTTP as HTTP_POLICY
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import parse_qsl, urlencode

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import ExceptionHandler

from .auth import AUTH_REQUIRED, Auth
from .data import (
    API,
    COLLECTION_FIELDS,
    CONDITIONS,
    CURRENCIES,
    IMAGES,
    INVENTORY_PAGE_CAP,
    ORDER_STATUSES,
    SEARCH_CAP,
    SLEEVE_CONDITIONS,
    Instance,
    ListRecord,
    Order,
    UserState,
    Want,
    convert,
    iso,
    iso_naive,
    iter_sorted,
    money,
    price_suggestion_table,
)

if TYPE_CHECKING:
    from .app import FakeState

__all__ = ["ApiError", "exception_handlers", "routes"]

JSON = dict[str, Any]
T = TypeVar("T")

NOT_FOUND = "The requested resource was not found."
FORBIDDEN = "You don't have permission to access this resource."
RELEASE_404 = "That release does not exist or may have been deleted."
MASTER_404 = "That master release does not exist or may have been deleted."
ARTIST_404 = "Artist not found."
LABEL_404 = "Label not found"
USER_404 = "User does not exist or may have been deleted."
INVENTORY_CAPPED = "Pagination above 100 disabled for inventories besides your own"
INVENTORY_STATUSES = ("All", "Deleted", "Draft", "Expired", "For Sale", "Sold", "Suspended", "Violation")
COLLECTION_SORTS = ("label", "artist", "title", "catno", "format", "rating", "added", "year")
_CALLBACK = re.compile(r"[A-Za-z_$][\w$.]*")
_NOT_IN_LINKS = {"page", "per_page", "token", "key", "secret", "callback"}


class ApiError(Exception):
    """An error answer ``{"message": …}`` with an HTTP status."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


# ---------------------------------------------------------------------- plumbing
def _fake(request: Request) -> FakeState:
    fake: FakeState = request.app.state.fake
    return fake


def _auth(request: Request) -> Auth:
    auth = request.scope.get("state", {}).get("fake_auth")
    return auth if isinstance(auth, Auth) else Auth()


def _base(request: Request) -> str:
    return str(request.base_url).rstrip("/")


def respond(request: Request, body: Any, status: int = 200, headers: Mapping[str, str] | None = None) -> Response:
    """A JSON answer (or JSONP with ``?callback=``), with API links pointing at this server when configured."""
    text = json.dumps(body, ensure_ascii=False)
    fake = _fake(request)
    if fake.config.rewrite_urls:
        text = text.replace(API, _base(request))
    if fake.image_url:
        text = text.replace(IMAGES, fake.image_url)
    callback = request.query_params.get("callback")
    if callback and _CALLBACK.fullmatch(callback):
        wrapped = f'{callback}({{"meta": {{"status": {status}}}, "data": {text}}})'
        return Response(wrapped, 200, headers=dict(headers or {}), media_type="text/javascript")
    return Response(text, status, headers=dict(headers or {}), media_type="application/json")


def no_content() -> Response:
    """204 without a body."""
    return Response(status_code=204)


def _page_params(request: Request) -> tuple[int, int]:
    def number(name: str, default: int) -> int:
        try:
            return int(request.query_params.get(name, default))
        except ValueError:
            return default

    per_page = number("per_page", 50)
    per_page = 50 if per_page < 1 else min(per_page, 100)
    return max(1, number("page", 1)), per_page


def paginate(
    request: Request,
    field: str,
    total: int,
    fetch: Callable[[int, int], Any],
    *,
    reachable: int | None = None,
    extra: Mapping[str, Any] | None = None,
) -> Response:
    """A Discogs page: ``pagination`` with ``urls`` plus a ``Link`` header; past the end is a 404."""
    page, per_page = _page_params(request)
    reach = total if reachable is None else min(total, reachable)
    pages = max(1, math.ceil(reach / per_page))
    if page > pages:
        raise ApiError(404, f"Page {page} is outside of valid range (1-{pages}).")
    offset = (page - 1) * per_page
    items = fetch(offset, max(0, min(per_page, reach - offset)))
    kept = [(k, v) for k, v in parse_qsl(request.url.query, keep_blank_values=True) if k not in _NOT_IN_LINKS]
    base = _base(request) + request.url.path

    def url(number: int) -> str:
        return f"{base}?{urlencode([*kept, ('page', number), ('per_page', per_page)])}"

    urls: dict[str, str] = {}
    if page > 1:
        urls["first"] = url(1)
        urls["prev"] = url(page - 1)
    if page < pages:
        urls["next"] = url(page + 1)
        urls["last"] = url(pages)
    body: JSON = {
        "pagination": {"page": page, "pages": pages, "per_page": per_page, "items": total, "urls": urls},
        field: items,
    }
    body.update(extra or {})
    link = ", ".join(f'<{urls[rel]}>; rel="{rel}"' for rel in ("next", "last", "first", "prev") if rel in urls)
    return respond(request, body, headers={"Link": link} if link else None)


def paginate_list(request: Request, field: str, items: Sequence[T], render: Callable[[T], Any], **kw: Any) -> Response:
    """:func:`paginate` over an in-memory sequence, rendering only the page's items."""
    return paginate(request, field, len(items), lambda o, n: [render(x) for x in items[o : o + n]], **kw)


async def _params(request: Request) -> dict[str, Any]:
    """Query parameters merged with a JSON or form body (the body wins)."""
    params: dict[str, Any] = dict(request.query_params)
    body = await request.body()
    if not body.strip():
        return params
    content_type = request.headers.get("content-type", "")
    if "x-www-form-urlencoded" in content_type:
        params.update(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True))
        return params
    if "json" in content_type or body.lstrip()[:1] == b"{":
        try:
            decoded = json.loads(body)
        except ValueError as exc:
            raise ApiError(422, "The request body is not valid JSON.") from exc
        if not isinstance(decoded, dict):
            raise ApiError(422, "The request body must be a JSON object.")
        params.update(decoded)
    return params


def _int(params: Mapping[str, Any], name: str, *, required: bool = False) -> int | None:
    value = params.get(name)
    if value is None or value == "":
        if required:
            raise ApiError(422, f"The parameter {name} is required.")
        return None
    try:
        if isinstance(value, bool):
            raise ValueError(name)
        return int(value)
    except (TypeError, ValueError) as exc:
        raise ApiError(422, f"The parameter {name} must be an integer.") from exc


def _float(params: Mapping[str, Any], name: str, *, required: bool = False) -> float | None:
    value = params.get(name)
    if value is None or value == "":
        if required:
            raise ApiError(422, f"The parameter {name} is required.")
        return None
    try:
        if isinstance(value, bool):
            raise ValueError(name)
        number = float(value)
    except (TypeError, ValueError) as exc:
        raise ApiError(422, f"The parameter {name} must be a number.") from exc
    if not math.isfinite(number):
        raise ApiError(422, f"The parameter {name} must be a number.")
    return number


def _bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    return str(value).strip().lower() in ("true", "1", "yes", "on")


def _now(request: Request) -> float:
    return _fake(request).config.clock()


# ---------------------------------------------------------------------- users and permissions
def _user(request: Request, username: str) -> UserState:
    data = _fake(request).data
    if not data.user_exists(username):
        raise ApiError(404, USER_404)
    return data.user(username)


def _viewer(request: Request) -> UserState | None:
    auth = _auth(request)
    if auth.kind != "user" or auth.username is None:
        return None
    data = _fake(request).data
    return data.user(auth.username) if data.user_exists(auth.username) else None


def _require_user(request: Request) -> UserState:
    viewer = _viewer(request)
    if viewer is None:
        raise ApiError(401, AUTH_REQUIRED)
    return viewer


def _is_owner(request: Request, state: UserState) -> bool:
    viewer = _viewer(request)
    return viewer is not None and viewer.username == state.username


def _require_owner(request: Request, state: UserState) -> None:
    _require_user(request)
    if not _is_owner(request, state):
        raise ApiError(403, FORBIDDEN)


def _require_visible(request: Request, state: UserState, public: bool) -> None:
    if public or _is_owner(request, state):
        return
    if _viewer(request) is None:
        raise ApiError(401, AUTH_REQUIRED)
    raise ApiError(403, FORBIDDEN)


def _currency(request: Request, explicit: str | None = None) -> str:
    if explicit and explicit.upper() in CURRENCIES:
        return explicit.upper()
    viewer = _viewer(request)
    return str(viewer.profile["curr_abbr"]) if viewer is not None else "USD"


def _release_id(request: Request, name: str = "release_id") -> int:
    release_id: int = request.path_params[name]
    if not _fake(request).data.release_exists(release_id):
        raise ApiError(404, RELEASE_404)
    return release_id


def _blank_images(request: Request, obj: JSON) -> JSON:
    if _auth(request).valid or not _fake(request).config.blank_images_for_anonymous:
        return obj
    out = dict(obj)
    if "images" in out:
        out["images"] = [{**image, "uri": "", "uri150": "", "resource_url": ""} for image in out["images"]]
    if "thumb" in out:
        out["thumb"] = ""
    return out


def _sort_order(request: Request) -> str:
    return request.query_params.get("sort_order", "")


# ---------------------------------------------------------------------- OAuth and identity
async def request_token(request: Request) -> Response:
    """GET /oauth/request_token: a form-encoded request token for a verified consumer."""
    auth = _auth(request)
    if auth.method != "oauth" or auth.consumer_key is None:
        raise ApiError(401, "Invalid OAuth request: send an OAuth PLAINTEXT Authorization header.")
    callback = auth.oauth.get("oauth_callback", "")
    if not callback:
        raise ApiError(400, "Invalid OAuth request: oauth_callback is missing.")
    token, secret = _fake(request).auth.issue_request_token(auth.consumer_key, callback)
    body = urlencode({"oauth_token": token, "oauth_token_secret": secret, "oauth_callback_confirmed": "true"})
    return Response(body, 200, media_type="application/x-www-form-urlencoded")


async def access_token(request: Request) -> Response:
    """POST /oauth/access_token: trade an authorised request token and verifier for an access token."""
    auth = _auth(request)
    if auth.method != "oauth" or auth.consumer_key is None:
        raise ApiError(401, "Invalid OAuth request: send an OAuth PLAINTEXT Authorization header.")
    verifier = auth.oauth.get("oauth_verifier", "")
    if not verifier:
        raise ApiError(400, "Invalid OAuth request: oauth_verifier is missing.")
    result = _fake(request).auth.exchange(auth.oauth.get("oauth_token", ""), verifier)
    if isinstance(result, str):
        raise ApiError(400, result)
    token, secret = result
    return Response(
        urlencode({"oauth_token": token, "oauth_token_secret": secret}),
        200,
        media_type="application/x-www-form-urlencoded",
    )


async def identity(request: Request) -> Response:
    """GET /oauth/identity."""
    viewer = _require_user(request)
    data = _fake(request).data
    return respond(request, {**data.user_summary(viewer.username), "consumer_name": "Fake Discogs Client"})


def _profile(request: Request, state: UserState) -> JSON:
    data = _fake(request).data
    owner = _is_owner(request, state)
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
    return respond(request, _profile(request, _user(request, request.path_params["username"])))


async def edit_profile(request: Request) -> Response:
    """POST /users/{username}: edit name, home_page, location, profile, curr_abbr."""
    state = _user(request, request.path_params["username"])
    _require_owner(request, state)
    params = await _params(request)
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
    state = _user(request, request.path_params["username"])
    data = _fake(request).data

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


def _release_sort_key(request: Request, sort: str) -> Callable[[int], Any]:
    data = _fake(request).data

    def key(release_id: int) -> Any:
        core = data.core(release_id)
        return {
            "label": data.label_name(core.label_id),
            "artist": data.artist_name(core.artist_id),
            "title": core.title,
            "catno": core.catno,
            "format": core.format_text,
            "year": core.year,
        }.get(sort, release_id)

    return key


async def contributions(request: Request) -> Response:
    """GET /users/{username}/contributions: full release objects."""
    state = _user(request, request.path_params["username"])
    data = _fake(request).data
    sort = request.query_params.get("sort", "")
    ids = iter_sorted(state.contributions, _release_sort_key(request, sort), _sort_order(request))
    return paginate_list(request, "contributions", ids, data.release)


# ---------------------------------------------------------------------- database
async def get_release(request: Request) -> Response:
    """GET /releases/{release_id}."""
    release_id = _release_id(request)
    release = dict(_fake(request).data.release(release_id))
    currency = _currency(request, request.query_params.get("curr_abbr"))
    if release["lowest_price"] is not None and currency != "USD":
        release["lowest_price"] = round(convert(release["lowest_price"], currency), 2)
    return respond(request, _blank_images(request, release))


async def get_user_rating(request: Request) -> Response:
    """GET /releases/{release_id}/rating/{username}."""
    release_id = _release_id(request)
    state = _user(request, request.path_params["username"])
    return respond(
        request, {"username": state.username, "release_id": release_id, "rating": state.ratings.get(release_id, 0)}
    )


async def put_user_rating(request: Request) -> Response:
    """PUT /releases/{release_id}/rating/{username}."""
    release_id = _release_id(request)
    state = _user(request, request.path_params["username"])
    _require_owner(request, state)
    rating = _int(await _params(request), "rating", required=True)
    if rating is None or not 1 <= rating <= 5:
        raise ApiError(422, "The rating must be an integer between 1 and 5.")
    state.ratings[release_id] = rating
    return respond(request, {"username": state.username, "release_id": release_id, "rating": rating})


async def delete_user_rating(request: Request) -> Response:
    """DELETE /releases/{release_id}/rating/{username}."""
    release_id = _release_id(request)
    state = _user(request, request.path_params["username"])
    _require_owner(request, state)
    state.ratings.pop(release_id, None)
    return no_content()


async def community_rating(request: Request) -> Response:
    """GET /releases/{release_id}/rating."""
    release_id = _release_id(request)
    rating = _fake(request).data.release(release_id)["community"]["rating"]
    return respond(request, {"release_id": release_id, "rating": dict(rating)})


async def release_stats(request: Request) -> Response:
    """GET /releases/{release_id}/stats (observed ``is_offensive`` shape unless documented shapes are asked)."""
    release_id = _release_id(request)
    fake = _fake(request)
    if fake.config.documented_shapes:
        core = fake.data.core(release_id)
        return respond(request, {"num_have": core.have, "num_want": core.want})
    return respond(request, {"is_offensive": False})


async def get_master(request: Request) -> Response:
    """GET /masters/{master_id}."""
    master = _fake(request).data.master(request.path_params["master_id"])
    if master is None:
        raise ApiError(404, MASTER_404)
    master = dict(master)
    currency = _currency(request, request.query_params.get("curr_abbr"))
    if master["lowest_price"] is not None and currency != "USD":
        master["lowest_price"] = round(convert(master["lowest_price"], currency), 2)
    return respond(request, _blank_images(request, master))


_VERSION_FILTERS = ("format", "label", "country", "released")


def _version_facet(item: JSON, facet: str) -> list[str]:
    if facet == "format":
        return [*item["major_formats"], *(part for part in item["format"].split(", ") if part)]
    if facet == "released":
        return [item["released"][:4]] if item["released"] else []
    return [str(item[facet])]


async def master_versions(request: Request) -> Response:
    """GET /masters/{master_id}/versions with ``filters``/``filter_facets`` and format/label/country/released."""
    data = _fake(request).data
    versions = data.master_versions(request.path_params["master_id"])
    if versions is None:
        raise ApiError(404, MASTER_404)
    items = [data.version_item(release_id) for release_id in versions]
    available: dict[str, dict[str, int]] = {facet: {} for facet in _VERSION_FILTERS}
    for item in items:
        for facet in _VERSION_FILTERS:
            for value in _version_facet(item, facet):
                available[facet][value] = available[facet].get(value, 0) + 1
    applied = {facet: [request.query_params[facet]] for facet in _VERSION_FILTERS if request.query_params.get(facet)}
    for facet, (wanted,) in applied.items():
        items = [item for item in items if wanted in _version_facet(item, facet)]
    sort = request.query_params.get("sort", "")
    if sort in ("released", "title", "format", "label", "catno", "country"):
        items = iter_sorted(items, lambda item: str(item[sort]), _sort_order(request))
    facets = [
        {
            "title": facet.title(),
            "id": facet,
            "values": [{"title": value, "value": value.replace(" ", "+"), "count": n} for value, n in counts.items()],
            "allows_multiple_values": facet != "released",
        }
        for facet, counts in available.items()
    ]
    extra = {"filters": {"applied": applied, "available": available}, "filter_facets": facets}
    return paginate_list(request, "versions", items, lambda item: item, extra=extra)


async def get_artist(request: Request) -> Response:
    """GET /artists/{artist_id}."""
    data = _fake(request).data
    artist_id: int = request.path_params["artist_id"]
    if not data.artist_exists(artist_id):
        raise ApiError(404, ARTIST_404)
    return respond(request, _blank_images(request, data.artist(artist_id)))


async def artist_releases(request: Request) -> Response:
    """GET /artists/{artist_id}/releases (sort: year, title, format)."""
    data = _fake(request).data
    artist_id: int = request.path_params["artist_id"]
    if not data.artist_exists(artist_id):
        raise ApiError(404, ARTIST_404)
    items: list[JSON] = data.discography(artist_id)  # already by year, ascending
    sort = request.query_params.get("sort", "year")
    field = sort if sort in ("year", "title", "format") else "year"
    if field != "year" or _sort_order(request) == "desc":
        items = iter_sorted(items, lambda item: (item.get(field, ""), item["id"]), _sort_order(request))
    return paginate_list(request, "releases", items, lambda item: item)


async def get_label(request: Request) -> Response:
    """GET /labels/{label_id}."""
    data = _fake(request).data
    label_id: int = request.path_params["label_id"]
    if not data.label_exists(label_id):
        raise ApiError(404, LABEL_404)
    return respond(request, _blank_images(request, data.label(label_id)))


async def label_releases(request: Request) -> Response:
    """GET /labels/{label_id}/releases."""
    data = _fake(request).data
    label_id: int = request.path_params["label_id"]
    if not data.label_exists(label_id):
        raise ApiError(404, LABEL_404)
    return paginate_list(request, "releases", data.label_release_ids(label_id), data.label_release_item)


async def search(request: Request) -> Response:
    """GET /database/search: deterministic results per query, at most 10,000 reachable."""
    if not _auth(request).valid:
        raise ApiError(401, AUTH_REQUIRED)
    data = _fake(request).data
    params = sorted((k, v) for k, v in request.query_params.multi_items() if k not in _NOT_IN_LINKS)
    key = urlencode(params)
    kind = request.query_params.get("type")
    viewer = _viewer(request)
    collected = {i.release_id for i in viewer.instances.values()} if viewer else set()
    wanted = set(viewer.wants) if viewer else set()

    def fetch(offset: int, count: int) -> list[JSON]:
        results = []
        for index in range(offset, offset + count):
            result = dict(data.search_result(key, index, kind))
            is_release = result["type"] == "release"
            result["user_data"] = {
                "in_wantlist": is_release and result["id"] in wanted,
                "in_collection": is_release and result["id"] in collected,
            }
            results.append(result)
        return results

    return paginate(request, "results", data.search_total(key), fetch, reachable=SEARCH_CAP)


# ---------------------------------------------------------------------- marketplace
def _listing_doc(request: Request, listing: JSON) -> JSON:
    data = _fake(request).data
    owner = _viewer(request)
    owner_view = owner is not None and owner.username == listing["seller"]
    currency = _currency(request, request.query_params.get("curr_abbr"))
    return data.listing_doc(listing, owner_view=owner_view, currency=currency)


def _inventory_key(request: Request, sort: str) -> Callable[[JSON], Any]:
    by_release = _release_sort_key(request, {"item": "title"}.get(sort, sort))
    if sort in ("item", "artist", "label", "catno"):
        return lambda listing: by_release(int(listing["release_id"]))
    field = {"listed": "posted"}.get(sort, sort)
    if field not in ("posted", "price", "audio", "status", "location"):
        field = "posted"
    return lambda listing: listing[field]


async def inventory(request: Request) -> Response:
    """GET /users/{username}/inventory (only For Sale items unless the owner asks)."""
    state = _user(request, request.path_params["username"])
    owner = _is_owner(request, state)
    status = request.query_params.get("status")
    if status is not None and status not in INVENTORY_STATUSES:
        raise ApiError(422, f"Invalid status: expected one of {', '.join(INVENTORY_STATUSES)}.")
    listings = list(state.listings.values())
    if not owner:
        listings = [listing for listing in listings if listing["status"] == "For Sale"]
    elif status and status != "All":
        listings = [listing for listing in listings if listing["status"] == status]
    if not owner and _page_params(request)[0] > INVENTORY_PAGE_CAP:
        raise ApiError(403, INVENTORY_CAPPED)
    key = _inventory_key(request, request.query_params.get("sort", "listed"))
    listings = iter_sorted(listings, lambda listing: (key(listing), listing["id"]), _sort_order(request), True)
    return paginate_list(request, "listings", listings, lambda listing: _listing_doc(request, listing))


def _listing(request: Request) -> tuple[UserState, JSON]:
    data = _fake(request).data
    listing_id: int = request.path_params["listing_id"]
    owner = data.listing_owner(listing_id)
    listing = data.user(owner).listings.get(listing_id) if owner else None
    if owner is None or listing is None:
        raise ApiError(404, NOT_FOUND)
    return data.user(owner), listing


async def get_listing(request: Request) -> Response:
    """GET /marketplace/listings/{listing_id}."""
    state, listing = _listing(request)
    if listing["status"] != "For Sale" and not _is_owner(request, state):
        raise ApiError(404, NOT_FOUND)
    return respond(request, _listing_doc(request, listing))


def _apply_listing_params(request: Request, listing: JSON, params: Mapping[str, Any], *, creating: bool) -> None:
    data = _fake(request).data
    release_id = _int(params, "release_id", required=creating)
    if release_id is not None:
        if not data.release_exists(release_id):
            raise ApiError(422, "Invalid release_id: that release does not exist.")
        listing["release_id"] = release_id
    condition = params.get("condition")
    if condition is not None or creating:
        if condition not in CONDITIONS:
            raise ApiError(422, f"Invalid condition: expected one of {', '.join(CONDITIONS)}.")
        listing["condition"] = condition
    sleeve = params.get("sleeve_condition")
    if sleeve is not None:
        if sleeve not in SLEEVE_CONDITIONS:
            raise ApiError(422, f"Invalid sleeve_condition: expected one of {', '.join(SLEEVE_CONDITIONS)}.")
        listing["sleeve_condition"] = sleeve
    price = _float(params, "price", required=creating)
    if price is not None:
        if price <= 0:
            raise ApiError(422, "Invalid price: it must be positive.")
        listing["price"] = round(price, 2)
    status = params.get("status")
    if status is not None:
        if status not in ("For Sale", "Draft"):
            raise ApiError(422, "Invalid status: expected For Sale or Draft.")
        listing["status"] = status
    for key in ("comments", "external_id", "location"):
        if key in params:
            listing[key] = str(params[key])
    if "allow_offers" in params:
        listing["allow_offers"] = _bool(params["allow_offers"])
    for key in ("weight", "format_quantity"):
        if key in params and str(params[key]) != "auto":
            number = _float(params, key)
            listing[key] = number if key == "weight" else int(number or 0)


async def edit_listing(request: Request) -> Response:
    """POST /marketplace/listings/{listing_id}: 204."""
    state, listing = _listing(request)
    _require_owner(request, state)
    if listing["status"] not in ("For Sale", "Draft", "Expired"):
        raise ApiError(403, f"A listing with status {listing['status']} cannot be modified, only deleted.")
    updated = dict(listing)
    _apply_listing_params(request, updated, await _params(request), creating=False)
    listing.update(updated)
    return no_content()


async def delete_listing(request: Request) -> Response:
    """DELETE /marketplace/listings/{listing_id}: 204."""
    state, listing = _listing(request)
    _require_owner(request, state)
    del state.listings[listing["id"]]
    return no_content()


def _create_listing(request: Request, state: UserState, params: Mapping[str, Any]) -> JSON:
    listing: JSON = {
        "status": "For Sale",
        "sleeve_condition": "Not Graded",
        "comments": "",
        "allow_offers": False,
        "posted": _now(request),
        "ships_from": "United States",
        "external_id": "",
        "location": "",
        "weight": 0.0,
        "format_quantity": 1,
        "audio": False,
        "seller": state.username,
        "currency": state.profile["curr_abbr"],
    }
    _apply_listing_params(request, listing, params, creating=True)
    with _fake(request).lock:
        listing["id"] = state.next_listing
        state.next_listing += 1
    state.listings[listing["id"]] = listing
    return listing


async def create_listing(request: Request) -> Response:
    """POST /marketplace/listings: 201 ``{listing_id, resource_url}``."""
    state = _require_user(request)
    listing = _create_listing(request, state, await _params(request))
    body = {"listing_id": listing["id"], "resource_url": f"{API}/marketplace/listings/{listing['id']}"}
    return respond(request, body, 201)


def _order(request: Request) -> Order:
    data = _fake(request).data
    order_id: str = request.path_params["order_id"]
    seller_id, _, _ = order_id.partition("-")
    seller = data.username_by_id(int(seller_id)) if seller_id.isdigit() else None
    order = data.user(seller).orders.get(order_id) if seller else None
    if order is None:
        raise ApiError(404, NOT_FOUND)
    viewer = _require_user(request)
    if viewer.username != order.seller:
        raise ApiError(403, FORBIDDEN)
    return order


def _parse_when(value: str) -> float | None:
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp()
    except ValueError:
        return None


async def list_orders(request: Request) -> Response:
    """GET /marketplace/orders: the seller's orders with status/archived/created filters and sorting."""
    viewer = _require_user(request)
    data = _fake(request).data
    orders = list(viewer.orders.values())
    query = request.query_params
    status = query.get("status")
    if status and status != "All":
        orders = [o for o in orders if o.status == status or (status == "Cancelled" and o.status.startswith(status))]
    if query.get("archived") in ("true", "false"):
        orders = [o for o in orders if o.archived == (query["archived"] == "true")]
    after = _parse_when(query.get("created_after", ""))
    before = _parse_when(query.get("created_before", ""))
    orders = [o for o in orders if (after is None or o.created > after) and (before is None or o.created < before)]
    keys: dict[str, Callable[[Order], Any]] = {
        "id": lambda o: int(o.id.partition("-")[2]),
        "buyer": lambda o: o.buyer.lower(),
        "created": lambda o: o.created,
        "status": lambda o: o.status,
        "last_activity": lambda o: o.last_activity,
    }
    key = keys.get(query.get("sort", ""), keys["id"])
    orders = iter_sorted(orders, key, _sort_order(request), True)
    return paginate_list(request, "orders", orders, data.order_doc)


async def get_order(request: Request) -> Response:
    """GET /marketplace/orders/{order_id}."""
    return respond(request, _fake(request).data.order_doc(_order(request)))


def _add_message(request: Request, order: Order, entry: JSON) -> JSON:
    now = _now(request)
    ref = {"resource_url": f"{API}/marketplace/orders/{order.id}", "id": order.id}
    message = {"timestamp": iso(now), "order": ref, **entry}
    order.messages.insert(0, message)
    order.last_activity = now
    return message


def _change_status(request: Request, order: Order, status: Any) -> str:
    if status not in ORDER_STATUSES:
        raise ApiError(422, f"Invalid status: expected one of {', '.join(ORDER_STATUSES)}.")
    text = f"Seller changed status from {order.status} to {status}"
    order.status = str(status)
    return text


async def edit_order(request: Request) -> Response:
    """POST /marketplace/orders/{order_id}: change status or shipping (not both)."""
    order = _order(request)
    params = await _params(request)
    status = params.get("status")
    shipping = _float(params, "shipping")
    if status is not None and shipping is not None:
        raise ApiError(422, "The shipping and the order status cannot be changed in the same request.")
    seller = {"username": order.seller, "resource_url": f"{API}/users/{order.seller}"}
    if status is not None:
        text = _change_status(request, order, status)
        _add_message(request, order, {"type": "message", "from": seller, "message": text, "subject": ""})
    if shipping is not None:
        if order.status.startswith("Cancelled") or order.status in ("Payment Received", "Shipped"):
            raise ApiError(422, f"The shipping cannot be changed when the order status is {order.status}.")
        original, order.shipping = order.shipping, round(shipping, 2)
        order.status = "Invoice Sent"
        currency = str(_fake(request).data.user(order.seller).profile["curr_abbr"])
        _add_message(
            request,
            order,
            {
                "type": "shipping",
                "original": original,
                "new": order.shipping,
                "message": f"{order.seller} set the shipping price to {money(order.shipping, currency)}.",
                "subject": "",
            },
        )
    return respond(request, _fake(request).data.order_doc(order))


async def order_messages(request: Request) -> Response:
    """GET /marketplace/orders/{order_id}/messages (newest first)."""
    order = _order(request)
    return paginate_list(request, "messages", order.messages, lambda message: message)


async def add_order_message(request: Request) -> Response:
    """POST /marketplace/orders/{order_id}/messages: 201 with the new message."""
    order = _order(request)
    params = await _params(request)
    text = str(params.get("message") or "")
    status = params.get("status")
    if not text and status is None:
        raise ApiError(422, "Either message or status is required.")
    if status is not None:
        prefix = _change_status(request, order, status)
        text = f"{prefix}\n\n{text}" if text else prefix
    sender = {"username": order.seller, "resource_url": f"{API}/users/{order.seller}"}
    subject = f"Discogs Order #{order.id}, {order.items[0]['release']['description']}"
    message = _add_message(request, order, {"type": "message", "from": sender, "message": text, "subject": subject})
    body = {k: message[k] for k in ("from", "message", "order", "timestamp", "subject")}
    return respond(request, body, 201)


async def fee(request: Request) -> Response:
    """GET /marketplace/fee/{price}[/{currency}]."""
    price: float = request.path_params["price"]
    currency = str(request.path_params.get("currency", "USD")).upper()
    if currency not in CURRENCIES:
        raise ApiError(422, f"Invalid currency: expected one of {', '.join(CURRENCIES)}.")
    cap = convert(150.0, currency)
    return respond(request, {"value": round(min(price * 0.09, cap), 2), "currency": currency})


async def price_suggestions(request: Request) -> Response:
    """GET /marketplace/price_suggestions/{release_id}: a map keyed by condition, or {}."""
    viewer = _require_user(request)
    release_id = _release_id(request)
    if not viewer.seller_settings:
        raise ApiError(403, "You must fill out your seller settings before price suggestions are available.")
    if release_id % 11 == 0:
        return respond(request, {})
    _, lowest = _fake(request).data.lowest_price(release_id)
    base = (lowest or 5.0) * 1.7
    return respond(request, dict(price_suggestion_table(str(viewer.profile["curr_abbr"]), base)))


async def marketplace_stats(request: Request) -> Response:
    """GET /marketplace/stats/{release_id}."""
    release_id = _release_id(request)
    data = _fake(request).data
    if data.release(release_id)["blocked_from_sale"]:
        return respond(request, {"num_for_sale": None, "lowest_price": None, "blocked_from_sale": True})
    count, lowest = data.lowest_price(release_id)
    currency = _currency(request, request.query_params.get("curr_abbr"))
    price = None if lowest is None else {"currency": currency, "value": round(convert(lowest, currency), 2)}
    return respond(request, {"num_for_sale": count, "lowest_price": price, "blocked_from_sale": False})


# ---------------------------------------------------------------------- inventory export and upload
_EXPORT_COLUMNS = (
    "listing_id",
    "artist",
    "title",
    "label",
    "catno",
    "format",
    "release_id",
    "status",
    "price",
    "listed",
    "comments",
    "media_condition",
    "sleeve_condition",
    "accept_offer",
    "external_id",
    "weight",
    "format_quantity",
    "location",
)


async def export_inventory(request: Request) -> Response:
    """POST /inventory/export: 200 with an empty body and a Location header."""
    viewer = _require_user(request)
    fake = _fake(request)
    data = fake.data
    now = _now(request)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(_EXPORT_COLUMNS)
    for listing in viewer.listings.values():
        core = data.core(int(listing["release_id"]))
        writer.writerow(
            (
                listing["id"],
                data.artist_name(core.artist_id),
                core.title,
                data.label_name(core.label_id),
                core.catno,
                core.format_text,
                listing["release_id"],
                listing["status"],
                f"{listing['price']:.2f}",
                iso_naive(float(listing["posted"])),
                listing["comments"],
                listing["condition"],
                listing["sleeve_condition"],
                "Y" if listing["allow_offers"] else "N",
                listing["external_id"],
                listing["weight"],
                listing["format_quantity"],
                listing["location"],
            )
        )
    with fake.lock:
        export_id = fake.next_export_id
        fake.next_export_id += 1
    stamp = datetime.fromtimestamp(now).strftime("%Y%m%d-%H%M")
    viewer.exports.insert(
        0,
        {
            "status": "success",
            "created_ts": iso_naive(now),
            "url": f"{API}/inventory/export/{export_id}",
            "finished_ts": iso_naive(now),
            "download_url": f"{API}/inventory/export/{export_id}/download",
            "filename": f"{viewer.username}-inventory-{stamp}.csv",
            "id": export_id,
            "_csv": buffer.getvalue(),
        },
    )
    location = f"{_base(request)}/inventory/export/{export_id}"
    return Response(b"", 200, headers={"Location": location}, media_type="application/json")


def _public(record: JSON) -> JSON:
    return {k: v for k, v in record.items() if not k.startswith("_")}


async def recent_exports(request: Request) -> Response:
    """GET /inventory/export."""
    viewer = _require_user(request)
    return paginate_list(request, "items", viewer.exports, _public)


def _export(request: Request) -> JSON:
    viewer = _require_user(request)
    export_id: int = request.path_params["export_id"]
    for record in viewer.exports:
        if record["id"] == export_id:
            return record
    raise ApiError(404, NOT_FOUND)


async def get_export(request: Request) -> Response:
    """GET /inventory/export/{id}."""
    return respond(request, _public(_export(request)))


async def download_export(request: Request) -> Response:
    """GET /inventory/export/{id}/download: the CSV."""
    record = _export(request)
    headers = {"Content-Disposition": f"attachment; filename={record['filename']}"}
    return Response(str(record["_csv"]), 200, headers=headers, media_type="text/csv; charset=utf-8")


def _multipart_file(content_type: str, body: bytes, name: str) -> tuple[str, bytes] | None:
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode("latin-1")
    message = BytesParser(policy=HTTP_POLICY).parsebytes(head + body)
    for part in message.walk():
        if part is message or part.is_multipart():
            continue
        if part.get_param("name", header="content-disposition") == name:
            payload = part.get_payload(decode=True)
            return part.get_filename() or "upload.csv", payload if isinstance(payload, bytes) else b""
    return None


_UPLOAD_REQUIRED = {
    "add": ("release_id", "price", "media_condition"),
    "change": ("listing_id",),
    "delete": ("listing_id",),
}


async def upload_add(request: Request) -> Response:
    """POST /inventory/upload/add."""
    return await _upload(request, "add")


async def upload_change(request: Request) -> Response:
    """POST /inventory/upload/change."""
    return await _upload(request, "change")


async def upload_delete(request: Request) -> Response:
    """POST /inventory/upload/delete."""
    return await _upload(request, "delete")


async def _upload(request: Request, kind: str) -> Response:
    """A multipart CSV ``upload`` applied to the inventory; 200 with a Location header."""
    viewer = _require_user(request)
    content_type = request.headers.get("content-type", "")
    if not content_type.startswith("multipart/form-data"):
        raise ApiError(415, "The upload must be sent as multipart/form-data.")
    found = _multipart_file(content_type, await request.body(), "upload")
    if found is None:
        raise ApiError(422, "The upload field (a CSV file) is required.")
    filename, payload = found
    try:
        rows = list(csv.DictReader(io.StringIO(payload.decode("utf-8-sig"))))
    except (UnicodeDecodeError, csv.Error) as exc:
        raise ApiError(422, "The upload is not a readable CSV file.") from exc
    missing = [column for column in _UPLOAD_REQUIRED[kind] if rows and column not in rows[0]]
    if not rows or missing:
        raise ApiError(422, f"The CSV needs a header row with: {', '.join(_UPLOAD_REQUIRED[kind])}.")
    done = 0
    for row in rows:
        try:
            if kind == "add":
                params = {
                    "release_id": row["release_id"],
                    "price": row["price"],
                    "condition": row["media_condition"],
                    "sleeve_condition": row.get("sleeve_condition") or None,
                    "comments": row.get("comments") or "",
                    "allow_offers": row.get("accept_offer", "N").upper() == "Y",
                }
                _create_listing(request, viewer, {k: v for k, v in params.items() if v is not None})
            else:
                listing_id = int(row["listing_id"])
                if listing_id not in viewer.listings:
                    continue
                if kind == "delete":
                    del viewer.listings[listing_id]
                else:
                    changes = {"price": row.get("price"), "condition": row.get("media_condition")}
                    updated = dict(viewer.listings[listing_id])
                    _apply_listing_params(request, updated, {k: v for k, v in changes.items() if v}, creating=False)
                    viewer.listings[listing_id] = updated
            done += 1
        except (ApiError, ValueError):
            continue
    fake = _fake(request)
    with fake.lock:
        upload_id = fake.next_upload_id
        fake.next_upload_id += 1
    now = _now(request)
    viewer.uploads.insert(
        0,
        {
            "status": "success",
            "results": f"CSV file contains {len(rows)} records.<p>Processed {done} records.",
            "created_ts": iso_naive(now),
            "finished_ts": iso_naive(now),
            "filename": filename,
            "type": kind,
            "id": upload_id,
        },
    )
    location = f"{_base(request)}/inventory/upload/{upload_id}"
    return Response(b"", 200, headers={"Location": location}, media_type="application/json")


async def recent_uploads(request: Request) -> Response:
    """GET /inventory/upload."""
    viewer = _require_user(request)
    return paginate_list(request, "items", viewer.uploads, lambda record: record)


async def get_upload(request: Request) -> Response:
    """GET /inventory/upload/{id}."""
    viewer = _require_user(request)
    upload_id: int = request.path_params["upload_id"]
    for record in viewer.uploads:
        if record["id"] == upload_id:
            return respond(request, record)
    raise ApiError(404, NOT_FOUND)


# ---------------------------------------------------------------------- collection
def _folder_doc(state: UserState, folder_id: int) -> JSON:
    if folder_id == 0:
        count, name = len(state.instances), "All"
    else:
        count = sum(1 for i in state.instances.values() if i.folder_id == folder_id)
        name = state.folders[folder_id]
    return {
        "id": folder_id,
        "name": name,
        "count": count,
        "resource_url": f"{API}/users/{state.username}/collection/folders/{folder_id}",
    }


def _folder_access(request: Request, state: UserState, folder_id: int) -> None:
    if folder_id == 0:
        _require_visible(request, state, state.collection_public)
    else:
        _require_owner(request, state)
    if folder_id != 0 and folder_id not in state.folders:
        raise ApiError(404, "Folder not found.")


async def collection_folders(request: Request) -> Response:
    """GET /users/{username}/collection/folders (non-owners see folder 0 only)."""
    state = _user(request, request.path_params["username"])
    _require_visible(request, state, state.collection_public)
    ids = [0, *state.folders] if _is_owner(request, state) else [0]
    return respond(request, {"folders": [_folder_doc(state, folder_id) for folder_id in ids]})


async def create_folder(request: Request) -> Response:
    """POST /users/{username}/collection/folders: 201."""
    state = _user(request, request.path_params["username"])
    _require_owner(request, state)
    name = str((await _params(request)).get("name") or "Untitled Folder")
    with _fake(request).lock:
        folder_id = state.next_folder_id
        state.next_folder_id += 1
    state.folders[folder_id] = name
    return respond(request, _folder_doc(state, folder_id), 201)


async def get_folder(request: Request) -> Response:
    """GET /users/{username}/collection/folders/{folder_id}."""
    state = _user(request, request.path_params["username"])
    folder_id: int = request.path_params["folder_id"]
    _folder_access(request, state, folder_id)
    return respond(request, _folder_doc(state, folder_id))


async def edit_folder(request: Request) -> Response:
    """POST /users/{username}/collection/folders/{folder_id}: rename (not 0 or 1)."""
    state = _user(request, request.path_params["username"])
    folder_id: int = request.path_params["folder_id"]
    _folder_access(request, state, folder_id)
    if folder_id in (0, 1):
        raise ApiError(422, "Folders 0 and 1 cannot be renamed.")
    name = (await _params(request)).get("name")
    if not name:
        raise ApiError(422, "The parameter name is required.")
    state.folders[folder_id] = str(name)
    return respond(request, _folder_doc(state, folder_id))


async def delete_folder(request: Request) -> Response:
    """DELETE /users/{username}/collection/folders/{folder_id}: 204 when empty."""
    state = _user(request, request.path_params["username"])
    folder_id: int = request.path_params["folder_id"]
    _folder_access(request, state, folder_id)
    if folder_id in (0, 1):
        raise ApiError(422, "Folders 0 and 1 cannot be deleted.")
    if any(i.folder_id == folder_id for i in state.instances.values()):
        raise ApiError(422, "A folder must be empty before it can be deleted.")
    del state.folders[folder_id]
    return no_content()


def _instance_sort(request: Request) -> Callable[[Instance], Any]:
    sort = request.query_params.get("sort", "added")
    if sort not in COLLECTION_SORTS:
        raise ApiError(422, f"Invalid sort key: expected one of {', '.join(COLLECTION_SORTS)}.")
    by_release = _release_sort_key(request, sort)
    if sort == "added":
        return lambda i: (i.date_added, i.instance_id)
    if sort == "rating":
        return lambda i: (i.rating, i.instance_id)
    return lambda i: (by_release(i.release_id), i.instance_id)


async def collection_by_release(request: Request) -> Response:
    """GET /users/{username}/collection/releases/{release_id}."""
    release_id = _release_id(request)
    state = _user(request, request.path_params["username"])
    _require_visible(request, state, state.collection_public)
    owner = _is_owner(request, state)
    data = _fake(request).data
    items = [i for i in state.instances.values() if i.release_id == release_id]
    return paginate_list(request, "releases", items, lambda i: data.instance_doc(i, public_fields_only=not owner))


async def collection_folder_items(request: Request) -> Response:
    """GET /users/{username}/collection/folders/{folder_id}/releases (sort, sort_order)."""
    state = _user(request, request.path_params["username"])
    folder_id: int = request.path_params["folder_id"]
    _folder_access(request, state, folder_id)
    owner = _is_owner(request, state)
    data = _fake(request).data
    items = [i for i in state.instances.values() if folder_id == 0 or i.folder_id == folder_id]
    items = iter_sorted(items, _instance_sort(request), _sort_order(request), True)
    return paginate_list(request, "releases", items, lambda i: data.instance_doc(i, public_fields_only=not owner))


async def add_to_folder(request: Request) -> Response:
    """POST /users/{username}/collection/folders/{folder_id}/releases/{release_id}: 201."""
    state = _user(request, request.path_params["username"])
    folder_id: int = request.path_params["folder_id"]
    release_id = _release_id(request)
    _folder_access(request, state, folder_id)
    if folder_id == 0:
        raise ApiError(422, "The folder_id must be non-zero; use 1 for Uncategorized.")
    with _fake(request).lock:
        instance_id = state.next_instance_id
        state.next_instance_id += 1
    state.instances[instance_id] = Instance(instance_id, release_id, folder_id, 0, _now(request))
    url = f"{API}/users/{state.username}/collection/folders/{folder_id}/release/{release_id}/instance/{instance_id}"
    return respond(request, {"instance_id": instance_id, "resource_url": url}, 201)


def _instance(request: Request) -> tuple[UserState, Instance]:
    state = _user(request, request.path_params["username"])
    folder_id: int = request.path_params["folder_id"]
    release_id: int = request.path_params["release_id"]
    _require_owner(request, state)
    instance = state.instances.get(request.path_params["instance_id"])
    if instance is None or instance.release_id != release_id or folder_id not in (0, instance.folder_id):
        raise ApiError(404, "Instance not found.")
    return state, instance


async def change_instance(request: Request) -> Response:
    """POST …/instances/{instance_id}: rating and/or move to ``folder_id``; 204."""
    state, instance = _instance(request)
    params = await _params(request)
    rating = _int(params, "rating")
    if rating is not None and not 0 <= rating <= 5:
        raise ApiError(422, "The rating must be an integer between 0 and 5.")
    target = _int(params, "folder_id")
    if target is not None and (target == 0 or target not in state.folders):
        raise ApiError(422, "Invalid folder_id: the target folder does not exist.")
    if rating is not None:
        instance.rating = rating
    if target is not None:
        instance.folder_id = target
    return no_content()


async def delete_instance(request: Request) -> Response:
    """DELETE …/instances/{instance_id}: 204."""
    state, instance = _instance(request)
    del state.instances[instance.instance_id]
    return no_content()


async def collection_fields(request: Request) -> Response:
    """GET /users/{username}/collection/fields (non-owners see public fields only)."""
    state = _user(request, request.path_params["username"])
    _require_visible(request, state, state.collection_public)
    owner = _is_owner(request, state)
    return respond(request, {"fields": [dict(f) for f in COLLECTION_FIELDS if owner or f["public"]]})


async def edit_instance_field(request: Request) -> Response:
    """POST …/instances/{instance_id}/fields/{field_id}?value=…: 204."""
    _, instance = _instance(request)
    field_id: int = request.path_params["field_id"]
    definition = next((f for f in COLLECTION_FIELDS if f["id"] == field_id), None)
    if definition is None:
        raise ApiError(404, "Field not found.")
    value = (await _params(request)).get("value")
    if value is None:
        raise ApiError(422, "The parameter value is required.")
    if definition["type"] == "dropdown" and value not in definition["options"]:
        raise ApiError(422, f"Invalid value for field {definition['name']}.")
    instance.notes[field_id] = str(value)
    return no_content()


async def collection_value(request: Request) -> Response:
    """GET /users/{username}/collection/value: owner only, currency-formatted strings."""
    state = _user(request, request.path_params["username"])
    _require_owner(request, state)
    data = _fake(request).data
    currency = str(state.profile["curr_abbr"])
    median = sum(data.lowest_price(i.release_id)[1] or 2.0 for i in state.instances.values()) * 1.4
    return respond(
        request,
        {
            "minimum": money(convert(median * 0.55, currency), currency),
            "median": money(convert(median, currency), currency),
            "maximum": money(convert(median * 1.8, currency), currency),
        },
    )


# ---------------------------------------------------------------------- wantlist
async def wantlist(request: Request) -> Response:
    """GET /users/{username}/wants (``notes`` for the owner only)."""
    state = _user(request, request.path_params["username"])
    _require_visible(request, state, state.wantlist_public)
    owner = _is_owner(request, state)
    data = _fake(request).data
    wants = iter_sorted(state.wants.values(), lambda w: (w.date_added, w.release_id), _sort_order(request), True)
    return paginate_list(request, "wants", wants, lambda w: data.want_doc(state.username, w, owner_view=owner))


async def _want_params(request: Request) -> tuple[UserState, int, str | None, int | None]:
    release_id = _release_id(request)
    state = _user(request, request.path_params["username"])
    _require_owner(request, state)
    params = await _params(request)
    rating = _int(params, "rating")
    if rating is not None and not 0 <= rating <= 5:
        raise ApiError(422, "The rating must be an integer between 0 and 5.")
    notes = params.get("notes")
    return state, release_id, None if notes is None else str(notes), rating


async def add_want(request: Request) -> Response:
    """PUT /users/{username}/wants/{release_id}: 201 with the want."""
    state, release_id, notes, rating = await _want_params(request)
    want = state.wants.get(release_id) or Want(release_id, 0, "", _now(request))
    want.notes = notes if notes is not None else want.notes
    want.rating = rating if rating is not None else want.rating
    state.wants[release_id] = want
    return respond(request, _fake(request).data.want_doc(state.username, want, owner_view=True), 201)


async def edit_want(request: Request) -> Response:
    """POST /users/{username}/wants/{release_id}: 200 with the want."""
    state, release_id, notes, rating = await _want_params(request)
    want = state.wants.get(release_id)
    if want is None:
        raise ApiError(404, "That release is not in the wantlist.")
    want.notes = notes if notes is not None else want.notes
    want.rating = rating if rating is not None else want.rating
    return respond(request, _fake(request).data.want_doc(state.username, want, owner_view=True))


async def delete_want(request: Request) -> Response:
    """DELETE /users/{username}/wants/{release_id}: 204."""
    release_id = _release_id(request)
    state = _user(request, request.path_params["username"])
    _require_owner(request, state)
    if state.wants.pop(release_id, None) is None:
        raise ApiError(404, "That release is not in the wantlist.")
    return no_content()


# ---------------------------------------------------------------------- lists
async def user_lists(request: Request) -> Response:
    """GET /users/{username}/lists (private lists for the owner only)."""
    state = _user(request, request.path_params["username"])
    owner = _is_owner(request, state)
    data = _fake(request).data
    records = [record for record in state.lists if record.public or owner]
    return paginate_list(request, "lists", records, lambda record: data.list_summary(state.username, record))


def _list_doc(request: Request, state: UserState, record: ListRecord) -> JSON:
    data = _fake(request).data
    items = [data.list_item(kind, item_id, comment) for kind, item_id, comment in record.items]
    summary = data.list_summary(state.username, record)
    if _fake(request).config.documented_shapes:
        return {
            "created_ts": summary["date_added"],
            "modified_ts": summary["date_changed"],
            "name": record.name,
            "list_id": record.id,
            "url": summary["uri"],
            "items": [{k: v for k, v in item.items() if k != "stats"} for item in items],
            "resource_url": summary["resource_url"],
            "public": record.public,
            "description": record.description,
        }
    user = {**data.user_summary(state.username), "avatar_url": data.thumb("U", state.user_id)}
    return {"id": record.id, "user": user, **{k: v for k, v in summary.items() if k != "id"}, "items": items}


async def get_list(request: Request) -> Response:
    """GET /lists/{list_id} (observed shape unless documented shapes are asked)."""
    data = _fake(request).data
    list_id: int = request.path_params["list_id"]
    owner = data.list_owner(list_id)
    state = data.user(owner) if owner else None
    record = next((r for r in state.lists if r.id == list_id), None) if state else None
    if state is None or record is None:
        raise ApiError(404, "List not found.")
    _require_visible(request, state, record.public)
    return respond(request, _list_doc(request, state, record))


# ---------------------------------------------------------------------- errors and routes
async def _api_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    return respond(request, {"message": exc.message}, exc.status)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    if exc.status_code == 405:
        return respond(request, {"message": f"Method {request.method} is not allowed for this resource."}, 405)
    if exc.status_code == 404:
        return respond(request, {"message": NOT_FOUND}, 404)
    return respond(request, {"message": str(exc.detail)}, exc.status_code)


def exception_handlers() -> dict[Any, ExceptionHandler]:
    """JSON ``{"message": …}`` bodies for every error."""
    return {ApiError: _api_error, HTTPException: _http_error}


def routes() -> list[Route]:
    """All routes, one per (method, path) of the documentation."""
    user = "/users/{username}"
    instance = user + "/collection/folders/{folder_id:int}/releases/{release_id:int}/instances/{instance_id:int}"
    table: list[tuple[str, str, Callable[[Request], Any]]] = [
        ("GET", "/oauth/request_token", request_token),
        ("POST", "/oauth/access_token", access_token),
        ("GET", "/oauth/identity", identity),
        ("GET", "/releases/{release_id:int}", get_release),
        ("GET", "/releases/{release_id:int}/rating/{username}", get_user_rating),
        ("PUT", "/releases/{release_id:int}/rating/{username}", put_user_rating),
        ("DELETE", "/releases/{release_id:int}/rating/{username}", delete_user_rating),
        ("GET", "/releases/{release_id:int}/rating", community_rating),
        ("GET", "/releases/{release_id:int}/stats", release_stats),
        ("GET", "/masters/{master_id:int}", get_master),
        ("GET", "/masters/{master_id:int}/versions", master_versions),
        ("GET", "/artists/{artist_id:int}", get_artist),
        ("GET", "/artists/{artist_id:int}/releases", artist_releases),
        ("GET", "/labels/{label_id:int}", get_label),
        ("GET", "/labels/{label_id:int}/releases", label_releases),
        ("GET", "/database/search", search),
        ("GET", user + "/inventory", inventory),
        ("GET", "/marketplace/listings/{listing_id:int}", get_listing),
        ("POST", "/marketplace/listings/{listing_id:int}", edit_listing),
        ("DELETE", "/marketplace/listings/{listing_id:int}", delete_listing),
        ("POST", "/marketplace/listings", create_listing),
        ("GET", "/marketplace/orders/{order_id}", get_order),
        ("POST", "/marketplace/orders/{order_id}", edit_order),
        ("GET", "/marketplace/orders", list_orders),
        ("GET", "/marketplace/orders/{order_id}/messages", order_messages),
        ("POST", "/marketplace/orders/{order_id}/messages", add_order_message),
        ("GET", "/marketplace/fee/{price:float}", fee),
        ("GET", "/marketplace/fee/{price:float}/{currency}", fee),
        ("GET", "/marketplace/price_suggestions/{release_id:int}", price_suggestions),
        ("GET", "/marketplace/stats/{release_id:int}", marketplace_stats),
        ("POST", "/inventory/export", export_inventory),
        ("GET", "/inventory/export", recent_exports),
        ("GET", "/inventory/export/{export_id:int}", get_export),
        ("GET", "/inventory/export/{export_id:int}/download", download_export),
        ("POST", "/inventory/upload/add", upload_add),
        ("POST", "/inventory/upload/change", upload_change),
        ("POST", "/inventory/upload/delete", upload_delete),
        ("GET", "/inventory/upload", recent_uploads),
        ("GET", "/inventory/upload/{upload_id:int}", get_upload),
        ("GET", user, get_profile),
        ("POST", user, edit_profile),
        ("GET", user + "/submissions", submissions),
        ("GET", user + "/contributions", contributions),
        ("GET", user + "/collection/folders", collection_folders),
        ("POST", user + "/collection/folders", create_folder),
        ("GET", user + "/collection/folders/{folder_id:int}", get_folder),
        ("POST", user + "/collection/folders/{folder_id:int}", edit_folder),
        ("DELETE", user + "/collection/folders/{folder_id:int}", delete_folder),
        ("GET", user + "/collection/releases/{release_id:int}", collection_by_release),
        ("GET", user + "/collection/folders/{folder_id:int}/releases", collection_folder_items),
        ("POST", user + "/collection/folders/{folder_id:int}/releases/{release_id:int}", add_to_folder),
        ("POST", instance, change_instance),
        ("DELETE", instance, delete_instance),
        ("GET", user + "/collection/fields", collection_fields),
        ("POST", instance + "/fields/{field_id:int}", edit_instance_field),
        ("GET", user + "/collection/value", collection_value),
        ("GET", user + "/wants", wantlist),
        ("PUT", user + "/wants/{release_id:int}", add_want),
        ("POST", user + "/wants/{release_id:int}", edit_want),
        ("DELETE", user + "/wants/{release_id:int}", delete_want),
        ("GET", user + "/lists", user_lists),
        ("GET", "/lists/{list_id:int}", get_list),
    ]
    return [Route(path, endpoint, methods=[method]) for method, path, endpoint in table]
