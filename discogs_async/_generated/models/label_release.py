from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LabelRelease")

# The keys this model reads; any other key of the JSON object is kept in additional_properties.
_KNOWN: frozenset[str] = frozenset(
    (
        "id",
        "title",
        "artist",
        "catno",
        "format",
        "year",
        "status",
        "thumb",
        "resource_url",
        "stats",
    )
)


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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        if self.title is not UNSET:
            field_dict["title"] = self.title
        if self.artist is not UNSET:
            field_dict["artist"] = self.artist
        if self.catno is not UNSET:
            field_dict["catno"] = self.catno
        if self.format_ is not UNSET:
            field_dict["format"] = self.format_
        if self.year is not UNSET:
            field_dict["year"] = self.year
        if self.status is not UNSET:
            field_dict["status"] = self.status
        if self.thumb is not UNSET:
            field_dict["thumb"] = self.thumb
        if self.resource_url is not UNSET:
            field_dict["resource_url"] = self.resource_url
        if not isinstance(self.stats, Unset):
            field_dict["stats"] = self.stats.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"LabelRelease: expected an object, got {type(src_dict).__name__}")
        d = src_dict
        id = d["id"]
        if type(id) is not int and not (isinstance(id, int) and not isinstance(id, bool)):
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        title = d.get("title", UNSET)
        if type(title) is not str and title is not UNSET and not (isinstance(title, str)):
            raise TypeError(f"title: expected a string, got {type(title).__name__}")

        artist = d.get("artist", UNSET)
        if type(artist) is not str and artist is not UNSET and not (isinstance(artist, str)):
            raise TypeError(f"artist: expected a string, got {type(artist).__name__}")

        catno = d.get("catno", UNSET)
        if type(catno) is not str and catno is not UNSET and not (isinstance(catno, str)):
            raise TypeError(f"catno: expected a string, got {type(catno).__name__}")

        format_ = d.get("format", UNSET)
        if type(format_) is not str and format_ is not UNSET and not (isinstance(format_, str)):
            raise TypeError(f"format: expected a string, got {type(format_).__name__}")

        year = d.get("year", UNSET)
        if type(year) is not int and year is not UNSET and not (isinstance(year, int) and not isinstance(year, bool)):
            raise TypeError(f"year: expected an integer, got {type(year).__name__}")

        status = d.get("status", UNSET)
        if type(status) is not str and status is not UNSET and not (isinstance(status, str)):
            raise TypeError(f"status: expected a string, got {type(status).__name__}")

        thumb = d.get("thumb", UNSET)
        if type(thumb) is not str and thumb is not UNSET and not (isinstance(thumb, str)):
            raise TypeError(f"thumb: expected a string, got {type(thumb).__name__}")

        resource_url = d.get("resource_url", UNSET)
        if type(resource_url) is not str and resource_url is not UNSET and not (isinstance(resource_url, str)):
            raise TypeError(f"resource_url: expected a string, got {type(resource_url).__name__}")

        _stats = d.get("stats", UNSET)
        stats: DatabaseItemStats | Unset = UNSET if _stats is UNSET else DatabaseItemStats.from_dict(_stats)

        # Positional, in the order the class declares its fields (the two loops above): a call with keywords
        # matches each name against every parameter, which costs more than reading the fields for a big model.
        label_release = cls(
            id,
            title,
            artist,
            catno,
            format_,
            year,
            status,
            thumb,
            resource_url,
            stats,
        )
        if not _KNOWN.issuperset(d):
            label_release.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN}
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


# After the class: a model that refers back to this one finds it defined.
from ..models.database_item_stats import DatabaseItemStats
