from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.list_item_type import ListItemType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_item_stats import ListItemStats


T = TypeVar("T", bound="ListItem")


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
        id = self.id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        display_title = self.display_title

        comment = self.comment

        uri = self.uri

        resource_url = self.resource_url

        image_url = self.image_url

        stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stats, Unset):
            stats = self.stats.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if display_title is not UNSET:
            field_dict["display_title"] = display_title
        if comment is not UNSET:
            field_dict["comment"] = comment
        if uri is not UNSET:
            field_dict["uri"] = uri
        if resource_url is not UNSET:
            field_dict["resource_url"] = resource_url
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if stats is not UNSET:
            field_dict["stats"] = stats

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_item_stats import ListItemStats  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(f"ListItem: expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        id = d.pop("id")
        if not (isinstance(id, int) and not isinstance(id, bool)):
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        _type_ = d.pop("type", UNSET)
        type_: ListItemType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ListItemType(_type_)

        display_title = d.pop("display_title", UNSET)
        if not isinstance(display_title, Unset) and not (isinstance(display_title, str)):
            raise TypeError(f"display_title: expected a string, got {type(display_title).__name__}")

        comment = d.pop("comment", UNSET)
        if not isinstance(comment, Unset) and not (isinstance(comment, str)):
            raise TypeError(f"comment: expected a string, got {type(comment).__name__}")

        uri = d.pop("uri", UNSET)
        if not isinstance(uri, Unset) and not (isinstance(uri, str)):
            raise TypeError(f"uri: expected a string, got {type(uri).__name__}")

        resource_url = d.pop("resource_url", UNSET)
        if not isinstance(resource_url, Unset) and not (isinstance(resource_url, str)):
            raise TypeError(f"resource_url: expected a string, got {type(resource_url).__name__}")

        image_url = d.pop("image_url", UNSET)
        if not isinstance(image_url, Unset) and not (isinstance(image_url, str)):
            raise TypeError(f"image_url: expected a string, got {type(image_url).__name__}")

        _stats = d.pop("stats", UNSET)
        stats: ListItemStats | Unset
        if isinstance(_stats, Unset):
            stats = UNSET
        else:
            stats = ListItemStats.from_dict(_stats)

        list_item = cls(
            id=id,
            type_=type_,
            display_title=display_title,
            comment=comment,
            uri=uri,
            resource_url=resource_url,
            image_url=image_url,
            stats=stats,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        list_item.additional_properties = additional_properties
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
