from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_status import OrderStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="Order")

# The keys this model reads; any other key of the JSON object is kept in additional_properties.
_KNOWN: frozenset[str] = frozenset(
    (
        "id",
        "resource_url",
        "messages_url",
        "uri",
        "status",
        "next_status",
        "fee",
        "created",
        "last_activity",
        "items",
        "shipping",
        "shipping_address",
        "additional_instructions",
        "archived",
        "seller",
        "buyer",
        "total",
    )
)


@_attrs_define
class Order:
    """A marketplace order.

    Attributes:
        id (str): The order id, `<seller id>-<number>`.
        resource_url (str | Unset):
        messages_url (str | Unset):
        uri (str | Unset):
        status (OrderStatus | Unset): The state of an order.
        next_status (list[OrderStatus] | Unset): The states the order may move to next.
        fee (Price | Unset): An amount of money.
        created (str | Unset): When the order was created, an ISO 8601 timestamp.
        last_activity (str | Unset): When the order last changed, an ISO 8601 timestamp.
        items (list[OrderItem] | Unset):
        shipping (OrderShipping | Unset): The shipping charged on an order.
        shipping_address (str | Unset):
        additional_instructions (str | Unset):
        archived (bool | Unset):
        seller (Seller | Unset): The seller of a listing or order; 2013-14 listings carry only id, username and
            resource_url.
        buyer (MarketplaceUser | Unset): A marketplace user as an order or message names them.
        total (Price | Unset): An amount of money.
    """

    id: str
    resource_url: str | Unset = UNSET
    messages_url: str | Unset = UNSET
    uri: str | Unset = UNSET
    status: OrderStatus | Unset = UNSET
    next_status: list[OrderStatus] | Unset = UNSET
    fee: Price | Unset = UNSET
    created: str | Unset = UNSET
    last_activity: str | Unset = UNSET
    items: list[OrderItem] | Unset = UNSET
    shipping: OrderShipping | Unset = UNSET
    shipping_address: str | Unset = UNSET
    additional_instructions: str | Unset = UNSET
    archived: bool | Unset = UNSET
    seller: Seller | Unset = UNSET
    buyer: MarketplaceUser | Unset = UNSET
    total: Price | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        if self.resource_url is not UNSET:
            field_dict["resource_url"] = self.resource_url
        if self.messages_url is not UNSET:
            field_dict["messages_url"] = self.messages_url
        if self.uri is not UNSET:
            field_dict["uri"] = self.uri
        if not isinstance(self.status, Unset):
            field_dict["status"] = self.status.value
        if not isinstance(self.next_status, Unset):
            field_dict["next_status"] = [next_status_item_data.value for next_status_item_data in self.next_status]
        if not isinstance(self.fee, Unset):
            field_dict["fee"] = self.fee.to_dict()
        if self.created is not UNSET:
            field_dict["created"] = self.created
        if self.last_activity is not UNSET:
            field_dict["last_activity"] = self.last_activity
        if not isinstance(self.items, Unset):
            field_dict["items"] = [items_item_data.to_dict() for items_item_data in self.items]
        if not isinstance(self.shipping, Unset):
            field_dict["shipping"] = self.shipping.to_dict()
        if self.shipping_address is not UNSET:
            field_dict["shipping_address"] = self.shipping_address
        if self.additional_instructions is not UNSET:
            field_dict["additional_instructions"] = self.additional_instructions
        if self.archived is not UNSET:
            field_dict["archived"] = self.archived
        if not isinstance(self.seller, Unset):
            field_dict["seller"] = self.seller.to_dict()
        if not isinstance(self.buyer, Unset):
            field_dict["buyer"] = self.buyer.to_dict()
        if not isinstance(self.total, Unset):
            field_dict["total"] = self.total.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"Order: expected an object, got {type(src_dict).__name__}")
        d = src_dict
        id = d["id"]
        if type(id) is not str and not (isinstance(id, str)):
            raise TypeError(f"id: expected a string, got {type(id).__name__}")

        resource_url = d.get("resource_url", UNSET)
        if type(resource_url) is not str and resource_url is not UNSET and not (isinstance(resource_url, str)):
            raise TypeError(f"resource_url: expected a string, got {type(resource_url).__name__}")

        messages_url = d.get("messages_url", UNSET)
        if type(messages_url) is not str and messages_url is not UNSET and not (isinstance(messages_url, str)):
            raise TypeError(f"messages_url: expected a string, got {type(messages_url).__name__}")

        uri = d.get("uri", UNSET)
        if type(uri) is not str and uri is not UNSET and not (isinstance(uri, str)):
            raise TypeError(f"uri: expected a string, got {type(uri).__name__}")

        _status = d.get("status", UNSET)
        status: OrderStatus | Unset = UNSET if _status is UNSET else OrderStatus(_status)

        _next_status = d.get("next_status", UNSET)
        next_status: list[OrderStatus] | Unset = UNSET
        if _next_status is not UNSET:
            if type(_next_status) is not list and not isinstance(_next_status, list):
                raise TypeError(f"next_status: expected an array, got {type(_next_status).__name__}")
            next_status = list(map(OrderStatus, _next_status))

        _fee = d.get("fee", UNSET)
        fee: Price | Unset = UNSET if _fee is UNSET else Price.from_dict(_fee)

        created = d.get("created", UNSET)
        if type(created) is not str and created is not UNSET and not (isinstance(created, str)):
            raise TypeError(f"created: expected a string, got {type(created).__name__}")

        last_activity = d.get("last_activity", UNSET)
        if type(last_activity) is not str and last_activity is not UNSET and not (isinstance(last_activity, str)):
            raise TypeError(f"last_activity: expected a string, got {type(last_activity).__name__}")

        _items = d.get("items", UNSET)
        items: list[OrderItem] | Unset = UNSET
        if _items is not UNSET:
            if type(_items) is not list and not isinstance(_items, list):
                raise TypeError(f"items: expected an array, got {type(_items).__name__}")
            items = list(map(OrderItem.from_dict, _items))

        _shipping = d.get("shipping", UNSET)
        shipping: OrderShipping | Unset = UNSET if _shipping is UNSET else OrderShipping.from_dict(_shipping)

        shipping_address = d.get("shipping_address", UNSET)
        if (
            type(shipping_address) is not str
            and shipping_address is not UNSET
            and not (isinstance(shipping_address, str))
        ):
            raise TypeError(f"shipping_address: expected a string, got {type(shipping_address).__name__}")

        additional_instructions = d.get("additional_instructions", UNSET)
        if (
            type(additional_instructions) is not str
            and additional_instructions is not UNSET
            and not (isinstance(additional_instructions, str))
        ):
            raise TypeError(f"additional_instructions: expected a string, got {type(additional_instructions).__name__}")

        archived = d.get("archived", UNSET)
        if type(archived) is not bool and archived is not UNSET and not (isinstance(archived, bool)):
            raise TypeError(f"archived: expected a boolean, got {type(archived).__name__}")

        _seller = d.get("seller", UNSET)
        seller: Seller | Unset = UNSET if _seller is UNSET else Seller.from_dict(_seller)

        _buyer = d.get("buyer", UNSET)
        buyer: MarketplaceUser | Unset = UNSET if _buyer is UNSET else MarketplaceUser.from_dict(_buyer)

        _total = d.get("total", UNSET)
        total: Price | Unset = UNSET if _total is UNSET else Price.from_dict(_total)

        # Positional, in the order the class declares its fields (the two loops above): a call with keywords
        # matches each name against every parameter, which costs more than reading the fields for a big model.
        order = cls(
            id,
            resource_url,
            messages_url,
            uri,
            status,
            next_status,
            fee,
            created,
            last_activity,
            items,
            shipping,
            shipping_address,
            additional_instructions,
            archived,
            seller,
            buyer,
            total,
        )
        if not _KNOWN.issuperset(d):
            order.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN}
        return order

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
from ..models.order_item import OrderItem
from ..models.order_shipping import OrderShipping
from ..models.price import Price
from ..models.seller import Seller
