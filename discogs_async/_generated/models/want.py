from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.basic_information import BasicInformation


T = TypeVar("T", bound="Want")


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
        id = self.id

        resource_url = self.resource_url

        rating = self.rating

        notes = self.notes

        notes_public = self.notes_public

        date_added = self.date_added

        basic_information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.basic_information, Unset):
            basic_information = self.basic_information.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if resource_url is not UNSET:
            field_dict["resource_url"] = resource_url
        if rating is not UNSET:
            field_dict["rating"] = rating
        if notes is not UNSET:
            field_dict["notes"] = notes
        if notes_public is not UNSET:
            field_dict["notes_public"] = notes_public
        if date_added is not UNSET:
            field_dict["date_added"] = date_added
        if basic_information is not UNSET:
            field_dict["basic_information"] = basic_information

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.basic_information import BasicInformation  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(f"Want: expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        id = d.pop("id")
        if not (isinstance(id, int) and not isinstance(id, bool)):
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        resource_url = d.pop("resource_url", UNSET)
        if not isinstance(resource_url, Unset) and not (isinstance(resource_url, str)):
            raise TypeError(f"resource_url: expected a string, got {type(resource_url).__name__}")

        rating = d.pop("rating", UNSET)
        if not isinstance(rating, Unset) and not (isinstance(rating, int) and not isinstance(rating, bool)):
            raise TypeError(f"rating: expected an integer, got {type(rating).__name__}")

        notes = d.pop("notes", UNSET)
        if not isinstance(notes, Unset) and not (isinstance(notes, str)):
            raise TypeError(f"notes: expected a string, got {type(notes).__name__}")

        notes_public = d.pop("notes_public", UNSET)
        if not isinstance(notes_public, Unset) and not (isinstance(notes_public, bool)):
            raise TypeError(f"notes_public: expected a boolean, got {type(notes_public).__name__}")

        date_added = d.pop("date_added", UNSET)
        if not isinstance(date_added, Unset) and not (isinstance(date_added, str)):
            raise TypeError(f"date_added: expected a string, got {type(date_added).__name__}")

        _basic_information = d.pop("basic_information", UNSET)
        basic_information: BasicInformation | Unset
        if isinstance(_basic_information, Unset):
            basic_information = UNSET
        else:
            basic_information = BasicInformation.from_dict(_basic_information)

        want = cls(
            id=id,
            resource_url=resource_url,
            rating=rating,
            notes=notes,
            notes_public=notes_public,
            date_added=date_added,
            basic_information=basic_information,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        want.additional_properties = additional_properties
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
