from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.pagination import Pagination
    from ..models.release import Release


T = TypeVar("T", bound="UserContributions")


@_attrs_define
class UserContributions:
    """A page of the releases a user has contributed.

    Attributes:
        pagination (Pagination): Where a page stands in its list. `pages` may be capped while `items` keeps the true
            total.
        contributions (list[Release]): Full release objects, as `GET /releases/{release_id}` gives them.
    """

    pagination: Pagination
    contributions: list[Release]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pagination = self.pagination.to_dict()

        contributions = []
        for contributions_item_data in self.contributions:
            contributions_item = contributions_item_data.to_dict()
            contributions.append(contributions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pagination": pagination,
                "contributions": contributions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pagination import Pagination  # noqa: PLC0415
        from ..models.release import Release  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(f"UserContributions: expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        pagination = Pagination.from_dict(d.pop("pagination"))

        _contributions = d.pop("contributions")
        if not isinstance(_contributions, list):
            raise TypeError(f"contributions: expected an array, got {type(_contributions).__name__}")
        contributions = []
        for contributions_item_data in _contributions:
            contributions_item = Release.from_dict(contributions_item_data)

            contributions.append(contributions_item)

        user_contributions = cls(
            pagination=pagination,
            contributions=contributions,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        user_contributions.additional_properties = additional_properties
        return user_contributions

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
