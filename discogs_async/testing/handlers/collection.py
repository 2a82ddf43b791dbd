"""User Collection: folders, instances, custom fields and the collection value."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ..data import (
    API,
    COLLECTION_FIELDS,
    Instance,
    UserState,
    convert,
    iter_sorted,
    money,
)
from .common import (
    COLLECTION_SORTS,
    INSTANCE,
    JSON,
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
    release_sort_key,
    require_owner,
    require_visible,
    respond,
    sort_order,
    user_of,
)


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
        require_visible(request, state, state.collection_public)
    else:
        require_owner(request, state)
    if folder_id != 0 and folder_id not in state.folders:
        raise ApiError(404, "Folder not found.")


async def collection_folders(request: Request) -> Response:
    """GET /users/{username}/collection/folders (non-owners see folder 0 only)."""
    state = user_of(request, request.path_params["username"])
    require_visible(request, state, state.collection_public)
    ids = [0, *state.folders] if is_owner(request, state) else [0]
    return respond(request, {"folders": [_folder_doc(state, folder_id) for folder_id in ids]})


async def create_folder(request: Request) -> Response:
    """POST /users/{username}/collection/folders: 201."""
    state = user_of(request, request.path_params["username"])
    require_owner(request, state)
    name = str((await params_of(request)).get("name") or "Untitled Folder")
    with fake_state(request).lock:
        folder_id = state.next_folder_id
        state.next_folder_id += 1
    state.folders[folder_id] = name
    return respond(request, _folder_doc(state, folder_id), 201)


async def get_folder(request: Request) -> Response:
    """GET /users/{username}/collection/folders/{folder_id}."""
    state = user_of(request, request.path_params["username"])
    folder_id: int = request.path_params["folder_id"]
    _folder_access(request, state, folder_id)
    return respond(request, _folder_doc(state, folder_id))


async def edit_folder(request: Request) -> Response:
    """POST /users/{username}/collection/folders/{folder_id}: rename (not 0 or 1)."""
    state = user_of(request, request.path_params["username"])
    folder_id: int = request.path_params["folder_id"]
    _folder_access(request, state, folder_id)
    if folder_id in (0, 1):
        raise ApiError(422, "Folders 0 and 1 cannot be renamed.")
    name = (await params_of(request)).get("name")
    if not name:
        raise ApiError(422, "The parameter name is required.")
    state.folders[folder_id] = str(name)
    return respond(request, _folder_doc(state, folder_id))


async def delete_folder(request: Request) -> Response:
    """DELETE /users/{username}/collection/folders/{folder_id}: 204 when empty."""
    state = user_of(request, request.path_params["username"])
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
    by_release = release_sort_key(request, sort)
    if sort == "added":
        return lambda i: (i.date_added, i.instance_id)
    if sort == "rating":
        return lambda i: (i.rating, i.instance_id)
    return lambda i: (by_release(i.release_id), i.instance_id)


async def collection_by_release(request: Request) -> Response:
    """GET /users/{username}/collection/releases/{release_id}."""
    release_id = release_id_of(request)
    state = user_of(request, request.path_params["username"])
    require_visible(request, state, state.collection_public)
    owner = is_owner(request, state)
    data = fake_state(request).data
    items = [i for i in state.instances.values() if i.release_id == release_id]
    return paginate_list(request, "releases", items, lambda i: data.instance_doc(i, public_fields_only=not owner))


async def collection_folder_items(request: Request) -> Response:
    """GET /users/{username}/collection/folders/{folder_id}/releases (sort, sort_order)."""
    state = user_of(request, request.path_params["username"])
    folder_id: int = request.path_params["folder_id"]
    _folder_access(request, state, folder_id)
    owner = is_owner(request, state)
    data = fake_state(request).data
    items = [i for i in state.instances.values() if folder_id == 0 or i.folder_id == folder_id]
    items = iter_sorted(items, _instance_sort(request), sort_order(request), True)
    return paginate_list(request, "releases", items, lambda i: data.instance_doc(i, public_fields_only=not owner))


async def add_to_folder(request: Request) -> Response:
    """POST /users/{username}/collection/folders/{folder_id}/releases/{release_id}: 201."""
    state = user_of(request, request.path_params["username"])
    folder_id: int = request.path_params["folder_id"]
    release_id = release_id_of(request)
    _folder_access(request, state, folder_id)
    if folder_id == 0:
        raise ApiError(422, "The folder_id must be non-zero; use 1 for Uncategorized.")
    with fake_state(request).lock:
        instance_id = state.next_instance_id
        state.next_instance_id += 1
    state.instances[instance_id] = Instance(instance_id, release_id, folder_id, 0, now_of(request))
    url = f"{API}/users/{state.username}/collection/folders/{folder_id}/release/{release_id}/instance/{instance_id}"
    return respond(request, {"instance_id": instance_id, "resource_url": url}, 201)


def _instance(request: Request) -> tuple[UserState, Instance]:
    state = user_of(request, request.path_params["username"])
    folder_id: int = request.path_params["folder_id"]
    release_id: int = request.path_params["release_id"]
    require_owner(request, state)
    instance = state.instances.get(request.path_params["instance_id"])
    if instance is None or instance.release_id != release_id or folder_id not in (0, instance.folder_id):
        raise ApiError(404, "Instance not found.")
    return state, instance


async def change_instance(request: Request) -> Response:
    """POST …/instances/{instance_id}: rating and/or move to ``folder_id``; 204."""
    state, instance = _instance(request)
    params = await params_of(request)
    rating = int_param(params, "rating")
    if rating is not None and not 0 <= rating <= 5:
        raise ApiError(422, "The rating must be an integer between 0 and 5.")
    target = int_param(params, "folder_id")
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
    state = user_of(request, request.path_params["username"])
    require_visible(request, state, state.collection_public)
    owner = is_owner(request, state)
    return respond(request, {"fields": [dict(f) for f in COLLECTION_FIELDS if owner or f["public"]]})


async def edit_instance_field(request: Request) -> Response:
    """POST …/instances/{instance_id}/fields/{field_id}?value=…: 204."""
    _, instance = _instance(request)
    field_id: int = request.path_params["field_id"]
    definition = next((f for f in COLLECTION_FIELDS if f["id"] == field_id), None)
    if definition is None:
        raise ApiError(404, "Field not found.")
    value = (await params_of(request)).get("value")
    if value is None:
        raise ApiError(422, "The parameter value is required.")
    if definition["type"] == "dropdown" and value not in definition["options"]:
        raise ApiError(422, f"Invalid value for field {definition['name']}.")
    instance.notes[field_id] = str(value)
    return no_content()


async def collection_value(request: Request) -> Response:
    """GET /users/{username}/collection/value: owner only, currency-formatted strings."""
    state = user_of(request, request.path_params["username"])
    require_owner(request, state)
    data = fake_state(request).data
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


ROUTES: list[Route] = [
    Route(USER + "/collection/folders", collection_folders, methods=["GET"]),
    Route(USER + "/collection/folders", create_folder, methods=["POST"]),
    Route(USER + "/collection/folders/{folder_id:int}", get_folder, methods=["GET"]),
    Route(USER + "/collection/folders/{folder_id:int}", edit_folder, methods=["POST"]),
    Route(USER + "/collection/folders/{folder_id:int}", delete_folder, methods=["DELETE"]),
    Route(USER + "/collection/releases/{release_id:int}", collection_by_release, methods=["GET"]),
    Route(USER + "/collection/folders/{folder_id:int}/releases", collection_folder_items, methods=["GET"]),
    Route(USER + "/collection/folders/{folder_id:int}/releases/{release_id:int}", add_to_folder, methods=["POST"]),
    Route(INSTANCE, change_instance, methods=["POST"]),
    Route(INSTANCE, delete_instance, methods=["DELETE"]),
    Route(USER + "/collection/fields", collection_fields, methods=["GET"]),
    Route(INSTANCE + "/fields/{field_id:int}", edit_instance_field, methods=["POST"]),
    Route(USER + "/collection/value", collection_value, methods=["GET"]),
]
