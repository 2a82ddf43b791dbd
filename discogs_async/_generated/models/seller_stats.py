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
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"SellerStats: expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        rating = d.pop("rating", UNSET)
        if not isinstance(rating, Unset) and not (isinstance(rating, str)):
            raise TypeError(f"rating: expected a string, got {type(rating).__name__}")

        stars = d.pop("stars", UNSET)
        if not isinstance(stars, Unset) and not (isinstance(stars, int | float) and not isinstance(stars, bool)):
            raise TypeError(f"stars: expected a number, got {type(stars).__name__}")

        total = d.pop("total", UNSET)
        if not isinstance(total, Unset) and not (isinstance(total, int) and not isinstance(total, bool)):
            raise TypeError(f"total: expected an integer, got {type(total).__name__}")

        seller_stats = cls(
            rating=rating,
            stars=stars,
            total=total,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        seller_stats.additional_properties = additional_properties
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
