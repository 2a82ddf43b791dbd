from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DatabaseItemCounts")


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
        in_collection = self.in_collection

        in_wantlist = self.in_wantlist

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if in_collection is not UNSET:
            field_dict["in_collection"] = in_collection
        if in_wantlist is not UNSET:
            field_dict["in_wantlist"] = in_wantlist

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"DatabaseItemCounts: expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        in_collection = d.pop("in_collection", UNSET)
        if not isinstance(in_collection, Unset) and not (
            isinstance(in_collection, int) and not isinstance(in_collection, bool)
        ):
            raise TypeError(f"in_collection: expected an integer, got {type(in_collection).__name__}")

        in_wantlist = d.pop("in_wantlist", UNSET)
        if not isinstance(in_wantlist, Unset) and not (
            isinstance(in_wantlist, int) and not isinstance(in_wantlist, bool)
        ):
            raise TypeError(f"in_wantlist: expected an integer, got {type(in_wantlist).__name__}")

        database_item_counts = cls(
            in_collection=in_collection,
            in_wantlist=in_wantlist,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        database_item_counts.additional_properties = additional_properties
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
