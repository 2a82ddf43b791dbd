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

# The keys this model reads; any other key of the JSON object is kept in additional_properties.
_KNOWN: frozenset[str] = frozenset(
    (
        "release_id",
        "condition",
        "price",
        "status",
        "sleeve_condition",
        "comments",
        "allow_offers",
        "external_id",
        "location",
        "weight",
        "format_quantity",
    )
)


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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["release_id"] = self.release_id
        field_dict["condition"] = self.condition.value
        field_dict["price"] = self.price
        field_dict["status"] = self.status.value
        if not isinstance(self.sleeve_condition, Unset):
            field_dict["sleeve_condition"] = self.sleeve_condition.value
        if self.comments is not UNSET:
            field_dict["comments"] = self.comments
        if self.allow_offers is not UNSET:
            field_dict["allow_offers"] = self.allow_offers
        if self.external_id is not UNSET:
            field_dict["external_id"] = self.external_id
        if self.location is not UNSET:
            field_dict["location"] = self.location
        weight: float | str | Unset
        if isinstance(self.weight, Unset):
            weight = UNSET
        elif isinstance(self.weight, AutoValue):
            weight = self.weight.value
        else:
            weight = self.weight
        if weight is not UNSET:
            field_dict["weight"] = weight
        format_quantity: int | str | Unset
        if isinstance(self.format_quantity, Unset):
            format_quantity = UNSET
        elif isinstance(self.format_quantity, AutoValue):
            format_quantity = self.format_quantity.value
        else:
            format_quantity = self.format_quantity
        if format_quantity is not UNSET:
            field_dict["format_quantity"] = format_quantity
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"ListingInput: expected an object, got {type(src_dict).__name__}")
        d = src_dict
        release_id = d["release_id"]
        if type(release_id) is not int and not (isinstance(release_id, int) and not isinstance(release_id, bool)):
            raise TypeError(f"release_id: expected an integer, got {type(release_id).__name__}")

        condition = ListingCondition(d["condition"])

        price = d["price"]
        if (
            type(price) is not float
            and type(price) is not int
            and not (isinstance(price, int | float) and not isinstance(price, bool))
        ):
            raise TypeError(f"price: expected a number, got {type(price).__name__}")

        status = SettableListingStatus(d["status"])

        _sleeve_condition = d.get("sleeve_condition", UNSET)
        sleeve_condition: SleeveCondition | Unset = (
            UNSET if _sleeve_condition is UNSET else SleeveCondition(_sleeve_condition)
        )

        comments = d.get("comments", UNSET)
        if type(comments) is not str and comments is not UNSET and not (isinstance(comments, str)):
            raise TypeError(f"comments: expected a string, got {type(comments).__name__}")

        allow_offers = d.get("allow_offers", UNSET)
        if type(allow_offers) is not bool and allow_offers is not UNSET and not (isinstance(allow_offers, bool)):
            raise TypeError(f"allow_offers: expected a boolean, got {type(allow_offers).__name__}")

        external_id = d.get("external_id", UNSET)
        if type(external_id) is not str and external_id is not UNSET and not (isinstance(external_id, str)):
            raise TypeError(f"external_id: expected a string, got {type(external_id).__name__}")

        location = d.get("location", UNSET)
        if type(location) is not str and location is not UNSET and not (isinstance(location, str)):
            raise TypeError(f"location: expected a string, got {type(location).__name__}")

        def _parse_weight(data: object) -> AutoValue | float | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, int | float) and not isinstance(data, bool)):
                    raise TypeError()
                weight_type_0 = data
                if (
                    type(weight_type_0) is not float
                    and type(weight_type_0) is not int
                    and not (isinstance(weight_type_0, int | float) and not isinstance(weight_type_0, bool))
                ):
                    raise TypeError(f"weight_type_0: expected a number, got {type(weight_type_0).__name__}")

                return weight_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError(f"weight: expected float | str, got {type(data).__name__}")
            weight_type_1 = AutoValue(data)

            return weight_type_1

        weight = _parse_weight(d.get("weight", UNSET))

        def _parse_format_quantity(data: object) -> AutoValue | int | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, int) and not isinstance(data, bool)):
                    raise TypeError()
                format_quantity_type_0 = data
                if type(format_quantity_type_0) is not int and not (
                    isinstance(format_quantity_type_0, int) and not isinstance(format_quantity_type_0, bool)
                ):
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

        format_quantity = _parse_format_quantity(d.get("format_quantity", UNSET))

        # Positional, in the order the class declares its fields (the two loops above): a call with keywords
        # matches each name against every parameter, which costs more than reading the fields for a big model.
        listing_input = cls(
            release_id,
            condition,
            price,
            status,
            sleeve_condition,
            comments,
            allow_offers,
            external_id,
            location,
            weight,
            format_quantity,
        )
        if not _KNOWN.issuperset(d):
            listing_input.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN}
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
