"""Every data model of the API, loaded on first use (importing one model does not load all of them)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .artist import Artist
    from .artist_release import ArtistRelease
    from .artist_release_type import ArtistReleaseType
    from .artist_releases_page import ArtistReleasesPage
    from .artist_releases_sort import ArtistReleasesSort
    from .auto_value import AutoValue
    from .basic_information import BasicInformation
    from .basic_information_artist import BasicInformationArtist
    from .basic_information_format import BasicInformationFormat
    from .basic_information_label import BasicInformationLabel
    from .collection_field import CollectionField
    from .collection_field_type import CollectionFieldType
    from .collection_fields import CollectionFields
    from .collection_folder import CollectionFolder
    from .collection_folder_edit import CollectionFolderEdit
    from .collection_folders import CollectionFolders
    from .collection_instance import CollectionInstance
    from .collection_instance_edit import CollectionInstanceEdit
    from .collection_item import CollectionItem
    from .collection_items import CollectionItems
    from .collection_note import CollectionNote
    from .collection_sort import CollectionSort
    from .collection_value import CollectionValue
    from .community import Community
    from .community_rating import CommunityRating
    from .community_release_rating import CommunityReleaseRating
    from .community_user import CommunityUser
    from .contribution_sort import ContributionSort
    from .converted_price import ConvertedPrice
    from .currency_code import CurrencyCode
    from .database_item_counts import DatabaseItemCounts
    from .database_item_stats import DatabaseItemStats
    from .error import Error
    from .fee import Fee
    from .filter_facet import FilterFacet
    from .filter_facet_value import FilterFacetValue
    from .filter_value_counts import FilterValueCounts
    from .format_ import Format
    from .identifier import Identifier
    from .identity import Identity
    from .image import Image
    from .inventory import Inventory
    from .inventory_csv_upload import InventoryCsvUpload
    from .inventory_export import InventoryExport
    from .inventory_export_list import InventoryExportList
    from .inventory_sort import InventorySort
    from .inventory_status import InventoryStatus
    from .inventory_upload import InventoryUpload
    from .inventory_upload_list import InventoryUploadList
    from .inventory_upload_type import InventoryUploadType
    from .label import Label
    from .label_release import LabelRelease
    from .label_releases_page import LabelReleasesPage
    from .list_item import ListItem
    from .list_item_community_stats import ListItemCommunityStats
    from .list_item_stats import ListItemStats
    from .list_item_type import ListItemType
    from .list_owner import ListOwner
    from .listing import Listing
    from .listing_condition import ListingCondition
    from .listing_input import ListingInput
    from .listing_release import ListingRelease
    from .listing_release_image import ListingReleaseImage
    from .listing_release_stat_counts import ListingReleaseStatCounts
    from .listing_release_stats import ListingReleaseStats
    from .listing_status import ListingStatus
    from .marketplace_release_stats import MarketplaceReleaseStats
    from .marketplace_user import MarketplaceUser
    from .master import Master
    from .master_version import MasterVersion
    from .master_version_filters import MasterVersionFilters
    from .master_version_filters_applied import MasterVersionFiltersApplied
    from .master_version_filters_available import MasterVersionFiltersAvailable
    from .master_versions_page import MasterVersionsPage
    from .master_versions_sort import MasterVersionsSort
    from .new_listing import NewListing
    from .order import Order
    from .order_edit import OrderEdit
    from .order_item import OrderItem
    from .order_list import OrderList
    from .order_message import OrderMessage
    from .order_message_input import OrderMessageInput
    from .order_message_list import OrderMessageList
    from .order_message_type import OrderMessageType
    from .order_reference import OrderReference
    from .order_refund import OrderRefund
    from .order_shipping import OrderShipping
    from .order_sort import OrderSort
    from .order_status import OrderStatus
    from .order_status_filter import OrderStatusFilter
    from .original_price import OriginalPrice
    from .pagination import Pagination
    from .pagination_urls import PaginationUrls
    from .price import Price
    from .price_suggestions import PriceSuggestions
    from .profile import Profile
    from .profile_edit import ProfileEdit
    from .related_artist import RelatedArtist
    from .related_label import RelatedLabel
    from .release import Release
    from .release_artist import ReleaseArtist
    from .release_label import ReleaseLabel
    from .release_rating_update import ReleaseRatingUpdate
    from .release_stats import ReleaseStats
    from .search_community import SearchCommunity
    from .search_result import SearchResult
    from .search_results_page import SearchResultsPage
    from .search_type import SearchType
    from .search_user_data import SearchUserData
    from .seller import Seller
    from .seller_stats import SellerStats
    from .settable_listing_status import SettableListingStatus
    from .settable_order_status import SettableOrderStatus
    from .sleeve_condition import SleeveCondition
    from .sort_order import SortOrder
    from .submissions import Submissions
    from .track import Track
    from .user_contributions import UserContributions
    from .user_list import UserList
    from .user_list_summary import UserListSummary
    from .user_lists import UserLists
    from .user_release_rating import UserReleaseRating
    from .user_submissions import UserSubmissions
    from .video import Video
    from .want import Want
    from .wantlist import Wantlist

    pass

# name -> the module that defines it
_MODULES = {
    "Artist": ".artist",
    "ArtistRelease": ".artist_release",
    "ArtistReleaseType": ".artist_release_type",
    "ArtistReleasesPage": ".artist_releases_page",
    "ArtistReleasesSort": ".artist_releases_sort",
    "AutoValue": ".auto_value",
    "BasicInformation": ".basic_information",
    "BasicInformationArtist": ".basic_information_artist",
    "BasicInformationFormat": ".basic_information_format",
    "BasicInformationLabel": ".basic_information_label",
    "CollectionField": ".collection_field",
    "CollectionFieldType": ".collection_field_type",
    "CollectionFields": ".collection_fields",
    "CollectionFolder": ".collection_folder",
    "CollectionFolderEdit": ".collection_folder_edit",
    "CollectionFolders": ".collection_folders",
    "CollectionInstance": ".collection_instance",
    "CollectionInstanceEdit": ".collection_instance_edit",
    "CollectionItem": ".collection_item",
    "CollectionItems": ".collection_items",
    "CollectionNote": ".collection_note",
    "CollectionSort": ".collection_sort",
    "CollectionValue": ".collection_value",
    "Community": ".community",
    "CommunityRating": ".community_rating",
    "CommunityReleaseRating": ".community_release_rating",
    "CommunityUser": ".community_user",
    "ContributionSort": ".contribution_sort",
    "ConvertedPrice": ".converted_price",
    "CurrencyCode": ".currency_code",
    "DatabaseItemCounts": ".database_item_counts",
    "DatabaseItemStats": ".database_item_stats",
    "Error": ".error",
    "Fee": ".fee",
    "FilterFacet": ".filter_facet",
    "FilterFacetValue": ".filter_facet_value",
    "FilterValueCounts": ".filter_value_counts",
    "Format": ".format_",
    "Identifier": ".identifier",
    "Identity": ".identity",
    "Image": ".image",
    "Inventory": ".inventory",
    "InventoryCsvUpload": ".inventory_csv_upload",
    "InventoryExport": ".inventory_export",
    "InventoryExportList": ".inventory_export_list",
    "InventorySort": ".inventory_sort",
    "InventoryStatus": ".inventory_status",
    "InventoryUpload": ".inventory_upload",
    "InventoryUploadList": ".inventory_upload_list",
    "InventoryUploadType": ".inventory_upload_type",
    "Label": ".label",
    "LabelRelease": ".label_release",
    "LabelReleasesPage": ".label_releases_page",
    "ListItem": ".list_item",
    "ListItemCommunityStats": ".list_item_community_stats",
    "ListItemStats": ".list_item_stats",
    "ListItemType": ".list_item_type",
    "ListOwner": ".list_owner",
    "Listing": ".listing",
    "ListingCondition": ".listing_condition",
    "ListingInput": ".listing_input",
    "ListingRelease": ".listing_release",
    "ListingReleaseImage": ".listing_release_image",
    "ListingReleaseStatCounts": ".listing_release_stat_counts",
    "ListingReleaseStats": ".listing_release_stats",
    "ListingStatus": ".listing_status",
    "MarketplaceReleaseStats": ".marketplace_release_stats",
    "MarketplaceUser": ".marketplace_user",
    "Master": ".master",
    "MasterVersion": ".master_version",
    "MasterVersionFilters": ".master_version_filters",
    "MasterVersionFiltersApplied": ".master_version_filters_applied",
    "MasterVersionFiltersAvailable": ".master_version_filters_available",
    "MasterVersionsPage": ".master_versions_page",
    "MasterVersionsSort": ".master_versions_sort",
    "NewListing": ".new_listing",
    "Order": ".order",
    "OrderEdit": ".order_edit",
    "OrderItem": ".order_item",
    "OrderList": ".order_list",
    "OrderMessage": ".order_message",
    "OrderMessageInput": ".order_message_input",
    "OrderMessageList": ".order_message_list",
    "OrderMessageType": ".order_message_type",
    "OrderReference": ".order_reference",
    "OrderRefund": ".order_refund",
    "OrderShipping": ".order_shipping",
    "OrderSort": ".order_sort",
    "OrderStatus": ".order_status",
    "OrderStatusFilter": ".order_status_filter",
    "OriginalPrice": ".original_price",
    "Pagination": ".pagination",
    "PaginationUrls": ".pagination_urls",
    "Price": ".price",
    "PriceSuggestions": ".price_suggestions",
    "Profile": ".profile",
    "ProfileEdit": ".profile_edit",
    "RelatedArtist": ".related_artist",
    "RelatedLabel": ".related_label",
    "Release": ".release",
    "ReleaseArtist": ".release_artist",
    "ReleaseLabel": ".release_label",
    "ReleaseRatingUpdate": ".release_rating_update",
    "ReleaseStats": ".release_stats",
    "SearchCommunity": ".search_community",
    "SearchResult": ".search_result",
    "SearchResultsPage": ".search_results_page",
    "SearchType": ".search_type",
    "SearchUserData": ".search_user_data",
    "Seller": ".seller",
    "SellerStats": ".seller_stats",
    "SettableListingStatus": ".settable_listing_status",
    "SettableOrderStatus": ".settable_order_status",
    "SleeveCondition": ".sleeve_condition",
    "SortOrder": ".sort_order",
    "Submissions": ".submissions",
    "Track": ".track",
    "UserContributions": ".user_contributions",
    "UserList": ".user_list",
    "UserListSummary": ".user_list_summary",
    "UserLists": ".user_lists",
    "UserReleaseRating": ".user_release_rating",
    "UserSubmissions": ".user_submissions",
    "Video": ".video",
    "Want": ".want",
    "Wantlist": ".wantlist",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


__all__ = (
    "Artist",
    "ArtistRelease",
    "ArtistReleasesPage",
    "ArtistReleasesSort",
    "ArtistReleaseType",
    "AutoValue",
    "BasicInformation",
    "BasicInformationArtist",
    "BasicInformationFormat",
    "BasicInformationLabel",
    "CollectionField",
    "CollectionFields",
    "CollectionFieldType",
    "CollectionFolder",
    "CollectionFolderEdit",
    "CollectionFolders",
    "CollectionInstance",
    "CollectionInstanceEdit",
    "CollectionItem",
    "CollectionItems",
    "CollectionNote",
    "CollectionSort",
    "CollectionValue",
    "Community",
    "CommunityRating",
    "CommunityReleaseRating",
    "CommunityUser",
    "ContributionSort",
    "ConvertedPrice",
    "CurrencyCode",
    "DatabaseItemCounts",
    "DatabaseItemStats",
    "Error",
    "Fee",
    "FilterFacet",
    "FilterFacetValue",
    "FilterValueCounts",
    "Format",
    "Identifier",
    "Identity",
    "Image",
    "Inventory",
    "InventoryCsvUpload",
    "InventoryExport",
    "InventoryExportList",
    "InventorySort",
    "InventoryStatus",
    "InventoryUpload",
    "InventoryUploadList",
    "InventoryUploadType",
    "Label",
    "LabelRelease",
    "LabelReleasesPage",
    "Listing",
    "ListingCondition",
    "ListingInput",
    "ListingRelease",
    "ListingReleaseImage",
    "ListingReleaseStatCounts",
    "ListingReleaseStats",
    "ListingStatus",
    "ListItem",
    "ListItemCommunityStats",
    "ListItemStats",
    "ListItemType",
    "ListOwner",
    "MarketplaceReleaseStats",
    "MarketplaceUser",
    "Master",
    "MasterVersion",
    "MasterVersionFilters",
    "MasterVersionFiltersApplied",
    "MasterVersionFiltersAvailable",
    "MasterVersionsPage",
    "MasterVersionsSort",
    "NewListing",
    "Order",
    "OrderEdit",
    "OrderItem",
    "OrderList",
    "OrderMessage",
    "OrderMessageInput",
    "OrderMessageList",
    "OrderMessageType",
    "OrderReference",
    "OrderRefund",
    "OrderShipping",
    "OrderSort",
    "OrderStatus",
    "OrderStatusFilter",
    "OriginalPrice",
    "Pagination",
    "PaginationUrls",
    "Price",
    "PriceSuggestions",
    "Profile",
    "ProfileEdit",
    "RelatedArtist",
    "RelatedLabel",
    "Release",
    "ReleaseArtist",
    "ReleaseLabel",
    "ReleaseRatingUpdate",
    "ReleaseStats",
    "SearchCommunity",
    "SearchResult",
    "SearchResultsPage",
    "SearchType",
    "SearchUserData",
    "Seller",
    "SellerStats",
    "SettableListingStatus",
    "SettableOrderStatus",
    "SleeveCondition",
    "SortOrder",
    "Submissions",
    "Track",
    "UserContributions",
    "UserList",
    "UserLists",
    "UserListSummary",
    "UserReleaseRating",
    "UserSubmissions",
    "Video",
    "Want",
    "Wantlist",
)
