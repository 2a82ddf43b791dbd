from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.search_type import SearchType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchResult")

# The keys this model reads; any other key of the JSON object is kept in additional_properties.
_KNOWN: frozenset[str] = frozenset(
    (
        "id",
        "type",
        "title",
        "thumb",
        "cover_image",
        "uri",
        "resource_url",
        "master_id",
        "master_url",
        "country",
        "year",
        "format",
        "formats",
        "format_quantity",
        "label",
        "catno",
        "barcode",
        "genre",
        "style",
        "community",
        "user_data",
    )
)


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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_.value
        if self.title is not UNSET:
            field_dict["title"] = self.title
        if not isinstance(self.thumb, Unset):
            field_dict["thumb"] = self.thumb
        if self.cover_image is not UNSET:
            field_dict["cover_image"] = self.cover_image
        if self.uri is not UNSET:
            field_dict["uri"] = self.uri
        if self.resource_url is not UNSET:
            field_dict["resource_url"] = self.resource_url
        if not isinstance(self.master_id, Unset):
            field_dict["master_id"] = self.master_id
        if not isinstance(self.master_url, Unset):
            field_dict["master_url"] = self.master_url
        if self.country is not UNSET:
            field_dict["country"] = self.country
        if self.year is not UNSET:
            field_dict["year"] = self.year
        if not isinstance(self.format_, Unset):
            field_dict["format"] = self.format_
        if not isinstance(self.formats, Unset):
            field_dict["formats"] = [formats_item_data.to_dict() for formats_item_data in self.formats]
        if self.format_quantity is not UNSET:
            field_dict["format_quantity"] = self.format_quantity
        label: list[str] | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        elif isinstance(self.label, list):
            label = self.label

        else:
            label = self.label
        if label is not UNSET:
            field_dict["label"] = label
        if self.catno is not UNSET:
            field_dict["catno"] = self.catno
        if not isinstance(self.barcode, Unset):
            field_dict["barcode"] = self.barcode
        if not isinstance(self.genre, Unset):
            field_dict["genre"] = self.genre
        if not isinstance(self.style, Unset):
            field_dict["style"] = self.style
        if not isinstance(self.community, Unset):
            field_dict["community"] = self.community.to_dict()
        if not isinstance(self.user_data, Unset):
            field_dict["user_data"] = self.user_data.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"SearchResult: expected an object, got {type(src_dict).__name__}")
        d = src_dict
        id = d["id"]
        if type(id) is not int and not (isinstance(id, int) and not isinstance(id, bool)):
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        _type_ = d.get("type", UNSET)
        type_: SearchType | Unset = UNSET if _type_ is UNSET else SearchType(_type_)

        title = d.get("title", UNSET)
        if type(title) is not str and title is not UNSET and not (isinstance(title, str)):
            raise TypeError(f"title: expected a string, got {type(title).__name__}")

        thumb = d.get("thumb", UNSET)
        if type(thumb) is not str and thumb is not None and thumb is not UNSET and not (isinstance(thumb, str)):
            raise TypeError(f"thumb: expected None | str, got {type(thumb).__name__}")

        cover_image = d.get("cover_image", UNSET)
        if type(cover_image) is not str and cover_image is not UNSET and not (isinstance(cover_image, str)):
            raise TypeError(f"cover_image: expected a string, got {type(cover_image).__name__}")

        uri = d.get("uri", UNSET)
        if type(uri) is not str and uri is not UNSET and not (isinstance(uri, str)):
            raise TypeError(f"uri: expected a string, got {type(uri).__name__}")

        resource_url = d.get("resource_url", UNSET)
        if type(resource_url) is not str and resource_url is not UNSET and not (isinstance(resource_url, str)):
            raise TypeError(f"resource_url: expected a string, got {type(resource_url).__name__}")

        master_id = d.get("master_id", UNSET)
        if (
            type(master_id) is not int
            and master_id is not None
            and master_id is not UNSET
            and not (isinstance(master_id, int) and not isinstance(master_id, bool))
        ):
            raise TypeError(f"master_id: expected int | None, got {type(master_id).__name__}")

        master_url = d.get("master_url", UNSET)
        if (
            type(master_url) is not str
            and master_url is not None
            and master_url is not UNSET
            and not (isinstance(master_url, str))
        ):
            raise TypeError(f"master_url: expected None | str, got {type(master_url).__name__}")

        country = d.get("country", UNSET)
        if type(country) is not str and country is not UNSET and not (isinstance(country, str)):
            raise TypeError(f"country: expected a string, got {type(country).__name__}")

        year = d.get("year", UNSET)
        if type(year) is not str and year is not UNSET and not (isinstance(year, str)):
            raise TypeError(f"year: expected a string, got {type(year).__name__}")

        _format_ = d.get("format", UNSET)
        format_: list[str] | Unset = UNSET
        if _format_ is not UNSET:
            if type(_format_) is not list and not isinstance(_format_, list):
                raise TypeError(f"format: expected an array, got {type(_format_).__name__}")
            for format_item_data in _format_:
                format_item = format_item_data
                if type(format_item) is not str and not (isinstance(format_item, str)):
                    raise TypeError(f"format_item: expected a string, got {type(format_item).__name__}")

            format_ = list(_format_)

        _formats = d.get("formats", UNSET)
        formats: list[Format] | Unset = UNSET
        if _formats is not UNSET:
            if type(_formats) is not list and not isinstance(_formats, list):
                raise TypeError(f"formats: expected an array, got {type(_formats).__name__}")
            formats = list(map(Format.from_dict, _formats))

        format_quantity = d.get("format_quantity", UNSET)
        if (
            type(format_quantity) is not int
            and format_quantity is not UNSET
            and not (isinstance(format_quantity, int) and not isinstance(format_quantity, bool))
        ):
            raise TypeError(f"format_quantity: expected an integer, got {type(format_quantity).__name__}")

        def _parse_label(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                _label_type_0 = data
                if type(_label_type_0) is not list and not isinstance(_label_type_0, list):
                    raise TypeError(f"label_type_0: expected an array, got {type(_label_type_0).__name__}")
                for label_type_0_item_data in _label_type_0:
                    label_type_0_item = label_type_0_item_data
                    if type(label_type_0_item) is not str and not (isinstance(label_type_0_item, str)):
                        raise TypeError(f"label_type_0_item: expected a string, got {type(label_type_0_item).__name__}")

                label_type_0 = list(_label_type_0)

                return label_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not (isinstance(data, str)):
                raise TypeError(f"label: expected list[str] | str, got {type(data).__name__}")
            return data

        label = _parse_label(d.get("label", UNSET))

        catno = d.get("catno", UNSET)
        if type(catno) is not str and catno is not UNSET and not (isinstance(catno, str)):
            raise TypeError(f"catno: expected a string, got {type(catno).__name__}")

        _barcode = d.get("barcode", UNSET)
        barcode: list[str] | Unset = UNSET
        if _barcode is not UNSET:
            if type(_barcode) is not list and not isinstance(_barcode, list):
                raise TypeError(f"barcode: expected an array, got {type(_barcode).__name__}")
            for barcode_item_data in _barcode:
                barcode_item = barcode_item_data
                if type(barcode_item) is not str and not (isinstance(barcode_item, str)):
                    raise TypeError(f"barcode_item: expected a string, got {type(barcode_item).__name__}")

            barcode = list(_barcode)

        _genre = d.get("genre", UNSET)
        genre: list[str] | Unset = UNSET
        if _genre is not UNSET:
            if type(_genre) is not list and not isinstance(_genre, list):
                raise TypeError(f"genre: expected an array, got {type(_genre).__name__}")
            for genre_item_data in _genre:
                genre_item = genre_item_data
                if type(genre_item) is not str and not (isinstance(genre_item, str)):
                    raise TypeError(f"genre_item: expected a string, got {type(genre_item).__name__}")

            genre = list(_genre)

        _style = d.get("style", UNSET)
        style: list[str] | Unset = UNSET
        if _style is not UNSET:
            if type(_style) is not list and not isinstance(_style, list):
                raise TypeError(f"style: expected an array, got {type(_style).__name__}")
            for style_item_data in _style:
                style_item = style_item_data
                if type(style_item) is not str and not (isinstance(style_item, str)):
                    raise TypeError(f"style_item: expected a string, got {type(style_item).__name__}")

            style = list(_style)

        _community = d.get("community", UNSET)
        community: SearchCommunity | Unset = UNSET if _community is UNSET else SearchCommunity.from_dict(_community)

        _user_data = d.get("user_data", UNSET)
        user_data: SearchUserData | Unset = UNSET if _user_data is UNSET else SearchUserData.from_dict(_user_data)

        # Positional, in the order the class declares its fields (the two loops above): a call with keywords
        # matches each name against every parameter, which costs more than reading the fields for a big model.
        search_result = cls(
            id,
            type_,
            title,
            thumb,
            cover_image,
            uri,
            resource_url,
            master_id,
            master_url,
            country,
            year,
            format_,
            formats,
            format_quantity,
            label,
            catno,
            barcode,
            genre,
            style,
            community,
            user_data,
        )
        if not _KNOWN.issuperset(d):
            search_result.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN}
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


# After the class: a model that refers back to this one finds it defined.
from ..models.format_ import Format
from ..models.search_community import SearchCommunity
from ..models.search_user_data import SearchUserData
