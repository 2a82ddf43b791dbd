from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RelatedArtist")


@_attrs_define
class RelatedArtist:
    """An artist linked to another one, as a member, a group or an alias.

    Attributes:
        id (int):
        name (str | Unset):
        resource_url (str | Unset):
        active (bool | Unset): Whether the membership is current (members and groups only; aliases have no such key).
        thumbnail_url (str | Unset): A small image of the artist (undocumented).
    """

    id: int
    name: str | Unset = UNSET
    resource_url: str | Unset = UNSET
    active: bool | Unset = UNSET
    thumbnail_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        resource_url = self.resource_url

        active = self.active

        thumbnail_url = self.thumbnail_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if resource_url is not UNSET:
            field_dict["resource_url"] = resource_url
        if active is not UNSET:
            field_dict["active"] = active
        if thumbnail_url is not UNSET:
            field_dict["thumbnail_url"] = thumbnail_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"RelatedArtist: expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        id = d.pop("id")
        if not (isinstance(id, int) and not isinstance(id, bool)):
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        name = d.pop("name", UNSET)
        if not isinstance(name, Unset) and not (isinstance(name, str)):
            raise TypeError(f"name: expected a string, got {type(name).__name__}")

        resource_url = d.pop("resource_url", UNSET)
        if not isinstance(resource_url, Unset) and not (isinstance(resource_url, str)):
            raise TypeError(f"resource_url: expected a string, got {type(resource_url).__name__}")

        active = d.pop("active", UNSET)
        if not isinstance(active, Unset) and not (isinstance(active, bool)):
            raise TypeError(f"active: expected a boolean, got {type(active).__name__}")

        thumbnail_url = d.pop("thumbnail_url", UNSET)
        if not isinstance(thumbnail_url, Unset) and not (isinstance(thumbnail_url, str)):
            raise TypeError(f"thumbnail_url: expected a string, got {type(thumbnail_url).__name__}")

        related_artist = cls(
            id=id,
            name=name,
            resource_url=resource_url,
            active=active,
            thumbnail_url=thumbnail_url,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        related_artist.additional_properties = additional_properties
        return related_artist

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
