from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Image")

# The keys this model reads; any other key of the JSON object is kept in additional_properties.
_KNOWN: frozenset[str] = frozenset(
    (
        "type",
        "uri",
        "uri150",
        "resource_url",
        "width",
        "height",
    )
)


@_attrs_define
class Image:
    """An image of a release, master, artist or label. The URLs are signed and change host over the years; use
    them as given. Requests without credentials get empty strings for `uri`, `uri150` and `resource_url`
    (width and height stay filled in).

        Attributes:
            type_ (str | Unset): `primary` or `secondary`.
            uri (str | Unset): The full-size image URL (empty without credentials).
            uri150 (str | Unset): A 150-pixel thumbnail URL (empty without credentials).
            resource_url (str | Unset): Same as `uri` (empty without credentials).
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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.type_ is not UNSET:
            field_dict["type"] = self.type_
        if self.uri is not UNSET:
            field_dict["uri"] = self.uri
        if self.uri150 is not UNSET:
            field_dict["uri150"] = self.uri150
        if self.resource_url is not UNSET:
            field_dict["resource_url"] = self.resource_url
        if self.width is not UNSET:
            field_dict["width"] = self.width
        if self.height is not UNSET:
            field_dict["height"] = self.height
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"Image: expected an object, got {type(src_dict).__name__}")
        d = src_dict
        type_ = d.get("type", UNSET)
        if type(type_) is not str and type_ is not UNSET and not (isinstance(type_, str)):
            raise TypeError(f"type: expected a string, got {type(type_).__name__}")

        uri = d.get("uri", UNSET)
        if type(uri) is not str and uri is not UNSET and not (isinstance(uri, str)):
            raise TypeError(f"uri: expected a string, got {type(uri).__name__}")

        uri150 = d.get("uri150", UNSET)
        if type(uri150) is not str and uri150 is not UNSET and not (isinstance(uri150, str)):
            raise TypeError(f"uri150: expected a string, got {type(uri150).__name__}")

        resource_url = d.get("resource_url", UNSET)
        if type(resource_url) is not str and resource_url is not UNSET and not (isinstance(resource_url, str)):
            raise TypeError(f"resource_url: expected a string, got {type(resource_url).__name__}")

        width = d.get("width", UNSET)
        if (
            type(width) is not int
            and width is not UNSET
            and not (isinstance(width, int) and not isinstance(width, bool))
        ):
            raise TypeError(f"width: expected an integer, got {type(width).__name__}")

        height = d.get("height", UNSET)
        if (
            type(height) is not int
            and height is not UNSET
            and not (isinstance(height, int) and not isinstance(height, bool))
        ):
            raise TypeError(f"height: expected an integer, got {type(height).__name__}")

        # Positional, in the order the class declares its fields (the two loops above): a call with keywords
        # matches each name against every parameter, which costs more than reading the fields for a big model.
        image = cls(
            type_,
            uri,
            uri150,
            resource_url,
            width,
            height,
        )
        if not _KNOWN.issuperset(d):
            image.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN}
        return image

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
