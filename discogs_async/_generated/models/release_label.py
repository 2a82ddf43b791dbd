from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReleaseLabel")

# The keys this model reads; any other key of the JSON object is kept in additional_properties.
_KNOWN: frozenset[str] = frozenset(
    (
        "id",
        "name",
        "catno",
        "entity_type",
        "entity_type_name",
        "resource_url",
        "thumbnail_url",
    )
)


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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.catno is not UNSET:
            field_dict["catno"] = self.catno
        if self.entity_type is not UNSET:
            field_dict["entity_type"] = self.entity_type
        if self.entity_type_name is not UNSET:
            field_dict["entity_type_name"] = self.entity_type_name
        if self.resource_url is not UNSET:
            field_dict["resource_url"] = self.resource_url
        if self.thumbnail_url is not UNSET:
            field_dict["thumbnail_url"] = self.thumbnail_url
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"ReleaseLabel: expected an object, got {type(src_dict).__name__}")
        d = src_dict
        id = d["id"]
        if type(id) is not int and not (isinstance(id, int) and not isinstance(id, bool)):
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        name = d.get("name", UNSET)
        if type(name) is not str and name is not UNSET and not (isinstance(name, str)):
            raise TypeError(f"name: expected a string, got {type(name).__name__}")

        catno = d.get("catno", UNSET)
        if type(catno) is not str and catno is not UNSET and not (isinstance(catno, str)):
            raise TypeError(f"catno: expected a string, got {type(catno).__name__}")

        entity_type = d.get("entity_type", UNSET)
        if type(entity_type) is not str and entity_type is not UNSET and not (isinstance(entity_type, str)):
            raise TypeError(f"entity_type: expected a string, got {type(entity_type).__name__}")

        entity_type_name = d.get("entity_type_name", UNSET)
        if (
            type(entity_type_name) is not str
            and entity_type_name is not UNSET
            and not (isinstance(entity_type_name, str))
        ):
            raise TypeError(f"entity_type_name: expected a string, got {type(entity_type_name).__name__}")

        resource_url = d.get("resource_url", UNSET)
        if type(resource_url) is not str and resource_url is not UNSET and not (isinstance(resource_url, str)):
            raise TypeError(f"resource_url: expected a string, got {type(resource_url).__name__}")

        thumbnail_url = d.get("thumbnail_url", UNSET)
        if type(thumbnail_url) is not str and thumbnail_url is not UNSET and not (isinstance(thumbnail_url, str)):
            raise TypeError(f"thumbnail_url: expected a string, got {type(thumbnail_url).__name__}")

        # Positional, in the order the class declares its fields (the two loops above): a call with keywords
        # matches each name against every parameter, which costs more than reading the fields for a big model.
        release_label = cls(
            id,
            name,
            catno,
            entity_type,
            entity_type_name,
            resource_url,
            thumbnail_url,
        )
        if not _KNOWN.issuperset(d):
            release_label.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN}
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
