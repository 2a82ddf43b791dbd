from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CommunityRating")


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
        count = self.count

        average = self.average

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if average is not UNSET:
            field_dict["average"] = average

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"CommunityRating: expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        count = d.pop("count", UNSET)
        if not isinstance(count, Unset) and not (isinstance(count, int) and not isinstance(count, bool)):
            raise TypeError(f"count: expected an integer, got {type(count).__name__}")

        average = d.pop("average", UNSET)
        if not isinstance(average, Unset) and not (isinstance(average, int | float) and not isinstance(average, bool)):
            raise TypeError(f"average: expected a number, got {type(average).__name__}")

        community_rating = cls(
            count=count,
            average=average,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        community_rating.additional_properties = additional_properties
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
