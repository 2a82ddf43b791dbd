from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.community_rating import CommunityRating
    from ..models.community_user import CommunityUser


T = TypeVar("T", bound="Community")


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
        have = self.have

        want = self.want

        rating: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rating, Unset):
            rating = self.rating.to_dict()

        submitter: dict[str, Any] | Unset = UNSET
        if not isinstance(self.submitter, Unset):
            submitter = self.submitter.to_dict()

        contributors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contributors, Unset):
            contributors = []
            for contributors_item_data in self.contributors:
                contributors_item = contributors_item_data.to_dict()
                contributors.append(contributors_item)

        data_quality = self.data_quality

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if have is not UNSET:
            field_dict["have"] = have
        if want is not UNSET:
            field_dict["want"] = want
        if rating is not UNSET:
            field_dict["rating"] = rating
        if submitter is not UNSET:
            field_dict["submitter"] = submitter
        if contributors is not UNSET:
            field_dict["contributors"] = contributors
        if data_quality is not UNSET:
            field_dict["data_quality"] = data_quality
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.community_rating import CommunityRating  # noqa: PLC0415
        from ..models.community_user import CommunityUser  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(f"Community: expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        have = d.pop("have", UNSET)
        if not isinstance(have, Unset) and not (isinstance(have, int) and not isinstance(have, bool)):
            raise TypeError(f"have: expected an integer, got {type(have).__name__}")

        want = d.pop("want", UNSET)
        if not isinstance(want, Unset) and not (isinstance(want, int) and not isinstance(want, bool)):
            raise TypeError(f"want: expected an integer, got {type(want).__name__}")

        _rating = d.pop("rating", UNSET)
        rating: CommunityRating | Unset
        if isinstance(_rating, Unset):
            rating = UNSET
        else:
            rating = CommunityRating.from_dict(_rating)

        _submitter = d.pop("submitter", UNSET)
        submitter: CommunityUser | Unset
        if isinstance(_submitter, Unset):
            submitter = UNSET
        else:
            submitter = CommunityUser.from_dict(_submitter)

        _contributors = d.pop("contributors", UNSET)
        contributors: list[CommunityUser] | Unset = UNSET
        if not isinstance(_contributors, Unset):
            if not isinstance(_contributors, list):
                raise TypeError(f"contributors: expected an array, got {type(_contributors).__name__}")
            contributors = []
            for contributors_item_data in _contributors:
                contributors_item = CommunityUser.from_dict(contributors_item_data)

                contributors.append(contributors_item)

        data_quality = d.pop("data_quality", UNSET)
        if not isinstance(data_quality, Unset) and not (isinstance(data_quality, str)):
            raise TypeError(f"data_quality: expected a string, got {type(data_quality).__name__}")

        status = d.pop("status", UNSET)
        if not isinstance(status, Unset) and not (isinstance(status, str)):
            raise TypeError(f"status: expected a string, got {type(status).__name__}")

        community = cls(
            have=have,
            want=want,
            rating=rating,
            submitter=submitter,
            contributors=contributors,
            data_quality=data_quality,
            status=status,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        community.additional_properties = additional_properties
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
