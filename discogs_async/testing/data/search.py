"""Database search over the data set."""

from __future__ import annotations

from .artists import ArtistsLabels
from .base import API, JSON, NUM_ARTISTS, NUM_LABELS, NUM_RELEASES, SEARCH_CAP, rng_for, slugify


class Search(ArtistsLabels):
    """Database search over the data set."""

    # ------------------------------------------------------------------ search
    def search_total(self, key: str) -> int:
        """How many results a (normalised) query has; at most ``SEARCH_CAP`` are reachable."""
        rng = rng_for(self.seed, "search-total", key)
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
        rng = rng_for(self.seed, "search", key, index)
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
        if kind == "master":
            result["resource_url"] = f"{API}/masters/{rid}"
        return result

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
