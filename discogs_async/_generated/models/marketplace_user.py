from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MarketplaceUser")


@_attrs_define
class MarketplaceUser:
    """A marketplace user as an order or message names them.

    Attributes:
        id (int | Unset):
        username (str | Unset):
        resource_url (str | Unset):
        avatar_url (str | Unset):
    """

    id: int | Unset = UNSET
    username: str | Unset = UNSET
    resource_url: str | Unset = UNSET
    avatar_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        username = self.username

        resource_url = self.resource_url

        avatar_url = self.avatar_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if username is not UNSET:
            field_dict["username"] = username
        if resource_url is not UNSET:
            field_dict["resource_url"] = resource_url
        if avatar_url is not UNSET:
            field_dict["avatar_url"] = avatar_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"MarketplaceUser: expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if not isinstance(id, Unset) and not (isinstance(id, int) and not isinstance(id, bool)):
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        username = d.pop("username", UNSET)
        if not isinstance(username, Unset) and not (isinstance(username, str)):
            raise TypeError(f"username: expected a string, got {type(username).__name__}")

        resource_url = d.pop("resource_url", UNSET)
        if not isinstance(resource_url, Unset) and not (isinstance(resource_url, str)):
            raise TypeError(f"resource_url: expected a string, got {type(resource_url).__name__}")

        avatar_url = d.pop("avatar_url", UNSET)
        if not isinstance(avatar_url, Unset) and not (isinstance(avatar_url, str)):
            raise TypeError(f"avatar_url: expected a string, got {type(avatar_url).__name__}")

        marketplace_user = cls(
            id=id,
            username=username,
            resource_url=resource_url,
            avatar_url=avatar_url,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        marketplace_user.additional_properties = additional_properties
        return marketplace_user

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
