"""Constants, word tables and small helpers of the data set (seeded RNGs, dates, money, image URLs, LRU)."""

from __future__ import annotations

import base64
import hashlib
import random
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable, Mapping
from datetime import UTC, datetime, timedelta, timezone
from typing import Any, Generic, TypeVar

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

PERM_K = 387_433  # odd and not a multiple of 5, so coprime with 2**13 * 5**3
PERM_K_INV = pow(PERM_K, -1, NUM_RELEASES)

GENERATED_USERS = 48
LISTING_BASE = 100_000_000
LISTINGS_PER_USER = 100_000
LIST_BASE = 10_000
SEARCH_CAP = 10_000
INVENTORY_PAGE_CAP = 100

TZ = timezone(timedelta(hours=-7))
EPOCH_2004 = 1_072_915_200
EPOCH_2024 = 1_704_067_200

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

GENRES: dict[str, tuple[str, ...]] = {
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
GENRE_NAMES = tuple(GENRES)
# (format name, description sets, quantity choices, grams per unit)
FORMATS: tuple[tuple[str, tuple[tuple[str, ...], ...], tuple[int, ...], int], ...] = (
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
COUNTRIES = ("US", "UK", "Germany", "France", "Japan", "Netherlands", "Italy", "Canada", "Sweden", "Europe")
ADJ = (
    "Silent", "Electric", "Golden", "Broken", "Hidden", "Velvet", "Crystal", "Midnight", "Distant", "Frozen",
    "Burning", "Lost", "Endless", "Wild", "Secret", "Neon", "Hollow", "Bright", "Paper", "Iron", "Solar", "Lunar",
    "Quiet", "Restless", "Blue", "Crimson", "Northern", "Faded", "Final", "Sacred", "Strange", "Bitter", "Rising",
)  # fmt: skip
NOUN = (
    "Phase", "Universe", "Garden", "River", "Machine", "Dream", "Signal", "Horizon", "Echo", "Mirror", "Forest",
    "Ocean", "City", "Engine", "Station", "Harbor", "Motion", "Circuit", "Season", "Shadow", "Light", "Memory",
    "Voyage", "Pulse", "Orbit", "Island", "Tide", "Fire", "Stone", "Glass", "Heart", "Theory", "Empire", "Atlas",
)  # fmt: skip
FIRST = (
    "Anna", "Ben", "Carla", "David", "Elena", "Felix", "Greta", "Hugo", "Ines", "Jonas", "Kara", "Leo", "Maya",
    "Nils", "Olga", "Paul", "Rita", "Sven", "Tara", "Umar", "Vera", "Walt", "Xenia", "Yusuf", "Zoe", "Oscar",
)  # fmt: skip
LAST = (
    "Andersson", "Becker", "Costa", "Dubois", "Eriksen", "Fischer", "Garcia", "Hansen", "Ito", "Jensen",
    "Kowalski", "Larsen", "Moreau", "Novak", "Olsen", "Petrov", "Quinn", "Rossi", "Schmidt", "Tanaka", "Vargas",
)  # fmt: skip
LABEL_WORDS = ("Records", "Recordings", "Music", "Sound", "Audio", "Tapes", "Editions", "Works", "Productions")
CITIES = ("Berlin", "Detroit", "London", "Tokyo", "Chicago", "Paris", "Amsterdam", "Stockholm", "Toronto")
ROLES = ("Producer", "Mastered By", "Written-By", "Design", "Mixed By", "Photography By", "Engineer", "Lacquer Cut By")
COMPANY_TYPES = (
    ("13", "Phonographic Copyright (p)"),
    ("14", "Copyright (c)"),
    ("23", "Pressed By"),
    ("29", "Mastered At"),
    ("17", "Recorded At"),
)
DATA_QUALITY = ("Correct", "Needs Vote", "Complete and Correct", "Needs Minor Changes")
SENTENCES = (
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


def rng_for(seed: int, *parts: object) -> random.Random:
    return random.Random(":".join(map(str, (seed, *parts))))


def iso(ts: float) -> str:
    """An ISO timestamp with the -07:00 offset Discogs uses."""
    return datetime.fromtimestamp(ts, TZ).isoformat(timespec="seconds")


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


def slugify(text: str) -> str:
    return "-".join("".join(ch if ch.isalnum() else " " for ch in text).split())


def image_url(signature: str, quality: int, height: int, width: int, blob: str) -> str:
    return f"{IMAGES}/{signature}/rs:fit/g:sm/q:{quality}/h:{height}/w:{width}/{blob}.jpeg"


def image_signature(seed: int, letter: str, owner_id: int, n: int, *extra: object) -> str:
    """The signature part of an image URL (``extra`` is ``(150,)`` for the 150px variant)."""
    return signature_of(seed, letter, owner_id, n, *extra)


def signature_of(*parts: object) -> str:
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


COLLECTION_FIELDS: tuple[JSON, ...] = (
    {"name": "Media", "options": list(CONDITIONS), "id": 1, "position": 1, "type": "dropdown", "public": True},
    {"name": "Sleeve", "options": list(SLEEVE_CONDITIONS), "id": 2, "position": 2, "type": "dropdown", "public": True},
    {"name": "Notes", "lines": 3, "id": 3, "position": 3, "type": "textarea", "public": True},
    {"name": "Purchase price", "lines": 1, "id": 4, "position": 4, "type": "textarea", "public": False},
)


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
