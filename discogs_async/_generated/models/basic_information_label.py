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
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"BasicInformationLabel: expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if not isinstance(id, Unset) and not (isinstance(id, int) and not isinstance(id, bool)):
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        name = d.pop("name", UNSET)
        if not isinstance(name, Unset) and not (isinstance(name, str)):
            raise TypeError(f"name: expected a string, got {type(name).__name__}")

        catno = d.pop("catno", UNSET)
        if not isinstance(catno, Unset) and not (isinstance(catno, str)):
            raise TypeError(f"catno: expected a string, got {type(catno).__name__}")

        entity_type = d.pop("entity_type", UNSET)
        if not isinstance(entity_type, Unset) and not (isinstance(entity_type, str)):
            raise TypeError(f"entity_type: expected a string, got {type(entity_type).__name__}")

        entity_type_name = d.pop("entity_type_name", UNSET)
        if not isinstance(entity_type_name, Unset) and not (isinstance(entity_type_name, str)):
            raise TypeError(f"entity_type_name: expected a string, got {type(entity_type_name).__name__}")

        resource_url = d.pop("resource_url", UNSET)
        if not isinstance(resource_url, Unset) and not (isinstance(resource_url, str)):
            raise TypeError(f"resource_url: expected a string, got {type(resource_url).__name__}")

        basic_information_label = cls(
            id=id,
            name=name,
            catno=catno,
            entity_type=entity_type,
            entity_type_name=entity_type_name,
            resource_url=resource_url,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        basic_information_label.additional_properties = additional_properties
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
