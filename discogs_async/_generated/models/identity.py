from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Identity")


@_attrs_define
class Identity:
    """Who the credentials belong to.

    Attributes:
        id (int):
        username (str):
        resource_url (str | Unset): The user's profile in the API.
        consumer_name (str | Unset): The name of the application that holds the credentials.
    """

    id: int
    username: str
    resource_url: str | Unset = UNSET
    consumer_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        username = self.username

        resource_url = self.resource_url

        consumer_name = self.consumer_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "username": username,
            }
        )
        if resource_url is not UNSET:
            field_dict["resource_url"] = resource_url
        if consumer_name is not UNSET:
            field_dict["consumer_name"] = consumer_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"Identity: expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        id = d.pop("id")
        if not (isinstance(id, int) and not isinstance(id, bool)):
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        username = d.pop("username")
        if not (isinstance(username, str)):
            raise TypeError(f"username: expected a string, got {type(username).__name__}")

        resource_url = d.pop("resource_url", UNSET)
        if not isinstance(resource_url, Unset) and not (isinstance(resource_url, str)):
            raise TypeError(f"resource_url: expected a string, got {type(resource_url).__name__}")

        consumer_name = d.pop("consumer_name", UNSET)
        if not isinstance(consumer_name, Unset) and not (isinstance(consumer_name, str)):
            raise TypeError(f"consumer_name: expected a string, got {type(consumer_name).__name__}")

        identity = cls(
            id=id,
            username=username,
            resource_url=resource_url,
            consumer_name=consumer_name,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        identity.additional_properties = additional_properties
        return identity

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
