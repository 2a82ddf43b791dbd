from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.inventory_upload import InventoryUpload
    from ..models.pagination import Pagination


T = TypeVar("T", bound="InventoryUploadList")


@_attrs_define
class InventoryUploadList:
    """A page of inventory uploads.

    Attributes:
        pagination (Pagination): Where a page stands in its list. `pages` may be capped while `items` keeps the true
            total.
        items (list[InventoryUpload]):
    """

    pagination: Pagination
    items: list[InventoryUpload]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pagination = self.pagination.to_dict()

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pagination": pagination,
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.inventory_upload import InventoryUpload  # noqa: PLC0415
        from ..models.pagination import Pagination  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(f"InventoryUploadList: expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        pagination = Pagination.from_dict(d.pop("pagination"))

        _items = d.pop("items")
        if not isinstance(_items, list):
            raise TypeError(f"items: expected an array, got {type(_items).__name__}")
        items = []
        for items_item_data in _items:
            items_item = InventoryUpload.from_dict(items_item_data)

            items.append(items_item)

        inventory_upload_list = cls(
            pagination=pagination,
            items=items,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        inventory_upload_list.additional_properties = additional_properties
        return inventory_upload_list

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
