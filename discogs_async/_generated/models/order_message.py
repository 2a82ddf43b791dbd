from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_message_type import OrderMessageType
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderMessage")

# The keys this model reads; any other key of the JSON object is kept in additional_properties.
_KNOWN: frozenset[str] = frozenset(
    (
        "type",
        "timestamp",
        "subject",
        "message",
        "order",
        "from",
        "actor",
        "status_id",
        "original",
        "new",
        "refund",
    )
)


@_attrs_define
class OrderMessage:
    """An entry of an order's message log. Its `type` says which keys it has: `message` entries have
    `from`; `status` entries have `status_id` and `actor`; `shipping` entries have `original` and
    `new`; `refund_sent` and `refund_received` entries have `refund`. Every entry has `timestamp`,
    `message`, `order` and `subject` (often "").

        Attributes:
            type_ (OrderMessageType | Unset): What an entry of an order's message log records.
            timestamp (str | Unset): When the entry was written, an ISO 8601 timestamp.
            subject (str | Unset):
            message (str | Unset):
            order (OrderReference | Unset): The order a message or refund belongs to.
            from_ (MarketplaceUser | Unset): A marketplace user as an order or message names them.
            actor (MarketplaceUser | Unset): A marketplace user as an order or message names them.
            status_id (int | Unset): The number of the status the order moved to (status entries).
            original (float | Unset): The shipping amount before the change (shipping entries).
            new (float | Unset): The shipping amount after the change (shipping entries).
            refund (OrderRefund | Unset): A refund recorded in an order's message log.
    """

    type_: OrderMessageType | Unset = UNSET
    timestamp: str | Unset = UNSET
    subject: str | Unset = UNSET
    message: str | Unset = UNSET
    order: OrderReference | Unset = UNSET
    from_: MarketplaceUser | Unset = UNSET
    actor: MarketplaceUser | Unset = UNSET
    status_id: int | Unset = UNSET
    original: float | Unset = UNSET
    new: float | Unset = UNSET
    refund: OrderRefund | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_.value
        if self.timestamp is not UNSET:
            field_dict["timestamp"] = self.timestamp
        if self.subject is not UNSET:
            field_dict["subject"] = self.subject
        if self.message is not UNSET:
            field_dict["message"] = self.message
        if not isinstance(self.order, Unset):
            field_dict["order"] = self.order.to_dict()
        if not isinstance(self.from_, Unset):
            field_dict["from"] = self.from_.to_dict()
        if not isinstance(self.actor, Unset):
            field_dict["actor"] = self.actor.to_dict()
        if self.status_id is not UNSET:
            field_dict["status_id"] = self.status_id
        if self.original is not UNSET:
            field_dict["original"] = self.original
        if self.new is not UNSET:
            field_dict["new"] = self.new
        if not isinstance(self.refund, Unset):
            field_dict["refund"] = self.refund.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"OrderMessage: expected an object, got {type(src_dict).__name__}")
        d = src_dict
        _type_ = d.get("type", UNSET)
        type_: OrderMessageType | Unset = UNSET if _type_ is UNSET else OrderMessageType(_type_)

        timestamp = d.get("timestamp", UNSET)
        if type(timestamp) is not str and timestamp is not UNSET and not (isinstance(timestamp, str)):
            raise TypeError(f"timestamp: expected a string, got {type(timestamp).__name__}")

        subject = d.get("subject", UNSET)
        if type(subject) is not str and subject is not UNSET and not (isinstance(subject, str)):
            raise TypeError(f"subject: expected a string, got {type(subject).__name__}")

        message = d.get("message", UNSET)
        if type(message) is not str and message is not UNSET and not (isinstance(message, str)):
            raise TypeError(f"message: expected a string, got {type(message).__name__}")

        _order = d.get("order", UNSET)
        order: OrderReference | Unset = UNSET if _order is UNSET else OrderReference.from_dict(_order)

        _from_ = d.get("from", UNSET)
        from_: MarketplaceUser | Unset = UNSET if _from_ is UNSET else MarketplaceUser.from_dict(_from_)

        _actor = d.get("actor", UNSET)
        actor: MarketplaceUser | Unset = UNSET if _actor is UNSET else MarketplaceUser.from_dict(_actor)

        status_id = d.get("status_id", UNSET)
        if (
            type(status_id) is not int
            and status_id is not UNSET
            and not (isinstance(status_id, int) and not isinstance(status_id, bool))
        ):
            raise TypeError(f"status_id: expected an integer, got {type(status_id).__name__}")

        original = d.get("original", UNSET)
        if (
            type(original) is not float
            and type(original) is not int
            and original is not UNSET
            and not (isinstance(original, int | float) and not isinstance(original, bool))
        ):
            raise TypeError(f"original: expected a number, got {type(original).__name__}")

        new = d.get("new", UNSET)
        if (
            type(new) is not float
            and type(new) is not int
            and new is not UNSET
            and not (isinstance(new, int | float) and not isinstance(new, bool))
        ):
            raise TypeError(f"new: expected a number, got {type(new).__name__}")

        _refund = d.get("refund", UNSET)
        refund: OrderRefund | Unset = UNSET if _refund is UNSET else OrderRefund.from_dict(_refund)

        # Positional, in the order the class declares its fields (the two loops above): a call with keywords
        # matches each name against every parameter, which costs more than reading the fields for a big model.
        order_message = cls(
            type_,
            timestamp,
            subject,
            message,
            order,
            from_,
            actor,
            status_id,
            original,
            new,
            refund,
        )
        if not _KNOWN.issuperset(d):
            order_message.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN}
        return order_message

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
from ..models.marketplace_user import MarketplaceUser
from ..models.order_reference import OrderReference
from ..models.order_refund import OrderRefund
