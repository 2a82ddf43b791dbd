from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image import Image
    from ..models.related_artist import RelatedArtist


T = TypeVar("T", bound="Artist")


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
        from ..models.related_artist import RelatedArtist  # noqa: PLC0415

        id = self.id

        name = self.name

        realname = self.realname

        profile = self.profile

        namevariations: list[str] | Unset = UNSET
        if not isinstance(self.namevariations, Unset):
            namevariations = self.namevariations

        urls: list[str] | Unset = UNSET
        if not isinstance(self.urls, Unset):
            urls = self.urls

        aliases: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.aliases, Unset):
            aliases = []
            for aliases_item_data in self.aliases:
                aliases_item = aliases_item_data.to_dict()
                aliases.append(aliases_item)

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

        groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = []
            for groups_item_data in self.groups:
                groups_item = groups_item_data.to_dict()
                groups.append(groups_item)

        images: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = []
            for images_item_data in self.images:
                images_item = images_item_data.to_dict()
                images.append(images_item)

        data_quality = self.data_quality

        uri = self.uri

        resource_url = self.resource_url

        releases_url = self.releases_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if realname is not UNSET:
            field_dict["realname"] = realname
        if profile is not UNSET:
            field_dict["profile"] = profile
        if namevariations is not UNSET:
            field_dict["namevariations"] = namevariations
        if urls is not UNSET:
            field_dict["urls"] = urls
        if aliases is not UNSET:
            field_dict["aliases"] = aliases
        if members is not UNSET:
            field_dict["members"] = members
        if groups is not UNSET:
            field_dict["groups"] = groups
        if images is not UNSET:
            field_dict["images"] = images
        if data_quality is not UNSET:
            field_dict["data_quality"] = data_quality
        if uri is not UNSET:
            field_dict["uri"] = uri
        if resource_url is not UNSET:
            field_dict["resource_url"] = resource_url
        if releases_url is not UNSET:
            field_dict["releases_url"] = releases_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image import Image  # noqa: PLC0415
        from ..models.related_artist import RelatedArtist  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(f"Artist: expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        id = d.pop("id")
        if not (isinstance(id, int) and not isinstance(id, bool)):
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        name = d.pop("name", UNSET)
        if not isinstance(name, Unset) and not (isinstance(name, str)):
            raise TypeError(f"name: expected a string, got {type(name).__name__}")

        realname = d.pop("realname", UNSET)
        if not isinstance(realname, Unset) and not (isinstance(realname, str)):
            raise TypeError(f"realname: expected a string, got {type(realname).__name__}")

        profile = d.pop("profile", UNSET)
        if not isinstance(profile, Unset) and not (isinstance(profile, str)):
            raise TypeError(f"profile: expected a string, got {type(profile).__name__}")

        _namevariations = d.pop("namevariations", UNSET)
        namevariations: list[str] | Unset = UNSET
        if not isinstance(_namevariations, Unset):
            if not isinstance(_namevariations, list):
                raise TypeError(f"namevariations: expected an array, got {type(_namevariations).__name__}")
            namevariations = []
            for namevariations_item_data in _namevariations:
                namevariations_item = namevariations_item_data
                if not (isinstance(namevariations_item, str)):
                    raise TypeError(f"namevariations_item: expected a string, got {type(namevariations_item).__name__}")

                namevariations.append(namevariations_item)

        _urls = d.pop("urls", UNSET)
        urls: list[str] | Unset = UNSET
        if not isinstance(_urls, Unset):
            if not isinstance(_urls, list):
                raise TypeError(f"urls: expected an array, got {type(_urls).__name__}")
            urls = []
            for urls_item_data in _urls:
                urls_item = urls_item_data
                if not (isinstance(urls_item, str)):
                    raise TypeError(f"urls_item: expected a string, got {type(urls_item).__name__}")

                urls.append(urls_item)

        _aliases = d.pop("aliases", UNSET)
        aliases: list[RelatedArtist] | Unset = UNSET
        if not isinstance(_aliases, Unset):
            if not isinstance(_aliases, list):
                raise TypeError(f"aliases: expected an array, got {type(_aliases).__name__}")
            aliases = []
            for aliases_item_data in _aliases:
                aliases_item = RelatedArtist.from_dict(aliases_item_data)

                aliases.append(aliases_item)

        _members = d.pop("members", UNSET)
        members: list[RelatedArtist | str] | Unset = UNSET
        if not isinstance(_members, Unset):
            if not isinstance(_members, list):
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
                    if not isinstance(data, str):
                        raise TypeError(f"members_item: expected dict[str, Any] | str, got {type(data).__name__}")
                    members_item_type_1 = data
                    if not (isinstance(members_item_type_1, str)):
                        raise TypeError(
                            f"members_item_type_1: expected a string, got {type(members_item_type_1).__name__}"
                        )

                    return members_item_type_1

                members_item = _parse_members_item(members_item_data)

                members.append(members_item)

        _groups = d.pop("groups", UNSET)
        groups: list[RelatedArtist] | Unset = UNSET
        if not isinstance(_groups, Unset):
            if not isinstance(_groups, list):
                raise TypeError(f"groups: expected an array, got {type(_groups).__name__}")
            groups = []
            for groups_item_data in _groups:
                groups_item = RelatedArtist.from_dict(groups_item_data)

                groups.append(groups_item)

        _images = d.pop("images", UNSET)
        images: list[Image] | Unset = UNSET
        if not isinstance(_images, Unset):
            if not isinstance(_images, list):
                raise TypeError(f"images: expected an array, got {type(_images).__name__}")
            images = []
            for images_item_data in _images:
                images_item = Image.from_dict(images_item_data)

                images.append(images_item)

        data_quality = d.pop("data_quality", UNSET)
        if not isinstance(data_quality, Unset) and not (isinstance(data_quality, str)):
            raise TypeError(f"data_quality: expected a string, got {type(data_quality).__name__}")

        uri = d.pop("uri", UNSET)
        if not isinstance(uri, Unset) and not (isinstance(uri, str)):
            raise TypeError(f"uri: expected a string, got {type(uri).__name__}")

        resource_url = d.pop("resource_url", UNSET)
        if not isinstance(resource_url, Unset) and not (isinstance(resource_url, str)):
            raise TypeError(f"resource_url: expected a string, got {type(resource_url).__name__}")

        releases_url = d.pop("releases_url", UNSET)
        if not isinstance(releases_url, Unset) and not (isinstance(releases_url, str)):
            raise TypeError(f"releases_url: expected a string, got {type(releases_url).__name__}")

        artist = cls(
            id=id,
            name=name,
            realname=realname,
            profile=profile,
            namevariations=namevariations,
            urls=urls,
            aliases=aliases,
            members=members,
            groups=groups,
            images=images,
            data_quality=data_quality,
            uri=uri,
            resource_url=resource_url,
            releases_url=releases_url,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        artist.additional_properties = additional_properties
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
