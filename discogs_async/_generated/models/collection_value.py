from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CollectionValue")

# The keys this model reads; any other key of the JSON object is kept in additional_properties.
_KNOWN: frozenset[str] = frozenset(
    (
        "minimum",
        "median",
        "maximum",
    )
)


@_attrs_define
class CollectionValue:
    """Estimated values of a collection.

    Attributes:
        minimum (str | Unset): For example "€120.09".
        median (str | Unset):
        maximum (str | Unset):
    """

    minimum: str | Unset = UNSET
    median: str | Unset = UNSET
    maximum: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.minimum is not UNSET:
            field_dict["minimum"] = self.minimum
        if self.median is not UNSET:
            field_dict["median"] = self.median
        if self.maximum is not UNSET:
            field_dict["maximum"] = self.maximum
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"CollectionValue: expected an object, got {type(src_dict).__name__}")
        d = src_dict
        minimum = d.get("minimum", UNSET)
        if type(minimum) is not str and minimum is not UNSET and not (isinstance(minimum, str)):
            raise TypeError(f"minimum: expected a string, got {type(minimum).__name__}")

        median = d.get("median", UNSET)
        if type(median) is not str and median is not UNSET and not (isinstance(median, str)):
            raise TypeError(f"median: expected a string, got {type(median).__name__}")

        maximum = d.get("maximum", UNSET)
        if type(maximum) is not str and maximum is not UNSET and not (isinstance(maximum, str)):
            raise TypeError(f"maximum: expected a string, got {type(maximum).__name__}")

        # Positional, in the order the class declares its fields (the two loops above): a call with keywords
        # matches each name against every parameter, which costs more than reading the fields for a big model.
        collection_value = cls(
            minimum,
            median,
            maximum,
        )
        if not _KNOWN.issuperset(d):
            collection_value.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN}
        return collection_value

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
