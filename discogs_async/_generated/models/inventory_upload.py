from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.inventory_upload_type import InventoryUploadType
from ..types import UNSET, Unset

T = TypeVar("T", bound="InventoryUpload")


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
        id = self.id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        status = self.status

        results = self.results

        filename = self.filename

        created_ts = self.created_ts

        finished_ts: None | str | Unset
        if isinstance(self.finished_ts, Unset):
            finished_ts = UNSET
        else:
            finished_ts = self.finished_ts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status
        if results is not UNSET:
            field_dict["results"] = results
        if filename is not UNSET:
            field_dict["filename"] = filename
        if created_ts is not UNSET:
            field_dict["created_ts"] = created_ts
        if finished_ts is not UNSET:
            field_dict["finished_ts"] = finished_ts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        _type_ = d.pop("type", UNSET)
        type_: InventoryUploadType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = InventoryUploadType(_type_)

        status = d.pop("status", UNSET)

        results = d.pop("results", UNSET)

        filename = d.pop("filename", UNSET)

        created_ts = d.pop("created_ts", UNSET)

        def _parse_finished_ts(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        finished_ts = _parse_finished_ts(d.pop("finished_ts", UNSET))

        inventory_upload = cls(
            id=id,
            type_=type_,
            status=status,
            results=results,
            filename=filename,
            created_ts=created_ts,
            finished_ts=finished_ts,
        )

        inventory_upload.additional_properties = d
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
