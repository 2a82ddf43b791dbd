from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BasicInformationLabel")


@_attrs_define
class BasicInformationLabel:
    """A label of a release, in short release data.

    Attributes:
        id (int | Unset):
        name (str | Unset):
        catno (str | Unset):
        entity_type (str | Unset): The kind of entity as a numeric string ("1"), or empty.
        entity_type_name (str | Unset):
        resource_url (str | Unset):
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    catno: str | Unset = UNSET
    entity_type: str | Unset = UNSET
    entity_type_name: str | Unset = UNSET
    resource_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        catno = self.catno

        entity_type = self.entity_type

        entity_type_name = self.entity_type_name

        resource_url = self.resource_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        catno = d.pop("catno", UNSET)

        entity_type = d.pop("entity_type", UNSET)

        entity_type_name = d.pop("entity_type_name", UNSET)

        resource_url = d.pop("resource_url", UNSET)

        basic_information_label = cls(
            id=id,
            name=name,
            catno=catno,
            entity_type=entity_type,
            entity_type_name=entity_type_name,
            resource_url=resource_url,
        )

        basic_information_label.additional_properties = d
        return basic_information_label

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
