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
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        resource_url = d.pop("resource_url", UNSET)

        active = d.pop("active", UNSET)

        thumbnail_url = d.pop("thumbnail_url", UNSET)

        related_artist = cls(
            id=id,
            name=name,
            resource_url=resource_url,
            active=active,
            thumbnail_url=thumbnail_url,
        )

        related_artist.additional_properties = d
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
