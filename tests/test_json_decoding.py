"""The answers' JSON decoder: orjson when the `fast` extra is installed, with the same results as json either way."""

from __future__ import annotations

import json
import math
from typing import Any

import pytest

from discogs_async._generated import types
from discogs_async.models import Release

orjson = pytest.importorskip("orjson", reason="the fast extra (orjson) is not installed")

SAME = [
    b'{"id": 1, "title": "T"}',
    b'{"a": 1, "a": 2}',  # a repeated key: the last wins
    b'{"price": 1.0, "count": 1, "neg": -0, "small": 5e-324, "exp": 1E+2}',  # 1 and 1.0 stay apart
    b'{"big": 123456789012345678901234567890}',  # past 64 bits: orjson would make it a float
    b'{"edge": -9223372036854775809, "top": 18446744073709551616, "fits": 9223372036854775807}',
    b'{"x": NaN, "y": Infinity, "z": -Infinity}',  # not JSON, but json reads it
    b'\xef\xbb\xbf{"bom": true}',  # a UTF-8 byte order mark: orjson refuses, json skips it
    b'{"name": "Bj\\u00f6rk \\ud83c\\udfb5 \\u00e9"}',
    b'{"lone": "\\ud800"}',  # a lone surrogate escape: orjson refuses, json keeps it
    b'{"huge": 1e400}',  # json: inf
    b"[" * 200 + b"]" * 200,
    '{"text": "ünïcödé"}'.encode("utf-16"),  # json detects UTF-16; orjson refuses
]


def _same(a: Any, b: Any) -> bool:
    """Equal, with the same types throughout (1 is not 1.0), and NaN equal to NaN."""
    if type(a) is not type(b):
        return False
    if isinstance(a, float):
        return (math.isnan(a) and math.isnan(b)) or a == b
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same(a[key], b[key]) for key in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)


@pytest.mark.parametrize("body", SAME, ids=range(len(SAME)))
def test_the_decoder_gives_what_json_gives(body: bytes) -> None:
    assert _same(types.loads(body), json.loads(body))


@pytest.mark.parametrize(
    "body",
    [b"", b"{", b'{"a": 1,}', b"\xff\xfe\x00", b"[" * 1500 + b"]" * 1500, b'{"a": 01}'],
    ids=["empty", "unclosed", "trailing comma", "not text", "too deep for json", "leading zero"],
)
def test_what_json_refuses_raises_what_json_raises(body: bytes) -> None:
    with pytest.raises(Exception) as expected:
        json.loads(body)
    with pytest.raises(type(expected.value)) as got:
        types.loads(body)
    assert str(got.value) == str(expected.value)


def test_orjson_is_what_decodes_when_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[bytes] = []

    def counting(body: bytes) -> Any:
        calls.append(body)
        return orjson.loads(body)

    monkeypatch.setattr(types, "FAST_DECODER", (counting, orjson.JSONDecodeError))
    body = json.dumps({"id": 7, "title": "T", "tracklist": [{"position": "A1", "title": "x"}]}).encode()
    assert Release.from_dict(types.loads(body)).id == 7
    assert calls == [body]


def test_without_orjson_json_decodes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(types, "FAST_DECODER", None)
    assert _same(
        types.loads(b'{"big": 123456789012345678901234567890, "f": 1.0}'),
        json.loads(b'{"big": 123456789012345678901234567890, "f": 1.0}'),
    )
