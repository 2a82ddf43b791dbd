from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.artist_release_type import ArtistReleaseType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.database_item_stats import DatabaseItemStats


T = TypeVar("T", bound="ArtistRelease")


@_attrs_define
class ArtistRelease:
    """One item of an artist's releases. Masters carry `main_release` and no `format`/`label`/`status`; releases
    carry `format`, `label` and `status`.

        Attributes:
            id (int):
            type_ (ArtistReleaseType | Unset): Whether an item of an artist's releases is a master or a single release.
            main_release (int | Unset): The main release of a master.
            title (str | Unset):
            artist (str | Unset):
            role (str | Unset): How the artist is credited (e.g. `Main`, `Remix`, `TrackAppearance`).
            trackinfo (str | Unset): The track the artist appears on, for appearances.
            year (int | Unset):
            format_ (str | Unset): The formats joined with commas (e.g. `CD, EP`).
            label (str | Unset):
            status (str | Unset):
            thumb (str | Unset):
            resource_url (str | Unset):
            stats (DatabaseItemStats | Unset): Collection and wantlist counts of a list item, for the whole community and
                (when authenticated) for the caller.
    """

    id: int
    type_: ArtistReleaseType | Unset = UNSET
    main_release: int | Unset = UNSET
    title: str | Unset = UNSET
    artist: str | Unset = UNSET
    role: str | Unset = UNSET
    trackinfo: str | Unset = UNSET
    year: int | Unset = UNSET
    format_: str | Unset = UNSET
    label: str | Unset = UNSET
    status: str | Unset = UNSET
    thumb: str | Unset = UNSET
    resource_url: str | Unset = UNSET
    stats: DatabaseItemStats | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        main_release = self.main_release

        title = self.title

        artist = self.artist

        role = self.role

        trackinfo = self.trackinfo

        year = self.year

        format_ = self.format_

        label = self.label

        status = self.status

        thumb = self.thumb

        resource_url = self.resource_url

        stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stats, Unset):
            stats = self.stats.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if main_release is not UNSET:
            field_dict["main_release"] = main_release
        if title is not UNSET:
            field_dict["title"] = title
        if artist is not UNSET:
            field_dict["artist"] = artist
        if role is not UNSET:
            field_dict["role"] = role
        if trackinfo is not UNSET:
            field_dict["trackinfo"] = trackinfo
        if year is not UNSET:
            field_dict["year"] = year
        if format_ is not UNSET:
            field_dict["format"] = format_
        if label is not UNSET:
            field_dict["label"] = label
        if status is not UNSET:
            field_dict["status"] = status
        if thumb is not UNSET:
            field_dict["thumb"] = thumb
        if resource_url is not UNSET:
            field_dict["resource_url"] = resource_url
        if stats is not UNSET:
            field_dict["stats"] = stats

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.database_item_stats import DatabaseItemStats  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        _type_ = d.pop("type", UNSET)
        type_: ArtistReleaseType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ArtistReleaseType(_type_)

        main_release = d.pop("main_release", UNSET)

        title = d.pop("title", UNSET)

        artist = d.pop("artist", UNSET)

        role = d.pop("role", UNSET)

        trackinfo = d.pop("trackinfo", UNSET)

        year = d.pop("year", UNSET)

        format_ = d.pop("format", UNSET)

        label = d.pop("label", UNSET)

        status = d.pop("status", UNSET)

        thumb = d.pop("thumb", UNSET)

        resource_url = d.pop("resource_url", UNSET)

        _stats = d.pop("stats", UNSET)
        stats: DatabaseItemStats | Unset
        if isinstance(_stats, Unset):
            stats = UNSET
        else:
            stats = DatabaseItemStats.from_dict(_stats)

        artist_release = cls(
            id=id,
            type_=type_,
            main_release=main_release,
            title=title,
            artist=artist,
            role=role,
            trackinfo=trackinfo,
            year=year,
            format_=format_,
            label=label,
            status=status,
            thumb=thumb,
            resource_url=resource_url,
            stats=stats,
        )

        artist_release.additional_properties = d
        return artist_release

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
