"""Every operation of the API as a coroutine method of `Operations`, checked before anything is sent.

Generated from openapi/discogs.yaml; never edit by hand. A subclass sends the operations by implementing `_invoke`.
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING, Any, TypeVar

from .. import paginated as _paginated
from ..types import UNSET, Endpoint, File, Response, Unset, operation

if TYPE_CHECKING:
    from ..models.artist import Artist
    from ..models.artist_releases_page import ArtistReleasesPage
    from ..models.artist_releases_sort import ArtistReleasesSort
    from ..models.auto_value import AutoValue
    from ..models.collection_fields import CollectionFields
    from ..models.collection_folder import CollectionFolder
    from ..models.collection_folders import CollectionFolders
    from ..models.collection_instance import CollectionInstance
    from ..models.collection_items import CollectionItems
    from ..models.collection_sort import CollectionSort
    from ..models.collection_value import CollectionValue
    from ..models.community_release_rating import CommunityReleaseRating
    from ..models.contribution_sort import ContributionSort
    from ..models.currency_code import CurrencyCode
    from ..models.fee import Fee
    from ..models.identity import Identity
    from ..models.inventory import Inventory
    from ..models.inventory_export import InventoryExport
    from ..models.inventory_export_list import InventoryExportList
    from ..models.inventory_sort import InventorySort
    from ..models.inventory_status import InventoryStatus
    from ..models.inventory_upload import InventoryUpload
    from ..models.inventory_upload_list import InventoryUploadList
    from ..models.label import Label
    from ..models.label_releases_page import LabelReleasesPage
    from ..models.listing import Listing
    from ..models.listing_condition import ListingCondition
    from ..models.marketplace_release_stats import MarketplaceReleaseStats
    from ..models.master import Master
    from ..models.master_versions_page import MasterVersionsPage
    from ..models.master_versions_sort import MasterVersionsSort
    from ..models.new_listing import NewListing
    from ..models.order import Order
    from ..models.order_list import OrderList
    from ..models.order_message import OrderMessage
    from ..models.order_message_list import OrderMessageList
    from ..models.order_sort import OrderSort
    from ..models.order_status_filter import OrderStatusFilter
    from ..models.price_suggestions import PriceSuggestions
    from ..models.profile import Profile
    from ..models.release import Release
    from ..models.release_stats import ReleaseStats
    from ..models.search_results_page import SearchResultsPage
    from ..models.search_type import SearchType
    from ..models.settable_listing_status import SettableListingStatus
    from ..models.settable_order_status import SettableOrderStatus
    from ..models.sleeve_condition import SleeveCondition
    from ..models.sort_order import SortOrder
    from ..models.user_contributions import UserContributions
    from ..models.user_list import UserList
    from ..models.user_lists import UserLists
    from ..models.user_release_rating import UserReleaseRating
    from ..models.user_submissions import UserSubmissions
    from ..models.want import Want
    from ..models.wantlist import Wantlist

T = TypeVar("T")
E = TypeVar("E", bound=Enum)

__all__ = ["Operations"]


def _choice(enum: type[E], value: E | str) -> E:
    """`value` as a member of `enum`: a plain value becomes its member, an unknown one a pseudo-member, which the
    argument check refuses, naming the allowed values. Any other value is left as it is, for that check to refuse."""
    if isinstance(value, enum):
        return value
    return enum(value) if isinstance(value, str) else value


class Operations:
    """Every operation of the API as a method returning the parsed success body (`with_raw_response`: the Response).

    A subclass sends them by implementing `_invoke`, which checks the arguments against the spec's constraints.
    """

    async def _invoke(self, endpoint: Endpoint[T], arguments: dict[str, Any], /) -> Response[T]:
        """Check `arguments` against `endpoint`'s constraints, send `endpoint.request(**arguments)`, parse the answer."""
        raise NotImplementedError

    @operation(_paginated.delete_release_rating_by_user)
    async def delete_release_rating_by_user(
        self,
        release_id: int,
        username: str,
    ) -> Response[None]:
        """Delete Release Rating By User: DELETE /releases/{release_id}/rating/{username}"""
        from .database import delete_release_rating_by_user as _endpoint

        return await self._invoke(
            _endpoint.ENDPOINT,
            {
                "release_id": release_id,
                "username": username,
            },
        )

    @operation(_paginated.get_artist)
    async def get_artist(
        self,
        artist_id: int,
    ) -> Response[Artist]:
        """Get Artist: GET /artists/{artist_id}"""
        from .database import get_artist as _endpoint

        return await self._invoke(
            _endpoint.ENDPOINT,
            {
                "artist_id": artist_id,
            },
        )

    @operation(_paginated.get_artist_releases)
    async def get_artist_releases(
        self,
        artist_id: int,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        sort: ArtistReleasesSort | str | Unset = UNSET,
        sort_order: SortOrder | str | Unset = UNSET,
    ) -> Response[ArtistReleasesPage]:
        """Get an Artist's Releases: GET /artists/{artist_id}/releases"""
        from .database import get_artist_releases as _endpoint

        if not isinstance(sort, Unset):
            from ..models.artist_releases_sort import ArtistReleasesSort

            sort = _choice(ArtistReleasesSort, sort)
        if not isinstance(sort_order, Unset):
            from ..models.sort_order import SortOrder

            sort_order = _choice(SortOrder, sort_order)
        return await self._invoke(
            _endpoint.ENDPOINT,
            {
                "artist_id": artist_id,
                "page": page,
                "per_page": per_page,
                "sort": sort,
                "sort_order": sort_order,
            },
        )

    @operation(_paginated.get_community_release_rating)
    async def get_community_release_rating(
        self,
        release_id: int,
    ) -> Response[CommunityReleaseRating]:
        """Get Community Release Rating: GET /releases/{release_id}/rating"""
        from .database import get_community_release_rating as _endpoint

        return await self._invoke(
            _endpoint.ENDPOINT,
            {
                "release_id": release_id,
            },
        )

    @operation(_paginated.get_label)
    async def get_label(
        self,
        label_id: int,
    ) -> Response[Label]:
        """Get Label: GET /labels/{label_id}"""
        from .database import get_label as _endpoint

        return await self._invoke(
            _endpoint.ENDPOINT,
            {
                "label_id": label_id,
            },
        )

    @operation(_paginated.get_label_releases)
    async def get_label_releases(
        self,
        label_id: int,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> Response[LabelReleasesPage]:
        """Get all Label Releases: GET /labels/{label_id}/releases"""
        from .database import get_label_releases as _endpoint

        return await self._invoke(
            _endpoint.ENDPOINT,
            {
                "label_id": label_id,
                "page": page,
                "per_page": per_page,
            },
        )

    @operation(_paginated.get_master_release)
    async def get_master_release(
        self,
        master_id: int,
    ) -> Response[Master]:
        """Get Master: GET /masters/{master_id}"""
        from .database import get_master_release as _endpoint

        return await self._invoke(
            _endpoint.ENDPOINT,
            {
                "master_id": master_id,
            },
        )

    @operation(_paginated.get_master_release_versions)
    async def get_master_release_versions(
        self,
        master_id: int,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        format_: str | Unset = UNSET,
        label: str | Unset = UNSET,
        released: str | Unset = UNSET,
        country: str | Unset = UNSET,
        sort: MasterVersionsSort | str | Unset = UNSET,
        sort_order: SortOrder | str | Unset = UNSET,
    ) -> Response[MasterVersionsPage]:
        """Get all Master versions: GET /masters/{master_id}/versions"""
        from .database import get_master_release_versions as _endpoint

        if not isinstance(sort, Unset):
            from ..models.master_versions_sort import MasterVersionsSort

            sort = _choice(MasterVersionsSort, sort)
        if not isinstance(sort_order, Unset):
            from ..models.sort_order import SortOrder

            sort_order = _choice(SortOrder, sort_order)
        return await self._invoke(
            _endpoint.ENDPOINT,
            {
                "master_id": master_id,
                "page": page,
                "per_page": per_page,
                "format_": format_,
                "label": label,
                "released": released,
                "country": country,
                "sort": sort,
                "sort_order": sort_order,
            },
        )

    @operation(_paginated.get_release)
    async def get_release(
        self,
        release_id: int,
        *,
        curr_abbr: CurrencyCode | str | Unset = UNSET,
    ) -> Response[Release]:
        """Get Release: GET /releases/{release_id}"""
        from .database import get_release as _endpoint

        if not isinstance(curr_abbr, Unset):
            from ..models.currency_code import CurrencyCode

            curr_abbr = _choice(CurrencyCode, curr_abbr)
        return await self._invoke(
            _endpoint.ENDPOINT,
            {
                "release_id": release_id,
                "curr_abbr": curr_abbr,
            },
        )

    @operation(_paginated.get_release_rating_by_user)
    async def get_release_rating_by_user(
        self,
        release_id: int,
        username: str,
    ) -> Response[UserReleaseRating]:
        """Get Release Rating By User: GET /releases/{release_id}/rating/{username}"""
        from .database import get_release_rating_by_user as _endpoint

        return await self._invoke(
            _endpoint.ENDPOINT,
            {
                "release_id": release_id,
                "username": username,
            },
        )

    @operation(_paginated.get_release_stats)
    async def get_release_stats(
        self,
        release_id: int,
    ) -> Response[ReleaseStats]:
        """Get Release Stats: GET /releases/{release_id}/stats"""
        from .database import get_release_stats as _endpoint

        return await self._invoke(
            _endpoint.ENDPOINT,
            {
                "release_id": release_id,
            },
        )

    @operation(_paginated.search_database)
    async def search_database(
        self,
        *,
        q: str | Unset = UNSET,
        type_: SearchType | str | Unset = UNSET,
        title: str | Unset = UNSET,
        release_title: str | Unset = UNSET,
        credit: str | Unset = UNSET,
        artist: str | Unset = UNSET,
        anv: str | Unset = UNSET,
        label: str | Unset = UNSET,
        genre: str | Unset = UNSET,
        style: str | Unset = UNSET,
        country: str | Unset = UNSET,
        year: str | Unset = UNSET,
        format_: str | Unset = UNSET,
        catno: str | Unset = UNSET,
        barcode: str | Unset = UNSET,
        track: str | Unset = UNSET,
        submitter: str | Unset = UNSET,
        contributor: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> Response[SearchResultsPage]:
        """Search: GET /database/search"""
        from .database import search_database as _endpoint

        if not isinstance(type_, Unset):
            from ..models.search_type import SearchType

            type_ = _choice(SearchType, type_)
        return await self._invoke(
            _endpoint.ENDPOINT,
            {
                "q": q,
                "type_": type_,
                "title": title,
                "release_title": release_title,
                "credit": credit,
                "artist": artist,
                "anv": anv,
                "label": label,
                "genre": genre,
                "style": style,
                "country": country,
                "year": year,
                "format_": format_,
                "catno": catno,
                "barcode": barcode,
                "track": track,
                "submitter": submitter,
                "contributor": contributor,
                "page": page,
                "per_page": per_page,
            },
        )

    @operation(_paginated.update_release_rating_by_user)
    async def update_release_rating_by_user(
        self,
        release_id: int,
        username: str,
        *,
        rating: int,
    ) -> Response[UserReleaseRating]:
        """Update Release Rating By User: PUT /releases/{release_id}/rating/{username}"""
        from ..models.release_rating_update import ReleaseRatingUpdate
        from .database import update_release_rating_by_user as _endpoint

        _body = ReleaseRatingUpdate(
            rating=rating,
        )
        return await self._invoke(
            _endpoint.ENDPOINT,
            {
                "release_id": release_id,
                "username": username,
                "body": _body,
            },
        )

    @operation(_paginated.download_export)
    async def download_export(
        self,
        id: int,
    ) -> Response[str]:
        """Download an export: GET /inventory/export/{id}/download"""
        from .inventory_export import download_export as _endpoint

        return await self._invoke(
            _endpoint.ENDPOINT,
            {
                "id": id,
            },
        )

    @operation(_paginated.export_inventory)
    async def export_inventory(self) -> Response[None]:
        """Export your inventory: POST /inventory/export"""
        from .inventory_export import export_inventory as _endpoint

        return await self._invoke(_endpoint.ENDPOINT, {})

    @operation(_paginated.get_export)
    async def get_export(
        self,
        id: int,
        *,
        if_modified_since: str | Unset = UNSET,
    ) -> Response[InventoryExport]:
        """Get an export: GET /inventory/export/{id}"""
        from .inventory_export import get_export as _endpoint

        return await self._invoke(
            _endpoint.ENDPOINT,
            {
                "id": id,
                "if_modified_since": if_modified_since,
            },
        )

    @operation(_paginated.get_recent_exports)
    async def get_recent_exports(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> Response[InventoryExportList]:
        """Get recent exports: GET /inventory/export"""
        from .inventory_export import get_recent_exports as _endpoint

        return await self._invoke(
            _endpoint.ENDPOINT,
            {
                "page": page,
                "per_page": per_page,
            },
        )

    @operation(_paginated.add_inventory)
    async def add_inventory(
        self,
        *,
        upload: File | bytes,
    ) -> Response[None]:
        """Add inventory: POST /inventory/upload/add"""
        from ..models.inventory_csv_upload import InventoryCsvUpload
        from .inventory_upload import add_inventory as _endpoint

        upload = upload if isinstance(upload, File) else File(payload=upload, file_name="upload")
        _body = InventoryCsvUpload(
            upload=upload,
        )
        return await self._invoke(
            _endpoint.ENDPOINT,
            {
                "body": _body,
            },
        )

    @operation(_paginated.change_inventory)
    async def change_inventory(
        self,
        *,
        upload: File | bytes,
    ) -> Response[None]:
        """Change inventory: POST /inventory/upload/change"""
        from ..models.inventory_csv_upload import InventoryCsvUpload
        from .inventory_upload import change_inventory as _endpoint

        upload = upload if isinstance(upload, File) else File(payload=upload, file_name="upload")
        _body = InventoryCsvUpload(
            upload=upload,
        )
        return await self._invoke(
            _endpoint.ENDPOINT,
            {
                "body": _body,
            },
        )

    @operation(_paginated.delete_inventory)
    async def delete_inventory(
        self,
        *,
        upload: File | bytes,
    ) -> Response[None]:
        """Delete inventory: POST /inventory/upload/delete"""
        from ..models.inventory_csv_upload import InventoryCsvUpload
        from .inventory_upload import delete_inventory as _endpoint

        upload = upload if isinstance(upload, File) else File(payload=upload, file_name="upload")
        _body = InventoryCsvUpload(
            upload=upload,
        )
        return await self._invoke(
            _endpoint.ENDPOINT,
            {
                "body": _body,
            },
        )

    @operation(_paginated.get_recent_uploads)
    async def get_recent_uploads(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> Response[InventoryUploadList]:
        """Get recent uploads: GET /inventory/upload"""
        from .inventory_upload import get_recent_uploads as _endpoint

        return await self._invoke(
            _endpoint.ENDPOINT,
            {
                "page": page,
                "per_page": per_page,
            },
        )

    @operation(_paginated.get_upload)
    async def get_upload(
        self,
        id: int,
        *,
        if_modified_since: str | Unset = UNSET,
    ) -> Response[InventoryUpload]:
        """Get an upload: GET /inventory/upload/{id}"""
        from .inventory_upload import get_upload as _endpoint

        return await self._invoke(
            _endpoint.ENDPOINT,
            {
                "id": id,
                "if_modified_since": if_modified_since,
            },
        )

    @operation(_paginated.add_order_message)
    async def add_order_message(
        self,
        order_id: str,
        *,
        message: str | Unset = UNSET,
        status: SettableOrderStatus | str | Unset = UNSET,
    ) -> Response[OrderMessage]:
        """Add New Message: POST /marketplace/orders/{order_id}/messages"""
        from ..models.order_message_input import OrderMessageInput
        from .marketplace import add_order_message as _endpoint

        if not isinstance(status, Unset):
            from ..models.settable_order_status import SettableOrderStatus

            status = _choice(SettableOrderStatus, status)
        _body = OrderMessageInput(
            message=message,
            status=status,
        )
        return await self._invoke(
            _endpoint.ENDPOINT,
            {
                "order_id": order_id,
                "body": _body,
            },
        )

    @operation(_paginated.create_listing)
    async def create_listing(
        self,
        *,
        release_id: int,
        condition: ListingCondition | str,
        price: float,
        status: SettableListingStatus | str,
        sleeve_condition: SleeveCondition | str | Unset = UNSET,
        comments: str | Unset = UNSET,
        allow_offers: bool | Unset = UNSET,
        external_id: str | Unset = UNSET,
        location: str | Unset = UNSET,
        weight: AutoValue | float | str | Unset = UNSET,
        format_quantity: AutoValue | int | str | Unset = UNSET,
    ) -> Response[NewListing]:
        """Create New Listing: POST /marketplace/listings"""
        from ..models.listing_condition import ListingCondition
        from ..models.listing_input import ListingInput
        from ..models.settable_listing_status import SettableListingStatus
        from .marketplace import create_listing as _endpoint

        condition = _choice(ListingCondition, condition)
        status = _choice(SettableListingStatus, status)
        if not isinstance(sleeve_condition, Unset):
            from ..models.sleeve_condition import SleeveCondition

            sleeve_condition = _choice(SleeveCondition, sleeve_condition)
        if isinstance(weight, str):
            from ..models.auto_value import AutoValue

            weight = _choice(AutoValue, weight)
        if isinstance(format_quantity, str):
            from ..models.auto_value import AutoValue

            format_quantity = _choice(AutoValue, format_quantity)
        _body = ListingInput(
            release_id=release_id,
            condition=condition,
            price=price,
            status=status,
            sleeve_condition=sleeve_condition,
            comments=comments,
            allow_offers=allow_offers,
            external_id=external_id,
            location=location,
            weight=weight,
            format_quantity=format_quantity,
        )
        return await self._invoke(
            _endpoint.ENDPOINT,
            {
                "body": _body,
            },
        )

    @operation(_paginated.delete_listing)
    async def delete_listing(
        self,
        listing_id: int,
        *,
        curr_abbr: CurrencyCode | str | Unset = UNSET,
    ) -> Response[None]:
        """Delete A Listing: DELETE /marketplace/listings/{listing_id}"""
        from .marketplace import delete_listing as _endpoint

        if not isinstance(curr_abbr, Unset):
            from ..models.currency_code import CurrencyCode

            curr_abbr = _choice(CurrencyCode, curr_abbr)
        return await self._invoke(
            _endpoint.ENDPOINT,
            {
                "listing_id": listing_id,
                "curr_abbr": curr_abbr,
            },
        )

    @operation(_paginated.edit_listing)
    async def edit_listing(
        self,
        listing_id: int,
        *,
        release_id: int,
        condition: ListingCondition | str,
        price: float,
        status: SettableListingStatus | str,
        sleeve_condition: SleeveCondition | str | Unset = UNSET,
        comments: str | Unset = UNSET,
        allow_offers: bool | Unset = UNSET,
        external_id: str | Unset = UNSET,
        location: str | Unset = UNSET,
        weight: AutoValue | float | str | Unset = UNSET,
        format_quantity: AutoValue | int | str | Unset = UNSET,
        curr_abbr: CurrencyCode | str | Unset = UNSET,
    ) -> Response[None]:
        """Edit A Listing: POST /marketplace/listings/{listing_id}"""
        from ..models.listing_condition import ListingCondition
        from ..models.listing_input import ListingInput
        from ..models.settable_listing_status import SettableListingStatus
        from .marketplace import edit_listing as _endpoint

        if not isinstance(curr_abbr, Unset):
            from ..models.currency_code import CurrencyCode

            curr_abbr = _choice(CurrencyCode, curr_abbr)
        condition = _choice(ListingCondition, condition)
        status = _choice(SettableListingStatus, status)
        if not isinstance(sleeve_condition, Unset):
            from ..models.sleeve_condition import SleeveCondition

            sleeve_condition = _choice(SleeveCondition, sleeve_condition)
        if isinstance(weight, str):
            from ..models.auto_value import AutoValue

            weight = _choice(AutoValue, weight)
        if isinstance(format_quantity, str):
            from ..models.auto_value import AutoValue

            format_quantity = _choice(AutoValue, format_quantity)
        _body = ListingInput(
            release_id=release_id,
            condition=condition,
            price=price,
            status=status,
            sleeve_condition=sleeve_condition,
            comments=comments,
            allow_offers=allow_offers,
            external_id=external_id,
            location=location,
            weight=weight,
            format_quantity=format_quantity,
        )
        return await self._invoke(
            _endpoint.ENDPOINT,
            {
                "listing_id": listing_id,
                "curr_abbr": curr_abbr,
                "body": _body,
            },
        )

    @operation(_paginated.edit_order)
    async def edit_order(
        self,
        order_id: str,
        *,
        status: SettableOrderStatus | str | Unset = UNSET,
        shipping: float | Unset = UNSET,
    ) -> Response[Order]:
        """Edit An Order: POST /marketplace/orders/{order_id}"""
        from ..models.order_edit import OrderEdit
        from .marketplace import edit_order as _endpoint

        if not isinstance(status, Unset):
            from ..models.settable_order_status import SettableOrderStatus

            status = _choice(SettableOrderStatus, status)
        _body = OrderEdit(
            status=status,
            shipping=shipping,
        )
        return await self._invoke(
            _endpoint.ENDPOINT,
            {
                "order_id": order_id,
                "body": _body,
            },
        )

    @operation(_paginated.get_fee)
    async def get_fee(
        self,
        price: float,
    ) -> Response[Fee]:
        """Calculate Fee: GET /marketplace/fee/{price}"""
        from .marketplace import get_fee as _endpoint

        return await self._invoke(
            _endpoint.ENDPOINT,
            {
                "price": price,
            },
        )

    @operation(_paginated.get_fee_with_currency)
    async def get_fee_with_currency(
        self,
        price: float,
        currency: CurrencyCode | str,
    ) -> Response[Fee]:
        """Fee with currency: GET /marketplace/fee/{price}/{currency}"""
        from ..models.currency_code import CurrencyCode
        from .marketplace import get_fee_with_currency as _endpoint

        currency = _choice(CurrencyCode, currency)
        return await self._invoke(
            _endpoint.ENDPOINT,
            {
                "price": price,
                "currency": currency,
            },
        )

    @operation(_paginated.get_inventory)
    async def get_inventory(
        self,
        username: str,
        *,
        status: InventoryStatus | str | Unset = UNSET,
        sort: InventorySort | str | Unset = UNSET,
        sort_order: SortOrder | str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> Response[Inventory]:
        """Get inventory: GET /users/{username}/inventory"""
        from .marketplace import get_inventory as _endpoint

        if not isinstance(status, Unset):
            from ..models.inventory_status import InventoryStatus

            status = _choice(InventoryStatus, status)
        if not isinstance(sort, Unset):
            from ..models.inventory_sort import InventorySort

            sort = _choice(InventorySort, sort)
        if not isinstance(sort_order, Unset):
            from ..models.sort_order import SortOrder

            sort_order = _choice(SortOrder, sort_order)
        return await self._invoke(
            _endpoint.ENDPOINT,
            {
                "username": username,
                "status": status,
                "sort": sort,
                "sort_order": sort_order,
                "page": page,
                "per_page": per_page,
            },
        )

    @operation(_paginated.get_listing)
    async def get_listing(
        self,
        listing_id: int,
        *,
        curr_abbr: CurrencyCode | str | Unset = UNSET,
    ) -> Response[Listing]:
        """Get listing: GET /marketplace/listings/{listing_id}"""
        from .marketplace import get_listing as _endpoint

        if not isinstance(curr_abbr, Unset):
            from ..models.currency_code import CurrencyCode

            curr_abbr = _choice(CurrencyCode, curr_abbr)
        return await self._invoke(
            _endpoint.ENDPOINT,
            {
                "listing_id": listing_id,
                "curr_abbr": curr_abbr,
            },
        )

    @operation(_paginated.get_marketplace_release_stats)
    async def get_marketplace_release_stats(
        self,
        release_id: int,
        *,
        curr_abbr: CurrencyCode | str | Unset = UNSET,
    ) -> Response[MarketplaceReleaseStats]:
        """Get Marketplace Stats: GET /marketplace/stats/{release_id}"""
        from .marketplace import get_marketplace_release_stats as _endpoint

        if not isinstance(curr_abbr, Unset):
            from ..models.currency_code import CurrencyCode

            curr_abbr = _choice(CurrencyCode, curr_abbr)
        return await self._invoke(
            _endpoint.ENDPOINT,
            {
                "release_id": release_id,
                "curr_abbr": curr_abbr,
            },
        )

    @operation(_paginated.get_order)
    async def get_order(
        self,
        order_id: str,
    ) -> Response[Order]:
        """Get Order: GET /marketplace/orders/{order_id}"""
        from .marketplace import get_order as _endpoint

        return await self._invoke(
            _endpoint.ENDPOINT,
            {
                "order_id": order_id,
            },
        )

    @operation(_paginated.get_price_suggestions)
    async def get_price_suggestions(
        self,
        release_id: int,
    ) -> Response[PriceSuggestions]:
        """Get Price Suggestions: GET /marketplace/price_suggestions/{release_id}"""
        from .marketplace import get_price_suggestions as _endpoint

        return await self._invoke(
            _endpoint.ENDPOINT,
            {
                "release_id": release_id,
            },
        )

    @operation(_paginated.list_order_messages)
    async def list_order_messages(
        self,
        order_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> Response[OrderMessageList]:
        """List Order Messages: GET /marketplace/orders/{order_id}/messages"""
        from .marketplace import list_order_messages as _endpoint

        return await self._invoke(
            _endpoint.ENDPOINT,
            {
                "order_id": order_id,
                "page": page,
                "per_page": per_page,
            },
        )

    @operation(_paginated.list_orders)
    async def list_orders(
        self,
        *,
        status: OrderStatusFilter | str | Unset = UNSET,
        created_after: str | Unset = UNSET,
        created_before: str | Unset = UNSET,
        archived: bool | Unset = UNSET,
        sort: OrderSort | str | Unset = UNSET,
        sort_order: SortOrder | str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> Response[OrderList]:
        """List Orders: GET /marketplace/orders"""
        from .marketplace import list_orders as _endpoint

        if not isinstance(status, Unset):
            from ..models.order_status_filter import OrderStatusFilter

            status = _choice(OrderStatusFilter, status)
        if not isinstance(sort, Unset):
            from ..models.order_sort import OrderSort

            sort = _choice(OrderSort, sort)
        if not isinstance(sort_order, Unset):
            from ..models.sort_order import SortOrder

            sort_order = _choice(SortOrder, sort_order)
        return await self._invoke(
            _endpoint.ENDPOINT,
            {
                "status": status,
                "created_after": created_after,
                "created_before": created_before,
                "archived": archived,
                "sort": sort,
                "sort_order": sort_order,
                "page": page,
                "per_page": per_page,
            },
        )

    @operation(_paginated.get_access_token)
    async def get_access_token(self) -> Response[str]:
        """Access token: POST /oauth/access_token"""
        from .o_auth import get_access_token as _endpoint

        return await self._invoke(_endpoint.ENDPOINT, {})

    @operation(_paginated.get_request_token)
    async def get_request_token(self) -> Response[str]:
        """Request token: GET /oauth/request_token"""
        from .o_auth import get_request_token as _endpoint

        return await self._invoke(_endpoint.ENDPOINT, {})

    @operation(_paginated.add_to_collection_folder)
    async def add_to_collection_folder(
        self,
        username: str,
        folder_id: int,
        release_id: int,
    ) -> Response[CollectionInstance]:
        """Add Release: POST /users/{username}/collection/folders/{folder_id}/releases/{release_id}"""
        from .user_collection import add_to_collection_folder as _endpoint

        return await self._invoke(
            _endpoint.ENDPOINT,
            {
                "username": username,
                "folder_id": folder_id,
                "release_id": release_id,
            },
        )

    @operation(_paginated.change_rating_of_release)
    async def change_rating_of_release(
        self,
        username: str,
        folder_id: int,
        release_id: int,
        instance_id: int,
        *,
        rating: int | Unset = UNSET,
        body_folder_id: int | Unset = UNSET,
    ) -> Response[None]:
        """Change Rating: POST /users/{username}/collection/folders/{folder_id}/releases/{release_id}/instances/{instance_id}"""
        from ..models.collection_instance_edit import CollectionInstanceEdit
        from .user_collection import change_rating_of_release as _endpoint

        _body = CollectionInstanceEdit(
            rating=rating,
            folder_id=body_folder_id,
        )
        return await self._invoke(
            _endpoint.ENDPOINT,
            {
                "username": username,
                "folder_id": folder_id,
                "release_id": release_id,
                "instance_id": instance_id,
                "body": _body,
            },
        )

    @operation(_paginated.create_collection_folder)
    async def create_collection_folder(
        self,
        username: str,
        *,
        name: str | Unset = UNSET,
    ) -> Response[CollectionFolder]:
        """Create Folder: POST /users/{username}/collection/folders"""
        from ..models.collection_folder_edit import CollectionFolderEdit
        from .user_collection import create_collection_folder as _endpoint

        _body = CollectionFolderEdit(
            name=name,
        )
        return await self._invoke(
            _endpoint.ENDPOINT,
            {
                "username": username,
                "body": _body,
            },
        )

    @operation(_paginated.delete_collection_folder)
    async def delete_collection_folder(
        self,
        username: str,
        folder_id: int,
    ) -> Response[None]:
        """Delete Folder: DELETE /users/{username}/collection/folders/{folder_id}"""
        from .user_collection import delete_collection_folder as _endpoint

        return await self._invoke(
            _endpoint.ENDPOINT,
            {
                "username": username,
                "folder_id": folder_id,
            },
        )

    @operation(_paginated.delete_instance_from_folder)
    async def delete_instance_from_folder(
        self,
        username: str,
        folder_id: int,
        release_id: int,
        instance_id: int,
    ) -> Response[None]:
        """Delete Instance: DELETE /users/{username}/collection/folders/{folder_id}/releases/{release_id}/instances/{instance_id}"""
        from .user_collection import delete_instance_from_folder as _endpoint

        return await self._invoke(
            _endpoint.ENDPOINT,
            {
                "username": username,
                "folder_id": folder_id,
                "release_id": release_id,
                "instance_id": instance_id,
            },
        )

    @operation(_paginated.edit_collection_folder)
    async def edit_collection_folder(
        self,
        username: str,
        folder_id: int,
        *,
        name: str | Unset = UNSET,
    ) -> Response[CollectionFolder]:
        """Edit Folder: POST /users/{username}/collection/folders/{folder_id}"""
        from ..models.collection_folder_edit import CollectionFolderEdit
        from .user_collection import edit_collection_folder as _endpoint

        _body = CollectionFolderEdit(
            name=name,
        )
        return await self._invoke(
            _endpoint.ENDPOINT,
            {
                "username": username,
                "folder_id": folder_id,
                "body": _body,
            },
        )

    @operation(_paginated.edit_fields_instance)
    async def edit_fields_instance(
        self,
        username: str,
        folder_id: int,
        release_id: int,
        instance_id: int,
        field_id: int,
        *,
        value: str,
    ) -> Response[None]:
        """Edit Fields: POST /users/{username}/collection/folders/{folder_id}/releases/{release_id}/instances/{instance_id}/fields/{field_id}"""
        from .user_collection import edit_fields_instance as _endpoint

        return await self._invoke(
            _endpoint.ENDPOINT,
            {
                "username": username,
                "folder_id": folder_id,
                "release_id": release_id,
                "instance_id": instance_id,
                "field_id": field_id,
                "value": value,
            },
        )

    @operation(_paginated.get_collection_fields)
    async def get_collection_fields(
        self,
        username: str,
    ) -> Response[CollectionFields]:
        """List Fields: GET /users/{username}/collection/fields"""
        from .user_collection import get_collection_fields as _endpoint

        return await self._invoke(
            _endpoint.ENDPOINT,
            {
                "username": username,
            },
        )

    @operation(_paginated.get_collection_folder)
    async def get_collection_folder(
        self,
        username: str,
        folder_id: int,
    ) -> Response[CollectionFolder]:
        """Get Folder: GET /users/{username}/collection/folders/{folder_id}"""
        from .user_collection import get_collection_folder as _endpoint

        return await self._invoke(
            _endpoint.ENDPOINT,
            {
                "username": username,
                "folder_id": folder_id,
            },
        )

    @operation(_paginated.get_collection_folders)
    async def get_collection_folders(
        self,
        username: str,
    ) -> Response[CollectionFolders]:
        """Get Collection Folders: GET /users/{username}/collection/folders"""
        from .user_collection import get_collection_folders as _endpoint

        return await self._invoke(
            _endpoint.ENDPOINT,
            {
                "username": username,
            },
        )

    @operation(_paginated.get_collection_items_by_folder)
    async def get_collection_items_by_folder(
        self,
        username: str,
        folder_id: int,
        *,
        sort: CollectionSort | str | Unset = UNSET,
        sort_order: SortOrder | str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> Response[CollectionItems]:
        """Get Items: GET /users/{username}/collection/folders/{folder_id}/releases"""
        from .user_collection import get_collection_items_by_folder as _endpoint

        if not isinstance(sort, Unset):
            from ..models.collection_sort import CollectionSort

            sort = _choice(CollectionSort, sort)
        if not isinstance(sort_order, Unset):
            from ..models.sort_order import SortOrder

            sort_order = _choice(SortOrder, sort_order)
        return await self._invoke(
            _endpoint.ENDPOINT,
            {
                "username": username,
                "folder_id": folder_id,
                "sort": sort,
                "sort_order": sort_order,
                "page": page,
                "per_page": per_page,
            },
        )

    @operation(_paginated.get_collection_items_by_release)
    async def get_collection_items_by_release(
        self,
        username: str,
        release_id: int,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> Response[CollectionItems]:
        """Get Items By Release: GET /users/{username}/collection/releases/{release_id}"""
        from .user_collection import get_collection_items_by_release as _endpoint

        return await self._invoke(
            _endpoint.ENDPOINT,
            {
                "username": username,
                "release_id": release_id,
                "page": page,
                "per_page": per_page,
            },
        )

    @operation(_paginated.get_collection_value)
    async def get_collection_value(
        self,
        username: str,
    ) -> Response[CollectionValue]:
        """Get Collection Value: GET /users/{username}/collection/value"""
        from .user_collection import get_collection_value as _endpoint

        return await self._invoke(
            _endpoint.ENDPOINT,
            {
                "username": username,
            },
        )

    @operation(_paginated.edit_profile)
    async def edit_profile(
        self,
        username: str,
        *,
        name: str | Unset = UNSET,
        home_page: str | Unset = UNSET,
        location: str | Unset = UNSET,
        profile: str | Unset = UNSET,
        curr_abbr: CurrencyCode | str | Unset = UNSET,
    ) -> Response[Profile]:
        """Edit Profile: POST /users/{username}"""
        from ..models.profile_edit import ProfileEdit
        from .user_identity import edit_profile as _endpoint

        if not isinstance(curr_abbr, Unset):
            from ..models.currency_code import CurrencyCode

            curr_abbr = _choice(CurrencyCode, curr_abbr)
        _body = ProfileEdit(
            name=name,
            home_page=home_page,
            location=location,
            profile=profile,
            curr_abbr=curr_abbr,
        )
        return await self._invoke(
            _endpoint.ENDPOINT,
            {
                "username": username,
                "body": _body,
            },
        )

    @operation(_paginated.get_identity)
    async def get_identity(self) -> Response[Identity]:
        """Get Identity: GET /oauth/identity"""
        from .user_identity import get_identity as _endpoint

        return await self._invoke(_endpoint.ENDPOINT, {})

    @operation(_paginated.get_profile)
    async def get_profile(
        self,
        username: str,
    ) -> Response[Profile]:
        """Get Profile: GET /users/{username}"""
        from .user_identity import get_profile as _endpoint

        return await self._invoke(
            _endpoint.ENDPOINT,
            {
                "username": username,
            },
        )

    @operation(_paginated.get_user_contributions)
    async def get_user_contributions(
        self,
        username: str,
        *,
        sort: ContributionSort | str | Unset = UNSET,
        sort_order: SortOrder | str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> Response[UserContributions]:
        """Get Contributions: GET /users/{username}/contributions"""
        from .user_identity import get_user_contributions as _endpoint

        if not isinstance(sort, Unset):
            from ..models.contribution_sort import ContributionSort

            sort = _choice(ContributionSort, sort)
        if not isinstance(sort_order, Unset):
            from ..models.sort_order import SortOrder

            sort_order = _choice(SortOrder, sort_order)
        return await self._invoke(
            _endpoint.ENDPOINT,
            {
                "username": username,
                "sort": sort,
                "sort_order": sort_order,
                "page": page,
                "per_page": per_page,
            },
        )

    @operation(_paginated.get_user_submissions)
    async def get_user_submissions(
        self,
        username: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> Response[UserSubmissions]:
        """Get Submissions: GET /users/{username}/submissions"""
        from .user_identity import get_user_submissions as _endpoint

        return await self._invoke(
            _endpoint.ENDPOINT,
            {
                "username": username,
                "page": page,
                "per_page": per_page,
            },
        )

    @operation(_paginated.get_list)
    async def get_list(
        self,
        list_id: int,
    ) -> Response[UserList]:
        """Get List Items: GET /lists/{list_id}"""
        from .user_lists import get_list as _endpoint

        return await self._invoke(
            _endpoint.ENDPOINT,
            {
                "list_id": list_id,
            },
        )

    @operation(_paginated.get_user_lists)
    async def get_user_lists(
        self,
        username: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> Response[UserLists]:
        """Get Lists: GET /users/{username}/lists"""
        from .user_lists import get_user_lists as _endpoint

        return await self._invoke(
            _endpoint.ENDPOINT,
            {
                "username": username,
                "page": page,
                "per_page": per_page,
            },
        )

    @operation(_paginated.add_to_wantlist)
    async def add_to_wantlist(
        self,
        username: str,
        release_id: int,
        *,
        notes: str | Unset = UNSET,
        rating: int | Unset = UNSET,
    ) -> Response[Want]:
        """Add To Wantlist: PUT /users/{username}/wants/{release_id}"""
        from .user_wantlist import add_to_wantlist as _endpoint

        return await self._invoke(
            _endpoint.ENDPOINT,
            {
                "username": username,
                "release_id": release_id,
                "notes": notes,
                "rating": rating,
            },
        )

    @operation(_paginated.delete_release_from_wantlist)
    async def delete_release_from_wantlist(
        self,
        username: str,
        release_id: int,
    ) -> Response[None]:
        """Delete Release From Wantlist: DELETE /users/{username}/wants/{release_id}"""
        from .user_wantlist import delete_release_from_wantlist as _endpoint

        return await self._invoke(
            _endpoint.ENDPOINT,
            {
                "username": username,
                "release_id": release_id,
            },
        )

    @operation(_paginated.edit_release_in_wantlist)
    async def edit_release_in_wantlist(
        self,
        username: str,
        release_id: int,
        *,
        notes: str | Unset = UNSET,
        rating: int | Unset = UNSET,
    ) -> Response[Want]:
        """Edit Release In Wantlist: POST /users/{username}/wants/{release_id}"""
        from .user_wantlist import edit_release_in_wantlist as _endpoint

        return await self._invoke(
            _endpoint.ENDPOINT,
            {
                "username": username,
                "release_id": release_id,
                "notes": notes,
                "rating": rating,
            },
        )

    @operation(_paginated.get_wantlist)
    async def get_wantlist(
        self,
        username: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> Response[Wantlist]:
        """Get Wantlist: GET /users/{username}/wants"""
        from .user_wantlist import get_wantlist as _endpoint

        return await self._invoke(
            _endpoint.ENDPOINT,
            {
                "username": username,
                "page": page,
                "per_page": per_page,
            },
        )
