from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Inventory")

# The keys this model reads; any other key of the JSON object is kept in additional_properties.
_KNOWN: frozenset[str] = frozenset(
    (
        "pagination",
        "listings",
    )
)


@_attrs_define
class Inventory:
    """A page of a seller's inventory.

    Attributes:
        pagination (Pagination): Where a page stands in its list. `pages` may be capped while `items` keeps the true
            total.
        listings (list[Listing]):
    """

    pagination: Pagination
    listings: list[Listing]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["pagination"] = self.pagination.to_dict()
        field_dict["listings"] = [listings_item_data.to_dict() for listings_item_data in self.listings]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"Inventory: expected an object, got {type(src_dict).__name__}")
        d = src_dict
        pagination = Pagination.from_dict(d["pagination"])

        _listings = d["listings"]
        if type(_listings) is not list and not isinstance(_listings, list):
            raise TypeError(f"listings: expected an array, got {type(_listings).__name__}")
        listings = list(map(Listing.from_dict, _listings))

        # Positional, in the order the class declares its fields (the two loops above): a call with keywords
        # matches each name against every parameter, which costs more than reading the fields for a big model.
        inventory = cls(
            pagination,
            listings,
        )
        if not _KNOWN.issuperset(d):
            inventory.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN}
        return inventory

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
from ..models.listing import Listing
from ..models.pagination import Pagination
