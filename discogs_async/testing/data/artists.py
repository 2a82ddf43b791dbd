"""Artists (with discographies) and labels."""

from __future__ import annotations

from .base import API, CITIES, DATA_QUALITY, JSON, NUM_ARTISTS, NUM_LABELS, SENTENCES, WEB, rng_for, slugify
from .releases import Releases


class ArtistsLabels(Releases):
    """Artists (with discographies) and labels."""

    # ------------------------------------------------------------------ artists and labels
    def artist(self, artist_id: int) -> JSON:
        """The artist object (the id must exist)."""
        return self._artists.get(artist_id, lambda: self._build_artist(artist_id))

    def _build_artist(self, artist_id: int) -> JSON:
        rng = rng_for(self.seed, "artist", artist_id)
        name = self.artist_name(artist_id)
        genre, styles = self._artist_genre(artist_id)
        artist: JSON = {
            "name": name,
            "id": artist_id,
            "resource_url": f"{API}/artists/{artist_id}",
            "uri": f"{WEB}/artist/{artist_id}-{slugify(name)}",
            "releases_url": f"{API}/artists/{artist_id}/releases",
            "images": self.images("A", artist_id, rng.randint(1, 3), rng),
            "profile": f"{genre} act from {rng.choice(CITIES)}, known for {', '.join(styles).lower()}.\r\n"
            + rng.choice(SENTENCES),
            "urls": [f"https://{slugify(name).lower()}.example.com/", f"https://en.wikipedia.org/wiki/{slugify(name)}"][
                : rng.randint(0, 2)
            ],
            "namevariations": [name.upper(), name.replace("The ", "")][: rng.randint(0, 2)],
            "data_quality": rng.choice(DATA_QUALITY),
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
        rng = rng_for(self.seed, "label", label_id)
        name = self.label_name(label_id)
        city = rng.choice(CITIES)
        label: JSON = {
            "id": label_id,
            "name": name,
            "resource_url": f"{API}/labels/{label_id}",
            "uri": f"{WEB}/label/{label_id}-{slugify(name)}",
            "releases_url": f"{API}/labels/{label_id}/releases",
            "images": self.images("L", label_id, rng.randint(1, 2), rng),
            "contact_info": f"{name}\r\nP.O. Box {rng.randint(100, 99999)}\r\n{city}\r\n",
            "profile": f"Independent label from {city}.\r\n{rng.choice(SENTENCES)}",
            "data_quality": rng.choice(DATA_QUALITY),
            "urls": [f"https://{slugify(name).lower()}.example.com"][: rng.randint(0, 1)],
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
