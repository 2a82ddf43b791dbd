from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.filter_facet_value import FilterFacetValue


T = TypeVar("T", bound="FilterFacet")


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
        id = self.id

        title = self.title

        values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = []
            for values_item_data in self.values:
                values_item = values_item_data.to_dict()
                values.append(values_item)

        allows_multiple_values = self.allows_multiple_values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if values is not UNSET:
            field_dict["values"] = values
        if allows_multiple_values is not UNSET:
            field_dict["allows_multiple_values"] = allows_multiple_values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.filter_facet_value import FilterFacetValue  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(f"FilterFacet: expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if not isinstance(id, Unset) and not (isinstance(id, str)):
            raise TypeError(f"id: expected a string, got {type(id).__name__}")

        title = d.pop("title", UNSET)
        if not isinstance(title, Unset) and not (isinstance(title, str)):
            raise TypeError(f"title: expected a string, got {type(title).__name__}")

        _values = d.pop("values", UNSET)
        values: list[FilterFacetValue] | Unset = UNSET
        if not isinstance(_values, Unset):
            if not isinstance(_values, list):
                raise TypeError(f"values: expected an array, got {type(_values).__name__}")
            values = []
            for values_item_data in _values:
                values_item = FilterFacetValue.from_dict(values_item_data)

                values.append(values_item)

        allows_multiple_values = d.pop("allows_multiple_values", UNSET)
        if not isinstance(allows_multiple_values, Unset) and not (isinstance(allows_multiple_values, bool)):
            raise TypeError(f"allows_multiple_values: expected a boolean, got {type(allows_multiple_values).__name__}")

        filter_facet = cls(
            id=id,
            title=title,
            values=values,
            allows_multiple_values=allows_multiple_values,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        filter_facet.additional_properties = additional_properties
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
