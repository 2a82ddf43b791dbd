from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MasterVersion")

# The keys this model reads; any other key of the JSON object is kept in additional_properties.
_KNOWN: frozenset[str] = frozenset(
    (
        "id",
        "title",
        "label",
        "country",
        "format",
        "major_formats",
        "catno",
        "released",
        "status",
        "thumb",
        "resource_url",
        "stats",
    )
)


@_attrs_define
class MasterVersion:
    """One release listed among a master's versions; `format`, `label` and `released` are plain strings.

    Attributes:
        id (int):
        title (str | Unset):
        label (str | Unset):
        country (str | Unset):
        format_ (str | Unset): The formats joined with commas (e.g. `12", 33 ⅓ RPM`).
        major_formats (list[str] | Unset):
        catno (str | Unset):
        released (str | Unset): The release year or date as entered; may be "".
        status (str | Unset):
        thumb (str | Unset):
        resource_url (str | Unset):
        stats (DatabaseItemStats | Unset): Collection and wantlist counts of a list item, for the whole community and
            (when authenticated) for the caller.
    """

    id: int
    title: str | Unset = UNSET
    label: str | Unset = UNSET
    country: str | Unset = UNSET
    format_: str | Unset = UNSET
    major_formats: list[str] | Unset = UNSET
    catno: str | Unset = UNSET
    released: str | Unset = UNSET
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
        if self.label is not UNSET:
            field_dict["label"] = self.label
        if self.country is not UNSET:
            field_dict["country"] = self.country
        if self.format_ is not UNSET:
            field_dict["format"] = self.format_
        if not isinstance(self.major_formats, Unset):
            field_dict["major_formats"] = self.major_formats
        if self.catno is not UNSET:
            field_dict["catno"] = self.catno
        if self.released is not UNSET:
            field_dict["released"] = self.released
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
            raise TypeError(f"MasterVersion: expected an object, got {type(src_dict).__name__}")
        d = src_dict
        id = d["id"]
        if type(id) is not int and not (isinstance(id, int) and not isinstance(id, bool)):
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        title = d.get("title", UNSET)
        if type(title) is not str and title is not UNSET and not (isinstance(title, str)):
            raise TypeError(f"title: expected a string, got {type(title).__name__}")

        label = d.get("label", UNSET)
        if type(label) is not str and label is not UNSET and not (isinstance(label, str)):
            raise TypeError(f"label: expected a string, got {type(label).__name__}")

        country = d.get("country", UNSET)
        if type(country) is not str and country is not UNSET and not (isinstance(country, str)):
            raise TypeError(f"country: expected a string, got {type(country).__name__}")

        format_ = d.get("format", UNSET)
        if type(format_) is not str and format_ is not UNSET and not (isinstance(format_, str)):
            raise TypeError(f"format: expected a string, got {type(format_).__name__}")

        _major_formats = d.get("major_formats", UNSET)
        major_formats: list[str] | Unset = UNSET
        if _major_formats is not UNSET:
            if type(_major_formats) is not list and not isinstance(_major_formats, list):
                raise TypeError(f"major_formats: expected an array, got {type(_major_formats).__name__}")
            for major_formats_item_data in _major_formats:
                major_formats_item = major_formats_item_data
                if type(major_formats_item) is not str and not (isinstance(major_formats_item, str)):
                    raise TypeError(f"major_formats_item: expected a string, got {type(major_formats_item).__name__}")

            major_formats = list(_major_formats)

        catno = d.get("catno", UNSET)
        if type(catno) is not str and catno is not UNSET and not (isinstance(catno, str)):
            raise TypeError(f"catno: expected a string, got {type(catno).__name__}")

        released = d.get("released", UNSET)
        if type(released) is not str and released is not UNSET and not (isinstance(released, str)):
            raise TypeError(f"released: expected a string, got {type(released).__name__}")

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
        master_version = cls(
            id,
            title,
            label,
            country,
            format_,
            major_formats,
            catno,
            released,
            status,
            thumb,
            resource_url,
            stats,
        )
        if not _KNOWN.issuperset(d):
            master_version.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN}
        return master_version

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
