"""User Lists."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ..data import (
    ListRecord,
    UserState,
)
from .common import (
    JSON,
    USER,
    ApiError,
    fake_state,
    is_owner,
    paginate_list,
    require_visible,
    respond,
    user_of,
)


async def user_lists(request: Request) -> Response:
    """GET /users/{username}/lists (private lists for the owner only)."""
    state = user_of(request, request.path_params["username"])
    owner = is_owner(request, state)
    data = fake_state(request).data
    records = [record for record in state.lists if record.public or owner]
    return paginate_list(request, "lists", records, lambda record: data.list_summary(state.username, record))


def _list_doc(request: Request, state: UserState, record: ListRecord) -> JSON:
    data = fake_state(request).data
    items = [data.list_item(kind, item_id, comment) for kind, item_id, comment in record.items]
    summary = data.list_summary(state.username, record)
    if fake_state(request).config.documented_shapes:
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
    data = fake_state(request).data
    list_id: int = request.path_params["list_id"]
    owner = data.list_owner(list_id)
    state = data.user(owner) if owner else None
    record = next((r for r in state.lists if r.id == list_id), None) if state else None
    if state is None or record is None:
        raise ApiError(404, "List not found.")
    require_visible(request, state, record.public)
    return respond(request, _list_doc(request, state, record))


ROUTES: list[Route] = [
    Route(USER + "/lists", user_lists, methods=["GET"]),
    Route("/lists/{list_id:int}", get_list, methods=["GET"]),
]
