from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MasterVersionFiltersAvailable")

# The keys this model reads; any other key of the JSON object is kept in additional_properties.
_KNOWN: frozenset[str] = frozenset(())


@_attrs_define
class MasterVersionFiltersAvailable:
    """Filter name (`format`, `label`, `country`, `released`) to a map of value to version count."""

    additional_properties: dict[str, FilterValueCounts] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"MasterVersionFiltersAvailable: expected an object, got {type(src_dict).__name__}")
        d = src_dict
        # Positional, in the order the class declares its fields (the two loops above): a call with keywords
        # matches each name against every parameter, which costs more than reading the fields for a big model.
        master_version_filters_available = cls()
        if not _KNOWN.issuperset(d):
            additional_properties = {}
            for prop_name, prop_dict in d.items():
                if prop_name in _KNOWN:
                    continue
                additional_property = FilterValueCounts.from_dict(prop_dict)

                additional_properties[prop_name] = additional_property
            master_version_filters_available.additional_properties = additional_properties
        return master_version_filters_available

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> FilterValueCounts:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: FilterValueCounts) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# After the class: a model that refers back to this one finds it defined.
from ..models.filter_value_counts import FilterValueCounts
