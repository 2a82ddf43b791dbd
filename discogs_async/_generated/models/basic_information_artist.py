from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BasicInformationArtist")


@_attrs_define
class BasicInformationArtist:
    """An artist credited on a release, in short release data.

    Attributes:
        id (int | Unset):
        name (str | Unset):
        anv (str | Unset): The name variation used on the release.
        join (str | Unset):
        role (str | Unset):
        tracks (str | Unset):
        resource_url (str | Unset):
        thumbnail_url (str | Unset):
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    anv: str | Unset = UNSET
    join: str | Unset = UNSET
    role: str | Unset = UNSET
    tracks: str | Unset = UNSET
    resource_url: str | Unset = UNSET
    thumbnail_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        anv = self.anv

        join = self.join

        role = self.role

        tracks = self.tracks

        resource_url = self.resource_url

        thumbnail_url = self.thumbnail_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if anv is not UNSET:
            field_dict["anv"] = anv
        if join is not UNSET:
            field_dict["join"] = join
        if role is not UNSET:
            field_dict["role"] = role
        if tracks is not UNSET:
            field_dict["tracks"] = tracks
        if resource_url is not UNSET:
            field_dict["resource_url"] = resource_url
        if thumbnail_url is not UNSET:
            field_dict["thumbnail_url"] = thumbnail_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        anv = d.pop("anv", UNSET)

        join = d.pop("join", UNSET)

        role = d.pop("role", UNSET)

        tracks = d.pop("tracks", UNSET)

        resource_url = d.pop("resource_url", UNSET)

        thumbnail_url = d.pop("thumbnail_url", UNSET)

        basic_information_artist = cls(
            id=id,
            name=name,
            anv=anv,
            join=join,
            role=role,
            tracks=tracks,
            resource_url=resource_url,
            thumbnail_url=thumbnail_url,
        )

        basic_information_artist.additional_properties = d
        return basic_information_artist

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
