from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CollectionFolders")

# The keys this model reads; any other key of the JSON object is kept in additional_properties.
_KNOWN: frozenset[str] = frozenset(("folders",))


@_attrs_define
class CollectionFolders:
    """The folders of a collection that the caller may see.

    Attributes:
        folders (list[CollectionFolder]):
    """

    folders: list[CollectionFolder]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["folders"] = [folders_item_data.to_dict() for folders_item_data in self.folders]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"CollectionFolders: expected an object, got {type(src_dict).__name__}")
        d = src_dict
        _folders = d["folders"]
        if type(_folders) is not list and not isinstance(_folders, list):
            raise TypeError(f"folders: expected an array, got {type(_folders).__name__}")
        folders = list(map(CollectionFolder.from_dict, _folders))

        # Positional, in the order the class declares its fields (the two loops above): a call with keywords
        # matches each name against every parameter, which costs more than reading the fields for a big model.
        collection_folders = cls(
            folders,
        )
        if not _KNOWN.issuperset(d):
            collection_folders.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN}
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


# After the class: a model that refers back to this one finds it defined.
from ..models.collection_folder import CollectionFolder
