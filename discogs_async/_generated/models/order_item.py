from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.listing_condition import ListingCondition
from ..models.sleeve_condition import SleeveCondition
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderItem")

# The keys this model reads; any other key of the JSON object is kept in additional_properties.
_KNOWN: frozenset[str] = frozenset(
    (
        "id",
        "release",
        "price",
        "media_condition",
        "sleeve_condition",
    )
)


@_attrs_define
class OrderItem:
    """One listing in an order.

    Attributes:
        id (int): The listing's id.
        release (ListingRelease | Unset): The short summary of a release that listings and order items carry.
        price (Price | Unset): An amount of money.
        media_condition (ListingCondition | Unset): The grade of a record's media.
        sleeve_condition (SleeveCondition | Unset): The grade of a record's sleeve; the media grades plus three for
            sleeves that are not graded.
    """

    id: int
    release: ListingRelease | Unset = UNSET
    price: Price | Unset = UNSET
    media_condition: ListingCondition | Unset = UNSET
    sleeve_condition: SleeveCondition | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        if not isinstance(self.release, Unset):
            field_dict["release"] = self.release.to_dict()
        if not isinstance(self.price, Unset):
            field_dict["price"] = self.price.to_dict()
        if not isinstance(self.media_condition, Unset):
            field_dict["media_condition"] = self.media_condition.value
        if not isinstance(self.sleeve_condition, Unset):
            field_dict["sleeve_condition"] = self.sleeve_condition.value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"OrderItem: expected an object, got {type(src_dict).__name__}")
        d = src_dict
        id = d["id"]
        if type(id) is not int and not (isinstance(id, int) and not isinstance(id, bool)):
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        _release = d.get("release", UNSET)
        release: ListingRelease | Unset = UNSET if _release is UNSET else ListingRelease.from_dict(_release)

        _price = d.get("price", UNSET)
        price: Price | Unset = UNSET if _price is UNSET else Price.from_dict(_price)

        _media_condition = d.get("media_condition", UNSET)
        media_condition: ListingCondition | Unset = (
            UNSET if _media_condition is UNSET else ListingCondition(_media_condition)
        )

        _sleeve_condition = d.get("sleeve_condition", UNSET)
        sleeve_condition: SleeveCondition | Unset = (
            UNSET if _sleeve_condition is UNSET else SleeveCondition(_sleeve_condition)
        )

        # Positional, in the order the class declares its fields (the two loops above): a call with keywords
        # matches each name against every parameter, which costs more than reading the fields for a big model.
        order_item = cls(
            id,
            release,
            price,
            media_condition,
            sleeve_condition,
        )
        if not _KNOWN.issuperset(d):
            order_item.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN}
        return order_item

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
from ..models.price import Price
