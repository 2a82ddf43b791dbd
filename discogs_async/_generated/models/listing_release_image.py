from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListingReleaseImage")


@_attrs_define
class ListingReleaseImage:
    """An image of a listed release.

    Attributes:
        type_ (str | Unset): primary or secondary.
        uri (str | Unset):
        uri150 (str | Unset):
        resource_url (str | Unset):
        width (int | Unset):
        height (int | Unset):
    """

    type_: str | Unset = UNSET
    uri: str | Unset = UNSET
    uri150: str | Unset = UNSET
    resource_url: str | Unset = UNSET
    width: int | Unset = UNSET
    height: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        uri = self.uri

        uri150 = self.uri150

        resource_url = self.resource_url

        width = self.width

        height = self.height

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if uri is not UNSET:
            field_dict["uri"] = uri
        if uri150 is not UNSET:
            field_dict["uri150"] = uri150
        if resource_url is not UNSET:
            field_dict["resource_url"] = resource_url
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"ListingReleaseImage: expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)
        if not isinstance(type_, Unset) and not (isinstance(type_, str)):
            raise TypeError(f"type: expected a string, got {type(type_).__name__}")

        uri = d.pop("uri", UNSET)
        if not isinstance(uri, Unset) and not (isinstance(uri, str)):
            raise TypeError(f"uri: expected a string, got {type(uri).__name__}")

        uri150 = d.pop("uri150", UNSET)
        if not isinstance(uri150, Unset) and not (isinstance(uri150, str)):
            raise TypeError(f"uri150: expected a string, got {type(uri150).__name__}")

        resource_url = d.pop("resource_url", UNSET)
        if not isinstance(resource_url, Unset) and not (isinstance(resource_url, str)):
            raise TypeError(f"resource_url: expected a string, got {type(resource_url).__name__}")

        width = d.pop("width", UNSET)
        if not isinstance(width, Unset) and not (isinstance(width, int) and not isinstance(width, bool)):
            raise TypeError(f"width: expected an integer, got {type(width).__name__}")

        height = d.pop("height", UNSET)
        if not isinstance(height, Unset) and not (isinstance(height, int) and not isinstance(height, bool)):
            raise TypeError(f"height: expected an integer, got {type(height).__name__}")

        listing_release_image = cls(
            type_=type_,
            uri=uri,
            uri150=uri150,
            resource_url=resource_url,
            width=width,
            height=height,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        listing_release_image.additional_properties = additional_properties
        return listing_release_image

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
