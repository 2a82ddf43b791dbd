from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.pagination import Pagination
    from ..models.submissions import Submissions


T = TypeVar("T", bound="UserSubmissions")


@_attrs_define
class UserSubmissions:
    """A page of a user's edits.

    Attributes:
        pagination (Pagination): Where a page stands in its list. `pages` may be capped while `items` keeps the true
            total.
        submissions (Submissions): One page of edits, as one list per kind of entity; a kind with no edits on the page
            is an empty list.
    """

    pagination: Pagination
    submissions: Submissions
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pagination = self.pagination.to_dict()

        submissions = self.submissions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pagination": pagination,
                "submissions": submissions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pagination import Pagination  # noqa: PLC0415
        from ..models.submissions import Submissions  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(f"UserSubmissions: expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        pagination = Pagination.from_dict(d.pop("pagination"))

        submissions = Submissions.from_dict(d.pop("submissions"))

        user_submissions = cls(
            pagination=pagination,
            submissions=submissions,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        user_submissions.additional_properties = additional_properties
        return user_submissions

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
