from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_status import OrderStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.marketplace_user import MarketplaceUser
    from ..models.order_item import OrderItem
    from ..models.order_shipping import OrderShipping
    from ..models.price import Price
    from ..models.seller import Seller


T = TypeVar("T", bound="Order")


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
        id = self.id

        resource_url = self.resource_url

        messages_url = self.messages_url

        uri = self.uri

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        next_status: list[str] | Unset = UNSET
        if not isinstance(self.next_status, Unset):
            next_status = []
            for next_status_item_data in self.next_status:
                next_status_item = next_status_item_data.value
                next_status.append(next_status_item)

        fee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fee, Unset):
            fee = self.fee.to_dict()

        created = self.created

        last_activity = self.last_activity

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        shipping: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping, Unset):
            shipping = self.shipping.to_dict()

        shipping_address = self.shipping_address

        additional_instructions = self.additional_instructions

        archived = self.archived

        seller: dict[str, Any] | Unset = UNSET
        if not isinstance(self.seller, Unset):
            seller = self.seller.to_dict()

        buyer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.buyer, Unset):
            buyer = self.buyer.to_dict()

        total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = self.total.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if resource_url is not UNSET:
            field_dict["resource_url"] = resource_url
        if messages_url is not UNSET:
            field_dict["messages_url"] = messages_url
        if uri is not UNSET:
            field_dict["uri"] = uri
        if status is not UNSET:
            field_dict["status"] = status
        if next_status is not UNSET:
            field_dict["next_status"] = next_status
        if fee is not UNSET:
            field_dict["fee"] = fee
        if created is not UNSET:
            field_dict["created"] = created
        if last_activity is not UNSET:
            field_dict["last_activity"] = last_activity
        if items is not UNSET:
            field_dict["items"] = items
        if shipping is not UNSET:
            field_dict["shipping"] = shipping
        if shipping_address is not UNSET:
            field_dict["shipping_address"] = shipping_address
        if additional_instructions is not UNSET:
            field_dict["additional_instructions"] = additional_instructions
        if archived is not UNSET:
            field_dict["archived"] = archived
        if seller is not UNSET:
            field_dict["seller"] = seller
        if buyer is not UNSET:
            field_dict["buyer"] = buyer
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.marketplace_user import MarketplaceUser  # noqa: PLC0415
        from ..models.order_item import OrderItem  # noqa: PLC0415
        from ..models.order_shipping import OrderShipping  # noqa: PLC0415
        from ..models.price import Price  # noqa: PLC0415
        from ..models.seller import Seller  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(f"Order: expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        id = d.pop("id")
        if not (isinstance(id, str)):
            raise TypeError(f"id: expected a string, got {type(id).__name__}")

        resource_url = d.pop("resource_url", UNSET)
        if not isinstance(resource_url, Unset) and not (isinstance(resource_url, str)):
            raise TypeError(f"resource_url: expected a string, got {type(resource_url).__name__}")

        messages_url = d.pop("messages_url", UNSET)
        if not isinstance(messages_url, Unset) and not (isinstance(messages_url, str)):
            raise TypeError(f"messages_url: expected a string, got {type(messages_url).__name__}")

        uri = d.pop("uri", UNSET)
        if not isinstance(uri, Unset) and not (isinstance(uri, str)):
            raise TypeError(f"uri: expected a string, got {type(uri).__name__}")

        _status = d.pop("status", UNSET)
        status: OrderStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = OrderStatus(_status)

        _next_status = d.pop("next_status", UNSET)
        next_status: list[OrderStatus] | Unset = UNSET
        if not isinstance(_next_status, Unset):
            if not isinstance(_next_status, list):
                raise TypeError(f"next_status: expected an array, got {type(_next_status).__name__}")
            next_status = []
            for next_status_item_data in _next_status:
                next_status_item = OrderStatus(next_status_item_data)

                next_status.append(next_status_item)

        _fee = d.pop("fee", UNSET)
        fee: Price | Unset
        if isinstance(_fee, Unset):
            fee = UNSET
        else:
            fee = Price.from_dict(_fee)

        created = d.pop("created", UNSET)
        if not isinstance(created, Unset) and not (isinstance(created, str)):
            raise TypeError(f"created: expected a string, got {type(created).__name__}")

        last_activity = d.pop("last_activity", UNSET)
        if not isinstance(last_activity, Unset) and not (isinstance(last_activity, str)):
            raise TypeError(f"last_activity: expected a string, got {type(last_activity).__name__}")

        _items = d.pop("items", UNSET)
        items: list[OrderItem] | Unset = UNSET
        if not isinstance(_items, Unset):
            if not isinstance(_items, list):
                raise TypeError(f"items: expected an array, got {type(_items).__name__}")
            items = []
            for items_item_data in _items:
                items_item = OrderItem.from_dict(items_item_data)

                items.append(items_item)

        _shipping = d.pop("shipping", UNSET)
        shipping: OrderShipping | Unset
        if isinstance(_shipping, Unset):
            shipping = UNSET
        else:
            shipping = OrderShipping.from_dict(_shipping)

        shipping_address = d.pop("shipping_address", UNSET)
        if not isinstance(shipping_address, Unset) and not (isinstance(shipping_address, str)):
            raise TypeError(f"shipping_address: expected a string, got {type(shipping_address).__name__}")

        additional_instructions = d.pop("additional_instructions", UNSET)
        if not isinstance(additional_instructions, Unset) and not (isinstance(additional_instructions, str)):
            raise TypeError(f"additional_instructions: expected a string, got {type(additional_instructions).__name__}")

        archived = d.pop("archived", UNSET)
        if not isinstance(archived, Unset) and not (isinstance(archived, bool)):
            raise TypeError(f"archived: expected a boolean, got {type(archived).__name__}")

        _seller = d.pop("seller", UNSET)
        seller: Seller | Unset
        if isinstance(_seller, Unset):
            seller = UNSET
        else:
            seller = Seller.from_dict(_seller)

        _buyer = d.pop("buyer", UNSET)
        buyer: MarketplaceUser | Unset
        if isinstance(_buyer, Unset):
            buyer = UNSET
        else:
            buyer = MarketplaceUser.from_dict(_buyer)

        _total = d.pop("total", UNSET)
        total: Price | Unset
        if isinstance(_total, Unset):
            total = UNSET
        else:
            total = Price.from_dict(_total)

        order = cls(
            id=id,
            resource_url=resource_url,
            messages_url=messages_url,
            uri=uri,
            status=status,
            next_status=next_status,
            fee=fee,
            created=created,
            last_activity=last_activity,
            items=items,
            shipping=shipping,
            shipping_address=shipping_address,
            additional_instructions=additional_instructions,
            archived=archived,
            seller=seller,
            buyer=buyer,
            total=total,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        order.additional_properties = additional_properties
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
