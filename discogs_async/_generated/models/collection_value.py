from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CollectionValue")


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
        minimum = self.minimum

        median = self.median

        maximum = self.maximum

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if minimum is not UNSET:
            field_dict["minimum"] = minimum
        if median is not UNSET:
            field_dict["median"] = median
        if maximum is not UNSET:
            field_dict["maximum"] = maximum

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"CollectionValue: expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        minimum = d.pop("minimum", UNSET)
        if not isinstance(minimum, Unset) and not (isinstance(minimum, str)):
            raise TypeError(f"minimum: expected a string, got {type(minimum).__name__}")

        median = d.pop("median", UNSET)
        if not isinstance(median, Unset) and not (isinstance(median, str)):
            raise TypeError(f"median: expected a string, got {type(median).__name__}")

        maximum = d.pop("maximum", UNSET)
        if not isinstance(maximum, Unset) and not (isinstance(maximum, str)):
            raise TypeError(f"maximum: expected a string, got {type(maximum).__name__}")

        collection_value = cls(
            minimum=minimum,
            median=median,
            maximum=maximum,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        collection_value.additional_properties = additional_properties
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
