from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.order import Order
    from ..models.pagination import Pagination


T = TypeVar("T", bound="OrderList")


@_attrs_define
class OrderList:
    """A page of orders.

    Attributes:
        pagination (Pagination): Where a page stands in its list. `pages` may be capped while `items` keeps the true
            total.
        orders (list[Order]):
    """

    pagination: Pagination
    orders: list[Order]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pagination = self.pagination.to_dict()

        orders = []
        for orders_item_data in self.orders:
            orders_item = orders_item_data.to_dict()
            orders.append(orders_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pagination": pagination,
                "orders": orders,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.order import Order  # noqa: PLC0415
        from ..models.pagination import Pagination  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(f"OrderList: expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        pagination = Pagination.from_dict(d.pop("pagination"))

        _orders = d.pop("orders")
        if not isinstance(_orders, list):
            raise TypeError(f"orders: expected an array, got {type(_orders).__name__}")
        orders = []
        for orders_item_data in _orders:
            orders_item = Order.from_dict(orders_item_data)

            orders.append(orders_item)

        order_list = cls(
            pagination=pagination,
            orders=orders,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        order_list.additional_properties = additional_properties
        return order_list

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
