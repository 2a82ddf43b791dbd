from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.database_item_stats import DatabaseItemStats


T = TypeVar("T", bound="LabelRelease")


@_attrs_define
class LabelRelease:
    """One item of a label's releases.

    Attributes:
        id (int):
        title (str | Unset):
        artist (str | Unset):
        catno (str | Unset):
        format_ (str | Unset): The formats joined with commas (e.g. `CD, Mixed`).
        year (int | Unset):
        status (str | Unset):
        thumb (str | Unset):
        resource_url (str | Unset):
        stats (DatabaseItemStats | Unset): Collection and wantlist counts of a list item, for the whole community and
            (when authenticated) for the caller.
    """

    id: int
    title: str | Unset = UNSET
    artist: str | Unset = UNSET
    catno: str | Unset = UNSET
    format_: str | Unset = UNSET
    year: int | Unset = UNSET
    status: str | Unset = UNSET
    thumb: str | Unset = UNSET
    resource_url: str | Unset = UNSET
    stats: DatabaseItemStats | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        artist = self.artist

        catno = self.catno

        format_ = self.format_

        year = self.year

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
        if title is not UNSET:
            field_dict["title"] = title
        if artist is not UNSET:
            field_dict["artist"] = artist
        if catno is not UNSET:
            field_dict["catno"] = catno
        if format_ is not UNSET:
            field_dict["format"] = format_
        if year is not UNSET:
            field_dict["year"] = year
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
            raise TypeError(f"LabelRelease: expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        id = d.pop("id")
        if not (isinstance(id, int) and not isinstance(id, bool)):
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        title = d.pop("title", UNSET)
        if not isinstance(title, Unset) and not (isinstance(title, str)):
            raise TypeError(f"title: expected a string, got {type(title).__name__}")

        artist = d.pop("artist", UNSET)
        if not isinstance(artist, Unset) and not (isinstance(artist, str)):
            raise TypeError(f"artist: expected a string, got {type(artist).__name__}")

        catno = d.pop("catno", UNSET)
        if not isinstance(catno, Unset) and not (isinstance(catno, str)):
            raise TypeError(f"catno: expected a string, got {type(catno).__name__}")

        format_ = d.pop("format", UNSET)
        if not isinstance(format_, Unset) and not (isinstance(format_, str)):
            raise TypeError(f"format: expected a string, got {type(format_).__name__}")

        year = d.pop("year", UNSET)
        if not isinstance(year, Unset) and not (isinstance(year, int) and not isinstance(year, bool)):
            raise TypeError(f"year: expected an integer, got {type(year).__name__}")

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

        label_release = cls(
            id=id,
            title=title,
            artist=artist,
            catno=catno,
            format_=format_,
            year=year,
            status=status,
            thumb=thumb,
            resource_url=resource_url,
            stats=stats,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        label_release.additional_properties = additional_properties
        return label_release

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
