from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.release_artist import ReleaseArtist


T = TypeVar("T", bound="Track")


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
        position = self.position

        type_ = self.type_

        title = self.title

        duration = self.duration

        artists: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.artists, Unset):
            artists = []
            for artists_item_data in self.artists:
                artists_item = artists_item_data.to_dict()
                artists.append(artists_item)

        extraartists: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.extraartists, Unset):
            extraartists = []
            for extraartists_item_data in self.extraartists:
                extraartists_item = extraartists_item_data.to_dict()
                extraartists.append(extraartists_item)

        sub_tracks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sub_tracks, Unset):
            sub_tracks = []
            for sub_tracks_item_data in self.sub_tracks:
                sub_tracks_item = sub_tracks_item_data.to_dict()
                sub_tracks.append(sub_tracks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if position is not UNSET:
            field_dict["position"] = position
        if type_ is not UNSET:
            field_dict["type_"] = type_
        if title is not UNSET:
            field_dict["title"] = title
        if duration is not UNSET:
            field_dict["duration"] = duration
        if artists is not UNSET:
            field_dict["artists"] = artists
        if extraartists is not UNSET:
            field_dict["extraartists"] = extraartists
        if sub_tracks is not UNSET:
            field_dict["sub_tracks"] = sub_tracks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.release_artist import ReleaseArtist  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(f"Track: expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        position = d.pop("position", UNSET)
        if not isinstance(position, Unset) and not (isinstance(position, str)):
            raise TypeError(f"position: expected a string, got {type(position).__name__}")

        type_ = d.pop("type_", UNSET)
        if not isinstance(type_, Unset) and not (isinstance(type_, str)):
            raise TypeError(f"type_: expected a string, got {type(type_).__name__}")

        title = d.pop("title", UNSET)
        if not isinstance(title, Unset) and not (isinstance(title, str)):
            raise TypeError(f"title: expected a string, got {type(title).__name__}")

        duration = d.pop("duration", UNSET)
        if not isinstance(duration, Unset) and not (isinstance(duration, str)):
            raise TypeError(f"duration: expected a string, got {type(duration).__name__}")

        _artists = d.pop("artists", UNSET)
        artists: list[ReleaseArtist] | Unset = UNSET
        if not isinstance(_artists, Unset):
            if not isinstance(_artists, list):
                raise TypeError(f"artists: expected an array, got {type(_artists).__name__}")
            artists = []
            for artists_item_data in _artists:
                artists_item = ReleaseArtist.from_dict(artists_item_data)

                artists.append(artists_item)

        _extraartists = d.pop("extraartists", UNSET)
        extraartists: list[ReleaseArtist] | Unset = UNSET
        if not isinstance(_extraartists, Unset):
            if not isinstance(_extraartists, list):
                raise TypeError(f"extraartists: expected an array, got {type(_extraartists).__name__}")
            extraartists = []
            for extraartists_item_data in _extraartists:
                extraartists_item = ReleaseArtist.from_dict(extraartists_item_data)

                extraartists.append(extraartists_item)

        _sub_tracks = d.pop("sub_tracks", UNSET)
        sub_tracks: list[Track] | Unset = UNSET
        if not isinstance(_sub_tracks, Unset):
            if not isinstance(_sub_tracks, list):
                raise TypeError(f"sub_tracks: expected an array, got {type(_sub_tracks).__name__}")
            sub_tracks = []
            for sub_tracks_item_data in _sub_tracks:
                sub_tracks_item = Track.from_dict(sub_tracks_item_data)

                sub_tracks.append(sub_tracks_item)

        track = cls(
            position=position,
            type_=type_,
            title=title,
            duration=duration,
            artists=artists,
            extraartists=extraartists,
            sub_tracks=sub_tracks,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        track.additional_properties = additional_properties
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
