from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_item_community_stats import ListItemCommunityStats


T = TypeVar("T", bound="ListItemStats")


@_attrs_define
class ListItemStats:
    """Counts about a list entry.

    Attributes:
        community (ListItemCommunityStats | Unset): How many users have the entry in their collection and wantlist.
    """

    community: ListItemCommunityStats | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        community: dict[str, Any] | Unset = UNSET
        if not isinstance(self.community, Unset):
            community = self.community.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if community is not UNSET:
            field_dict["community"] = community

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_item_community_stats import ListItemCommunityStats  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(f"ListItemStats: expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _community = d.pop("community", UNSET)
        community: ListItemCommunityStats | Unset
        if isinstance(_community, Unset):
            community = UNSET
        else:
            community = ListItemCommunityStats.from_dict(_community)

        list_item_stats = cls(
            community=community,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        list_item_stats.additional_properties = additional_properties
        return list_item_stats

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
