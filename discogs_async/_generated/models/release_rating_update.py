from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ReleaseRatingUpdate")


@_attrs_define
class ReleaseRatingUpdate:
    """The new rating of a release.

    Attributes:
        rating (int):
    """

    rating: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rating = self.rating

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rating": rating,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"ReleaseRatingUpdate: expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        rating = d.pop("rating")
        if not (isinstance(rating, int) and not isinstance(rating, bool)):
            raise TypeError(f"rating: expected an integer, got {type(rating).__name__}")

        release_rating_update = cls(
            rating=rating,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        release_rating_update.additional_properties = additional_properties
        return release_rating_update

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
