from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_reference import OrderReference


T = TypeVar("T", bound="OrderRefund")


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
        amount = self.amount

        order: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = self.order.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if order is not UNSET:
            field_dict["order"] = order

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.order_reference import OrderReference  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(f"OrderRefund: expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        amount = d.pop("amount", UNSET)
        if not isinstance(amount, Unset) and not (isinstance(amount, int | float) and not isinstance(amount, bool)):
            raise TypeError(f"amount: expected a number, got {type(amount).__name__}")

        _order = d.pop("order", UNSET)
        order: OrderReference | Unset
        if isinstance(_order, Unset):
            order = UNSET
        else:
            order = OrderReference.from_dict(_order)

        order_refund = cls(
            amount=amount,
            order=order,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        order_refund.additional_properties = additional_properties
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
