from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderShipping")


@_attrs_define
class OrderShipping:
    """The shipping charged on an order.

    Attributes:
        currency (str | Unset):
        method (str | Unset):
        value (float | Unset):
    """

    currency: str | Unset = UNSET
    method: str | Unset = UNSET
    value: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        method = self.method

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if currency is not UNSET:
            field_dict["currency"] = currency
        if method is not UNSET:
            field_dict["method"] = method
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"OrderShipping: expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        currency = d.pop("currency", UNSET)
        if not isinstance(currency, Unset) and not (isinstance(currency, str)):
            raise TypeError(f"currency: expected a string, got {type(currency).__name__}")

        method = d.pop("method", UNSET)
        if not isinstance(method, Unset) and not (isinstance(method, str)):
            raise TypeError(f"method: expected a string, got {type(method).__name__}")

        value = d.pop("value", UNSET)
        if not isinstance(value, Unset) and not (isinstance(value, int | float) and not isinstance(value, bool)):
            raise TypeError(f"value: expected a number, got {type(value).__name__}")

        order_shipping = cls(
            currency=currency,
            method=method,
            value=value,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        order_shipping.additional_properties = additional_properties
        return order_shipping

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
