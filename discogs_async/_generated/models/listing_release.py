from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListingRelease")

# The keys this model reads; any other key of the JSON object is kept in additional_properties.
_KNOWN: frozenset[str] = frozenset(
    (
        "id",
        "resource_url",
        "description",
        "artist",
        "title",
        "format",
        "label",
        "catalog_number",
        "year",
        "thumbnail",
        "images",
        "stats",
    )
)


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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        if self.resource_url is not UNSET:
            field_dict["resource_url"] = self.resource_url
        if self.description is not UNSET:
            field_dict["description"] = self.description
        if self.artist is not UNSET:
            field_dict["artist"] = self.artist
        if self.title is not UNSET:
            field_dict["title"] = self.title
        if self.format_ is not UNSET:
            field_dict["format"] = self.format_
        if self.label is not UNSET:
            field_dict["label"] = self.label
        if self.catalog_number is not UNSET:
            field_dict["catalog_number"] = self.catalog_number
        if self.year is not UNSET:
            field_dict["year"] = self.year
        if self.thumbnail is not UNSET:
            field_dict["thumbnail"] = self.thumbnail
        if not isinstance(self.images, Unset):
            field_dict["images"] = [images_item_data.to_dict() for images_item_data in self.images]
        if not isinstance(self.stats, Unset):
            field_dict["stats"] = self.stats.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"ListingRelease: expected an object, got {type(src_dict).__name__}")
        d = src_dict
        id = d["id"]
        if type(id) is not int and not (isinstance(id, int) and not isinstance(id, bool)):
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        resource_url = d.get("resource_url", UNSET)
        if type(resource_url) is not str and resource_url is not UNSET and not (isinstance(resource_url, str)):
            raise TypeError(f"resource_url: expected a string, got {type(resource_url).__name__}")

        description = d.get("description", UNSET)
        if type(description) is not str and description is not UNSET and not (isinstance(description, str)):
            raise TypeError(f"description: expected a string, got {type(description).__name__}")

        artist = d.get("artist", UNSET)
        if type(artist) is not str and artist is not UNSET and not (isinstance(artist, str)):
            raise TypeError(f"artist: expected a string, got {type(artist).__name__}")

        title = d.get("title", UNSET)
        if type(title) is not str and title is not UNSET and not (isinstance(title, str)):
            raise TypeError(f"title: expected a string, got {type(title).__name__}")

        format_ = d.get("format", UNSET)
        if type(format_) is not str and format_ is not UNSET and not (isinstance(format_, str)):
            raise TypeError(f"format: expected a string, got {type(format_).__name__}")

        label = d.get("label", UNSET)
        if type(label) is not str and label is not UNSET and not (isinstance(label, str)):
            raise TypeError(f"label: expected a string, got {type(label).__name__}")

        catalog_number = d.get("catalog_number", UNSET)
        if type(catalog_number) is not str and catalog_number is not UNSET and not (isinstance(catalog_number, str)):
            raise TypeError(f"catalog_number: expected a string, got {type(catalog_number).__name__}")

        year = d.get("year", UNSET)
        if type(year) is not int and year is not UNSET and not (isinstance(year, int) and not isinstance(year, bool)):
            raise TypeError(f"year: expected an integer, got {type(year).__name__}")

        thumbnail = d.get("thumbnail", UNSET)
        if type(thumbnail) is not str and thumbnail is not UNSET and not (isinstance(thumbnail, str)):
            raise TypeError(f"thumbnail: expected a string, got {type(thumbnail).__name__}")

        _images = d.get("images", UNSET)
        images: list[ListingReleaseImage] | Unset = UNSET
        if _images is not UNSET:
            if type(_images) is not list and not isinstance(_images, list):
                raise TypeError(f"images: expected an array, got {type(_images).__name__}")
            images = list(map(ListingReleaseImage.from_dict, _images))

        _stats = d.get("stats", UNSET)
        stats: ListingReleaseStats | Unset = UNSET if _stats is UNSET else ListingReleaseStats.from_dict(_stats)

        # Positional, in the order the class declares its fields (the two loops above): a call with keywords
        # matches each name against every parameter, which costs more than reading the fields for a big model.
        listing_release = cls(
            id,
            resource_url,
            description,
            artist,
            title,
            format_,
            label,
            catalog_number,
            year,
            thumbnail,
            images,
            stats,
        )
        if not _KNOWN.issuperset(d):
            listing_release.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN}
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


# After the class: a model that refers back to this one finds it defined.
from ..models.listing_release_image import ListingReleaseImage
from ..models.listing_release_stats import ListingReleaseStats
