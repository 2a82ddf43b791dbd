from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image import Image
    from ..models.related_label import RelatedLabel


T = TypeVar("T", bound="Label")


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
        id = self.id

        name = self.name

        profile = self.profile

        contact_info = self.contact_info

        urls: list[str] | Unset = UNSET
        if not isinstance(self.urls, Unset):
            urls = self.urls

        images: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = []
            for images_item_data in self.images:
                images_item = images_item_data.to_dict()
                images.append(images_item)

        parent_label: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parent_label, Unset):
            parent_label = self.parent_label.to_dict()

        sublabels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sublabels, Unset):
            sublabels = []
            for sublabels_item_data in self.sublabels:
                sublabels_item = sublabels_item_data.to_dict()
                sublabels.append(sublabels_item)

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
        if profile is not UNSET:
            field_dict["profile"] = profile
        if contact_info is not UNSET:
            field_dict["contact_info"] = contact_info
        if urls is not UNSET:
            field_dict["urls"] = urls
        if images is not UNSET:
            field_dict["images"] = images
        if parent_label is not UNSET:
            field_dict["parent_label"] = parent_label
        if sublabels is not UNSET:
            field_dict["sublabels"] = sublabels
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
        from ..models.related_label import RelatedLabel  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(f"Label: expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        id = d.pop("id")
        if not (isinstance(id, int) and not isinstance(id, bool)):
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        name = d.pop("name", UNSET)
        if not isinstance(name, Unset) and not (isinstance(name, str)):
            raise TypeError(f"name: expected a string, got {type(name).__name__}")

        profile = d.pop("profile", UNSET)
        if not isinstance(profile, Unset) and not (isinstance(profile, str)):
            raise TypeError(f"profile: expected a string, got {type(profile).__name__}")

        contact_info = d.pop("contact_info", UNSET)
        if not isinstance(contact_info, Unset) and not (isinstance(contact_info, str)):
            raise TypeError(f"contact_info: expected a string, got {type(contact_info).__name__}")

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

        _images = d.pop("images", UNSET)
        images: list[Image] | Unset = UNSET
        if not isinstance(_images, Unset):
            if not isinstance(_images, list):
                raise TypeError(f"images: expected an array, got {type(_images).__name__}")
            images = []
            for images_item_data in _images:
                images_item = Image.from_dict(images_item_data)

                images.append(images_item)

        _parent_label = d.pop("parent_label", UNSET)
        parent_label: RelatedLabel | Unset
        if isinstance(_parent_label, Unset):
            parent_label = UNSET
        else:
            parent_label = RelatedLabel.from_dict(_parent_label)

        _sublabels = d.pop("sublabels", UNSET)
        sublabels: list[RelatedLabel] | Unset = UNSET
        if not isinstance(_sublabels, Unset):
            if not isinstance(_sublabels, list):
                raise TypeError(f"sublabels: expected an array, got {type(_sublabels).__name__}")
            sublabels = []
            for sublabels_item_data in _sublabels:
                sublabels_item = RelatedLabel.from_dict(sublabels_item_data)

                sublabels.append(sublabels_item)

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

        label = cls(
            id=id,
            name=name,
            profile=profile,
            contact_info=contact_info,
            urls=urls,
            images=images,
            parent_label=parent_label,
            sublabels=sublabels,
            data_quality=data_quality,
            uri=uri,
            resource_url=resource_url,
            releases_url=releases_url,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        label.additional_properties = additional_properties
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
