from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Track")

# The keys this model reads; any other key of the JSON object is kept in additional_properties.
_KNOWN: frozenset[str] = frozenset(
    (
        "position",
        "type_",
        "title",
        "duration",
        "artists",
        "extraartists",
        "sub_tracks",
    )
)


@_attrs_define
class Track:
    """One entry of a tracklist; `type_` is `track`, `heading` or `index` (index tracks list their parts in `sub_tracks`).

    Attributes:
        position (str | Unset): The position as printed (e.g. `A1`, `2`); "" for headings.
        type_ (str | Unset):
        title (str | Unset):
        duration (str | Unset): The length as printed (e.g. `3:32`), or "".
        artists (list[ReleaseArtist] | Unset): Track artists when they differ from the release's.
        extraartists (list[ReleaseArtist] | Unset): Credits for this track only.
        sub_tracks (list[Track] | Unset): The parts of an index track.
    """

    position: str | Unset = UNSET
    type_: str | Unset = UNSET
    title: str | Unset = UNSET
    duration: str | Unset = UNSET
    artists: list[ReleaseArtist] | Unset = UNSET
    extraartists: list[ReleaseArtist] | Unset = UNSET
    sub_tracks: list[Track] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.position is not UNSET:
            field_dict["position"] = self.position
        if self.type_ is not UNSET:
            field_dict["type_"] = self.type_
        if self.title is not UNSET:
            field_dict["title"] = self.title
        if self.duration is not UNSET:
            field_dict["duration"] = self.duration
        if not isinstance(self.artists, Unset):
            field_dict["artists"] = [artists_item_data.to_dict() for artists_item_data in self.artists]
        if not isinstance(self.extraartists, Unset):
            field_dict["extraartists"] = [
                extraartists_item_data.to_dict() for extraartists_item_data in self.extraartists
            ]
        if not isinstance(self.sub_tracks, Unset):
            field_dict["sub_tracks"] = [sub_tracks_item_data.to_dict() for sub_tracks_item_data in self.sub_tracks]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"Track: expected an object, got {type(src_dict).__name__}")
        d = src_dict
        position = d.get("position", UNSET)
        if type(position) is not str and position is not UNSET and not (isinstance(position, str)):
            raise TypeError(f"position: expected a string, got {type(position).__name__}")

        type_ = d.get("type_", UNSET)
        if type(type_) is not str and type_ is not UNSET and not (isinstance(type_, str)):
            raise TypeError(f"type_: expected a string, got {type(type_).__name__}")

        title = d.get("title", UNSET)
        if type(title) is not str and title is not UNSET and not (isinstance(title, str)):
            raise TypeError(f"title: expected a string, got {type(title).__name__}")

        duration = d.get("duration", UNSET)
        if type(duration) is not str and duration is not UNSET and not (isinstance(duration, str)):
            raise TypeError(f"duration: expected a string, got {type(duration).__name__}")

        _artists = d.get("artists", UNSET)
        artists: list[ReleaseArtist] | Unset = UNSET
        if _artists is not UNSET:
            if type(_artists) is not list and not isinstance(_artists, list):
                raise TypeError(f"artists: expected an array, got {type(_artists).__name__}")
            artists = list(map(ReleaseArtist.from_dict, _artists))

        _extraartists = d.get("extraartists", UNSET)
        extraartists: list[ReleaseArtist] | Unset = UNSET
        if _extraartists is not UNSET:
            if type(_extraartists) is not list and not isinstance(_extraartists, list):
                raise TypeError(f"extraartists: expected an array, got {type(_extraartists).__name__}")
            extraartists = list(map(ReleaseArtist.from_dict, _extraartists))

        _sub_tracks = d.get("sub_tracks", UNSET)
        sub_tracks: list[Track] | Unset = UNSET
        if _sub_tracks is not UNSET:
            if type(_sub_tracks) is not list and not isinstance(_sub_tracks, list):
                raise TypeError(f"sub_tracks: expected an array, got {type(_sub_tracks).__name__}")
            sub_tracks = list(map(Track.from_dict, _sub_tracks))

        # Positional, in the order the class declares its fields (the two loops above): a call with keywords
        # matches each name against every parameter, which costs more than reading the fields for a big model.
        track = cls(
            position,
            type_,
            title,
            duration,
            artists,
            extraartists,
            sub_tracks,
        )
        if not _KNOWN.issuperset(d):
            track.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN}
        return track

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


# After the class: a model that refers back to this one finds it defined.
from ..models.release_artist import ReleaseArtist
