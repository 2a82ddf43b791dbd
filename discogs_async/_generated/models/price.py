from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Price")

# The keys this model reads; any other key of the JSON object is kept in additional_properties.
_KNOWN: frozenset[str] = frozenset(
    (
        "currency",
        "value",
    )
)


@_attrs_define
class Price:
    """An amount of money.

    Attributes:
        currency (str | Unset):
        value (float | Unset):
    """

    currency: str | Unset = UNSET
    value: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.currency is not UNSET:
            field_dict["currency"] = self.currency
        if self.value is not UNSET:
            field_dict["value"] = self.value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"Price: expected an object, got {type(src_dict).__name__}")
        d = src_dict
        currency = d.get("currency", UNSET)
        if type(currency) is not str and currency is not UNSET and not (isinstance(currency, str)):
            raise TypeError(f"currency: expected a string, got {type(currency).__name__}")

        value = d.get("value", UNSET)
        if (
            type(value) is not float
            and type(value) is not int
            and value is not UNSET
            and not (isinstance(value, int | float) and not isinstance(value, bool))
        ):
            raise TypeError(f"value: expected a number, got {type(value).__name__}")

        # Positional, in the order the class declares its fields (the two loops above): a call with keywords
        # matches each name against every parameter, which costs more than reading the fields for a big model.
        price = cls(
            currency,
            value,
        )
        if not _KNOWN.issuperset(d):
            price.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN}
        return price

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
