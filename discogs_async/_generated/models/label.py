from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Label")

# The keys this model reads; any other key of the JSON object is kept in additional_properties.
_KNOWN: frozenset[str] = frozenset(
    (
        "id",
        "name",
        "profile",
        "contact_info",
        "urls",
        "images",
        "parent_label",
        "sublabels",
        "data_quality",
        "uri",
        "resource_url",
        "releases_url",
    )
)


@_attrs_define
class Label:
    """A label, company, studio or other entity credited on releases. Keys with nothing to report are absent.

    Attributes:
        id (int):
        name (str | Unset):
        profile (str | Unset):
        contact_info (str | Unset):
        urls (list[str] | Unset):
        images (list[Image] | Unset):
        parent_label (RelatedLabel | Unset): A label linked to another one, as its parent or a sublabel.
        sublabels (list[RelatedLabel] | Unset):
        data_quality (str | Unset):
        uri (str | Unset):
        resource_url (str | Unset):
        releases_url (str | Unset):
    """

    id: int
    name: str | Unset = UNSET
    profile: str | Unset = UNSET
    contact_info: str | Unset = UNSET
    urls: list[str] | Unset = UNSET
    images: list[Image] | Unset = UNSET
    parent_label: RelatedLabel | Unset = UNSET
    sublabels: list[RelatedLabel] | Unset = UNSET
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
        if self.profile is not UNSET:
            field_dict["profile"] = self.profile
        if self.contact_info is not UNSET:
            field_dict["contact_info"] = self.contact_info
        if not isinstance(self.urls, Unset):
            field_dict["urls"] = self.urls
        if not isinstance(self.images, Unset):
            field_dict["images"] = [images_item_data.to_dict() for images_item_data in self.images]
        if not isinstance(self.parent_label, Unset):
            field_dict["parent_label"] = self.parent_label.to_dict()
        if not isinstance(self.sublabels, Unset):
            field_dict["sublabels"] = [sublabels_item_data.to_dict() for sublabels_item_data in self.sublabels]
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
            raise TypeError(f"Label: expected an object, got {type(src_dict).__name__}")
        d = src_dict
        id = d["id"]
        if type(id) is not int and not (isinstance(id, int) and not isinstance(id, bool)):
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        name = d.get("name", UNSET)
        if type(name) is not str and name is not UNSET and not (isinstance(name, str)):
            raise TypeError(f"name: expected a string, got {type(name).__name__}")

        profile = d.get("profile", UNSET)
        if type(profile) is not str and profile is not UNSET and not (isinstance(profile, str)):
            raise TypeError(f"profile: expected a string, got {type(profile).__name__}")

        contact_info = d.get("contact_info", UNSET)
        if type(contact_info) is not str and contact_info is not UNSET and not (isinstance(contact_info, str)):
            raise TypeError(f"contact_info: expected a string, got {type(contact_info).__name__}")

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

        _images = d.get("images", UNSET)
        images: list[Image] | Unset = UNSET
        if _images is not UNSET:
            if type(_images) is not list and not isinstance(_images, list):
                raise TypeError(f"images: expected an array, got {type(_images).__name__}")
            images = list(map(Image.from_dict, _images))

        _parent_label = d.get("parent_label", UNSET)
        parent_label: RelatedLabel | Unset = UNSET if _parent_label is UNSET else RelatedLabel.from_dict(_parent_label)

        _sublabels = d.get("sublabels", UNSET)
        sublabels: list[RelatedLabel] | Unset = UNSET
        if _sublabels is not UNSET:
            if type(_sublabels) is not list and not isinstance(_sublabels, list):
                raise TypeError(f"sublabels: expected an array, got {type(_sublabels).__name__}")
            sublabels = list(map(RelatedLabel.from_dict, _sublabels))

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
        label = cls(
            id,
            name,
            profile,
            contact_info,
            urls,
            images,
            parent_label,
            sublabels,
            data_quality,
            uri,
            resource_url,
            releases_url,
        )
        if not _KNOWN.issuperset(d):
            label.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN}
        return label

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
from ..models.related_label import RelatedLabel
