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

        if not isinstance(src_dict, Mapping):
            raise TypeError(f"ArtistRelease: expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        id = d.pop("id")
        if not (isinstance(id, int) and not isinstance(id, bool)):
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        _type_ = d.pop("type", UNSET)
        type_: ArtistReleaseType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ArtistReleaseType(_type_)

        main_release = d.pop("main_release", UNSET)
        if not isinstance(main_release, Unset) and not (
            isinstance(main_release, int) and not isinstance(main_release, bool)
        ):
            raise TypeError(f"main_release: expected an integer, got {type(main_release).__name__}")

        title = d.pop("title", UNSET)
        if not isinstance(title, Unset) and not (isinstance(title, str)):
            raise TypeError(f"title: expected a string, got {type(title).__name__}")

        artist = d.pop("artist", UNSET)
        if not isinstance(artist, Unset) and not (isinstance(artist, str)):
            raise TypeError(f"artist: expected a string, got {type(artist).__name__}")

        role = d.pop("role", UNSET)
        if not isinstance(role, Unset) and not (isinstance(role, str)):
            raise TypeError(f"role: expected a string, got {type(role).__name__}")

        trackinfo = d.pop("trackinfo", UNSET)
        if not isinstance(trackinfo, Unset) and not (isinstance(trackinfo, str)):
            raise TypeError(f"trackinfo: expected a string, got {type(trackinfo).__name__}")

        year = d.pop("year", UNSET)
        if not isinstance(year, Unset) and not (isinstance(year, int) and not isinstance(year, bool)):
            raise TypeError(f"year: expected an integer, got {type(year).__name__}")

        format_ = d.pop("format", UNSET)
        if not isinstance(format_, Unset) and not (isinstance(format_, str)):
            raise TypeError(f"format: expected a string, got {type(format_).__name__}")

        label = d.pop("label", UNSET)
        if not isinstance(label, Unset) and not (isinstance(label, str)):
            raise TypeError(f"label: expected a string, got {type(label).__name__}")

        status = d.pop("status", UNSET)
        if not isinstance(status, Unset) and not (isinstance(status, str)):
            raise TypeError(f"status: expected a string, got {type(status).__name__}")

        thumb = d.pop("thumb", UNSET)
        if not isinstance(thumb, Unset) and not (isinstance(thumb, str)):
            raise TypeError(f"thumb: expected a string, got {type(thumb).__name__}")

        resource_url = d.pop("resource_url", UNSET)
        if not isinstance(resource_url, Unset) and not (isinstance(resource_url, str)):
            raise TypeError(f"resource_url: expected a string, got {type(resource_url).__name__}")

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

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        artist_release.additional_properties = additional_properties
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
