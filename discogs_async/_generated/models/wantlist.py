from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.pagination import Pagination
    from ..models.want import Want


T = TypeVar("T", bound="Wantlist")


@_attrs_define
class Wantlist:
    """A page of a wantlist.

    Attributes:
        pagination (Pagination): Where a page stands in its list. `pages` may be capped while `items` keeps the true
            total.
        wants (list[Want]):
    """

    pagination: Pagination
    wants: list[Want]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pagination = self.pagination.to_dict()

        wants = []
        for wants_item_data in self.wants:
            wants_item = wants_item_data.to_dict()
            wants.append(wants_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pagination": pagination,
                "wants": wants,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pagination import Pagination  # noqa: PLC0415
        from ..models.want import Want  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(f"Wantlist: expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        pagination = Pagination.from_dict(d.pop("pagination"))

        _wants = d.pop("wants")
        if not isinstance(_wants, list):
            raise TypeError(f"wants: expected an array, got {type(_wants).__name__}")
        wants = []
        for wants_item_data in _wants:
            wants_item = Want.from_dict(wants_item_data)

            wants.append(wants_item)

        wantlist = cls(
            pagination=pagination,
            wants=wants,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        wantlist.additional_properties = additional_properties
        return wantlist

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
