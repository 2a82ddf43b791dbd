from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SellerStats")


@_attrs_define
class SellerStats:
    """The seller's feedback.

    Attributes:
        rating (str | Unset): The share of positive feedback in percent, as text such as "99.8".
        stars (float | Unset):
        total (int | Unset):
    """

    rating: str | Unset = UNSET
    stars: float | Unset = UNSET
    total: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rating = self.rating

        stars = self.stars

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rating is not UNSET:
            field_dict["rating"] = rating
        if stars is not UNSET:
            field_dict["stars"] = stars
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rating = d.pop("rating", UNSET)

        stars = d.pop("stars", UNSET)

        total = d.pop("total", UNSET)

        seller_stats = cls(
            rating=rating,
            stars=stars,
            total=total,
        )

        seller_stats.additional_properties = d
        return seller_stats

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
