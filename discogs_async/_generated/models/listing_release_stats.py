from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.listing_release_stat_counts import ListingReleaseStatCounts


T = TypeVar("T", bound="ListingReleaseStats")


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
        community: dict[str, Any] | Unset = UNSET
        if not isinstance(self.community, Unset):
            community = self.community.to_dict()

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if community is not UNSET:
            field_dict["community"] = community
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.listing_release_stat_counts import ListingReleaseStatCounts  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(f"ListingReleaseStats: expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _community = d.pop("community", UNSET)
        community: ListingReleaseStatCounts | Unset
        if isinstance(_community, Unset):
            community = UNSET
        else:
            community = ListingReleaseStatCounts.from_dict(_community)

        _user = d.pop("user", UNSET)
        user: ListingReleaseStatCounts | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = ListingReleaseStatCounts.from_dict(_user)

        listing_release_stats = cls(
            community=community,
            user=user,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        listing_release_stats.additional_properties = additional_properties
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
