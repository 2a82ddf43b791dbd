"""Database search over the data set: the documented filters, applied to an index of its first releases.

The index holds releases ``1..SEARCH_RELEASES`` with, in order of first appearance, their masters and artists,
then every label (about 17,000 entries: the empty query and ``type=label`` show the 10,000-result cap). It is
the same for every app with the same seed, so it is built once per process and seed (about a second). Each
entry carries the lower-cased values of the cheap filters; ``credit``, ``anv``, ``track``, ``barcode``,
``submitter`` and ``contributor`` come from parts of the release and are computed on the first search that
uses one of them (a few seconds), then kept. A filter that an entry has no value for (``year`` on an artist)
excludes it, so adding a filter never raises a count and every result matches every filter.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .artists import ArtistsLabels
from .base import API, JSON, LRU, NUM_LABELS, rng_for, slugify
from .records import ReleaseCore

__all__ = ["SEARCH_FILTERS", "SEARCH_RELEASES", "Search", "SearchEntry"]

SEARCH_RELEASES = 5_120
SEARCH_TYPES = ("release", "master", "artist", "label")
# Filters matched as a case-insensitive substring of any value, and those matched as equal to one.
_SUBSTRING = ("title", "release_title", "credit", "artist", "anv", "label", "catno", "barcode", "track")
# submitter and contributor are usernames: matched whole.
_EXACT = ("genre", "style", "country", "year", "format")
_FULL_RELEASE = ("credit", "anv", "track", "barcode", "submitter", "contributor")
SEARCH_FILTERS = ("q", "type", *_SUBSTRING, *_EXACT, "submitter", "contributor")


@dataclass(frozen=True)
class SearchEntry:
    """One entry of the index: its kind, id, the release it describes (0 for artists and labels), its values."""

    kind: str
    id: int
    release_id: int
    values: Mapping[str, tuple[str, ...]]
    core: ReleaseCore | None = None

    @property
    def text(self) -> str:
        """What ``q`` searches: titles, artists and labels."""
        return " ".join((*self.values.get("title", ()), *self.values.get("artist", ()), *self.values.get("label", ())))


_INDEXES: dict[int, tuple[SearchEntry, ...]] = {}
_FULL: dict[tuple[int, int], Mapping[str, tuple[str, ...]]] = {}
_LOCK = threading.Lock()


def _lower(*values: str) -> tuple[str, ...]:
    return tuple(value.lower() for value in values if value)


class Search(ArtistsLabels):
    """Database search over the data set."""

    def __init__(self, seed: int = 0, users: Sequence[str] = (), cache_size: int = 1024) -> None:
        super().__init__(seed, users, cache_size)
        self._search_cache: LRU[tuple[tuple[str, str], ...], list[int]] = LRU(64)

    # ------------------------------------------------------------------ the index
    def search_index(self) -> tuple[SearchEntry, ...]:
        """The entries every search filters (built on first use, shared by every data set of this seed)."""
        with _LOCK:
            index = _INDEXES.get(self.seed)
            if index is None:
                index = _INDEXES[self.seed] = self._build_index()
            return index

    def _release_values(self, release_id: int) -> dict[str, tuple[str, ...]]:
        core = self.core(release_id)
        artist, title = self.artist_name(core.artist_id), core.title
        return {
            "title": _lower(f"{artist} - {title}"),
            "release_title": _lower(title),
            "artist": _lower(artist),
            "label": _lower(self.label_name(core.label_id)),
            "genre": _lower(*core.genres),
            "style": _lower(*core.styles),
            "country": _lower(core.country),
            "year": _lower(str(core.year) if core.year else ""),
            "format": _lower(core.format_name, *core.descriptions),
            "catno": _lower(core.catno),
        }

    def _build_index(self) -> tuple[SearchEntry, ...]:
        entries: list[SearchEntry] = []
        artists: set[int] = set()
        for release_id in range(1, SEARCH_RELEASES + 1):
            core = self.core(release_id)
            values = self._release_values(release_id)
            entries.append(SearchEntry("release", release_id, release_id, values, core))
            if core.master_id == release_id:
                entries.append(SearchEntry("master", release_id, release_id, values, core))
            if core.artist_id not in artists:
                artists.add(core.artist_id)
                name = _lower(self.artist_name(core.artist_id))
                entries.append(SearchEntry("artist", core.artist_id, 0, {"title": name, "artist": name}))
        for label_id in range(1, NUM_LABELS + 1):
            name = _lower(self.label_name(label_id))
            entries.append(SearchEntry("label", label_id, 0, {"title": name, "label": name}))
        return tuple(entries)

    def _full_values(self, entry: SearchEntry) -> Mapping[str, tuple[str, ...]]:
        key = (self.seed, entry.release_id)
        found = _FULL.get(key)
        if found is None:
            release_id = entry.release_id
            core = entry.core or self.core(release_id)
            tracks = self.tracklist(core)
            credits = [a["name"] for a in self.credits(core)]
            credits += [a["name"] for track in tracks for a in track.get("extraartists", [])]
            people = self.contributors(release_id)
            found = {
                "credit": _lower(*credits),
                "anv": _lower(*(a["anv"] for a in self.release_artists(core))),
                "track": _lower(*(t["title"] for t in tracks)),
                "barcode": _lower(*(i["value"] for i in self.identifiers(core) if i["type"] == "Barcode")),
                "submitter": _lower(people[0]),
                "contributor": _lower(*people),
            }
            with _LOCK:
                _FULL[key] = found
        return found

    # ------------------------------------------------------------------ matching
    def _values(self, entry: SearchEntry, name: str) -> tuple[str, ...]:
        if name in _FULL_RELEASE:
            return self._full_values(entry)[name] if entry.release_id else ()
        return entry.values.get(name, ())

    def _matches(self, entry: SearchEntry, filters: Sequence[tuple[str, str]]) -> bool:
        for name, wanted in filters:
            if name == "q":
                if not all(word in entry.text for word in wanted.split()):
                    return False
            elif name == "type":
                if entry.kind != wanted:
                    return False
            elif name in _EXACT or name in ("submitter", "contributor"):
                if wanted not in self._values(entry, name):
                    return False
            elif not any(wanted in value for value in self._values(entry, name)):
                return False
        return True

    def search(self, params: Mapping[str, str]) -> list[int]:
        """Positions in :meth:`search_index` of the entries matching every filter in ``params`` (blank ones ignored)."""
        filters = tuple(sorted((k, v.strip().lower()) for k, v in params.items() if k in SEARCH_FILTERS and v.strip()))
        return self._search_cache.get(filters, lambda: self._search(filters))

    def _search(self, filters: tuple[tuple[str, str], ...]) -> list[int]:
        ordered = sorted(filters, key=lambda pair: pair[0] in _FULL_RELEASE)  # the cheap filters first
        return [position for position, entry in enumerate(self.search_index()) if self._matches(entry, ordered)]

    # ------------------------------------------------------------------ result documents
    def search_result(self, entry: SearchEntry) -> JSON:
        """The result document of an index entry."""
        if entry.kind == "artist":
            return self._entity_result("artist", entry.id, self.artist_name(entry.id), "A", f"/artist/{entry.id}")
        if entry.kind == "label":
            return self._entity_result("label", entry.id, self.label_name(entry.id), "L", f"/label/{entry.id}")
        rid, kind = entry.release_id, entry.kind
        core = self.core(rid)
        release = self.release(rid)
        barcodes = [i["value"] for i in release["identifiers"] if i["type"] == "Barcode"]
        return {
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
            "uri": f"/{slugify(self.display_title(rid))}/{kind}/{rid}",
            "catno": core.catno,
            "title": self.display_title(rid),
            "thumb": self.thumb("R", rid),
            "cover_image": release["images"][0]["uri"],
            "resource_url": f"{API}/{kind}s/{rid}",
            "community": {"want": core.want, "have": core.have},
            "format_quantity": core.qty,
            "formats": self.formats(core),
        }

    def _entity_result(self, kind: str, entity_id: int, title: str, letter: str, uri: str) -> JSON:
        return {
            "id": entity_id,
            "type": kind,
            "master_id": None,
            "master_url": None,
            "uri": f"{uri}-{slugify(title)}",
            "title": title,
            "thumb": self.thumb(letter, entity_id),
            "cover_image": self.images(letter, entity_id, 1, rng_for(self.seed, kind, entity_id))[0]["uri"],
            "resource_url": f"{API}/{kind}s/{entity_id}",
        }
