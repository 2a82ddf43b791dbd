from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReleaseArtist")


@_attrs_define
class ReleaseArtist:
    """An artist credit on a release, master or track (main artists and extra artists alike).

    Attributes:
        id (int):
        name (str | Unset):
        anv (str | Unset): The artist name variation used on this release ("" when none).
        join (str | Unset): The text joining this credit to the next one (e.g. `&`, `Feat.`), or "".
        role (str | Unset): The role of an extra artist (e.g. `Producer, Written-By`); "" for main artists.
        tracks (str | Unset): The tracks an extra artist is credited on (e.g. `A1 to A3`), or "".
        resource_url (str | Unset):
        thumbnail_url (str | Unset): A small image of the artist (not in the documentation).
    """

    id: int
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
        field_dict.update(
            {
                "id": id,
            }
        )
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
        id = d.pop("id")

        name = d.pop("name", UNSET)

        anv = d.pop("anv", UNSET)

        join = d.pop("join", UNSET)

        role = d.pop("role", UNSET)

        tracks = d.pop("tracks", UNSET)

        resource_url = d.pop("resource_url", UNSET)

        thumbnail_url = d.pop("thumbnail_url", UNSET)

        release_artist = cls(
            id=id,
            name=name,
            anv=anv,
            join=join,
            role=role,
            tracks=tracks,
            resource_url=resource_url,
            thumbnail_url=thumbnail_url,
        )

        release_artist.additional_properties = d
        return release_artist

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
