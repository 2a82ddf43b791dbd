from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchCommunity")

# The keys this model reads; any other key of the JSON object is kept in additional_properties.
_KNOWN: frozenset[str] = frozenset(
    (
        "have",
        "want",
    )
)


@_attrs_define
class SearchCommunity:
    """Have and want counts of a release or master result.

    Attributes:
        have (int | Unset):
        want (int | Unset):
    """

    have: int | Unset = UNSET
    want: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.have is not UNSET:
            field_dict["have"] = self.have
        if self.want is not UNSET:
            field_dict["want"] = self.want
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"SearchCommunity: expected an object, got {type(src_dict).__name__}")
        d = src_dict
        have = d.get("have", UNSET)
        if type(have) is not int and have is not UNSET and not (isinstance(have, int) and not isinstance(have, bool)):
            raise TypeError(f"have: expected an integer, got {type(have).__name__}")

        want = d.get("want", UNSET)
        if type(want) is not int and want is not UNSET and not (isinstance(want, int) and not isinstance(want, bool)):
            raise TypeError(f"want: expected an integer, got {type(want).__name__}")

        # Positional, in the order the class declares its fields (the two loops above): a call with keywords
        # matches each name against every parameter, which costs more than reading the fields for a big model.
        search_community = cls(
            have,
            want,
        )
        if not _KNOWN.issuperset(d):
            search_community.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN}
        return search_community

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
