from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.settable_order_status import SettableOrderStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderEdit")

# The keys this model reads; any other key of the JSON object is kept in additional_properties.
_KNOWN: frozenset[str] = frozenset(
    (
        "status",
        "shipping",
    )
)


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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.status, Unset):
            field_dict["status"] = self.status.value
        if self.shipping is not UNSET:
            field_dict["shipping"] = self.shipping
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"OrderEdit: expected an object, got {type(src_dict).__name__}")
        d = src_dict
        _status = d.get("status", UNSET)
        status: SettableOrderStatus | Unset = UNSET if _status is UNSET else SettableOrderStatus(_status)

        shipping = d.get("shipping", UNSET)
        if (
            type(shipping) is not float
            and type(shipping) is not int
            and shipping is not UNSET
            and not (isinstance(shipping, int | float) and not isinstance(shipping, bool))
        ):
            raise TypeError(f"shipping: expected a number, got {type(shipping).__name__}")

        # Positional, in the order the class declares its fields (the two loops above): a call with keywords
        # matches each name against every parameter, which costs more than reading the fields for a big model.
        order_edit = cls(
            status,
            shipping,
        )
        if not _KNOWN.issuperset(d):
            order_edit.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN}
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
