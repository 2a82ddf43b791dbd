"""Bad input, both ways: arguments the spec does not allow are refused before anything is sent, and answers that do
not match the spec raise UnexpectedResponse with their raw text kept.

Each refused argument is checked three ways: `InvalidArgument` is raised, its message names the argument and what
it allows, and the transport saw no request at all. `test_figures` prints how many inputs each category tried.
"""

from __future__ import annotations

import importlib
import inspect
import io
from collections import Counter
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest

from discogs_async import Discogs, Governor, InvalidArgument, RetryPolicy, UnexpectedResponse, UserToken
from discogs_async._generated.api import Operations
from discogs_async._generated.constraints import BODY, PARAMETERS
from discogs_async.client import DEFAULT_MAX_BODY_SIZE
from discogs_async.types import File

UA = "BadInputTests/1.0 +https://example.org"
BASE = "https://api.discogs.com"

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
XLSX = b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00[Content_Types].xml"
GOOD_CSV = b"release_id,price,media_condition\n249504,12.50,Mint (M)\n"


def quick() -> Governor:
    """A governor fast enough never to slow a test down."""
    return Governor(1000, window=0.1)


class Refusing(httpx.AsyncBaseTransport):
    """A transport that must never be reached: it counts the requests it got and fails them."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        raise AssertionError(f"a request was sent: {request.method} {request.url}")


@pytest.fixture
async def refusing() -> AsyncIterator[tuple[Discogs, Refusing]]:
    transport = Refusing()
    async with Discogs(UA, auth=UserToken("bad-input-token"), transport=transport, governor=quick()) as discogs:
        yield discogs, transport


# (category, method, positional arguments, keyword arguments, the argument named, fragments the message must hold)
Case = tuple[str, str, tuple[Any, ...], dict[str, Any], str, tuple[str, ...]]


def _id_cases() -> Iterator[Case]:
    by_id = {
        "get_release": "release_id",
        "get_master_release": "master_id",
        "get_artist": "artist_id",
        "get_label": "label_id",
        "get_listing": "listing_id",
        "get_list": "list_id",
        "get_export": "id",
        "get_upload": "id",
        "get_price_suggestions": "release_id",
    }
    for method, argument in by_id.items():
        yield "ids", method, (0,), {}, argument, ("at least 1", "not 0")
        yield "ids", method, (-7,), {}, argument, ("at least 1", "-7")
    for value in ("249504", 3.5, True, None, "../../oauth/identity"):
        yield "ids", "get_release", (value,), {}, "release_id", ("integer" if value is not None else "required",)
    yield "ids", "get_collection_folder", ("example", -1), {}, "folder_id", ("at least 0",)
    yield "ids", "add_to_collection_folder", ("example", 0, 1), {}, "folder_id", ("at least 1",)
    yield "ids", "get_order", ("",), {}, "order_id", ("at least 1 character",)
    yield "ids", "get_profile", ("",), {}, "username", ("at least 1 character",)
    yield "ids", "get_profile", (42,), {}, "username", ("a string", "int")


def _paging_cases() -> Iterator[Case]:
    for method, args in (
        ("get_artist_releases", (1,)),
        ("get_label_releases", (1,)),
        ("search_database", ()),
        ("get_inventory", ("example",)),
        ("get_wantlist", ("example",)),
        ("list_orders", ()),
    ):
        for per_page in (0, 101, -1, 1000):
            yield "per_page", method, args, {"per_page": per_page}, "per_page", ("from 1 to 100", f"not {per_page}")
        yield "per_page", method, args, {"page": 0}, "page", ("at least 1",)
    for value in ("50", 2.5, False):
        yield "per_page", "search_database", (), {"per_page": value}, "per_page", ("integer", "from 1 to 100")


def _enum_cases() -> Iterator[Case]:
    yield "enums", "search_database", (), {"type_": "album"}, "type_", ("'release'", "'master'", "'artist'", "'label'")
    yield "enums", "get_artist_releases", (1,), {"sort": "popularity"}, "sort", ("'year'", "'title'", "'format'")
    yield "enums", "get_artist_releases", (1,), {"sort_order": "up"}, "sort_order", ("'asc'", "'desc'")
    yield "enums", "get_master_release_versions", (1,), {"sort": "rating"}, "sort", ("'released'", "'catno'")
    yield "enums", "get_inventory", ("example",), {"status": "Gone"}, "status", ("'For Sale'",)
    yield "enums", "list_orders", (), {"status": "Lost"}, "status", ("'New Order'", "'Shipped'")
    yield "enums", "get_collection_items_by_folder", ("example", 0), {"sort": "price"}, "sort", ("'artist'",)
    listing = {"release_id": 1, "condition": "Like New", "price": 10.0, "status": "For Sale"}
    yield "enums", "create_listing", (), listing, "condition", ("'Mint (M)'", "'Poor (P)'")
    listing = {"release_id": 1, "condition": "Mint (M)", "price": 10.0, "status": "Sold"}
    yield "enums", "create_listing", (), listing, "status", ("'For Sale'", "'Draft'")
    yield "enums", "edit_order", ("1-1",), {"status": "Teleported"}, "status", ("'Shipped'",)


def _rating_cases() -> Iterator[Case]:
    for rating in (0, 6, -1, 100):
        yield "ratings", "update_release_rating_by_user", (1, "example"), {"rating": rating}, "rating", ("from 1 to 5",)
    for rating in (6, -1):
        yield "ratings", "add_to_wantlist", ("example", 1), {"rating": rating}, "rating", ("from 0 to 5",)
        yield "ratings", "edit_release_in_wantlist", ("example", 1), {"rating": rating}, "rating", ("from 0 to 5",)
        args = ("example", 1, 1, 1)
        yield "ratings", "change_rating_of_release", args, {"rating": rating}, "rating", ("from 0 to 5",)
    yield "ratings", "add_to_wantlist", ("example", 1), {"rating": "5"}, "rating", ("integer", "from 0 to 5")


def _currency_cases() -> Iterator[Case]:
    for code in ("usd", "XYZ", "EURO", "", "$"):
        yield "currencies", "get_release", (1,), {"curr_abbr": code}, "curr_abbr", ("'USD'", "'EUR'", "'JPY'")
    yield "currencies", "get_fee_with_currency", (10.0, "BTC"), {}, "currency", ("'USD'", "'GBP'")
    yield "currencies", "get_marketplace_release_stats", (1,), {"curr_abbr": "DM"}, "curr_abbr", ("'CHF'",)
    yield "currencies", "edit_profile", ("example",), {"curr_abbr": "ECU"}, "curr_abbr", ("'ZAR'",)
    yield "currencies", "get_fee", (-5.0,), {}, "price", ("at least 0",)
    yield "currencies", "get_fee", (float("nan"),), {}, "price", ("a number",)
    yield "currencies", "get_fee", (float("inf"),), {}, "price", ("a number",)


def _body_cases() -> Iterator[Case]:
    base = {"release_id": 1, "condition": "Mint (M)", "price": 10.0, "status": "For Sale"}
    yield "body fields", "create_listing", (), base | {"price": -1.0}, "price", ("at least 0",)
    yield "body fields", "create_listing", (), base | {"price": "12.50"}, "price", ("a number", "str")
    yield "body fields", "create_listing", (), base | {"release_id": 0}, "release_id", ("at least 1",)
    yield "body fields", "create_listing", (), base | {"weight": -3}, "weight", ("at least 0",)
    yield "body fields", "create_listing", (), base | {"format_quantity": -1}, "format_quantity", ("at least 0",)
    yield "body fields", "create_listing", (), base | {"weight": "heavy"}, "weight", ("'auto'",)
    yield "body fields", "create_listing", (), base | {"allow_offers": "yes"}, "allow_offers", ("True or False",)
    yield "body fields", "edit_listing", (5,), base | {"comments": 7}, "comments", ("a string",)
    yield "body fields", "edit_order", ("1-1",), {"shipping": -0.01}, "shipping", ("at least 0",)
    args = ("example", 1, 1, 1)
    yield "body fields", "change_rating_of_release", args, {"body_folder_id": 0}, "body_folder_id", ("at least 1",)


def _csv_cases() -> Iterator[Case]:
    def case(upload: Any, *fragments: str, method: str = "add_inventory") -> Case:
        return "CSV uploads", method, (), {"upload": upload}, "upload", fragments

    yield case(b"", "is empty")
    yield case(b"   \n\n", "is empty")
    yield case(None, "is missing")
    yield case(PNG, "binary data", method="change_inventory")
    yield case(XLSX, "binary data", method="delete_inventory")
    yield case(b"\xff\xfe\x00r\x00e\x00l", "binary data")  # UTF-16
    yield case(b"caf\xe9,prix\n", "not UTF-8")
    yield case(b"249504,12.50,Mint (M)\n", "no header line", "release_id,price")
    yield case(b"Release ID;Price\n1;2\n", "no header line")
    yield case(b"<html><body>listings</body></html>", "no header line")
    yield case("release_id,price\n1,2\n", "bytes or an open binary file")
    yield case(io.StringIO("release_id,price\n"), "binary mode")
    yield case(io.BytesIO(b""), "is empty")
    yield case(File(payload=GOOD_CSV, file_name="listings.xlsx"), "CSV file", ".csv")
    yield case(File(payload=GOOD_CSV, file_name="listings.csv", mime_type="image/png"), "text/csv")
    yield case(File(payload=PNG, file_name="cover.png"), "CSV file")
    yield case(12345, "bytes or an open binary file")


CASES: list[Case] = [
    *_id_cases(),
    *_paging_cases(),
    *_enum_cases(),
    *_rating_cases(),
    *_currency_cases(),
    *_body_cases(),
    *_csv_cases(),
]


@pytest.mark.parametrize(
    ("category", "method", "args", "kwargs", "argument", "fragments"),
    CASES,
    ids=[f"{c[0]}-{c[1]}-{i}" for i, c in enumerate(CASES)],
)
async def test_bad_argument_is_refused_before_sending(
    refusing: tuple[Discogs, Refusing],
    category: str,
    method: str,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    argument: str,
    fragments: tuple[str, ...],
) -> None:
    discogs, transport = refusing
    with pytest.raises(InvalidArgument) as caught:
        await getattr(discogs, method)(*args, **kwargs)
    message = str(caught.value)
    assert caught.value.argument == argument, message
    assert f"invalid argument {argument}:" in message
    for fragment in fragments:
        assert fragment in message, f"{fragment!r} not in {message!r}"
    assert transport.requests == []


async def test_a_seekable_csv_file_is_put_back_and_good_csv_goes_out() -> None:
    """The checks let good uploads through, and reading ahead in a file leaves it where it was."""
    sent: list[bytes] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request.read())
        return httpx.Response(200, headers={"location": f"{BASE}/inventory/upload/1"})

    async with Discogs(UA, auth=UserToken("t"), transport=httpx.MockTransport(handler), governor=quick()) as discogs:
        await discogs.add_inventory(upload=GOOD_CSV)
        handle = io.BytesIO(b"\xef\xbb\xbf" + GOOD_CSV)  # a byte order mark is fine
        await discogs.change_inventory(upload=File(payload=handle, file_name="listings.csv", mime_type="text/csv"))
        await discogs.delete_inventory(upload=b"listing_id\n123\n")
    assert len(sent) == 3
    assert GOOD_CSV in sent[0]
    assert GOOD_CSV in sent[1]  # read ahead, put back, then sent whole


async def test_valid_bounds_go_out() -> None:
    """The edges of every range are allowed."""
    urls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        urls.append(str(request.url))
        return httpx.Response(
            200, json={"pagination": {"page": 1, "pages": 1, "per_page": 1, "items": 0}, "releases": []}
        )

    async with Discogs(UA, auth=UserToken("t"), transport=httpx.MockTransport(handler), governor=quick()) as discogs:
        await discogs.get_artist_releases(1, per_page=1, page=1)
        await discogs.get_artist_releases(1, per_page=100)
    assert "per_page=1&" in urls[0] or urls[0].endswith("per_page=1")
    assert "per_page=100" in urls[1]


def test_constraint_tables_name_real_modules_and_arguments() -> None:
    """_generated/constraints.py (written by custom/constraints.py) matches the generated code it is checked against."""
    assert len(PARAMETERS) >= 50
    for key, arguments in PARAMETERS.items():
        module = importlib.import_module(f"discogs_async._generated.api.{key}")
        assert set(arguments) <= set(inspect.signature(module.asyncio_detailed).parameters), key
    for key, arguments in BODY.items():
        facade = getattr(Operations, key.rpartition(".")[2])
        assert set(arguments) <= set(inspect.signature(facade).parameters), key
    assert PARAMETERS["database.get_artist_releases"]["per_page"] == {"maximum": 100, "minimum": 1, "type": "integer"}
    assert BODY["inventory_upload.add_inventory"]["upload"] == {"contentType": "text/csv"}


# ------------------------------------------------------------------------------------------- answers off the spec

RESPONSE_CASES: list[tuple[str, httpx.Response, str]] = [
    ("wrong type: id as a string", httpx.Response(200, json={"id": "249504", "title": "x"}), "id: expected an integer"),
    ("wrong type: title as a number", httpx.Response(200, json={"id": 1, "title": 7}), "title: expected a string"),
    ("wrong type: year as a bool", httpx.Response(200, json={"id": 1, "year": True}), "year: expected an integer"),
    (
        "wrong type: list as a string",
        httpx.Response(200, json={"id": 1, "genres": "Rock"}),
        "genres: expected an array",
    ),
    ("wrong type: item of a list", httpx.Response(200, json={"id": 1, "genres": ["Rock", 3]}), "genres_item"),
    ("wrong type: object as a list", httpx.Response(200, json={"id": 1, "community": []}), "expected an object"),
    ("wrong type: body is an array", httpx.Response(200, json=[{"id": 1}]), "Release: expected an object"),
    ("wrong type: body is null", httpx.Response(200, content=b"null"), "expected an object"),
    ("missing field: id", httpx.Response(200, json={"title": "No id"}), "KeyError"),
    ("not JSON: HTML", httpx.Response(200, text="<html><body>Maintenance</body></html>"), "JSONDecodeError"),
    ("not JSON: empty", httpx.Response(200, content=b""), "JSONDecodeError"),
    ("truncated JSON", httpx.Response(200, content=b'{"id": 249504, "title": "Never Gon'), "JSONDecodeError"),
    ("not UTF-8", httpx.Response(200, content=b'{"id": 1, "title": "\xff\xfe"}'), "does not match the spec"),
]


def _answer(response: httpx.Response) -> httpx.MockTransport:
    return httpx.MockTransport(lambda request: response)


@pytest.mark.parametrize(("name", "response", "fragment"), RESPONSE_CASES, ids=[c[0] for c in RESPONSE_CASES])
async def test_an_answer_off_the_spec_is_an_unexpected_response(
    name: str, response: httpx.Response, fragment: str
) -> None:
    raw = response.content.decode("utf-8", errors="replace")
    async with Discogs(UA, auth=UserToken("t"), transport=_answer(response), governor=quick()) as discogs:
        with pytest.raises(UnexpectedResponse) as caught:
            await discogs.get_release(249504)
    error = caught.value
    assert fragment in str(error), str(error)
    assert error.status == 200
    assert error.body == raw  # the raw text is kept whole
    assert error.method == "GET" and error.url.endswith("/releases/249504")


class _Endless(httpx.AsyncByteStream):
    """A body that never ends (no Content-Length); counts the bytes it was asked for."""

    def __init__(self) -> None:
        self.sent = 0

    async def __aiter__(self) -> AsyncIterator[bytes]:
        chunk = b'{"id": 1, "notes": "' + b"x" * 65_536
        while True:
            self.sent += len(chunk)
            yield chunk


async def test_a_huge_body_is_refused_without_reading_it_all() -> None:
    endless = _Endless()
    transport = httpx.MockTransport(lambda request: httpx.Response(200, stream=endless))
    async with Discogs(
        UA, auth=UserToken("t"), transport=transport, max_body_size=1_000_000, governor=quick()
    ) as discogs:
        with pytest.raises(UnexpectedResponse) as caught:
            await discogs.get_release(1)
    assert "max_body_size" in str(caught.value) and "1000000 bytes" in str(caught.value)
    assert caught.value.body.startswith('{"id": 1, "notes": "xxx')  # what was read is kept (its first 64 KiB)
    assert 1_000_000 < endless.sent <= 1_000_000 + 65_600  # stopped at the first chunk past the limit


async def test_a_declared_huge_body_is_refused_before_reading() -> None:
    endless = _Endless()
    headers = {"content-length": str(DEFAULT_MAX_BODY_SIZE + 1)}
    transport = httpx.MockTransport(lambda request: httpx.Response(200, headers=headers, stream=endless))
    async with Discogs(UA, auth=UserToken("t"), transport=transport, governor=quick()) as discogs:
        with pytest.raises(UnexpectedResponse, match="declares 67108865 bytes"):
            await discogs.get_release(1)
    assert endless.sent == 0


async def test_a_huge_body_is_not_retried_and_a_normal_one_passes() -> None:
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.url.path)
        if request.url.path.endswith("/2"):
            return httpx.Response(200, content=b'{"id": 2, "notes": "' + b"y" * 5000 + b'"}')
        return httpx.Response(200, json={"id": 1})

    retry = RetryPolicy(attempts=3, base_delay=0.001, max_delay=0.001)
    async with Discogs(
        UA, transport=httpx.MockTransport(handler), max_body_size=4096, retry=retry, governor=quick()
    ) as discogs:
        assert (await discogs.get_release(1)).id == 1
        with pytest.raises(UnexpectedResponse):
            await discogs.get_release(2)
    assert calls == ["/releases/1", "/releases/2"]


@pytest.mark.parametrize("size", [0, -1, True, 1.5])
def test_max_body_size_must_be_a_positive_int(size: Any) -> None:
    with pytest.raises(ValueError, match="max_body_size"):
        Discogs(UA, max_body_size=size)


def test_figures(capsys: pytest.CaptureFixture[str]) -> None:
    """Print how many bad inputs each category tried (the figures issue 5 asks for)."""
    counts = Counter(case[0] for case in CASES)
    counts["answers off the spec"] = len(RESPONSE_CASES) + 3  # + the three huge-body tests
    assert all(n >= 3 for n in counts.values())
    with capsys.disabled():
        print("\nbad inputs tried, by category: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
        print(f"bad inputs tried in all: {sum(counts.values())}")
