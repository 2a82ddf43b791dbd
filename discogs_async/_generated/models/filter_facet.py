from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FilterFacet")

# The keys this model reads; any other key of the JSON object is kept in additional_properties.
_KNOWN: frozenset[str] = frozenset(
    (
        "id",
        "title",
        "values",
        "allows_multiple_values",
    )
)


@_attrs_define
class FilterFacet:
    """A filter offered on a versions page, with its values.

    Attributes:
        id (str | Unset): The query parameter it drives (e.g. `format`).
        title (str | Unset):
        values (list[FilterFacetValue] | Unset):
        allows_multiple_values (bool | Unset):
    """

    id: str | Unset = UNSET
    title: str | Unset = UNSET
    values: list[FilterFacetValue] | Unset = UNSET
    allows_multiple_values: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.id is not UNSET:
            field_dict["id"] = self.id
        if self.title is not UNSET:
            field_dict["title"] = self.title
        if not isinstance(self.values, Unset):
            field_dict["values"] = [values_item_data.to_dict() for values_item_data in self.values]
        if self.allows_multiple_values is not UNSET:
            field_dict["allows_multiple_values"] = self.allows_multiple_values
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"FilterFacet: expected an object, got {type(src_dict).__name__}")
        d = src_dict
        id = d.get("id", UNSET)
        if type(id) is not str and id is not UNSET and not (isinstance(id, str)):
            raise TypeError(f"id: expected a string, got {type(id).__name__}")

        title = d.get("title", UNSET)
        if type(title) is not str and title is not UNSET and not (isinstance(title, str)):
            raise TypeError(f"title: expected a string, got {type(title).__name__}")

        _values = d.get("values", UNSET)
        values: list[FilterFacetValue] | Unset = UNSET
        if _values is not UNSET:
            if type(_values) is not list and not isinstance(_values, list):
                raise TypeError(f"values: expected an array, got {type(_values).__name__}")
            values = list(map(FilterFacetValue.from_dict, _values))

        allows_multiple_values = d.get("allows_multiple_values", UNSET)
        if (
            type(allows_multiple_values) is not bool
            and allows_multiple_values is not UNSET
            and not (isinstance(allows_multiple_values, bool))
        ):
            raise TypeError(f"allows_multiple_values: expected a boolean, got {type(allows_multiple_values).__name__}")

        # Positional, in the order the class declares its fields (the two loops above): a call with keywords
        # matches each name against every parameter, which costs more than reading the fields for a big model.
        filter_facet = cls(
            id,
            title,
            values,
            allows_multiple_values,
        )
        if not _KNOWN.issuperset(d):
            filter_facet.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN}
        return filter_facet

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
from ..models.filter_facet_value import FilterFacetValue
