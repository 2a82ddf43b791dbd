from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MasterVersionsPage")

# The keys this model reads; any other key of the JSON object is kept in additional_properties.
_KNOWN: frozenset[str] = frozenset(
    (
        "pagination",
        "versions",
        "filters",
        "filter_facets",
    )
)


@_attrs_define
class MasterVersionsPage:
    """One page of a master's versions.

    Attributes:
        pagination (Pagination): Where a page stands in its list. `pages` may be capped while `items` keeps the true
            total.
        versions (list[MasterVersion]):
        filters (MasterVersionFilters | Unset): The filters applied to a versions page and the values available, each
            with how many versions match.
        filter_facets (list[FilterFacet] | Unset):
    """

    pagination: Pagination
    versions: list[MasterVersion]
    filters: MasterVersionFilters | Unset = UNSET
    filter_facets: list[FilterFacet] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["pagination"] = self.pagination.to_dict()
        field_dict["versions"] = [versions_item_data.to_dict() for versions_item_data in self.versions]
        if not isinstance(self.filters, Unset):
            field_dict["filters"] = self.filters.to_dict()
        if not isinstance(self.filter_facets, Unset):
            field_dict["filter_facets"] = [
                filter_facets_item_data.to_dict() for filter_facets_item_data in self.filter_facets
            ]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"MasterVersionsPage: expected an object, got {type(src_dict).__name__}")
        d = src_dict
        pagination = Pagination.from_dict(d["pagination"])

        _versions = d["versions"]
        if type(_versions) is not list and not isinstance(_versions, list):
            raise TypeError(f"versions: expected an array, got {type(_versions).__name__}")
        versions = list(map(MasterVersion.from_dict, _versions))

        _filters = d.get("filters", UNSET)
        filters: MasterVersionFilters | Unset = UNSET if _filters is UNSET else MasterVersionFilters.from_dict(_filters)

        _filter_facets = d.get("filter_facets", UNSET)
        filter_facets: list[FilterFacet] | Unset = UNSET
        if _filter_facets is not UNSET:
            if type(_filter_facets) is not list and not isinstance(_filter_facets, list):
                raise TypeError(f"filter_facets: expected an array, got {type(_filter_facets).__name__}")
            filter_facets = list(map(FilterFacet.from_dict, _filter_facets))

        # Positional, in the order the class declares its fields (the two loops above): a call with keywords
        # matches each name against every parameter, which costs more than reading the fields for a big model.
        master_versions_page = cls(
            pagination,
            versions,
            filters,
            filter_facets,
        )
        if not _KNOWN.issuperset(d):
            master_versions_page.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN}
        return master_versions_page

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
from ..models.filter_facet import FilterFacet
from ..models.master_version import MasterVersion
from ..models.master_version_filters import MasterVersionFilters
from ..models.pagination import Pagination
