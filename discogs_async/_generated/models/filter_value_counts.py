from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FilterValueCounts")

# The keys this model reads; any other key of the JSON object is kept in additional_properties.
_KNOWN: frozenset[str] = frozenset(())


@_attrs_define
class FilterValueCounts:
    """Filter value to how many versions have it (e.g. `{"Vinyl": 14, "CD": 35}`)."""

    additional_properties: dict[str, int] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"FilterValueCounts: expected an object, got {type(src_dict).__name__}")
        d = src_dict
        # Positional, in the order the class declares its fields (the two loops above): a call with keywords
        # matches each name against every parameter, which costs more than reading the fields for a big model.
        filter_value_counts = cls()
        if not _KNOWN.issuperset(d):
            additional_properties = {}
            for prop_name, prop_dict in d.items():
                if prop_name in _KNOWN:
                    continue
                additional_property = prop_dict
                if type(additional_property) is not int and not (
                    isinstance(additional_property, int) and not isinstance(additional_property, bool)
                ):
                    raise TypeError(
                        f"AdditionalProperty: expected an integer, got {type(additional_property).__name__}"
                    )

                additional_properties[prop_name] = additional_property
            filter_value_counts.additional_properties = additional_properties
        return filter_value_counts

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> int:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: int) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
