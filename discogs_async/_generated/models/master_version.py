from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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

        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title", UNSET)

        label = d.pop("label", UNSET)

        country = d.pop("country", UNSET)

        format_ = d.pop("format", UNSET)

        major_formats = cast(list[str], d.pop("major_formats", UNSET))

        catno = d.pop("catno", UNSET)

        released = d.pop("released", UNSET)

        status = d.pop("status", UNSET)

        thumb = d.pop("thumb", UNSET)

        resource_url = d.pop("resource_url", UNSET)

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

        master_version.additional_properties = d
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
