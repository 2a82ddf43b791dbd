"""Inventory Export and Inventory Upload: CSV exports of your inventory and CSV uploads to it."""

from __future__ import annotations

import csv
import io
from datetime import datetime
from email.parser import BytesParser
from email.policy import HTTP as HTTP_POLICY

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ..data import (
    API,
    iso_naive,
)
from .common import (
    JSON,
    NOT_FOUND,
    ApiError,
    base_url,
    fake_state,
    now_of,
    paginate_list,
    require_user,
    respond,
)
from .marketplace import add_listing, apply_listing_params

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
    viewer = require_user(request)
    fake = fake_state(request)
    data = fake.data
    now = now_of(request)
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
    location = f"{base_url(request)}/inventory/export/{export_id}"
    return Response(b"", 200, headers={"Location": location}, media_type="application/json")


def _public(record: JSON) -> JSON:
    return {k: v for k, v in record.items() if not k.startswith("_")}


async def recent_exports(request: Request) -> Response:
    """GET /inventory/export."""
    viewer = require_user(request)
    return paginate_list(request, "items", viewer.exports, _public)


def _export(request: Request) -> JSON:
    viewer = require_user(request)
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
    viewer = require_user(request)
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
                add_listing(request, viewer, {k: v for k, v in params.items() if v is not None})
            else:
                listing_id = int(row["listing_id"])
                if listing_id not in viewer.listings:
                    continue
                if kind == "delete":
                    del viewer.listings[listing_id]
                else:
                    changes = {"price": row.get("price"), "condition": row.get("media_condition")}
                    updated = dict(viewer.listings[listing_id])
                    apply_listing_params(request, updated, {k: v for k, v in changes.items() if v}, creating=False)
                    viewer.listings[listing_id] = updated
            done += 1
        except (ApiError, ValueError):
            continue
    fake = fake_state(request)
    with fake.lock:
        upload_id = fake.next_upload_id
        fake.next_upload_id += 1
    now = now_of(request)
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
    location = f"{base_url(request)}/inventory/upload/{upload_id}"
    return Response(b"", 200, headers={"Location": location}, media_type="application/json")


async def recent_uploads(request: Request) -> Response:
    """GET /inventory/upload."""
    viewer = require_user(request)
    return paginate_list(request, "items", viewer.uploads, lambda record: record)


async def get_upload(request: Request) -> Response:
    """GET /inventory/upload/{id}."""
    viewer = require_user(request)
    upload_id: int = request.path_params["upload_id"]
    for record in viewer.uploads:
        if record["id"] == upload_id:
            return respond(request, record)
    raise ApiError(404, NOT_FOUND)


ROUTES: list[Route] = [
    Route("/inventory/export", export_inventory, methods=["POST"]),
    Route("/inventory/export", recent_exports, methods=["GET"]),
    Route("/inventory/export/{export_id:int}", get_export, methods=["GET"]),
    Route("/inventory/export/{export_id:int}/download", download_export, methods=["GET"]),
    Route("/inventory/upload/add", upload_add, methods=["POST"]),
    Route("/inventory/upload/change", upload_change, methods=["POST"]),
    Route("/inventory/upload/delete", upload_delete, methods=["POST"]),
    Route("/inventory/upload", recent_uploads, methods=["GET"]),
    Route("/inventory/upload/{upload_id:int}", get_upload, methods=["GET"]),
]
