from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CommunityUser")

# The keys this model reads; any other key of the JSON object is kept in additional_properties.
_KNOWN: frozenset[str] = frozenset(
    (
        "username",
        "resource_url",
    )
)


@_attrs_define
class CommunityUser:
    """A user named in a release's community block (the submitter or a contributor).

    Attributes:
        username (str | Unset):
        resource_url (str | Unset):
    """

    username: str | Unset = UNSET
    resource_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.username is not UNSET:
            field_dict["username"] = self.username
        if self.resource_url is not UNSET:
            field_dict["resource_url"] = self.resource_url
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"CommunityUser: expected an object, got {type(src_dict).__name__}")
        d = src_dict
        username = d.get("username", UNSET)
        if type(username) is not str and username is not UNSET and not (isinstance(username, str)):
            raise TypeError(f"username: expected a string, got {type(username).__name__}")

        resource_url = d.get("resource_url", UNSET)
        if type(resource_url) is not str and resource_url is not UNSET and not (isinstance(resource_url, str)):
            raise TypeError(f"resource_url: expected a string, got {type(resource_url).__name__}")

        # Positional, in the order the class declares its fields (the two loops above): a call with keywords
        # matches each name against every parameter, which costs more than reading the fields for a big model.
        community_user = cls(
            username,
            resource_url,
        )
        if not _KNOWN.issuperset(d):
            community_user.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN}
        return community_user

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
