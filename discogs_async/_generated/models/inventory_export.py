from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

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
        d = dict(src_dict)
        id = d.pop("id")

        status = d.pop("status", UNSET)

        created_ts = d.pop("created_ts", UNSET)

        def _parse_finished_ts(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        finished_ts = _parse_finished_ts(d.pop("finished_ts", UNSET))

        url = d.pop("url", UNSET)

        download_url = d.pop("download_url", UNSET)

        filename = d.pop("filename", UNSET)

        inventory_export = cls(
            id=id,
            status=status,
            created_ts=created_ts,
            finished_ts=finished_ts,
            url=url,
            download_url=download_url,
            filename=filename,
        )

        inventory_export.additional_properties = d
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
