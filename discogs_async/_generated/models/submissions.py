from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Submissions")

# The keys this model reads; any other key of the JSON object is kept in additional_properties.
_KNOWN: frozenset[str] = frozenset(
    (
        "releases",
        "artists",
        "labels",
    )
)


@_attrs_define
class Submissions:
    """One page of edits, as one list per kind of entity; a kind with no edits on the page is an empty list.

    Attributes:
        releases (list[Release] | Unset):
        artists (list[Artist] | Unset): Artist objects as `GET /artists/{artist_id}` gives them, except that `members`
            holds plain names (QUIRKS.md C8, D3; the Artist schema accepts both shapes).
        labels (list[Label] | Unset):
    """

    releases: list[Release] | Unset = UNSET
    artists: list[Artist] | Unset = UNSET
    labels: list[Label] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.releases, Unset):
            field_dict["releases"] = [releases_item_data.to_dict() for releases_item_data in self.releases]
        if not isinstance(self.artists, Unset):
            field_dict["artists"] = [artists_item_data.to_dict() for artists_item_data in self.artists]
        if not isinstance(self.labels, Unset):
            field_dict["labels"] = [labels_item_data.to_dict() for labels_item_data in self.labels]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"Submissions: expected an object, got {type(src_dict).__name__}")
        d = src_dict
        _releases = d.get("releases", UNSET)
        releases: list[Release] | Unset = UNSET
        if _releases is not UNSET:
            if type(_releases) is not list and not isinstance(_releases, list):
                raise TypeError(f"releases: expected an array, got {type(_releases).__name__}")
            releases = list(map(Release.from_dict, _releases))

        _artists = d.get("artists", UNSET)
        artists: list[Artist] | Unset = UNSET
        if _artists is not UNSET:
            if type(_artists) is not list and not isinstance(_artists, list):
                raise TypeError(f"artists: expected an array, got {type(_artists).__name__}")
            artists = list(map(Artist.from_dict, _artists))

        _labels = d.get("labels", UNSET)
        labels: list[Label] | Unset = UNSET
        if _labels is not UNSET:
            if type(_labels) is not list and not isinstance(_labels, list):
                raise TypeError(f"labels: expected an array, got {type(_labels).__name__}")
            labels = list(map(Label.from_dict, _labels))

        # Positional, in the order the class declares its fields (the two loops above): a call with keywords
        # matches each name against every parameter, which costs more than reading the fields for a big model.
        submissions = cls(
            releases,
            artists,
            labels,
        )
        if not _KNOWN.issuperset(d):
            submissions.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN}
        return submissions

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
from ..models.artist import Artist
from ..models.label import Label
from ..models.release import Release
