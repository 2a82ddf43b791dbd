from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.basic_information_artist import BasicInformationArtist
    from ..models.basic_information_format import BasicInformationFormat
    from ..models.basic_information_label import BasicInformationLabel


T = TypeVar("T", bound="BasicInformation")


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
        id = self.id

        title = self.title

        year = self.year

        resource_url = self.resource_url

        thumb = self.thumb

        cover_image = self.cover_image

        master_id = self.master_id

        master_url: None | str | Unset
        if isinstance(self.master_url, Unset):
            master_url = UNSET
        else:
            master_url = self.master_url

        formats: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.formats, Unset):
            formats = []
            for formats_item_data in self.formats:
                formats_item = formats_item_data.to_dict()
                formats.append(formats_item)

        labels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = []
            for labels_item_data in self.labels:
                labels_item = labels_item_data.to_dict()
                labels.append(labels_item)

        artists: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.artists, Unset):
            artists = []
            for artists_item_data in self.artists:
                artists_item = artists_item_data.to_dict()
                artists.append(artists_item)

        genres: list[str] | Unset = UNSET
        if not isinstance(self.genres, Unset):
            genres = self.genres

        styles: list[str] | Unset = UNSET
        if not isinstance(self.styles, Unset):
            styles = self.styles

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if year is not UNSET:
            field_dict["year"] = year
        if resource_url is not UNSET:
            field_dict["resource_url"] = resource_url
        if thumb is not UNSET:
            field_dict["thumb"] = thumb
        if cover_image is not UNSET:
            field_dict["cover_image"] = cover_image
        if master_id is not UNSET:
            field_dict["master_id"] = master_id
        if master_url is not UNSET:
            field_dict["master_url"] = master_url
        if formats is not UNSET:
            field_dict["formats"] = formats
        if labels is not UNSET:
            field_dict["labels"] = labels
        if artists is not UNSET:
            field_dict["artists"] = artists
        if genres is not UNSET:
            field_dict["genres"] = genres
        if styles is not UNSET:
            field_dict["styles"] = styles

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.basic_information_artist import BasicInformationArtist  # noqa: PLC0415
        from ..models.basic_information_format import BasicInformationFormat  # noqa: PLC0415
        from ..models.basic_information_label import BasicInformationLabel  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(f"BasicInformation: expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        id = d.pop("id")
        if not (isinstance(id, int) and not isinstance(id, bool)):
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        title = d.pop("title", UNSET)
        if not isinstance(title, Unset) and not (isinstance(title, str)):
            raise TypeError(f"title: expected a string, got {type(title).__name__}")

        year = d.pop("year", UNSET)
        if not isinstance(year, Unset) and not (isinstance(year, int) and not isinstance(year, bool)):
            raise TypeError(f"year: expected an integer, got {type(year).__name__}")

        resource_url = d.pop("resource_url", UNSET)
        if not isinstance(resource_url, Unset) and not (isinstance(resource_url, str)):
            raise TypeError(f"resource_url: expected a string, got {type(resource_url).__name__}")

        thumb = d.pop("thumb", UNSET)
        if not isinstance(thumb, Unset) and not (isinstance(thumb, str)):
            raise TypeError(f"thumb: expected a string, got {type(thumb).__name__}")

        cover_image = d.pop("cover_image", UNSET)
        if not isinstance(cover_image, Unset) and not (isinstance(cover_image, str)):
            raise TypeError(f"cover_image: expected a string, got {type(cover_image).__name__}")

        master_id = d.pop("master_id", UNSET)
        if not isinstance(master_id, Unset) and not (isinstance(master_id, int) and not isinstance(master_id, bool)):
            raise TypeError(f"master_id: expected an integer, got {type(master_id).__name__}")

        def _parse_master_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"master_url: expected None | str, got {type(data).__name__}")
            master_url_type_0 = data
            if not (isinstance(master_url_type_0, str)):
                raise TypeError(f"master_url_type_0: expected a string, got {type(master_url_type_0).__name__}")

            return master_url_type_0

        master_url = _parse_master_url(d.pop("master_url", UNSET))

        _formats = d.pop("formats", UNSET)
        formats: list[BasicInformationFormat] | Unset = UNSET
        if not isinstance(_formats, Unset):
            if not isinstance(_formats, list):
                raise TypeError(f"formats: expected an array, got {type(_formats).__name__}")
            formats = []
            for formats_item_data in _formats:
                formats_item = BasicInformationFormat.from_dict(formats_item_data)

                formats.append(formats_item)

        _labels = d.pop("labels", UNSET)
        labels: list[BasicInformationLabel] | Unset = UNSET
        if not isinstance(_labels, Unset):
            if not isinstance(_labels, list):
                raise TypeError(f"labels: expected an array, got {type(_labels).__name__}")
            labels = []
            for labels_item_data in _labels:
                labels_item = BasicInformationLabel.from_dict(labels_item_data)

                labels.append(labels_item)

        _artists = d.pop("artists", UNSET)
        artists: list[BasicInformationArtist] | Unset = UNSET
        if not isinstance(_artists, Unset):
            if not isinstance(_artists, list):
                raise TypeError(f"artists: expected an array, got {type(_artists).__name__}")
            artists = []
            for artists_item_data in _artists:
                artists_item = BasicInformationArtist.from_dict(artists_item_data)

                artists.append(artists_item)

        _genres = d.pop("genres", UNSET)
        genres: list[str] | Unset = UNSET
        if not isinstance(_genres, Unset):
            if not isinstance(_genres, list):
                raise TypeError(f"genres: expected an array, got {type(_genres).__name__}")
            genres = []
            for genres_item_data in _genres:
                genres_item = genres_item_data
                if not (isinstance(genres_item, str)):
                    raise TypeError(f"genres_item: expected a string, got {type(genres_item).__name__}")

                genres.append(genres_item)

        _styles = d.pop("styles", UNSET)
        styles: list[str] | Unset = UNSET
        if not isinstance(_styles, Unset):
            if not isinstance(_styles, list):
                raise TypeError(f"styles: expected an array, got {type(_styles).__name__}")
            styles = []
            for styles_item_data in _styles:
                styles_item = styles_item_data
                if not (isinstance(styles_item, str)):
                    raise TypeError(f"styles_item: expected a string, got {type(styles_item).__name__}")

                styles.append(styles_item)

        basic_information = cls(
            id=id,
            title=title,
            year=year,
            resource_url=resource_url,
            thumb=thumb,
            cover_image=cover_image,
            master_id=master_id,
            master_url=master_url,
            formats=formats,
            labels=labels,
            artists=artists,
            genres=genres,
            styles=styles,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        basic_information.additional_properties = additional_properties
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
