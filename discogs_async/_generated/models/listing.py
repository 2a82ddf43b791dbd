from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.listing_condition import ListingCondition
from ..models.listing_status import ListingStatus
from ..models.sleeve_condition import SleeveCondition
from ..types import UNSET, Unset

T = TypeVar("T", bound="Listing")

# The keys this model reads; any other key of the JSON object is kept in additional_properties.
_KNOWN: frozenset[str] = frozenset(
    (
        "id",
        "resource_url",
        "uri",
        "status",
        "condition",
        "sleeve_condition",
        "comments",
        "ships_from",
        "posted",
        "allow_offers",
        "offer_submitted",
        "in_cart",
        "audio",
        "price",
        "original_price",
        "shipping_price",
        "original_shipping_price",
        "seller",
        "release",
        "weight",
        "format_quantity",
        "external_id",
        "location",
        "quantity",
    )
)


@_attrs_define
class Listing:
    """A marketplace listing. The owner also gets `weight`, `format_quantity`, `external_id`, `location`
    and `quantity`; an authenticated caller gets `in_cart` and `offer_submitted`.

        Attributes:
            id (int):
            resource_url (str | Unset):
            uri (str | Unset):
            status (ListingStatus | Unset): The state of a listing.
            condition (ListingCondition | Unset): The grade of a record's media.
            sleeve_condition (SleeveCondition | Unset): The grade of a record's sleeve; the media grades plus three for
                sleeves that are not graded.
            comments (str | Unset):
            ships_from (str | Unset):
            posted (str | Unset): When the listing was posted, an ISO 8601 timestamp.
            allow_offers (bool | Unset):
            offer_submitted (bool | Unset): Whether the caller has made an offer on the listing.
            in_cart (bool | Unset): Whether the listing is in the caller's cart.
            audio (bool | Unset):
            price (Price | Unset): An amount of money.
            original_price (OriginalPrice | Unset): A price in the seller's own currency, with its formatted text and, when
                the caller's currency
                differs, the converted amount. Empty (`{}`) for listings without a shipping price.
            shipping_price (Price | Unset): An amount of money.
            original_shipping_price (OriginalPrice | Unset): A price in the seller's own currency, with its formatted text
                and, when the caller's currency
                differs, the converted amount. Empty (`{}`) for listings without a shipping price.
            seller (Seller | Unset): The seller of a listing or order; 2013-14 listings carry only id, username and
                resource_url.
            release (ListingRelease | Unset): The short summary of a release that listings and order items carry.
            weight (float | Unset): The weight in grams (owner only).
            format_quantity (int | Unset): How many items the listing counts as for shipping (owner only).
            external_id (str | Unset): The seller's private reference (owner only).
            location (str | Unset): Where the seller keeps the item (owner only).
            quantity (int | Unset): How many copies are listed (owner only; always 1 for NearMint users).
    """

    id: int
    resource_url: str | Unset = UNSET
    uri: str | Unset = UNSET
    status: ListingStatus | Unset = UNSET
    condition: ListingCondition | Unset = UNSET
    sleeve_condition: SleeveCondition | Unset = UNSET
    comments: str | Unset = UNSET
    ships_from: str | Unset = UNSET
    posted: str | Unset = UNSET
    allow_offers: bool | Unset = UNSET
    offer_submitted: bool | Unset = UNSET
    in_cart: bool | Unset = UNSET
    audio: bool | Unset = UNSET
    price: Price | Unset = UNSET
    original_price: OriginalPrice | Unset = UNSET
    shipping_price: Price | Unset = UNSET
    original_shipping_price: OriginalPrice | Unset = UNSET
    seller: Seller | Unset = UNSET
    release: ListingRelease | Unset = UNSET
    weight: float | Unset = UNSET
    format_quantity: int | Unset = UNSET
    external_id: str | Unset = UNSET
    location: str | Unset = UNSET
    quantity: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        if self.resource_url is not UNSET:
            field_dict["resource_url"] = self.resource_url
        if self.uri is not UNSET:
            field_dict["uri"] = self.uri
        if not isinstance(self.status, Unset):
            field_dict["status"] = self.status.value
        if not isinstance(self.condition, Unset):
            field_dict["condition"] = self.condition.value
        if not isinstance(self.sleeve_condition, Unset):
            field_dict["sleeve_condition"] = self.sleeve_condition.value
        if self.comments is not UNSET:
            field_dict["comments"] = self.comments
        if self.ships_from is not UNSET:
            field_dict["ships_from"] = self.ships_from
        if self.posted is not UNSET:
            field_dict["posted"] = self.posted
        if self.allow_offers is not UNSET:
            field_dict["allow_offers"] = self.allow_offers
        if self.offer_submitted is not UNSET:
            field_dict["offer_submitted"] = self.offer_submitted
        if self.in_cart is not UNSET:
            field_dict["in_cart"] = self.in_cart
        if self.audio is not UNSET:
            field_dict["audio"] = self.audio
        if not isinstance(self.price, Unset):
            field_dict["price"] = self.price.to_dict()
        if not isinstance(self.original_price, Unset):
            field_dict["original_price"] = self.original_price.to_dict()
        if not isinstance(self.shipping_price, Unset):
            field_dict["shipping_price"] = self.shipping_price.to_dict()
        if not isinstance(self.original_shipping_price, Unset):
            field_dict["original_shipping_price"] = self.original_shipping_price.to_dict()
        if not isinstance(self.seller, Unset):
            field_dict["seller"] = self.seller.to_dict()
        if not isinstance(self.release, Unset):
            field_dict["release"] = self.release.to_dict()
        if self.weight is not UNSET:
            field_dict["weight"] = self.weight
        if self.format_quantity is not UNSET:
            field_dict["format_quantity"] = self.format_quantity
        if self.external_id is not UNSET:
            field_dict["external_id"] = self.external_id
        if self.location is not UNSET:
            field_dict["location"] = self.location
        if self.quantity is not UNSET:
            field_dict["quantity"] = self.quantity
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"Listing: expected an object, got {type(src_dict).__name__}")
        d = src_dict
        id = d["id"]
        if type(id) is not int and not (isinstance(id, int) and not isinstance(id, bool)):
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        resource_url = d.get("resource_url", UNSET)
        if type(resource_url) is not str and resource_url is not UNSET and not (isinstance(resource_url, str)):
            raise TypeError(f"resource_url: expected a string, got {type(resource_url).__name__}")

        uri = d.get("uri", UNSET)
        if type(uri) is not str and uri is not UNSET and not (isinstance(uri, str)):
            raise TypeError(f"uri: expected a string, got {type(uri).__name__}")

        _status = d.get("status", UNSET)
        status: ListingStatus | Unset = UNSET if _status is UNSET else ListingStatus(_status)

        _condition = d.get("condition", UNSET)
        condition: ListingCondition | Unset = UNSET if _condition is UNSET else ListingCondition(_condition)

        _sleeve_condition = d.get("sleeve_condition", UNSET)
        sleeve_condition: SleeveCondition | Unset = (
            UNSET if _sleeve_condition is UNSET else SleeveCondition(_sleeve_condition)
        )

        comments = d.get("comments", UNSET)
        if type(comments) is not str and comments is not UNSET and not (isinstance(comments, str)):
            raise TypeError(f"comments: expected a string, got {type(comments).__name__}")

        ships_from = d.get("ships_from", UNSET)
        if type(ships_from) is not str and ships_from is not UNSET and not (isinstance(ships_from, str)):
            raise TypeError(f"ships_from: expected a string, got {type(ships_from).__name__}")

        posted = d.get("posted", UNSET)
        if type(posted) is not str and posted is not UNSET and not (isinstance(posted, str)):
            raise TypeError(f"posted: expected a string, got {type(posted).__name__}")

        allow_offers = d.get("allow_offers", UNSET)
        if type(allow_offers) is not bool and allow_offers is not UNSET and not (isinstance(allow_offers, bool)):
            raise TypeError(f"allow_offers: expected a boolean, got {type(allow_offers).__name__}")

        offer_submitted = d.get("offer_submitted", UNSET)
        if (
            type(offer_submitted) is not bool
            and offer_submitted is not UNSET
            and not (isinstance(offer_submitted, bool))
        ):
            raise TypeError(f"offer_submitted: expected a boolean, got {type(offer_submitted).__name__}")

        in_cart = d.get("in_cart", UNSET)
        if type(in_cart) is not bool and in_cart is not UNSET and not (isinstance(in_cart, bool)):
            raise TypeError(f"in_cart: expected a boolean, got {type(in_cart).__name__}")

        audio = d.get("audio", UNSET)
        if type(audio) is not bool and audio is not UNSET and not (isinstance(audio, bool)):
            raise TypeError(f"audio: expected a boolean, got {type(audio).__name__}")

        _price = d.get("price", UNSET)
        price: Price | Unset = UNSET if _price is UNSET else Price.from_dict(_price)

        _original_price = d.get("original_price", UNSET)
        original_price: OriginalPrice | Unset = (
            UNSET if _original_price is UNSET else OriginalPrice.from_dict(_original_price)
        )

        _shipping_price = d.get("shipping_price", UNSET)
        shipping_price: Price | Unset = UNSET if _shipping_price is UNSET else Price.from_dict(_shipping_price)

        _original_shipping_price = d.get("original_shipping_price", UNSET)
        original_shipping_price: OriginalPrice | Unset = (
            UNSET if _original_shipping_price is UNSET else OriginalPrice.from_dict(_original_shipping_price)
        )

        _seller = d.get("seller", UNSET)
        seller: Seller | Unset = UNSET if _seller is UNSET else Seller.from_dict(_seller)

        _release = d.get("release", UNSET)
        release: ListingRelease | Unset = UNSET if _release is UNSET else ListingRelease.from_dict(_release)

        weight = d.get("weight", UNSET)
        if (
            type(weight) is not float
            and type(weight) is not int
            and weight is not UNSET
            and not (isinstance(weight, int | float) and not isinstance(weight, bool))
        ):
            raise TypeError(f"weight: expected a number, got {type(weight).__name__}")

        format_quantity = d.get("format_quantity", UNSET)
        if (
            type(format_quantity) is not int
            and format_quantity is not UNSET
            and not (isinstance(format_quantity, int) and not isinstance(format_quantity, bool))
        ):
            raise TypeError(f"format_quantity: expected an integer, got {type(format_quantity).__name__}")

        external_id = d.get("external_id", UNSET)
        if type(external_id) is not str and external_id is not UNSET and not (isinstance(external_id, str)):
            raise TypeError(f"external_id: expected a string, got {type(external_id).__name__}")

        location = d.get("location", UNSET)
        if type(location) is not str and location is not UNSET and not (isinstance(location, str)):
            raise TypeError(f"location: expected a string, got {type(location).__name__}")

        quantity = d.get("quantity", UNSET)
        if (
            type(quantity) is not int
            and quantity is not UNSET
            and not (isinstance(quantity, int) and not isinstance(quantity, bool))
        ):
            raise TypeError(f"quantity: expected an integer, got {type(quantity).__name__}")

        # Positional, in the order the class declares its fields (the two loops above): a call with keywords
        # matches each name against every parameter, which costs more than reading the fields for a big model.
        listing = cls(
            id,
            resource_url,
            uri,
            status,
            condition,
            sleeve_condition,
            comments,
            ships_from,
            posted,
            allow_offers,
            offer_submitted,
            in_cart,
            audio,
            price,
            original_price,
            shipping_price,
            original_shipping_price,
            seller,
            release,
            weight,
            format_quantity,
            external_id,
            location,
            quantity,
        )
        if not _KNOWN.issuperset(d):
            listing.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN}
        return listing

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# After the class: a model that refers back to this one finds it defined.
from ..models.listing_release import ListingRelease
from ..models.original_price import OriginalPrice
from ..models.price import Price
from ..models.seller import Seller
