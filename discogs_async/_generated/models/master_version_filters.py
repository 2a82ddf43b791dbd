from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MasterVersionFilters")

# The keys this model reads; any other key of the JSON object is kept in additional_properties.
_KNOWN: frozenset[str] = frozenset(
    (
        "applied",
        "available",
    )
)


@_attrs_define
class MasterVersionFilters:
    """The filters applied to a versions page and the values available, each with how many versions match.

    Attributes:
        applied (MasterVersionFiltersApplied | Unset): Filter name to the values in force (e.g. `{"country":
            ["Germany"]}`); `{}` when none.
        available (MasterVersionFiltersAvailable | Unset): Filter name (`format`, `label`, `country`, `released`) to a
            map of value to version count.
    """

    applied: MasterVersionFiltersApplied | Unset = UNSET
    available: MasterVersionFiltersAvailable | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.applied, Unset):
            field_dict["applied"] = self.applied.to_dict()
        if not isinstance(self.available, Unset):
            field_dict["available"] = self.available.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"MasterVersionFilters: expected an object, got {type(src_dict).__name__}")
        d = src_dict
        _applied = d.get("applied", UNSET)
        applied: MasterVersionFiltersApplied | Unset = (
            UNSET if _applied is UNSET else MasterVersionFiltersApplied.from_dict(_applied)
        )

        _available = d.get("available", UNSET)
        available: MasterVersionFiltersAvailable | Unset = (
            UNSET if _available is UNSET else MasterVersionFiltersAvailable.from_dict(_available)
        )

        # Positional, in the order the class declares its fields (the two loops above): a call with keywords
        # matches each name against every parameter, which costs more than reading the fields for a big model.
        master_version_filters = cls(
            applied,
            available,
        )
        if not _KNOWN.issuperset(d):
            master_version_filters.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN}
        return master_version_filters

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


# After the class: a model that refers back to this one finds it defined.
from ..models.master_version_filters_applied import MasterVersionFiltersApplied
from ..models.master_version_filters_available import MasterVersionFiltersAvailable
