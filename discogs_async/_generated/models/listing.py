from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.listing_condition import ListingCondition
from ..models.listing_status import ListingStatus
from ..models.sleeve_condition import SleeveCondition
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.listing_release import ListingRelease
    from ..models.original_price import OriginalPrice
    from ..models.price import Price
    from ..models.seller import Seller


T = TypeVar("T", bound="Listing")


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
        id = self.id

        resource_url = self.resource_url

        uri = self.uri

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        condition: str | Unset = UNSET
        if not isinstance(self.condition, Unset):
            condition = self.condition.value

        sleeve_condition: str | Unset = UNSET
        if not isinstance(self.sleeve_condition, Unset):
            sleeve_condition = self.sleeve_condition.value

        comments = self.comments

        ships_from = self.ships_from

        posted = self.posted

        allow_offers = self.allow_offers

        offer_submitted = self.offer_submitted

        in_cart = self.in_cart

        audio = self.audio

        price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price, Unset):
            price = self.price.to_dict()

        original_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.original_price, Unset):
            original_price = self.original_price.to_dict()

        shipping_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_price, Unset):
            shipping_price = self.shipping_price.to_dict()

        original_shipping_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.original_shipping_price, Unset):
            original_shipping_price = self.original_shipping_price.to_dict()

        seller: dict[str, Any] | Unset = UNSET
        if not isinstance(self.seller, Unset):
            seller = self.seller.to_dict()

        release: dict[str, Any] | Unset = UNSET
        if not isinstance(self.release, Unset):
            release = self.release.to_dict()

        weight = self.weight

        format_quantity = self.format_quantity

        external_id = self.external_id

        location = self.location

        quantity = self.quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if resource_url is not UNSET:
            field_dict["resource_url"] = resource_url
        if uri is not UNSET:
            field_dict["uri"] = uri
        if status is not UNSET:
            field_dict["status"] = status
        if condition is not UNSET:
            field_dict["condition"] = condition
        if sleeve_condition is not UNSET:
            field_dict["sleeve_condition"] = sleeve_condition
        if comments is not UNSET:
            field_dict["comments"] = comments
        if ships_from is not UNSET:
            field_dict["ships_from"] = ships_from
        if posted is not UNSET:
            field_dict["posted"] = posted
        if allow_offers is not UNSET:
            field_dict["allow_offers"] = allow_offers
        if offer_submitted is not UNSET:
            field_dict["offer_submitted"] = offer_submitted
        if in_cart is not UNSET:
            field_dict["in_cart"] = in_cart
        if audio is not UNSET:
            field_dict["audio"] = audio
        if price is not UNSET:
            field_dict["price"] = price
        if original_price is not UNSET:
            field_dict["original_price"] = original_price
        if shipping_price is not UNSET:
            field_dict["shipping_price"] = shipping_price
        if original_shipping_price is not UNSET:
            field_dict["original_shipping_price"] = original_shipping_price
        if seller is not UNSET:
            field_dict["seller"] = seller
        if release is not UNSET:
            field_dict["release"] = release
        if weight is not UNSET:
            field_dict["weight"] = weight
        if format_quantity is not UNSET:
            field_dict["format_quantity"] = format_quantity
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if location is not UNSET:
            field_dict["location"] = location
        if quantity is not UNSET:
            field_dict["quantity"] = quantity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.listing_release import ListingRelease  # noqa: PLC0415
        from ..models.original_price import OriginalPrice  # noqa: PLC0415
        from ..models.price import Price  # noqa: PLC0415
        from ..models.seller import Seller  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(f"Listing: expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        id = d.pop("id")
        if not (isinstance(id, int) and not isinstance(id, bool)):
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        resource_url = d.pop("resource_url", UNSET)
        if not isinstance(resource_url, Unset) and not (isinstance(resource_url, str)):
            raise TypeError(f"resource_url: expected a string, got {type(resource_url).__name__}")

        uri = d.pop("uri", UNSET)
        if not isinstance(uri, Unset) and not (isinstance(uri, str)):
            raise TypeError(f"uri: expected a string, got {type(uri).__name__}")

        _status = d.pop("status", UNSET)
        status: ListingStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ListingStatus(_status)

        _condition = d.pop("condition", UNSET)
        condition: ListingCondition | Unset
        if isinstance(_condition, Unset):
            condition = UNSET
        else:
            condition = ListingCondition(_condition)

        _sleeve_condition = d.pop("sleeve_condition", UNSET)
        sleeve_condition: SleeveCondition | Unset
        if isinstance(_sleeve_condition, Unset):
            sleeve_condition = UNSET
        else:
            sleeve_condition = SleeveCondition(_sleeve_condition)

        comments = d.pop("comments", UNSET)
        if not isinstance(comments, Unset) and not (isinstance(comments, str)):
            raise TypeError(f"comments: expected a string, got {type(comments).__name__}")

        ships_from = d.pop("ships_from", UNSET)
        if not isinstance(ships_from, Unset) and not (isinstance(ships_from, str)):
            raise TypeError(f"ships_from: expected a string, got {type(ships_from).__name__}")

        posted = d.pop("posted", UNSET)
        if not isinstance(posted, Unset) and not (isinstance(posted, str)):
            raise TypeError(f"posted: expected a string, got {type(posted).__name__}")

        allow_offers = d.pop("allow_offers", UNSET)
        if not isinstance(allow_offers, Unset) and not (isinstance(allow_offers, bool)):
            raise TypeError(f"allow_offers: expected a boolean, got {type(allow_offers).__name__}")

        offer_submitted = d.pop("offer_submitted", UNSET)
        if not isinstance(offer_submitted, Unset) and not (isinstance(offer_submitted, bool)):
            raise TypeError(f"offer_submitted: expected a boolean, got {type(offer_submitted).__name__}")

        in_cart = d.pop("in_cart", UNSET)
        if not isinstance(in_cart, Unset) and not (isinstance(in_cart, bool)):
            raise TypeError(f"in_cart: expected a boolean, got {type(in_cart).__name__}")

        audio = d.pop("audio", UNSET)
        if not isinstance(audio, Unset) and not (isinstance(audio, bool)):
            raise TypeError(f"audio: expected a boolean, got {type(audio).__name__}")

        _price = d.pop("price", UNSET)
        price: Price | Unset
        if isinstance(_price, Unset):
            price = UNSET
        else:
            price = Price.from_dict(_price)

        _original_price = d.pop("original_price", UNSET)
        original_price: OriginalPrice | Unset
        if isinstance(_original_price, Unset):
            original_price = UNSET
        else:
            original_price = OriginalPrice.from_dict(_original_price)

        _shipping_price = d.pop("shipping_price", UNSET)
        shipping_price: Price | Unset
        if isinstance(_shipping_price, Unset):
            shipping_price = UNSET
        else:
            shipping_price = Price.from_dict(_shipping_price)

        _original_shipping_price = d.pop("original_shipping_price", UNSET)
        original_shipping_price: OriginalPrice | Unset
        if isinstance(_original_shipping_price, Unset):
            original_shipping_price = UNSET
        else:
            original_shipping_price = OriginalPrice.from_dict(_original_shipping_price)

        _seller = d.pop("seller", UNSET)
        seller: Seller | Unset
        if isinstance(_seller, Unset):
            seller = UNSET
        else:
            seller = Seller.from_dict(_seller)

        _release = d.pop("release", UNSET)
        release: ListingRelease | Unset
        if isinstance(_release, Unset):
            release = UNSET
        else:
            release = ListingRelease.from_dict(_release)

        weight = d.pop("weight", UNSET)
        if not isinstance(weight, Unset) and not (isinstance(weight, int | float) and not isinstance(weight, bool)):
            raise TypeError(f"weight: expected a number, got {type(weight).__name__}")

        format_quantity = d.pop("format_quantity", UNSET)
        if not isinstance(format_quantity, Unset) and not (
            isinstance(format_quantity, int) and not isinstance(format_quantity, bool)
        ):
            raise TypeError(f"format_quantity: expected an integer, got {type(format_quantity).__name__}")

        external_id = d.pop("external_id", UNSET)
        if not isinstance(external_id, Unset) and not (isinstance(external_id, str)):
            raise TypeError(f"external_id: expected a string, got {type(external_id).__name__}")

        location = d.pop("location", UNSET)
        if not isinstance(location, Unset) and not (isinstance(location, str)):
            raise TypeError(f"location: expected a string, got {type(location).__name__}")

        quantity = d.pop("quantity", UNSET)
        if not isinstance(quantity, Unset) and not (isinstance(quantity, int) and not isinstance(quantity, bool)):
            raise TypeError(f"quantity: expected an integer, got {type(quantity).__name__}")

        listing = cls(
            id=id,
            resource_url=resource_url,
            uri=uri,
            status=status,
            condition=condition,
            sleeve_condition=sleeve_condition,
            comments=comments,
            ships_from=ships_from,
            posted=posted,
            allow_offers=allow_offers,
            offer_submitted=offer_submitted,
            in_cart=in_cart,
            audio=audio,
            price=price,
            original_price=original_price,
            shipping_price=shipping_price,
            original_shipping_price=original_shipping_price,
            seller=seller,
            release=release,
            weight=weight,
            format_quantity=format_quantity,
            external_id=external_id,
            location=location,
            quantity=quantity,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        listing.additional_properties = additional_properties
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
