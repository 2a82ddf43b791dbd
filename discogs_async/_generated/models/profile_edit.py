from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.currency_code import CurrencyCode
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProfileEdit")


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
        name = self.name

        home_page = self.home_page

        location = self.location

        profile = self.profile

        curr_abbr: str | Unset = UNSET
        if not isinstance(self.curr_abbr, Unset):
            curr_abbr = self.curr_abbr.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if home_page is not UNSET:
            field_dict["home_page"] = home_page
        if location is not UNSET:
            field_dict["location"] = location
        if profile is not UNSET:
            field_dict["profile"] = profile
        if curr_abbr is not UNSET:
            field_dict["curr_abbr"] = curr_abbr

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"ProfileEdit: expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if not isinstance(name, Unset) and not (isinstance(name, str)):
            raise TypeError(f"name: expected a string, got {type(name).__name__}")

        home_page = d.pop("home_page", UNSET)
        if not isinstance(home_page, Unset) and not (isinstance(home_page, str)):
            raise TypeError(f"home_page: expected a string, got {type(home_page).__name__}")

        location = d.pop("location", UNSET)
        if not isinstance(location, Unset) and not (isinstance(location, str)):
            raise TypeError(f"location: expected a string, got {type(location).__name__}")

        profile = d.pop("profile", UNSET)
        if not isinstance(profile, Unset) and not (isinstance(profile, str)):
            raise TypeError(f"profile: expected a string, got {type(profile).__name__}")

        _curr_abbr = d.pop("curr_abbr", UNSET)
        curr_abbr: CurrencyCode | Unset
        if isinstance(_curr_abbr, Unset):
            curr_abbr = UNSET
        else:
            curr_abbr = CurrencyCode(_curr_abbr)

        profile_edit = cls(
            name=name,
            home_page=home_page,
            location=location,
            profile=profile,
            curr_abbr=curr_abbr,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        profile_edit.additional_properties = additional_properties
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
