"""The mutable records of the data set: release summaries, collections, wants, lists, orders, users."""

from __future__ import annotations

from dataclasses import dataclass, field

from .base import JSON


@dataclass(frozen=True)
class ArtistLayout:
    """Where an artist's releases live and how they group into masters."""

    start: int
    count: int
    groups: tuple[tuple[bool, tuple[int, ...]], ...]  # (is_master, release ids); a master's id is ids[0]
    group_of: tuple[int, ...]  # per offset in the block: index into groups


@dataclass(frozen=True)
class ReleaseCore:
    """The cheap part of a release, enough for list items and sorting."""

    id: int
    artist_id: int
    label_id: int
    master_id: int
    title: str
    year: int
    month: int
    day: int
    country: str
    format_name: str
    descriptions: tuple[str, ...]
    qty: int
    grams: int
    catno: str
    genres: tuple[str, ...]
    styles: tuple[str, ...]
    have: int
    want: int

    @property
    def format_text(self) -> str:
        """The comma-joined format string of list items (``"Vinyl, LP, Album"``)."""
        qty = f"{self.qty}x" if self.qty > 1 else ""
        return ", ".join((qty + self.format_name, *self.descriptions))

    @property
    def released(self) -> str:
        """The partial-date string (``"1987"``, ``"1998-12-00"``, ``"1998-12-04"``), empty for year 0."""
        if not self.year:
            return ""
        if not self.month:
            return str(self.year)
        return f"{self.year}-{self.month:02d}-{self.day:02d}"


@dataclass
class Instance:
    """One copy of a release in a user's collection."""

    instance_id: int
    release_id: int
    folder_id: int
    rating: int
    date_added: float
    notes: dict[int, str] = field(default_factory=dict)


@dataclass
class Want:
    """A wantlist entry."""

    release_id: int
    rating: int
    notes: str
    date_added: float


@dataclass
class ListRecord:
    """A user list and its items ``(type, id, comment)``."""

    id: int
    name: str
    description: str
    public: bool
    date_added: float
    date_changed: float
    items: list[tuple[str, int, str]]


@dataclass
class Order:
    """A marketplace order with its message log."""

    id: str
    seller: str
    buyer: str
    status: str
    created: float
    last_activity: float
    items: list[JSON]
    shipping: float
    shipping_method: str
    fee: float
    archived: bool
    additional_instructions: str
    shipping_address: str
    messages: list[JSON]

    @property
    def total(self) -> float:
        """Sum of the items' prices plus shipping."""
        return round(sum(float(item["price"]["value"]) for item in self.items) + self.shipping, 2)


@dataclass
class UserState:
    """Everything mutable about one user. Created from the seed on first access, then edited by the app."""

    username: str
    index: int
    user_id: int
    profile: JSON
    collection_public: bool
    wantlist_public: bool
    seller_settings: bool
    folders: dict[int, str]
    next_folder_id: int
    instances: dict[int, Instance]
    next_instance_id: int
    wants: dict[int, Want]
    ratings: dict[int, int]
    listings: dict[int, JSON]
    next_listing: int
    orders: dict[str, Order]
    lists: list[ListRecord]
    contributions: list[int]
    submissions: list[tuple[str, int]]
    exports: list[JSON] = field(default_factory=list)
    uploads: list[JSON] = field(default_factory=list)
