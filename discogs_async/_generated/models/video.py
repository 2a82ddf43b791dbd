from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Video")

# The keys this model reads; any other key of the JSON object is kept in additional_properties.
_KNOWN: frozenset[str] = frozenset(
    (
        "uri",
        "title",
        "description",
        "duration",
        "embed",
    )
)


@_attrs_define
class Video:
    """A video linked to a release or master (usually on YouTube).

    Attributes:
        uri (str | Unset):
        title (str | Unset):
        description (str | Unset):
        duration (int | Unset): Length in seconds.
        embed (bool | Unset): Whether the video may be embedded.
    """

    uri: str | Unset = UNSET
    title: str | Unset = UNSET
    description: str | Unset = UNSET
    duration: int | Unset = UNSET
    embed: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.uri is not UNSET:
            field_dict["uri"] = self.uri
        if self.title is not UNSET:
            field_dict["title"] = self.title
        if self.description is not UNSET:
            field_dict["description"] = self.description
        if self.duration is not UNSET:
            field_dict["duration"] = self.duration
        if self.embed is not UNSET:
            field_dict["embed"] = self.embed
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"Video: expected an object, got {type(src_dict).__name__}")
        d = src_dict
        uri = d.get("uri", UNSET)
        if type(uri) is not str and uri is not UNSET and not (isinstance(uri, str)):
            raise TypeError(f"uri: expected a string, got {type(uri).__name__}")

        title = d.get("title", UNSET)
        if type(title) is not str and title is not UNSET and not (isinstance(title, str)):
            raise TypeError(f"title: expected a string, got {type(title).__name__}")

        description = d.get("description", UNSET)
        if type(description) is not str and description is not UNSET and not (isinstance(description, str)):
            raise TypeError(f"description: expected a string, got {type(description).__name__}")

        duration = d.get("duration", UNSET)
        if (
            type(duration) is not int
            and duration is not UNSET
            and not (isinstance(duration, int) and not isinstance(duration, bool))
        ):
            raise TypeError(f"duration: expected an integer, got {type(duration).__name__}")

        embed = d.get("embed", UNSET)
        if type(embed) is not bool and embed is not UNSET and not (isinstance(embed, bool)):
            raise TypeError(f"embed: expected a boolean, got {type(embed).__name__}")

        # Positional, in the order the class declares its fields (the two loops above): a call with keywords
        # matches each name against every parameter, which costs more than reading the fields for a big model.
        video = cls(
            uri,
            title,
            description,
            duration,
            embed,
        )
        if not _KNOWN.issuperset(d):
            video.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN}
        return video

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
