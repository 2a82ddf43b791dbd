from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_message_type import OrderMessageType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.marketplace_user import MarketplaceUser
    from ..models.order_reference import OrderReference
    from ..models.order_refund import OrderRefund


T = TypeVar("T", bound="OrderMessage")


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
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        timestamp = self.timestamp

        subject = self.subject

        message = self.message

        order: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = self.order.to_dict()

        from_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.from_, Unset):
            from_ = self.from_.to_dict()

        actor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.actor, Unset):
            actor = self.actor.to_dict()

        status_id = self.status_id

        original = self.original

        new = self.new

        refund: dict[str, Any] | Unset = UNSET
        if not isinstance(self.refund, Unset):
            refund = self.refund.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if subject is not UNSET:
            field_dict["subject"] = subject
        if message is not UNSET:
            field_dict["message"] = message
        if order is not UNSET:
            field_dict["order"] = order
        if from_ is not UNSET:
            field_dict["from"] = from_
        if actor is not UNSET:
            field_dict["actor"] = actor
        if status_id is not UNSET:
            field_dict["status_id"] = status_id
        if original is not UNSET:
            field_dict["original"] = original
        if new is not UNSET:
            field_dict["new"] = new
        if refund is not UNSET:
            field_dict["refund"] = refund

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.marketplace_user import MarketplaceUser  # noqa: PLC0415
        from ..models.order_reference import OrderReference  # noqa: PLC0415
        from ..models.order_refund import OrderRefund  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(f"OrderMessage: expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: OrderMessageType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = OrderMessageType(_type_)

        timestamp = d.pop("timestamp", UNSET)
        if not isinstance(timestamp, Unset) and not (isinstance(timestamp, str)):
            raise TypeError(f"timestamp: expected a string, got {type(timestamp).__name__}")

        subject = d.pop("subject", UNSET)
        if not isinstance(subject, Unset) and not (isinstance(subject, str)):
            raise TypeError(f"subject: expected a string, got {type(subject).__name__}")

        message = d.pop("message", UNSET)
        if not isinstance(message, Unset) and not (isinstance(message, str)):
            raise TypeError(f"message: expected a string, got {type(message).__name__}")

        _order = d.pop("order", UNSET)
        order: OrderReference | Unset
        if isinstance(_order, Unset):
            order = UNSET
        else:
            order = OrderReference.from_dict(_order)

        _from_ = d.pop("from", UNSET)
        from_: MarketplaceUser | Unset
        if isinstance(_from_, Unset):
            from_ = UNSET
        else:
            from_ = MarketplaceUser.from_dict(_from_)

        _actor = d.pop("actor", UNSET)
        actor: MarketplaceUser | Unset
        if isinstance(_actor, Unset):
            actor = UNSET
        else:
            actor = MarketplaceUser.from_dict(_actor)

        status_id = d.pop("status_id", UNSET)
        if not isinstance(status_id, Unset) and not (isinstance(status_id, int) and not isinstance(status_id, bool)):
            raise TypeError(f"status_id: expected an integer, got {type(status_id).__name__}")

        original = d.pop("original", UNSET)
        if not isinstance(original, Unset) and not (
            isinstance(original, int | float) and not isinstance(original, bool)
        ):
            raise TypeError(f"original: expected a number, got {type(original).__name__}")

        new = d.pop("new", UNSET)
        if not isinstance(new, Unset) and not (isinstance(new, int | float) and not isinstance(new, bool)):
            raise TypeError(f"new: expected a number, got {type(new).__name__}")

        _refund = d.pop("refund", UNSET)
        refund: OrderRefund | Unset
        if isinstance(_refund, Unset):
            refund = UNSET
        else:
            refund = OrderRefund.from_dict(_refund)

        order_message = cls(
            type_=type_,
            timestamp=timestamp,
            subject=subject,
            message=message,
            order=order,
            from_=from_,
            actor=actor,
            status_id=status_id,
            original=original,
            new=new,
            refund=refund,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        order_message.additional_properties = additional_properties
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
