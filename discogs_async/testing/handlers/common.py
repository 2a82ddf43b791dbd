"""What every handler module shares: error answers, JSON and JSONP answers, pagination, parameters, users."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar
from urllib.parse import parse_qsl, urlencode

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ExceptionHandler

from ..auth import AUTH_REQUIRED, Auth
from ..data import (
    API,
    CURRENCIES,
    IMAGES,
    UserState,
)
from ..state import FakeState
from .markup import render, text_format

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
USER = "/users/{username}"
INSTANCE = USER + "/collection/folders/{folder_id:int}/releases/{release_id:int}/instances/{instance_id:int}"
INVENTORY_STATUSES = ("All", "Deleted", "Draft", "Expired", "For Sale", "Sold", "Suspended", "Violation")
COLLECTION_SORTS = ("label", "artist", "title", "catno", "format", "rating", "added", "year")
_CALLBACK = re.compile(r"[A-Za-z_$][\w$.]*")
NOT_IN_LINKS = {"page", "per_page", "token", "key", "secret", "callback"}


class ApiError(Exception):
    """An error answer ``{"message": …}`` with an HTTP status."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def fake_state(request: Request) -> FakeState:
    fake: FakeState = request.app.state.fake
    return fake


def auth_of(request: Request) -> Auth:
    auth = request.scope.get("state", {}).get("fake_auth")
    return auth if isinstance(auth, Auth) else Auth()


def base_url(request: Request) -> str:
    return str(request.base_url).rstrip("/")


def respond(request: Request, body: Any, status: int = 200, headers: Mapping[str, str] | None = None) -> Response:
    """A JSON answer (or JSONP with ``?callback=``), with API links pointing at this server when configured.

    Text fields are rendered in the ``Accept`` header's format; NaN and infinities raise (never invalid JSON).
    """
    body = render(body, text_format(request.headers.get("accept")))
    text = json.dumps(body, ensure_ascii=False, allow_nan=False)
    fake = fake_state(request)
    if fake.config.rewrite_urls:
        text = text.replace(API, base_url(request))
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


def page_params(request: Request) -> tuple[int, int]:
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
    page, per_page = page_params(request)
    reach = total if reachable is None else min(total, reachable)
    pages = max(1, math.ceil(reach / per_page))
    if page > pages:
        raise ApiError(404, f"Page {page} is outside of valid range (1-{pages}).")
    offset = (page - 1) * per_page
    items = fetch(offset, max(0, min(per_page, reach - offset)))
    kept = [(k, v) for k, v in parse_qsl(request.url.query, keep_blank_values=True) if k not in NOT_IN_LINKS]
    base = base_url(request) + request.url.path

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


async def params_of(request: Request) -> dict[str, Any]:
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


def int_param(params: Mapping[str, Any], name: str, *, required: bool = False) -> int | None:
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


def float_param(params: Mapping[str, Any], name: str, *, required: bool = False) -> float | None:
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


def bool_param(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    return str(value).strip().lower() in ("true", "1", "yes", "on")


def now_of(request: Request) -> float:
    return fake_state(request).config.clock()


# ---------------------------------------------------------------------- users and permissions
def user_of(request: Request, username: str) -> UserState:
    data = fake_state(request).data
    if not data.user_exists(username):
        raise ApiError(404, USER_404)
    return data.user(username)


def viewer_of(request: Request) -> UserState | None:
    auth = auth_of(request)
    if auth.kind != "user" or auth.username is None:
        return None
    data = fake_state(request).data
    return data.user(auth.username) if data.user_exists(auth.username) else None


def require_user(request: Request) -> UserState:
    viewer = viewer_of(request)
    if viewer is None:
        raise ApiError(401, AUTH_REQUIRED)
    return viewer


def is_owner(request: Request, state: UserState) -> bool:
    viewer = viewer_of(request)
    return viewer is not None and viewer.username == state.username


def require_owner(request: Request, state: UserState) -> None:
    require_user(request)
    if not is_owner(request, state):
        raise ApiError(403, FORBIDDEN)


def require_visible(request: Request, state: UserState, public: bool) -> None:
    if public or is_owner(request, state):
        return
    if viewer_of(request) is None:
        raise ApiError(401, AUTH_REQUIRED)
    raise ApiError(403, FORBIDDEN)


def currency_of(request: Request, explicit: str | None = None) -> str:
    if explicit and explicit.upper() in CURRENCIES:
        return explicit.upper()
    viewer = viewer_of(request)
    return str(viewer.profile["curr_abbr"]) if viewer is not None else "USD"


def release_id_of(request: Request, name: str = "release_id") -> int:
    release_id: int = request.path_params[name]
    if not fake_state(request).data.release_exists(release_id):
        raise ApiError(404, RELEASE_404)
    return release_id


def blank_images(request: Request, obj: JSON) -> JSON:
    if auth_of(request).valid or not fake_state(request).config.blank_images_for_anonymous:
        return obj
    out = dict(obj)
    if "images" in out:
        out["images"] = [{**image, "uri": "", "uri150": "", "resource_url": ""} for image in out["images"]]
    if "thumb" in out:
        out["thumb"] = ""
    return out


def sort_order(request: Request) -> str:
    return request.query_params.get("sort_order", "")


def release_sort_key(request: Request, sort: str) -> Callable[[int], Any]:
    data = fake_state(request).data

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
