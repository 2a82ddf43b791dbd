from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.database_item_stats import DatabaseItemStats


T = TypeVar("T", bound="MasterVersion")


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
        id = self.id

        title = self.title

        label = self.label

        country = self.country

        format_ = self.format_

        major_formats: list[str] | Unset = UNSET
        if not isinstance(self.major_formats, Unset):
            major_formats = self.major_formats

        catno = self.catno

        released = self.released

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
        if label is not UNSET:
            field_dict["label"] = label
        if country is not UNSET:
            field_dict["country"] = country
        if format_ is not UNSET:
            field_dict["format"] = format_
        if major_formats is not UNSET:
            field_dict["major_formats"] = major_formats
        if catno is not UNSET:
            field_dict["catno"] = catno
        if released is not UNSET:
            field_dict["released"] = released
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
            raise TypeError(f"MasterVersion: expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        id = d.pop("id")
        if not (isinstance(id, int) and not isinstance(id, bool)):
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        title = d.pop("title", UNSET)
        if not isinstance(title, Unset) and not (isinstance(title, str)):
            raise TypeError(f"title: expected a string, got {type(title).__name__}")

        label = d.pop("label", UNSET)
        if not isinstance(label, Unset) and not (isinstance(label, str)):
            raise TypeError(f"label: expected a string, got {type(label).__name__}")

        country = d.pop("country", UNSET)
        if not isinstance(country, Unset) and not (isinstance(country, str)):
            raise TypeError(f"country: expected a string, got {type(country).__name__}")

        format_ = d.pop("format", UNSET)
        if not isinstance(format_, Unset) and not (isinstance(format_, str)):
            raise TypeError(f"format: expected a string, got {type(format_).__name__}")

        _major_formats = d.pop("major_formats", UNSET)
        major_formats: list[str] | Unset = UNSET
        if not isinstance(_major_formats, Unset):
            if not isinstance(_major_formats, list):
                raise TypeError(f"major_formats: expected an array, got {type(_major_formats).__name__}")
            major_formats = []
            for major_formats_item_data in _major_formats:
                major_formats_item = major_formats_item_data
                if not (isinstance(major_formats_item, str)):
                    raise TypeError(f"major_formats_item: expected a string, got {type(major_formats_item).__name__}")

                major_formats.append(major_formats_item)

        catno = d.pop("catno", UNSET)
        if not isinstance(catno, Unset) and not (isinstance(catno, str)):
            raise TypeError(f"catno: expected a string, got {type(catno).__name__}")

        released = d.pop("released", UNSET)
        if not isinstance(released, Unset) and not (isinstance(released, str)):
            raise TypeError(f"released: expected a string, got {type(released).__name__}")

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

        master_version = cls(
            id=id,
            title=title,
            label=label,
            country=country,
            format_=format_,
            major_formats=major_formats,
            catno=catno,
            released=released,
            status=status,
            thumb=thumb,
            resource_url=resource_url,
            stats=stats,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        master_version.additional_properties = additional_properties
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
