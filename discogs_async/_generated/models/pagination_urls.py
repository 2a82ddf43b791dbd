from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaginationUrls")

# The keys this model reads; any other key of the JSON object is kept in additional_properties.
_KNOWN: frozenset[str] = frozenset(
    (
        "first",
        "prev",
        "next",
        "last",
    )
)


@_attrs_define
class PaginationUrls:
    """Links to neighbouring pages; `next` and `last` are absent on the last page, and the object is empty when there is
    one page.

        Attributes:
            first (str | Unset):
            prev (str | Unset):
            next_ (str | Unset):
            last (str | Unset):
    """

    first: str | Unset = UNSET
    prev: str | Unset = UNSET
    next_: str | Unset = UNSET
    last: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.first is not UNSET:
            field_dict["first"] = self.first
        if self.prev is not UNSET:
            field_dict["prev"] = self.prev
        if self.next_ is not UNSET:
            field_dict["next"] = self.next_
        if self.last is not UNSET:
            field_dict["last"] = self.last
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"PaginationUrls: expected an object, got {type(src_dict).__name__}")
        d = src_dict
        first = d.get("first", UNSET)
        if type(first) is not str and first is not UNSET and not (isinstance(first, str)):
            raise TypeError(f"first: expected a string, got {type(first).__name__}")

        prev = d.get("prev", UNSET)
        if type(prev) is not str and prev is not UNSET and not (isinstance(prev, str)):
            raise TypeError(f"prev: expected a string, got {type(prev).__name__}")

        next_ = d.get("next", UNSET)
        if type(next_) is not str and next_ is not UNSET and not (isinstance(next_, str)):
            raise TypeError(f"next: expected a string, got {type(next_).__name__}")

        last = d.get("last", UNSET)
        if type(last) is not str and last is not UNSET and not (isinstance(last, str)):
            raise TypeError(f"last: expected a string, got {type(last).__name__}")

        # Positional, in the order the class declares its fields (the two loops above): a call with keywords
        # matches each name against every parameter, which costs more than reading the fields for a big model.
        pagination_urls = cls(
            first,
            prev,
            next_,
            last,
        )
        if not _KNOWN.issuperset(d):
            pagination_urls.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN}
        return pagination_urls

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
