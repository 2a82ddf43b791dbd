from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pagination_urls import PaginationUrls


T = TypeVar("T", bound="Pagination")


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
        page = self.page

        pages = self.pages

        per_page = self.per_page

        items = self.items

        urls: dict[str, Any] | Unset = UNSET
        if not isinstance(self.urls, Unset):
            urls = self.urls.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if page is not UNSET:
            field_dict["page"] = page
        if pages is not UNSET:
            field_dict["pages"] = pages
        if per_page is not UNSET:
            field_dict["per_page"] = per_page
        if items is not UNSET:
            field_dict["items"] = items
        if urls is not UNSET:
            field_dict["urls"] = urls

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pagination_urls import PaginationUrls  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(f"Pagination: expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        page = d.pop("page", UNSET)
        if not isinstance(page, Unset) and not (isinstance(page, int) and not isinstance(page, bool)):
            raise TypeError(f"page: expected an integer, got {type(page).__name__}")

        pages = d.pop("pages", UNSET)
        if not isinstance(pages, Unset) and not (isinstance(pages, int) and not isinstance(pages, bool)):
            raise TypeError(f"pages: expected an integer, got {type(pages).__name__}")

        per_page = d.pop("per_page", UNSET)
        if not isinstance(per_page, Unset) and not (isinstance(per_page, int) and not isinstance(per_page, bool)):
            raise TypeError(f"per_page: expected an integer, got {type(per_page).__name__}")

        items = d.pop("items", UNSET)
        if not isinstance(items, Unset) and not (isinstance(items, int) and not isinstance(items, bool)):
            raise TypeError(f"items: expected an integer, got {type(items).__name__}")

        _urls = d.pop("urls", UNSET)
        urls: PaginationUrls | Unset
        if isinstance(_urls, Unset):
            urls = UNSET
        else:
            urls = PaginationUrls.from_dict(_urls)

        pagination = cls(
            page=page,
            pages=pages,
            per_page=per_page,
            items=items,
            urls=urls,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        pagination.additional_properties = additional_properties
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
