from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.database_item_counts import DatabaseItemCounts


T = TypeVar("T", bound="DatabaseItemStats")


@_attrs_define
class DatabaseItemStats:
    """Collection and wantlist counts of a list item, for the whole community and (when authenticated) for the caller.

    Attributes:
        community (DatabaseItemCounts | Unset): How often an item is in collections and wantlists.
        user (DatabaseItemCounts | Unset): How often an item is in collections and wantlists.
    """

    community: DatabaseItemCounts | Unset = UNSET
    user: DatabaseItemCounts | Unset = UNSET
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
        from ..models.database_item_counts import DatabaseItemCounts  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(f"DatabaseItemStats: expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _community = d.pop("community", UNSET)
        community: DatabaseItemCounts | Unset
        if isinstance(_community, Unset):
            community = UNSET
        else:
            community = DatabaseItemCounts.from_dict(_community)

        _user = d.pop("user", UNSET)
        user: DatabaseItemCounts | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = DatabaseItemCounts.from_dict(_user)

        database_item_stats = cls(
            community=community,
            user=user,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        database_item_stats.additional_properties = additional_properties
        return database_item_stats

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
