from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Artist")

# The keys this model reads; any other key of the JSON object is kept in additional_properties.
_KNOWN: frozenset[str] = frozenset(
    (
        "id",
        "name",
        "realname",
        "profile",
        "namevariations",
        "urls",
        "aliases",
        "members",
        "groups",
        "images",
        "data_quality",
        "uri",
        "resource_url",
        "releases_url",
    )
)


@_attrs_define
class Artist:
    """A person or group credited on releases. Keys with nothing to report are absent.

    Attributes:
        id (int):
        name (str | Unset):
        realname (str | Unset):
        profile (str | Unset):
        namevariations (list[str] | Unset):
        urls (list[str] | Unset):
        aliases (list[RelatedArtist] | Unset):
        members (list[RelatedArtist | str] | Unset): The group's members. Objects here; plain names in a user's
            submitted artists.
        groups (list[RelatedArtist] | Unset):
        images (list[Image] | Unset):
        data_quality (str | Unset):
        uri (str | Unset):
        resource_url (str | Unset):
        releases_url (str | Unset):
    """

    id: int
    name: str | Unset = UNSET
    realname: str | Unset = UNSET
    profile: str | Unset = UNSET
    namevariations: list[str] | Unset = UNSET
    urls: list[str] | Unset = UNSET
    aliases: list[RelatedArtist] | Unset = UNSET
    members: list[RelatedArtist | str] | Unset = UNSET
    groups: list[RelatedArtist] | Unset = UNSET
    images: list[Image] | Unset = UNSET
    data_quality: str | Unset = UNSET
    uri: str | Unset = UNSET
    resource_url: str | Unset = UNSET
    releases_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.realname is not UNSET:
            field_dict["realname"] = self.realname
        if self.profile is not UNSET:
            field_dict["profile"] = self.profile
        if not isinstance(self.namevariations, Unset):
            field_dict["namevariations"] = self.namevariations
        if not isinstance(self.urls, Unset):
            field_dict["urls"] = self.urls
        if not isinstance(self.aliases, Unset):
            field_dict["aliases"] = [aliases_item_data.to_dict() for aliases_item_data in self.aliases]
        members: list[dict[str, Any] | str] | Unset = UNSET
        if not isinstance(self.members, Unset):
            members = []
            for members_item_data in self.members:
                members_item: dict[str, Any] | str
                if isinstance(members_item_data, RelatedArtist):
                    members_item = members_item_data.to_dict()
                else:
                    members_item = members_item_data
                members.append(members_item)

        if members is not UNSET:
            field_dict["members"] = members
        if not isinstance(self.groups, Unset):
            field_dict["groups"] = [groups_item_data.to_dict() for groups_item_data in self.groups]
        if not isinstance(self.images, Unset):
            field_dict["images"] = [images_item_data.to_dict() for images_item_data in self.images]
        if self.data_quality is not UNSET:
            field_dict["data_quality"] = self.data_quality
        if self.uri is not UNSET:
            field_dict["uri"] = self.uri
        if self.resource_url is not UNSET:
            field_dict["resource_url"] = self.resource_url
        if self.releases_url is not UNSET:
            field_dict["releases_url"] = self.releases_url
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"Artist: expected an object, got {type(src_dict).__name__}")
        d = src_dict
        id = d["id"]
        if type(id) is not int and not (isinstance(id, int) and not isinstance(id, bool)):
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        name = d.get("name", UNSET)
        if type(name) is not str and name is not UNSET and not (isinstance(name, str)):
            raise TypeError(f"name: expected a string, got {type(name).__name__}")

        realname = d.get("realname", UNSET)
        if type(realname) is not str and realname is not UNSET and not (isinstance(realname, str)):
            raise TypeError(f"realname: expected a string, got {type(realname).__name__}")

        profile = d.get("profile", UNSET)
        if type(profile) is not str and profile is not UNSET and not (isinstance(profile, str)):
            raise TypeError(f"profile: expected a string, got {type(profile).__name__}")

        _namevariations = d.get("namevariations", UNSET)
        namevariations: list[str] | Unset = UNSET
        if _namevariations is not UNSET:
            if type(_namevariations) is not list and not isinstance(_namevariations, list):
                raise TypeError(f"namevariations: expected an array, got {type(_namevariations).__name__}")
            for namevariations_item_data in _namevariations:
                namevariations_item = namevariations_item_data
                if type(namevariations_item) is not str and not (isinstance(namevariations_item, str)):
                    raise TypeError(f"namevariations_item: expected a string, got {type(namevariations_item).__name__}")

            namevariations = list(_namevariations)

        _urls = d.get("urls", UNSET)
        urls: list[str] | Unset = UNSET
        if _urls is not UNSET:
            if type(_urls) is not list and not isinstance(_urls, list):
                raise TypeError(f"urls: expected an array, got {type(_urls).__name__}")
            for urls_item_data in _urls:
                urls_item = urls_item_data
                if type(urls_item) is not str and not (isinstance(urls_item, str)):
                    raise TypeError(f"urls_item: expected a string, got {type(urls_item).__name__}")

            urls = list(_urls)

        _aliases = d.get("aliases", UNSET)
        aliases: list[RelatedArtist] | Unset = UNSET
        if _aliases is not UNSET:
            if type(_aliases) is not list and not isinstance(_aliases, list):
                raise TypeError(f"aliases: expected an array, got {type(_aliases).__name__}")
            aliases = list(map(RelatedArtist.from_dict, _aliases))

        _members = d.get("members", UNSET)
        members: list[RelatedArtist | str] | Unset = UNSET
        if _members is not UNSET:
            if type(_members) is not list and not isinstance(_members, list):
                raise TypeError(f"members: expected an array, got {type(_members).__name__}")
            members = []
            for members_item_data in _members:

                def _parse_members_item(data: object) -> RelatedArtist | str:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        members_item_type_0 = RelatedArtist.from_dict(data)

                        return members_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not (isinstance(data, str)):
                        raise TypeError(f"members_item: expected dict[str, Any] | str, got {type(data).__name__}")
                    return data

                members_item = _parse_members_item(members_item_data)

                members.append(members_item)

        _groups = d.get("groups", UNSET)
        groups: list[RelatedArtist] | Unset = UNSET
        if _groups is not UNSET:
            if type(_groups) is not list and not isinstance(_groups, list):
                raise TypeError(f"groups: expected an array, got {type(_groups).__name__}")
            groups = list(map(RelatedArtist.from_dict, _groups))

        _images = d.get("images", UNSET)
        images: list[Image] | Unset = UNSET
        if _images is not UNSET:
            if type(_images) is not list and not isinstance(_images, list):
                raise TypeError(f"images: expected an array, got {type(_images).__name__}")
            images = list(map(Image.from_dict, _images))

        data_quality = d.get("data_quality", UNSET)
        if type(data_quality) is not str and data_quality is not UNSET and not (isinstance(data_quality, str)):
            raise TypeError(f"data_quality: expected a string, got {type(data_quality).__name__}")

        uri = d.get("uri", UNSET)
        if type(uri) is not str and uri is not UNSET and not (isinstance(uri, str)):
            raise TypeError(f"uri: expected a string, got {type(uri).__name__}")

        resource_url = d.get("resource_url", UNSET)
        if type(resource_url) is not str and resource_url is not UNSET and not (isinstance(resource_url, str)):
            raise TypeError(f"resource_url: expected a string, got {type(resource_url).__name__}")

        releases_url = d.get("releases_url", UNSET)
        if type(releases_url) is not str and releases_url is not UNSET and not (isinstance(releases_url, str)):
            raise TypeError(f"releases_url: expected a string, got {type(releases_url).__name__}")

        # Positional, in the order the class declares its fields (the two loops above): a call with keywords
        # matches each name against every parameter, which costs more than reading the fields for a big model.
        artist = cls(
            id,
            name,
            realname,
            profile,
            namevariations,
            urls,
            aliases,
            members,
            groups,
            images,
            data_quality,
            uri,
            resource_url,
            releases_url,
        )
        if not _KNOWN.issuperset(d):
            artist.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN}
        return artist

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
from ..models.image import Image
from ..models.related_artist import RelatedArtist
