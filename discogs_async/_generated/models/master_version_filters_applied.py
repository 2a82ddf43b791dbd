from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MasterVersionFiltersApplied")

# The keys this model reads; any other key of the JSON object is kept in additional_properties.
_KNOWN: frozenset[str] = frozenset(())


@_attrs_define
class MasterVersionFiltersApplied:
    """Filter name to the values in force (e.g. `{"country": ["Germany"]}`); `{}` when none."""

    additional_properties: dict[str, list[str]] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"MasterVersionFiltersApplied: expected an object, got {type(src_dict).__name__}")
        d = src_dict
        # Positional, in the order the class declares its fields (the two loops above): a call with keywords
        # matches each name against every parameter, which costs more than reading the fields for a big model.
        master_version_filters_applied = cls()
        if not _KNOWN.issuperset(d):
            additional_properties = {}
            for prop_name, prop_dict in d.items():
                if prop_name in _KNOWN:
                    continue
                _additional_property = prop_dict
                if type(_additional_property) is not list and not isinstance(_additional_property, list):
                    raise TypeError(f"AdditionalProperty: expected an array, got {type(_additional_property).__name__}")
                for additional_property_item_data in _additional_property:
                    additional_property_item = additional_property_item_data
                    if type(additional_property_item) is not str and not (isinstance(additional_property_item, str)):
                        raise TypeError(
                            f"AdditionalProperty_item: expected a string, got {type(additional_property_item).__name__}"
                        )

                additional_property = list(_additional_property)

                additional_properties[prop_name] = additional_property
            master_version_filters_applied.additional_properties = additional_properties
        return master_version_filters_applied

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> list[str]:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: list[str]) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
