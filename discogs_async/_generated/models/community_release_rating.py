from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CommunityReleaseRating")

# The keys this model reads; any other key of the JSON object is kept in additional_properties.
_KNOWN: frozenset[str] = frozenset(
    (
        "release_id",
        "rating",
    )
)


@_attrs_define
class CommunityReleaseRating:
    """The community's rating of a release.

    Attributes:
        release_id (int | Unset):
        rating (CommunityRating | Unset): The average of users' ratings (0 to 5) and how many there are.
    """

    release_id: int | Unset = UNSET
    rating: CommunityRating | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.release_id is not UNSET:
            field_dict["release_id"] = self.release_id
        if not isinstance(self.rating, Unset):
            field_dict["rating"] = self.rating.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"CommunityReleaseRating: expected an object, got {type(src_dict).__name__}")
        d = src_dict
        release_id = d.get("release_id", UNSET)
        if (
            type(release_id) is not int
            and release_id is not UNSET
            and not (isinstance(release_id, int) and not isinstance(release_id, bool))
        ):
            raise TypeError(f"release_id: expected an integer, got {type(release_id).__name__}")

        _rating = d.get("rating", UNSET)
        rating: CommunityRating | Unset = UNSET if _rating is UNSET else CommunityRating.from_dict(_rating)

        # Positional, in the order the class declares its fields (the two loops above): a call with keywords
        # matches each name against every parameter, which costs more than reading the fields for a big model.
        community_release_rating = cls(
            release_id,
            rating,
        )
        if not _KNOWN.issuperset(d):
            community_release_rating.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN
            }
        return community_release_rating

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
from ..models.community_rating import CommunityRating
