from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.settable_order_status import SettableOrderStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderEdit")


@_attrs_define
class OrderEdit:
    """A change to an order; send either `status` or `shipping`, not both.

    Attributes:
        status (SettableOrderStatus | Unset): The states a seller can move an order to (it must also be in the order's
            `next_status`).
        shipping (float | Unset): The shipping amount; setting it invoices the buyer and moves the order to Invoice
            Sent.
    """

    status: SettableOrderStatus | Unset = UNSET
    shipping: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        shipping = self.shipping

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if shipping is not UNSET:
            field_dict["shipping"] = shipping

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"OrderEdit: expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _status = d.pop("status", UNSET)
        status: SettableOrderStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = SettableOrderStatus(_status)

        shipping = d.pop("shipping", UNSET)
        if not isinstance(shipping, Unset) and not (
            isinstance(shipping, int | float) and not isinstance(shipping, bool)
        ):
            raise TypeError(f"shipping: expected a number, got {type(shipping).__name__}")

        order_edit = cls(
            status=status,
            shipping=shipping,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        order_edit.additional_properties = additional_properties
        return order_edit

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
