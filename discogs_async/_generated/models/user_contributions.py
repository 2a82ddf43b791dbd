from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UserContributions")

# The keys this model reads; any other key of the JSON object is kept in additional_properties.
_KNOWN: frozenset[str] = frozenset(
    (
        "pagination",
        "contributions",
    )
)


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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["pagination"] = self.pagination.to_dict()
        field_dict["contributions"] = [
            contributions_item_data.to_dict() for contributions_item_data in self.contributions
        ]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"UserContributions: expected an object, got {type(src_dict).__name__}")
        d = src_dict
        pagination = Pagination.from_dict(d["pagination"])

        _contributions = d["contributions"]
        if type(_contributions) is not list and not isinstance(_contributions, list):
            raise TypeError(f"contributions: expected an array, got {type(_contributions).__name__}")
        contributions = list(map(Release.from_dict, _contributions))

        # Positional, in the order the class declares its fields (the two loops above): a call with keywords
        # matches each name against every parameter, which costs more than reading the fields for a big model.
        user_contributions = cls(
            pagination,
            contributions,
        )
        if not _KNOWN.issuperset(d):
            user_contributions.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN}
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


# After the class: a model that refers back to this one finds it defined.
from ..models.pagination import Pagination
from ..models.release import Release
