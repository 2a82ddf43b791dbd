from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Release")

# The keys this model reads; any other key of the JSON object is kept in additional_properties.
_KNOWN: frozenset[str] = frozenset(
    (
        "id",
        "status",
        "title",
        "artists",
        "artists_sort",
        "extraartists",
        "labels",
        "series",
        "companies",
        "formats",
        "format_quantity",
        "data_quality",
        "community",
        "country",
        "year",
        "released",
        "released_formatted",
        "notes",
        "date_added",
        "date_changed",
        "num_for_sale",
        "lowest_price",
        "master_id",
        "master_url",
        "identifiers",
        "videos",
        "genres",
        "styles",
        "tracklist",
        "images",
        "thumb",
        "estimated_weight",
        "blocked_from_sale",
        "is_offensive",
        "uri",
        "resource_url",
    )
)


@_attrs_define
class Release:
    """A release with everything the database holds about it. The same full object is returned by
    `GET /releases/{release_id}` and as each item of a user's contributions and submitted releases. Keys with
    nothing to report are left out rather than sent as null; only `lowest_price` is ever null.

        Attributes:
            id (int):
            status (str | Unset): The submission status (e.g. `Accepted`).
            title (str | Unset):
            artists (list[ReleaseArtist] | Unset):
            artists_sort (str | Unset): The artist names joined as they sort.
            extraartists (list[ReleaseArtist] | Unset): Credits beyond the main artists (producers, writers, designers...).
            labels (list[ReleaseLabel] | Unset):
            series (list[ReleaseLabel] | Unset):
            companies (list[ReleaseLabel] | Unset): Companies credited on the release (studios, pressing plants, copyright
                holders...).
            formats (list[Format] | Unset):
            format_quantity (int | Unset): How many items the release consists of.
            data_quality (str | Unset): An open set of values such as `Correct`, `Needs Vote`, `Complete and Correct`.
            community (Community | Unset): What the community has recorded about a release.
            country (str | Unset):
            year (int | Unset): The release year; 0 when unknown.
            released (str | Unset): The release date as entered: `1987`, `1998-12-00` or `1998-12-04` (not an ISO date).
            released_formatted (str | Unset): The release date for display (e.g. `04 Dec 1998`).
            notes (str | Unset):
            date_added (str | Unset): When the release was added (ISO 8601 timestamp with offset).
            date_changed (str | Unset): When the release was last changed (ISO 8601 timestamp with offset).
            num_for_sale (int | Unset): How many copies the marketplace offers.
            lowest_price (float | None | Unset): The lowest marketplace price, in `curr_abbr` or the user's currency; null
                when none is for sale.
            master_id (int | Unset): The master this release belongs to (absent when none).
            master_url (str | Unset):
            identifiers (list[Identifier] | Unset):
            videos (list[Video] | Unset):
            genres (list[str] | Unset):
            styles (list[str] | Unset):
            tracklist (list[Track] | Unset):
            images (list[Image] | Unset):
            thumb (str | Unset): A thumbnail URL ("" without credentials).
            estimated_weight (int | Unset): Estimated shipping weight in grams.
            blocked_from_sale (bool | Unset): Whether the marketplace refuses to list this release.
            is_offensive (bool | Unset): Whether the release is flagged as offensive.
            uri (str | Unset): The release's page on the Discogs website.
            resource_url (str | Unset):
    """

    id: int
    status: str | Unset = UNSET
    title: str | Unset = UNSET
    artists: list[ReleaseArtist] | Unset = UNSET
    artists_sort: str | Unset = UNSET
    extraartists: list[ReleaseArtist] | Unset = UNSET
    labels: list[ReleaseLabel] | Unset = UNSET
    series: list[ReleaseLabel] | Unset = UNSET
    companies: list[ReleaseLabel] | Unset = UNSET
    formats: list[Format] | Unset = UNSET
    format_quantity: int | Unset = UNSET
    data_quality: str | Unset = UNSET
    community: Community | Unset = UNSET
    country: str | Unset = UNSET
    year: int | Unset = UNSET
    released: str | Unset = UNSET
    released_formatted: str | Unset = UNSET
    notes: str | Unset = UNSET
    date_added: str | Unset = UNSET
    date_changed: str | Unset = UNSET
    num_for_sale: int | Unset = UNSET
    lowest_price: float | None | Unset = UNSET
    master_id: int | Unset = UNSET
    master_url: str | Unset = UNSET
    identifiers: list[Identifier] | Unset = UNSET
    videos: list[Video] | Unset = UNSET
    genres: list[str] | Unset = UNSET
    styles: list[str] | Unset = UNSET
    tracklist: list[Track] | Unset = UNSET
    images: list[Image] | Unset = UNSET
    thumb: str | Unset = UNSET
    estimated_weight: int | Unset = UNSET
    blocked_from_sale: bool | Unset = UNSET
    is_offensive: bool | Unset = UNSET
    uri: str | Unset = UNSET
    resource_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        if self.status is not UNSET:
            field_dict["status"] = self.status
        if self.title is not UNSET:
            field_dict["title"] = self.title
        if not isinstance(self.artists, Unset):
            field_dict["artists"] = [artists_item_data.to_dict() for artists_item_data in self.artists]
        if self.artists_sort is not UNSET:
            field_dict["artists_sort"] = self.artists_sort
        if not isinstance(self.extraartists, Unset):
            field_dict["extraartists"] = [
                extraartists_item_data.to_dict() for extraartists_item_data in self.extraartists
            ]
        if not isinstance(self.labels, Unset):
            field_dict["labels"] = [labels_item_data.to_dict() for labels_item_data in self.labels]
        if not isinstance(self.series, Unset):
            field_dict["series"] = [series_item_data.to_dict() for series_item_data in self.series]
        if not isinstance(self.companies, Unset):
            field_dict["companies"] = [companies_item_data.to_dict() for companies_item_data in self.companies]
        if not isinstance(self.formats, Unset):
            field_dict["formats"] = [formats_item_data.to_dict() for formats_item_data in self.formats]
        if self.format_quantity is not UNSET:
            field_dict["format_quantity"] = self.format_quantity
        if self.data_quality is not UNSET:
            field_dict["data_quality"] = self.data_quality
        if not isinstance(self.community, Unset):
            field_dict["community"] = self.community.to_dict()
        if self.country is not UNSET:
            field_dict["country"] = self.country
        if self.year is not UNSET:
            field_dict["year"] = self.year
        if self.released is not UNSET:
            field_dict["released"] = self.released
        if self.released_formatted is not UNSET:
            field_dict["released_formatted"] = self.released_formatted
        if self.notes is not UNSET:
            field_dict["notes"] = self.notes
        if self.date_added is not UNSET:
            field_dict["date_added"] = self.date_added
        if self.date_changed is not UNSET:
            field_dict["date_changed"] = self.date_changed
        if self.num_for_sale is not UNSET:
            field_dict["num_for_sale"] = self.num_for_sale
        if not isinstance(self.lowest_price, Unset):
            field_dict["lowest_price"] = self.lowest_price
        if self.master_id is not UNSET:
            field_dict["master_id"] = self.master_id
        if self.master_url is not UNSET:
            field_dict["master_url"] = self.master_url
        if not isinstance(self.identifiers, Unset):
            field_dict["identifiers"] = [identifiers_item_data.to_dict() for identifiers_item_data in self.identifiers]
        if not isinstance(self.videos, Unset):
            field_dict["videos"] = [videos_item_data.to_dict() for videos_item_data in self.videos]
        if not isinstance(self.genres, Unset):
            field_dict["genres"] = self.genres
        if not isinstance(self.styles, Unset):
            field_dict["styles"] = self.styles
        if not isinstance(self.tracklist, Unset):
            field_dict["tracklist"] = [tracklist_item_data.to_dict() for tracklist_item_data in self.tracklist]
        if not isinstance(self.images, Unset):
            field_dict["images"] = [images_item_data.to_dict() for images_item_data in self.images]
        if self.thumb is not UNSET:
            field_dict["thumb"] = self.thumb
        if self.estimated_weight is not UNSET:
            field_dict["estimated_weight"] = self.estimated_weight
        if self.blocked_from_sale is not UNSET:
            field_dict["blocked_from_sale"] = self.blocked_from_sale
        if self.is_offensive is not UNSET:
            field_dict["is_offensive"] = self.is_offensive
        if self.uri is not UNSET:
            field_dict["uri"] = self.uri
        if self.resource_url is not UNSET:
            field_dict["resource_url"] = self.resource_url
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"Release: expected an object, got {type(src_dict).__name__}")
        d = src_dict
        id = d["id"]
        if type(id) is not int and not (isinstance(id, int) and not isinstance(id, bool)):
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        status = d.get("status", UNSET)
        if type(status) is not str and status is not UNSET and not (isinstance(status, str)):
            raise TypeError(f"status: expected a string, got {type(status).__name__}")

        title = d.get("title", UNSET)
        if type(title) is not str and title is not UNSET and not (isinstance(title, str)):
            raise TypeError(f"title: expected a string, got {type(title).__name__}")

        _artists = d.get("artists", UNSET)
        artists: list[ReleaseArtist] | Unset = UNSET
        if _artists is not UNSET:
            if type(_artists) is not list and not isinstance(_artists, list):
                raise TypeError(f"artists: expected an array, got {type(_artists).__name__}")
            artists = list(map(ReleaseArtist.from_dict, _artists))

        artists_sort = d.get("artists_sort", UNSET)
        if type(artists_sort) is not str and artists_sort is not UNSET and not (isinstance(artists_sort, str)):
            raise TypeError(f"artists_sort: expected a string, got {type(artists_sort).__name__}")

        _extraartists = d.get("extraartists", UNSET)
        extraartists: list[ReleaseArtist] | Unset = UNSET
        if _extraartists is not UNSET:
            if type(_extraartists) is not list and not isinstance(_extraartists, list):
                raise TypeError(f"extraartists: expected an array, got {type(_extraartists).__name__}")
            extraartists = list(map(ReleaseArtist.from_dict, _extraartists))

        _labels = d.get("labels", UNSET)
        labels: list[ReleaseLabel] | Unset = UNSET
        if _labels is not UNSET:
            if type(_labels) is not list and not isinstance(_labels, list):
                raise TypeError(f"labels: expected an array, got {type(_labels).__name__}")
            labels = list(map(ReleaseLabel.from_dict, _labels))

        _series = d.get("series", UNSET)
        series: list[ReleaseLabel] | Unset = UNSET
        if _series is not UNSET:
            if type(_series) is not list and not isinstance(_series, list):
                raise TypeError(f"series: expected an array, got {type(_series).__name__}")
            series = list(map(ReleaseLabel.from_dict, _series))

        _companies = d.get("companies", UNSET)
        companies: list[ReleaseLabel] | Unset = UNSET
        if _companies is not UNSET:
            if type(_companies) is not list and not isinstance(_companies, list):
                raise TypeError(f"companies: expected an array, got {type(_companies).__name__}")
            companies = list(map(ReleaseLabel.from_dict, _companies))

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

        data_quality = d.get("data_quality", UNSET)
        if type(data_quality) is not str and data_quality is not UNSET and not (isinstance(data_quality, str)):
            raise TypeError(f"data_quality: expected a string, got {type(data_quality).__name__}")

        _community = d.get("community", UNSET)
        community: Community | Unset = UNSET if _community is UNSET else Community.from_dict(_community)

        country = d.get("country", UNSET)
        if type(country) is not str and country is not UNSET and not (isinstance(country, str)):
            raise TypeError(f"country: expected a string, got {type(country).__name__}")

        year = d.get("year", UNSET)
        if type(year) is not int and year is not UNSET and not (isinstance(year, int) and not isinstance(year, bool)):
            raise TypeError(f"year: expected an integer, got {type(year).__name__}")

        released = d.get("released", UNSET)
        if type(released) is not str and released is not UNSET and not (isinstance(released, str)):
            raise TypeError(f"released: expected a string, got {type(released).__name__}")

        released_formatted = d.get("released_formatted", UNSET)
        if (
            type(released_formatted) is not str
            and released_formatted is not UNSET
            and not (isinstance(released_formatted, str))
        ):
            raise TypeError(f"released_formatted: expected a string, got {type(released_formatted).__name__}")

        notes = d.get("notes", UNSET)
        if type(notes) is not str and notes is not UNSET and not (isinstance(notes, str)):
            raise TypeError(f"notes: expected a string, got {type(notes).__name__}")

        date_added = d.get("date_added", UNSET)
        if type(date_added) is not str and date_added is not UNSET and not (isinstance(date_added, str)):
            raise TypeError(f"date_added: expected a string, got {type(date_added).__name__}")

        date_changed = d.get("date_changed", UNSET)
        if type(date_changed) is not str and date_changed is not UNSET and not (isinstance(date_changed, str)):
            raise TypeError(f"date_changed: expected a string, got {type(date_changed).__name__}")

        num_for_sale = d.get("num_for_sale", UNSET)
        if (
            type(num_for_sale) is not int
            and num_for_sale is not UNSET
            and not (isinstance(num_for_sale, int) and not isinstance(num_for_sale, bool))
        ):
            raise TypeError(f"num_for_sale: expected an integer, got {type(num_for_sale).__name__}")

        lowest_price = d.get("lowest_price", UNSET)
        if (
            type(lowest_price) is not float
            and type(lowest_price) is not int
            and lowest_price is not None
            and lowest_price is not UNSET
            and not (isinstance(lowest_price, int | float) and not isinstance(lowest_price, bool))
        ):
            raise TypeError(f"lowest_price: expected float | None, got {type(lowest_price).__name__}")

        master_id = d.get("master_id", UNSET)
        if (
            type(master_id) is not int
            and master_id is not UNSET
            and not (isinstance(master_id, int) and not isinstance(master_id, bool))
        ):
            raise TypeError(f"master_id: expected an integer, got {type(master_id).__name__}")

        master_url = d.get("master_url", UNSET)
        if type(master_url) is not str and master_url is not UNSET and not (isinstance(master_url, str)):
            raise TypeError(f"master_url: expected a string, got {type(master_url).__name__}")

        _identifiers = d.get("identifiers", UNSET)
        identifiers: list[Identifier] | Unset = UNSET
        if _identifiers is not UNSET:
            if type(_identifiers) is not list and not isinstance(_identifiers, list):
                raise TypeError(f"identifiers: expected an array, got {type(_identifiers).__name__}")
            identifiers = list(map(Identifier.from_dict, _identifiers))

        _videos = d.get("videos", UNSET)
        videos: list[Video] | Unset = UNSET
        if _videos is not UNSET:
            if type(_videos) is not list and not isinstance(_videos, list):
                raise TypeError(f"videos: expected an array, got {type(_videos).__name__}")
            videos = list(map(Video.from_dict, _videos))

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

        _tracklist = d.get("tracklist", UNSET)
        tracklist: list[Track] | Unset = UNSET
        if _tracklist is not UNSET:
            if type(_tracklist) is not list and not isinstance(_tracklist, list):
                raise TypeError(f"tracklist: expected an array, got {type(_tracklist).__name__}")
            tracklist = list(map(Track.from_dict, _tracklist))

        _images = d.get("images", UNSET)
        images: list[Image] | Unset = UNSET
        if _images is not UNSET:
            if type(_images) is not list and not isinstance(_images, list):
                raise TypeError(f"images: expected an array, got {type(_images).__name__}")
            images = list(map(Image.from_dict, _images))

        thumb = d.get("thumb", UNSET)
        if type(thumb) is not str and thumb is not UNSET and not (isinstance(thumb, str)):
            raise TypeError(f"thumb: expected a string, got {type(thumb).__name__}")

        estimated_weight = d.get("estimated_weight", UNSET)
        if (
            type(estimated_weight) is not int
            and estimated_weight is not UNSET
            and not (isinstance(estimated_weight, int) and not isinstance(estimated_weight, bool))
        ):
            raise TypeError(f"estimated_weight: expected an integer, got {type(estimated_weight).__name__}")

        blocked_from_sale = d.get("blocked_from_sale", UNSET)
        if (
            type(blocked_from_sale) is not bool
            and blocked_from_sale is not UNSET
            and not (isinstance(blocked_from_sale, bool))
        ):
            raise TypeError(f"blocked_from_sale: expected a boolean, got {type(blocked_from_sale).__name__}")

        is_offensive = d.get("is_offensive", UNSET)
        if type(is_offensive) is not bool and is_offensive is not UNSET and not (isinstance(is_offensive, bool)):
            raise TypeError(f"is_offensive: expected a boolean, got {type(is_offensive).__name__}")

        uri = d.get("uri", UNSET)
        if type(uri) is not str and uri is not UNSET and not (isinstance(uri, str)):
            raise TypeError(f"uri: expected a string, got {type(uri).__name__}")

        resource_url = d.get("resource_url", UNSET)
        if type(resource_url) is not str and resource_url is not UNSET and not (isinstance(resource_url, str)):
            raise TypeError(f"resource_url: expected a string, got {type(resource_url).__name__}")

        # Positional, in the order the class declares its fields (the two loops above): a call with keywords
        # matches each name against every parameter, which costs more than reading the fields for a big model.
        release = cls(
            id,
            status,
            title,
            artists,
            artists_sort,
            extraartists,
            labels,
            series,
            companies,
            formats,
            format_quantity,
            data_quality,
            community,
            country,
            year,
            released,
            released_formatted,
            notes,
            date_added,
            date_changed,
            num_for_sale,
            lowest_price,
            master_id,
            master_url,
            identifiers,
            videos,
            genres,
            styles,
            tracklist,
            images,
            thumb,
            estimated_weight,
            blocked_from_sale,
            is_offensive,
            uri,
            resource_url,
        )
        if not _KNOWN.issuperset(d):
            release.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN}
        return release

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
from ..models.community import Community
from ..models.format_ import Format
from ..models.identifier import Identifier
from ..models.image import Image
from ..models.release_artist import ReleaseArtist
from ..models.release_label import ReleaseLabel
from ..models.track import Track
from ..models.video import Video
