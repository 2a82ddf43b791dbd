from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.label_release import LabelRelease
    from ..models.pagination import Pagination


T = TypeVar("T", bound="LabelReleasesPage")


@_attrs_define
class LabelReleasesPage:
    """One page of a label's releases.

    Attributes:
        pagination (Pagination): Where a page stands in its list. `pages` may be capped while `items` keeps the true
            total.
        releases (list[LabelRelease]):
    """

    pagination: Pagination
    releases: list[LabelRelease]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pagination = self.pagination.to_dict()

        releases = []
        for releases_item_data in self.releases:
            releases_item = releases_item_data.to_dict()
            releases.append(releases_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pagination": pagination,
                "releases": releases,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.label_release import LabelRelease  # noqa: PLC0415
        from ..models.pagination import Pagination  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(f"LabelReleasesPage: expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        pagination = Pagination.from_dict(d.pop("pagination"))

        _releases = d.pop("releases")
        if not isinstance(_releases, list):
            raise TypeError(f"releases: expected an array, got {type(_releases).__name__}")
        releases = []
        for releases_item_data in _releases:
            releases_item = LabelRelease.from_dict(releases_item_data)

            releases.append(releases_item)

        label_releases_page = cls(
            pagination=pagination,
            releases=releases,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        label_releases_page.additional_properties = additional_properties
        return label_releases_page

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
