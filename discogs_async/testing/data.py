"""A deterministic Discogs-like data set, computed lazily per id from a seed.

Every entity is derived from ``random.Random(f"{seed}:{kind}:{id}")`` (string seeds hash with SHA-512, so the
data is the same in every process), built on first use and kept in bounded LRU caches. Nothing global is
enumerated except small per-bucket partitions, so all ids ``1..NUM_RELEASES`` exist without being built.

Layout (how relations stay consistent both ways):

- Releases ``1..NUM_RELEASES`` are cut into artist buckets of ``ARTIST_BUCKET_RELEASES`` consecutive ids shared
  by ``ARTIST_BUCKET`` artists; a seeded partition gives each artist a contiguous block (one large share per
  bucket, artist 1 always has ``ARTIST_ONE_RELEASES``). Inside a block releases are grouped into masters (the
  master id is the id of its main release, the first of the group) and single releases without a master.
- Labels use the same bucket scheme over a fixed permutation of the release ids.
- Users: the configured ones and ``GENERATED_USERS`` generated names; their collections, wantlists, lists,
  inventories and orders are generated on first access and then mutated in memory by the app.
"""

from __future__ import annotations

import base64
import bisect
import hashlib
import itertools
import random
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from typing import Any, Generic, TypeVar

__all__ = [
    "API",
    "ARTIST_ONE_RELEASES",
    "CONDITIONS",
    "CURRENCIES",
    "IMAGES",
    "NUM_ARTISTS",
    "NUM_LABELS",
    "NUM_RELEASES",
    "ORDER_STATUSES",
    "SLEEVE_CONDITIONS",
    "FakeData",
    "Instance",
    "ListRecord",
    "Order",
    "UserState",
    "Want",
]

JSON = dict[str, Any]
K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

API = "https://api.discogs.com"
WEB = "https://www.discogs.com"
IMAGES = "https://i.discogs.com"

ARTIST_BUCKET = 64
ARTIST_BUCKET_RELEASES = 1280
ARTIST_BUCKETS = 800
ARTIST_ONE_RELEASES = 1200
NUM_RELEASES = ARTIST_BUCKETS * ARTIST_BUCKET_RELEASES  # 1_024_000
NUM_ARTISTS = ARTIST_BUCKETS * ARTIST_BUCKET  # 51_200

LABEL_BUCKET = 16
LABEL_BUCKET_RELEASES = 1600
LABEL_BUCKETS = NUM_RELEASES // LABEL_BUCKET_RELEASES  # 640
NUM_LABELS = LABEL_BUCKETS * LABEL_BUCKET  # 10_240
LABEL_ONE_RELEASES = 1300

_PERM_K = 387_433  # odd and not a multiple of 5, so coprime with 2**13 * 5**3
_PERM_K_INV = pow(_PERM_K, -1, NUM_RELEASES)

GENERATED_USERS = 48
LISTING_BASE = 100_000_000
LISTINGS_PER_USER = 100_000
LIST_BASE = 10_000
SEARCH_CAP = 10_000
INVENTORY_PAGE_CAP = 100

_TZ = timezone(timedelta(hours=-7))
_EPOCH_2004 = 1_072_915_200
_EPOCH_2024 = 1_704_067_200

CONDITIONS = (
    "Mint (M)",
    "Near Mint (NM or M-)",
    "Very Good Plus (VG+)",
    "Very Good (VG)",
    "Good Plus (G+)",
    "Good (G)",
    "Fair (F)",
    "Poor (P)",
)
SLEEVE_CONDITIONS = (*CONDITIONS, "Generic", "Not Graded", "No Cover")
ORDER_STATUSES = (
    "New Order",
    "Buyer Contacted",
    "Invoice Sent",
    "Payment Pending",
    "Payment Received",
    "In Progress",
    "Shipped",
    "Refund Sent",
    "Cancelled (Non-Paying Buyer)",
    "Cancelled (Item Unavailable)",
    "Cancelled (Per Buyer's Request)",
)
# code: (symbol, units per USD, Discogs currency id)
CURRENCIES: dict[str, tuple[str, float, int]] = {
    "USD": ("$", 1.0, 1),
    "GBP": ("£", 0.79, 2),
    "EUR": ("€", 0.92, 3),
    "CAD": ("CA$", 1.36, 4),
    "AUD": ("A$", 1.52, 5),
    "JPY": ("¥", 150.0, 6),
    "CHF": ("CHF", 0.88, 7),
    "MXN": ("MX$", 17.0, 8),
    "BRL": ("R$", 5.0, 9),
    "NZD": ("NZ$", 1.65, 10),
    "SEK": ("SEK", 10.5, 11),
    "ZAR": ("ZAR", 18.5, 12),
}

_GENRES: dict[str, tuple[str, ...]] = {
    "Electronic": ("Techno", "House", "Ambient", "Synth-pop", "Trance", "IDM", "Electro", "Downtempo", "Drum n Bass"),
    "Rock": ("Indie Rock", "Heavy Metal", "Punk", "Alternative Rock", "Prog Rock", "Shoegaze", "Hard Rock"),
    "Jazz": ("Hard Bop", "Free Jazz", "Fusion", "Cool Jazz", "Modal"),
    "Hip Hop": ("Boom Bap", "Conscious", "Trip Hop", "Instrumental"),
    "Funk / Soul": ("Disco", "Soul", "Funk", "Neo Soul"),
    "Pop": ("Synth-pop", "Ballad", "Europop", "Indie Pop"),
    "Classical": ("Baroque", "Romantic", "Modern", "Contemporary"),
    "Folk, World, & Country": ("Folk", "Country", "Bluegrass", "Nordic"),
    "Reggae": ("Dub", "Roots Reggae", "Dancehall"),
    "Latin": ("Salsa", "Bossa Nova", "Cumbia"),
}
_GENRE_NAMES = tuple(_GENRES)
# (format name, description sets, quantity choices, grams per unit)
_FORMATS: tuple[tuple[str, tuple[tuple[str, ...], ...], tuple[int, ...], int], ...] = (
    (
        "Vinyl",
        (("LP", "Album"), ('12"', "33 ⅓ RPM"), ('7"', "45 RPM", "Single"), ("LP", "Album", "Reissue")),
        (1, 1, 1, 2),
        230,
    ),
    ("CD", (("Album",), ("Compilation",), ("EP",), ("Album", "Remastered")), (1, 1, 1, 2), 85),
    ("Cassette", (("Album",), ("Single",)), (1,), 60),
    ("File", (("MP3", "Album", "320 kbps"), ("FLAC", "Album")), (1,), 0),
    ("CDr", (("Mini", "EP"), ("Album", "Limited Edition")), (1,), 80),
)
_COUNTRIES = ("US", "UK", "Germany", "France", "Japan", "Netherlands", "Italy", "Canada", "Sweden", "Europe")
_ADJ = (
    "Silent", "Electric", "Golden", "Broken", "Hidden", "Velvet", "Crystal", "Midnight", "Distant", "Frozen",
    "Burning", "Lost", "Endless", "Wild", "Secret", "Neon", "Hollow", "Bright", "Paper", "Iron", "Solar", "Lunar",
    "Quiet", "Restless", "Blue", "Crimson", "Northern", "Faded", "Final", "Sacred", "Strange", "Bitter", "Rising",
)  # fmt: skip
_NOUN = (
    "Phase", "Universe", "Garden", "River", "Machine", "Dream", "Signal", "Horizon", "Echo", "Mirror", "Forest",
    "Ocean", "City", "Engine", "Station", "Harbor", "Motion", "Circuit", "Season", "Shadow", "Light", "Memory",
    "Voyage", "Pulse", "Orbit", "Island", "Tide", "Fire", "Stone", "Glass", "Heart", "Theory", "Empire", "Atlas",
)  # fmt: skip
_FIRST = (
    "Anna", "Ben", "Carla", "David", "Elena", "Felix", "Greta", "Hugo", "Ines", "Jonas", "Kara", "Leo", "Maya",
    "Nils", "Olga", "Paul", "Rita", "Sven", "Tara", "Umar", "Vera", "Walt", "Xenia", "Yusuf", "Zoe", "Oscar",
)  # fmt: skip
_LAST = (
    "Andersson", "Becker", "Costa", "Dubois", "Eriksen", "Fischer", "Garcia", "Hansen", "Ito", "Jensen",
    "Kowalski", "Larsen", "Moreau", "Novak", "Olsen", "Petrov", "Quinn", "Rossi", "Schmidt", "Tanaka", "Vargas",
)  # fmt: skip
_LABEL_WORDS = ("Records", "Recordings", "Music", "Sound", "Audio", "Tapes", "Editions", "Works", "Productions")
_CITIES = ("Berlin", "Detroit", "London", "Tokyo", "Chicago", "Paris", "Amsterdam", "Stockholm", "Toronto")
_ROLES = ("Producer", "Mastered By", "Written-By", "Design", "Mixed By", "Photography By", "Engineer", "Lacquer Cut By")
_COMPANY_TYPES = (
    ("13", "Phonographic Copyright (p)"),
    ("14", "Copyright (c)"),
    ("23", "Pressed By"),
    ("29", "Mastered At"),
    ("17", "Recorded At"),
)
_DATA_QUALITY = ("Correct", "Needs Vote", "Complete and Correct", "Needs Minor Changes")
_SENTENCES = (
    "Recorded live to two-track tape over three nights.",
    "Issued in a gatefold sleeve with a printed inner sleeve.",
    "Some copies come with a promotional sticker on the shrink wrap.",
    "Mastered from the original analogue tapes.",
    "All tracks previously unreleased.",
    "Limited to 500 copies, hand-numbered on the back cover.",
    "Track durations do not appear on the release.",
    "Catalog number appears on the spine and on both labels.",
    "Distributed in Europe by the label's sister company.",
    "Made in the EU.",
)


def _rng(seed: int, *parts: object) -> random.Random:
    return random.Random(":".join(map(str, (seed, *parts))))


def iso(ts: float) -> str:
    """An ISO timestamp with the -07:00 offset Discogs uses."""
    return datetime.fromtimestamp(ts, _TZ).isoformat(timespec="seconds")


def iso_naive(ts: float) -> str:
    """An ISO timestamp without offset, as the inventory export/upload resources write them."""
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%S")


def money(value: float, currency: str) -> str:
    """A currency-formatted amount such as ``€12.50``."""
    symbol = CURRENCIES.get(currency, ("$", 1.0, 1))[0]
    return f"{symbol}{value:,.2f}"


def convert(usd: float, currency: str) -> float:
    """Convert a USD amount into ``currency`` (unrounded, like the live API)."""
    return usd * CURRENCIES.get(currency, ("$", 1.0, 1))[1]


def _slug(text: str) -> str:
    return "-".join("".join(ch if ch.isalnum() else " " for ch in text).split())


def _image_url(signature: str, quality: int, height: int, width: int, blob: str) -> str:
    return f"{IMAGES}/{signature}/rs:fit/g:sm/q:{quality}/h:{height}/w:{width}/{blob}.jpeg"


def image_signature(seed: int, letter: str, owner_id: int, n: int, *extra: object) -> str:
    """The signature part of an image URL (``extra`` is ``(150,)`` for the 150px variant)."""
    return _sig(seed, letter, owner_id, n, *extra)


def _sig(*parts: object) -> str:
    digest = hashlib.sha256(":".join(map(str, parts)).encode()).digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")[:43]


class LRU(Generic[K, V]):
    """A small bounded mapping that builds missing values on demand."""

    def __init__(self, size: int) -> None:
        self._size = max(1, size)
        self._items: OrderedDict[K, V] = OrderedDict()

    def get(self, key: K, build: Callable[[], V]) -> V:
        """Return the cached value for ``key``, building (and caching) it when absent."""
        try:
            self._items.move_to_end(key)
            return self._items[key]
        except KeyError:
            value = build()
            self._items[key] = value
            if len(self._items) > self._size:
                self._items.popitem(last=False)
            return value

    def __len__(self) -> int:
        return len(self._items)


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


COLLECTION_FIELDS: tuple[JSON, ...] = (
    {"name": "Media", "options": list(CONDITIONS), "id": 1, "position": 1, "type": "dropdown", "public": True},
    {"name": "Sleeve", "options": list(SLEEVE_CONDITIONS), "id": 2, "position": 2, "type": "dropdown", "public": True},
    {"name": "Notes", "lines": 3, "id": 3, "position": 3, "type": "textarea", "public": True},
    {"name": "Purchase price", "lines": 1, "id": 4, "position": 4, "type": "textarea", "public": False},
)


class FakeData:
    """The data set of one seed. Entity builders return shared cached objects: treat them as read-only."""

    def __init__(self, seed: int = 0, users: Sequence[str] = (), cache_size: int = 1024) -> None:
        self.seed = seed
        self._artist_buckets: LRU[int, tuple[int, ...]] = LRU(1024)
        self._label_buckets: LRU[int, tuple[int, ...]] = LRU(1024)
        self._layouts: LRU[int, ArtistLayout] = LRU(cache_size)
        self._cores: LRU[int, ReleaseCore] = LRU(cache_size * 8)
        self._releases: LRU[int, JSON] = LRU(cache_size)
        self._artists: LRU[int, JSON] = LRU(cache_size)
        self._labels: LRU[int, JSON] = LRU(cache_size)
        self._masters: LRU[int, JSON] = LRU(cache_size)
        self._discographies: LRU[int, list[JSON]] = LRU(256)
        self._names: LRU[tuple[str, int], str] = LRU(cache_size * 16)
        self._genres: LRU[int, tuple[str, tuple[str, ...]]] = LRU(cache_size * 4)
        names: list[str] = []
        for name in users:
            if name.lower() not in {n.lower() for n in names}:
                names.append(name)
        rng = _rng(seed, "usernames")
        while len(names) < len(users) + GENERATED_USERS:
            name = f"{rng.choice(_ADJ).lower()}_{rng.choice(_NOUN).lower()}{rng.randint(1, 999)}"
            if name.lower() not in {n.lower() for n in names}:
                names.append(name)
        self.usernames: tuple[str, ...] = tuple(names)
        self._user_index = {name.lower(): i for i, name in enumerate(self.usernames)}
        self._users: dict[str, UserState] = {}

    # ------------------------------------------------------------------ layout
    def _partition(self, kind: str, bucket: int, members: int, total: int) -> tuple[int, ...]:
        rng = _rng(self.seed, kind, bucket)
        if bucket == 0:
            first = ARTIST_ONE_RELEASES if kind == "artist-bucket" else LABEL_ONE_RELEASES
        else:
            first = rng.randint(total // 10, total // 2)
        rest = total - first
        cuts = sorted(rng.sample(range(1, rest), members - 2))
        bounds = [0, *cuts, rest]
        sizes = [first, *(b - a for a, b in itertools.pairwise(bounds))]
        starts = [0]
        for size in sizes[:-1]:
            starts.append(starts[-1] + size)
        return tuple(starts)

    def _artist_starts(self, bucket: int) -> tuple[int, ...]:
        return self._artist_buckets.get(
            bucket, lambda: self._partition("artist-bucket", bucket, ARTIST_BUCKET, ARTIST_BUCKET_RELEASES)
        )

    def _label_starts(self, bucket: int) -> tuple[int, ...]:
        return self._label_buckets.get(
            bucket, lambda: self._partition("label-bucket", bucket, LABEL_BUCKET, LABEL_BUCKET_RELEASES)
        )

    @staticmethod
    def _perm(release_id: int) -> int:
        return (release_id - 1) * _PERM_K % NUM_RELEASES + 1

    @staticmethod
    def _unperm(position: int) -> int:
        return (position - 1) * _PERM_K_INV % NUM_RELEASES + 1

    def artist_of(self, release_id: int) -> int:
        """The primary artist of a release."""
        bucket, offset = divmod(release_id - 1, ARTIST_BUCKET_RELEASES)
        index = bisect.bisect_right(self._artist_starts(bucket), offset) - 1
        return bucket * ARTIST_BUCKET + index + 1

    def artist_block(self, artist_id: int) -> tuple[int, int]:
        """``(first release id, number of releases)`` of an artist."""
        bucket, index = divmod(artist_id - 1, ARTIST_BUCKET)
        starts = self._artist_starts(bucket)
        end = starts[index + 1] if index + 1 < len(starts) else ARTIST_BUCKET_RELEASES
        return bucket * ARTIST_BUCKET_RELEASES + starts[index] + 1, end - starts[index]

    def label_of(self, release_id: int) -> int:
        """The label a release is filed under."""
        bucket, offset = divmod(self._perm(release_id) - 1, LABEL_BUCKET_RELEASES)
        index = bisect.bisect_right(self._label_starts(bucket), offset) - 1
        return bucket * LABEL_BUCKET + index + 1

    def label_release_ids(self, label_id: int) -> list[int]:
        """Every release of a label, ascending."""
        bucket, index = divmod(label_id - 1, LABEL_BUCKET)
        starts = self._label_starts(bucket)
        end = starts[index + 1] if index + 1 < len(starts) else LABEL_BUCKET_RELEASES
        base = bucket * LABEL_BUCKET_RELEASES
        return sorted(self._unperm(base + pos + 1) for pos in range(starts[index], end))

    def layout(self, artist_id: int) -> ArtistLayout:
        """The artist's block of releases grouped into masters and singles."""

        def build() -> ArtistLayout:
            start, count = self.artist_block(artist_id)
            rng = _rng(self.seed, "artist-groups", artist_id)
            groups: list[tuple[bool, tuple[int, ...]]] = []
            group_of: list[int] = []
            offset = 0
            while offset < count:
                if rng.random() < 0.55:
                    size, is_master = 1, False
                else:
                    size, is_master = min(rng.choice((1, 1, 2, 2, 3, 4, 6)), count - offset), True
                groups.append((is_master, tuple(range(start + offset, start + offset + size))))
                group_of.extend([len(groups) - 1] * size)
                offset += size
            return ArtistLayout(start, count, tuple(groups), tuple(group_of))

        return self._layouts.get(artist_id, build)

    # ------------------------------------------------------------------ existence
    @staticmethod
    def release_exists(release_id: int) -> bool:
        """True for ids ``1..NUM_RELEASES``."""
        return 1 <= release_id <= NUM_RELEASES

    @staticmethod
    def artist_exists(artist_id: int) -> bool:
        """True for ids ``1..NUM_ARTISTS``."""
        return 1 <= artist_id <= NUM_ARTISTS

    @staticmethod
    def label_exists(label_id: int) -> bool:
        """True for ids ``1..NUM_LABELS``."""
        return 1 <= label_id <= NUM_LABELS

    def master_versions(self, master_id: int) -> tuple[int, ...] | None:
        """The release ids of a master (main release first), or None when no such master."""
        if not self.release_exists(master_id):
            return None
        layout = self.layout(self.artist_of(master_id))
        is_master, ids = layout.groups[layout.group_of[master_id - layout.start]]
        if not is_master or ids[0] != master_id:
            return None
        return ids

    def master_ids(self, artist_id: int) -> list[int]:
        """Ids of the masters of an artist (handy for tests)."""
        return [ids[0] for is_master, ids in self.layout(artist_id).groups if is_master]

    # ------------------------------------------------------------------ names
    def artist_name(self, artist_id: int) -> str:
        """The display name of an artist."""
        return self._names.get(("artist", artist_id), lambda: self._build_artist_name(artist_id))

    def _build_artist_name(self, artist_id: int) -> str:
        rng = _rng(self.seed, "artist-name", artist_id)
        kind = rng.random()
        if kind < 0.45:
            name = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
        elif kind < 0.9:
            name = (
                f"The {rng.choice(_ADJ)} {rng.choice(_NOUN)}s"
                if rng.random() < 0.4
                else f"{rng.choice(_ADJ)} {rng.choice(_NOUN)}"
            )
        else:
            name = f"DJ {rng.choice(_ADJ)}"
        return f"{name} ({artist_id % 7 + 2})" if artist_id % 13 == 0 else name

    def _artist_is_person(self, artist_id: int) -> bool:
        return _rng(self.seed, "artist-name", artist_id).random() < 0.45

    def label_name(self, label_id: int) -> str:
        """The display name of a label."""

        def build() -> str:
            rng = _rng(self.seed, "label-name", label_id)
            return f"{rng.choice(_ADJ)} {rng.choice(_NOUN)} {rng.choice(_LABEL_WORDS)}"

        return self._names.get(("label", label_id), build)

    def _artist_genre(self, artist_id: int) -> tuple[str, tuple[str, ...]]:
        def build() -> tuple[str, tuple[str, ...]]:
            rng = _rng(self.seed, "artist-genre", artist_id)
            genre = rng.choice(_GENRE_NAMES)
            return genre, tuple(rng.sample(_GENRES[genre], k=min(3, len(_GENRES[genre]))))

        return self._genres.get(artist_id, build)

    def _title(self, rng: random.Random) -> str:
        pattern = rng.randrange(6)
        a, n, n2 = rng.choice(_ADJ), rng.choice(_NOUN), rng.choice(_NOUN)
        return (f"{a} {n}", f"The {n}", f"{n} Of The {n2}", f"{a} {n}s", f"{n}", f"{a} {n} EP")[pattern]

    # ------------------------------------------------------------------ images
    def images(self, letter: str, owner_id: int, count: int, rng: random.Random) -> list[JSON]:
        """``count`` image objects in the 2022+ ``i.discogs.com`` style."""
        result = []
        for n in range(count):
            width, height = rng.choice((600, 600, 500, 598)), rng.choice((600, 600, 599, 480, 399))
            blob = base64.urlsafe_b64encode(f"discogs-images/{letter}-{owner_id}-{n}.jpeg".encode()).decode()
            blob = blob.rstrip("=")
            uri = _image_url(_sig(self.seed, letter, owner_id, n), 90, height, width, blob)
            uri150 = _image_url(_sig(self.seed, letter, owner_id, n, 150), 40, 150, 150, blob)
            result.append(
                {
                    "type": "primary" if n == 0 else "secondary",
                    "uri": uri,
                    "resource_url": uri,
                    "uri150": uri150,
                    "width": width,
                    "height": height,
                }
            )
        return result

    def thumb(self, letter: str, owner_id: int) -> str:
        """The 150px thumbnail URL of an entity's primary image."""
        blob = base64.urlsafe_b64encode(f"discogs-images/{letter}-{owner_id}-0.jpeg".encode()).decode().rstrip("=")
        return _image_url(_sig(self.seed, letter, owner_id, 0, 150), 40, 150, 150, blob)

    # ------------------------------------------------------------------ releases
    def core(self, release_id: int) -> ReleaseCore:
        """The cheap summary of a release (the id must exist)."""

        def build() -> ReleaseCore:
            artist_id = self.artist_of(release_id)
            layout = self.layout(artist_id)
            is_master, ids = layout.groups[layout.group_of[release_id - layout.start]]
            rng = _rng(self.seed, "release", release_id)
            genre, styles = self._artist_genre(artist_id)
            if is_master:
                mrng = _rng(self.seed, "master", ids[0])
                title = self._title(mrng)
                base_year = mrng.randint(1958, 2023)
                year = (
                    base_year if release_id == ids[0] else min(2025, base_year + rng.choice((0, 1, 2, 5, 10, 20, 30)))
                )
            else:
                title = self._title(_rng(self.seed, "title", release_id))
                year = 0 if rng.random() < 0.02 else rng.randint(1958, 2024)
            fmt_name, desc_sets, qtys, grams = rng.choice(_FORMATS)
            label_id = self.label_of(release_id)
            prefix = "".join(word[0] for word in self.label_name(label_id).split()).upper()
            return ReleaseCore(
                id=release_id,
                artist_id=artist_id,
                label_id=label_id,
                master_id=ids[0] if is_master else 0,
                title=title,
                year=year,
                month=rng.choice((0, 0, rng.randint(1, 12))),
                day=rng.choice((0, rng.randint(1, 28))),
                country=rng.choice(_COUNTRIES),
                format_name=fmt_name,
                descriptions=rng.choice(desc_sets),
                qty=rng.choice(qtys),
                grams=grams,
                catno=f"{prefix} {rng.randint(1, 999):03d}",
                genres=(genre,) if rng.random() < 0.7 else (genre, rng.choice(_GENRE_NAMES)),
                styles=styles[: rng.randint(1, len(styles))],
                have=rng.randint(0, 3000),
                want=rng.randint(0, 1500),
            )

        return self._cores.get(release_id, build)

    def artist_ref(self, artist_id: int, *, join: str = "", role: str = "", anv: str = "") -> JSON:
        """An ``artists[]`` entry."""
        return {
            "name": self.artist_name(artist_id),
            "anv": anv,
            "join": join,
            "role": role,
            "tracks": "",
            "id": artist_id,
            "resource_url": f"{API}/artists/{artist_id}",
        }

    def label_ref(self, label_id: int, catno: str) -> JSON:
        """A ``labels[]`` entry (``entity_type`` is a string, as in every capture)."""
        return {
            "name": self.label_name(label_id),
            "catno": catno,
            "entity_type": "1",
            "entity_type_name": "Label",
            "id": label_id,
            "resource_url": f"{API}/labels/{label_id}",
        }

    def formats(self, core: ReleaseCore) -> list[JSON]:
        """The ``formats[]`` of a release (``qty`` is a string)."""
        entry: JSON = {"name": core.format_name, "qty": str(core.qty), "descriptions": list(core.descriptions)}
        if core.id % 9 == 0:
            entry["text"] = "Gatefold"
        return [entry]

    def _tracklist(self, core: ReleaseCore, rng: random.Random) -> list[JSON]:
        single = "Single" in core.descriptions or "EP" in core.descriptions
        count = rng.randint(2, 5) if single else rng.randint(6, 14)
        tracks = []
        for n in range(count):
            if core.format_name in ("Vinyl", "Cassette"):
                per_side = max(1, -(-count // (2 * core.qty)))
                position = f"{chr(ord('A') + n // per_side)}{n % per_side + 1}"
            else:
                position = str(n + 1)
            track: JSON = {
                "position": position,
                "type_": "track",
                "title": self._title(rng),
                "duration": "" if rng.random() < 0.1 else f"{rng.randint(2, 9)}:{rng.randint(0, 59):02d}",
            }
            if rng.random() < 0.15:
                track["extraartists"] = [self.artist_ref(rng.randint(1, NUM_ARTISTS), role=rng.choice(_ROLES))]
            tracks.append(track)
        return tracks

    def _videos(self, title: str, rng: random.Random) -> list[JSON]:
        return [
            {
                "uri": f"https://www.youtube.com/watch?v={_sig(self.seed, title, n)[:11]}",
                "title": f"{title} ({rng.choice(('Official Audio', 'Live', 'Full Album', 'Remastered'))})",
                "description": rng.choice(_SENTENCES),
                "duration": rng.randint(90, 3600),
                "embed": True,
            }
            for n in range(rng.choice((0, 0, 1, 2, 3)))
        ]

    def lowest_price(self, release_id: int) -> tuple[int, float | None]:
        """``(num_for_sale, lowest price in USD or None)`` of a release."""
        rng = _rng(self.seed, "market", release_id)
        count = rng.choice((0, 0, rng.randint(1, 80)))
        return count, (round(rng.uniform(0.5, 120.0), 2) if count else None)

    def release(self, release_id: int) -> JSON:
        """The full release object (ids must exist), shaped like the documentation and the live captures."""
        return self._releases.get(release_id, lambda: self._build_release(release_id))

    def _build_release(self, release_id: int) -> JSON:
        core = self.core(release_id)
        rng = _rng(self.seed, "release-full", release_id)
        artist = self.artist_ref(core.artist_id)
        artist["thumbnail_url"] = self.thumb("A", core.artist_id)
        artists = [artist]
        if rng.random() < 0.12:
            artists[0]["join"] = rng.choice(("&", "Feat.", ","))
            artists.append(self.artist_ref(rng.randint(1, NUM_ARTISTS)))
        label = self.label_ref(core.label_id, core.catno)
        label["thumbnail_url"] = self.thumb("L", core.label_id)
        contributors = [f"{rng.choice(_ADJ).lower()}{rng.randint(1, 99)}" for _ in range(rng.randint(1, 4))]
        num_for_sale, lowest = self.lowest_price(release_id)
        added = rng.randint(_EPOCH_2004, _EPOCH_2024)
        artists_sort = " ".join(a["name"] + (f" {a['join']}" if a["join"] else "") for a in artists)
        display = f"{artists_sort} - {core.title}"
        release: JSON = {
            "id": release_id,
            "status": "Accepted",
            "year": core.year,
            "resource_url": f"{API}/releases/{release_id}",
            "uri": f"{WEB}/release/{release_id}-{_slug(display)}",
            "artists": artists,
            "artists_sort": artists_sort,
            "labels": [label],
            "series": [],
            "companies": [
                {
                    "name": self.label_name(company_id),
                    "catno": "",
                    "entity_type": code,
                    "entity_type_name": type_name,
                    "id": company_id,
                    "resource_url": f"{API}/labels/{company_id}",
                }
                for code, type_name in rng.sample(_COMPANY_TYPES, k=rng.randint(0, 3))
                for company_id in (rng.randint(1, NUM_LABELS),)
            ],
            "formats": self.formats(core),
            "data_quality": rng.choice(_DATA_QUALITY),
            "community": {
                "have": core.have,
                "want": core.want,
                "rating": {
                    "count": (count := rng.randint(0, 400)),
                    "average": round(rng.uniform(2.5, 5.0), 2) if count else 0,
                },
                "submitter": {"username": contributors[0], "resource_url": f"{API}/users/{contributors[0]}"},
                "contributors": [{"username": name, "resource_url": f"{API}/users/{name}"} for name in contributors],
                "data_quality": "Correct",
                "status": "Accepted",
            },
            "format_quantity": core.qty,
            "date_added": iso(added),
            "date_changed": iso(added + rng.randint(0, 10**8)),
            "num_for_sale": num_for_sale,
            "lowest_price": lowest,
            "title": core.title,
            "country": core.country,
            "identifiers": [
                {"type": "Barcode", "value": f"{rng.randint(10**11, 10**12 - 1)}"},
                {"type": "Matrix / Runout", "value": f"{core.catno}-A", "description": "Side A"},
            ][: rng.randint(0, 2)],
            "videos": self._videos(core.title, rng),
            "genres": list(core.genres),
            "styles": list(core.styles),
            "tracklist": self._tracklist(core, rng),
            "extraartists": [
                self.artist_ref(rng.randint(1, NUM_ARTISTS), role=rng.choice(_ROLES)) for _ in range(rng.randint(0, 5))
            ],
            "images": self.images("R", release_id, rng.randint(1, 4), rng),
            "thumb": self.thumb("R", release_id),
            "estimated_weight": core.grams * core.qty,
            "blocked_from_sale": rng.random() < 0.01,
            "is_offensive": False,
        }
        if core.master_id:
            release["master_id"] = core.master_id
            release["master_url"] = f"{API}/masters/{core.master_id}"
        if core.year:
            release["released"] = core.released
            release["released_formatted"] = self._released_formatted(core)
        if rng.random() < 0.8:
            release["notes"] = "\r\n".join(rng.sample(_SENTENCES, k=rng.randint(1, 4))) + "\r\n"
        return release

    @staticmethod
    def _released_formatted(core: ReleaseCore) -> str:
        if not core.month:
            return str(core.year)
        month = datetime(2000, core.month, 1).strftime("%b")
        return f"{month} {core.year}" if not core.day else f"{core.day:02d} {month} {core.year}"

    def basic_information(self, release_id: int) -> JSON:
        """The ``basic_information`` of collection and wantlist items."""
        core = self.core(release_id)
        release = self.release(release_id)
        return {
            "id": release_id,
            "master_id": core.master_id,
            "master_url": f"{API}/masters/{core.master_id}" if core.master_id else None,
            "resource_url": f"{API}/releases/{release_id}",
            "thumb": self.thumb("R", release_id),
            "cover_image": release["images"][0]["uri"],
            "title": core.title,
            "year": core.year,
            "formats": self.formats(core),
            "labels": [self.label_ref(core.label_id, core.catno)],
            "artists": [{k: v for k, v in a.items() if k != "thumbnail_url"} for a in release["artists"]],
            "genres": list(core.genres),
            "styles": list(core.styles),
        }

    def display_title(self, release_id: int) -> str:
        """``"Artist - Title"``."""
        core = self.core(release_id)
        return f"{self.artist_name(core.artist_id)} - {core.title}"

    # ------------------------------------------------------------------ masters
    def master(self, master_id: int) -> JSON | None:
        """The master object, or None when ``master_id`` is not a master."""
        versions = self.master_versions(master_id)
        if versions is None:
            return None
        return self._masters.get(master_id, lambda: self._build_master(master_id, versions))

    def _build_master(self, master_id: int, versions: tuple[int, ...]) -> JSON:
        main = self.release(master_id)
        core = self.core(master_id)
        recent = max(versions, key=lambda rid: (self.core(rid).year, rid))
        sale = [self.lowest_price(rid) for rid in versions]
        prices = [price for _, price in sale if price is not None]
        master: JSON = {
            "id": master_id,
            "main_release": master_id,
            "most_recent_release": recent,
            "resource_url": f"{API}/masters/{master_id}",
            "uri": f"{WEB}/master/{master_id}-{_slug(self.display_title(master_id))}",
            "versions_url": f"{API}/masters/{master_id}/versions",
            "main_release_url": f"{API}/releases/{master_id}",
            "most_recent_release_url": f"{API}/releases/{recent}",
            "num_for_sale": sum(count for count, _ in sale),
            "lowest_price": min(prices) if prices else None,
            "images": main["images"],
            "genres": list(core.genres),
            "styles": list(core.styles),
            "year": core.year,
            "tracklist": main["tracklist"],
            "artists": main["artists"],
            "title": core.title,
            "data_quality": main["data_quality"],
        }
        if main["videos"]:
            master["videos"] = main["videos"]
        return master

    def version_item(self, release_id: int) -> JSON:
        """One entry of ``/masters/{id}/versions``."""
        core = self.core(release_id)
        return {
            "id": release_id,
            "label": self.label_name(core.label_id),
            "country": core.country,
            "title": core.title,
            "major_formats": [core.format_name],
            "format": ", ".join(core.descriptions),
            "catno": core.catno,
            "released": core.released,
            "status": "Accepted",
            "resource_url": f"{API}/releases/{release_id}",
            "thumb": self.thumb("R", release_id),
            "stats": {"community": {"in_wantlist": core.want, "in_collection": core.have}},
        }

    # ------------------------------------------------------------------ artists and labels
    def artist(self, artist_id: int) -> JSON:
        """The artist object (the id must exist)."""
        return self._artists.get(artist_id, lambda: self._build_artist(artist_id))

    def _build_artist(self, artist_id: int) -> JSON:
        rng = _rng(self.seed, "artist", artist_id)
        name = self.artist_name(artist_id)
        genre, styles = self._artist_genre(artist_id)
        artist: JSON = {
            "name": name,
            "id": artist_id,
            "resource_url": f"{API}/artists/{artist_id}",
            "uri": f"{WEB}/artist/{artist_id}-{_slug(name)}",
            "releases_url": f"{API}/artists/{artist_id}/releases",
            "images": self.images("A", artist_id, rng.randint(1, 3), rng),
            "profile": f"{genre} act from {rng.choice(_CITIES)}, known for {', '.join(styles).lower()}.\r\n"
            + rng.choice(_SENTENCES),
            "urls": [f"https://{_slug(name).lower()}.example.com/", f"https://en.wikipedia.org/wiki/{_slug(name)}"][
                : rng.randint(0, 2)
            ],
            "namevariations": [name.upper(), name.replace("The ", "")][: rng.randint(0, 2)],
            "data_quality": rng.choice(_DATA_QUALITY),
        }
        if self._artist_is_person(artist_id):
            artist["realname"] = name
            groups = [rng.randint(1, NUM_ARTISTS) for _ in range(rng.randint(0, 3))]
            if groups:
                artist["groups"] = [
                    {
                        "id": gid,
                        "name": self.artist_name(gid),
                        "resource_url": f"{API}/artists/{gid}",
                        "active": rng.random() < 0.6,
                        "thumbnail_url": self.thumb("A", gid),
                    }
                    for gid in groups
                ]
        else:
            artist["members"] = [
                {
                    "id": mid,
                    "name": self.artist_name(mid),
                    "resource_url": f"{API}/artists/{mid}",
                    "active": rng.random() < 0.7,
                    "thumbnail_url": self.thumb("A", mid),
                }
                for mid in (rng.randint(1, NUM_ARTISTS) for _ in range(rng.randint(2, 5)))
            ]
        aliases = [rng.randint(1, NUM_ARTISTS) for _ in range(rng.choice((0, 0, 1, 2)))]
        if aliases:
            artist["aliases"] = [
                {"id": aid, "name": self.artist_name(aid), "resource_url": f"{API}/artists/{aid}"} for aid in aliases
            ]
        return artist

    def discography(self, artist_id: int) -> list[JSON]:
        """The items of ``/artists/{id}/releases``: masters and single releases, by year then id."""

        def build() -> list[JSON]:
            items = []
            name = self.artist_name(artist_id)
            for is_master, ids in self.layout(artist_id).groups:
                core = self.core(ids[0])
                stats = {"community": {"in_wantlist": core.want, "in_collection": core.have}}
                if is_master:
                    items.append(
                        {
                            "id": ids[0],
                            "title": core.title,
                            "type": "master",
                            "main_release": ids[0],
                            "artist": name,
                            "role": "Main",
                            "resource_url": f"{API}/masters/{ids[0]}",
                            "year": core.year,
                            "thumb": self.thumb("R", ids[0]),
                            "stats": stats,
                        }
                    )
                else:
                    items.append(
                        {
                            "id": ids[0],
                            "title": core.title,
                            "type": "release",
                            "artist": name,
                            "role": "Main",
                            "resource_url": f"{API}/releases/{ids[0]}",
                            "year": core.year,
                            "thumb": self.thumb("R", ids[0]),
                            "status": "Accepted",
                            "format": core.format_text,
                            "label": self.label_name(core.label_id),
                            "stats": stats,
                        }
                    )
            items.sort(key=lambda item: (item["year"], item["id"]))
            return items

        return self._discographies.get(artist_id, build)

    def label(self, label_id: int) -> JSON:
        """The label object (the id must exist)."""
        return self._labels.get(label_id, lambda: self._build_label(label_id))

    def _build_label(self, label_id: int) -> JSON:
        rng = _rng(self.seed, "label", label_id)
        name = self.label_name(label_id)
        city = rng.choice(_CITIES)
        label: JSON = {
            "id": label_id,
            "name": name,
            "resource_url": f"{API}/labels/{label_id}",
            "uri": f"{WEB}/label/{label_id}-{_slug(name)}",
            "releases_url": f"{API}/labels/{label_id}/releases",
            "images": self.images("L", label_id, rng.randint(1, 2), rng),
            "contact_info": f"{name}\r\nP.O. Box {rng.randint(100, 99999)}\r\n{city}\r\n",
            "profile": f"Independent label from {city}.\r\n{rng.choice(_SENTENCES)}",
            "data_quality": rng.choice(_DATA_QUALITY),
            "urls": [f"https://{_slug(name).lower()}.example.com"][: rng.randint(0, 1)],
        }
        if label_id % 8 == 3 and label_id // 8 >= 1:
            parent = label_id // 8
            label["parent_label"] = {
                "id": parent,
                "name": self.label_name(parent),
                "resource_url": f"{API}/labels/{parent}",
            }
        sub = 8 * label_id + 3
        if sub <= NUM_LABELS:
            label["sublabels"] = [{"id": sub, "name": self.label_name(sub), "resource_url": f"{API}/labels/{sub}"}]
        return label

    def label_release_item(self, release_id: int) -> JSON:
        """One entry of ``/labels/{id}/releases``."""
        core = self.core(release_id)
        return {
            "id": release_id,
            "status": "Accepted",
            "format": core.format_text,
            "catno": core.catno,
            "thumb": self.thumb("R", release_id),
            "resource_url": f"{API}/releases/{release_id}",
            "title": core.title,
            "year": core.year,
            "artist": self.artist_name(core.artist_id),
            "stats": {"community": {"in_wantlist": core.want, "in_collection": core.have}},
        }

    # ------------------------------------------------------------------ search
    def search_total(self, key: str) -> int:
        """How many results a (normalised) query has; at most ``SEARCH_CAP`` are reachable."""
        rng = _rng(self.seed, "search-total", key)
        roll = rng.random()
        if roll < 0.1:
            return 0
        if roll < 0.4:
            return rng.randint(1, 60)
        if roll < 0.8:
            return rng.randint(61, 3000)
        return rng.randint(SEARCH_CAP + 1, 60_000)

    def search_result(self, key: str, index: int, kind: str | None) -> JSON:
        """Result ``index`` of a query: a real entity of the data set (relevance is not modelled)."""
        rng = _rng(self.seed, "search", key, index)
        if kind not in ("release", "master", "artist", "label"):
            kind = rng.choices(("release", "master", "artist", "label"), weights=(70, 15, 10, 5))[0]
        if kind == "artist":
            aid = rng.randint(1, NUM_ARTISTS)
            return self._entity_result("artist", aid, self.artist_name(aid), "A", f"/artist/{aid}")
        if kind == "label":
            lid = rng.randint(1, NUM_LABELS)
            return self._entity_result("label", lid, self.label_name(lid), "L", f"/label/{lid}")
        rid = rng.randint(1, NUM_RELEASES)
        if kind == "master":
            for _ in range(50):
                if self.core(rid).master_id:
                    break
                rid = rng.randint(1, NUM_RELEASES)
            else:
                kind = "release"
        core = self.core(rid)
        if kind == "master" and core.master_id:
            rid = core.master_id
            core = self.core(rid)
        release = self.release(rid)
        barcodes = [i["value"] for i in release["identifiers"] if i["type"] == "Barcode"]
        result: JSON = {
            "country": core.country,
            "year": str(core.year) if core.year else "",
            "format": [core.format_name, *core.descriptions],
            "label": [self.label_name(core.label_id)],
            "type": kind,
            "genre": list(core.genres),
            "style": list(core.styles),
            "id": rid,
            "barcode": barcodes,
            "master_id": core.master_id,
            "master_url": f"{API}/masters/{core.master_id}" if core.master_id else None,
            "uri": f"/{_slug(self.display_title(rid))}/{kind}/{rid}",
            "catno": core.catno,
            "title": self.display_title(rid),
            "thumb": self.thumb("R", rid),
            "cover_image": release["images"][0]["uri"],
            "resource_url": f"{API}/{kind}s/{rid}",
            "community": {"want": core.want, "have": core.have},
            "format_quantity": core.qty,
            "formats": self.formats(core),
        }
        if kind == "master":
            result["resource_url"] = f"{API}/masters/{rid}"
        return result

    def _entity_result(self, kind: str, entity_id: int, title: str, letter: str, uri: str) -> JSON:
        return {
            "id": entity_id,
            "type": kind,
            "master_id": None,
            "master_url": None,
            "uri": f"{uri}-{_slug(title)}",
            "title": title,
            "thumb": self.thumb(letter, entity_id),
            "cover_image": self.images(letter, entity_id, 1, _rng(self.seed, kind, entity_id))[0]["uri"],
            "resource_url": f"{API}/{kind}s/{entity_id}",
        }

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
        rng = _rng(self.seed, "user", username.lower())
        user_id = self.user_id(username)
        registered = rng.randint(_EPOCH_2004, _EPOCH_2024)
        currency = "USD" if configured or rng.random() < 0.6 else rng.choice(("EUR", "GBP", "CAD", "JPY", "SEK"))
        profile: JSON = {
            "name": f"{rng.choice(_FIRST)} {rng.choice(_LAST)}",
            "home_page": f"https://{username.lower()}.example.com" if rng.random() < 0.3 else "",
            "location": rng.choice(_CITIES),
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
        folders = {1: "Uncategorized"}
        next_folder = 1000 + index * 100
        for _ in range(rng.randint(1, 4)):
            folders[next_folder] = f"{rng.choice(_ADJ)} {rng.choice(_NOUN)}s"
            next_folder += 1
        folder_ids = list(folders)
        instances: dict[int, Instance] = {}
        next_instance = 100_000_000 + index * 1_000_000
        size = rng.randint(120, 420) if configured else rng.randint(0, 300)
        for _ in range(size):
            release_id = rng.randint(1, NUM_RELEASES)
            notes: dict[int, str] = {}
            if rng.random() < 0.5:
                notes[1] = rng.choice(CONDITIONS)
                notes[2] = rng.choice(SLEEVE_CONDITIONS)
            if rng.random() < 0.3:
                notes[3] = rng.choice(_SENTENCES)
            if rng.random() < 0.2:
                notes[4] = f"{rng.randint(1, 60)}.00"
            instances[next_instance] = Instance(
                next_instance,
                release_id,
                rng.choice(folder_ids),
                rng.choice((0, 0, 0, rng.randint(1, 5))),
                rng.randint(registered, _EPOCH_2024 + 10**7),
                notes,
            )
            next_instance += 1
        wants: dict[int, Want] = {}
        for _ in range(rng.randint(60, 180) if configured else rng.randint(0, 150)):
            release_id = rng.randint(1, NUM_RELEASES)
            wants[release_id] = Want(
                release_id,
                rng.choice((0, 0, rng.randint(1, 5))),
                rng.choice(("", "", "Any pressing", "Only the original")),
                rng.randint(registered, _EPOCH_2024 + 10**7),
            )
        listings: dict[int, JSON] = {}
        next_listing = LISTING_BASE + index * LISTINGS_PER_USER + 1
        for _ in range(rng.randint(60, 260) if configured else rng.choice((0, 0, rng.randint(1, 200)))):
            listings[next_listing] = self._new_listing(rng, next_listing, username, currency)
            next_listing += 1
        lists = []
        for n in range(rng.randint(2, 6) if configured else rng.randint(0, 5)):
            added = rng.randint(registered, _EPOCH_2024)
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
            lists.append(
                ListRecord(
                    LIST_BASE + index * 100 + n,
                    f"{rng.choice(_ADJ)} {rng.choice(_NOUN)}s",
                    rng.choice(("", "Records I keep coming back to.", "Work in progress.")),
                    n != 1,
                    added,
                    added + rng.randint(0, 10**7),
                    items,
                )
            )
        state = UserState(
            username=username,
            index=index,
            user_id=user_id,
            profile=profile,
            collection_public=configured or rng.random() < 0.85,
            wantlist_public=configured or rng.random() < 0.85,
            seller_settings=configured or bool(listings),
            folders=folders,
            next_folder_id=next_folder,
            instances=instances,
            next_instance_id=next_instance,
            wants=wants,
            ratings={},
            listings=listings,
            next_listing=next_listing,
            orders={},
            lists=lists,
            contributions=[rng.randint(1, NUM_RELEASES) for _ in range(rng.randint(0, 80))],
            submissions=[
                (kind, rng.randint(1, {"releases": NUM_RELEASES, "artists": NUM_ARTISTS, "labels": NUM_LABELS}[kind]))
                for kind in rng.choices(("releases", "artists", "labels"), weights=(6, 2, 1), k=rng.randint(0, 60))
            ],
        )
        for n in range(1, (rng.randint(3, 25) if configured else rng.randint(0, 5)) + 1):
            order = self._new_order(rng, state, n)
            state.orders[order.id] = order
        return state

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
            "posted": rng.randint(_EPOCH_2024 - 10**8, _EPOCH_2024),
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
        created = rng.randint(_EPOCH_2024 - 10**8, _EPOCH_2024)
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
            shipping_address=f"{buyer}\n{rng.randint(1, 999)} Example St.\n{rng.choice(_CITIES)}",
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
                    "avatar_url": f"https://secure.gravatar.com/avatar/{_sig(author)[:32]}?s=300&r=pg&d=mm",
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

    # ------------------------------------------------------------------ user-facing documents
    def user_summary(self, username: str) -> JSON:
        """``{id, username, resource_url}``."""
        return {"id": self.user_id(username), "username": username, "resource_url": f"{API}/users/{username}"}

    def listing_doc(self, listing: JSON, *, owner_view: bool, currency: str) -> JSON:
        """A marketplace listing as ``GET /marketplace/listings/{id}`` shows it."""
        release_id = int(listing["release_id"])
        core = self.core(release_id)
        seller = self.user(str(listing["seller"]))
        original = str(listing["currency"])
        usd = float(listing["price"]) / CURRENCIES.get(original, ("$", 1.0, 1))[1]
        value = convert(usd, currency)
        doc: JSON = {
            "id": listing["id"],
            "resource_url": f"{API}/marketplace/listings/{listing['id']}",
            "uri": f"{WEB}/sell/item/{listing['id']}",
            "status": listing["status"],
            "condition": listing["condition"],
            "sleeve_condition": listing["sleeve_condition"],
            "comments": listing["comments"],
            "ships_from": listing["ships_from"],
            "posted": iso(float(listing["posted"])),
            "allow_offers": listing["allow_offers"],
            "offer_submitted": False,
            "audio": listing["audio"],
            "price": {"value": value, "currency": currency},
            "original_price": {
                "curr_abbr": original,
                "curr_id": CURRENCIES.get(original, ("$", 1.0, 1))[2],
                "formatted": money(float(listing["price"]), original),
                "value": float(listing["price"]),
            },
            "shipping_price": {"currency": currency, "value": round(convert(4.0, currency), 2)},
            "original_shipping_price": {
                "curr_abbr": original,
                "curr_id": CURRENCIES.get(original, ("$", 1.0, 1))[2],
                "formatted": money(convert(4.0, original), original),
                "value": round(convert(4.0, original), 2),
            },
            "seller": {
                "id": seller.user_id,
                "username": seller.username,
                "avatar_url": f"https://secure.gravatar.com/avatar/{_sig(seller.username)[:32]}?s=500&r=pg&d=mm",
                "stats": {
                    "rating": str(seller.profile["seller_rating"]),
                    "stars": 5.0,
                    "total": seller.profile["seller_num_ratings"],
                },
                "min_order_total": 0.0,
                "html_url": f"{WEB}/user/{seller.username}",
                "uid": seller.user_id,
                "url": f"{API}/users/{seller.username}",
                "payment": "PayPal",
                "shipping": "Ships worldwide within 3 days.",
                "resource_url": f"{API}/users/{seller.username}",
            },
            "release": {
                "catalog_number": core.catno,
                "resource_url": f"{API}/releases/{release_id}",
                "year": core.year,
                "id": release_id,
                "description": f"{self.display_title(release_id)} ({core.format_text})",
                "artist": self.artist_name(core.artist_id),
                "title": core.title,
                "format": core.format_text,
                "label": self.label_name(core.label_id),
                "thumbnail": self.thumb("R", release_id),
                "stats": {"community": {"in_wantlist": core.want, "in_collection": core.have}},
            },
            "in_cart": False,
        }
        if owner_view:
            for key in ("weight", "format_quantity", "external_id", "location"):
                doc[key] = listing[key]
            doc["quantity"] = 1
        return doc

    def order_doc(self, order: Order) -> JSON:
        """An order as ``GET /marketplace/orders/{id}`` shows it."""
        currency = str(self.user(order.seller).profile["curr_abbr"])
        return {
            "id": order.id,
            "resource_url": f"{API}/marketplace/orders/{order.id}",
            "messages_url": f"{API}/marketplace/orders/{order.id}/messages",
            "uri": f"{WEB}/sell/order/{order.id}",
            "status": order.status,
            "next_status": list(ORDER_STATUSES),
            "fee": {"currency": currency, "value": order.fee},
            "created": iso(order.created),
            "items": order.items,
            "shipping": {"currency": currency, "method": order.shipping_method, "value": order.shipping},
            "shipping_address": order.shipping_address,
            "additional_instructions": order.additional_instructions,
            "archived": order.archived,
            "seller": self.user_summary(order.seller),
            "last_activity": iso(order.last_activity),
            "buyer": self.user_summary(order.buyer),
            "total": {"currency": currency, "value": order.total},
        }

    def instance_doc(self, instance: Instance, *, public_fields_only: bool) -> JSON:
        """A collection item."""
        public = {f["id"] for f in COLLECTION_FIELDS if f["public"]}
        doc: JSON = {
            "id": instance.release_id,
            "instance_id": instance.instance_id,
            "date_added": iso(instance.date_added),
            "rating": instance.rating,
            "basic_information": self.basic_information(instance.release_id),
            "folder_id": instance.folder_id,
        }
        notes = [
            {"field_id": fid, "value": value}
            for fid, value in sorted(instance.notes.items())
            if not public_fields_only or fid in public
        ]
        if notes:
            doc["notes"] = notes
        return doc

    def want_doc(self, username: str, want: Want, *, owner_view: bool) -> JSON:
        """A wantlist item (``notes`` only for the owner)."""
        doc: JSON = {
            "id": want.release_id,
            "resource_url": f"{API}/users/{username}/wants/{want.release_id}",
            "rating": want.rating,
            "date_added": iso(want.date_added),
            "basic_information": self.basic_information(want.release_id),
        }
        if owner_view:
            doc["notes"] = want.notes
        return doc

    def list_summary(self, username: str, record: ListRecord) -> JSON:
        """An entry of ``/users/{username}/lists``."""
        return {
            "id": record.id,
            "name": record.name,
            "description": record.description,
            "public": record.public,
            "date_added": iso(record.date_added),
            "date_changed": iso(record.date_changed),
            "uri": f"{WEB}/lists/{_slug(record.name)}/{record.id}",
            "resource_url": f"{API}/lists/{record.id}",
            "image_url": "",
        }

    def list_item(self, kind: str, item_id: int, comment: str) -> JSON:
        """An item of ``/lists/{id}`` in the observed shape."""
        if kind in ("release", "master"):
            title = self.display_title(item_id)
            core = self.core(item_id)
            stats = {"community": {"in_wantlist": core.want, "in_collection": core.have}}
            image = self.thumb("R", item_id)
        else:
            title = self.artist_name(item_id) if kind == "artist" else self.label_name(item_id)
            stats = {"community": {"in_wantlist": 0, "in_collection": 0}}
            image = self.thumb("A" if kind == "artist" else "L", item_id)
        return {
            "type": kind,
            "id": item_id,
            "comment": comment,
            "uri": f"{WEB}/{kind}/{item_id}-{_slug(title)}",
            "resource_url": f"{API}/{kind}s/{item_id}",
            "image_url": image,
            "display_title": title,
            "stats": stats,
        }

    def submitted_artist(self, artist_id: int) -> JSON:
        """An artist as ``/users/{u}/submissions`` shows it (``members`` are plain names)."""
        artist = dict(self.artist(artist_id))
        if "members" in artist:
            artist["members"] = [member["name"] for member in artist["members"]]
        return artist


def iter_sorted(items: Iterable[V], key: Callable[[V], Any], order: str, default_desc: bool = False) -> list[V]:
    """Sort with ``sort_order`` (``asc``/``desc``; anything else means the default direction)."""
    reverse = order == "desc" if order in ("asc", "desc") else default_desc
    return sorted(items, key=key, reverse=reverse)


def price_suggestion_table(currency: str, base_usd: float) -> Mapping[str, JSON]:
    """Price suggestions per condition (unrounded floats in ``currency``)."""
    factors = (1.0, 0.9, 0.7, 0.5, 0.3, 0.2, 0.12, 0.06)
    return {
        condition: {"currency": currency, "value": convert(base_usd * factor, currency)}
        for condition, factor in zip(CONDITIONS, factors, strict=True)
    }
