from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReleaseLabel")


@_attrs_define
class ReleaseLabel:
    """A label, company or series credited on a release. The same object is used in `labels`, `companies` and
    `series`; `entity_type` tells which kind of credit it is.

        Attributes:
            id (int):
            name (str | Unset):
            catno (str | Unset): The catalog number under this label ("" when none).
            entity_type (str | Unset): The credit kind, as a numeric string (e.g. `"1"` label, `"13"` phonographic
                copyright).
            entity_type_name (str | Unset): The credit kind in words (e.g. `Mastered At`).
            resource_url (str | Unset):
            thumbnail_url (str | Unset): A small image of the label (not in the documentation).
    """

    id: int
    name: str | Unset = UNSET
    catno: str | Unset = UNSET
    entity_type: str | Unset = UNSET
    entity_type_name: str | Unset = UNSET
    resource_url: str | Unset = UNSET
    thumbnail_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        catno = self.catno

        entity_type = self.entity_type

        entity_type_name = self.entity_type_name

        resource_url = self.resource_url

        thumbnail_url = self.thumbnail_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if catno is not UNSET:
            field_dict["catno"] = catno
        if entity_type is not UNSET:
            field_dict["entity_type"] = entity_type
        if entity_type_name is not UNSET:
            field_dict["entity_type_name"] = entity_type_name
        if resource_url is not UNSET:
            field_dict["resource_url"] = resource_url
        if thumbnail_url is not UNSET:
            field_dict["thumbnail_url"] = thumbnail_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        catno = d.pop("catno", UNSET)

        entity_type = d.pop("entity_type", UNSET)

        entity_type_name = d.pop("entity_type_name", UNSET)

        resource_url = d.pop("resource_url", UNSET)

        thumbnail_url = d.pop("thumbnail_url", UNSET)

        release_label = cls(
            id=id,
            name=name,
            catno=catno,
            entity_type=entity_type,
            entity_type_name=entity_type_name,
            resource_url=resource_url,
            thumbnail_url=thumbnail_url,
        )

        release_label.additional_properties = d
        return release_label

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
