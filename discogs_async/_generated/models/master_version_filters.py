from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.master_version_filters_applied import MasterVersionFiltersApplied
    from ..models.master_version_filters_available import MasterVersionFiltersAvailable


T = TypeVar("T", bound="MasterVersionFilters")


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
        applied: dict[str, Any] | Unset = UNSET
        if not isinstance(self.applied, Unset):
            applied = self.applied.to_dict()

        available: dict[str, Any] | Unset = UNSET
        if not isinstance(self.available, Unset):
            available = self.available.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if applied is not UNSET:
            field_dict["applied"] = applied
        if available is not UNSET:
            field_dict["available"] = available

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.master_version_filters_applied import MasterVersionFiltersApplied  # noqa: PLC0415
        from ..models.master_version_filters_available import MasterVersionFiltersAvailable  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(f"MasterVersionFilters: expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _applied = d.pop("applied", UNSET)
        applied: MasterVersionFiltersApplied | Unset
        if isinstance(_applied, Unset):
            applied = UNSET
        else:
            applied = MasterVersionFiltersApplied.from_dict(_applied)

        _available = d.pop("available", UNSET)
        available: MasterVersionFiltersAvailable | Unset
        if isinstance(_available, Unset):
            available = UNSET
        else:
            available = MasterVersionFiltersAvailable.from_dict(_available)

        master_version_filters = cls(
            applied=applied,
            available=available,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        master_version_filters.additional_properties = additional_properties
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
