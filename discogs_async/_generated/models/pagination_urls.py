from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaginationUrls")


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
        first = self.first

        prev = self.prev

        next_ = self.next_

        last = self.last

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first is not UNSET:
            field_dict["first"] = first
        if prev is not UNSET:
            field_dict["prev"] = prev
        if next_ is not UNSET:
            field_dict["next"] = next_
        if last is not UNSET:
            field_dict["last"] = last

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"PaginationUrls: expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        first = d.pop("first", UNSET)
        if not isinstance(first, Unset) and not (isinstance(first, str)):
            raise TypeError(f"first: expected a string, got {type(first).__name__}")

        prev = d.pop("prev", UNSET)
        if not isinstance(prev, Unset) and not (isinstance(prev, str)):
            raise TypeError(f"prev: expected a string, got {type(prev).__name__}")

        next_ = d.pop("next", UNSET)
        if not isinstance(next_, Unset) and not (isinstance(next_, str)):
            raise TypeError(f"next: expected a string, got {type(next_).__name__}")

        last = d.pop("last", UNSET)
        if not isinstance(last, Unset) and not (isinstance(last, str)):
            raise TypeError(f"last: expected a string, got {type(last).__name__}")

        pagination_urls = cls(
            first=first,
            prev=prev,
            next_=next_,
            last=last,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        pagination_urls.additional_properties = additional_properties
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
