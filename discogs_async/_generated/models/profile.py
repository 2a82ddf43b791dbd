from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Profile")

# The keys this model reads; any other key of the JSON object is kept in additional_properties.
_KNOWN: frozenset[str] = frozenset(
    (
        "id",
        "username",
        "name",
        "resource_url",
        "uri",
        "profile",
        "home_page",
        "location",
        "registered",
        "avatar_url",
        "banner_url",
        "inventory_url",
        "collection_folders_url",
        "collection_fields_url",
        "wantlist_url",
        "rank",
        "rating_avg",
        "releases_contributed",
        "releases_rated",
        "num_pending",
        "num_for_sale",
        "num_lists",
        "num_collection",
        "num_wantlist",
        "buyer_rating",
        "buyer_rating_stars",
        "buyer_num_ratings",
        "seller_rating",
        "seller_rating_stars",
        "seller_num_ratings",
        "curr_abbr",
        "email",
        "num_unread",
        "activated",
        "marketplace_suspended",
        "is_staff",
    )
)


@_attrs_define
class Profile:
    """A user's profile. Keys from `email` down are sent only to the owner; `num_collection` and `num_wantlist` only when
    those are public or the caller is the owner.

        Attributes:
            id (int):
            username (str):
            name (str | Unset): The user's real name as they gave it.
            resource_url (str | Unset):
            uri (str | Unset): The profile on the website.
            profile (str | Unset): The biography, in Discogs markup.
            home_page (str | Unset):
            location (str | Unset):
            registered (str | Unset): When the account was made, an ISO 8601 timestamp with offset as the server writes it
                (older answers have no offset, and the documentation shows a space instead of `T`).
            avatar_url (str | Unset):
            banner_url (str | Unset):
            inventory_url (str | Unset):
            collection_folders_url (str | Unset):
            collection_fields_url (str | Unset):
            wantlist_url (str | Unset):
            rank (float | Unset):
            rating_avg (float | Unset): The average of the ratings the user has given.
            releases_contributed (int | Unset):
            releases_rated (int | Unset):
            num_pending (int | Unset): Submissions waiting for votes.
            num_for_sale (int | Unset):
            num_lists (int | Unset):
            num_collection (int | Unset):
            num_wantlist (int | Unset):
            buyer_rating (float | Unset): Percentage of positive ratings as a buyer.
            buyer_rating_stars (float | Unset):
            buyer_num_ratings (int | Unset):
            seller_rating (float | Unset): Percentage of positive ratings as a seller.
            seller_rating_stars (float | Unset):
            seller_num_ratings (int | Unset):
            curr_abbr (str | Unset): The user's marketplace currency (owner only; may be an empty string when never set).
            email (str | Unset): Owner only.
            num_unread (int | Unset): Unread messages; owner only.
            activated (bool | Unset): Owner only.
            marketplace_suspended (bool | Unset): Owner only.
            is_staff (bool | Unset): Owner only.
    """

    id: int
    username: str
    name: str | Unset = UNSET
    resource_url: str | Unset = UNSET
    uri: str | Unset = UNSET
    profile: str | Unset = UNSET
    home_page: str | Unset = UNSET
    location: str | Unset = UNSET
    registered: str | Unset = UNSET
    avatar_url: str | Unset = UNSET
    banner_url: str | Unset = UNSET
    inventory_url: str | Unset = UNSET
    collection_folders_url: str | Unset = UNSET
    collection_fields_url: str | Unset = UNSET
    wantlist_url: str | Unset = UNSET
    rank: float | Unset = UNSET
    rating_avg: float | Unset = UNSET
    releases_contributed: int | Unset = UNSET
    releases_rated: int | Unset = UNSET
    num_pending: int | Unset = UNSET
    num_for_sale: int | Unset = UNSET
    num_lists: int | Unset = UNSET
    num_collection: int | Unset = UNSET
    num_wantlist: int | Unset = UNSET
    buyer_rating: float | Unset = UNSET
    buyer_rating_stars: float | Unset = UNSET
    buyer_num_ratings: int | Unset = UNSET
    seller_rating: float | Unset = UNSET
    seller_rating_stars: float | Unset = UNSET
    seller_num_ratings: int | Unset = UNSET
    curr_abbr: str | Unset = UNSET
    email: str | Unset = UNSET
    num_unread: int | Unset = UNSET
    activated: bool | Unset = UNSET
    marketplace_suspended: bool | Unset = UNSET
    is_staff: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["username"] = self.username
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.resource_url is not UNSET:
            field_dict["resource_url"] = self.resource_url
        if self.uri is not UNSET:
            field_dict["uri"] = self.uri
        if self.profile is not UNSET:
            field_dict["profile"] = self.profile
        if self.home_page is not UNSET:
            field_dict["home_page"] = self.home_page
        if self.location is not UNSET:
            field_dict["location"] = self.location
        if self.registered is not UNSET:
            field_dict["registered"] = self.registered
        if self.avatar_url is not UNSET:
            field_dict["avatar_url"] = self.avatar_url
        if self.banner_url is not UNSET:
            field_dict["banner_url"] = self.banner_url
        if self.inventory_url is not UNSET:
            field_dict["inventory_url"] = self.inventory_url
        if self.collection_folders_url is not UNSET:
            field_dict["collection_folders_url"] = self.collection_folders_url
        if self.collection_fields_url is not UNSET:
            field_dict["collection_fields_url"] = self.collection_fields_url
        if self.wantlist_url is not UNSET:
            field_dict["wantlist_url"] = self.wantlist_url
        if self.rank is not UNSET:
            field_dict["rank"] = self.rank
        if self.rating_avg is not UNSET:
            field_dict["rating_avg"] = self.rating_avg
        if self.releases_contributed is not UNSET:
            field_dict["releases_contributed"] = self.releases_contributed
        if self.releases_rated is not UNSET:
            field_dict["releases_rated"] = self.releases_rated
        if self.num_pending is not UNSET:
            field_dict["num_pending"] = self.num_pending
        if self.num_for_sale is not UNSET:
            field_dict["num_for_sale"] = self.num_for_sale
        if self.num_lists is not UNSET:
            field_dict["num_lists"] = self.num_lists
        if self.num_collection is not UNSET:
            field_dict["num_collection"] = self.num_collection
        if self.num_wantlist is not UNSET:
            field_dict["num_wantlist"] = self.num_wantlist
        if self.buyer_rating is not UNSET:
            field_dict["buyer_rating"] = self.buyer_rating
        if self.buyer_rating_stars is not UNSET:
            field_dict["buyer_rating_stars"] = self.buyer_rating_stars
        if self.buyer_num_ratings is not UNSET:
            field_dict["buyer_num_ratings"] = self.buyer_num_ratings
        if self.seller_rating is not UNSET:
            field_dict["seller_rating"] = self.seller_rating
        if self.seller_rating_stars is not UNSET:
            field_dict["seller_rating_stars"] = self.seller_rating_stars
        if self.seller_num_ratings is not UNSET:
            field_dict["seller_num_ratings"] = self.seller_num_ratings
        if self.curr_abbr is not UNSET:
            field_dict["curr_abbr"] = self.curr_abbr
        if self.email is not UNSET:
            field_dict["email"] = self.email
        if self.num_unread is not UNSET:
            field_dict["num_unread"] = self.num_unread
        if self.activated is not UNSET:
            field_dict["activated"] = self.activated
        if self.marketplace_suspended is not UNSET:
            field_dict["marketplace_suspended"] = self.marketplace_suspended
        if self.is_staff is not UNSET:
            field_dict["is_staff"] = self.is_staff
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"Profile: expected an object, got {type(src_dict).__name__}")
        d = src_dict
        id = d["id"]
        if type(id) is not int and not (isinstance(id, int) and not isinstance(id, bool)):
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        username = d["username"]
        if type(username) is not str and not (isinstance(username, str)):
            raise TypeError(f"username: expected a string, got {type(username).__name__}")

        name = d.get("name", UNSET)
        if type(name) is not str and name is not UNSET and not (isinstance(name, str)):
            raise TypeError(f"name: expected a string, got {type(name).__name__}")

        resource_url = d.get("resource_url", UNSET)
        if type(resource_url) is not str and resource_url is not UNSET and not (isinstance(resource_url, str)):
            raise TypeError(f"resource_url: expected a string, got {type(resource_url).__name__}")

        uri = d.get("uri", UNSET)
        if type(uri) is not str and uri is not UNSET and not (isinstance(uri, str)):
            raise TypeError(f"uri: expected a string, got {type(uri).__name__}")

        profile = d.get("profile", UNSET)
        if type(profile) is not str and profile is not UNSET and not (isinstance(profile, str)):
            raise TypeError(f"profile: expected a string, got {type(profile).__name__}")

        home_page = d.get("home_page", UNSET)
        if type(home_page) is not str and home_page is not UNSET and not (isinstance(home_page, str)):
            raise TypeError(f"home_page: expected a string, got {type(home_page).__name__}")

        location = d.get("location", UNSET)
        if type(location) is not str and location is not UNSET and not (isinstance(location, str)):
            raise TypeError(f"location: expected a string, got {type(location).__name__}")

        registered = d.get("registered", UNSET)
        if type(registered) is not str and registered is not UNSET and not (isinstance(registered, str)):
            raise TypeError(f"registered: expected a string, got {type(registered).__name__}")

        avatar_url = d.get("avatar_url", UNSET)
        if type(avatar_url) is not str and avatar_url is not UNSET and not (isinstance(avatar_url, str)):
            raise TypeError(f"avatar_url: expected a string, got {type(avatar_url).__name__}")

        banner_url = d.get("banner_url", UNSET)
        if type(banner_url) is not str and banner_url is not UNSET and not (isinstance(banner_url, str)):
            raise TypeError(f"banner_url: expected a string, got {type(banner_url).__name__}")

        inventory_url = d.get("inventory_url", UNSET)
        if type(inventory_url) is not str and inventory_url is not UNSET and not (isinstance(inventory_url, str)):
            raise TypeError(f"inventory_url: expected a string, got {type(inventory_url).__name__}")

        collection_folders_url = d.get("collection_folders_url", UNSET)
        if (
            type(collection_folders_url) is not str
            and collection_folders_url is not UNSET
            and not (isinstance(collection_folders_url, str))
        ):
            raise TypeError(f"collection_folders_url: expected a string, got {type(collection_folders_url).__name__}")

        collection_fields_url = d.get("collection_fields_url", UNSET)
        if (
            type(collection_fields_url) is not str
            and collection_fields_url is not UNSET
            and not (isinstance(collection_fields_url, str))
        ):
            raise TypeError(f"collection_fields_url: expected a string, got {type(collection_fields_url).__name__}")

        wantlist_url = d.get("wantlist_url", UNSET)
        if type(wantlist_url) is not str and wantlist_url is not UNSET and not (isinstance(wantlist_url, str)):
            raise TypeError(f"wantlist_url: expected a string, got {type(wantlist_url).__name__}")

        rank = d.get("rank", UNSET)
        if (
            type(rank) is not float
            and type(rank) is not int
            and rank is not UNSET
            and not (isinstance(rank, int | float) and not isinstance(rank, bool))
        ):
            raise TypeError(f"rank: expected a number, got {type(rank).__name__}")

        rating_avg = d.get("rating_avg", UNSET)
        if (
            type(rating_avg) is not float
            and type(rating_avg) is not int
            and rating_avg is not UNSET
            and not (isinstance(rating_avg, int | float) and not isinstance(rating_avg, bool))
        ):
            raise TypeError(f"rating_avg: expected a number, got {type(rating_avg).__name__}")

        releases_contributed = d.get("releases_contributed", UNSET)
        if (
            type(releases_contributed) is not int
            and releases_contributed is not UNSET
            and not (isinstance(releases_contributed, int) and not isinstance(releases_contributed, bool))
        ):
            raise TypeError(f"releases_contributed: expected an integer, got {type(releases_contributed).__name__}")

        releases_rated = d.get("releases_rated", UNSET)
        if (
            type(releases_rated) is not int
            and releases_rated is not UNSET
            and not (isinstance(releases_rated, int) and not isinstance(releases_rated, bool))
        ):
            raise TypeError(f"releases_rated: expected an integer, got {type(releases_rated).__name__}")

        num_pending = d.get("num_pending", UNSET)
        if (
            type(num_pending) is not int
            and num_pending is not UNSET
            and not (isinstance(num_pending, int) and not isinstance(num_pending, bool))
        ):
            raise TypeError(f"num_pending: expected an integer, got {type(num_pending).__name__}")

        num_for_sale = d.get("num_for_sale", UNSET)
        if (
            type(num_for_sale) is not int
            and num_for_sale is not UNSET
            and not (isinstance(num_for_sale, int) and not isinstance(num_for_sale, bool))
        ):
            raise TypeError(f"num_for_sale: expected an integer, got {type(num_for_sale).__name__}")

        num_lists = d.get("num_lists", UNSET)
        if (
            type(num_lists) is not int
            and num_lists is not UNSET
            and not (isinstance(num_lists, int) and not isinstance(num_lists, bool))
        ):
            raise TypeError(f"num_lists: expected an integer, got {type(num_lists).__name__}")

        num_collection = d.get("num_collection", UNSET)
        if (
            type(num_collection) is not int
            and num_collection is not UNSET
            and not (isinstance(num_collection, int) and not isinstance(num_collection, bool))
        ):
            raise TypeError(f"num_collection: expected an integer, got {type(num_collection).__name__}")

        num_wantlist = d.get("num_wantlist", UNSET)
        if (
            type(num_wantlist) is not int
            and num_wantlist is not UNSET
            and not (isinstance(num_wantlist, int) and not isinstance(num_wantlist, bool))
        ):
            raise TypeError(f"num_wantlist: expected an integer, got {type(num_wantlist).__name__}")

        buyer_rating = d.get("buyer_rating", UNSET)
        if (
            type(buyer_rating) is not float
            and type(buyer_rating) is not int
            and buyer_rating is not UNSET
            and not (isinstance(buyer_rating, int | float) and not isinstance(buyer_rating, bool))
        ):
            raise TypeError(f"buyer_rating: expected a number, got {type(buyer_rating).__name__}")

        buyer_rating_stars = d.get("buyer_rating_stars", UNSET)
        if (
            type(buyer_rating_stars) is not float
            and type(buyer_rating_stars) is not int
            and buyer_rating_stars is not UNSET
            and not (isinstance(buyer_rating_stars, int | float) and not isinstance(buyer_rating_stars, bool))
        ):
            raise TypeError(f"buyer_rating_stars: expected a number, got {type(buyer_rating_stars).__name__}")

        buyer_num_ratings = d.get("buyer_num_ratings", UNSET)
        if (
            type(buyer_num_ratings) is not int
            and buyer_num_ratings is not UNSET
            and not (isinstance(buyer_num_ratings, int) and not isinstance(buyer_num_ratings, bool))
        ):
            raise TypeError(f"buyer_num_ratings: expected an integer, got {type(buyer_num_ratings).__name__}")

        seller_rating = d.get("seller_rating", UNSET)
        if (
            type(seller_rating) is not float
            and type(seller_rating) is not int
            and seller_rating is not UNSET
            and not (isinstance(seller_rating, int | float) and not isinstance(seller_rating, bool))
        ):
            raise TypeError(f"seller_rating: expected a number, got {type(seller_rating).__name__}")

        seller_rating_stars = d.get("seller_rating_stars", UNSET)
        if (
            type(seller_rating_stars) is not float
            and type(seller_rating_stars) is not int
            and seller_rating_stars is not UNSET
            and not (isinstance(seller_rating_stars, int | float) and not isinstance(seller_rating_stars, bool))
        ):
            raise TypeError(f"seller_rating_stars: expected a number, got {type(seller_rating_stars).__name__}")

        seller_num_ratings = d.get("seller_num_ratings", UNSET)
        if (
            type(seller_num_ratings) is not int
            and seller_num_ratings is not UNSET
            and not (isinstance(seller_num_ratings, int) and not isinstance(seller_num_ratings, bool))
        ):
            raise TypeError(f"seller_num_ratings: expected an integer, got {type(seller_num_ratings).__name__}")

        curr_abbr = d.get("curr_abbr", UNSET)
        if type(curr_abbr) is not str and curr_abbr is not UNSET and not (isinstance(curr_abbr, str)):
            raise TypeError(f"curr_abbr: expected a string, got {type(curr_abbr).__name__}")

        email = d.get("email", UNSET)
        if type(email) is not str and email is not UNSET and not (isinstance(email, str)):
            raise TypeError(f"email: expected a string, got {type(email).__name__}")

        num_unread = d.get("num_unread", UNSET)
        if (
            type(num_unread) is not int
            and num_unread is not UNSET
            and not (isinstance(num_unread, int) and not isinstance(num_unread, bool))
        ):
            raise TypeError(f"num_unread: expected an integer, got {type(num_unread).__name__}")

        activated = d.get("activated", UNSET)
        if type(activated) is not bool and activated is not UNSET and not (isinstance(activated, bool)):
            raise TypeError(f"activated: expected a boolean, got {type(activated).__name__}")

        marketplace_suspended = d.get("marketplace_suspended", UNSET)
        if (
            type(marketplace_suspended) is not bool
            and marketplace_suspended is not UNSET
            and not (isinstance(marketplace_suspended, bool))
        ):
            raise TypeError(f"marketplace_suspended: expected a boolean, got {type(marketplace_suspended).__name__}")

        is_staff = d.get("is_staff", UNSET)
        if type(is_staff) is not bool and is_staff is not UNSET and not (isinstance(is_staff, bool)):
            raise TypeError(f"is_staff: expected a boolean, got {type(is_staff).__name__}")

        # Positional, in the order the class declares its fields (the two loops above): a call with keywords
        # matches each name against every parameter, which costs more than reading the fields for a big model.
        profile = cls(
            id,
            username,
            name,
            resource_url,
            uri,
            profile,
            home_page,
            location,
            registered,
            avatar_url,
            banner_url,
            inventory_url,
            collection_folders_url,
            collection_fields_url,
            wantlist_url,
            rank,
            rating_avg,
            releases_contributed,
            releases_rated,
            num_pending,
            num_for_sale,
            num_lists,
            num_collection,
            num_wantlist,
            buyer_rating,
            buyer_rating_stars,
            buyer_num_ratings,
            seller_rating,
            seller_rating_stars,
            seller_num_ratings,
            curr_abbr,
            email,
            num_unread,
            activated,
            marketplace_suspended,
            is_staff,
        )
        if not _KNOWN.issuperset(d):
            profile.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN}
        return profile

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
