from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.listing import Listing
    from ..models.pagination import Pagination


T = TypeVar("T", bound="Inventory")


@_attrs_define
class Inventory:
    """A page of a seller's inventory.

    Attributes:
        pagination (Pagination): Where a page stands in its list. `pages` may be capped while `items` keeps the true
            total.
        listings (list[Listing]):
    """

    pagination: Pagination
    listings: list[Listing]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pagination = self.pagination.to_dict()

        listings = []
        for listings_item_data in self.listings:
            listings_item = listings_item_data.to_dict()
            listings.append(listings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pagination": pagination,
                "listings": listings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.listing import Listing  # noqa: PLC0415
        from ..models.pagination import Pagination  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(f"Inventory: expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        pagination = Pagination.from_dict(d.pop("pagination"))

        _listings = d.pop("listings")
        if not isinstance(_listings, list):
            raise TypeError(f"listings: expected an array, got {type(_listings).__name__}")
        listings = []
        for listings_item_data in _listings:
            listings_item = Listing.from_dict(listings_item_data)

            listings.append(listings_item)

        inventory = cls(
            pagination=pagination,
            listings=listings,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        inventory.additional_properties = additional_properties
        return inventory

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
