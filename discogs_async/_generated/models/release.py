from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.community import Community
    from ..models.format_ import Format
    from ..models.identifier import Identifier
    from ..models.image import Image
    from ..models.release_artist import ReleaseArtist
    from ..models.release_label import ReleaseLabel
    from ..models.track import Track
    from ..models.video import Video


T = TypeVar("T", bound="Release")


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
        id = self.id

        status = self.status

        title = self.title

        artists: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.artists, Unset):
            artists = []
            for artists_item_data in self.artists:
                artists_item = artists_item_data.to_dict()
                artists.append(artists_item)

        artists_sort = self.artists_sort

        extraartists: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.extraartists, Unset):
            extraartists = []
            for extraartists_item_data in self.extraartists:
                extraartists_item = extraartists_item_data.to_dict()
                extraartists.append(extraartists_item)

        labels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = []
            for labels_item_data in self.labels:
                labels_item = labels_item_data.to_dict()
                labels.append(labels_item)

        series: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.series, Unset):
            series = []
            for series_item_data in self.series:
                series_item = series_item_data.to_dict()
                series.append(series_item)

        companies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.companies, Unset):
            companies = []
            for companies_item_data in self.companies:
                companies_item = companies_item_data.to_dict()
                companies.append(companies_item)

        formats: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.formats, Unset):
            formats = []
            for formats_item_data in self.formats:
                formats_item = formats_item_data.to_dict()
                formats.append(formats_item)

        format_quantity = self.format_quantity

        data_quality = self.data_quality

        community: dict[str, Any] | Unset = UNSET
        if not isinstance(self.community, Unset):
            community = self.community.to_dict()

        country = self.country

        year = self.year

        released = self.released

        released_formatted = self.released_formatted

        notes = self.notes

        date_added = self.date_added

        date_changed = self.date_changed

        num_for_sale = self.num_for_sale

        lowest_price: float | None | Unset
        if isinstance(self.lowest_price, Unset):
            lowest_price = UNSET
        else:
            lowest_price = self.lowest_price

        master_id = self.master_id

        master_url = self.master_url

        identifiers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.identifiers, Unset):
            identifiers = []
            for identifiers_item_data in self.identifiers:
                identifiers_item = identifiers_item_data.to_dict()
                identifiers.append(identifiers_item)

        videos: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.videos, Unset):
            videos = []
            for videos_item_data in self.videos:
                videos_item = videos_item_data.to_dict()
                videos.append(videos_item)

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

        thumb = self.thumb

        estimated_weight = self.estimated_weight

        blocked_from_sale = self.blocked_from_sale

        is_offensive = self.is_offensive

        uri = self.uri

        resource_url = self.resource_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if title is not UNSET:
            field_dict["title"] = title
        if artists is not UNSET:
            field_dict["artists"] = artists
        if artists_sort is not UNSET:
            field_dict["artists_sort"] = artists_sort
        if extraartists is not UNSET:
            field_dict["extraartists"] = extraartists
        if labels is not UNSET:
            field_dict["labels"] = labels
        if series is not UNSET:
            field_dict["series"] = series
        if companies is not UNSET:
            field_dict["companies"] = companies
        if formats is not UNSET:
            field_dict["formats"] = formats
        if format_quantity is not UNSET:
            field_dict["format_quantity"] = format_quantity
        if data_quality is not UNSET:
            field_dict["data_quality"] = data_quality
        if community is not UNSET:
            field_dict["community"] = community
        if country is not UNSET:
            field_dict["country"] = country
        if year is not UNSET:
            field_dict["year"] = year
        if released is not UNSET:
            field_dict["released"] = released
        if released_formatted is not UNSET:
            field_dict["released_formatted"] = released_formatted
        if notes is not UNSET:
            field_dict["notes"] = notes
        if date_added is not UNSET:
            field_dict["date_added"] = date_added
        if date_changed is not UNSET:
            field_dict["date_changed"] = date_changed
        if num_for_sale is not UNSET:
            field_dict["num_for_sale"] = num_for_sale
        if lowest_price is not UNSET:
            field_dict["lowest_price"] = lowest_price
        if master_id is not UNSET:
            field_dict["master_id"] = master_id
        if master_url is not UNSET:
            field_dict["master_url"] = master_url
        if identifiers is not UNSET:
            field_dict["identifiers"] = identifiers
        if videos is not UNSET:
            field_dict["videos"] = videos
        if genres is not UNSET:
            field_dict["genres"] = genres
        if styles is not UNSET:
            field_dict["styles"] = styles
        if tracklist is not UNSET:
            field_dict["tracklist"] = tracklist
        if images is not UNSET:
            field_dict["images"] = images
        if thumb is not UNSET:
            field_dict["thumb"] = thumb
        if estimated_weight is not UNSET:
            field_dict["estimated_weight"] = estimated_weight
        if blocked_from_sale is not UNSET:
            field_dict["blocked_from_sale"] = blocked_from_sale
        if is_offensive is not UNSET:
            field_dict["is_offensive"] = is_offensive
        if uri is not UNSET:
            field_dict["uri"] = uri
        if resource_url is not UNSET:
            field_dict["resource_url"] = resource_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.community import Community  # noqa: PLC0415
        from ..models.format_ import Format  # noqa: PLC0415
        from ..models.identifier import Identifier  # noqa: PLC0415
        from ..models.image import Image  # noqa: PLC0415
        from ..models.release_artist import ReleaseArtist  # noqa: PLC0415
        from ..models.release_label import ReleaseLabel  # noqa: PLC0415
        from ..models.track import Track  # noqa: PLC0415
        from ..models.video import Video  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(f"Release: expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        id = d.pop("id")
        if not (isinstance(id, int) and not isinstance(id, bool)):
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        status = d.pop("status", UNSET)
        if not isinstance(status, Unset) and not (isinstance(status, str)):
            raise TypeError(f"status: expected a string, got {type(status).__name__}")

        title = d.pop("title", UNSET)
        if not isinstance(title, Unset) and not (isinstance(title, str)):
            raise TypeError(f"title: expected a string, got {type(title).__name__}")

        _artists = d.pop("artists", UNSET)
        artists: list[ReleaseArtist] | Unset = UNSET
        if not isinstance(_artists, Unset):
            if not isinstance(_artists, list):
                raise TypeError(f"artists: expected an array, got {type(_artists).__name__}")
            artists = []
            for artists_item_data in _artists:
                artists_item = ReleaseArtist.from_dict(artists_item_data)

                artists.append(artists_item)

        artists_sort = d.pop("artists_sort", UNSET)
        if not isinstance(artists_sort, Unset) and not (isinstance(artists_sort, str)):
            raise TypeError(f"artists_sort: expected a string, got {type(artists_sort).__name__}")

        _extraartists = d.pop("extraartists", UNSET)
        extraartists: list[ReleaseArtist] | Unset = UNSET
        if not isinstance(_extraartists, Unset):
            if not isinstance(_extraartists, list):
                raise TypeError(f"extraartists: expected an array, got {type(_extraartists).__name__}")
            extraartists = []
            for extraartists_item_data in _extraartists:
                extraartists_item = ReleaseArtist.from_dict(extraartists_item_data)

                extraartists.append(extraartists_item)

        _labels = d.pop("labels", UNSET)
        labels: list[ReleaseLabel] | Unset = UNSET
        if not isinstance(_labels, Unset):
            if not isinstance(_labels, list):
                raise TypeError(f"labels: expected an array, got {type(_labels).__name__}")
            labels = []
            for labels_item_data in _labels:
                labels_item = ReleaseLabel.from_dict(labels_item_data)

                labels.append(labels_item)

        _series = d.pop("series", UNSET)
        series: list[ReleaseLabel] | Unset = UNSET
        if not isinstance(_series, Unset):
            if not isinstance(_series, list):
                raise TypeError(f"series: expected an array, got {type(_series).__name__}")
            series = []
            for series_item_data in _series:
                series_item = ReleaseLabel.from_dict(series_item_data)

                series.append(series_item)

        _companies = d.pop("companies", UNSET)
        companies: list[ReleaseLabel] | Unset = UNSET
        if not isinstance(_companies, Unset):
            if not isinstance(_companies, list):
                raise TypeError(f"companies: expected an array, got {type(_companies).__name__}")
            companies = []
            for companies_item_data in _companies:
                companies_item = ReleaseLabel.from_dict(companies_item_data)

                companies.append(companies_item)

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

        data_quality = d.pop("data_quality", UNSET)
        if not isinstance(data_quality, Unset) and not (isinstance(data_quality, str)):
            raise TypeError(f"data_quality: expected a string, got {type(data_quality).__name__}")

        _community = d.pop("community", UNSET)
        community: Community | Unset
        if isinstance(_community, Unset):
            community = UNSET
        else:
            community = Community.from_dict(_community)

        country = d.pop("country", UNSET)
        if not isinstance(country, Unset) and not (isinstance(country, str)):
            raise TypeError(f"country: expected a string, got {type(country).__name__}")

        year = d.pop("year", UNSET)
        if not isinstance(year, Unset) and not (isinstance(year, int) and not isinstance(year, bool)):
            raise TypeError(f"year: expected an integer, got {type(year).__name__}")

        released = d.pop("released", UNSET)
        if not isinstance(released, Unset) and not (isinstance(released, str)):
            raise TypeError(f"released: expected a string, got {type(released).__name__}")

        released_formatted = d.pop("released_formatted", UNSET)
        if not isinstance(released_formatted, Unset) and not (isinstance(released_formatted, str)):
            raise TypeError(f"released_formatted: expected a string, got {type(released_formatted).__name__}")

        notes = d.pop("notes", UNSET)
        if not isinstance(notes, Unset) and not (isinstance(notes, str)):
            raise TypeError(f"notes: expected a string, got {type(notes).__name__}")

        date_added = d.pop("date_added", UNSET)
        if not isinstance(date_added, Unset) and not (isinstance(date_added, str)):
            raise TypeError(f"date_added: expected a string, got {type(date_added).__name__}")

        date_changed = d.pop("date_changed", UNSET)
        if not isinstance(date_changed, Unset) and not (isinstance(date_changed, str)):
            raise TypeError(f"date_changed: expected a string, got {type(date_changed).__name__}")

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

        master_id = d.pop("master_id", UNSET)
        if not isinstance(master_id, Unset) and not (isinstance(master_id, int) and not isinstance(master_id, bool)):
            raise TypeError(f"master_id: expected an integer, got {type(master_id).__name__}")

        master_url = d.pop("master_url", UNSET)
        if not isinstance(master_url, Unset) and not (isinstance(master_url, str)):
            raise TypeError(f"master_url: expected a string, got {type(master_url).__name__}")

        _identifiers = d.pop("identifiers", UNSET)
        identifiers: list[Identifier] | Unset = UNSET
        if not isinstance(_identifiers, Unset):
            if not isinstance(_identifiers, list):
                raise TypeError(f"identifiers: expected an array, got {type(_identifiers).__name__}")
            identifiers = []
            for identifiers_item_data in _identifiers:
                identifiers_item = Identifier.from_dict(identifiers_item_data)

                identifiers.append(identifiers_item)

        _videos = d.pop("videos", UNSET)
        videos: list[Video] | Unset = UNSET
        if not isinstance(_videos, Unset):
            if not isinstance(_videos, list):
                raise TypeError(f"videos: expected an array, got {type(_videos).__name__}")
            videos = []
            for videos_item_data in _videos:
                videos_item = Video.from_dict(videos_item_data)

                videos.append(videos_item)

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

        thumb = d.pop("thumb", UNSET)
        if not isinstance(thumb, Unset) and not (isinstance(thumb, str)):
            raise TypeError(f"thumb: expected a string, got {type(thumb).__name__}")

        estimated_weight = d.pop("estimated_weight", UNSET)
        if not isinstance(estimated_weight, Unset) and not (
            isinstance(estimated_weight, int) and not isinstance(estimated_weight, bool)
        ):
            raise TypeError(f"estimated_weight: expected an integer, got {type(estimated_weight).__name__}")

        blocked_from_sale = d.pop("blocked_from_sale", UNSET)
        if not isinstance(blocked_from_sale, Unset) and not (isinstance(blocked_from_sale, bool)):
            raise TypeError(f"blocked_from_sale: expected a boolean, got {type(blocked_from_sale).__name__}")

        is_offensive = d.pop("is_offensive", UNSET)
        if not isinstance(is_offensive, Unset) and not (isinstance(is_offensive, bool)):
            raise TypeError(f"is_offensive: expected a boolean, got {type(is_offensive).__name__}")

        uri = d.pop("uri", UNSET)
        if not isinstance(uri, Unset) and not (isinstance(uri, str)):
            raise TypeError(f"uri: expected a string, got {type(uri).__name__}")

        resource_url = d.pop("resource_url", UNSET)
        if not isinstance(resource_url, Unset) and not (isinstance(resource_url, str)):
            raise TypeError(f"resource_url: expected a string, got {type(resource_url).__name__}")

        release = cls(
            id=id,
            status=status,
            title=title,
            artists=artists,
            artists_sort=artists_sort,
            extraartists=extraartists,
            labels=labels,
            series=series,
            companies=companies,
            formats=formats,
            format_quantity=format_quantity,
            data_quality=data_quality,
            community=community,
            country=country,
            year=year,
            released=released,
            released_formatted=released_formatted,
            notes=notes,
            date_added=date_added,
            date_changed=date_changed,
            num_for_sale=num_for_sale,
            lowest_price=lowest_price,
            master_id=master_id,
            master_url=master_url,
            identifiers=identifiers,
            videos=videos,
            genres=genres,
            styles=styles,
            tracklist=tracklist,
            images=images,
            thumb=thumb,
            estimated_weight=estimated_weight,
            blocked_from_sale=blocked_from_sale,
            is_offensive=is_offensive,
            uri=uri,
            resource_url=resource_url,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        release.additional_properties = additional_properties
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
