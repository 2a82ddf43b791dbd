from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Identifier")


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
        type_ = self.type_

        value = self.value

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if value is not UNSET:
            field_dict["value"] = value
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"Identifier: expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)
        if not isinstance(type_, Unset) and not (isinstance(type_, str)):
            raise TypeError(f"type: expected a string, got {type(type_).__name__}")

        value = d.pop("value", UNSET)
        if not isinstance(value, Unset) and not (isinstance(value, str)):
            raise TypeError(f"value: expected a string, got {type(value).__name__}")

        description = d.pop("description", UNSET)
        if not isinstance(description, Unset) and not (isinstance(description, str)):
            raise TypeError(f"description: expected a string, got {type(description).__name__}")

        identifier = cls(
            type_=type_,
            value=value,
            description=description,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        identifier.additional_properties = additional_properties
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
