from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InventoryExportList")

# The keys this model reads; any other key of the JSON object is kept in additional_properties.
_KNOWN: frozenset[str] = frozenset(
    (
        "pagination",
        "items",
    )
)


@_attrs_define
class InventoryExportList:
    """A page of inventory exports.

    Attributes:
        pagination (Pagination): Where a page stands in its list. `pages` may be capped while `items` keeps the true
            total.
        items (list[InventoryExport]):
    """

    pagination: Pagination
    items: list[InventoryExport]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["pagination"] = self.pagination.to_dict()
        field_dict["items"] = [items_item_data.to_dict() for items_item_data in self.items]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"InventoryExportList: expected an object, got {type(src_dict).__name__}")
        d = src_dict
        pagination = Pagination.from_dict(d["pagination"])

        _items = d["items"]
        if type(_items) is not list and not isinstance(_items, list):
            raise TypeError(f"items: expected an array, got {type(_items).__name__}")
        items = list(map(InventoryExport.from_dict, _items))

        # Positional, in the order the class declares its fields (the two loops above): a call with keywords
        # matches each name against every parameter, which costs more than reading the fields for a big model.
        inventory_export_list = cls(
            pagination,
            items,
        )
        if not _KNOWN.issuperset(d):
            inventory_export_list.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN}
        return inventory_export_list

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
from ..models.inventory_export import InventoryExport
from ..models.pagination import Pagination
