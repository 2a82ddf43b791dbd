"""Releases and masters, built lazily per id."""

from __future__ import annotations

import random
from datetime import datetime

from .base import (
    ADJ,
    API,
    COMPANY_TYPES,
    COUNTRIES,
    DATA_QUALITY,
    EPOCH_2004,
    EPOCH_2024,
    FORMATS,
    GENRE_NAMES,
    JSON,
    NUM_ARTISTS,
    NUM_LABELS,
    ROLES,
    SENTENCES,
    WEB,
    iso,
    rng_for,
    signature_of,
    slugify,
)
from .layout import Layout
from .records import ReleaseCore


class Releases(Layout):
    """Releases and masters, built lazily per id."""

    # ------------------------------------------------------------------ releases
    def core(self, release_id: int) -> ReleaseCore:
        """The cheap summary of a release (the id must exist)."""

        def build() -> ReleaseCore:
            artist_id = self.artist_of(release_id)
            layout = self.layout(artist_id)
            is_master, ids = layout.groups[layout.group_of[release_id - layout.start]]
            rng = rng_for(self.seed, "release", release_id)
            genre, styles = self._artist_genre(artist_id)
            if is_master:
                mrng = rng_for(self.seed, "master", ids[0])
                title = self._title(mrng)
                base_year = mrng.randint(1958, 2023)
                year = (
                    base_year if release_id == ids[0] else min(2025, base_year + rng.choice((0, 1, 2, 5, 10, 20, 30)))
                )
            else:
                title = self._title(rng_for(self.seed, "title", release_id))
                year = 0 if rng.random() < 0.02 else rng.randint(1958, 2024)
            fmt_name, desc_sets, qtys, grams = rng.choice(FORMATS)
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
                country=rng.choice(COUNTRIES),
                format_name=fmt_name,
                descriptions=rng.choice(desc_sets),
                qty=rng.choice(qtys),
                grams=grams,
                catno=f"{prefix} {rng.randint(1, 999):03d}",
                genres=(genre,) if rng.random() < 0.7 else (genre, rng.choice(GENRE_NAMES)),
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

    # The parts of a release that search filters on come from streams of their own, so that search can build
    # them without building the whole release.
    def release_artists(self, core: ReleaseCore) -> list[JSON]:
        """The ``artists`` of a release (a second one joined now and then; an ``anv`` now and then)."""
        rng = rng_for(self.seed, "release-artists", core.id)
        name = self.artist_name(core.artist_id)
        anv = rng.choice((name.upper(), name.replace("The ", ""))) if rng.random() < 0.1 else ""
        artists = [self.artist_ref(core.artist_id, anv=anv if anv != name else "")]
        if rng.random() < 0.12:
            artists[0]["join"] = rng.choice(("&", "Feat.", ","))
            artists.append(self.artist_ref(rng.randint(1, NUM_ARTISTS)))
        return artists

    def contributors(self, release_id: int) -> list[str]:
        """The usernames of a release's submitter (first) and contributors."""
        rng = rng_for(self.seed, "release-community", release_id)
        return [f"{rng.choice(ADJ).lower()}{rng.randint(1, 99)}" for _ in range(rng.randint(1, 4))]

    def identifiers(self, core: ReleaseCore) -> list[JSON]:
        """The barcode and matrix identifiers of a release (either may be missing)."""
        rng = rng_for(self.seed, "release-identifiers", core.id)
        return [
            {"type": "Barcode", "value": f"{rng.randint(10**11, 10**12 - 1)}"},
            {"type": "Matrix / Runout", "value": f"{core.catno}-A", "description": "Side A"},
        ][: rng.randint(0, 2)]

    def credits(self, core: ReleaseCore) -> list[JSON]:
        """The release-level ``extraartists``."""
        rng = rng_for(self.seed, "release-credits", core.id)
        return [self.artist_ref(rng.randint(1, NUM_ARTISTS), role=rng.choice(ROLES)) for _ in range(rng.randint(0, 5))]

    def tracklist(self, core: ReleaseCore) -> list[JSON]:
        """The tracklist of a release, with a track-level credit now and then."""
        rng = rng_for(self.seed, "release-tracks", core.id)
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
                track["extraartists"] = [self.artist_ref(rng.randint(1, NUM_ARTISTS), role=rng.choice(ROLES))]
            tracks.append(track)
        return tracks

    def _videos(self, title: str, rng: random.Random) -> list[JSON]:
        return [
            {
                "uri": f"https://www.youtube.com/watch?v={signature_of(self.seed, title, n)[:11]}",
                "title": f"{title} ({rng.choice(('Official Audio', 'Live', 'Full Album', 'Remastered'))})",
                "description": rng.choice(SENTENCES),
                "duration": rng.randint(90, 3600),
                "embed": True,
            }
            for n in range(rng.choice((0, 0, 1, 2, 3)))
        ]

    def lowest_price(self, release_id: int) -> tuple[int, float | None]:
        """``(num_for_sale, lowest price in USD or None)`` of a release."""
        rng = rng_for(self.seed, "market", release_id)
        count = rng.choice((0, 0, rng.randint(1, 80)))
        return count, (round(rng.uniform(0.5, 120.0), 2) if count else None)

    def release(self, release_id: int) -> JSON:
        """The full release object (ids must exist), shaped like the documentation and the live captures."""
        return self._releases.get(release_id, lambda: self._build_release(release_id))

    def _build_release(self, release_id: int) -> JSON:
        core = self.core(release_id)
        rng = rng_for(self.seed, "release-full", release_id)
        artists = self.release_artists(core)
        artists[0]["thumbnail_url"] = self.thumb("A", core.artist_id)
        label = self.label_ref(core.label_id, core.catno)
        label["thumbnail_url"] = self.thumb("L", core.label_id)
        contributors = self.contributors(release_id)
        num_for_sale, lowest = self.lowest_price(release_id)
        added = rng.randint(EPOCH_2004, EPOCH_2024)
        artists_sort = " ".join(a["name"] + (f" {a['join']}" if a["join"] else "") for a in artists)
        display = f"{artists_sort} - {core.title}"
        release: JSON = {
            "id": release_id,
            "status": "Accepted",
            "year": core.year,
            "resource_url": f"{API}/releases/{release_id}",
            "uri": f"{WEB}/release/{release_id}-{slugify(display)}",
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
                for code, type_name in rng.sample(COMPANY_TYPES, k=rng.randint(0, 3))
                for company_id in (rng.randint(1, NUM_LABELS),)
            ],
            "formats": self.formats(core),
            "data_quality": rng.choice(DATA_QUALITY),
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
            "identifiers": self.identifiers(core),
            "videos": self._videos(core.title, rng),
            "genres": list(core.genres),
            "styles": list(core.styles),
            "tracklist": self.tracklist(core),
            "extraartists": self.credits(core),
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
            release["notes"] = "\r\n".join(rng.sample(SENTENCES, k=rng.randint(1, 4))) + "\r\n"
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
            "uri": f"{WEB}/master/{master_id}-{slugify(self.display_title(master_id))}",
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
