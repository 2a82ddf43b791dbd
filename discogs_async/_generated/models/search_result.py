from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.search_type import SearchType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.format_ import Format
    from ..models.search_community import SearchCommunity
    from ..models.search_user_data import SearchUserData


T = TypeVar("T", bound="SearchResult")


@_attrs_define
class SearchResult:
    """One search result. Artist and label results carry only the identifying keys (id, type, title, uri,
    resource_url, thumb, cover_image, user_data, master_id, master_url); release and master results add the
    catalog data.

        Attributes:
            id (int):
            type_ (SearchType | Unset): The kind of a search result.
            title (str | Unset):
            thumb (None | str | Unset): A thumbnail URL; "" without credentials, null in old artist results.
            cover_image (str | Unset):
            uri (str | Unset):
            resource_url (str | Unset):
            master_id (int | None | Unset): The master of a release (0 when none); null for artist and label results.
            master_url (None | str | Unset): The master's API URL; null when there is none.
            country (str | Unset):
            year (str | Unset): The year as a string (e.g. `"2005"`).
            format_ (list[str] | Unset):
            formats (list[Format] | Unset):
            format_quantity (int | Unset):
            label (list[str] | str | Unset): The labels of a release (a list; a single string in responses from 2012-14).
            catno (str | Unset):
            barcode (list[str] | Unset):
            genre (list[str] | Unset):
            style (list[str] | Unset):
            community (SearchCommunity | Unset): Have and want counts of a release or master result.
            user_data (SearchUserData | Unset): Whether the caller has the result in their collection or wantlist.
    """

    id: int
    type_: SearchType | Unset = UNSET
    title: str | Unset = UNSET
    thumb: None | str | Unset = UNSET
    cover_image: str | Unset = UNSET
    uri: str | Unset = UNSET
    resource_url: str | Unset = UNSET
    master_id: int | None | Unset = UNSET
    master_url: None | str | Unset = UNSET
    country: str | Unset = UNSET
    year: str | Unset = UNSET
    format_: list[str] | Unset = UNSET
    formats: list[Format] | Unset = UNSET
    format_quantity: int | Unset = UNSET
    label: list[str] | str | Unset = UNSET
    catno: str | Unset = UNSET
    barcode: list[str] | Unset = UNSET
    genre: list[str] | Unset = UNSET
    style: list[str] | Unset = UNSET
    community: SearchCommunity | Unset = UNSET
    user_data: SearchUserData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        title = self.title

        thumb: None | str | Unset
        if isinstance(self.thumb, Unset):
            thumb = UNSET
        else:
            thumb = self.thumb

        cover_image = self.cover_image

        uri = self.uri

        resource_url = self.resource_url

        master_id: int | None | Unset
        if isinstance(self.master_id, Unset):
            master_id = UNSET
        else:
            master_id = self.master_id

        master_url: None | str | Unset
        if isinstance(self.master_url, Unset):
            master_url = UNSET
        else:
            master_url = self.master_url

        country = self.country

        year = self.year

        format_: list[str] | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_

        formats: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.formats, Unset):
            formats = []
            for formats_item_data in self.formats:
                formats_item = formats_item_data.to_dict()
                formats.append(formats_item)

        format_quantity = self.format_quantity

        label: list[str] | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        elif isinstance(self.label, list):
            label = self.label

        else:
            label = self.label

        catno = self.catno

        barcode: list[str] | Unset = UNSET
        if not isinstance(self.barcode, Unset):
            barcode = self.barcode

        genre: list[str] | Unset = UNSET
        if not isinstance(self.genre, Unset):
            genre = self.genre

        style: list[str] | Unset = UNSET
        if not isinstance(self.style, Unset):
            style = self.style

        community: dict[str, Any] | Unset = UNSET
        if not isinstance(self.community, Unset):
            community = self.community.to_dict()

        user_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_data, Unset):
            user_data = self.user_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if title is not UNSET:
            field_dict["title"] = title
        if thumb is not UNSET:
            field_dict["thumb"] = thumb
        if cover_image is not UNSET:
            field_dict["cover_image"] = cover_image
        if uri is not UNSET:
            field_dict["uri"] = uri
        if resource_url is not UNSET:
            field_dict["resource_url"] = resource_url
        if master_id is not UNSET:
            field_dict["master_id"] = master_id
        if master_url is not UNSET:
            field_dict["master_url"] = master_url
        if country is not UNSET:
            field_dict["country"] = country
        if year is not UNSET:
            field_dict["year"] = year
        if format_ is not UNSET:
            field_dict["format"] = format_
        if formats is not UNSET:
            field_dict["formats"] = formats
        if format_quantity is not UNSET:
            field_dict["format_quantity"] = format_quantity
        if label is not UNSET:
            field_dict["label"] = label
        if catno is not UNSET:
            field_dict["catno"] = catno
        if barcode is not UNSET:
            field_dict["barcode"] = barcode
        if genre is not UNSET:
            field_dict["genre"] = genre
        if style is not UNSET:
            field_dict["style"] = style
        if community is not UNSET:
            field_dict["community"] = community
        if user_data is not UNSET:
            field_dict["user_data"] = user_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.format_ import Format  # noqa: PLC0415
        from ..models.search_community import SearchCommunity  # noqa: PLC0415
        from ..models.search_user_data import SearchUserData  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(f"SearchResult: expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        id = d.pop("id")
        if not (isinstance(id, int) and not isinstance(id, bool)):
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        _type_ = d.pop("type", UNSET)
        type_: SearchType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = SearchType(_type_)

        title = d.pop("title", UNSET)
        if not isinstance(title, Unset) and not (isinstance(title, str)):
            raise TypeError(f"title: expected a string, got {type(title).__name__}")

        def _parse_thumb(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"thumb: expected None | str, got {type(data).__name__}")
            thumb_type_0 = data
            if not (isinstance(thumb_type_0, str)):
                raise TypeError(f"thumb_type_0: expected a string, got {type(thumb_type_0).__name__}")

            return thumb_type_0

        thumb = _parse_thumb(d.pop("thumb", UNSET))

        cover_image = d.pop("cover_image", UNSET)
        if not isinstance(cover_image, Unset) and not (isinstance(cover_image, str)):
            raise TypeError(f"cover_image: expected a string, got {type(cover_image).__name__}")

        uri = d.pop("uri", UNSET)
        if not isinstance(uri, Unset) and not (isinstance(uri, str)):
            raise TypeError(f"uri: expected a string, got {type(uri).__name__}")

        resource_url = d.pop("resource_url", UNSET)
        if not isinstance(resource_url, Unset) and not (isinstance(resource_url, str)):
            raise TypeError(f"resource_url: expected a string, got {type(resource_url).__name__}")

        def _parse_master_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not (isinstance(data, int) and not isinstance(data, bool)):
                raise TypeError(f"master_id: expected int | None, got {type(data).__name__}")
            master_id_type_0 = data
            if not (isinstance(master_id_type_0, int) and not isinstance(master_id_type_0, bool)):
                raise TypeError(f"master_id_type_0: expected an integer, got {type(master_id_type_0).__name__}")

            return master_id_type_0

        master_id = _parse_master_id(d.pop("master_id", UNSET))

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

        country = d.pop("country", UNSET)
        if not isinstance(country, Unset) and not (isinstance(country, str)):
            raise TypeError(f"country: expected a string, got {type(country).__name__}")

        year = d.pop("year", UNSET)
        if not isinstance(year, Unset) and not (isinstance(year, str)):
            raise TypeError(f"year: expected a string, got {type(year).__name__}")

        _format_ = d.pop("format", UNSET)
        format_: list[str] | Unset = UNSET
        if not isinstance(_format_, Unset):
            if not isinstance(_format_, list):
                raise TypeError(f"format: expected an array, got {type(_format_).__name__}")
            format_ = []
            for format_item_data in _format_:
                format_item = format_item_data
                if not (isinstance(format_item, str)):
                    raise TypeError(f"format_item: expected a string, got {type(format_item).__name__}")

                format_.append(format_item)

        _formats = d.pop("formats", UNSET)
        formats: list[Format] | Unset = UNSET
        if not isinstance(_formats, Unset):
            if not isinstance(_formats, list):
                raise TypeError(f"formats: expected an array, got {type(_formats).__name__}")
            formats = []
            for formats_item_data in _formats:
                formats_item = Format.from_dict(formats_item_data)

                formats.append(formats_item)

        format_quantity = d.pop("format_quantity", UNSET)
        if not isinstance(format_quantity, Unset) and not (
            isinstance(format_quantity, int) and not isinstance(format_quantity, bool)
        ):
            raise TypeError(f"format_quantity: expected an integer, got {type(format_quantity).__name__}")

        def _parse_label(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                _label_type_0 = data
                if not isinstance(_label_type_0, list):
                    raise TypeError(f"label_type_0: expected an array, got {type(_label_type_0).__name__}")
                label_type_0 = []
                for label_type_0_item_data in _label_type_0:
                    label_type_0_item = label_type_0_item_data
                    if not (isinstance(label_type_0_item, str)):
                        raise TypeError(f"label_type_0_item: expected a string, got {type(label_type_0_item).__name__}")

                    label_type_0.append(label_type_0_item)

                return label_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError(f"label: expected list[str] | str, got {type(data).__name__}")
            label_type_1 = data
            if not (isinstance(label_type_1, str)):
                raise TypeError(f"label_type_1: expected a string, got {type(label_type_1).__name__}")

            return label_type_1

        label = _parse_label(d.pop("label", UNSET))

        catno = d.pop("catno", UNSET)
        if not isinstance(catno, Unset) and not (isinstance(catno, str)):
            raise TypeError(f"catno: expected a string, got {type(catno).__name__}")

        _barcode = d.pop("barcode", UNSET)
        barcode: list[str] | Unset = UNSET
        if not isinstance(_barcode, Unset):
            if not isinstance(_barcode, list):
                raise TypeError(f"barcode: expected an array, got {type(_barcode).__name__}")
            barcode = []
            for barcode_item_data in _barcode:
                barcode_item = barcode_item_data
                if not (isinstance(barcode_item, str)):
                    raise TypeError(f"barcode_item: expected a string, got {type(barcode_item).__name__}")

                barcode.append(barcode_item)

        _genre = d.pop("genre", UNSET)
        genre: list[str] | Unset = UNSET
        if not isinstance(_genre, Unset):
            if not isinstance(_genre, list):
                raise TypeError(f"genre: expected an array, got {type(_genre).__name__}")
            genre = []
            for genre_item_data in _genre:
                genre_item = genre_item_data
                if not (isinstance(genre_item, str)):
                    raise TypeError(f"genre_item: expected a string, got {type(genre_item).__name__}")

                genre.append(genre_item)

        _style = d.pop("style", UNSET)
        style: list[str] | Unset = UNSET
        if not isinstance(_style, Unset):
            if not isinstance(_style, list):
                raise TypeError(f"style: expected an array, got {type(_style).__name__}")
            style = []
            for style_item_data in _style:
                style_item = style_item_data
                if not (isinstance(style_item, str)):
                    raise TypeError(f"style_item: expected a string, got {type(style_item).__name__}")

                style.append(style_item)

        _community = d.pop("community", UNSET)
        community: SearchCommunity | Unset
        if isinstance(_community, Unset):
            community = UNSET
        else:
            community = SearchCommunity.from_dict(_community)

        _user_data = d.pop("user_data", UNSET)
        user_data: SearchUserData | Unset
        if isinstance(_user_data, Unset):
            user_data = UNSET
        else:
            user_data = SearchUserData.from_dict(_user_data)

        search_result = cls(
            id=id,
            type_=type_,
            title=title,
            thumb=thumb,
            cover_image=cover_image,
            uri=uri,
            resource_url=resource_url,
            master_id=master_id,
            master_url=master_url,
            country=country,
            year=year,
            format_=format_,
            formats=formats,
            format_quantity=format_quantity,
            label=label,
            catno=catno,
            barcode=barcode,
            genre=genre,
            style=style,
            community=community,
            user_data=user_data,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        search_result.additional_properties = additional_properties
        return search_result

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
