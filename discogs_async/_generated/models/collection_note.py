from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CollectionNote")


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
        field_id = self.field_id

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field_id": field_id,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"CollectionNote: expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        field_id = d.pop("field_id")
        if not (isinstance(field_id, int) and not isinstance(field_id, bool)):
            raise TypeError(f"field_id: expected an integer, got {type(field_id).__name__}")

        value = d.pop("value", UNSET)
        if not isinstance(value, Unset) and not (isinstance(value, str)):
            raise TypeError(f"value: expected a string, got {type(value).__name__}")

        collection_note = cls(
            field_id=field_id,
            value=value,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        collection_note.additional_properties = additional_properties
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
