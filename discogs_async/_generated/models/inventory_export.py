from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InventoryExport")


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
        id = self.id

        status = self.status

        created_ts = self.created_ts

        finished_ts: None | str | Unset
        if isinstance(self.finished_ts, Unset):
            finished_ts = UNSET
        else:
            finished_ts = self.finished_ts

        url = self.url

        download_url = self.download_url

        filename = self.filename

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if created_ts is not UNSET:
            field_dict["created_ts"] = created_ts
        if finished_ts is not UNSET:
            field_dict["finished_ts"] = finished_ts
        if url is not UNSET:
            field_dict["url"] = url
        if download_url is not UNSET:
            field_dict["download_url"] = download_url
        if filename is not UNSET:
            field_dict["filename"] = filename

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"InventoryExport: expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        id = d.pop("id")
        if not (isinstance(id, int) and not isinstance(id, bool)):
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        status = d.pop("status", UNSET)
        if not isinstance(status, Unset) and not (isinstance(status, str)):
            raise TypeError(f"status: expected a string, got {type(status).__name__}")

        created_ts = d.pop("created_ts", UNSET)
        if not isinstance(created_ts, Unset) and not (isinstance(created_ts, str)):
            raise TypeError(f"created_ts: expected a string, got {type(created_ts).__name__}")

        def _parse_finished_ts(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"finished_ts: expected None | str, got {type(data).__name__}")
            finished_ts_type_0 = data
            if not (isinstance(finished_ts_type_0, str)):
                raise TypeError(f"finished_ts_type_0: expected a string, got {type(finished_ts_type_0).__name__}")

            return finished_ts_type_0

        finished_ts = _parse_finished_ts(d.pop("finished_ts", UNSET))

        url = d.pop("url", UNSET)
        if not isinstance(url, Unset) and not (isinstance(url, str)):
            raise TypeError(f"url: expected a string, got {type(url).__name__}")

        download_url = d.pop("download_url", UNSET)
        if not isinstance(download_url, Unset) and not (isinstance(download_url, str)):
            raise TypeError(f"download_url: expected a string, got {type(download_url).__name__}")

        filename = d.pop("filename", UNSET)
        if not isinstance(filename, Unset) and not (isinstance(filename, str)):
            raise TypeError(f"filename: expected a string, got {type(filename).__name__}")

        inventory_export = cls(
            id=id,
            status=status,
            created_ts=created_ts,
            finished_ts=finished_ts,
            url=url,
            download_url=download_url,
            filename=filename,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        inventory_export.additional_properties = additional_properties
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
