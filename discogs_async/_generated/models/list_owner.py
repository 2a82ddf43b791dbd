from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListOwner")

# The keys this model reads; any other key of the JSON object is kept in additional_properties.
_KNOWN: frozenset[str] = frozenset(
    (
        "id",
        "username",
        "avatar_url",
        "resource_url",
    )
)


@_attrs_define
class ListOwner:
    """The user a list belongs to.

    Attributes:
        id (int | Unset):
        username (str | Unset):
        avatar_url (str | Unset):
        resource_url (str | Unset):
    """

    id: int | Unset = UNSET
    username: str | Unset = UNSET
    avatar_url: str | Unset = UNSET
    resource_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.id is not UNSET:
            field_dict["id"] = self.id
        if self.username is not UNSET:
            field_dict["username"] = self.username
        if self.avatar_url is not UNSET:
            field_dict["avatar_url"] = self.avatar_url
        if self.resource_url is not UNSET:
            field_dict["resource_url"] = self.resource_url
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"ListOwner: expected an object, got {type(src_dict).__name__}")
        d = src_dict
        id = d.get("id", UNSET)
        if type(id) is not int and id is not UNSET and not (isinstance(id, int) and not isinstance(id, bool)):
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        username = d.get("username", UNSET)
        if type(username) is not str and username is not UNSET and not (isinstance(username, str)):
            raise TypeError(f"username: expected a string, got {type(username).__name__}")

        avatar_url = d.get("avatar_url", UNSET)
        if type(avatar_url) is not str and avatar_url is not UNSET and not (isinstance(avatar_url, str)):
            raise TypeError(f"avatar_url: expected a string, got {type(avatar_url).__name__}")

        resource_url = d.get("resource_url", UNSET)
        if type(resource_url) is not str and resource_url is not UNSET and not (isinstance(resource_url, str)):
            raise TypeError(f"resource_url: expected a string, got {type(resource_url).__name__}")

        # Positional, in the order the class declares its fields (the two loops above): a call with keywords
        # matches each name against every parameter, which costs more than reading the fields for a big model.
        list_owner = cls(
            id,
            username,
            avatar_url,
            resource_url,
        )
        if not _KNOWN.issuperset(d):
            list_owner.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN}
        return list_owner

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
