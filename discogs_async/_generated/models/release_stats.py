from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReleaseStats")


@_attrs_define
class ReleaseStats:
    """What `GET /releases/{release_id}/stats` returns. The documentation promises have and want counts; the live
    API sends only `is_offensive`. All three keys are optional so either shape parses.

        Attributes:
            num_have (int | Unset): Documented collection count (not sent by the live API).
            num_want (int | Unset): Documented wantlist count (not sent by the live API).
            is_offensive (bool | Unset): Whether the release is flagged as offensive (what the live API sends).
    """

    num_have: int | Unset = UNSET
    num_want: int | Unset = UNSET
    is_offensive: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        num_have = self.num_have

        num_want = self.num_want

        is_offensive = self.is_offensive

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if num_have is not UNSET:
            field_dict["num_have"] = num_have
        if num_want is not UNSET:
            field_dict["num_want"] = num_want
        if is_offensive is not UNSET:
            field_dict["is_offensive"] = is_offensive

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"ReleaseStats: expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        num_have = d.pop("num_have", UNSET)
        if not isinstance(num_have, Unset) and not (isinstance(num_have, int) and not isinstance(num_have, bool)):
            raise TypeError(f"num_have: expected an integer, got {type(num_have).__name__}")

        num_want = d.pop("num_want", UNSET)
        if not isinstance(num_want, Unset) and not (isinstance(num_want, int) and not isinstance(num_want, bool)):
            raise TypeError(f"num_want: expected an integer, got {type(num_want).__name__}")

        is_offensive = d.pop("is_offensive", UNSET)
        if not isinstance(is_offensive, Unset) and not (isinstance(is_offensive, bool)):
            raise TypeError(f"is_offensive: expected a boolean, got {type(is_offensive).__name__}")

        release_stats = cls(
            num_have=num_have,
            num_want=num_want,
            is_offensive=is_offensive,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        release_stats.additional_properties = additional_properties
        return release_stats

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
