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
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"ReleaseArtist: expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        id = d.pop("id")
        if not (isinstance(id, int) and not isinstance(id, bool)):
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        name = d.pop("name", UNSET)
        if not isinstance(name, Unset) and not (isinstance(name, str)):
            raise TypeError(f"name: expected a string, got {type(name).__name__}")

        anv = d.pop("anv", UNSET)
        if not isinstance(anv, Unset) and not (isinstance(anv, str)):
            raise TypeError(f"anv: expected a string, got {type(anv).__name__}")

        join = d.pop("join", UNSET)
        if not isinstance(join, Unset) and not (isinstance(join, str)):
            raise TypeError(f"join: expected a string, got {type(join).__name__}")

        role = d.pop("role", UNSET)
        if not isinstance(role, Unset) and not (isinstance(role, str)):
            raise TypeError(f"role: expected a string, got {type(role).__name__}")

        tracks = d.pop("tracks", UNSET)
        if not isinstance(tracks, Unset) and not (isinstance(tracks, str)):
            raise TypeError(f"tracks: expected a string, got {type(tracks).__name__}")

        resource_url = d.pop("resource_url", UNSET)
        if not isinstance(resource_url, Unset) and not (isinstance(resource_url, str)):
            raise TypeError(f"resource_url: expected a string, got {type(resource_url).__name__}")

        thumbnail_url = d.pop("thumbnail_url", UNSET)
        if not isinstance(thumbnail_url, Unset) and not (isinstance(thumbnail_url, str)):
            raise TypeError(f"thumbnail_url: expected a string, got {type(thumbnail_url).__name__}")

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

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        release_artist.additional_properties = additional_properties
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
