from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.currency_code import CurrencyCode
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProfileEdit")

# The keys this model reads; any other key of the JSON object is kept in additional_properties.
_KNOWN: frozenset[str] = frozenset(
    (
        "name",
        "home_page",
        "location",
        "profile",
        "curr_abbr",
    )
)


@_attrs_define
class ProfileEdit:
    """The profile keys to change; those left out keep their value.

    Attributes:
        name (str | Unset): The user's real name.
        home_page (str | Unset): The user's website.
        location (str | Unset): Where the user is.
        profile (str | Unset): The biography, in Discogs markup.
        curr_abbr (CurrencyCode | Unset): A currency the marketplace knows.
    """

    name: str | Unset = UNSET
    home_page: str | Unset = UNSET
    location: str | Unset = UNSET
    profile: str | Unset = UNSET
    curr_abbr: CurrencyCode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.home_page is not UNSET:
            field_dict["home_page"] = self.home_page
        if self.location is not UNSET:
            field_dict["location"] = self.location
        if self.profile is not UNSET:
            field_dict["profile"] = self.profile
        if not isinstance(self.curr_abbr, Unset):
            field_dict["curr_abbr"] = self.curr_abbr.value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"ProfileEdit: expected an object, got {type(src_dict).__name__}")
        d = src_dict
        name = d.get("name", UNSET)
        if type(name) is not str and name is not UNSET and not (isinstance(name, str)):
            raise TypeError(f"name: expected a string, got {type(name).__name__}")

        home_page = d.get("home_page", UNSET)
        if type(home_page) is not str and home_page is not UNSET and not (isinstance(home_page, str)):
            raise TypeError(f"home_page: expected a string, got {type(home_page).__name__}")

        location = d.get("location", UNSET)
        if type(location) is not str and location is not UNSET and not (isinstance(location, str)):
            raise TypeError(f"location: expected a string, got {type(location).__name__}")

        profile = d.get("profile", UNSET)
        if type(profile) is not str and profile is not UNSET and not (isinstance(profile, str)):
            raise TypeError(f"profile: expected a string, got {type(profile).__name__}")

        _curr_abbr = d.get("curr_abbr", UNSET)
        curr_abbr: CurrencyCode | Unset = UNSET if _curr_abbr is UNSET else CurrencyCode(_curr_abbr)

        # Positional, in the order the class declares its fields (the two loops above): a call with keywords
        # matches each name against every parameter, which costs more than reading the fields for a big model.
        profile_edit = cls(
            name,
            home_page,
            location,
            profile,
            curr_abbr,
        )
        if not _KNOWN.issuperset(d):
            profile_edit.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN}
        return profile_edit

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
