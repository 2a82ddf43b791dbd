from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BasicInformationFormat")

# The keys this model reads; any other key of the JSON object is kept in additional_properties.
_KNOWN: frozenset[str] = frozenset(
    (
        "name",
        "qty",
        "text",
        "descriptions",
    )
)


@_attrs_define
class BasicInformationFormat:
    """One format of a release, in short release data.

    Attributes:
        name (str | Unset):
        qty (str | Unset): How many, as a string ("1").
        text (str | Unset): Free text about the format; often absent.
        descriptions (list[str] | Unset):
    """

    name: str | Unset = UNSET
    qty: str | Unset = UNSET
    text: str | Unset = UNSET
    descriptions: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.qty is not UNSET:
            field_dict["qty"] = self.qty
        if self.text is not UNSET:
            field_dict["text"] = self.text
        if not isinstance(self.descriptions, Unset):
            field_dict["descriptions"] = self.descriptions
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"BasicInformationFormat: expected an object, got {type(src_dict).__name__}")
        d = src_dict
        name = d.get("name", UNSET)
        if type(name) is not str and name is not UNSET and not (isinstance(name, str)):
            raise TypeError(f"name: expected a string, got {type(name).__name__}")

        qty = d.get("qty", UNSET)
        if type(qty) is not str and qty is not UNSET and not (isinstance(qty, str)):
            raise TypeError(f"qty: expected a string, got {type(qty).__name__}")

        text = d.get("text", UNSET)
        if type(text) is not str and text is not UNSET and not (isinstance(text, str)):
            raise TypeError(f"text: expected a string, got {type(text).__name__}")

        _descriptions = d.get("descriptions", UNSET)
        descriptions: list[str] | Unset = UNSET
        if _descriptions is not UNSET:
            if type(_descriptions) is not list and not isinstance(_descriptions, list):
                raise TypeError(f"descriptions: expected an array, got {type(_descriptions).__name__}")
            for descriptions_item_data in _descriptions:
                descriptions_item = descriptions_item_data
                if type(descriptions_item) is not str and not (isinstance(descriptions_item, str)):
                    raise TypeError(f"descriptions_item: expected a string, got {type(descriptions_item).__name__}")

            descriptions = list(_descriptions)

        # Positional, in the order the class declares its fields (the two loops above): a call with keywords
        # matches each name against every parameter, which costs more than reading the fields for a big model.
        basic_information_format = cls(
            name,
            qty,
            text,
            descriptions,
        )
        if not _KNOWN.issuperset(d):
            basic_information_format.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN
            }
        return basic_information_format

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
