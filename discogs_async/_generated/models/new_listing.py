from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NewListing")

# The keys this model reads; any other key of the JSON object is kept in additional_properties.
_KNOWN: frozenset[str] = frozenset(
    (
        "listing_id",
        "resource_url",
    )
)


@_attrs_define
class NewListing:
    """The listing that was just created.

    Attributes:
        listing_id (int):
        resource_url (str | Unset):
    """

    listing_id: int
    resource_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["listing_id"] = self.listing_id
        if self.resource_url is not UNSET:
            field_dict["resource_url"] = self.resource_url
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"NewListing: expected an object, got {type(src_dict).__name__}")
        d = src_dict
        listing_id = d["listing_id"]
        if type(listing_id) is not int and not (isinstance(listing_id, int) and not isinstance(listing_id, bool)):
            raise TypeError(f"listing_id: expected an integer, got {type(listing_id).__name__}")

        resource_url = d.get("resource_url", UNSET)
        if type(resource_url) is not str and resource_url is not UNSET and not (isinstance(resource_url, str)):
            raise TypeError(f"resource_url: expected a string, got {type(resource_url).__name__}")

        # Positional, in the order the class declares its fields (the two loops above): a call with keywords
        # matches each name against every parameter, which costs more than reading the fields for a big model.
        new_listing = cls(
            listing_id,
            resource_url,
        )
        if not _KNOWN.issuperset(d):
            new_listing.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN}
        return new_listing

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
