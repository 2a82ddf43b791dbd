from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchCommunity")


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
        have = self.have

        want = self.want

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if have is not UNSET:
            field_dict["have"] = have
        if want is not UNSET:
            field_dict["want"] = want

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"SearchCommunity: expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        have = d.pop("have", UNSET)
        if not isinstance(have, Unset) and not (isinstance(have, int) and not isinstance(have, bool)):
            raise TypeError(f"have: expected an integer, got {type(have).__name__}")

        want = d.pop("want", UNSET)
        if not isinstance(want, Unset) and not (isinstance(want, int) and not isinstance(want, bool)):
            raise TypeError(f"want: expected an integer, got {type(want).__name__}")

        search_community = cls(
            have=have,
            want=want,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        search_community.additional_properties = additional_properties
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
