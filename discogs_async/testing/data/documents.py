"""The data set of one seed. Entity builders return shared cached objects: treat them as read-only."""

from __future__ import annotations

from .base import (
    API,
    COLLECTION_FIELDS,
    CURRENCIES,
    JSON,
    ORDER_STATUSES,
    WEB,
    convert,
    iso,
    money,
    signature_of,
    slugify,
)
from .records import Instance, ListRecord, Order, Want
from .users import Users


class FakeData(Users):
    """The data set of one seed. Entity builders return shared cached objects: treat them as read-only."""

    # ------------------------------------------------------------------ user-facing documents
    def user_summary(self, username: str) -> JSON:
        """``{id, username, resource_url}``."""
        return {"id": self.user_id(username), "username": username, "resource_url": f"{API}/users/{username}"}

    def listing_doc(self, listing: JSON, *, owner_view: bool, currency: str) -> JSON:
        """A marketplace listing as ``GET /marketplace/listings/{id}`` shows it."""
        release_id = int(listing["release_id"])
        core = self.core(release_id)
        seller = self.user(str(listing["seller"]))
        original = str(listing["currency"])
        usd = float(listing["price"]) / CURRENCIES.get(original, ("$", 1.0, 1))[1]
        value = convert(usd, currency)
        doc: JSON = {
            "id": listing["id"],
            "resource_url": f"{API}/marketplace/listings/{listing['id']}",
            "uri": f"{WEB}/sell/item/{listing['id']}",
            "status": listing["status"],
            "condition": listing["condition"],
            "sleeve_condition": listing["sleeve_condition"],
            "comments": listing["comments"],
            "ships_from": listing["ships_from"],
            "posted": iso(float(listing["posted"])),
            "allow_offers": listing["allow_offers"],
            "offer_submitted": False,
            "audio": listing["audio"],
            "price": {"value": value, "currency": currency},
            "original_price": {
                "curr_abbr": original,
                "curr_id": CURRENCIES.get(original, ("$", 1.0, 1))[2],
                "formatted": money(float(listing["price"]), original),
                "value": float(listing["price"]),
            },
            "shipping_price": {"currency": currency, "value": round(convert(4.0, currency), 2)},
            "original_shipping_price": {
                "curr_abbr": original,
                "curr_id": CURRENCIES.get(original, ("$", 1.0, 1))[2],
                "formatted": money(convert(4.0, original), original),
                "value": round(convert(4.0, original), 2),
            },
            "seller": {
                "id": seller.user_id,
                "username": seller.username,
                "avatar_url": f"https://secure.gravatar.com/avatar/{signature_of(seller.username)[:32]}?s=500&r=pg&d=mm",
                "stats": {
                    "rating": str(seller.profile["seller_rating"]),
                    "stars": 5.0,
                    "total": seller.profile["seller_num_ratings"],
                },
                "min_order_total": 0.0,
                "html_url": f"{WEB}/user/{seller.username}",
                "uid": seller.user_id,
                "url": f"{API}/users/{seller.username}",
                "payment": "PayPal",
                "shipping": "Ships worldwide within 3 days.",
                "resource_url": f"{API}/users/{seller.username}",
            },
            "release": {
                "catalog_number": core.catno,
                "resource_url": f"{API}/releases/{release_id}",
                "year": core.year,
                "id": release_id,
                "description": f"{self.display_title(release_id)} ({core.format_text})",
                "artist": self.artist_name(core.artist_id),
                "title": core.title,
                "format": core.format_text,
                "label": self.label_name(core.label_id),
                "thumbnail": self.thumb("R", release_id),
                "stats": {"community": {"in_wantlist": core.want, "in_collection": core.have}},
            },
            "in_cart": False,
        }
        if owner_view:
            for key in ("weight", "format_quantity", "external_id", "location"):
                doc[key] = listing[key]
            doc["quantity"] = 1
        return doc

    def order_doc(self, order: Order) -> JSON:
        """An order as ``GET /marketplace/orders/{id}`` shows it."""
        currency = str(self.user(order.seller).profile["curr_abbr"])
        return {
            "id": order.id,
            "resource_url": f"{API}/marketplace/orders/{order.id}",
            "messages_url": f"{API}/marketplace/orders/{order.id}/messages",
            "uri": f"{WEB}/sell/order/{order.id}",
            "status": order.status,
            "next_status": list(ORDER_STATUSES),
            "fee": {"currency": currency, "value": order.fee},
            "created": iso(order.created),
            "items": order.items,
            "shipping": {"currency": currency, "method": order.shipping_method, "value": order.shipping},
            "shipping_address": order.shipping_address,
            "additional_instructions": order.additional_instructions,
            "archived": order.archived,
            "seller": self.user_summary(order.seller),
            "last_activity": iso(order.last_activity),
            "buyer": self.user_summary(order.buyer),
            "total": {"currency": currency, "value": order.total},
        }

    def instance_doc(self, instance: Instance, *, public_fields_only: bool) -> JSON:
        """A collection item."""
        public = {f["id"] for f in COLLECTION_FIELDS if f["public"]}
        doc: JSON = {
            "id": instance.release_id,
            "instance_id": instance.instance_id,
            "date_added": iso(instance.date_added),
            "rating": instance.rating,
            "basic_information": self.basic_information(instance.release_id),
            "folder_id": instance.folder_id,
        }
        notes = [
            {"field_id": fid, "value": value}
            for fid, value in sorted(instance.notes.items())
            if not public_fields_only or fid in public
        ]
        if notes:
            doc["notes"] = notes
        return doc

    def want_doc(self, username: str, want: Want, *, owner_view: bool) -> JSON:
        """A wantlist item (``notes`` only for the owner)."""
        doc: JSON = {
            "id": want.release_id,
            "resource_url": f"{API}/users/{username}/wants/{want.release_id}",
            "rating": want.rating,
            "date_added": iso(want.date_added),
            "basic_information": self.basic_information(want.release_id),
        }
        if owner_view:
            doc["notes"] = want.notes
        return doc

    def list_summary(self, username: str, record: ListRecord) -> JSON:
        """An entry of ``/users/{username}/lists``."""
        return {
            "id": record.id,
            "name": record.name,
            "description": record.description,
            "public": record.public,
            "date_added": iso(record.date_added),
            "date_changed": iso(record.date_changed),
            "uri": f"{WEB}/lists/{slugify(record.name)}/{record.id}",
            "resource_url": f"{API}/lists/{record.id}",
            "image_url": "",
        }

    def list_item(self, kind: str, item_id: int, comment: str) -> JSON:
        """An item of ``/lists/{id}`` in the observed shape."""
        if kind in ("release", "master"):
            title = self.display_title(item_id)
            core = self.core(item_id)
            stats = {"community": {"in_wantlist": core.want, "in_collection": core.have}}
            image = self.thumb("R", item_id)
        else:
            title = self.artist_name(item_id) if kind == "artist" else self.label_name(item_id)
            stats = {"community": {"in_wantlist": 0, "in_collection": 0}}
            image = self.thumb("A" if kind == "artist" else "L", item_id)
        return {
            "type": kind,
            "id": item_id,
            "comment": comment,
            "uri": f"{WEB}/{kind}/{item_id}-{slugify(title)}",
            "resource_url": f"{API}/{kind}s/{item_id}",
            "image_url": image,
            "display_title": title,
            "stats": stats,
        }

    def submitted_artist(self, artist_id: int) -> JSON:
        """An artist as ``/users/{u}/submissions`` shows it (``members`` are plain names)."""
        artist = dict(self.artist(artist_id))
        if "members" in artist:
            artist["members"] = [member["name"] for member in artist["members"]]
        return artist
