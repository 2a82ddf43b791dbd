from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CollectionNote")

# The keys this model reads; any other key of the JSON object is kept in additional_properties.
_KNOWN: frozenset[str] = frozenset(
    (
        "field_id",
        "value",
    )
)


@_attrs_define
class CollectionNote:
    """The value of one notes field on a collection item.

    Attributes:
        field_id (int):
        value (str | Unset):
    """

    field_id: int
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["field_id"] = self.field_id
        if self.value is not UNSET:
            field_dict["value"] = self.value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"CollectionNote: expected an object, got {type(src_dict).__name__}")
        d = src_dict
        field_id = d["field_id"]
        if type(field_id) is not int and not (isinstance(field_id, int) and not isinstance(field_id, bool)):
            raise TypeError(f"field_id: expected an integer, got {type(field_id).__name__}")

        value = d.get("value", UNSET)
        if type(value) is not str and value is not UNSET and not (isinstance(value, str)):
            raise TypeError(f"value: expected a string, got {type(value).__name__}")

        # Positional, in the order the class declares its fields (the two loops above): a call with keywords
        # matches each name against every parameter, which costs more than reading the fields for a big model.
        collection_note = cls(
            field_id,
            value,
        )
        if not _KNOWN.issuperset(d):
            collection_note.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN}
        return collection_note

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
