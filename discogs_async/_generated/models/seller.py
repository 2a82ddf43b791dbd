from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Seller")

# The keys this model reads; any other key of the JSON object is kept in additional_properties.
_KNOWN: frozenset[str] = frozenset(
    (
        "id",
        "uid",
        "username",
        "resource_url",
        "url",
        "html_url",
        "avatar_url",
        "payment",
        "shipping",
        "min_order_total",
        "stats",
    )
)


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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.id is not UNSET:
            field_dict["id"] = self.id
        if self.uid is not UNSET:
            field_dict["uid"] = self.uid
        if self.username is not UNSET:
            field_dict["username"] = self.username
        if self.resource_url is not UNSET:
            field_dict["resource_url"] = self.resource_url
        if self.url is not UNSET:
            field_dict["url"] = self.url
        if self.html_url is not UNSET:
            field_dict["html_url"] = self.html_url
        if self.avatar_url is not UNSET:
            field_dict["avatar_url"] = self.avatar_url
        if self.payment is not UNSET:
            field_dict["payment"] = self.payment
        if self.shipping is not UNSET:
            field_dict["shipping"] = self.shipping
        if self.min_order_total is not UNSET:
            field_dict["min_order_total"] = self.min_order_total
        if not isinstance(self.stats, Unset):
            field_dict["stats"] = self.stats.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"Seller: expected an object, got {type(src_dict).__name__}")
        d = src_dict
        id = d.get("id", UNSET)
        if type(id) is not int and id is not UNSET and not (isinstance(id, int) and not isinstance(id, bool)):
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        uid = d.get("uid", UNSET)
        if type(uid) is not int and uid is not UNSET and not (isinstance(uid, int) and not isinstance(uid, bool)):
            raise TypeError(f"uid: expected an integer, got {type(uid).__name__}")

        username = d.get("username", UNSET)
        if type(username) is not str and username is not UNSET and not (isinstance(username, str)):
            raise TypeError(f"username: expected a string, got {type(username).__name__}")

        resource_url = d.get("resource_url", UNSET)
        if type(resource_url) is not str and resource_url is not UNSET and not (isinstance(resource_url, str)):
            raise TypeError(f"resource_url: expected a string, got {type(resource_url).__name__}")

        url = d.get("url", UNSET)
        if type(url) is not str and url is not UNSET and not (isinstance(url, str)):
            raise TypeError(f"url: expected a string, got {type(url).__name__}")

        html_url = d.get("html_url", UNSET)
        if type(html_url) is not str and html_url is not UNSET and not (isinstance(html_url, str)):
            raise TypeError(f"html_url: expected a string, got {type(html_url).__name__}")

        avatar_url = d.get("avatar_url", UNSET)
        if type(avatar_url) is not str and avatar_url is not UNSET and not (isinstance(avatar_url, str)):
            raise TypeError(f"avatar_url: expected a string, got {type(avatar_url).__name__}")

        payment = d.get("payment", UNSET)
        if type(payment) is not str and payment is not UNSET and not (isinstance(payment, str)):
            raise TypeError(f"payment: expected a string, got {type(payment).__name__}")

        shipping = d.get("shipping", UNSET)
        if type(shipping) is not str and shipping is not UNSET and not (isinstance(shipping, str)):
            raise TypeError(f"shipping: expected a string, got {type(shipping).__name__}")

        min_order_total = d.get("min_order_total", UNSET)
        if (
            type(min_order_total) is not float
            and type(min_order_total) is not int
            and min_order_total is not UNSET
            and not (isinstance(min_order_total, int | float) and not isinstance(min_order_total, bool))
        ):
            raise TypeError(f"min_order_total: expected a number, got {type(min_order_total).__name__}")

        _stats = d.get("stats", UNSET)
        stats: SellerStats | Unset = UNSET if _stats is UNSET else SellerStats.from_dict(_stats)

        # Positional, in the order the class declares its fields (the two loops above): a call with keywords
        # matches each name against every parameter, which costs more than reading the fields for a big model.
        seller = cls(
            id,
            uid,
            username,
            resource_url,
            url,
            html_url,
            avatar_url,
            payment,
            shipping,
            min_order_total,
            stats,
        )
        if not _KNOWN.issuperset(d):
            seller.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN}
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


# After the class: a model that refers back to this one finds it defined.
from ..models.seller_stats import SellerStats
