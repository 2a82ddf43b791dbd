from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.listing_condition import ListingCondition
from ..models.sleeve_condition import SleeveCondition
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.listing_release import ListingRelease
    from ..models.price import Price


T = TypeVar("T", bound="OrderItem")


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
        id = self.id

        release: dict[str, Any] | Unset = UNSET
        if not isinstance(self.release, Unset):
            release = self.release.to_dict()

        price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price, Unset):
            price = self.price.to_dict()

        media_condition: str | Unset = UNSET
        if not isinstance(self.media_condition, Unset):
            media_condition = self.media_condition.value

        sleeve_condition: str | Unset = UNSET
        if not isinstance(self.sleeve_condition, Unset):
            sleeve_condition = self.sleeve_condition.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if release is not UNSET:
            field_dict["release"] = release
        if price is not UNSET:
            field_dict["price"] = price
        if media_condition is not UNSET:
            field_dict["media_condition"] = media_condition
        if sleeve_condition is not UNSET:
            field_dict["sleeve_condition"] = sleeve_condition

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.listing_release import ListingRelease  # noqa: PLC0415
        from ..models.price import Price  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(f"OrderItem: expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        id = d.pop("id")
        if not (isinstance(id, int) and not isinstance(id, bool)):
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        _release = d.pop("release", UNSET)
        release: ListingRelease | Unset
        if isinstance(_release, Unset):
            release = UNSET
        else:
            release = ListingRelease.from_dict(_release)

        _price = d.pop("price", UNSET)
        price: Price | Unset
        if isinstance(_price, Unset):
            price = UNSET
        else:
            price = Price.from_dict(_price)

        _media_condition = d.pop("media_condition", UNSET)
        media_condition: ListingCondition | Unset
        if isinstance(_media_condition, Unset):
            media_condition = UNSET
        else:
            media_condition = ListingCondition(_media_condition)

        _sleeve_condition = d.pop("sleeve_condition", UNSET)
        sleeve_condition: SleeveCondition | Unset
        if isinstance(_sleeve_condition, Unset):
            sleeve_condition = UNSET
        else:
            sleeve_condition = SleeveCondition(_sleeve_condition)

        order_item = cls(
            id=id,
            release=release,
            price=price,
            media_condition=media_condition,
            sleeve_condition=sleeve_condition,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        order_item.additional_properties = additional_properties
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
