"""Users and their collections, wantlists, inventories, lists and orders."""

from __future__ import annotations

import random

from .base import (
    ADJ,
    API,
    CITIES,
    CONDITIONS,
    EPOCH_2004,
    EPOCH_2024,
    FIRST,
    GENERATED_USERS,
    JSON,
    LAST,
    LIST_BASE,
    LISTING_BASE,
    LISTINGS_PER_USER,
    NOUN,
    NUM_ARTISTS,
    NUM_LABELS,
    NUM_RELEASES,
    ORDER_STATUSES,
    SENTENCES,
    SLEEVE_CONDITIONS,
    iso,
    money,
    rng_for,
    signature_of,
)
from .records import Instance, ListRecord, Order, UserState, Want
from .search import Search


class Users(Search):
    """Users and their collections, wantlists, inventories, lists and orders."""

    # ------------------------------------------------------------------ users
    def user_exists(self, username: str) -> bool:
        """True when ``username`` (case-insensitive) belongs to the data set."""
        return username.lower() in self._user_index

    def canonical_username(self, username: str) -> str | None:
        """The stored spelling of a username, or None."""
        index = self._user_index.get(username.lower())
        return None if index is None else self.usernames[index]

    def user_id(self, username: str) -> int:
        """The numeric id of a user."""
        return 1_578_100 + self._user_index[username.lower()] * 17

    def username_by_id(self, user_id: int) -> str | None:
        """Inverse of :meth:`user_id`."""
        index, rest = divmod(user_id - 1_578_100, 17)
        if rest or not 0 <= index < len(self.usernames):
            return None
        return self.usernames[index]

    def user(self, username: str) -> UserState:
        """The mutable state of a user (the name must exist); generated on first access."""
        name = self.canonical_username(username)
        if name is None:
            raise KeyError(username)
        state = self._users.get(name.lower())
        if state is None:
            state = self._build_user(name)
            self._users[name.lower()] = state
        return state

    def listing_owner(self, listing_id: int) -> str | None:
        """The seller a listing id belongs to (by its id range), or None."""
        index = (listing_id - LISTING_BASE) // LISTINGS_PER_USER
        if listing_id < LISTING_BASE or index >= len(self.usernames):
            return None
        return self.usernames[index]

    def list_owner(self, list_id: int) -> str | None:
        """The user a list id belongs to (by its id range), or None."""
        index = (list_id - LIST_BASE) // 100
        if list_id < LIST_BASE or index >= len(self.usernames):
            return None
        return self.usernames[index]

    def _build_user(self, username: str) -> UserState:
        index = self._user_index[username.lower()]
        configured = index < len(self.usernames) - GENERATED_USERS
        rng = rng_for(self.seed, "user", username.lower())
        registered = rng.randint(EPOCH_2004, EPOCH_2024)
        profile = _profile(rng, username, registered, configured)
        folders = _folders(rng, index)
        instances = _instances(rng, index, list(folders), registered, configured)
        wants = _wants(rng, registered, configured)
        listings: dict[int, JSON] = {}
        next_listing = LISTING_BASE + index * LISTINGS_PER_USER + 1
        for _ in range(rng.randint(60, 260) if configured else rng.choice((0, 0, rng.randint(1, 200)))):
            listings[next_listing] = self._new_listing(rng, next_listing, username, str(profile["curr_abbr"]))
            next_listing += 1
        lists = [self._new_list(rng, index, n, registered) for n in range(_count(rng, configured, (2, 6), (0, 5)))]
        state = UserState(
            username=username,
            index=index,
            user_id=self.user_id(username),
            profile=profile,
            collection_public=configured or rng.random() < 0.85,
            wantlist_public=configured or rng.random() < 0.85,
            seller_settings=configured or bool(listings),
            folders=folders,
            next_folder_id=1000 + index * 100 + len(folders) - 1,
            instances=instances,
            next_instance_id=100_000_000 + index * 1_000_000 + len(instances),
            wants=wants,
            ratings={},
            listings=listings,
            next_listing=next_listing,
            orders={},
            lists=lists,
            contributions=[rng.randint(1, NUM_RELEASES) for _ in range(rng.randint(0, 80))],
            submissions=_submissions(rng),
        )
        for n in range(1, _count(rng, configured, (3, 25), (0, 5)) + 1):
            order = self._new_order(rng, state, n)
            state.orders[order.id] = order
        return state

    def _new_list(self, rng: random.Random, index: int, n: int, registered: int) -> ListRecord:
        added = rng.randint(registered, EPOCH_2024)
        items = []
        for _ in range(rng.randint(0, 30)):
            kind = rng.choice(("release", "release", "master", "artist", "label"))
            if kind == "master":
                rid = rng.randint(1, NUM_RELEASES)
                item_id = self.core(rid).master_id or rid
                kind = "master" if self.core(rid).master_id else "release"
            elif kind == "artist":
                item_id = rng.randint(1, NUM_ARTISTS)
            elif kind == "label":
                item_id = rng.randint(1, NUM_LABELS)
            else:
                item_id = rng.randint(1, NUM_RELEASES)
            items.append((kind, item_id, rng.choice(("", "", "A favourite.", "Essential."))))
        return ListRecord(
            LIST_BASE + index * 100 + n,
            f"{rng.choice(ADJ)} {rng.choice(NOUN)}s",
            rng.choice(("", "Records I keep coming back to.", "Work in progress.")),
            n != 1,
            added,
            added + rng.randint(0, 10**7),
            items,
        )

    def _new_listing(self, rng: random.Random, listing_id: int, seller: str, currency: str) -> JSON:
        release_id = rng.randint(1, NUM_RELEASES)
        return {
            "id": listing_id,
            "release_id": release_id,
            "status": rng.choices(("For Sale", "Draft", "Expired", "Sold"), weights=(80, 8, 6, 6))[0],
            "price": round(rng.uniform(1, 150), 2),
            "currency": currency,
            "condition": rng.choice(CONDITIONS[:5]),
            "sleeve_condition": rng.choice(SLEEVE_CONDITIONS[:5]),
            "comments": rng.choice(("", "Plays fine.", "Still sealed!", "Light marks on side B.")),
            "allow_offers": rng.random() < 0.4,
            "posted": rng.randint(EPOCH_2024 - 10**8, EPOCH_2024),
            "ships_from": rng.choice(("United States", "Germany", "United Kingdom", "Japan")),
            "external_id": rng.choice(("", f"SKU-{rng.randint(1000, 9999)}")),
            "location": rng.choice(("", f"Shelf {rng.randint(1, 40)}")),
            "weight": float(rng.choice((85, 230, 250))),
            "format_quantity": 1,
            "audio": False,
            "seller": seller,
        }

    def _new_order(self, rng: random.Random, seller: UserState, n: int) -> Order:
        buyer = rng.choice([name for name in self.usernames if name != seller.username])
        order_id = f"{seller.user_id}-{n}"
        created = rng.randint(EPOCH_2024 - 10**8, EPOCH_2024)
        currency = str(seller.profile["curr_abbr"])
        items: list[JSON] = []
        for _ in range(rng.randint(1, 3)):
            release_id = rng.randint(1, NUM_RELEASES)
            items.append(
                {
                    "release": {"id": release_id, "description": self.display_title(release_id)},
                    "price": {"currency": currency, "value": round(rng.uniform(2, 90), 2)},
                    "media_condition": rng.choice(CONDITIONS[:4]),
                    "sleeve_condition": rng.choice(SLEEVE_CONDITIONS[:4]),
                    "id": rng.randint(10**8, 2 * 10**9),
                }
            )
        status = rng.choice(ORDER_STATUSES[:7])
        order = Order(
            id=order_id,
            seller=seller.username,
            buyer=buyer,
            status=status,
            created=created,
            last_activity=created + rng.randint(0, 10**6),
            items=items,
            shipping=float(rng.choice((0, 3.5, 5, 12))),
            shipping_method="Standard",
            fee=0.0,
            archived=rng.random() < 0.2,
            additional_instructions=rng.choice(("", "please use sturdy packaging.")),
            shipping_address=f"{buyer}\n{rng.randint(1, 999)} Example St.\n{rng.choice(CITIES)}",
            messages=[],
        )
        order.fee = round(sum(item["price"]["value"] for item in items) * 0.09, 2)
        ref = {"resource_url": f"{API}/marketplace/orders/{order_id}", "id": order_id}
        stamp = created
        messages = [
            {
                "type": "status",
                "status_id": 1,
                "actor": {"username": buyer, "resource_url": f"{API}/users/{buyer}"},
                "message": f"{buyer} created the order.",
                "subject": "",
                "timestamp": iso(stamp),
                "order": ref,
            }
        ]
        for _ in range(rng.randint(0, 8)):
            stamp += rng.randint(60, 86_400)
            kind = rng.choice(("message", "message", "status", "shipping", "refund_received"))
            entry: JSON = {"type": kind, "timestamp": iso(stamp), "order": ref, "subject": ""}
            if kind == "message":
                author = rng.choice((seller.username, buyer))
                entry["from"] = {
                    "id": self.user_id(author),
                    "username": author,
                    "avatar_url": f"https://secure.gravatar.com/avatar/{signature_of(author)[:32]}?s=300&r=pg&d=mm",
                    "resource_url": f"{API}/users/{author}",
                }
                entry["subject"] = f"New Message - Order #{order_id}"
                entry["message"] = rng.choice(("Thank you for your order!", "Any news on shipping?", "Shipped today."))
            elif kind == "status":
                new_status = rng.choice(ORDER_STATUSES[1:7])
                entry["status_id"] = ORDER_STATUSES.index(new_status) + 1
                entry["actor"] = {"username": seller.username, "resource_url": f"{API}/users/{seller.username}"}
                entry["message"] = f"{seller.username} changed the order status to {new_status}."
            elif kind == "shipping":
                entry["original"] = 0
                entry["new"] = order.shipping
                entry["message"] = f"{seller.username} set the shipping price to {money(order.shipping, currency)}."
            else:
                entry["refund"] = {"amount": 5, "order": ref}
                entry["message"] = f"{buyer} received refund of {money(5, currency)}."
            messages.append(entry)
        order.messages = list(reversed(messages))  # newest first, as the documentation shows
        return order


def _count(rng: random.Random, configured: bool, if_configured: tuple[int, int], otherwise: tuple[int, int]) -> int:
    return rng.randint(*(if_configured if configured else otherwise))


def _profile(rng: random.Random, username: str, registered: int, configured: bool) -> JSON:
    currency = "USD" if configured or rng.random() < 0.6 else rng.choice(("EUR", "GBP", "CAD", "JPY", "SEK"))
    return {
        "name": f"{rng.choice(FIRST)} {rng.choice(LAST)}",
        "home_page": f"https://{username.lower()}.example.com" if rng.random() < 0.3 else "",
        "location": rng.choice(CITIES),
        "profile": rng.choice(("", "I collect records. [b]Mostly vinyl.[/b]", "Crate digger since 1999.")),
        "registered": iso(registered),
        "rank": float(rng.randint(0, 300)),
        "rating_avg": round(rng.uniform(0, 5), 2),
        "releases_contributed": rng.randint(0, 200),
        "releases_rated": rng.randint(0, 400),
        "num_pending": rng.randint(0, 20),
        "curr_abbr": currency,
        "email": f"{username.lower()}@example.com",
        "buyer_rating": 100.0,
        "buyer_rating_stars": 5.0,
        "buyer_num_ratings": rng.randint(0, 300),
        "seller_rating": round(rng.uniform(95, 100), 1),
        "seller_rating_stars": 5.0,
        "seller_num_ratings": rng.randint(0, 500),
    }


def _folders(rng: random.Random, index: int) -> dict[int, str]:
    folders = {1: "Uncategorized"}
    for n in range(rng.randint(1, 4)):
        folders[1000 + index * 100 + n] = f"{rng.choice(ADJ)} {rng.choice(NOUN)}s"
    return folders


def _instances(
    rng: random.Random, index: int, folder_ids: list[int], registered: int, configured: bool
) -> dict[int, Instance]:
    instances: dict[int, Instance] = {}
    first = 100_000_000 + index * 1_000_000
    for n in range(rng.randint(120, 420) if configured else rng.randint(0, 300)):
        release_id = rng.randint(1, NUM_RELEASES)
        notes: dict[int, str] = {}
        if rng.random() < 0.5:
            notes[1] = rng.choice(CONDITIONS)
            notes[2] = rng.choice(SLEEVE_CONDITIONS)
        if rng.random() < 0.3:
            notes[3] = rng.choice(SENTENCES)
        if rng.random() < 0.2:
            notes[4] = f"{rng.randint(1, 60)}.00"
        folder = rng.choice(folder_ids)
        rating = rng.choice((0, 0, 0, rng.randint(1, 5)))
        added = rng.randint(registered, EPOCH_2024 + 10**7)
        instances[first + n] = Instance(first + n, release_id, folder, rating, added, notes)
    return instances


def _wants(rng: random.Random, registered: int, configured: bool) -> dict[int, Want]:
    wants: dict[int, Want] = {}
    for _ in range(rng.randint(60, 180) if configured else rng.randint(0, 150)):
        release_id = rng.randint(1, NUM_RELEASES)
        wants[release_id] = Want(
            release_id,
            rng.choice((0, 0, rng.randint(1, 5))),
            rng.choice(("", "", "Any pressing", "Only the original")),
            rng.randint(registered, EPOCH_2024 + 10**7),
        )
    return wants


def _submissions(rng: random.Random) -> list[tuple[str, int]]:
    limits = {"releases": NUM_RELEASES, "artists": NUM_ARTISTS, "labels": NUM_LABELS}
    kinds = rng.choices(("releases", "artists", "labels"), weights=(6, 2, 1), k=rng.randint(0, 60))
    return [(kind, rng.randint(1, limits[kind])) for kind in kinds]
