from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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

        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title", UNSET)

        year = d.pop("year", UNSET)

        resource_url = d.pop("resource_url", UNSET)

        thumb = d.pop("thumb", UNSET)

        cover_image = d.pop("cover_image", UNSET)

        master_id = d.pop("master_id", UNSET)

        def _parse_master_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        master_url = _parse_master_url(d.pop("master_url", UNSET))

        _formats = d.pop("formats", UNSET)
        formats: list[BasicInformationFormat] | Unset = UNSET
        if _formats is not UNSET:
            formats = []
            for formats_item_data in _formats:
                formats_item = BasicInformationFormat.from_dict(formats_item_data)

                formats.append(formats_item)

        _labels = d.pop("labels", UNSET)
        labels: list[BasicInformationLabel] | Unset = UNSET
        if _labels is not UNSET:
            labels = []
            for labels_item_data in _labels:
                labels_item = BasicInformationLabel.from_dict(labels_item_data)

                labels.append(labels_item)

        _artists = d.pop("artists", UNSET)
        artists: list[BasicInformationArtist] | Unset = UNSET
        if _artists is not UNSET:
            artists = []
            for artists_item_data in _artists:
                artists_item = BasicInformationArtist.from_dict(artists_item_data)

                artists.append(artists_item)

        genres = cast(list[str], d.pop("genres", UNSET))

        styles = cast(list[str], d.pop("styles", UNSET))

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

        basic_information.additional_properties = d
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
