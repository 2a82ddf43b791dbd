from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.collection_field import CollectionField


T = TypeVar("T", bound="CollectionFields")


@_attrs_define
class CollectionFields:
    """The notes fields of a collection.

    Attributes:
        fields (list[CollectionField]):
    """

    fields: list[CollectionField]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fields = []
        for fields_item_data in self.fields:
            fields_item = fields_item_data.to_dict()
            fields.append(fields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fields": fields,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.collection_field import CollectionField  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(f"CollectionFields: expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _fields = d.pop("fields")
        if not isinstance(_fields, list):
            raise TypeError(f"fields: expected an array, got {type(_fields).__name__}")
        fields = []
        for fields_item_data in _fields:
            fields_item = CollectionField.from_dict(fields_item_data)

            fields.append(fields_item)

        collection_fields = cls(
            fields=fields,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        collection_fields.additional_properties = additional_properties
        return collection_fields

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
