from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Pagination")

# The keys this model reads; any other key of the JSON object is kept in additional_properties.
_KNOWN: frozenset[str] = frozenset(
    (
        "page",
        "pages",
        "per_page",
        "items",
        "urls",
    )
)


@_attrs_define
class Pagination:
    """Where a page stands in its list. `pages` may be capped while `items` keeps the true total.

    Attributes:
        page (int | Unset):
        pages (int | Unset):
        per_page (int | Unset):
        items (int | Unset):
        urls (PaginationUrls | Unset): Links to neighbouring pages; `next` and `last` are absent on the last page, and
            the object is empty when there is one page.
    """

    page: int | Unset = UNSET
    pages: int | Unset = UNSET
    per_page: int | Unset = UNSET
    items: int | Unset = UNSET
    urls: PaginationUrls | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.page is not UNSET:
            field_dict["page"] = self.page
        if self.pages is not UNSET:
            field_dict["pages"] = self.pages
        if self.per_page is not UNSET:
            field_dict["per_page"] = self.per_page
        if self.items is not UNSET:
            field_dict["items"] = self.items
        if not isinstance(self.urls, Unset):
            field_dict["urls"] = self.urls.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"Pagination: expected an object, got {type(src_dict).__name__}")
        d = src_dict
        page = d.get("page", UNSET)
        if type(page) is not int and page is not UNSET and not (isinstance(page, int) and not isinstance(page, bool)):
            raise TypeError(f"page: expected an integer, got {type(page).__name__}")

        pages = d.get("pages", UNSET)
        if (
            type(pages) is not int
            and pages is not UNSET
            and not (isinstance(pages, int) and not isinstance(pages, bool))
        ):
            raise TypeError(f"pages: expected an integer, got {type(pages).__name__}")

        per_page = d.get("per_page", UNSET)
        if (
            type(per_page) is not int
            and per_page is not UNSET
            and not (isinstance(per_page, int) and not isinstance(per_page, bool))
        ):
            raise TypeError(f"per_page: expected an integer, got {type(per_page).__name__}")

        items = d.get("items", UNSET)
        if (
            type(items) is not int
            and items is not UNSET
            and not (isinstance(items, int) and not isinstance(items, bool))
        ):
            raise TypeError(f"items: expected an integer, got {type(items).__name__}")

        _urls = d.get("urls", UNSET)
        urls: PaginationUrls | Unset = UNSET if _urls is UNSET else PaginationUrls.from_dict(_urls)

        # Positional, in the order the class declares its fields (the two loops above): a call with keywords
        # matches each name against every parameter, which costs more than reading the fields for a big model.
        pagination = cls(
            page,
            pages,
            per_page,
            items,
            urls,
        )
        if not _KNOWN.issuperset(d):
            pagination.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN}
        return pagination

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
from ..models.pagination_urls import PaginationUrls
