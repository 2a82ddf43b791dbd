from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PriceSuggestions")

# The keys this model reads; any other key of the JSON object is kept in additional_properties.
_KNOWN: frozenset[str] = frozenset(())


@_attrs_define
class PriceSuggestions:
    """Suggested prices keyed by media condition (the ListingCondition texts, such as "Mint (M)"), in the
    user's selling currency; empty when there is no suggestion.

    """

    additional_properties: dict[str, Price] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"PriceSuggestions: expected an object, got {type(src_dict).__name__}")
        d = src_dict
        # Positional, in the order the class declares its fields (the two loops above): a call with keywords
        # matches each name against every parameter, which costs more than reading the fields for a big model.
        price_suggestions = cls()
        if not _KNOWN.issuperset(d):
            additional_properties = {}
            for prop_name, prop_dict in d.items():
                if prop_name in _KNOWN:
                    continue
                additional_property = Price.from_dict(prop_dict)

                additional_properties[prop_name] = additional_property
            price_suggestions.additional_properties = additional_properties
        return price_suggestions

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Price:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Price) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# After the class: a model that refers back to this one finds it defined.
from ..models.price import Price
