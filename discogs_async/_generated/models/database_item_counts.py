from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DatabaseItemCounts")

# The keys this model reads; any other key of the JSON object is kept in additional_properties.
_KNOWN: frozenset[str] = frozenset(
    (
        "in_collection",
        "in_wantlist",
    )
)


@_attrs_define
class DatabaseItemCounts:
    """How often an item is in collections and wantlists.

    Attributes:
        in_collection (int | Unset):
        in_wantlist (int | Unset):
    """

    in_collection: int | Unset = UNSET
    in_wantlist: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.in_collection is not UNSET:
            field_dict["in_collection"] = self.in_collection
        if self.in_wantlist is not UNSET:
            field_dict["in_wantlist"] = self.in_wantlist
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"DatabaseItemCounts: expected an object, got {type(src_dict).__name__}")
        d = src_dict
        in_collection = d.get("in_collection", UNSET)
        if (
            type(in_collection) is not int
            and in_collection is not UNSET
            and not (isinstance(in_collection, int) and not isinstance(in_collection, bool))
        ):
            raise TypeError(f"in_collection: expected an integer, got {type(in_collection).__name__}")

        in_wantlist = d.get("in_wantlist", UNSET)
        if (
            type(in_wantlist) is not int
            and in_wantlist is not UNSET
            and not (isinstance(in_wantlist, int) and not isinstance(in_wantlist, bool))
        ):
            raise TypeError(f"in_wantlist: expected an integer, got {type(in_wantlist).__name__}")

        # Positional, in the order the class declares its fields (the two loops above): a call with keywords
        # matches each name against every parameter, which costs more than reading the fields for a big model.
        database_item_counts = cls(
            in_collection,
            in_wantlist,
        )
        if not _KNOWN.issuperset(d):
            database_item_counts.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN}
        return database_item_counts

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
