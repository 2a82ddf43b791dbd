from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CollectionItem")

# The keys this model reads; any other key of the JSON object is kept in additional_properties.
_KNOWN: frozenset[str] = frozenset(
    (
        "id",
        "instance_id",
        "folder_id",
        "rating",
        "date_added",
        "basic_information",
        "notes",
    )
)


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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["instance_id"] = self.instance_id
        if self.folder_id is not UNSET:
            field_dict["folder_id"] = self.folder_id
        if self.rating is not UNSET:
            field_dict["rating"] = self.rating
        if self.date_added is not UNSET:
            field_dict["date_added"] = self.date_added
        if not isinstance(self.basic_information, Unset):
            field_dict["basic_information"] = self.basic_information.to_dict()
        if not isinstance(self.notes, Unset):
            field_dict["notes"] = [notes_item_data.to_dict() for notes_item_data in self.notes]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"CollectionItem: expected an object, got {type(src_dict).__name__}")
        d = src_dict
        id = d["id"]
        if type(id) is not int and not (isinstance(id, int) and not isinstance(id, bool)):
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        instance_id = d["instance_id"]
        if type(instance_id) is not int and not (isinstance(instance_id, int) and not isinstance(instance_id, bool)):
            raise TypeError(f"instance_id: expected an integer, got {type(instance_id).__name__}")

        folder_id = d.get("folder_id", UNSET)
        if (
            type(folder_id) is not int
            and folder_id is not UNSET
            and not (isinstance(folder_id, int) and not isinstance(folder_id, bool))
        ):
            raise TypeError(f"folder_id: expected an integer, got {type(folder_id).__name__}")

        rating = d.get("rating", UNSET)
        if (
            type(rating) is not int
            and rating is not UNSET
            and not (isinstance(rating, int) and not isinstance(rating, bool))
        ):
            raise TypeError(f"rating: expected an integer, got {type(rating).__name__}")

        date_added = d.get("date_added", UNSET)
        if type(date_added) is not str and date_added is not UNSET and not (isinstance(date_added, str)):
            raise TypeError(f"date_added: expected a string, got {type(date_added).__name__}")

        _basic_information = d.get("basic_information", UNSET)
        basic_information: BasicInformation | Unset = (
            UNSET if _basic_information is UNSET else BasicInformation.from_dict(_basic_information)
        )

        _notes = d.get("notes", UNSET)
        notes: list[CollectionNote] | Unset = UNSET
        if _notes is not UNSET:
            if type(_notes) is not list and not isinstance(_notes, list):
                raise TypeError(f"notes: expected an array, got {type(_notes).__name__}")
            notes = list(map(CollectionNote.from_dict, _notes))

        # Positional, in the order the class declares its fields (the two loops above): a call with keywords
        # matches each name against every parameter, which costs more than reading the fields for a big model.
        collection_item = cls(
            id,
            instance_id,
            folder_id,
            rating,
            date_added,
            basic_information,
            notes,
        )
        if not _KNOWN.issuperset(d):
            collection_item.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN}
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


# After the class: a model that refers back to this one finds it defined.
from ..models.basic_information import BasicInformation
from ..models.collection_note import CollectionNote
