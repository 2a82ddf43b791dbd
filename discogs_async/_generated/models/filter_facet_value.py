from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FilterFacetValue")

# The keys this model reads; any other key of the JSON object is kept in additional_properties.
_KNOWN: frozenset[str] = frozenset(
    (
        "title",
        "value",
        "count",
    )
)


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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.title is not UNSET:
            field_dict["title"] = self.title
        if self.value is not UNSET:
            field_dict["value"] = self.value
        if self.count is not UNSET:
            field_dict["count"] = self.count
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"FilterFacetValue: expected an object, got {type(src_dict).__name__}")
        d = src_dict
        title = d.get("title", UNSET)
        if type(title) is not str and title is not UNSET and not (isinstance(title, str)):
            raise TypeError(f"title: expected a string, got {type(title).__name__}")

        value = d.get("value", UNSET)
        if type(value) is not str and value is not UNSET and not (isinstance(value, str)):
            raise TypeError(f"value: expected a string, got {type(value).__name__}")

        count = d.get("count", UNSET)
        if (
            type(count) is not int
            and count is not UNSET
            and not (isinstance(count, int) and not isinstance(count, bool))
        ):
            raise TypeError(f"count: expected an integer, got {type(count).__name__}")

        # Positional, in the order the class declares its fields (the two loops above): a call with keywords
        # matches each name against every parameter, which costs more than reading the fields for a big model.
        filter_facet_value = cls(
            title,
            value,
            count,
        )
        if not _KNOWN.issuperset(d):
            filter_facet_value.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN}
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
