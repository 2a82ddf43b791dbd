from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Community")

# The keys this model reads; any other key of the JSON object is kept in additional_properties.
_KNOWN: frozenset[str] = frozenset(
    (
        "have",
        "want",
        "rating",
        "submitter",
        "contributors",
        "data_quality",
        "status",
    )
)


@_attrs_define
class Community:
    """What the community has recorded about a release.

    Attributes:
        have (int | Unset): How many users have it in their collection.
        want (int | Unset): How many users have it in their wantlist.
        rating (CommunityRating | Unset): The average of users' ratings (0 to 5) and how many there are.
        submitter (CommunityUser | Unset): A user named in a release's community block (the submitter or a contributor).
        contributors (list[CommunityUser] | Unset):
        data_quality (str | Unset):
        status (str | Unset):
    """

    have: int | Unset = UNSET
    want: int | Unset = UNSET
    rating: CommunityRating | Unset = UNSET
    submitter: CommunityUser | Unset = UNSET
    contributors: list[CommunityUser] | Unset = UNSET
    data_quality: str | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.have is not UNSET:
            field_dict["have"] = self.have
        if self.want is not UNSET:
            field_dict["want"] = self.want
        if not isinstance(self.rating, Unset):
            field_dict["rating"] = self.rating.to_dict()
        if not isinstance(self.submitter, Unset):
            field_dict["submitter"] = self.submitter.to_dict()
        if not isinstance(self.contributors, Unset):
            field_dict["contributors"] = [
                contributors_item_data.to_dict() for contributors_item_data in self.contributors
            ]
        if self.data_quality is not UNSET:
            field_dict["data_quality"] = self.data_quality
        if self.status is not UNSET:
            field_dict["status"] = self.status
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"Community: expected an object, got {type(src_dict).__name__}")
        d = src_dict
        have = d.get("have", UNSET)
        if type(have) is not int and have is not UNSET and not (isinstance(have, int) and not isinstance(have, bool)):
            raise TypeError(f"have: expected an integer, got {type(have).__name__}")

        want = d.get("want", UNSET)
        if type(want) is not int and want is not UNSET and not (isinstance(want, int) and not isinstance(want, bool)):
            raise TypeError(f"want: expected an integer, got {type(want).__name__}")

        _rating = d.get("rating", UNSET)
        rating: CommunityRating | Unset = UNSET if _rating is UNSET else CommunityRating.from_dict(_rating)

        _submitter = d.get("submitter", UNSET)
        submitter: CommunityUser | Unset = UNSET if _submitter is UNSET else CommunityUser.from_dict(_submitter)

        _contributors = d.get("contributors", UNSET)
        contributors: list[CommunityUser] | Unset = UNSET
        if _contributors is not UNSET:
            if type(_contributors) is not list and not isinstance(_contributors, list):
                raise TypeError(f"contributors: expected an array, got {type(_contributors).__name__}")
            contributors = list(map(CommunityUser.from_dict, _contributors))

        data_quality = d.get("data_quality", UNSET)
        if type(data_quality) is not str and data_quality is not UNSET and not (isinstance(data_quality, str)):
            raise TypeError(f"data_quality: expected a string, got {type(data_quality).__name__}")

        status = d.get("status", UNSET)
        if type(status) is not str and status is not UNSET and not (isinstance(status, str)):
            raise TypeError(f"status: expected a string, got {type(status).__name__}")

        # Positional, in the order the class declares its fields (the two loops above): a call with keywords
        # matches each name against every parameter, which costs more than reading the fields for a big model.
        community = cls(
            have,
            want,
            rating,
            submitter,
            contributors,
            data_quality,
            status,
        )
        if not _KNOWN.issuperset(d):
            community.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN}
        return community

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
from ..models.community_rating import CommunityRating
from ..models.community_user import CommunityUser
