from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Want")

# The keys this model reads; any other key of the JSON object is kept in additional_properties.
_KNOWN: frozenset[str] = frozenset(
    (
        "id",
        "resource_url",
        "rating",
        "notes",
        "notes_public",
        "date_added",
        "basic_information",
    )
)


@_attrs_define
class Want:
    """A release on a wantlist.

    Attributes:
        id (int): The release's id.
        resource_url (str | Unset):
        rating (int | Unset): The owner's rating, 0 (unrated) to 5.
        notes (str | Unset): The owner's notes; sent only to the owner.
        notes_public (bool | Unset): Whether the notes are public (answers from 2013-2014).
        date_added (str | Unset): When the release was added, an ISO 8601 timestamp with offset.
        basic_information (BasicInformation | Unset): The short release data that collection and wantlist entries carry.
    """

    id: int
    resource_url: str | Unset = UNSET
    rating: int | Unset = UNSET
    notes: str | Unset = UNSET
    notes_public: bool | Unset = UNSET
    date_added: str | Unset = UNSET
    basic_information: BasicInformation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        if self.resource_url is not UNSET:
            field_dict["resource_url"] = self.resource_url
        if self.rating is not UNSET:
            field_dict["rating"] = self.rating
        if self.notes is not UNSET:
            field_dict["notes"] = self.notes
        if self.notes_public is not UNSET:
            field_dict["notes_public"] = self.notes_public
        if self.date_added is not UNSET:
            field_dict["date_added"] = self.date_added
        if not isinstance(self.basic_information, Unset):
            field_dict["basic_information"] = self.basic_information.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"Want: expected an object, got {type(src_dict).__name__}")
        d = src_dict
        id = d["id"]
        if type(id) is not int and not (isinstance(id, int) and not isinstance(id, bool)):
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        resource_url = d.get("resource_url", UNSET)
        if type(resource_url) is not str and resource_url is not UNSET and not (isinstance(resource_url, str)):
            raise TypeError(f"resource_url: expected a string, got {type(resource_url).__name__}")

        rating = d.get("rating", UNSET)
        if (
            type(rating) is not int
            and rating is not UNSET
            and not (isinstance(rating, int) and not isinstance(rating, bool))
        ):
            raise TypeError(f"rating: expected an integer, got {type(rating).__name__}")

        notes = d.get("notes", UNSET)
        if type(notes) is not str and notes is not UNSET and not (isinstance(notes, str)):
            raise TypeError(f"notes: expected a string, got {type(notes).__name__}")

        notes_public = d.get("notes_public", UNSET)
        if type(notes_public) is not bool and notes_public is not UNSET and not (isinstance(notes_public, bool)):
            raise TypeError(f"notes_public: expected a boolean, got {type(notes_public).__name__}")

        date_added = d.get("date_added", UNSET)
        if type(date_added) is not str and date_added is not UNSET and not (isinstance(date_added, str)):
            raise TypeError(f"date_added: expected a string, got {type(date_added).__name__}")

        _basic_information = d.get("basic_information", UNSET)
        basic_information: BasicInformation | Unset = (
            UNSET if _basic_information is UNSET else BasicInformation.from_dict(_basic_information)
        )

        # Positional, in the order the class declares its fields (the two loops above): a call with keywords
        # matches each name against every parameter, which costs more than reading the fields for a big model.
        want = cls(
            id,
            resource_url,
            rating,
            notes,
            notes_public,
            date_added,
            basic_information,
        )
        if not _KNOWN.issuperset(d):
            want.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN}
        return want

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
from ..models.basic_information import BasicInformation
