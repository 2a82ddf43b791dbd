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
        d = dict(src_dict)
        id = d.pop("id")

        username = d.pop("username")

        name = d.pop("name", UNSET)

        resource_url = d.pop("resource_url", UNSET)

        uri = d.pop("uri", UNSET)

        profile = d.pop("profile", UNSET)

        home_page = d.pop("home_page", UNSET)

        location = d.pop("location", UNSET)

        registered = d.pop("registered", UNSET)

        avatar_url = d.pop("avatar_url", UNSET)

        banner_url = d.pop("banner_url", UNSET)

        inventory_url = d.pop("inventory_url", UNSET)

        collection_folders_url = d.pop("collection_folders_url", UNSET)

        collection_fields_url = d.pop("collection_fields_url", UNSET)

        wantlist_url = d.pop("wantlist_url", UNSET)

        rank = d.pop("rank", UNSET)

        rating_avg = d.pop("rating_avg", UNSET)

        releases_contributed = d.pop("releases_contributed", UNSET)

        releases_rated = d.pop("releases_rated", UNSET)

        num_pending = d.pop("num_pending", UNSET)

        num_for_sale = d.pop("num_for_sale", UNSET)

        num_lists = d.pop("num_lists", UNSET)

        num_collection = d.pop("num_collection", UNSET)

        num_wantlist = d.pop("num_wantlist", UNSET)

        buyer_rating = d.pop("buyer_rating", UNSET)

        buyer_rating_stars = d.pop("buyer_rating_stars", UNSET)

        buyer_num_ratings = d.pop("buyer_num_ratings", UNSET)

        seller_rating = d.pop("seller_rating", UNSET)

        seller_rating_stars = d.pop("seller_rating_stars", UNSET)

        seller_num_ratings = d.pop("seller_num_ratings", UNSET)

        curr_abbr = d.pop("curr_abbr", UNSET)

        email = d.pop("email", UNSET)

        num_unread = d.pop("num_unread", UNSET)

        activated = d.pop("activated", UNSET)

        marketplace_suspended = d.pop("marketplace_suspended", UNSET)

        is_staff = d.pop("is_staff", UNSET)

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

        profile.additional_properties = d
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
