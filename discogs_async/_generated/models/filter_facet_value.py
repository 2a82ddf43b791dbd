from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FilterFacetValue")


@_attrs_define
class FilterFacetValue:
    """One value of a filter facet.

    Attributes:
        title (str | Unset):
        value (str | Unset): The value to send back as the query parameter (URL-encoded form).
        count (int | Unset):
    """

    title: str | Unset = UNSET
    value: str | Unset = UNSET
    count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        value = self.value

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if value is not UNSET:
            field_dict["value"] = value
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"FilterFacetValue: expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        title = d.pop("title", UNSET)
        if not isinstance(title, Unset) and not (isinstance(title, str)):
            raise TypeError(f"title: expected a string, got {type(title).__name__}")

        value = d.pop("value", UNSET)
        if not isinstance(value, Unset) and not (isinstance(value, str)):
            raise TypeError(f"value: expected a string, got {type(value).__name__}")

        count = d.pop("count", UNSET)
        if not isinstance(count, Unset) and not (isinstance(count, int) and not isinstance(count, bool)):
            raise TypeError(f"count: expected an integer, got {type(count).__name__}")

        filter_facet_value = cls(
            title=title,
            value=value,
            count=count,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        filter_facet_value.additional_properties = additional_properties
        return filter_facet_value

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
