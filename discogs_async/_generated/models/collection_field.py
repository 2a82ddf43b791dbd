from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.collection_field_type import CollectionFieldType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CollectionField")


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
        id = self.id

        name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        position = self.position

        public = self.public

        options: list[str] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options

        lines = self.lines

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if position is not UNSET:
            field_dict["position"] = position
        if public is not UNSET:
            field_dict["public"] = public
        if options is not UNSET:
            field_dict["options"] = options
        if lines is not UNSET:
            field_dict["lines"] = lines

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"CollectionField: expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        id = d.pop("id")
        if not (isinstance(id, int) and not isinstance(id, bool)):
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        name = d.pop("name", UNSET)
        if not isinstance(name, Unset) and not (isinstance(name, str)):
            raise TypeError(f"name: expected a string, got {type(name).__name__}")

        _type_ = d.pop("type", UNSET)
        type_: CollectionFieldType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = CollectionFieldType(_type_)

        position = d.pop("position", UNSET)
        if not isinstance(position, Unset) and not (isinstance(position, int) and not isinstance(position, bool)):
            raise TypeError(f"position: expected an integer, got {type(position).__name__}")

        public = d.pop("public", UNSET)
        if not isinstance(public, Unset) and not (isinstance(public, bool)):
            raise TypeError(f"public: expected a boolean, got {type(public).__name__}")

        _options = d.pop("options", UNSET)
        options: list[str] | Unset = UNSET
        if not isinstance(_options, Unset):
            if not isinstance(_options, list):
                raise TypeError(f"options: expected an array, got {type(_options).__name__}")
            options = []
            for options_item_data in _options:
                options_item = options_item_data
                if not (isinstance(options_item, str)):
                    raise TypeError(f"options_item: expected a string, got {type(options_item).__name__}")

                options.append(options_item)

        lines = d.pop("lines", UNSET)
        if not isinstance(lines, Unset) and not (isinstance(lines, int) and not isinstance(lines, bool)):
            raise TypeError(f"lines: expected an integer, got {type(lines).__name__}")

        collection_field = cls(
            id=id,
            name=name,
            type_=type_,
            position=position,
            public=public,
            options=options,
            lines=lines,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        collection_field.additional_properties = additional_properties
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
