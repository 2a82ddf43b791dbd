from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.converted_price import ConvertedPrice


T = TypeVar("T", bound="OriginalPrice")


@_attrs_define
class OriginalPrice:
    """A price in the seller's own currency, with its formatted text and, when the caller's currency
    differs, the converted amount. Empty (`{}`) for listings without a shipping price.

        Attributes:
            curr_abbr (str | Unset):
            curr_id (int | Unset):
            formatted (str | Unset):
            value (float | Unset):
            converted (ConvertedPrice | Unset): A price converted into the caller's currency, rounded to cents.
    """

    curr_abbr: str | Unset = UNSET
    curr_id: int | Unset = UNSET
    formatted: str | Unset = UNSET
    value: float | Unset = UNSET
    converted: ConvertedPrice | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        curr_abbr = self.curr_abbr

        curr_id = self.curr_id

        formatted = self.formatted

        value = self.value

        converted: dict[str, Any] | Unset = UNSET
        if not isinstance(self.converted, Unset):
            converted = self.converted.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if curr_abbr is not UNSET:
            field_dict["curr_abbr"] = curr_abbr
        if curr_id is not UNSET:
            field_dict["curr_id"] = curr_id
        if formatted is not UNSET:
            field_dict["formatted"] = formatted
        if value is not UNSET:
            field_dict["value"] = value
        if converted is not UNSET:
            field_dict["converted"] = converted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.converted_price import ConvertedPrice  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(f"OriginalPrice: expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        curr_abbr = d.pop("curr_abbr", UNSET)
        if not isinstance(curr_abbr, Unset) and not (isinstance(curr_abbr, str)):
            raise TypeError(f"curr_abbr: expected a string, got {type(curr_abbr).__name__}")

        curr_id = d.pop("curr_id", UNSET)
        if not isinstance(curr_id, Unset) and not (isinstance(curr_id, int) and not isinstance(curr_id, bool)):
            raise TypeError(f"curr_id: expected an integer, got {type(curr_id).__name__}")

        formatted = d.pop("formatted", UNSET)
        if not isinstance(formatted, Unset) and not (isinstance(formatted, str)):
            raise TypeError(f"formatted: expected a string, got {type(formatted).__name__}")

        value = d.pop("value", UNSET)
        if not isinstance(value, Unset) and not (isinstance(value, int | float) and not isinstance(value, bool)):
            raise TypeError(f"value: expected a number, got {type(value).__name__}")

        _converted = d.pop("converted", UNSET)
        converted: ConvertedPrice | Unset
        if isinstance(_converted, Unset):
            converted = UNSET
        else:
            converted = ConvertedPrice.from_dict(_converted)

        original_price = cls(
            curr_abbr=curr_abbr,
            curr_id=curr_id,
            formatted=formatted,
            value=value,
            converted=converted,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        original_price.additional_properties = additional_properties
        return original_price

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
