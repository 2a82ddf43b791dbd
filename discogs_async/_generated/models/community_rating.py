from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CommunityRating")

# The keys this model reads; any other key of the JSON object is kept in additional_properties.
_KNOWN: frozenset[str] = frozenset(
    (
        "count",
        "average",
    )
)


@_attrs_define
class CommunityRating:
    """The average of users' ratings (0 to 5) and how many there are.

    Attributes:
        count (int | Unset):
        average (float | Unset):
    """

    count: int | Unset = UNSET
    average: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.count is not UNSET:
            field_dict["count"] = self.count
        if self.average is not UNSET:
            field_dict["average"] = self.average
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"CommunityRating: expected an object, got {type(src_dict).__name__}")
        d = src_dict
        count = d.get("count", UNSET)
        if (
            type(count) is not int
            and count is not UNSET
            and not (isinstance(count, int) and not isinstance(count, bool))
        ):
            raise TypeError(f"count: expected an integer, got {type(count).__name__}")

        average = d.get("average", UNSET)
        if (
            type(average) is not float
            and type(average) is not int
            and average is not UNSET
            and not (isinstance(average, int | float) and not isinstance(average, bool))
        ):
            raise TypeError(f"average: expected a number, got {type(average).__name__}")

        # Positional, in the order the class declares its fields (the two loops above): a call with keywords
        # matches each name against every parameter, which costs more than reading the fields for a big model.
        community_rating = cls(
            count,
            average,
        )
        if not _KNOWN.issuperset(d):
            community_rating.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN}
        return community_rating

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
