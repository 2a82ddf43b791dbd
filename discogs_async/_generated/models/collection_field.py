from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.collection_field_type import CollectionFieldType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CollectionField")

# The keys this model reads; any other key of the JSON object is kept in additional_properties.
_KNOWN: frozenset[str] = frozenset(
    (
        "id",
        "name",
        "type",
        "position",
        "public",
        "options",
        "lines",
    )
)


@_attrs_define
class CollectionField:
    """A user-defined notes field of a collection.

    Attributes:
        id (int):
        name (str | Unset):
        type_ (CollectionFieldType | Unset): How a notes field is edited.
        position (int | Unset):
        public (bool | Unset):
        options (list[str] | Unset): The allowed values of a dropdown field.
        lines (int | Unset): The height of a textarea field.
    """

    id: int
    name: str | Unset = UNSET
    type_: CollectionFieldType | Unset = UNSET
    position: int | Unset = UNSET
    public: bool | Unset = UNSET
    options: list[str] | Unset = UNSET
    lines: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_.value
        if self.position is not UNSET:
            field_dict["position"] = self.position
        if self.public is not UNSET:
            field_dict["public"] = self.public
        if not isinstance(self.options, Unset):
            field_dict["options"] = self.options
        if self.lines is not UNSET:
            field_dict["lines"] = self.lines
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"CollectionField: expected an object, got {type(src_dict).__name__}")
        d = src_dict
        id = d["id"]
        if type(id) is not int and not (isinstance(id, int) and not isinstance(id, bool)):
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        name = d.get("name", UNSET)
        if type(name) is not str and name is not UNSET and not (isinstance(name, str)):
            raise TypeError(f"name: expected a string, got {type(name).__name__}")

        _type_ = d.get("type", UNSET)
        type_: CollectionFieldType | Unset = UNSET if _type_ is UNSET else CollectionFieldType(_type_)

        position = d.get("position", UNSET)
        if (
            type(position) is not int
            and position is not UNSET
            and not (isinstance(position, int) and not isinstance(position, bool))
        ):
            raise TypeError(f"position: expected an integer, got {type(position).__name__}")

        public = d.get("public", UNSET)
        if type(public) is not bool and public is not UNSET and not (isinstance(public, bool)):
            raise TypeError(f"public: expected a boolean, got {type(public).__name__}")

        _options = d.get("options", UNSET)
        options: list[str] | Unset = UNSET
        if _options is not UNSET:
            if type(_options) is not list and not isinstance(_options, list):
                raise TypeError(f"options: expected an array, got {type(_options).__name__}")
            for options_item_data in _options:
                options_item = options_item_data
                if type(options_item) is not str and not (isinstance(options_item, str)):
                    raise TypeError(f"options_item: expected a string, got {type(options_item).__name__}")

            options = list(_options)

        lines = d.get("lines", UNSET)
        if (
            type(lines) is not int
            and lines is not UNSET
            and not (isinstance(lines, int) and not isinstance(lines, bool))
        ):
            raise TypeError(f"lines: expected an integer, got {type(lines).__name__}")

        # Positional, in the order the class declares its fields (the two loops above): a call with keywords
        # matches each name against every parameter, which costs more than reading the fields for a big model.
        collection_field = cls(
            id,
            name,
            type_,
            position,
            public,
            options,
            lines,
        )
        if not _KNOWN.issuperset(d):
            collection_field.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN}
        return collection_field

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
