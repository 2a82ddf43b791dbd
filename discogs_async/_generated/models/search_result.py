from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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

        d = dict(src_dict)
        id = d.pop("id")

        _type_ = d.pop("type", UNSET)
        type_: SearchType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = SearchType(_type_)

        title = d.pop("title", UNSET)

        def _parse_thumb(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        thumb = _parse_thumb(d.pop("thumb", UNSET))

        cover_image = d.pop("cover_image", UNSET)

        uri = d.pop("uri", UNSET)

        resource_url = d.pop("resource_url", UNSET)

        def _parse_master_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        master_id = _parse_master_id(d.pop("master_id", UNSET))

        def _parse_master_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        master_url = _parse_master_url(d.pop("master_url", UNSET))

        country = d.pop("country", UNSET)

        year = d.pop("year", UNSET)

        format_ = cast(list[str], d.pop("format", UNSET))

        _formats = d.pop("formats", UNSET)
        formats: list[Format] | Unset = UNSET
        if _formats is not UNSET:
            formats = []
            for formats_item_data in _formats:
                formats_item = Format.from_dict(formats_item_data)

                formats.append(formats_item)

        format_quantity = d.pop("format_quantity", UNSET)

        def _parse_label(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                label_type_0 = cast(list[str], data)

                return label_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        label = _parse_label(d.pop("label", UNSET))

        catno = d.pop("catno", UNSET)

        barcode = cast(list[str], d.pop("barcode", UNSET))

        genre = cast(list[str], d.pop("genre", UNSET))

        style = cast(list[str], d.pop("style", UNSET))

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

        search_result.additional_properties = d
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
