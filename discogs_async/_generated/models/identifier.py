from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Identifier")

# The keys this model reads; any other key of the JSON object is kept in additional_properties.
_KNOWN: frozenset[str] = frozenset(
    (
        "type",
        "value",
        "description",
    )
)


@_attrs_define
class Identifier:
    """A barcode, matrix number or other identifier printed on a release.

    Attributes:
        type_ (str | Unset): The kind (e.g. `Barcode`, `Matrix / Runout`).
        value (str | Unset):
        description (str | Unset): Where or what the identifier is (e.g. `Side A`).
    """

    type_: str | Unset = UNSET
    value: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.type_ is not UNSET:
            field_dict["type"] = self.type_
        if self.value is not UNSET:
            field_dict["value"] = self.value
        if self.description is not UNSET:
            field_dict["description"] = self.description
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"Identifier: expected an object, got {type(src_dict).__name__}")
        d = src_dict
        type_ = d.get("type", UNSET)
        if type(type_) is not str and type_ is not UNSET and not (isinstance(type_, str)):
            raise TypeError(f"type: expected a string, got {type(type_).__name__}")

        value = d.get("value", UNSET)
        if type(value) is not str and value is not UNSET and not (isinstance(value, str)):
            raise TypeError(f"value: expected a string, got {type(value).__name__}")

        description = d.get("description", UNSET)
        if type(description) is not str and description is not UNSET and not (isinstance(description, str)):
            raise TypeError(f"description: expected a string, got {type(description).__name__}")

        # Positional, in the order the class declares its fields (the two loops above): a call with keywords
        # matches each name against every parameter, which costs more than reading the fields for a big model.
        identifier = cls(
            type_,
            value,
            description,
        )
        if not _KNOWN.issuperset(d):
            identifier.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN}
        return identifier

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
