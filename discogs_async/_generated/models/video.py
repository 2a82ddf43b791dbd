from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Video")


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
        uri = self.uri

        title = self.title

        description = self.description

        duration = self.duration

        embed = self.embed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uri is not UNSET:
            field_dict["uri"] = uri
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if duration is not UNSET:
            field_dict["duration"] = duration
        if embed is not UNSET:
            field_dict["embed"] = embed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"Video: expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        uri = d.pop("uri", UNSET)
        if not isinstance(uri, Unset) and not (isinstance(uri, str)):
            raise TypeError(f"uri: expected a string, got {type(uri).__name__}")

        title = d.pop("title", UNSET)
        if not isinstance(title, Unset) and not (isinstance(title, str)):
            raise TypeError(f"title: expected a string, got {type(title).__name__}")

        description = d.pop("description", UNSET)
        if not isinstance(description, Unset) and not (isinstance(description, str)):
            raise TypeError(f"description: expected a string, got {type(description).__name__}")

        duration = d.pop("duration", UNSET)
        if not isinstance(duration, Unset) and not (isinstance(duration, int) and not isinstance(duration, bool)):
            raise TypeError(f"duration: expected an integer, got {type(duration).__name__}")

        embed = d.pop("embed", UNSET)
        if not isinstance(embed, Unset) and not (isinstance(embed, bool)):
            raise TypeError(f"embed: expected a boolean, got {type(embed).__name__}")

        video = cls(
            uri=uri,
            title=title,
            description=description,
            duration=duration,
            embed=embed,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        video.additional_properties = additional_properties
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
