from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.seller_stats import SellerStats


T = TypeVar("T", bound="Seller")


@_attrs_define
class Seller:
    """The seller of a listing or order; 2013-14 listings carry only id, username and resource_url.

    Attributes:
        id (int | Unset):
        uid (int | Unset):
        username (str | Unset):
        resource_url (str | Unset):
        url (str | Unset):
        html_url (str | Unset):
        avatar_url (str | Unset):
        payment (str | Unset):
        shipping (str | Unset): The seller's shipping terms as free text.
        min_order_total (float | Unset): The smallest order total the seller accepts.
        stats (SellerStats | Unset): The seller's feedback.
    """

    id: int | Unset = UNSET
    uid: int | Unset = UNSET
    username: str | Unset = UNSET
    resource_url: str | Unset = UNSET
    url: str | Unset = UNSET
    html_url: str | Unset = UNSET
    avatar_url: str | Unset = UNSET
    payment: str | Unset = UNSET
    shipping: str | Unset = UNSET
    min_order_total: float | Unset = UNSET
    stats: SellerStats | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        uid = self.uid

        username = self.username

        resource_url = self.resource_url

        url = self.url

        html_url = self.html_url

        avatar_url = self.avatar_url

        payment = self.payment

        shipping = self.shipping

        min_order_total = self.min_order_total

        stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stats, Unset):
            stats = self.stats.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if uid is not UNSET:
            field_dict["uid"] = uid
        if username is not UNSET:
            field_dict["username"] = username
        if resource_url is not UNSET:
            field_dict["resource_url"] = resource_url
        if url is not UNSET:
            field_dict["url"] = url
        if html_url is not UNSET:
            field_dict["html_url"] = html_url
        if avatar_url is not UNSET:
            field_dict["avatar_url"] = avatar_url
        if payment is not UNSET:
            field_dict["payment"] = payment
        if shipping is not UNSET:
            field_dict["shipping"] = shipping
        if min_order_total is not UNSET:
            field_dict["min_order_total"] = min_order_total
        if stats is not UNSET:
            field_dict["stats"] = stats

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.seller_stats import SellerStats  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(f"Seller: expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if not isinstance(id, Unset) and not (isinstance(id, int) and not isinstance(id, bool)):
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        uid = d.pop("uid", UNSET)
        if not isinstance(uid, Unset) and not (isinstance(uid, int) and not isinstance(uid, bool)):
            raise TypeError(f"uid: expected an integer, got {type(uid).__name__}")

        username = d.pop("username", UNSET)
        if not isinstance(username, Unset) and not (isinstance(username, str)):
            raise TypeError(f"username: expected a string, got {type(username).__name__}")

        resource_url = d.pop("resource_url", UNSET)
        if not isinstance(resource_url, Unset) and not (isinstance(resource_url, str)):
            raise TypeError(f"resource_url: expected a string, got {type(resource_url).__name__}")

        url = d.pop("url", UNSET)
        if not isinstance(url, Unset) and not (isinstance(url, str)):
            raise TypeError(f"url: expected a string, got {type(url).__name__}")

        html_url = d.pop("html_url", UNSET)
        if not isinstance(html_url, Unset) and not (isinstance(html_url, str)):
            raise TypeError(f"html_url: expected a string, got {type(html_url).__name__}")

        avatar_url = d.pop("avatar_url", UNSET)
        if not isinstance(avatar_url, Unset) and not (isinstance(avatar_url, str)):
            raise TypeError(f"avatar_url: expected a string, got {type(avatar_url).__name__}")

        payment = d.pop("payment", UNSET)
        if not isinstance(payment, Unset) and not (isinstance(payment, str)):
            raise TypeError(f"payment: expected a string, got {type(payment).__name__}")

        shipping = d.pop("shipping", UNSET)
        if not isinstance(shipping, Unset) and not (isinstance(shipping, str)):
            raise TypeError(f"shipping: expected a string, got {type(shipping).__name__}")

        min_order_total = d.pop("min_order_total", UNSET)
        if not isinstance(min_order_total, Unset) and not (
            isinstance(min_order_total, int | float) and not isinstance(min_order_total, bool)
        ):
            raise TypeError(f"min_order_total: expected a number, got {type(min_order_total).__name__}")

        _stats = d.pop("stats", UNSET)
        stats: SellerStats | Unset
        if isinstance(_stats, Unset):
            stats = UNSET
        else:
            stats = SellerStats.from_dict(_stats)

        seller = cls(
            id=id,
            uid=uid,
            username=username,
            resource_url=resource_url,
            url=url,
            html_url=html_url,
            avatar_url=avatar_url,
            payment=payment,
            shipping=shipping,
            min_order_total=min_order_total,
            stats=stats,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        seller.additional_properties = additional_properties
        return seller

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
