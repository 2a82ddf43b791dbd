from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.auto_value import AutoValue
from ..models.listing_condition import ListingCondition
from ..models.settable_listing_status import SettableListingStatus
from ..models.sleeve_condition import SleeveCondition
from ..types import UNSET, Unset

T = TypeVar("T", bound="ListingInput")


@_attrs_define
class ListingInput:
    """The data of a listing to create or replace.

    Attributes:
        release_id (int): The release to sell.
        condition (ListingCondition): The grade of a record's media.
        price (float): The price in the seller's currency.
        status (SettableListingStatus): The states a seller can give a listing; For Sale when left out.
        sleeve_condition (SleeveCondition | Unset): The grade of a record's sleeve; the media grades plus three for
            sleeves that are not graded.
        comments (str | Unset): Remarks shown to buyers.
        allow_offers (bool | Unset): Whether buyers may make offers (false when left out).
        external_id (str | Unset): A private reference of the seller's ("Private Comments" on the website).
        location (str | Unset): A private note of where the item is stored.
        weight (AutoValue | float | Unset): The weight in grams, or `auto` to let the server estimate it.
        format_quantity (AutoValue | int | Unset): How many items the listing counts as for shipping ("Counts As"), or
            `auto`.
    """

    release_id: int
    condition: ListingCondition
    price: float
    status: SettableListingStatus
    sleeve_condition: SleeveCondition | Unset = UNSET
    comments: str | Unset = UNSET
    allow_offers: bool | Unset = UNSET
    external_id: str | Unset = UNSET
    location: str | Unset = UNSET
    weight: AutoValue | float | Unset = UNSET
    format_quantity: AutoValue | int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        release_id = self.release_id

        condition = self.condition.value

        price = self.price

        status = self.status.value

        sleeve_condition: str | Unset = UNSET
        if not isinstance(self.sleeve_condition, Unset):
            sleeve_condition = self.sleeve_condition.value

        comments = self.comments

        allow_offers = self.allow_offers

        external_id = self.external_id

        location = self.location

        weight: float | str | Unset
        if isinstance(self.weight, Unset):
            weight = UNSET
        elif isinstance(self.weight, AutoValue):
            weight = self.weight.value
        else:
            weight = self.weight

        format_quantity: int | str | Unset
        if isinstance(self.format_quantity, Unset):
            format_quantity = UNSET
        elif isinstance(self.format_quantity, AutoValue):
            format_quantity = self.format_quantity.value
        else:
            format_quantity = self.format_quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "release_id": release_id,
                "condition": condition,
                "price": price,
                "status": status,
            }
        )
        if sleeve_condition is not UNSET:
            field_dict["sleeve_condition"] = sleeve_condition
        if comments is not UNSET:
            field_dict["comments"] = comments
        if allow_offers is not UNSET:
            field_dict["allow_offers"] = allow_offers
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if location is not UNSET:
            field_dict["location"] = location
        if weight is not UNSET:
            field_dict["weight"] = weight
        if format_quantity is not UNSET:
            field_dict["format_quantity"] = format_quantity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        release_id = d.pop("release_id")

        condition = ListingCondition(d.pop("condition"))

        price = d.pop("price")

        status = SettableListingStatus(d.pop("status"))

        _sleeve_condition = d.pop("sleeve_condition", UNSET)
        sleeve_condition: SleeveCondition | Unset
        if isinstance(_sleeve_condition, Unset):
            sleeve_condition = UNSET
        else:
            sleeve_condition = SleeveCondition(_sleeve_condition)

        comments = d.pop("comments", UNSET)

        allow_offers = d.pop("allow_offers", UNSET)

        external_id = d.pop("external_id", UNSET)

        location = d.pop("location", UNSET)

        def _parse_weight(data: object) -> AutoValue | float | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                weight_type_1 = AutoValue(data)

                return weight_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AutoValue | float | Unset, data)

        weight = _parse_weight(d.pop("weight", UNSET))

        def _parse_format_quantity(data: object) -> AutoValue | int | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                format_quantity_type_1 = AutoValue(data)

                return format_quantity_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AutoValue | int | Unset, data)

        format_quantity = _parse_format_quantity(d.pop("format_quantity", UNSET))

        listing_input = cls(
            release_id=release_id,
            condition=condition,
            price=price,
            status=status,
            sleeve_condition=sleeve_condition,
            comments=comments,
            allow_offers=allow_offers,
            external_id=external_id,
            location=location,
            weight=weight,
            format_quantity=format_quantity,
        )

        listing_input.additional_properties = d
        return listing_input

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
