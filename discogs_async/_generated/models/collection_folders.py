from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.collection_folder import CollectionFolder


T = TypeVar("T", bound="CollectionFolders")


@_attrs_define
class CollectionFolders:
    """The folders of a collection that the caller may see.

    Attributes:
        folders (list[CollectionFolder]):
    """

    folders: list[CollectionFolder]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        folders = []
        for folders_item_data in self.folders:
            folders_item = folders_item_data.to_dict()
            folders.append(folders_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "folders": folders,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.collection_folder import CollectionFolder  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(f"CollectionFolders: expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _folders = d.pop("folders")
        if not isinstance(_folders, list):
            raise TypeError(f"folders: expected an array, got {type(_folders).__name__}")
        folders = []
        for folders_item_data in _folders:
            folders_item = CollectionFolder.from_dict(folders_item_data)

            folders.append(folders_item)

        collection_folders = cls(
            folders=folders,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        collection_folders.additional_properties = additional_properties
        return collection_folders

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
