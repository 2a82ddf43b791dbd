from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

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
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: CollectionFieldType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = CollectionFieldType(_type_)

        position = d.pop("position", UNSET)

        public = d.pop("public", UNSET)

        options = cast(list[str], d.pop("options", UNSET))

        lines = d.pop("lines", UNSET)

        collection_field = cls(
            id=id,
            name=name,
            type_=type_,
            position=position,
            public=public,
            options=options,
            lines=lines,
        )

        collection_field.additional_properties = d
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
