from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BasicInformation")

# The keys this model reads; any other key of the JSON object is kept in additional_properties.
_KNOWN: frozenset[str] = frozenset(
    (
        "id",
        "title",
        "year",
        "resource_url",
        "thumb",
        "cover_image",
        "master_id",
        "master_url",
        "formats",
        "labels",
        "artists",
        "genres",
        "styles",
    )
)


@_attrs_define
class BasicInformation:
    """The short release data that collection and wantlist entries carry.

    Attributes:
        id (int):
        title (str | Unset):
        year (int | Unset): 0 when unknown.
        resource_url (str | Unset):
        thumb (str | Unset): Empty when the caller may not see images.
        cover_image (str | Unset): Empty when the caller may not see images.
        master_id (int | Unset): The master release's id, 0 when the release has none.
        master_url (None | str | Unset): The master release in the API, null when there is none.
        formats (list[BasicInformationFormat] | Unset):
        labels (list[BasicInformationLabel] | Unset):
        artists (list[BasicInformationArtist] | Unset):
        genres (list[str] | Unset):
        styles (list[str] | Unset):
    """

    id: int
    title: str | Unset = UNSET
    year: int | Unset = UNSET
    resource_url: str | Unset = UNSET
    thumb: str | Unset = UNSET
    cover_image: str | Unset = UNSET
    master_id: int | Unset = UNSET
    master_url: None | str | Unset = UNSET
    formats: list[BasicInformationFormat] | Unset = UNSET
    labels: list[BasicInformationLabel] | Unset = UNSET
    artists: list[BasicInformationArtist] | Unset = UNSET
    genres: list[str] | Unset = UNSET
    styles: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        if self.title is not UNSET:
            field_dict["title"] = self.title
        if self.year is not UNSET:
            field_dict["year"] = self.year
        if self.resource_url is not UNSET:
            field_dict["resource_url"] = self.resource_url
        if self.thumb is not UNSET:
            field_dict["thumb"] = self.thumb
        if self.cover_image is not UNSET:
            field_dict["cover_image"] = self.cover_image
        if self.master_id is not UNSET:
            field_dict["master_id"] = self.master_id
        if not isinstance(self.master_url, Unset):
            field_dict["master_url"] = self.master_url
        if not isinstance(self.formats, Unset):
            field_dict["formats"] = [formats_item_data.to_dict() for formats_item_data in self.formats]
        if not isinstance(self.labels, Unset):
            field_dict["labels"] = [labels_item_data.to_dict() for labels_item_data in self.labels]
        if not isinstance(self.artists, Unset):
            field_dict["artists"] = [artists_item_data.to_dict() for artists_item_data in self.artists]
        if not isinstance(self.genres, Unset):
            field_dict["genres"] = self.genres
        if not isinstance(self.styles, Unset):
            field_dict["styles"] = self.styles
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"BasicInformation: expected an object, got {type(src_dict).__name__}")
        d = src_dict
        id = d["id"]
        if type(id) is not int and not (isinstance(id, int) and not isinstance(id, bool)):
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        title = d.get("title", UNSET)
        if type(title) is not str and title is not UNSET and not (isinstance(title, str)):
            raise TypeError(f"title: expected a string, got {type(title).__name__}")

        year = d.get("year", UNSET)
        if type(year) is not int and year is not UNSET and not (isinstance(year, int) and not isinstance(year, bool)):
            raise TypeError(f"year: expected an integer, got {type(year).__name__}")

        resource_url = d.get("resource_url", UNSET)
        if type(resource_url) is not str and resource_url is not UNSET and not (isinstance(resource_url, str)):
            raise TypeError(f"resource_url: expected a string, got {type(resource_url).__name__}")

        thumb = d.get("thumb", UNSET)
        if type(thumb) is not str and thumb is not UNSET and not (isinstance(thumb, str)):
            raise TypeError(f"thumb: expected a string, got {type(thumb).__name__}")

        cover_image = d.get("cover_image", UNSET)
        if type(cover_image) is not str and cover_image is not UNSET and not (isinstance(cover_image, str)):
            raise TypeError(f"cover_image: expected a string, got {type(cover_image).__name__}")

        master_id = d.get("master_id", UNSET)
        if (
            type(master_id) is not int
            and master_id is not UNSET
            and not (isinstance(master_id, int) and not isinstance(master_id, bool))
        ):
            raise TypeError(f"master_id: expected an integer, got {type(master_id).__name__}")

        master_url = d.get("master_url", UNSET)
        if (
            type(master_url) is not str
            and master_url is not None
            and master_url is not UNSET
            and not (isinstance(master_url, str))
        ):
            raise TypeError(f"master_url: expected None | str, got {type(master_url).__name__}")

        _formats = d.get("formats", UNSET)
        formats: list[BasicInformationFormat] | Unset = UNSET
        if _formats is not UNSET:
            if type(_formats) is not list and not isinstance(_formats, list):
                raise TypeError(f"formats: expected an array, got {type(_formats).__name__}")
            formats = list(map(BasicInformationFormat.from_dict, _formats))

        _labels = d.get("labels", UNSET)
        labels: list[BasicInformationLabel] | Unset = UNSET
        if _labels is not UNSET:
            if type(_labels) is not list and not isinstance(_labels, list):
                raise TypeError(f"labels: expected an array, got {type(_labels).__name__}")
            labels = list(map(BasicInformationLabel.from_dict, _labels))

        _artists = d.get("artists", UNSET)
        artists: list[BasicInformationArtist] | Unset = UNSET
        if _artists is not UNSET:
            if type(_artists) is not list and not isinstance(_artists, list):
                raise TypeError(f"artists: expected an array, got {type(_artists).__name__}")
            artists = list(map(BasicInformationArtist.from_dict, _artists))

        _genres = d.get("genres", UNSET)
        genres: list[str] | Unset = UNSET
        if _genres is not UNSET:
            if type(_genres) is not list and not isinstance(_genres, list):
                raise TypeError(f"genres: expected an array, got {type(_genres).__name__}")
            for genres_item_data in _genres:
                genres_item = genres_item_data
                if type(genres_item) is not str and not (isinstance(genres_item, str)):
                    raise TypeError(f"genres_item: expected a string, got {type(genres_item).__name__}")

            genres = list(_genres)

        _styles = d.get("styles", UNSET)
        styles: list[str] | Unset = UNSET
        if _styles is not UNSET:
            if type(_styles) is not list and not isinstance(_styles, list):
                raise TypeError(f"styles: expected an array, got {type(_styles).__name__}")
            for styles_item_data in _styles:
                styles_item = styles_item_data
                if type(styles_item) is not str and not (isinstance(styles_item, str)):
                    raise TypeError(f"styles_item: expected a string, got {type(styles_item).__name__}")

            styles = list(_styles)

        # Positional, in the order the class declares its fields (the two loops above): a call with keywords
        # matches each name against every parameter, which costs more than reading the fields for a big model.
        basic_information = cls(
            id,
            title,
            year,
            resource_url,
            thumb,
            cover_image,
            master_id,
            master_url,
            formats,
            labels,
            artists,
            genres,
            styles,
        )
        if not _KNOWN.issuperset(d):
            basic_information.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN}
        return basic_information

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
from ..models.basic_information_artist import BasicInformationArtist
from ..models.basic_information_format import BasicInformationFormat
from ..models.basic_information_label import BasicInformationLabel
