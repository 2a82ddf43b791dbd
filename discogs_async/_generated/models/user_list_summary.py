from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserListSummary")

# The keys this model reads; any other key of the JSON object is kept in additional_properties.
_KNOWN: frozenset[str] = frozenset(
    (
        "id",
        "name",
        "description",
        "public",
        "date_added",
        "date_changed",
        "uri",
        "resource_url",
        "image_url",
    )
)


@_attrs_define
class UserListSummary:
    """A list as a user's list of lists shows it, without its items.

    Attributes:
        id (int):
        name (str | Unset):
        description (str | Unset):
        public (bool | Unset):
        date_added (str | Unset): When the list was made, an ISO 8601 timestamp with offset.
        date_changed (str | Unset): When the list last changed, an ISO 8601 timestamp with offset.
        uri (str | Unset): The list on the website.
        resource_url (str | Unset):
        image_url (str | Unset):
    """

    id: int
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    public: bool | Unset = UNSET
    date_added: str | Unset = UNSET
    date_changed: str | Unset = UNSET
    uri: str | Unset = UNSET
    resource_url: str | Unset = UNSET
    image_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.description is not UNSET:
            field_dict["description"] = self.description
        if self.public is not UNSET:
            field_dict["public"] = self.public
        if self.date_added is not UNSET:
            field_dict["date_added"] = self.date_added
        if self.date_changed is not UNSET:
            field_dict["date_changed"] = self.date_changed
        if self.uri is not UNSET:
            field_dict["uri"] = self.uri
        if self.resource_url is not UNSET:
            field_dict["resource_url"] = self.resource_url
        if self.image_url is not UNSET:
            field_dict["image_url"] = self.image_url
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"UserListSummary: expected an object, got {type(src_dict).__name__}")
        d = src_dict
        id = d["id"]
        if type(id) is not int and not (isinstance(id, int) and not isinstance(id, bool)):
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        name = d.get("name", UNSET)
        if type(name) is not str and name is not UNSET and not (isinstance(name, str)):
            raise TypeError(f"name: expected a string, got {type(name).__name__}")

        description = d.get("description", UNSET)
        if type(description) is not str and description is not UNSET and not (isinstance(description, str)):
            raise TypeError(f"description: expected a string, got {type(description).__name__}")

        public = d.get("public", UNSET)
        if type(public) is not bool and public is not UNSET and not (isinstance(public, bool)):
            raise TypeError(f"public: expected a boolean, got {type(public).__name__}")

        date_added = d.get("date_added", UNSET)
        if type(date_added) is not str and date_added is not UNSET and not (isinstance(date_added, str)):
            raise TypeError(f"date_added: expected a string, got {type(date_added).__name__}")

        date_changed = d.get("date_changed", UNSET)
        if type(date_changed) is not str and date_changed is not UNSET and not (isinstance(date_changed, str)):
            raise TypeError(f"date_changed: expected a string, got {type(date_changed).__name__}")

        uri = d.get("uri", UNSET)
        if type(uri) is not str and uri is not UNSET and not (isinstance(uri, str)):
            raise TypeError(f"uri: expected a string, got {type(uri).__name__}")

        resource_url = d.get("resource_url", UNSET)
        if type(resource_url) is not str and resource_url is not UNSET and not (isinstance(resource_url, str)):
            raise TypeError(f"resource_url: expected a string, got {type(resource_url).__name__}")

        image_url = d.get("image_url", UNSET)
        if type(image_url) is not str and image_url is not UNSET and not (isinstance(image_url, str)):
            raise TypeError(f"image_url: expected a string, got {type(image_url).__name__}")

        # Positional, in the order the class declares its fields (the two loops above): a call with keywords
        # matches each name against every parameter, which costs more than reading the fields for a big model.
        user_list_summary = cls(
            id,
            name,
            description,
            public,
            date_added,
            date_changed,
            uri,
            resource_url,
            image_url,
        )
        if not _KNOWN.issuperset(d):
            user_list_summary.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN}
        return user_list_summary

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
