from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserReleaseRating")


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
        username = self.username

        release_id = self.release_id

        rating = self.rating

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if username is not UNSET:
            field_dict["username"] = username
        if release_id is not UNSET:
            field_dict["release_id"] = release_id
        if rating is not UNSET:
            field_dict["rating"] = rating

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"UserReleaseRating: expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        username = d.pop("username", UNSET)
        if not isinstance(username, Unset) and not (isinstance(username, str)):
            raise TypeError(f"username: expected a string, got {type(username).__name__}")

        release_id = d.pop("release_id", UNSET)
        if not isinstance(release_id, Unset) and not (isinstance(release_id, int) and not isinstance(release_id, bool)):
            raise TypeError(f"release_id: expected an integer, got {type(release_id).__name__}")

        rating = d.pop("rating", UNSET)
        if not isinstance(rating, Unset) and not (isinstance(rating, int) and not isinstance(rating, bool)):
            raise TypeError(f"rating: expected an integer, got {type(rating).__name__}")

        user_release_rating = cls(
            username=username,
            release_id=release_id,
            rating=rating,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        user_release_rating.additional_properties = additional_properties
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
