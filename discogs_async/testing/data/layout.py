"""Where every release, artist and label lives: seeded partitions, names and image URLs."""

from __future__ import annotations

import base64
import bisect
import itertools
import random
from collections.abc import Sequence

from .base import (
    ADJ,
    ARTIST_BUCKET,
    ARTIST_BUCKET_RELEASES,
    ARTIST_ONE_RELEASES,
    FIRST,
    GENERATED_USERS,
    GENRE_NAMES,
    GENRES,
    JSON,
    LABEL_BUCKET,
    LABEL_BUCKET_RELEASES,
    LABEL_ONE_RELEASES,
    LABEL_WORDS,
    LAST,
    LRU,
    NOUN,
    NUM_ARTISTS,
    NUM_LABELS,
    NUM_RELEASES,
    PERM_K,
    PERM_K_INV,
    image_url,
    rng_for,
    signature_of,
)
from .records import ArtistLayout, ReleaseCore, UserState


class Layout:
    """Where every release, artist and label lives: seeded partitions, names and image URLs."""

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
        rng = rng_for(seed, "usernames")
        while len(names) < len(users) + GENERATED_USERS:
            name = f"{rng.choice(ADJ).lower()}_{rng.choice(NOUN).lower()}{rng.randint(1, 999)}"
            if name.lower() not in {n.lower() for n in names}:
                names.append(name)
        self.usernames: tuple[str, ...] = tuple(names)
        self._user_index = {name.lower(): i for i, name in enumerate(self.usernames)}
        self._users: dict[str, UserState] = {}

    # ------------------------------------------------------------------ layout
    def _partition(self, kind: str, bucket: int, members: int, total: int) -> tuple[int, ...]:
        rng = rng_for(self.seed, kind, bucket)
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
        return (release_id - 1) * PERM_K % NUM_RELEASES + 1

    @staticmethod
    def _unperm(position: int) -> int:
        return (position - 1) * PERM_K_INV % NUM_RELEASES + 1

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
            rng = rng_for(self.seed, "artist-groups", artist_id)
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
        rng = rng_for(self.seed, "artist-name", artist_id)
        kind = rng.random()
        if kind < 0.45:
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        elif kind < 0.9:
            name = (
                f"The {rng.choice(ADJ)} {rng.choice(NOUN)}s"
                if rng.random() < 0.4
                else f"{rng.choice(ADJ)} {rng.choice(NOUN)}"
            )
        else:
            name = f"DJ {rng.choice(ADJ)}"
        return f"{name} ({artist_id % 7 + 2})" if artist_id % 13 == 0 else name

    def _artist_is_person(self, artist_id: int) -> bool:
        return rng_for(self.seed, "artist-name", artist_id).random() < 0.45

    def label_name(self, label_id: int) -> str:
        """The display name of a label."""

        def build() -> str:
            rng = rng_for(self.seed, "label-name", label_id)
            return f"{rng.choice(ADJ)} {rng.choice(NOUN)} {rng.choice(LABEL_WORDS)}"

        return self._names.get(("label", label_id), build)

    def _artist_genre(self, artist_id: int) -> tuple[str, tuple[str, ...]]:
        def build() -> tuple[str, tuple[str, ...]]:
            rng = rng_for(self.seed, "artist-genre", artist_id)
            genre = rng.choice(GENRE_NAMES)
            return genre, tuple(rng.sample(GENRES[genre], k=min(3, len(GENRES[genre]))))

        return self._genres.get(artist_id, build)

    def _title(self, rng: random.Random) -> str:
        pattern = rng.randrange(6)
        a, n, n2 = rng.choice(ADJ), rng.choice(NOUN), rng.choice(NOUN)
        return (f"{a} {n}", f"The {n}", f"{n} Of The {n2}", f"{a} {n}s", f"{n}", f"{a} {n} EP")[pattern]

    # ------------------------------------------------------------------ images
    def images(self, letter: str, owner_id: int, count: int, rng: random.Random) -> list[JSON]:
        """``count`` image objects in the 2022+ ``i.discogs.com`` style."""
        result = []
        for n in range(count):
            width, height = rng.choice((600, 600, 500, 598)), rng.choice((600, 600, 599, 480, 399))
            blob = base64.urlsafe_b64encode(f"discogs-images/{letter}-{owner_id}-{n}.jpeg".encode()).decode()
            blob = blob.rstrip("=")
            uri = image_url(signature_of(self.seed, letter, owner_id, n), 90, height, width, blob)
            uri150 = image_url(signature_of(self.seed, letter, owner_id, n, 150), 40, 150, 150, blob)
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
        return image_url(signature_of(self.seed, letter, owner_id, 0, 150), 40, 150, 150, blob)
