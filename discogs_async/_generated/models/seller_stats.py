from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SellerStats")

# The keys this model reads; any other key of the JSON object is kept in additional_properties.
_KNOWN: frozenset[str] = frozenset(
    (
        "rating",
        "stars",
        "total",
    )
)


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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.rating is not UNSET:
            field_dict["rating"] = self.rating
        if self.stars is not UNSET:
            field_dict["stars"] = self.stars
        if self.total is not UNSET:
            field_dict["total"] = self.total
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"SellerStats: expected an object, got {type(src_dict).__name__}")
        d = src_dict
        rating = d.get("rating", UNSET)
        if type(rating) is not str and rating is not UNSET and not (isinstance(rating, str)):
            raise TypeError(f"rating: expected a string, got {type(rating).__name__}")

        stars = d.get("stars", UNSET)
        if (
            type(stars) is not float
            and type(stars) is not int
            and stars is not UNSET
            and not (isinstance(stars, int | float) and not isinstance(stars, bool))
        ):
            raise TypeError(f"stars: expected a number, got {type(stars).__name__}")

        total = d.get("total", UNSET)
        if (
            type(total) is not int
            and total is not UNSET
            and not (isinstance(total, int) and not isinstance(total, bool))
        ):
            raise TypeError(f"total: expected an integer, got {type(total).__name__}")

        # Positional, in the order the class declares its fields (the two loops above): a call with keywords
        # matches each name against every parameter, which costs more than reading the fields for a big model.
        seller_stats = cls(
            rating,
            stars,
            total,
        )
        if not _KNOWN.issuperset(d):
            seller_stats.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN}
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
