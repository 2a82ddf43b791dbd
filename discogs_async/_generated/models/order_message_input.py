from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.settable_order_status import SettableOrderStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderMessageInput")


@_attrs_define
class OrderMessageInput:
    """A message to add to an order, a status change, or both (at least one of the two).

    Attributes:
        message (str | Unset): The text of the message.
        status (SettableOrderStatus | Unset): The states a seller can move an order to (it must also be in the order's
            `next_status`).
    """

    message: str | Unset = UNSET
    status: SettableOrderStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"OrderMessageInput: expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        message = d.pop("message", UNSET)
        if not isinstance(message, Unset) and not (isinstance(message, str)):
            raise TypeError(f"message: expected a string, got {type(message).__name__}")

        _status = d.pop("status", UNSET)
        status: SettableOrderStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = SettableOrderStatus(_status)

        order_message_input = cls(
            message=message,
            status=status,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        order_message_input.additional_properties = additional_properties
        return order_message_input

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
