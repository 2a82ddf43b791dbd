from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Profile")


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
        id = self.id

        username = self.username

        name = self.name

        resource_url = self.resource_url

        uri = self.uri

        profile = self.profile

        home_page = self.home_page

        location = self.location

        registered = self.registered

        avatar_url = self.avatar_url

        banner_url = self.banner_url

        inventory_url = self.inventory_url

        collection_folders_url = self.collection_folders_url

        collection_fields_url = self.collection_fields_url

        wantlist_url = self.wantlist_url

        rank = self.rank

        rating_avg = self.rating_avg

        releases_contributed = self.releases_contributed

        releases_rated = self.releases_rated

        num_pending = self.num_pending

        num_for_sale = self.num_for_sale

        num_lists = self.num_lists

        num_collection = self.num_collection

        num_wantlist = self.num_wantlist

        buyer_rating = self.buyer_rating

        buyer_rating_stars = self.buyer_rating_stars

        buyer_num_ratings = self.buyer_num_ratings

        seller_rating = self.seller_rating

        seller_rating_stars = self.seller_rating_stars

        seller_num_ratings = self.seller_num_ratings

        curr_abbr = self.curr_abbr

        email = self.email

        num_unread = self.num_unread

        activated = self.activated

        marketplace_suspended = self.marketplace_suspended

        is_staff = self.is_staff

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "username": username,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if resource_url is not UNSET:
            field_dict["resource_url"] = resource_url
        if uri is not UNSET:
            field_dict["uri"] = uri
        if profile is not UNSET:
            field_dict["profile"] = profile
        if home_page is not UNSET:
            field_dict["home_page"] = home_page
        if location is not UNSET:
            field_dict["location"] = location
        if registered is not UNSET:
            field_dict["registered"] = registered
        if avatar_url is not UNSET:
            field_dict["avatar_url"] = avatar_url
        if banner_url is not UNSET:
            field_dict["banner_url"] = banner_url
        if inventory_url is not UNSET:
            field_dict["inventory_url"] = inventory_url
        if collection_folders_url is not UNSET:
            field_dict["collection_folders_url"] = collection_folders_url
        if collection_fields_url is not UNSET:
            field_dict["collection_fields_url"] = collection_fields_url
        if wantlist_url is not UNSET:
            field_dict["wantlist_url"] = wantlist_url
        if rank is not UNSET:
            field_dict["rank"] = rank
        if rating_avg is not UNSET:
            field_dict["rating_avg"] = rating_avg
        if releases_contributed is not UNSET:
            field_dict["releases_contributed"] = releases_contributed
        if releases_rated is not UNSET:
            field_dict["releases_rated"] = releases_rated
        if num_pending is not UNSET:
            field_dict["num_pending"] = num_pending
        if num_for_sale is not UNSET:
            field_dict["num_for_sale"] = num_for_sale
        if num_lists is not UNSET:
            field_dict["num_lists"] = num_lists
        if num_collection is not UNSET:
            field_dict["num_collection"] = num_collection
        if num_wantlist is not UNSET:
            field_dict["num_wantlist"] = num_wantlist
        if buyer_rating is not UNSET:
            field_dict["buyer_rating"] = buyer_rating
        if buyer_rating_stars is not UNSET:
            field_dict["buyer_rating_stars"] = buyer_rating_stars
        if buyer_num_ratings is not UNSET:
            field_dict["buyer_num_ratings"] = buyer_num_ratings
        if seller_rating is not UNSET:
            field_dict["seller_rating"] = seller_rating
        if seller_rating_stars is not UNSET:
            field_dict["seller_rating_stars"] = seller_rating_stars
        if seller_num_ratings is not UNSET:
            field_dict["seller_num_ratings"] = seller_num_ratings
        if curr_abbr is not UNSET:
            field_dict["curr_abbr"] = curr_abbr
        if email is not UNSET:
            field_dict["email"] = email
        if num_unread is not UNSET:
            field_dict["num_unread"] = num_unread
        if activated is not UNSET:
            field_dict["activated"] = activated
        if marketplace_suspended is not UNSET:
            field_dict["marketplace_suspended"] = marketplace_suspended
        if is_staff is not UNSET:
            field_dict["is_staff"] = is_staff

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"Profile: expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        id = d.pop("id")
        if not (isinstance(id, int) and not isinstance(id, bool)):
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        username = d.pop("username")
        if not (isinstance(username, str)):
            raise TypeError(f"username: expected a string, got {type(username).__name__}")

        name = d.pop("name", UNSET)
        if not isinstance(name, Unset) and not (isinstance(name, str)):
            raise TypeError(f"name: expected a string, got {type(name).__name__}")

        resource_url = d.pop("resource_url", UNSET)
        if not isinstance(resource_url, Unset) and not (isinstance(resource_url, str)):
            raise TypeError(f"resource_url: expected a string, got {type(resource_url).__name__}")

        uri = d.pop("uri", UNSET)
        if not isinstance(uri, Unset) and not (isinstance(uri, str)):
            raise TypeError(f"uri: expected a string, got {type(uri).__name__}")

        profile = d.pop("profile", UNSET)
        if not isinstance(profile, Unset) and not (isinstance(profile, str)):
            raise TypeError(f"profile: expected a string, got {type(profile).__name__}")

        home_page = d.pop("home_page", UNSET)
        if not isinstance(home_page, Unset) and not (isinstance(home_page, str)):
            raise TypeError(f"home_page: expected a string, got {type(home_page).__name__}")

        location = d.pop("location", UNSET)
        if not isinstance(location, Unset) and not (isinstance(location, str)):
            raise TypeError(f"location: expected a string, got {type(location).__name__}")

        registered = d.pop("registered", UNSET)
        if not isinstance(registered, Unset) and not (isinstance(registered, str)):
            raise TypeError(f"registered: expected a string, got {type(registered).__name__}")

        avatar_url = d.pop("avatar_url", UNSET)
        if not isinstance(avatar_url, Unset) and not (isinstance(avatar_url, str)):
            raise TypeError(f"avatar_url: expected a string, got {type(avatar_url).__name__}")

        banner_url = d.pop("banner_url", UNSET)
        if not isinstance(banner_url, Unset) and not (isinstance(banner_url, str)):
            raise TypeError(f"banner_url: expected a string, got {type(banner_url).__name__}")

        inventory_url = d.pop("inventory_url", UNSET)
        if not isinstance(inventory_url, Unset) and not (isinstance(inventory_url, str)):
            raise TypeError(f"inventory_url: expected a string, got {type(inventory_url).__name__}")

        collection_folders_url = d.pop("collection_folders_url", UNSET)
        if not isinstance(collection_folders_url, Unset) and not (isinstance(collection_folders_url, str)):
            raise TypeError(f"collection_folders_url: expected a string, got {type(collection_folders_url).__name__}")

        collection_fields_url = d.pop("collection_fields_url", UNSET)
        if not isinstance(collection_fields_url, Unset) and not (isinstance(collection_fields_url, str)):
            raise TypeError(f"collection_fields_url: expected a string, got {type(collection_fields_url).__name__}")

        wantlist_url = d.pop("wantlist_url", UNSET)
        if not isinstance(wantlist_url, Unset) and not (isinstance(wantlist_url, str)):
            raise TypeError(f"wantlist_url: expected a string, got {type(wantlist_url).__name__}")

        rank = d.pop("rank", UNSET)
        if not isinstance(rank, Unset) and not (isinstance(rank, int | float) and not isinstance(rank, bool)):
            raise TypeError(f"rank: expected a number, got {type(rank).__name__}")

        rating_avg = d.pop("rating_avg", UNSET)
        if not isinstance(rating_avg, Unset) and not (
            isinstance(rating_avg, int | float) and not isinstance(rating_avg, bool)
        ):
            raise TypeError(f"rating_avg: expected a number, got {type(rating_avg).__name__}")

        releases_contributed = d.pop("releases_contributed", UNSET)
        if not isinstance(releases_contributed, Unset) and not (
            isinstance(releases_contributed, int) and not isinstance(releases_contributed, bool)
        ):
            raise TypeError(f"releases_contributed: expected an integer, got {type(releases_contributed).__name__}")

        releases_rated = d.pop("releases_rated", UNSET)
        if not isinstance(releases_rated, Unset) and not (
            isinstance(releases_rated, int) and not isinstance(releases_rated, bool)
        ):
            raise TypeError(f"releases_rated: expected an integer, got {type(releases_rated).__name__}")

        num_pending = d.pop("num_pending", UNSET)
        if not isinstance(num_pending, Unset) and not (
            isinstance(num_pending, int) and not isinstance(num_pending, bool)
        ):
            raise TypeError(f"num_pending: expected an integer, got {type(num_pending).__name__}")

        num_for_sale = d.pop("num_for_sale", UNSET)
        if not isinstance(num_for_sale, Unset) and not (
            isinstance(num_for_sale, int) and not isinstance(num_for_sale, bool)
        ):
            raise TypeError(f"num_for_sale: expected an integer, got {type(num_for_sale).__name__}")

        num_lists = d.pop("num_lists", UNSET)
        if not isinstance(num_lists, Unset) and not (isinstance(num_lists, int) and not isinstance(num_lists, bool)):
            raise TypeError(f"num_lists: expected an integer, got {type(num_lists).__name__}")

        num_collection = d.pop("num_collection", UNSET)
        if not isinstance(num_collection, Unset) and not (
            isinstance(num_collection, int) and not isinstance(num_collection, bool)
        ):
            raise TypeError(f"num_collection: expected an integer, got {type(num_collection).__name__}")

        num_wantlist = d.pop("num_wantlist", UNSET)
        if not isinstance(num_wantlist, Unset) and not (
            isinstance(num_wantlist, int) and not isinstance(num_wantlist, bool)
        ):
            raise TypeError(f"num_wantlist: expected an integer, got {type(num_wantlist).__name__}")

        buyer_rating = d.pop("buyer_rating", UNSET)
        if not isinstance(buyer_rating, Unset) and not (
            isinstance(buyer_rating, int | float) and not isinstance(buyer_rating, bool)
        ):
            raise TypeError(f"buyer_rating: expected a number, got {type(buyer_rating).__name__}")

        buyer_rating_stars = d.pop("buyer_rating_stars", UNSET)
        if not isinstance(buyer_rating_stars, Unset) and not (
            isinstance(buyer_rating_stars, int | float) and not isinstance(buyer_rating_stars, bool)
        ):
            raise TypeError(f"buyer_rating_stars: expected a number, got {type(buyer_rating_stars).__name__}")

        buyer_num_ratings = d.pop("buyer_num_ratings", UNSET)
        if not isinstance(buyer_num_ratings, Unset) and not (
            isinstance(buyer_num_ratings, int) and not isinstance(buyer_num_ratings, bool)
        ):
            raise TypeError(f"buyer_num_ratings: expected an integer, got {type(buyer_num_ratings).__name__}")

        seller_rating = d.pop("seller_rating", UNSET)
        if not isinstance(seller_rating, Unset) and not (
            isinstance(seller_rating, int | float) and not isinstance(seller_rating, bool)
        ):
            raise TypeError(f"seller_rating: expected a number, got {type(seller_rating).__name__}")

        seller_rating_stars = d.pop("seller_rating_stars", UNSET)
        if not isinstance(seller_rating_stars, Unset) and not (
            isinstance(seller_rating_stars, int | float) and not isinstance(seller_rating_stars, bool)
        ):
            raise TypeError(f"seller_rating_stars: expected a number, got {type(seller_rating_stars).__name__}")

        seller_num_ratings = d.pop("seller_num_ratings", UNSET)
        if not isinstance(seller_num_ratings, Unset) and not (
            isinstance(seller_num_ratings, int) and not isinstance(seller_num_ratings, bool)
        ):
            raise TypeError(f"seller_num_ratings: expected an integer, got {type(seller_num_ratings).__name__}")

        curr_abbr = d.pop("curr_abbr", UNSET)
        if not isinstance(curr_abbr, Unset) and not (isinstance(curr_abbr, str)):
            raise TypeError(f"curr_abbr: expected a string, got {type(curr_abbr).__name__}")

        email = d.pop("email", UNSET)
        if not isinstance(email, Unset) and not (isinstance(email, str)):
            raise TypeError(f"email: expected a string, got {type(email).__name__}")

        num_unread = d.pop("num_unread", UNSET)
        if not isinstance(num_unread, Unset) and not (isinstance(num_unread, int) and not isinstance(num_unread, bool)):
            raise TypeError(f"num_unread: expected an integer, got {type(num_unread).__name__}")

        activated = d.pop("activated", UNSET)
        if not isinstance(activated, Unset) and not (isinstance(activated, bool)):
            raise TypeError(f"activated: expected a boolean, got {type(activated).__name__}")

        marketplace_suspended = d.pop("marketplace_suspended", UNSET)
        if not isinstance(marketplace_suspended, Unset) and not (isinstance(marketplace_suspended, bool)):
            raise TypeError(f"marketplace_suspended: expected a boolean, got {type(marketplace_suspended).__name__}")

        is_staff = d.pop("is_staff", UNSET)
        if not isinstance(is_staff, Unset) and not (isinstance(is_staff, bool)):
            raise TypeError(f"is_staff: expected a boolean, got {type(is_staff).__name__}")

        profile = cls(
            id=id,
            username=username,
            name=name,
            resource_url=resource_url,
            uri=uri,
            profile=profile,
            home_page=home_page,
            location=location,
            registered=registered,
            avatar_url=avatar_url,
            banner_url=banner_url,
            inventory_url=inventory_url,
            collection_folders_url=collection_folders_url,
            collection_fields_url=collection_fields_url,
            wantlist_url=wantlist_url,
            rank=rank,
            rating_avg=rating_avg,
            releases_contributed=releases_contributed,
            releases_rated=releases_rated,
            num_pending=num_pending,
            num_for_sale=num_for_sale,
            num_lists=num_lists,
            num_collection=num_collection,
            num_wantlist=num_wantlist,
            buyer_rating=buyer_rating,
            buyer_rating_stars=buyer_rating_stars,
            buyer_num_ratings=buyer_num_ratings,
            seller_rating=seller_rating,
            seller_rating_stars=seller_rating_stars,
            seller_num_ratings=seller_num_ratings,
            curr_abbr=curr_abbr,
            email=email,
            num_unread=num_unread,
            activated=activated,
            marketplace_suspended=marketplace_suspended,
            is_staff=is_staff,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        profile.additional_properties = additional_properties
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
