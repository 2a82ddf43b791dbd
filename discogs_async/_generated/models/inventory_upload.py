from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.inventory_upload_type import InventoryUploadType
from ..types import UNSET, Unset

T = TypeVar("T", bound="InventoryUpload")

# The keys this model reads; any other key of the JSON object is kept in additional_properties.
_KNOWN: frozenset[str] = frozenset(
    (
        "id",
        "type",
        "status",
        "results",
        "filename",
        "created_ts",
        "finished_ts",
    )
)


@_attrs_define
class InventoryUpload:
    """An inventory upload job.

    Attributes:
        id (int):
        type_ (InventoryUploadType | Unset): Which kind of CSV upload a job processed.
        status (str | Unset): How far the job got, such as "success".
        results (str | Unset): The processing report, as HTML text.
        filename (str | Unset):
        created_ts (str | Unset): When the job was created, an ISO 8601 timestamp without offset.
        finished_ts (None | str | Unset): When the job finished, an ISO 8601 timestamp without offset; missing or null
            while it runs.
    """

    id: int
    type_: InventoryUploadType | Unset = UNSET
    status: str | Unset = UNSET
    results: str | Unset = UNSET
    filename: str | Unset = UNSET
    created_ts: str | Unset = UNSET
    finished_ts: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_.value
        if self.status is not UNSET:
            field_dict["status"] = self.status
        if self.results is not UNSET:
            field_dict["results"] = self.results
        if self.filename is not UNSET:
            field_dict["filename"] = self.filename
        if self.created_ts is not UNSET:
            field_dict["created_ts"] = self.created_ts
        if not isinstance(self.finished_ts, Unset):
            field_dict["finished_ts"] = self.finished_ts
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"InventoryUpload: expected an object, got {type(src_dict).__name__}")
        d = src_dict
        id = d["id"]
        if type(id) is not int and not (isinstance(id, int) and not isinstance(id, bool)):
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        _type_ = d.get("type", UNSET)
        type_: InventoryUploadType | Unset = UNSET if _type_ is UNSET else InventoryUploadType(_type_)

        status = d.get("status", UNSET)
        if type(status) is not str and status is not UNSET and not (isinstance(status, str)):
            raise TypeError(f"status: expected a string, got {type(status).__name__}")

        results = d.get("results", UNSET)
        if type(results) is not str and results is not UNSET and not (isinstance(results, str)):
            raise TypeError(f"results: expected a string, got {type(results).__name__}")

        filename = d.get("filename", UNSET)
        if type(filename) is not str and filename is not UNSET and not (isinstance(filename, str)):
            raise TypeError(f"filename: expected a string, got {type(filename).__name__}")

        created_ts = d.get("created_ts", UNSET)
        if type(created_ts) is not str and created_ts is not UNSET and not (isinstance(created_ts, str)):
            raise TypeError(f"created_ts: expected a string, got {type(created_ts).__name__}")

        finished_ts = d.get("finished_ts", UNSET)
        if (
            type(finished_ts) is not str
            and finished_ts is not None
            and finished_ts is not UNSET
            and not (isinstance(finished_ts, str))
        ):
            raise TypeError(f"finished_ts: expected None | str, got {type(finished_ts).__name__}")

        # Positional, in the order the class declares its fields (the two loops above): a call with keywords
        # matches each name against every parameter, which costs more than reading the fields for a big model.
        inventory_upload = cls(
            id,
            type_,
            status,
            results,
            filename,
            created_ts,
            finished_ts,
        )
        if not _KNOWN.issuperset(d):
            inventory_upload.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN}
        return inventory_upload

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
