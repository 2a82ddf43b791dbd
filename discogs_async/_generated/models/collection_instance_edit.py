from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CollectionInstanceEdit")


@_attrs_define
class CollectionInstanceEdit:
    """What to change on an instance; keys left out stay as they are.

    Attributes:
        rating (int | Unset): The new rating, 0 (unrated) to 5.
        folder_id (int | Unset): The folder to move the instance to.
    """

    rating: int | Unset = UNSET
    folder_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rating = self.rating

        folder_id = self.folder_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rating is not UNSET:
            field_dict["rating"] = rating
        if folder_id is not UNSET:
            field_dict["folder_id"] = folder_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"CollectionInstanceEdit: expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        rating = d.pop("rating", UNSET)
        if not isinstance(rating, Unset) and not (isinstance(rating, int) and not isinstance(rating, bool)):
            raise TypeError(f"rating: expected an integer, got {type(rating).__name__}")

        folder_id = d.pop("folder_id", UNSET)
        if not isinstance(folder_id, Unset) and not (isinstance(folder_id, int) and not isinstance(folder_id, bool)):
            raise TypeError(f"folder_id: expected an integer, got {type(folder_id).__name__}")

        collection_instance_edit = cls(
            rating=rating,
            folder_id=folder_id,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        collection_instance_edit.additional_properties = additional_properties
        return collection_instance_edit

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
