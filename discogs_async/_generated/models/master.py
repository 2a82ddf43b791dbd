from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image import Image
    from ..models.release_artist import ReleaseArtist
    from ..models.track import Track
    from ..models.video import Video


T = TypeVar("T", bound="Master")


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
        id = self.id

        title = self.title

        main_release = self.main_release

        main_release_url = self.main_release_url

        most_recent_release = self.most_recent_release

        most_recent_release_url = self.most_recent_release_url

        versions_url = self.versions_url

        artists: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.artists, Unset):
            artists = []
            for artists_item_data in self.artists:
                artists_item = artists_item_data.to_dict()
                artists.append(artists_item)

        year = self.year

        genres: list[str] | Unset = UNSET
        if not isinstance(self.genres, Unset):
            genres = self.genres

        styles: list[str] | Unset = UNSET
        if not isinstance(self.styles, Unset):
            styles = self.styles

        tracklist: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tracklist, Unset):
            tracklist = []
            for tracklist_item_data in self.tracklist:
                tracklist_item = tracklist_item_data.to_dict()
                tracklist.append(tracklist_item)

        images: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = []
            for images_item_data in self.images:
                images_item = images_item_data.to_dict()
                images.append(images_item)

        videos: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.videos, Unset):
            videos = []
            for videos_item_data in self.videos:
                videos_item = videos_item_data.to_dict()
                videos.append(videos_item)

        notes = self.notes

        data_quality = self.data_quality

        num_for_sale = self.num_for_sale

        lowest_price: float | None | Unset
        if isinstance(self.lowest_price, Unset):
            lowest_price = UNSET
        else:
            lowest_price = self.lowest_price

        uri = self.uri

        resource_url = self.resource_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if main_release is not UNSET:
            field_dict["main_release"] = main_release
        if main_release_url is not UNSET:
            field_dict["main_release_url"] = main_release_url
        if most_recent_release is not UNSET:
            field_dict["most_recent_release"] = most_recent_release
        if most_recent_release_url is not UNSET:
            field_dict["most_recent_release_url"] = most_recent_release_url
        if versions_url is not UNSET:
            field_dict["versions_url"] = versions_url
        if artists is not UNSET:
            field_dict["artists"] = artists
        if year is not UNSET:
            field_dict["year"] = year
        if genres is not UNSET:
            field_dict["genres"] = genres
        if styles is not UNSET:
            field_dict["styles"] = styles
        if tracklist is not UNSET:
            field_dict["tracklist"] = tracklist
        if images is not UNSET:
            field_dict["images"] = images
        if videos is not UNSET:
            field_dict["videos"] = videos
        if notes is not UNSET:
            field_dict["notes"] = notes
        if data_quality is not UNSET:
            field_dict["data_quality"] = data_quality
        if num_for_sale is not UNSET:
            field_dict["num_for_sale"] = num_for_sale
        if lowest_price is not UNSET:
            field_dict["lowest_price"] = lowest_price
        if uri is not UNSET:
            field_dict["uri"] = uri
        if resource_url is not UNSET:
            field_dict["resource_url"] = resource_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image import Image  # noqa: PLC0415
        from ..models.release_artist import ReleaseArtist  # noqa: PLC0415
        from ..models.track import Track  # noqa: PLC0415
        from ..models.video import Video  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(f"Master: expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        id = d.pop("id")
        if not (isinstance(id, int) and not isinstance(id, bool)):
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        title = d.pop("title", UNSET)
        if not isinstance(title, Unset) and not (isinstance(title, str)):
            raise TypeError(f"title: expected a string, got {type(title).__name__}")

        main_release = d.pop("main_release", UNSET)
        if not isinstance(main_release, Unset) and not (
            isinstance(main_release, int) and not isinstance(main_release, bool)
        ):
            raise TypeError(f"main_release: expected an integer, got {type(main_release).__name__}")

        main_release_url = d.pop("main_release_url", UNSET)
        if not isinstance(main_release_url, Unset) and not (isinstance(main_release_url, str)):
            raise TypeError(f"main_release_url: expected a string, got {type(main_release_url).__name__}")

        most_recent_release = d.pop("most_recent_release", UNSET)
        if not isinstance(most_recent_release, Unset) and not (
            isinstance(most_recent_release, int) and not isinstance(most_recent_release, bool)
        ):
            raise TypeError(f"most_recent_release: expected an integer, got {type(most_recent_release).__name__}")

        most_recent_release_url = d.pop("most_recent_release_url", UNSET)
        if not isinstance(most_recent_release_url, Unset) and not (isinstance(most_recent_release_url, str)):
            raise TypeError(f"most_recent_release_url: expected a string, got {type(most_recent_release_url).__name__}")

        versions_url = d.pop("versions_url", UNSET)
        if not isinstance(versions_url, Unset) and not (isinstance(versions_url, str)):
            raise TypeError(f"versions_url: expected a string, got {type(versions_url).__name__}")

        _artists = d.pop("artists", UNSET)
        artists: list[ReleaseArtist] | Unset = UNSET
        if not isinstance(_artists, Unset):
            if not isinstance(_artists, list):
                raise TypeError(f"artists: expected an array, got {type(_artists).__name__}")
            artists = []
            for artists_item_data in _artists:
                artists_item = ReleaseArtist.from_dict(artists_item_data)

                artists.append(artists_item)

        year = d.pop("year", UNSET)
        if not isinstance(year, Unset) and not (isinstance(year, int) and not isinstance(year, bool)):
            raise TypeError(f"year: expected an integer, got {type(year).__name__}")

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

        _tracklist = d.pop("tracklist", UNSET)
        tracklist: list[Track] | Unset = UNSET
        if not isinstance(_tracklist, Unset):
            if not isinstance(_tracklist, list):
                raise TypeError(f"tracklist: expected an array, got {type(_tracklist).__name__}")
            tracklist = []
            for tracklist_item_data in _tracklist:
                tracklist_item = Track.from_dict(tracklist_item_data)

                tracklist.append(tracklist_item)

        _images = d.pop("images", UNSET)
        images: list[Image] | Unset = UNSET
        if not isinstance(_images, Unset):
            if not isinstance(_images, list):
                raise TypeError(f"images: expected an array, got {type(_images).__name__}")
            images = []
            for images_item_data in _images:
                images_item = Image.from_dict(images_item_data)

                images.append(images_item)

        _videos = d.pop("videos", UNSET)
        videos: list[Video] | Unset = UNSET
        if not isinstance(_videos, Unset):
            if not isinstance(_videos, list):
                raise TypeError(f"videos: expected an array, got {type(_videos).__name__}")
            videos = []
            for videos_item_data in _videos:
                videos_item = Video.from_dict(videos_item_data)

                videos.append(videos_item)

        notes = d.pop("notes", UNSET)
        if not isinstance(notes, Unset) and not (isinstance(notes, str)):
            raise TypeError(f"notes: expected a string, got {type(notes).__name__}")

        data_quality = d.pop("data_quality", UNSET)
        if not isinstance(data_quality, Unset) and not (isinstance(data_quality, str)):
            raise TypeError(f"data_quality: expected a string, got {type(data_quality).__name__}")

        num_for_sale = d.pop("num_for_sale", UNSET)
        if not isinstance(num_for_sale, Unset) and not (
            isinstance(num_for_sale, int) and not isinstance(num_for_sale, bool)
        ):
            raise TypeError(f"num_for_sale: expected an integer, got {type(num_for_sale).__name__}")

        def _parse_lowest_price(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not (isinstance(data, int | float) and not isinstance(data, bool)):
                raise TypeError(f"lowest_price: expected float | None, got {type(data).__name__}")
            lowest_price_type_0 = data
            if not (isinstance(lowest_price_type_0, int | float) and not isinstance(lowest_price_type_0, bool)):
                raise TypeError(f"lowest_price_type_0: expected a number, got {type(lowest_price_type_0).__name__}")

            return lowest_price_type_0

        lowest_price = _parse_lowest_price(d.pop("lowest_price", UNSET))

        uri = d.pop("uri", UNSET)
        if not isinstance(uri, Unset) and not (isinstance(uri, str)):
            raise TypeError(f"uri: expected a string, got {type(uri).__name__}")

        resource_url = d.pop("resource_url", UNSET)
        if not isinstance(resource_url, Unset) and not (isinstance(resource_url, str)):
            raise TypeError(f"resource_url: expected a string, got {type(resource_url).__name__}")

        master = cls(
            id=id,
            title=title,
            main_release=main_release,
            main_release_url=main_release_url,
            most_recent_release=most_recent_release,
            most_recent_release_url=most_recent_release_url,
            versions_url=versions_url,
            artists=artists,
            year=year,
            genres=genres,
            styles=styles,
            tracklist=tracklist,
            images=images,
            videos=videos,
            notes=notes,
            data_quality=data_quality,
            num_for_sale=num_for_sale,
            lowest_price=lowest_price,
            uri=uri,
            resource_url=resource_url,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        master.additional_properties = additional_properties
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
