"""Marketplace: inventories, listings, orders and their messages, fees, price suggestions, statistics."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ..data import (
    API,
    CONDITIONS,
    CURRENCIES,
    INVENTORY_PAGE_CAP,
    ORDER_STATUSES,
    SLEEVE_CONDITIONS,
    Order,
    UserState,
    convert,
    iso,
    iter_sorted,
    money,
    price_suggestion_table,
)
from .common import (
    FORBIDDEN,
    INVENTORY_CAPPED,
    INVENTORY_STATUSES,
    JSON,
    NOT_FOUND,
    USER,
    ApiError,
    bool_param,
    currency_of,
    fake_state,
    float_param,
    int_param,
    is_owner,
    no_content,
    now_of,
    page_params,
    paginate_list,
    params_of,
    release_id_of,
    release_sort_key,
    require_owner,
    require_user,
    respond,
    sort_order,
    user_of,
    viewer_of,
)


def listing_view(request: Request, listing: JSON) -> JSON:
    data = fake_state(request).data
    owner = viewer_of(request)
    owner_view = owner is not None and owner.username == listing["seller"]
    currency = currency_of(request, request.query_params.get("curr_abbr"))
    return data.listing_doc(listing, owner_view=owner_view, currency=currency)


def _inventory_key(request: Request, sort: str) -> Callable[[JSON], Any]:
    by_release = release_sort_key(request, {"item": "title"}.get(sort, sort))
    if sort in ("item", "artist", "label", "catno"):
        return lambda listing: by_release(int(listing["release_id"]))
    field = {"listed": "posted"}.get(sort, sort)
    if field not in ("posted", "price", "audio", "status", "location"):
        field = "posted"
    return lambda listing: listing[field]


# Bounds that keep every derived figure (prices in JPY, totals, fees) a finite JSON number.
MAX_PRICE = 1_000_000
MAX_WEIGHT = 100_000
MAX_FORMAT_QUANTITY = 10_000


async def inventory(request: Request) -> Response:
    """GET /users/{username}/inventory (only For Sale items unless the owner asks)."""
    state = user_of(request, request.path_params["username"])
    owner = is_owner(request, state)
    status = request.query_params.get("status")
    if status is not None and status not in INVENTORY_STATUSES:
        raise ApiError(422, f"Invalid status: expected one of {', '.join(INVENTORY_STATUSES)}.")
    listings = list(state.listings.values())
    if not owner:
        listings = [listing for listing in listings if listing["status"] == "For Sale"]
    elif status and status != "All":
        listings = [listing for listing in listings if listing["status"] == status]
    if not owner and page_params(request)[0] > INVENTORY_PAGE_CAP:
        raise ApiError(403, INVENTORY_CAPPED)
    key = _inventory_key(request, request.query_params.get("sort", "listed"))
    listings = iter_sorted(listings, lambda listing: (key(listing), listing["id"]), sort_order(request), True)
    return paginate_list(request, "listings", listings, lambda listing: listing_view(request, listing))


def _listing(request: Request) -> tuple[UserState, JSON]:
    data = fake_state(request).data
    listing_id: int = request.path_params["listing_id"]
    owner = data.listing_owner(listing_id)
    listing = data.user(owner).listings.get(listing_id) if owner else None
    if owner is None or listing is None:
        raise ApiError(404, NOT_FOUND)
    return data.user(owner), listing


async def get_listing(request: Request) -> Response:
    """GET /marketplace/listings/{listing_id}."""
    state, listing = _listing(request)
    if listing["status"] != "For Sale" and not is_owner(request, state):
        raise ApiError(404, NOT_FOUND)
    return respond(request, listing_view(request, listing))


def apply_listing_params(request: Request, listing: JSON, params: Mapping[str, Any], *, creating: bool) -> None:
    data = fake_state(request).data
    release_id = int_param(params, "release_id", required=creating)
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
    price = float_param(params, "price", required=creating)
    if price is not None:
        if not 0 < price <= MAX_PRICE:
            raise ApiError(422, f"Invalid price: it must be positive and at most {MAX_PRICE:,}.")
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
        listing["allow_offers"] = bool_param(params["allow_offers"])
    for key, limit in (("weight", MAX_WEIGHT), ("format_quantity", MAX_FORMAT_QUANTITY)):
        if key in params and str(params[key]) != "auto":
            number = float_param(params, key) or 0.0
            if not 0 <= number <= limit:
                raise ApiError(422, f"Invalid {key}: expected a number from 0 to {limit:,}.")
            listing[key] = number if key == "weight" else int(number)


async def edit_listing(request: Request) -> Response:
    """POST /marketplace/listings/{listing_id}: 204."""
    state, listing = _listing(request)
    require_owner(request, state)
    if listing["status"] not in ("For Sale", "Draft", "Expired"):
        raise ApiError(403, f"A listing with status {listing['status']} cannot be modified, only deleted.")
    updated = dict(listing)
    apply_listing_params(request, updated, await params_of(request), creating=False)
    listing.update(updated)
    return no_content()


async def delete_listing(request: Request) -> Response:
    """DELETE /marketplace/listings/{listing_id}: 204."""
    state, listing = _listing(request)
    require_owner(request, state)
    del state.listings[listing["id"]]
    return no_content()


def add_listing(request: Request, state: UserState, params: Mapping[str, Any]) -> JSON:
    listing: JSON = {
        "status": "For Sale",
        "sleeve_condition": "Not Graded",
        "comments": "",
        "allow_offers": False,
        "posted": now_of(request),
        "ships_from": "United States",
        "external_id": "",
        "location": "",
        "weight": 0.0,
        "format_quantity": 1,
        "audio": False,
        "seller": state.username,
        "currency": state.profile["curr_abbr"],
    }
    apply_listing_params(request, listing, params, creating=True)
    with fake_state(request).lock:
        listing["id"] = state.next_listing
        state.next_listing += 1
    state.listings[listing["id"]] = listing
    return listing


async def create_listing(request: Request) -> Response:
    """POST /marketplace/listings: 201 ``{listing_id, resource_url}``."""
    state = require_user(request)
    listing = add_listing(request, state, await params_of(request))
    body = {"listing_id": listing["id"], "resource_url": f"{API}/marketplace/listings/{listing['id']}"}
    return respond(request, body, 201)


def _order(request: Request) -> Order:
    data = fake_state(request).data
    order_id: str = request.path_params["order_id"]
    seller_id, _, _ = order_id.partition("-")
    seller = data.username_by_id(int(seller_id)) if seller_id.isdigit() else None
    order = data.user(seller).orders.get(order_id) if seller else None
    if order is None:
        raise ApiError(404, NOT_FOUND)
    viewer = require_user(request)
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
    viewer = require_user(request)
    data = fake_state(request).data
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
    orders = iter_sorted(orders, key, sort_order(request), True)
    return paginate_list(request, "orders", orders, data.order_doc)


async def get_order(request: Request) -> Response:
    """GET /marketplace/orders/{order_id}."""
    return respond(request, fake_state(request).data.order_doc(_order(request)))


def _add_message(request: Request, order: Order, entry: JSON) -> JSON:
    now = now_of(request)
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
    params = await params_of(request)
    status = params.get("status")
    shipping = float_param(params, "shipping")
    if status is not None and shipping is not None:
        raise ApiError(422, "The shipping and the order status cannot be changed in the same request.")
    if shipping is not None and not 0 <= shipping <= MAX_PRICE:
        raise ApiError(422, f"Invalid shipping: expected a number from 0 to {MAX_PRICE:,}.")
    seller = {"username": order.seller, "resource_url": f"{API}/users/{order.seller}"}
    if status is not None:
        text = _change_status(request, order, status)
        _add_message(request, order, {"type": "message", "from": seller, "message": text, "subject": ""})
    if shipping is not None:
        if order.status.startswith("Cancelled") or order.status in ("Payment Received", "Shipped"):
            raise ApiError(422, f"The shipping cannot be changed when the order status is {order.status}.")
        original, order.shipping = order.shipping, round(shipping, 2)
        order.status = "Invoice Sent"
        currency = str(fake_state(request).data.user(order.seller).profile["curr_abbr"])
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
    return respond(request, fake_state(request).data.order_doc(order))


async def order_messages(request: Request) -> Response:
    """GET /marketplace/orders/{order_id}/messages (newest first)."""
    order = _order(request)
    return paginate_list(request, "messages", order.messages, lambda message: message)


async def add_order_message(request: Request) -> Response:
    """POST /marketplace/orders/{order_id}/messages: 201 with the new message."""
    order = _order(request)
    params = await params_of(request)
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
    viewer = require_user(request)
    release_id = release_id_of(request)
    if not viewer.seller_settings:
        raise ApiError(403, "You must fill out your seller settings before price suggestions are available.")
    if release_id % 11 == 0:
        return respond(request, {})
    _, lowest = fake_state(request).data.lowest_price(release_id)
    base = (lowest or 5.0) * 1.7
    return respond(request, dict(price_suggestion_table(str(viewer.profile["curr_abbr"]), base)))


async def marketplace_stats(request: Request) -> Response:
    """GET /marketplace/stats/{release_id}."""
    release_id = release_id_of(request)
    data = fake_state(request).data
    if data.release(release_id)["blocked_from_sale"]:
        return respond(request, {"num_for_sale": None, "lowest_price": None, "blocked_from_sale": True})
    count, lowest = data.lowest_price(release_id)
    currency = currency_of(request, request.query_params.get("curr_abbr"))
    price = None if lowest is None else {"currency": currency, "value": round(convert(lowest, currency), 2)}
    # The documentation: both are null when nothing is for sale (QUIRKS.md F6, michaelhball/discogs_alert#89).
    return respond(request, {"num_for_sale": count or None, "lowest_price": price, "blocked_from_sale": False})


ROUTES: list[Route] = [
    Route(USER + "/inventory", inventory, methods=["GET"]),
    Route("/marketplace/listings/{listing_id:int}", get_listing, methods=["GET"]),
    Route("/marketplace/listings/{listing_id:int}", edit_listing, methods=["POST"]),
    Route("/marketplace/listings/{listing_id:int}", delete_listing, methods=["DELETE"]),
    Route("/marketplace/listings", create_listing, methods=["POST"]),
    Route("/marketplace/orders/{order_id}", get_order, methods=["GET"]),
    Route("/marketplace/orders/{order_id}", edit_order, methods=["POST"]),
    Route("/marketplace/orders", list_orders, methods=["GET"]),
    Route("/marketplace/orders/{order_id}/messages", order_messages, methods=["GET"]),
    Route("/marketplace/orders/{order_id}/messages", add_order_message, methods=["POST"]),
    Route("/marketplace/fee/{price:float}", fee, methods=["GET"]),
    Route("/marketplace/fee/{price:float}/{currency}", fee, methods=["GET"]),
    Route("/marketplace/price_suggestions/{release_id:int}", price_suggestions, methods=["GET"]),
    Route("/marketplace/stats/{release_id:int}", marketplace_stats, methods=["GET"]),
]
