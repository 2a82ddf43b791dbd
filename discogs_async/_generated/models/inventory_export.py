from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InventoryExport")

# The keys this model reads; any other key of the JSON object is kept in additional_properties.
_KNOWN: frozenset[str] = frozenset(
    (
        "id",
        "status",
        "created_ts",
        "finished_ts",
        "url",
        "download_url",
        "filename",
    )
)


@_attrs_define
class InventoryExport:
    """An inventory export job.

    Attributes:
        id (int):
        status (str | Unset): How far the job got, such as "success".
        created_ts (str | Unset): When the job was created, an ISO 8601 timestamp without offset.
        finished_ts (None | str | Unset): When the job finished, an ISO 8601 timestamp without offset; missing or null
            while it runs.
        url (str | Unset):
        download_url (str | Unset):
        filename (str | Unset):
    """

    id: int
    status: str | Unset = UNSET
    created_ts: str | Unset = UNSET
    finished_ts: None | str | Unset = UNSET
    url: str | Unset = UNSET
    download_url: str | Unset = UNSET
    filename: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        if self.status is not UNSET:
            field_dict["status"] = self.status
        if self.created_ts is not UNSET:
            field_dict["created_ts"] = self.created_ts
        if not isinstance(self.finished_ts, Unset):
            field_dict["finished_ts"] = self.finished_ts
        if self.url is not UNSET:
            field_dict["url"] = self.url
        if self.download_url is not UNSET:
            field_dict["download_url"] = self.download_url
        if self.filename is not UNSET:
            field_dict["filename"] = self.filename
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"InventoryExport: expected an object, got {type(src_dict).__name__}")
        d = src_dict
        id = d["id"]
        if type(id) is not int and not (isinstance(id, int) and not isinstance(id, bool)):
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        status = d.get("status", UNSET)
        if type(status) is not str and status is not UNSET and not (isinstance(status, str)):
            raise TypeError(f"status: expected a string, got {type(status).__name__}")

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

        url = d.get("url", UNSET)
        if type(url) is not str and url is not UNSET and not (isinstance(url, str)):
            raise TypeError(f"url: expected a string, got {type(url).__name__}")

        download_url = d.get("download_url", UNSET)
        if type(download_url) is not str and download_url is not UNSET and not (isinstance(download_url, str)):
            raise TypeError(f"download_url: expected a string, got {type(download_url).__name__}")

        filename = d.get("filename", UNSET)
        if type(filename) is not str and filename is not UNSET and not (isinstance(filename, str)):
            raise TypeError(f"filename: expected a string, got {type(filename).__name__}")

        # Positional, in the order the class declares its fields (the two loops above): a call with keywords
        # matches each name against every parameter, which costs more than reading the fields for a big model.
        inventory_export = cls(
            id,
            status,
            created_ts,
            finished_ts,
            url,
            download_url,
            filename,
        )
        if not _KNOWN.issuperset(d):
            inventory_export.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN}
        return inventory_export

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
