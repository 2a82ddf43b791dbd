from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CollectionFields")

# The keys this model reads; any other key of the JSON object is kept in additional_properties.
_KNOWN: frozenset[str] = frozenset(("fields",))


@_attrs_define
class CollectionFields:
    """The notes fields of a collection.

    Attributes:
        fields (list[CollectionField]):
    """

    fields: list[CollectionField]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["fields"] = [fields_item_data.to_dict() for fields_item_data in self.fields]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"CollectionFields: expected an object, got {type(src_dict).__name__}")
        d = src_dict
        _fields = d["fields"]
        if type(_fields) is not list and not isinstance(_fields, list):
            raise TypeError(f"fields: expected an array, got {type(_fields).__name__}")
        fields = list(map(CollectionField.from_dict, _fields))

        # Positional, in the order the class declares its fields (the two loops above): a call with keywords
        # matches each name against every parameter, which costs more than reading the fields for a big model.
        collection_fields = cls(
            fields,
        )
        if not _KNOWN.issuperset(d):
            collection_fields.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN}
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


# After the class: a model that refers back to this one finds it defined.
from ..models.collection_field import CollectionField
