from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OriginalPrice")

# The keys this model reads; any other key of the JSON object is kept in additional_properties.
_KNOWN: frozenset[str] = frozenset(
    (
        "curr_abbr",
        "curr_id",
        "formatted",
        "value",
        "converted",
    )
)


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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.curr_abbr is not UNSET:
            field_dict["curr_abbr"] = self.curr_abbr
        if self.curr_id is not UNSET:
            field_dict["curr_id"] = self.curr_id
        if self.formatted is not UNSET:
            field_dict["formatted"] = self.formatted
        if self.value is not UNSET:
            field_dict["value"] = self.value
        if not isinstance(self.converted, Unset):
            field_dict["converted"] = self.converted.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"OriginalPrice: expected an object, got {type(src_dict).__name__}")
        d = src_dict
        curr_abbr = d.get("curr_abbr", UNSET)
        if type(curr_abbr) is not str and curr_abbr is not UNSET and not (isinstance(curr_abbr, str)):
            raise TypeError(f"curr_abbr: expected a string, got {type(curr_abbr).__name__}")

        curr_id = d.get("curr_id", UNSET)
        if (
            type(curr_id) is not int
            and curr_id is not UNSET
            and not (isinstance(curr_id, int) and not isinstance(curr_id, bool))
        ):
            raise TypeError(f"curr_id: expected an integer, got {type(curr_id).__name__}")

        formatted = d.get("formatted", UNSET)
        if type(formatted) is not str and formatted is not UNSET and not (isinstance(formatted, str)):
            raise TypeError(f"formatted: expected a string, got {type(formatted).__name__}")

        value = d.get("value", UNSET)
        if (
            type(value) is not float
            and type(value) is not int
            and value is not UNSET
            and not (isinstance(value, int | float) and not isinstance(value, bool))
        ):
            raise TypeError(f"value: expected a number, got {type(value).__name__}")

        _converted = d.get("converted", UNSET)
        converted: ConvertedPrice | Unset = UNSET if _converted is UNSET else ConvertedPrice.from_dict(_converted)

        # Positional, in the order the class declares its fields (the two loops above): a call with keywords
        # matches each name against every parameter, which costs more than reading the fields for a big model.
        original_price = cls(
            curr_abbr,
            curr_id,
            formatted,
            value,
            converted,
        )
        if not _KNOWN.issuperset(d):
            original_price.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN}
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


# After the class: a model that refers back to this one finds it defined.
from ..models.converted_price import ConvertedPrice
