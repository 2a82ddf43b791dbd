"""User Wantlist."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ..data import (
    UserState,
    Want,
    iter_sorted,
)
from .common import (
    USER,
    ApiError,
    fake_state,
    int_param,
    is_owner,
    no_content,
    now_of,
    paginate_list,
    params_of,
    release_id_of,
    require_owner,
    require_visible,
    respond,
    sort_order,
    user_of,
)


async def wantlist(request: Request) -> Response:
    """GET /users/{username}/wants (``notes`` for the owner only)."""
    state = user_of(request, request.path_params["username"])
    require_visible(request, state, state.wantlist_public)
    owner = is_owner(request, state)
    data = fake_state(request).data
    wants = iter_sorted(state.wants.values(), lambda w: (w.date_added, w.release_id), sort_order(request), True)
    return paginate_list(request, "wants", wants, lambda w: data.want_doc(state.username, w, owner_view=owner))


async def _want_params(request: Request) -> tuple[UserState, int, str | None, int | None]:
    release_id = release_id_of(request)
    state = user_of(request, request.path_params["username"])
    require_owner(request, state)
    params = await params_of(request)
    rating = int_param(params, "rating")
    if rating is not None and not 0 <= rating <= 5:
        raise ApiError(422, "The rating must be an integer between 0 and 5.")
    notes = params.get("notes")
    return state, release_id, None if notes is None else str(notes), rating


async def add_want(request: Request) -> Response:
    """PUT /users/{username}/wants/{release_id}: 201 with the want."""
    state, release_id, notes, rating = await _want_params(request)
    want = state.wants.get(release_id) or Want(release_id, 0, "", now_of(request))
    want.notes = notes if notes is not None else want.notes
    want.rating = rating if rating is not None else want.rating
    state.wants[release_id] = want
    return respond(request, fake_state(request).data.want_doc(state.username, want, owner_view=True), 201)


async def edit_want(request: Request) -> Response:
    """POST /users/{username}/wants/{release_id}: 200 with the want."""
    state, release_id, notes, rating = await _want_params(request)
    want = state.wants.get(release_id)
    if want is None:
        raise ApiError(404, "That release is not in the wantlist.")
    want.notes = notes if notes is not None else want.notes
    want.rating = rating if rating is not None else want.rating
    return respond(request, fake_state(request).data.want_doc(state.username, want, owner_view=True))


async def delete_want(request: Request) -> Response:
    """DELETE /users/{username}/wants/{release_id}: 204."""
    release_id = release_id_of(request)
    state = user_of(request, request.path_params["username"])
    require_owner(request, state)
    if state.wants.pop(release_id, None) is None:
        raise ApiError(404, "That release is not in the wantlist.")
    return no_content()


ROUTES: list[Route] = [
    Route(USER + "/wants", wantlist, methods=["GET"]),
    Route(USER + "/wants/{release_id:int}", add_want, methods=["PUT"]),
    Route(USER + "/wants/{release_id:int}", edit_want, methods=["POST"]),
    Route(USER + "/wants/{release_id:int}", delete_want, methods=["DELETE"]),
]
