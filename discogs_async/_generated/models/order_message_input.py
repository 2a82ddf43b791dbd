from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.settable_order_status import SettableOrderStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderMessageInput")

# The keys this model reads; any other key of the JSON object is kept in additional_properties.
_KNOWN: frozenset[str] = frozenset(
    (
        "message",
        "status",
    )
)


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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.message is not UNSET:
            field_dict["message"] = self.message
        if not isinstance(self.status, Unset):
            field_dict["status"] = self.status.value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"OrderMessageInput: expected an object, got {type(src_dict).__name__}")
        d = src_dict
        message = d.get("message", UNSET)
        if type(message) is not str and message is not UNSET and not (isinstance(message, str)):
            raise TypeError(f"message: expected a string, got {type(message).__name__}")

        _status = d.get("status", UNSET)
        status: SettableOrderStatus | Unset = UNSET if _status is UNSET else SettableOrderStatus(_status)

        # Positional, in the order the class declares its fields (the two loops above): a call with keywords
        # matches each name against every parameter, which costs more than reading the fields for a big model.
        order_message_input = cls(
            message,
            status,
        )
        if not _KNOWN.issuperset(d):
            order_message_input.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN}
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
