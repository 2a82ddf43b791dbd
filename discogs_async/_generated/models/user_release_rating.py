from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserReleaseRating")

# The keys this model reads; any other key of the JSON object is kept in additional_properties.
_KNOWN: frozenset[str] = frozenset(
    (
        "username",
        "release_id",
        "rating",
    )
)


@_attrs_define
class UserReleaseRating:
    """One user's rating of a release.

    Attributes:
        username (str | Unset):
        release_id (int | Unset):
        rating (int | Unset): 1 to 5, or 0 when the user has not rated the release.
    """

    username: str | Unset = UNSET
    release_id: int | Unset = UNSET
    rating: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.username is not UNSET:
            field_dict["username"] = self.username
        if self.release_id is not UNSET:
            field_dict["release_id"] = self.release_id
        if self.rating is not UNSET:
            field_dict["rating"] = self.rating
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"UserReleaseRating: expected an object, got {type(src_dict).__name__}")
        d = src_dict
        username = d.get("username", UNSET)
        if type(username) is not str and username is not UNSET and not (isinstance(username, str)):
            raise TypeError(f"username: expected a string, got {type(username).__name__}")

        release_id = d.get("release_id", UNSET)
        if (
            type(release_id) is not int
            and release_id is not UNSET
            and not (isinstance(release_id, int) and not isinstance(release_id, bool))
        ):
            raise TypeError(f"release_id: expected an integer, got {type(release_id).__name__}")

        rating = d.get("rating", UNSET)
        if (
            type(rating) is not int
            and rating is not UNSET
            and not (isinstance(rating, int) and not isinstance(rating, bool))
        ):
            raise TypeError(f"rating: expected an integer, got {type(rating).__name__}")

        # Positional, in the order the class declares its fields (the two loops above): a call with keywords
        # matches each name against every parameter, which costs more than reading the fields for a big model.
        user_release_rating = cls(
            username,
            release_id,
            rating,
        )
        if not _KNOWN.issuperset(d):
            user_release_rating.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN}
        return user_release_rating

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
