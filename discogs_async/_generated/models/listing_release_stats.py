from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListingReleaseStats")

# The keys this model reads; any other key of the JSON object is kept in additional_properties.
_KNOWN: frozenset[str] = frozenset(
    (
        "community",
        "user",
    )
)


@_attrs_define
class ListingReleaseStats:
    """How many users want and have the release; `user` only for authenticated callers.

    Attributes:
        community (ListingReleaseStatCounts | Unset): Wantlist and collection counts.
        user (ListingReleaseStatCounts | Unset): Wantlist and collection counts.
    """

    community: ListingReleaseStatCounts | Unset = UNSET
    user: ListingReleaseStatCounts | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.community, Unset):
            field_dict["community"] = self.community.to_dict()
        if not isinstance(self.user, Unset):
            field_dict["user"] = self.user.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"ListingReleaseStats: expected an object, got {type(src_dict).__name__}")
        d = src_dict
        _community = d.get("community", UNSET)
        community: ListingReleaseStatCounts | Unset = (
            UNSET if _community is UNSET else ListingReleaseStatCounts.from_dict(_community)
        )

        _user = d.get("user", UNSET)
        user: ListingReleaseStatCounts | Unset = UNSET if _user is UNSET else ListingReleaseStatCounts.from_dict(_user)

        # Positional, in the order the class declares its fields (the two loops above): a call with keywords
        # matches each name against every parameter, which costs more than reading the fields for a big model.
        listing_release_stats = cls(
            community,
            user,
        )
        if not _KNOWN.issuperset(d):
            listing_release_stats.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN}
        return listing_release_stats

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
from ..models.listing_release_stat_counts import ListingReleaseStatCounts
