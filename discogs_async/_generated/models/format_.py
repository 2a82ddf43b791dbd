from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Format")


@_attrs_define
class Format:
    """One format of a release (e.g. 2 x Vinyl, LP, Album).

    Attributes:
        name (str | Unset): The medium (e.g. `Vinyl`, `CD`, `File`).
        qty (str | Unset): How many items of this medium, as a numeric string.
        descriptions (list[str] | Unset): Format details (e.g. `LP`, `Album`, `45 RPM`).
        text (str | Unset): Free text about the format (e.g. a colour).
    """

    name: str | Unset = UNSET
    qty: str | Unset = UNSET
    descriptions: list[str] | Unset = UNSET
    text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        qty = self.qty

        descriptions: list[str] | Unset = UNSET
        if not isinstance(self.descriptions, Unset):
            descriptions = self.descriptions

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if qty is not UNSET:
            field_dict["qty"] = qty
        if descriptions is not UNSET:
            field_dict["descriptions"] = descriptions
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"Format: expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if not isinstance(name, Unset) and not (isinstance(name, str)):
            raise TypeError(f"name: expected a string, got {type(name).__name__}")

        qty = d.pop("qty", UNSET)
        if not isinstance(qty, Unset) and not (isinstance(qty, str)):
            raise TypeError(f"qty: expected a string, got {type(qty).__name__}")

        _descriptions = d.pop("descriptions", UNSET)
        descriptions: list[str] | Unset = UNSET
        if not isinstance(_descriptions, Unset):
            if not isinstance(_descriptions, list):
                raise TypeError(f"descriptions: expected an array, got {type(_descriptions).__name__}")
            descriptions = []
            for descriptions_item_data in _descriptions:
                descriptions_item = descriptions_item_data
                if not (isinstance(descriptions_item, str)):
                    raise TypeError(f"descriptions_item: expected a string, got {type(descriptions_item).__name__}")

                descriptions.append(descriptions_item)

        text = d.pop("text", UNSET)
        if not isinstance(text, Unset) and not (isinstance(text, str)):
            raise TypeError(f"text: expected a string, got {type(text).__name__}")

        format_ = cls(
            name=name,
            qty=qty,
            descriptions=descriptions,
            text=text,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        format_.additional_properties = additional_properties
        return format_

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
