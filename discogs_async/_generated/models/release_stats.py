from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReleaseStats")

# The keys this model reads; any other key of the JSON object is kept in additional_properties.
_KNOWN: frozenset[str] = frozenset(
    (
        "num_have",
        "num_want",
        "is_offensive",
    )
)


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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.num_have is not UNSET:
            field_dict["num_have"] = self.num_have
        if self.num_want is not UNSET:
            field_dict["num_want"] = self.num_want
        if self.is_offensive is not UNSET:
            field_dict["is_offensive"] = self.is_offensive
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"ReleaseStats: expected an object, got {type(src_dict).__name__}")
        d = src_dict
        num_have = d.get("num_have", UNSET)
        if (
            type(num_have) is not int
            and num_have is not UNSET
            and not (isinstance(num_have, int) and not isinstance(num_have, bool))
        ):
            raise TypeError(f"num_have: expected an integer, got {type(num_have).__name__}")

        num_want = d.get("num_want", UNSET)
        if (
            type(num_want) is not int
            and num_want is not UNSET
            and not (isinstance(num_want, int) and not isinstance(num_want, bool))
        ):
            raise TypeError(f"num_want: expected an integer, got {type(num_want).__name__}")

        is_offensive = d.get("is_offensive", UNSET)
        if type(is_offensive) is not bool and is_offensive is not UNSET and not (isinstance(is_offensive, bool)):
            raise TypeError(f"is_offensive: expected a boolean, got {type(is_offensive).__name__}")

        # Positional, in the order the class declares its fields (the two loops above): a call with keywords
        # matches each name against every parameter, which costs more than reading the fields for a big model.
        release_stats = cls(
            num_have,
            num_want,
            is_offensive,
        )
        if not _KNOWN.issuperset(d):
            release_stats.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN}
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
