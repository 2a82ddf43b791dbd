from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MarketplaceReleaseStats")

# The keys this model reads; any other key of the JSON object is kept in additional_properties.
_KNOWN: frozenset[str] = frozenset(
    (
        "num_for_sale",
        "lowest_price",
        "blocked_from_sale",
    )
)


@_attrs_define
class MarketplaceReleaseStats:
    """A release's standing in the marketplace.

    Attributes:
        num_for_sale (int | None | Unset): How many copies are for sale; null when none are or the release is blocked.
        lowest_price (None | Price | Unset): The lowest price on offer; null when nothing is for sale or the release is
            blocked.
        blocked_from_sale (bool | Unset): Whether the release may not be sold on Discogs.
    """

    num_for_sale: int | None | Unset = UNSET
    lowest_price: None | Price | Unset = UNSET
    blocked_from_sale: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.num_for_sale, Unset):
            field_dict["num_for_sale"] = self.num_for_sale
        lowest_price: dict[str, Any] | None | Unset
        if isinstance(self.lowest_price, Unset):
            lowest_price = UNSET
        elif isinstance(self.lowest_price, Price):
            lowest_price = self.lowest_price.to_dict()
        else:
            lowest_price = self.lowest_price
        if lowest_price is not UNSET:
            field_dict["lowest_price"] = lowest_price
        if self.blocked_from_sale is not UNSET:
            field_dict["blocked_from_sale"] = self.blocked_from_sale
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"MarketplaceReleaseStats: expected an object, got {type(src_dict).__name__}")
        d = src_dict
        num_for_sale = d.get("num_for_sale", UNSET)
        if (
            type(num_for_sale) is not int
            and num_for_sale is not None
            and num_for_sale is not UNSET
            and not (isinstance(num_for_sale, int) and not isinstance(num_for_sale, bool))
        ):
            raise TypeError(f"num_for_sale: expected int | None, got {type(num_for_sale).__name__}")

        def _parse_lowest_price(data: object) -> None | Price | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(f"lowest_price: expected dict[str, Any] | None, got {type(data).__name__}")
            lowest_price_type_0 = Price.from_dict(data)

            return lowest_price_type_0

        lowest_price = _parse_lowest_price(d.get("lowest_price", UNSET))

        blocked_from_sale = d.get("blocked_from_sale", UNSET)
        if (
            type(blocked_from_sale) is not bool
            and blocked_from_sale is not UNSET
            and not (isinstance(blocked_from_sale, bool))
        ):
            raise TypeError(f"blocked_from_sale: expected a boolean, got {type(blocked_from_sale).__name__}")

        # Positional, in the order the class declares its fields (the two loops above): a call with keywords
        # matches each name against every parameter, which costs more than reading the fields for a big model.
        marketplace_release_stats = cls(
            num_for_sale,
            lowest_price,
            blocked_from_sale,
        )
        if not _KNOWN.issuperset(d):
            marketplace_release_stats.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN
            }
        return marketplace_release_stats

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
from ..models.price import Price
