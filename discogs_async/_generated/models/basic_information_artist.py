from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BasicInformationArtist")

# The keys this model reads; any other key of the JSON object is kept in additional_properties.
_KNOWN: frozenset[str] = frozenset(
    (
        "id",
        "name",
        "anv",
        "join",
        "role",
        "tracks",
        "resource_url",
        "thumbnail_url",
    )
)


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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.id is not UNSET:
            field_dict["id"] = self.id
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.anv is not UNSET:
            field_dict["anv"] = self.anv
        if self.join is not UNSET:
            field_dict["join"] = self.join
        if self.role is not UNSET:
            field_dict["role"] = self.role
        if self.tracks is not UNSET:
            field_dict["tracks"] = self.tracks
        if self.resource_url is not UNSET:
            field_dict["resource_url"] = self.resource_url
        if self.thumbnail_url is not UNSET:
            field_dict["thumbnail_url"] = self.thumbnail_url
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"BasicInformationArtist: expected an object, got {type(src_dict).__name__}")
        d = src_dict
        id = d.get("id", UNSET)
        if type(id) is not int and id is not UNSET and not (isinstance(id, int) and not isinstance(id, bool)):
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        name = d.get("name", UNSET)
        if type(name) is not str and name is not UNSET and not (isinstance(name, str)):
            raise TypeError(f"name: expected a string, got {type(name).__name__}")

        anv = d.get("anv", UNSET)
        if type(anv) is not str and anv is not UNSET and not (isinstance(anv, str)):
            raise TypeError(f"anv: expected a string, got {type(anv).__name__}")

        join = d.get("join", UNSET)
        if type(join) is not str and join is not UNSET and not (isinstance(join, str)):
            raise TypeError(f"join: expected a string, got {type(join).__name__}")

        role = d.get("role", UNSET)
        if type(role) is not str and role is not UNSET and not (isinstance(role, str)):
            raise TypeError(f"role: expected a string, got {type(role).__name__}")

        tracks = d.get("tracks", UNSET)
        if type(tracks) is not str and tracks is not UNSET and not (isinstance(tracks, str)):
            raise TypeError(f"tracks: expected a string, got {type(tracks).__name__}")

        resource_url = d.get("resource_url", UNSET)
        if type(resource_url) is not str and resource_url is not UNSET and not (isinstance(resource_url, str)):
            raise TypeError(f"resource_url: expected a string, got {type(resource_url).__name__}")

        thumbnail_url = d.get("thumbnail_url", UNSET)
        if type(thumbnail_url) is not str and thumbnail_url is not UNSET and not (isinstance(thumbnail_url, str)):
            raise TypeError(f"thumbnail_url: expected a string, got {type(thumbnail_url).__name__}")

        # Positional, in the order the class declares its fields (the two loops above): a call with keywords
        # matches each name against every parameter, which costs more than reading the fields for a big model.
        basic_information_artist = cls(
            id,
            name,
            anv,
            join,
            role,
            tracks,
            resource_url,
            thumbnail_url,
        )
        if not _KNOWN.issuperset(d):
            basic_information_artist.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN
            }
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
