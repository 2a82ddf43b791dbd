"""Database: releases, ratings, masters, artists, labels and search."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ..auth import AUTH_REQUIRED
from ..data import (
    SEARCH_CAP,
    convert,
    iter_sorted,
)
from .common import (
    ARTIST_404,
    JSON,
    LABEL_404,
    MASTER_404,
    ApiError,
    auth_of,
    blank_images,
    currency_of,
    fake_state,
    int_param,
    no_content,
    paginate,
    paginate_list,
    params_of,
    release_id_of,
    require_owner,
    respond,
    sort_order,
    user_of,
    viewer_of,
)


async def get_release(request: Request) -> Response:
    """GET /releases/{release_id}."""
    release_id = release_id_of(request)
    release = dict(fake_state(request).data.release(release_id))
    currency = currency_of(request, request.query_params.get("curr_abbr"))
    if release["lowest_price"] is not None and currency != "USD":
        release["lowest_price"] = round(convert(release["lowest_price"], currency), 2)
    return respond(request, blank_images(request, release))


async def get_user_rating(request: Request) -> Response:
    """GET /releases/{release_id}/rating/{username}."""
    release_id = release_id_of(request)
    state = user_of(request, request.path_params["username"])
    return respond(
        request, {"username": state.username, "release_id": release_id, "rating": state.ratings.get(release_id, 0)}
    )


async def put_user_rating(request: Request) -> Response:
    """PUT /releases/{release_id}/rating/{username}."""
    release_id = release_id_of(request)
    state = user_of(request, request.path_params["username"])
    require_owner(request, state)
    rating = int_param(await params_of(request), "rating", required=True)
    if rating is None or not 1 <= rating <= 5:
        raise ApiError(422, "The rating must be an integer between 1 and 5.")
    state.ratings[release_id] = rating
    return respond(request, {"username": state.username, "release_id": release_id, "rating": rating})


async def delete_user_rating(request: Request) -> Response:
    """DELETE /releases/{release_id}/rating/{username}."""
    release_id = release_id_of(request)
    state = user_of(request, request.path_params["username"])
    require_owner(request, state)
    state.ratings.pop(release_id, None)
    return no_content()


async def community_rating(request: Request) -> Response:
    """GET /releases/{release_id}/rating."""
    release_id = release_id_of(request)
    rating = fake_state(request).data.release(release_id)["community"]["rating"]
    return respond(request, {"release_id": release_id, "rating": dict(rating)})


async def release_stats(request: Request) -> Response:
    """GET /releases/{release_id}/stats (observed ``is_offensive`` shape unless documented shapes are asked)."""
    release_id = release_id_of(request)
    fake = fake_state(request)
    if fake.config.documented_shapes:
        core = fake.data.core(release_id)
        return respond(request, {"num_have": core.have, "num_want": core.want})
    return respond(request, {"is_offensive": False})


async def get_master(request: Request) -> Response:
    """GET /masters/{master_id}."""
    master = fake_state(request).data.master(request.path_params["master_id"])
    if master is None:
        raise ApiError(404, MASTER_404)
    master = dict(master)
    currency = currency_of(request, request.query_params.get("curr_abbr"))
    if master["lowest_price"] is not None and currency != "USD":
        master["lowest_price"] = round(convert(master["lowest_price"], currency), 2)
    return respond(request, blank_images(request, master))


_VERSION_FILTERS = ("format", "label", "country", "released")


def _version_facet(item: JSON, facet: str) -> list[str]:
    if facet == "format":
        return [*item["major_formats"], *(part for part in item["format"].split(", ") if part)]
    if facet == "released":
        return [item["released"][:4]] if item["released"] else []
    return [str(item[facet])]


async def master_versions(request: Request) -> Response:
    """GET /masters/{master_id}/versions with ``filters``/``filter_facets`` and format/label/country/released."""
    data = fake_state(request).data
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
        items = iter_sorted(items, lambda item: str(item[sort]), sort_order(request))
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
    data = fake_state(request).data
    artist_id: int = request.path_params["artist_id"]
    if not data.artist_exists(artist_id):
        raise ApiError(404, ARTIST_404)
    return respond(request, blank_images(request, data.artist(artist_id)))


async def artist_releases(request: Request) -> Response:
    """GET /artists/{artist_id}/releases (sort: year, title, format)."""
    data = fake_state(request).data
    artist_id: int = request.path_params["artist_id"]
    if not data.artist_exists(artist_id):
        raise ApiError(404, ARTIST_404)
    items: list[JSON] = data.discography(artist_id)  # already by year, ascending
    sort = request.query_params.get("sort", "year")
    field = sort if sort in ("year", "title", "format") else "year"
    if field != "year" or sort_order(request) == "desc":
        items = iter_sorted(items, lambda item: (item.get(field, ""), item["id"]), sort_order(request))
    return paginate_list(request, "releases", items, lambda item: item)


async def get_label(request: Request) -> Response:
    """GET /labels/{label_id}."""
    data = fake_state(request).data
    label_id: int = request.path_params["label_id"]
    if not data.label_exists(label_id):
        raise ApiError(404, LABEL_404)
    return respond(request, blank_images(request, data.label(label_id)))


async def label_releases(request: Request) -> Response:
    """GET /labels/{label_id}/releases."""
    data = fake_state(request).data
    label_id: int = request.path_params["label_id"]
    if not data.label_exists(label_id):
        raise ApiError(404, LABEL_404)
    return paginate_list(request, "releases", data.label_release_ids(label_id), data.label_release_item)


async def search(request: Request) -> Response:
    """GET /database/search: the documented filters over the data set's search index, 10,000 results reachable."""
    if not auth_of(request).valid:
        raise ApiError(401, AUTH_REQUIRED)
    data = fake_state(request).data
    positions = data.search(dict(request.query_params))
    index = data.search_index()
    viewer = viewer_of(request)
    collected = {i.release_id for i in viewer.instances.values()} if viewer else set()
    wanted = set(viewer.wants) if viewer else set()

    def fetch(offset: int, count: int) -> list[JSON]:
        results = []
        for position in positions[offset : offset + count]:
            result = dict(data.search_result(index[position]))
            is_release = result["type"] == "release"
            result["user_data"] = {
                "in_wantlist": is_release and result["id"] in wanted,
                "in_collection": is_release and result["id"] in collected,
            }
            results.append(result)
        return results

    return paginate(request, "results", len(positions), fetch, reachable=SEARCH_CAP)


ROUTES: list[Route] = [
    Route("/releases/{release_id:int}", get_release, methods=["GET"]),
    Route("/releases/{release_id:int}/rating/{username}", get_user_rating, methods=["GET"]),
    Route("/releases/{release_id:int}/rating/{username}", put_user_rating, methods=["PUT"]),
    Route("/releases/{release_id:int}/rating/{username}", delete_user_rating, methods=["DELETE"]),
    Route("/releases/{release_id:int}/rating", community_rating, methods=["GET"]),
    Route("/releases/{release_id:int}/stats", release_stats, methods=["GET"]),
    Route("/masters/{master_id:int}", get_master, methods=["GET"]),
    Route("/masters/{master_id:int}/versions", master_versions, methods=["GET"]),
    Route("/artists/{artist_id:int}", get_artist, methods=["GET"]),
    Route("/artists/{artist_id:int}/releases", artist_releases, methods=["GET"]),
    Route("/labels/{label_id:int}", get_label, methods=["GET"]),
    Route("/labels/{label_id:int}/releases", label_releases, methods=["GET"]),
    Route("/database/search", search, methods=["GET"]),
]
