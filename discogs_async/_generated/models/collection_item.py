from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.basic_information import BasicInformation
    from ..models.collection_note import CollectionNote


T = TypeVar("T", bound="CollectionItem")


@_attrs_define
class CollectionItem:
    """One copy (instance) of a release in a collection.

    Attributes:
        id (int): The release's id.
        instance_id (int):
        folder_id (int | Unset): Absent in answers from before 2015.
        rating (int | Unset): The owner's rating, 0 (unrated) to 5.
        date_added (str | Unset): When the copy was added, an ISO 8601 timestamp with offset. Absent in answers from
            before 2015.
        basic_information (BasicInformation | Unset): The short release data that collection and wantlist entries carry.
        notes (list[CollectionNote] | Unset): The values of the notes fields (see List Fields). Absent when no field is
            set; only public fields unless the caller is the owner; a field may be present with an empty value.
    """

    id: int
    instance_id: int
    folder_id: int | Unset = UNSET
    rating: int | Unset = UNSET
    date_added: str | Unset = UNSET
    basic_information: BasicInformation | Unset = UNSET
    notes: list[CollectionNote] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        instance_id = self.instance_id

        folder_id = self.folder_id

        rating = self.rating

        date_added = self.date_added

        basic_information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.basic_information, Unset):
            basic_information = self.basic_information.to_dict()

        notes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.notes, Unset):
            notes = []
            for notes_item_data in self.notes:
                notes_item = notes_item_data.to_dict()
                notes.append(notes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "instance_id": instance_id,
            }
        )
        if folder_id is not UNSET:
            field_dict["folder_id"] = folder_id
        if rating is not UNSET:
            field_dict["rating"] = rating
        if date_added is not UNSET:
            field_dict["date_added"] = date_added
        if basic_information is not UNSET:
            field_dict["basic_information"] = basic_information
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.basic_information import BasicInformation  # noqa: PLC0415
        from ..models.collection_note import CollectionNote  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(f"CollectionItem: expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        id = d.pop("id")
        if not (isinstance(id, int) and not isinstance(id, bool)):
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        instance_id = d.pop("instance_id")
        if not (isinstance(instance_id, int) and not isinstance(instance_id, bool)):
            raise TypeError(f"instance_id: expected an integer, got {type(instance_id).__name__}")

        folder_id = d.pop("folder_id", UNSET)
        if not isinstance(folder_id, Unset) and not (isinstance(folder_id, int) and not isinstance(folder_id, bool)):
            raise TypeError(f"folder_id: expected an integer, got {type(folder_id).__name__}")

        rating = d.pop("rating", UNSET)
        if not isinstance(rating, Unset) and not (isinstance(rating, int) and not isinstance(rating, bool)):
            raise TypeError(f"rating: expected an integer, got {type(rating).__name__}")

        date_added = d.pop("date_added", UNSET)
        if not isinstance(date_added, Unset) and not (isinstance(date_added, str)):
            raise TypeError(f"date_added: expected a string, got {type(date_added).__name__}")

        _basic_information = d.pop("basic_information", UNSET)
        basic_information: BasicInformation | Unset
        if isinstance(_basic_information, Unset):
            basic_information = UNSET
        else:
            basic_information = BasicInformation.from_dict(_basic_information)

        _notes = d.pop("notes", UNSET)
        notes: list[CollectionNote] | Unset = UNSET
        if not isinstance(_notes, Unset):
            if not isinstance(_notes, list):
                raise TypeError(f"notes: expected an array, got {type(_notes).__name__}")
            notes = []
            for notes_item_data in _notes:
                notes_item = CollectionNote.from_dict(notes_item_data)

                notes.append(notes_item)

        collection_item = cls(
            id=id,
            instance_id=instance_id,
            folder_id=folder_id,
            rating=rating,
            date_added=date_added,
            basic_information=basic_information,
            notes=notes,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        collection_item.additional_properties = additional_properties
        return collection_item

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
