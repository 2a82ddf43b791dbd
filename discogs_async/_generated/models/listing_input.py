from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

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
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"ListingInput: expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        release_id = d.pop("release_id")
        if not (isinstance(release_id, int) and not isinstance(release_id, bool)):
            raise TypeError(f"release_id: expected an integer, got {type(release_id).__name__}")

        condition = ListingCondition(d.pop("condition"))

        price = d.pop("price")
        if not (isinstance(price, int | float) and not isinstance(price, bool)):
            raise TypeError(f"price: expected a number, got {type(price).__name__}")

        status = SettableListingStatus(d.pop("status"))

        _sleeve_condition = d.pop("sleeve_condition", UNSET)
        sleeve_condition: SleeveCondition | Unset
        if isinstance(_sleeve_condition, Unset):
            sleeve_condition = UNSET
        else:
            sleeve_condition = SleeveCondition(_sleeve_condition)

        comments = d.pop("comments", UNSET)
        if not isinstance(comments, Unset) and not (isinstance(comments, str)):
            raise TypeError(f"comments: expected a string, got {type(comments).__name__}")

        allow_offers = d.pop("allow_offers", UNSET)
        if not isinstance(allow_offers, Unset) and not (isinstance(allow_offers, bool)):
            raise TypeError(f"allow_offers: expected a boolean, got {type(allow_offers).__name__}")

        external_id = d.pop("external_id", UNSET)
        if not isinstance(external_id, Unset) and not (isinstance(external_id, str)):
            raise TypeError(f"external_id: expected a string, got {type(external_id).__name__}")

        location = d.pop("location", UNSET)
        if not isinstance(location, Unset) and not (isinstance(location, str)):
            raise TypeError(f"location: expected a string, got {type(location).__name__}")

        def _parse_weight(data: object) -> AutoValue | float | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, int | float) and not isinstance(data, bool)):
                    raise TypeError()
                weight_type_0 = data
                if not (isinstance(weight_type_0, int | float) and not isinstance(weight_type_0, bool)):
                    raise TypeError(f"weight_type_0: expected a number, got {type(weight_type_0).__name__}")

                return weight_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError(f"weight: expected float | str, got {type(data).__name__}")
            weight_type_1 = AutoValue(data)

            return weight_type_1

        weight = _parse_weight(d.pop("weight", UNSET))

        def _parse_format_quantity(data: object) -> AutoValue | int | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, int) and not isinstance(data, bool)):
                    raise TypeError()
                format_quantity_type_0 = data
                if not (isinstance(format_quantity_type_0, int) and not isinstance(format_quantity_type_0, bool)):
                    raise TypeError(
                        f"format_quantity_type_0: expected an integer, got {type(format_quantity_type_0).__name__}"
                    )

                return format_quantity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError(f"format_quantity: expected int | str, got {type(data).__name__}")
            format_quantity_type_1 = AutoValue(data)

            return format_quantity_type_1

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

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        listing_input.additional_properties = additional_properties
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
