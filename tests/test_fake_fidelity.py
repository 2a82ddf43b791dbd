"""The fake answers as Discogs does: valid JSON only, nulls where the API sends them, text formats, search filters."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from discogs_async.testing import FakeConfig, create_app
from discogs_async.testing.data import FakeData
from discogs_async.testing.data.search import SEARCH_FILTERS

UA = {"User-Agent": "DiscogsAsyncTests/1.0 +https://example.invalid"}
EXAMPLE = {**UA, "Authorization": "Discogs token=fake-user-token"}


def strict_json(text: str) -> Any:
    """Parse as a JavaScript client would: NaN and Infinity are not JSON."""

    def refuse(constant: str) -> Any:
        raise ValueError(f"not JSON: {constant}")

    return json.loads(text, parse_constant=refuse)


@pytest.fixture(scope="module")
def app() -> Any:
    return create_app(FakeConfig(rate_limit=None))


def get(app: Any, path: str, params: dict[str, str] | None = None, headers: dict[str, str] | None = None) -> Any:
    async def run() -> httpx.Response:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
            return await c.get(path, params=params, headers=headers or EXAMPLE)

    return asyncio.run(run())


# ---------------------------------------------------------------------- numbers and nulls
async def test_huge_prices_are_refused_so_no_answer_carries_infinity() -> None:
    app = create_app(FakeConfig(rate_limit=None))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver") as c:
        body = {"release_id": 1, "condition": "Mint (M)", "status": "For Sale"}
        for price in (1e308, 1_000_000.01, -1):
            refused = await c.post("/marketplace/listings", json={**body, "price": price}, headers=EXAMPLE)
            assert refused.status_code == 422 and "price" in refused.json()["message"]
        created = await c.post("/marketplace/listings", json={**body, "price": 1_000_000}, headers=EXAMPLE)
        assert created.status_code == 201
        listing_id = created.json()["listing_id"]
        in_yen = await c.get(f"/marketplace/listings/{listing_id}", params={"curr_abbr": "JPY"}, headers=EXAMPLE)
        assert strict_json(in_yen.text)["price"]["value"] > 1_000_000
        heavy = await c.post(f"/marketplace/listings/{listing_id}", json={"weight": 1e308}, headers=EXAMPLE)
        assert heavy.status_code == 422


def test_marketplace_stats_send_null_when_nothing_is_for_sale(app: Any) -> None:
    data: FakeData = app.state.fake.data
    empty = next(r for r in range(1, 500) if data.lowest_price(r)[0] == 0 and not data.release(r)["blocked_from_sale"])
    stats = get(app, f"/marketplace/stats/{empty}").json()
    assert stats == {"num_for_sale": None, "lowest_price": None, "blocked_from_sale": False}
    selling = next(r for r in range(1, 500) if data.lowest_price(r)[0] > 0)
    assert get(app, f"/marketplace/stats/{selling}").json()["num_for_sale"] == data.lowest_price(selling)[0]


# ---------------------------------------------------------------------- text formats
@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        (None, "I collect records. [b]Mostly vinyl.[/b]"),
        ("application/vnd.discogs.v2.discogs+json", "I collect records. [b]Mostly vinyl.[/b]"),
        ("application/vnd.discogs.v2.plaintext+json", "I collect records. Mostly vinyl."),
        ("application/vnd.discogs.v2.html+json", "I collect records. <strong>Mostly vinyl.</strong>"),
        ("application/json", "I collect records. [b]Mostly vinyl.[/b]"),
    ],
)
def test_accept_chooses_the_text_format(app: Any, accept: str | None, expected: str) -> None:
    headers = {**EXAMPLE, **({"Accept": accept} if accept else {})}
    assert get(app, "/users/example", headers=headers).json()["profile"] == expected


def test_html_format_escapes_and_breaks_lines(app: Any) -> None:
    notes = get(app, "/releases/5").json()["notes"]
    html = get(app, "/releases/5", headers={**EXAMPLE, "Accept": "application/vnd.discogs.v2.html+json"})
    assert "\r\n" in notes and html.json()["notes"].count("<br />") == notes.count("\r\n")


# ---------------------------------------------------------------------- search
@pytest.fixture(scope="module")
def data() -> Iterator[FakeData]:
    yield FakeData(0, ("example", "rodneyfool"))


def search(app: Any, params: dict[str, str], per_page: int = 100) -> dict[str, Any]:
    answer = get(app, "/database/search", {**params, "per_page": str(per_page)})
    assert answer.status_code == 200, answer.text
    body: dict[str, Any] = answer.json()
    return body


def test_search_totals_come_from_the_data(app: Any) -> None:
    everything = search(app, {})["pagination"]["items"]
    assert everything > 10_000
    assert search(app, {"q": "zzzzzznothing"})["pagination"]["items"] == 0
    releases = search(app, {"type": "release"})["pagination"]["items"]
    assert releases < everything
    year = search(app, {"year": "1991", "type": "release"})
    assert 0 < year["pagination"]["items"] < releases
    assert {result["year"] for result in year["results"]} == {"1991"}


def test_the_text_filters_find_what_the_release_says(app: Any, data: FakeData) -> None:
    rid = next(r for r in range(1, 200) if any(i["type"] == "Barcode" for i in data.release(r)["identifiers"]))
    release = data.release(rid)
    track = release["tracklist"][0]["title"]
    by_track = search(app, {"track": track, "release_title": release["title"]})
    assert rid in {r["id"] for r in by_track["results"] if r["type"] == "release"}
    barcode = next(i["value"] for i in release["identifiers"] if i["type"] == "Barcode")
    found = search(app, {"barcode": barcode, "type": "release", "year": str(data.core(rid).year)})["results"]
    assert {r["id"] for r in found} == {rid}
    for result in by_track["results"]:
        titles = [t["title"].lower() for t in data.release(result["id"])["tracklist"]]
        assert any(track.lower() in title for title in titles)
    submitter = release["community"]["submitter"]["username"]
    found = search(app, {"submitter": submitter, "type": "release"})
    assert rid in {r["id"] for r in found["results"]}
    for result in found["results"]:
        assert data.release(result["id"])["community"]["submitter"]["username"] == submitter
    credited = release["extraartists"][0]["name"] if release["extraartists"] else release["artists"][0]["name"]
    by_credit = search(app, {"credit": credited, "type": "release"})
    for result in by_credit["results"]:
        names = [a["name"] for a in data.release(result["id"])["extraartists"]]
        names += [a["name"] for t in data.release(result["id"])["tracklist"] for a in t.get("extraartists", [])]
        assert any(credited.lower() in name.lower() for name in names)


# Values that occur in the index, so the filters select something.
WORDS = ["the", "city", "engine", "season", "hidden", "of", "a", "dj", "records", "lp"]
FILTER_VALUES: dict[str, list[str]] = {
    "q": WORDS,
    "type": ["release", "master", "artist", "label"],
    "title": WORDS,
    "release_title": WORDS,
    "artist": WORDS,
    "label": ["records", "music", "sound", "tapes"],
    "genre": ["rock", "electronic", "jazz", "hip hop"],
    "style": ["house", "techno", "punk", "boom bap"],
    "country": ["us", "uk", "germany", "japan"],
    "year": ["1991", "1975", "2003", "1968"],
    "format": ["vinyl", "cd", "lp", "album", "cassette"],
    "catno": ["1", "0", "sor"],
}
filters = st.dictionaries(st.sampled_from(sorted(FILTER_VALUES)), st.just(""), max_size=3).flatmap(
    lambda keys: st.fixed_dictionaries({k: st.sampled_from(FILTER_VALUES[k]) for k in keys})
)


def _matches(result: dict[str, Any], name: str, value: str) -> bool:
    """Whether a result document satisfies a filter, judged from the document alone."""
    fields = {
        "type": [result["type"]],
        "title": [result["title"]],
        "label": result.get("label", [result["title"]] if result["type"] == "label" else []),
        "genre": result.get("genre", []),
        "style": result.get("style", []),
        "country": [result.get("country", "")],
        "year": [result.get("year", "")],
        "format": result.get("format", []),
        "catno": [result.get("catno", "")],
    }
    if name in ("type", "genre", "style", "country", "year", "format"):
        return value in [v.lower() for v in fields[name]]
    if name in fields:
        return any(value in v.lower() for v in fields[name])
    if name == "q":
        text = " ".join((result["title"], *result.get("label", []))).lower()
        return all(word in text for word in value.split())
    return True  # release_title, artist: checked against the data set below


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(base=filters, extra=st.sampled_from(sorted(FILTER_VALUES)), data_strategy=st.data())
def test_adding_a_filter_never_raises_the_count_and_every_result_matches(
    app: Any, data: FakeData, base: dict[str, str], extra: str, data_strategy: st.DataObject
) -> None:
    assume(extra not in base)  # a filter added, not one replaced
    value = data_strategy.draw(st.sampled_from(FILTER_VALUES[extra]))
    narrower = {**base, extra: value}
    wide = search(app, base, per_page=1)
    narrow = search(app, narrower, per_page=25)
    assert narrow["pagination"]["items"] <= wide["pagination"]["items"]
    for result in narrow["results"]:
        for name, wanted in narrower.items():
            assert _matches(result, name, wanted), (name, wanted, result)
        if result["type"] in ("release", "master"):
            core = data.core(result["id"])
            if "release_title" in narrower:
                assert narrower["release_title"] in core.title.lower()
            if "artist" in narrower:
                assert narrower["artist"] in data.artist_name(core.artist_id).lower()


def test_every_documented_filter_is_known() -> None:
    documented = {"q", "type", "title", "release_title", "credit", "artist", "anv", "label", "genre", "style"}
    documented |= {"country", "year", "format", "catno", "barcode", "track", "submitter", "contributor"}
    assert set(SEARCH_FILTERS) == documented
