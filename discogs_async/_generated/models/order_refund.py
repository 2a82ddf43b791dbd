from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderRefund")

# The keys this model reads; any other key of the JSON object is kept in additional_properties.
_KNOWN: frozenset[str] = frozenset(
    (
        "amount",
        "order",
    )
)


@_attrs_define
class OrderRefund:
    """A refund recorded in an order's message log.

    Attributes:
        amount (float | Unset):
        order (OrderReference | Unset): The order a message or refund belongs to.
    """

    amount: float | Unset = UNSET
    order: OrderReference | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.amount is not UNSET:
            field_dict["amount"] = self.amount
        if not isinstance(self.order, Unset):
            field_dict["order"] = self.order.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"OrderRefund: expected an object, got {type(src_dict).__name__}")
        d = src_dict
        amount = d.get("amount", UNSET)
        if (
            type(amount) is not float
            and type(amount) is not int
            and amount is not UNSET
            and not (isinstance(amount, int | float) and not isinstance(amount, bool))
        ):
            raise TypeError(f"amount: expected a number, got {type(amount).__name__}")

        _order = d.get("order", UNSET)
        order: OrderReference | Unset = UNSET if _order is UNSET else OrderReference.from_dict(_order)

        # Positional, in the order the class declares its fields (the two loops above): a call with keywords
        # matches each name against every parameter, which costs more than reading the fields for a big model.
        order_refund = cls(
            amount,
            order,
        )
        if not _KNOWN.issuperset(d):
            order_refund.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN}
        return order_refund

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
from ..models.order_reference import OrderReference
