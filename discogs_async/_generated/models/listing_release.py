from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.listing_release_image import ListingReleaseImage
    from ..models.listing_release_stats import ListingReleaseStats


T = TypeVar("T", bound="ListingRelease")


@_attrs_define
class ListingRelease:
    """The short summary of a release that listings and order items carry.

    Attributes:
        id (int):
        resource_url (str | Unset):
        description (str | Unset):
        artist (str | Unset):
        title (str | Unset):
        format_ (str | Unset): The formats joined into one text, such as "CD, Maxi".
        label (str | Unset): The labels joined into one text.
        catalog_number (str | Unset):
        year (int | Unset): The release year; 0 when unknown.
        thumbnail (str | Unset):
        images (list[ListingReleaseImage] | Unset):
        stats (ListingReleaseStats | Unset): How many users want and have the release; `user` only for authenticated
            callers.
    """

    id: int
    resource_url: str | Unset = UNSET
    description: str | Unset = UNSET
    artist: str | Unset = UNSET
    title: str | Unset = UNSET
    format_: str | Unset = UNSET
    label: str | Unset = UNSET
    catalog_number: str | Unset = UNSET
    year: int | Unset = UNSET
    thumbnail: str | Unset = UNSET
    images: list[ListingReleaseImage] | Unset = UNSET
    stats: ListingReleaseStats | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        resource_url = self.resource_url

        description = self.description

        artist = self.artist

        title = self.title

        format_ = self.format_

        label = self.label

        catalog_number = self.catalog_number

        year = self.year

        thumbnail = self.thumbnail

        images: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = []
            for images_item_data in self.images:
                images_item = images_item_data.to_dict()
                images.append(images_item)

        stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stats, Unset):
            stats = self.stats.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if resource_url is not UNSET:
            field_dict["resource_url"] = resource_url
        if description is not UNSET:
            field_dict["description"] = description
        if artist is not UNSET:
            field_dict["artist"] = artist
        if title is not UNSET:
            field_dict["title"] = title
        if format_ is not UNSET:
            field_dict["format"] = format_
        if label is not UNSET:
            field_dict["label"] = label
        if catalog_number is not UNSET:
            field_dict["catalog_number"] = catalog_number
        if year is not UNSET:
            field_dict["year"] = year
        if thumbnail is not UNSET:
            field_dict["thumbnail"] = thumbnail
        if images is not UNSET:
            field_dict["images"] = images
        if stats is not UNSET:
            field_dict["stats"] = stats

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.listing_release_image import ListingReleaseImage  # noqa: PLC0415
        from ..models.listing_release_stats import ListingReleaseStats  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(f"ListingRelease: expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        id = d.pop("id")
        if not (isinstance(id, int) and not isinstance(id, bool)):
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        resource_url = d.pop("resource_url", UNSET)
        if not isinstance(resource_url, Unset) and not (isinstance(resource_url, str)):
            raise TypeError(f"resource_url: expected a string, got {type(resource_url).__name__}")

        description = d.pop("description", UNSET)
        if not isinstance(description, Unset) and not (isinstance(description, str)):
            raise TypeError(f"description: expected a string, got {type(description).__name__}")

        artist = d.pop("artist", UNSET)
        if not isinstance(artist, Unset) and not (isinstance(artist, str)):
            raise TypeError(f"artist: expected a string, got {type(artist).__name__}")

        title = d.pop("title", UNSET)
        if not isinstance(title, Unset) and not (isinstance(title, str)):
            raise TypeError(f"title: expected a string, got {type(title).__name__}")

        format_ = d.pop("format", UNSET)
        if not isinstance(format_, Unset) and not (isinstance(format_, str)):
            raise TypeError(f"format: expected a string, got {type(format_).__name__}")

        label = d.pop("label", UNSET)
        if not isinstance(label, Unset) and not (isinstance(label, str)):
            raise TypeError(f"label: expected a string, got {type(label).__name__}")

        catalog_number = d.pop("catalog_number", UNSET)
        if not isinstance(catalog_number, Unset) and not (isinstance(catalog_number, str)):
            raise TypeError(f"catalog_number: expected a string, got {type(catalog_number).__name__}")

        year = d.pop("year", UNSET)
        if not isinstance(year, Unset) and not (isinstance(year, int) and not isinstance(year, bool)):
            raise TypeError(f"year: expected an integer, got {type(year).__name__}")

        thumbnail = d.pop("thumbnail", UNSET)
        if not isinstance(thumbnail, Unset) and not (isinstance(thumbnail, str)):
            raise TypeError(f"thumbnail: expected a string, got {type(thumbnail).__name__}")

        _images = d.pop("images", UNSET)
        images: list[ListingReleaseImage] | Unset = UNSET
        if not isinstance(_images, Unset):
            if not isinstance(_images, list):
                raise TypeError(f"images: expected an array, got {type(_images).__name__}")
            images = []
            for images_item_data in _images:
                images_item = ListingReleaseImage.from_dict(images_item_data)

                images.append(images_item)

        _stats = d.pop("stats", UNSET)
        stats: ListingReleaseStats | Unset
        if isinstance(_stats, Unset):
            stats = UNSET
        else:
            stats = ListingReleaseStats.from_dict(_stats)

        listing_release = cls(
            id=id,
            resource_url=resource_url,
            description=description,
            artist=artist,
            title=title,
            format_=format_,
            label=label,
            catalog_number=catalog_number,
            year=year,
            thumbnail=thumbnail,
            images=images,
            stats=stats,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        listing_release.additional_properties = additional_properties
        return listing_release

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
