from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Master")

# The keys this model reads; any other key of the JSON object is kept in additional_properties.
_KNOWN: frozenset[str] = frozenset(
    (
        "id",
        "title",
        "main_release",
        "main_release_url",
        "most_recent_release",
        "most_recent_release_url",
        "versions_url",
        "artists",
        "year",
        "genres",
        "styles",
        "tracklist",
        "images",
        "videos",
        "notes",
        "data_quality",
        "num_for_sale",
        "lowest_price",
        "uri",
        "resource_url",
    )
)


@_attrs_define
class Master:
    """A master release: the versions of one recording grouped together, with a main release (often the
    earliest) and the most recent one. Keys with nothing to report (`notes`, `videos`...) are absent.

        Attributes:
            id (int):
            title (str | Unset):
            main_release (int | Unset):
            main_release_url (str | Unset):
            most_recent_release (int | Unset):
            most_recent_release_url (str | Unset):
            versions_url (str | Unset):
            artists (list[ReleaseArtist] | Unset):
            year (int | Unset): The year of the main release; 0 when unknown.
            genres (list[str] | Unset):
            styles (list[str] | Unset):
            tracklist (list[Track] | Unset):
            images (list[Image] | Unset):
            videos (list[Video] | Unset):
            notes (str | Unset):
            data_quality (str | Unset):
            num_for_sale (int | Unset):
            lowest_price (float | None | Unset): The lowest marketplace price of any version; null when none is for sale.
            uri (str | Unset):
            resource_url (str | Unset):
    """

    id: int
    title: str | Unset = UNSET
    main_release: int | Unset = UNSET
    main_release_url: str | Unset = UNSET
    most_recent_release: int | Unset = UNSET
    most_recent_release_url: str | Unset = UNSET
    versions_url: str | Unset = UNSET
    artists: list[ReleaseArtist] | Unset = UNSET
    year: int | Unset = UNSET
    genres: list[str] | Unset = UNSET
    styles: list[str] | Unset = UNSET
    tracklist: list[Track] | Unset = UNSET
    images: list[Image] | Unset = UNSET
    videos: list[Video] | Unset = UNSET
    notes: str | Unset = UNSET
    data_quality: str | Unset = UNSET
    num_for_sale: int | Unset = UNSET
    lowest_price: float | None | Unset = UNSET
    uri: str | Unset = UNSET
    resource_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        if self.title is not UNSET:
            field_dict["title"] = self.title
        if self.main_release is not UNSET:
            field_dict["main_release"] = self.main_release
        if self.main_release_url is not UNSET:
            field_dict["main_release_url"] = self.main_release_url
        if self.most_recent_release is not UNSET:
            field_dict["most_recent_release"] = self.most_recent_release
        if self.most_recent_release_url is not UNSET:
            field_dict["most_recent_release_url"] = self.most_recent_release_url
        if self.versions_url is not UNSET:
            field_dict["versions_url"] = self.versions_url
        if not isinstance(self.artists, Unset):
            field_dict["artists"] = [artists_item_data.to_dict() for artists_item_data in self.artists]
        if self.year is not UNSET:
            field_dict["year"] = self.year
        if not isinstance(self.genres, Unset):
            field_dict["genres"] = self.genres
        if not isinstance(self.styles, Unset):
            field_dict["styles"] = self.styles
        if not isinstance(self.tracklist, Unset):
            field_dict["tracklist"] = [tracklist_item_data.to_dict() for tracklist_item_data in self.tracklist]
        if not isinstance(self.images, Unset):
            field_dict["images"] = [images_item_data.to_dict() for images_item_data in self.images]
        if not isinstance(self.videos, Unset):
            field_dict["videos"] = [videos_item_data.to_dict() for videos_item_data in self.videos]
        if self.notes is not UNSET:
            field_dict["notes"] = self.notes
        if self.data_quality is not UNSET:
            field_dict["data_quality"] = self.data_quality
        if self.num_for_sale is not UNSET:
            field_dict["num_for_sale"] = self.num_for_sale
        if not isinstance(self.lowest_price, Unset):
            field_dict["lowest_price"] = self.lowest_price
        if self.uri is not UNSET:
            field_dict["uri"] = self.uri
        if self.resource_url is not UNSET:
            field_dict["resource_url"] = self.resource_url
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"Master: expected an object, got {type(src_dict).__name__}")
        d = src_dict
        id = d["id"]
        if type(id) is not int and not (isinstance(id, int) and not isinstance(id, bool)):
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        title = d.get("title", UNSET)
        if type(title) is not str and title is not UNSET and not (isinstance(title, str)):
            raise TypeError(f"title: expected a string, got {type(title).__name__}")

        main_release = d.get("main_release", UNSET)
        if (
            type(main_release) is not int
            and main_release is not UNSET
            and not (isinstance(main_release, int) and not isinstance(main_release, bool))
        ):
            raise TypeError(f"main_release: expected an integer, got {type(main_release).__name__}")

        main_release_url = d.get("main_release_url", UNSET)
        if (
            type(main_release_url) is not str
            and main_release_url is not UNSET
            and not (isinstance(main_release_url, str))
        ):
            raise TypeError(f"main_release_url: expected a string, got {type(main_release_url).__name__}")

        most_recent_release = d.get("most_recent_release", UNSET)
        if (
            type(most_recent_release) is not int
            and most_recent_release is not UNSET
            and not (isinstance(most_recent_release, int) and not isinstance(most_recent_release, bool))
        ):
            raise TypeError(f"most_recent_release: expected an integer, got {type(most_recent_release).__name__}")

        most_recent_release_url = d.get("most_recent_release_url", UNSET)
        if (
            type(most_recent_release_url) is not str
            and most_recent_release_url is not UNSET
            and not (isinstance(most_recent_release_url, str))
        ):
            raise TypeError(f"most_recent_release_url: expected a string, got {type(most_recent_release_url).__name__}")

        versions_url = d.get("versions_url", UNSET)
        if type(versions_url) is not str and versions_url is not UNSET and not (isinstance(versions_url, str)):
            raise TypeError(f"versions_url: expected a string, got {type(versions_url).__name__}")

        _artists = d.get("artists", UNSET)
        artists: list[ReleaseArtist] | Unset = UNSET
        if _artists is not UNSET:
            if type(_artists) is not list and not isinstance(_artists, list):
                raise TypeError(f"artists: expected an array, got {type(_artists).__name__}")
            artists = list(map(ReleaseArtist.from_dict, _artists))

        year = d.get("year", UNSET)
        if type(year) is not int and year is not UNSET and not (isinstance(year, int) and not isinstance(year, bool)):
            raise TypeError(f"year: expected an integer, got {type(year).__name__}")

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

        _videos = d.get("videos", UNSET)
        videos: list[Video] | Unset = UNSET
        if _videos is not UNSET:
            if type(_videos) is not list and not isinstance(_videos, list):
                raise TypeError(f"videos: expected an array, got {type(_videos).__name__}")
            videos = list(map(Video.from_dict, _videos))

        notes = d.get("notes", UNSET)
        if type(notes) is not str and notes is not UNSET and not (isinstance(notes, str)):
            raise TypeError(f"notes: expected a string, got {type(notes).__name__}")

        data_quality = d.get("data_quality", UNSET)
        if type(data_quality) is not str and data_quality is not UNSET and not (isinstance(data_quality, str)):
            raise TypeError(f"data_quality: expected a string, got {type(data_quality).__name__}")

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

        uri = d.get("uri", UNSET)
        if type(uri) is not str and uri is not UNSET and not (isinstance(uri, str)):
            raise TypeError(f"uri: expected a string, got {type(uri).__name__}")

        resource_url = d.get("resource_url", UNSET)
        if type(resource_url) is not str and resource_url is not UNSET and not (isinstance(resource_url, str)):
            raise TypeError(f"resource_url: expected a string, got {type(resource_url).__name__}")

        # Positional, in the order the class declares its fields (the two loops above): a call with keywords
        # matches each name against every parameter, which costs more than reading the fields for a big model.
        master = cls(
            id,
            title,
            main_release,
            main_release_url,
            most_recent_release,
            most_recent_release_url,
            versions_url,
            artists,
            year,
            genres,
            styles,
            tracklist,
            images,
            videos,
            notes,
            data_quality,
            num_for_sale,
            lowest_price,
            uri,
            resource_url,
        )
        if not _KNOWN.issuperset(d):
            master.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN}
        return master

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
from ..models.image import Image
from ..models.release_artist import ReleaseArtist
from ..models.track import Track
from ..models.video import Video
