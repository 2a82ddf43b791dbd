from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.community_rating import CommunityRating


T = TypeVar("T", bound="CommunityReleaseRating")


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
        release_id = self.release_id

        rating: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rating, Unset):
            rating = self.rating.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if release_id is not UNSET:
            field_dict["release_id"] = release_id
        if rating is not UNSET:
            field_dict["rating"] = rating

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.community_rating import CommunityRating  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(f"CommunityReleaseRating: expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        release_id = d.pop("release_id", UNSET)
        if not isinstance(release_id, Unset) and not (isinstance(release_id, int) and not isinstance(release_id, bool)):
            raise TypeError(f"release_id: expected an integer, got {type(release_id).__name__}")

        _rating = d.pop("rating", UNSET)
        rating: CommunityRating | Unset
        if isinstance(_rating, Unset):
            rating = UNSET
        else:
            rating = CommunityRating.from_dict(_rating)

        community_release_rating = cls(
            release_id=release_id,
            rating=rating,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        community_release_rating.additional_properties = additional_properties
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
