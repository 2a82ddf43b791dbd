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
        d = dict(src_dict)
        uri = d.pop("uri", UNSET)

        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        duration = d.pop("duration", UNSET)

        embed = d.pop("embed", UNSET)

        video = cls(
            uri=uri,
            title=title,
            description=description,
            duration=duration,
            embed=embed,
        )

        video.additional_properties = d
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
