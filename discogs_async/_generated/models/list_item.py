from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.list_item_type import ListItemType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ListItem")

# The keys this model reads; any other key of the JSON object is kept in additional_properties.
_KNOWN: frozenset[str] = frozenset(
    (
        "id",
        "type",
        "display_title",
        "comment",
        "uri",
        "resource_url",
        "image_url",
        "stats",
    )
)


@_attrs_define
class ListItem:
    """One entry of a list.

    Attributes:
        id (int): The id of the release, master, artist or label.
        type_ (ListItemType | Unset): What a list item is.
        display_title (str | Unset):
        comment (str | Unset): The list owner's comment on the entry.
        uri (str | Unset):
        resource_url (str | Unset):
        image_url (str | Unset):
        stats (ListItemStats | Unset): Counts about a list entry.
    """

    id: int
    type_: ListItemType | Unset = UNSET
    display_title: str | Unset = UNSET
    comment: str | Unset = UNSET
    uri: str | Unset = UNSET
    resource_url: str | Unset = UNSET
    image_url: str | Unset = UNSET
    stats: ListItemStats | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_.value
        if self.display_title is not UNSET:
            field_dict["display_title"] = self.display_title
        if self.comment is not UNSET:
            field_dict["comment"] = self.comment
        if self.uri is not UNSET:
            field_dict["uri"] = self.uri
        if self.resource_url is not UNSET:
            field_dict["resource_url"] = self.resource_url
        if self.image_url is not UNSET:
            field_dict["image_url"] = self.image_url
        if not isinstance(self.stats, Unset):
            field_dict["stats"] = self.stats.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"ListItem: expected an object, got {type(src_dict).__name__}")
        d = src_dict
        id = d["id"]
        if type(id) is not int and not (isinstance(id, int) and not isinstance(id, bool)):
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        _type_ = d.get("type", UNSET)
        type_: ListItemType | Unset = UNSET if _type_ is UNSET else ListItemType(_type_)

        display_title = d.get("display_title", UNSET)
        if type(display_title) is not str and display_title is not UNSET and not (isinstance(display_title, str)):
            raise TypeError(f"display_title: expected a string, got {type(display_title).__name__}")

        comment = d.get("comment", UNSET)
        if type(comment) is not str and comment is not UNSET and not (isinstance(comment, str)):
            raise TypeError(f"comment: expected a string, got {type(comment).__name__}")

        uri = d.get("uri", UNSET)
        if type(uri) is not str and uri is not UNSET and not (isinstance(uri, str)):
            raise TypeError(f"uri: expected a string, got {type(uri).__name__}")

        resource_url = d.get("resource_url", UNSET)
        if type(resource_url) is not str and resource_url is not UNSET and not (isinstance(resource_url, str)):
            raise TypeError(f"resource_url: expected a string, got {type(resource_url).__name__}")

        image_url = d.get("image_url", UNSET)
        if type(image_url) is not str and image_url is not UNSET and not (isinstance(image_url, str)):
            raise TypeError(f"image_url: expected a string, got {type(image_url).__name__}")

        _stats = d.get("stats", UNSET)
        stats: ListItemStats | Unset = UNSET if _stats is UNSET else ListItemStats.from_dict(_stats)

        # Positional, in the order the class declares its fields (the two loops above): a call with keywords
        # matches each name against every parameter, which costs more than reading the fields for a big model.
        list_item = cls(
            id,
            type_,
            display_title,
            comment,
            uri,
            resource_url,
            image_url,
            stats,
        )
        if not _KNOWN.issuperset(d):
            list_item.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN}
        return list_item

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
from ..models.list_item_stats import ListItemStats
