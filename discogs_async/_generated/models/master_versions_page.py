from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.filter_facet import FilterFacet
    from ..models.master_version import MasterVersion
    from ..models.master_version_filters import MasterVersionFilters
    from ..models.pagination import Pagination


T = TypeVar("T", bound="MasterVersionsPage")


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
        pagination = self.pagination.to_dict()

        versions = []
        for versions_item_data in self.versions:
            versions_item = versions_item_data.to_dict()
            versions.append(versions_item)

        filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = self.filters.to_dict()

        filter_facets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filter_facets, Unset):
            filter_facets = []
            for filter_facets_item_data in self.filter_facets:
                filter_facets_item = filter_facets_item_data.to_dict()
                filter_facets.append(filter_facets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pagination": pagination,
                "versions": versions,
            }
        )
        if filters is not UNSET:
            field_dict["filters"] = filters
        if filter_facets is not UNSET:
            field_dict["filter_facets"] = filter_facets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.filter_facet import FilterFacet  # noqa: PLC0415
        from ..models.master_version import MasterVersion  # noqa: PLC0415
        from ..models.master_version_filters import MasterVersionFilters  # noqa: PLC0415
        from ..models.pagination import Pagination  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(f"MasterVersionsPage: expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        pagination = Pagination.from_dict(d.pop("pagination"))

        _versions = d.pop("versions")
        if not isinstance(_versions, list):
            raise TypeError(f"versions: expected an array, got {type(_versions).__name__}")
        versions = []
        for versions_item_data in _versions:
            versions_item = MasterVersion.from_dict(versions_item_data)

            versions.append(versions_item)

        _filters = d.pop("filters", UNSET)
        filters: MasterVersionFilters | Unset
        if isinstance(_filters, Unset):
            filters = UNSET
        else:
            filters = MasterVersionFilters.from_dict(_filters)

        _filter_facets = d.pop("filter_facets", UNSET)
        filter_facets: list[FilterFacet] | Unset = UNSET
        if not isinstance(_filter_facets, Unset):
            if not isinstance(_filter_facets, list):
                raise TypeError(f"filter_facets: expected an array, got {type(_filter_facets).__name__}")
            filter_facets = []
            for filter_facets_item_data in _filter_facets:
                filter_facets_item = FilterFacet.from_dict(filter_facets_item_data)

                filter_facets.append(filter_facets_item)

        master_versions_page = cls(
            pagination=pagination,
            versions=versions,
            filters=filters,
            filter_facets=filter_facets,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        master_versions_page.additional_properties = additional_properties
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
