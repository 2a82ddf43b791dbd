from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CollectionInstanceEdit")

# The keys this model reads; any other key of the JSON object is kept in additional_properties.
_KNOWN: frozenset[str] = frozenset(
    (
        "rating",
        "folder_id",
    )
)


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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.rating is not UNSET:
            field_dict["rating"] = self.rating
        if self.folder_id is not UNSET:
            field_dict["folder_id"] = self.folder_id
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"CollectionInstanceEdit: expected an object, got {type(src_dict).__name__}")
        d = src_dict
        rating = d.get("rating", UNSET)
        if (
            type(rating) is not int
            and rating is not UNSET
            and not (isinstance(rating, int) and not isinstance(rating, bool))
        ):
            raise TypeError(f"rating: expected an integer, got {type(rating).__name__}")

        folder_id = d.get("folder_id", UNSET)
        if (
            type(folder_id) is not int
            and folder_id is not UNSET
            and not (isinstance(folder_id, int) and not isinstance(folder_id, bool))
        ):
            raise TypeError(f"folder_id: expected an integer, got {type(folder_id).__name__}")

        # Positional, in the order the class declares its fields (the two loops above): a call with keywords
        # matches each name against every parameter, which costs more than reading the fields for a big model.
        collection_instance_edit = cls(
            rating,
            folder_id,
        )
        if not _KNOWN.issuperset(d):
            collection_instance_edit.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN
            }
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
