"""What the Marketplace, Inventory Export and Inventory Upload operations put on the wire, and what they parse into."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest
from pytest_httpx import HTTPXMock

from discogs_async._generated.api.inventory_export.download_export import asyncio_detailed as download_export
from discogs_async._generated.api.inventory_export.export_inventory import asyncio_detailed as export_inventory
from discogs_async._generated.api.inventory_export.get_export import asyncio_detailed as get_export
from discogs_async._generated.api.inventory_export.get_recent_exports import asyncio_detailed as get_recent_exports
from discogs_async._generated.api.inventory_upload.add_inventory import asyncio_detailed as add_inventory
from discogs_async._generated.api.inventory_upload.change_inventory import asyncio_detailed as change_inventory
from discogs_async._generated.api.inventory_upload.delete_inventory import asyncio_detailed as delete_inventory
from discogs_async._generated.api.inventory_upload.get_recent_uploads import asyncio_detailed as get_recent_uploads
from discogs_async._generated.api.inventory_upload.get_upload import asyncio_detailed as get_upload
from discogs_async._generated.api.marketplace.add_order_message import asyncio_detailed as add_order_message
from discogs_async._generated.api.marketplace.create_listing import asyncio_detailed as create_listing
from discogs_async._generated.api.marketplace.delete_listing import asyncio_detailed as delete_listing
from discogs_async._generated.api.marketplace.edit_listing import asyncio_detailed as edit_listing
from discogs_async._generated.api.marketplace.edit_order import asyncio_detailed as edit_order
from discogs_async._generated.api.marketplace.get_fee import asyncio_detailed as get_fee
from discogs_async._generated.api.marketplace.get_fee_with_currency import asyncio_detailed as get_fee_with_currency
from discogs_async._generated.api.marketplace.get_inventory import asyncio_detailed as get_inventory
from discogs_async._generated.api.marketplace.get_listing import asyncio_detailed as get_listing
from discogs_async._generated.api.marketplace.get_marketplace_release_stats import (
    asyncio_detailed as get_marketplace_release_stats,
)
from discogs_async._generated.api.marketplace.get_order import asyncio_detailed as get_order
from discogs_async._generated.api.marketplace.get_price_suggestions import asyncio_detailed as get_price_suggestions
from discogs_async._generated.api.marketplace.list_order_messages import asyncio_detailed as list_order_messages
from discogs_async._generated.api.marketplace.list_orders import asyncio_detailed as list_orders
from discogs_async.models import (
    AutoValue,
    CurrencyCode,
    Fee,
    Inventory,
    InventoryCsvUpload,
    InventoryExport,
    InventoryExportList,
    InventorySort,
    InventoryStatus,
    InventoryUpload,
    InventoryUploadList,
    InventoryUploadType,
    Listing,
    ListingCondition,
    ListingInput,
    ListingStatus,
    MarketplaceReleaseStats,
    NewListing,
    Order,
    OrderEdit,
    OrderList,
    OrderMessage,
    OrderMessageInput,
    OrderMessageList,
    OrderMessageType,
    OrderReference,
    OrderSort,
    OrderStatus,
    OrderStatusFilter,
    OriginalPrice,
    Price,
    PriceSuggestions,
    Seller,
    SellerStats,
    SettableListingStatus,
    SettableOrderStatus,
    SleeveCondition,
    SortOrder,
)
from discogs_async.types import File

API = "https://api.discogs.com"
RATE_HEADERS = {"X-Discogs-Ratelimit": "60", "X-Discogs-Ratelimit-Used": "3", "X-Discogs-Ratelimit-Remaining": "57"}


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=API) as http:
        yield http


def _only_request(httpx_mock: HTTPXMock) -> httpx.Request:
    requests = httpx_mock.get_requests()
    assert len(requests) == 1
    return requests[0]


def _query(request: httpx.Request) -> dict[str, list[str]]:
    return parse_qs(request.url.query.decode(), keep_blank_values=True)


def _multipart(request: httpx.Request) -> dict[str, tuple[str | None, bytes]]:
    """The parts of a multipart/form-data request: name -> (filename, content)."""
    content_type = request.headers["Content-Type"]
    assert content_type.startswith("multipart/form-data; boundary=")
    message = BytesParser(policy=HTTP).parsebytes(
        b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + request.content
    )
    parts: dict[str, tuple[str | None, bytes]] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        assert isinstance(name, str)
        payload = part.get_payload(decode=True)
        assert isinstance(payload, bytes)
        parts[name] = (part.get_filename(), payload)
    return parts


PAGINATION = {"page": 1, "pages": 1, "per_page": 50, "items": 1, "urls": {}}

LISTING = {
    "id": 3100000001,
    "resource_url": f"{API}/marketplace/listings/3100000001",
    "uri": "https://www.discogs.com/sell/item/3100000001",
    "status": "For Sale",
    "condition": "Very Good Plus (VG+)",
    "sleeve_condition": "Generic",
    "comments": "Plays through cleanly.",
    "ships_from": "Germany",
    "posted": "2024-11-02T08:15:00-07:00",
    "allow_offers": True,
    "offer_submitted": False,
    "in_cart": False,
    "audio": False,
    "price": {"currency": "USD", "value": 23.529411764705884},
    "original_price": {
        "curr_abbr": "EUR",
        "curr_id": 3,
        "formatted": "€20.00",
        "value": 20.0,
        "converted": {"curr_abbr": "USD", "curr_id": 1, "formatted": "$23.53", "value": 23.53},
    },
    "shipping_price": {},
    "original_shipping_price": {},
    "seller": {
        "id": 777,
        "username": "crate-digger",
        "resource_url": f"{API}/users/crate-digger",
        "stats": {"rating": "99.5", "stars": 5.0, "total": 812},
        "min_order_total": 0.0,
    },
    "release": {"id": 42, "description": "Someone - Something (LP, Album)", "year": 1979, "format": "LP, Album"},
}

ORDER = {
    "id": "777-12",
    "resource_url": f"{API}/marketplace/orders/777-12",
    "messages_url": f"{API}/marketplace/orders/777-12/messages",
    "status": "Invoice Sent",
    "next_status": ["Payment Pending", "Payment Received", "Cancelled (Item Unavailable)"],
    "fee": {"currency": "EUR", "value": 1.6},
    "created": "2024-10-01T10:00:00-07:00",
    "items": [
        {
            "id": 3100000001,
            "release": {"id": 42, "description": "Someone - Something (LP, Album)"},
            "price": {"currency": "EUR", "value": 20},
            "media_condition": "Very Good Plus (VG+)",
            "sleeve_condition": "Generic",
        }
    ],
    "shipping": {"currency": "EUR", "method": "Standard", "value": 6.5},
    "archived": False,
    "seller": {"id": 777, "username": "crate-digger"},
    "buyer": {"id": 888, "username": "listener"},
    "total": {"currency": "EUR", "value": 26.5},
}

EXPORT = {
    "id": 610001,
    "status": "success",
    "created_ts": "2024-09-27T12:50:39",
    "finished_ts": "2024-09-27T12:59:02",
    "url": f"{API}/inventory/export/610001",
    "download_url": f"{API}/inventory/export/610001/download",
    "filename": "crate-digger-inventory-20240927-1259.csv",
}

UPLOAD = {
    "id": 120001,
    "type": "add",
    "status": "success",
    "results": "CSV file contains 2 records.<p>Processed 2 records.",
    "filename": "add.csv",
    "created_ts": "2024-12-18T09:20:28",
    "finished_ts": "2024-12-18T09:20:29",
}


# ---- Marketplace ----


async def test_get_inventory(httpx_mock: HTTPXMock, client: httpx.AsyncClient) -> None:
    httpx_mock.add_response(json={"pagination": PAGINATION, "listings": [LISTING]}, headers=RATE_HEADERS)
    response = await get_inventory(
        "crate-digger",
        client=client,
        status=InventoryStatus.FOR_SALE,
        sort=InventorySort.PRICE,
        sort_order=SortOrder.DESC,
        page=2,
        per_page=25,
    )
    request = _only_request(httpx_mock)
    assert request.method == "GET"
    assert request.url.path == "/users/crate-digger/inventory"
    assert _query(request) == {
        "status": ["For Sale"],
        "sort": ["price"],
        "sort_order": ["desc"],
        "page": ["2"],
        "per_page": ["25"],
    }
    assert isinstance(response.parsed, Inventory)
    listing = response.parsed.listings[0]
    assert isinstance(listing, Listing)
    assert listing.status is ListingStatus.FOR_SALE
    assert listing.sleeve_condition is SleeveCondition.GENERIC
    assert response.headers["X-Discogs-Ratelimit-Remaining"] == "57"


async def test_get_listing(httpx_mock: HTTPXMock, client: httpx.AsyncClient) -> None:
    httpx_mock.add_response(json=LISTING)
    response = await get_listing(3100000001, client=client, curr_abbr=CurrencyCode.USD)
    request = _only_request(httpx_mock)
    assert request.method == "GET"
    assert request.url.path == "/marketplace/listings/3100000001"
    assert _query(request) == {"curr_abbr": ["USD"]}
    listing = response.parsed
    assert isinstance(listing, Listing)
    assert isinstance(listing.original_price, OriginalPrice)
    assert isinstance(listing.seller, Seller)
    assert isinstance(listing.seller.stats, SellerStats)
    assert listing.seller.stats.rating == "99.5"
    assert listing.to_dict() == LISTING


async def test_edit_listing(httpx_mock: HTTPXMock, client: httpx.AsyncClient) -> None:
    httpx_mock.add_response(status_code=204)
    body = ListingInput(
        release_id=42,
        condition=ListingCondition.NEAR_MINT_NM_OR_M,
        price=18.5,
        status=SettableListingStatus.DRAFT,
        sleeve_condition=SleeveCondition.NO_COVER,
        comments="Price lowered.",
        allow_offers=False,
        external_id="shelf-7",
        location="Box 3",
        weight=AutoValue.AUTO,
        format_quantity=1,
    )
    response = await edit_listing(3100000001, client=client, body=body, curr_abbr=CurrencyCode.EUR)
    request = _only_request(httpx_mock)
    assert request.method == "POST"
    assert request.url.path == "/marketplace/listings/3100000001"
    assert _query(request) == {"curr_abbr": ["EUR"]}
    assert request.headers["Content-Type"] == "application/json"
    assert json.loads(request.content) == {
        "release_id": 42,
        "condition": "Near Mint (NM or M-)",
        "price": 18.5,
        "status": "Draft",
        "sleeve_condition": "No Cover",
        "comments": "Price lowered.",
        "allow_offers": False,
        "external_id": "shelf-7",
        "location": "Box 3",
        "weight": "auto",
        "format_quantity": 1,
    }
    assert response.status_code == 204
    assert response.parsed is None


async def test_delete_listing(httpx_mock: HTTPXMock, client: httpx.AsyncClient) -> None:
    httpx_mock.add_response(status_code=204)
    response = await delete_listing(3100000001, client=client)
    request = _only_request(httpx_mock)
    assert request.method == "DELETE"
    assert request.url.path == "/marketplace/listings/3100000001"
    assert request.url.query == b""
    assert request.content == b""
    assert response.status_code == 204
    assert response.parsed is None


async def test_create_listing(httpx_mock: HTTPXMock, client: httpx.AsyncClient) -> None:
    httpx_mock.add_response(
        status_code=201, json={"listing_id": 3100000002, "resource_url": f"{API}/marketplace/listings/3100000002"}
    )
    body = ListingInput(
        release_id=42, condition=ListingCondition.MINT_M, price=10, status=SettableListingStatus.FOR_SALE, weight=180
    )
    response = await create_listing(client=client, body=body)
    request = _only_request(httpx_mock)
    assert request.method == "POST"
    assert request.url.path == "/marketplace/listings"
    assert request.url.query == b""
    assert json.loads(request.content) == {
        "release_id": 42,
        "condition": "Mint (M)",
        "price": 10,
        "status": "For Sale",
        "weight": 180,
    }
    assert isinstance(response.parsed, NewListing)
    assert response.parsed.listing_id == 3100000002


async def test_get_order(httpx_mock: HTTPXMock, client: httpx.AsyncClient) -> None:
    httpx_mock.add_response(json=ORDER)
    response = await get_order("777-12", client=client)
    request = _only_request(httpx_mock)
    assert request.method == "GET"
    assert request.url.path == "/marketplace/orders/777-12"
    assert request.url.query == b""
    order = response.parsed
    assert isinstance(order, Order)
    assert order.id == "777-12"
    assert order.status is OrderStatus.INVOICE_SENT
    assert order.to_dict() == ORDER


async def test_edit_order(httpx_mock: HTTPXMock, client: httpx.AsyncClient) -> None:
    httpx_mock.add_response(json={**ORDER, "status": "Shipped"})
    response = await edit_order("777-12", client=client, body=OrderEdit(status=SettableOrderStatus.SHIPPED))
    request = _only_request(httpx_mock)
    assert request.method == "POST"
    assert request.url.path == "/marketplace/orders/777-12"
    assert json.loads(request.content) == {"status": "Shipped"}
    assert isinstance(response.parsed, Order)
    assert response.parsed.status is OrderStatus.SHIPPED


async def test_list_orders(httpx_mock: HTTPXMock, client: httpx.AsyncClient) -> None:
    httpx_mock.add_response(json={"pagination": PAGINATION, "orders": [ORDER]})
    response = await list_orders(
        client=client,
        status=OrderStatusFilter.CANCELLED_PER_BUYERS_REQUEST,
        created_after="2024-01-01T00:00:00Z",
        created_before="2024-12-31T23:59:59Z",
        archived=False,
        sort=OrderSort.LAST_ACTIVITY,
        sort_order=SortOrder.ASC,
        page=3,
        per_page=100,
    )
    request = _only_request(httpx_mock)
    assert request.method == "GET"
    assert request.url.path == "/marketplace/orders"
    assert _query(request) == {
        "status": ["Cancelled (Per Buyer's Request)"],
        "created_after": ["2024-01-01T00:00:00Z"],
        "created_before": ["2024-12-31T23:59:59Z"],
        "archived": ["false"],
        "sort": ["last_activity"],
        "sort_order": ["asc"],
        "page": ["3"],
        "per_page": ["100"],
    }
    assert isinstance(response.parsed, OrderList)
    assert [order.id for order in response.parsed.orders] == ["777-12"]


async def test_list_order_messages(httpx_mock: HTTPXMock, client: httpx.AsyncClient) -> None:
    reference = {"id": "777-12", "resource_url": f"{API}/marketplace/orders/777-12"}
    messages = [
        {"type": "refund_received", "refund": {"amount": 5, "order": reference}, "order": reference, "subject": ""},
        {"type": "message", "from": {"id": 777, "username": "crate-digger"}, "message": "Thanks!", "order": reference},
        {"type": "status", "status_id": 6, "actor": {"username": "crate-digger"}, "order": reference, "subject": ""},
        {"type": "shipping", "original": 0, "new": 6.5, "order": reference, "subject": ""},
    ]
    httpx_mock.add_response(json={"pagination": PAGINATION, "messages": messages})
    response = await list_order_messages("777-12", client=client, page=1, per_page=10)
    request = _only_request(httpx_mock)
    assert request.method == "GET"
    assert request.url.path == "/marketplace/orders/777-12/messages"
    assert _query(request) == {"page": ["1"], "per_page": ["10"]}
    assert isinstance(response.parsed, OrderMessageList)
    parsed = response.parsed.messages
    assert [m.type_ for m in parsed] == [
        OrderMessageType.REFUND_RECEIVED,
        OrderMessageType.MESSAGE,
        OrderMessageType.STATUS,
        OrderMessageType.SHIPPING,
    ]
    assert [m.to_dict() for m in parsed] == messages


async def test_add_order_message(httpx_mock: HTTPXMock, client: httpx.AsyncClient) -> None:
    httpx_mock.add_response(
        status_code=201,
        json={
            "from": {"username": "crate-digger", "resource_url": f"{API}/users/crate-digger"},
            "message": "Seller changed status from Payment Received to Shipped\n\nOn its way!",
            "order": {"id": "777-12", "resource_url": f"{API}/marketplace/orders/777-12"},
            "timestamp": "2024-10-03T15:32:42-07:00",
            "subject": "Discogs Order #777-12",
        },
    )
    body = OrderMessageInput(message="On its way!", status=SettableOrderStatus.SHIPPED)
    response = await add_order_message("777-12", client=client, body=body)
    request = _only_request(httpx_mock)
    assert request.method == "POST"
    assert request.url.path == "/marketplace/orders/777-12/messages"
    assert json.loads(request.content) == {"message": "On its way!", "status": "Shipped"}
    assert isinstance(response.parsed, OrderMessage)
    assert isinstance(response.parsed.order, OrderReference)
    assert response.parsed.order.id == "777-12"


async def test_get_fee(httpx_mock: HTTPXMock, client: httpx.AsyncClient) -> None:
    httpx_mock.add_response(json={"value": 0.84, "currency": "USD"})
    response = await get_fee(10.5, client=client)
    request = _only_request(httpx_mock)
    assert request.method == "GET"
    assert request.url.path == "/marketplace/fee/10.5"
    assert request.url.query == b""
    assert isinstance(response.parsed, Fee)
    assert response.parsed.value == 0.84


async def test_get_fee_with_currency(httpx_mock: HTTPXMock, client: httpx.AsyncClient) -> None:
    httpx_mock.add_response(json={"value": 1.57, "currency": "EUR"})
    response = await get_fee_with_currency(20.5, CurrencyCode.EUR, client=client)
    request = _only_request(httpx_mock)
    assert request.method == "GET"
    assert request.url.path == "/marketplace/fee/20.5/EUR"
    assert isinstance(response.parsed, Fee)
    assert response.parsed.currency == "EUR"


async def test_get_price_suggestions(httpx_mock: HTTPXMock, client: httpx.AsyncClient) -> None:
    body = {
        "Mint (M)": {"currency": "EUR", "value": 16.625},
        "Poor (P)": {"currency": "EUR", "value": 0.8750000000000001},
    }
    httpx_mock.add_response(json=body)
    response = await get_price_suggestions(42, client=client)
    request = _only_request(httpx_mock)
    assert request.method == "GET"
    assert request.url.path == "/marketplace/price_suggestions/42"
    suggestions = response.parsed
    assert isinstance(suggestions, PriceSuggestions)
    mint = suggestions[ListingCondition.MINT_M.value]
    assert isinstance(mint, Price)
    assert mint.value == 16.625
    assert suggestions.to_dict() == body


async def test_get_price_suggestions_empty(httpx_mock: HTTPXMock, client: httpx.AsyncClient) -> None:
    httpx_mock.add_response(json={})
    response = await get_price_suggestions(43, client=client)
    assert isinstance(response.parsed, PriceSuggestions)
    assert response.parsed.additional_keys == []


async def test_get_marketplace_release_stats(httpx_mock: HTTPXMock, client: httpx.AsyncClient) -> None:
    httpx_mock.add_response(json={"num_for_sale": 4, "lowest_price": {"value": 18.07, "currency": "GBP"}})
    response = await get_marketplace_release_stats(42, client=client, curr_abbr=CurrencyCode.GBP)
    request = _only_request(httpx_mock)
    assert request.method == "GET"
    assert request.url.path == "/marketplace/stats/42"
    assert _query(request) == {"curr_abbr": ["GBP"]}
    stats = response.parsed
    assert isinstance(stats, MarketplaceReleaseStats)
    assert stats.num_for_sale == 4
    assert isinstance(stats.lowest_price, Price)


async def test_get_marketplace_release_stats_nothing_for_sale(httpx_mock: HTTPXMock, client: httpx.AsyncClient) -> None:
    body = {"num_for_sale": None, "lowest_price": None, "blocked_from_sale": True}
    httpx_mock.add_response(json=body)
    response = await get_marketplace_release_stats(42, client=client)
    assert _query(_only_request(httpx_mock)) == {}
    stats = response.parsed
    assert isinstance(stats, MarketplaceReleaseStats)
    assert stats.num_for_sale is None
    assert stats.lowest_price is None
    assert stats.to_dict() == body


# ---- Inventory Export ----


async def test_export_inventory(httpx_mock: HTTPXMock, client: httpx.AsyncClient) -> None:
    httpx_mock.add_response(status_code=200, content=b"", headers={"Location": f"{API}/inventory/export/610001"})
    response = await export_inventory(client=client)
    request = _only_request(httpx_mock)
    assert request.method == "POST"
    assert request.url.path == "/inventory/export"
    assert request.content == b""
    assert response.parsed is None
    assert response.headers["Location"] == f"{API}/inventory/export/610001"


async def test_get_recent_exports(httpx_mock: HTTPXMock, client: httpx.AsyncClient) -> None:
    httpx_mock.add_response(json={"items": [EXPORT], "pagination": PAGINATION})
    response = await get_recent_exports(client=client, page=1, per_page=5)
    request = _only_request(httpx_mock)
    assert request.method == "GET"
    assert request.url.path == "/inventory/export"
    assert _query(request) == {"page": ["1"], "per_page": ["5"]}
    assert isinstance(response.parsed, InventoryExportList)
    assert [item.id for item in response.parsed.items] == [610001]


async def test_get_export(httpx_mock: HTTPXMock, client: httpx.AsyncClient) -> None:
    httpx_mock.add_response(json=EXPORT)
    response = await get_export(610001, client=client, if_modified_since="Thu, 27 Sep 2024 12:50:39 GMT")
    request = _only_request(httpx_mock)
    assert request.method == "GET"
    assert request.url.path == "/inventory/export/610001"
    assert request.headers["If-Modified-Since"] == "Thu, 27 Sep 2024 12:50:39 GMT"
    assert isinstance(response.parsed, InventoryExport)
    assert response.parsed.to_dict() == EXPORT


async def test_download_export(httpx_mock: HTTPXMock, client: httpx.AsyncClient) -> None:
    csv = "listing_id,artist,title\r\n3100000001,Someone,Something\r\n"
    httpx_mock.add_response(
        text=csv,
        headers={"Content-Type": "text/csv; charset=utf-8", "Content-Disposition": "attachment; filename=inv.csv"},
    )
    response = await download_export(610001, client=client)
    request = _only_request(httpx_mock)
    assert request.method == "GET"
    assert request.url.path == "/inventory/export/610001/download"
    assert response.parsed == csv


# ---- Inventory Upload ----

CSV_ADD = b"release_id,price,media_condition\n42,10.00,Mint (M)\n"


@pytest.mark.parametrize(
    ("operation", "path"),
    [
        (add_inventory, "/inventory/upload/add"),
        (change_inventory, "/inventory/upload/change"),
        (delete_inventory, "/inventory/upload/delete"),
    ],
    ids=["addInventory", "changeInventory", "deleteInventory"],
)
async def test_upload_inventory_csv(
    httpx_mock: HTTPXMock, client: httpx.AsyncClient, operation: Any, path: str
) -> None:
    httpx_mock.add_response(status_code=200, headers={"Location": f"{API}/inventory/upload/120001"})
    upload = InventoryCsvUpload(upload=File(payload=CSV_ADD, file_name="add.csv", mime_type="text/csv"))
    response = await operation(client=client, body=upload)
    request = _only_request(httpx_mock)
    assert request.method == "POST"
    assert request.url.path == path
    assert _multipart(request) == {"upload": ("add.csv", CSV_ADD)}
    assert response.parsed is None
    assert response.headers["Location"].endswith("/inventory/upload/120001")


async def test_get_recent_uploads(httpx_mock: HTTPXMock, client: httpx.AsyncClient) -> None:
    httpx_mock.add_response(json={"items": [UPLOAD], "pagination": PAGINATION})
    response = await get_recent_uploads(client=client, per_page=1)
    request = _only_request(httpx_mock)
    assert request.method == "GET"
    assert request.url.path == "/inventory/upload"
    assert _query(request) == {"per_page": ["1"]}
    assert isinstance(response.parsed, InventoryUploadList)
    assert response.parsed.items[0].type_ is InventoryUploadType.ADD


async def test_get_upload(httpx_mock: HTTPXMock, client: httpx.AsyncClient) -> None:
    httpx_mock.add_response(json=UPLOAD)
    response = await get_upload(120001, client=client)
    request = _only_request(httpx_mock)
    assert request.method == "GET"
    assert request.url.path == "/inventory/upload/120001"
    assert "If-Modified-Since" not in request.headers
    assert isinstance(response.parsed, InventoryUpload)
    assert response.parsed.to_dict() == UPLOAD
