"""Property-based tests of the generated models and parsers (hypothesis).

- Every object schema of the spec, bundled into a standalone JSON Schema (OpenAPI 3.1 schemas are JSON Schema 2020-12
  apart from `x-` keys), generates JSON that its model reads and writes back byte for byte: `from_dict` then
  `to_dict` is lossless. `from_schema` below turns the bundled schema into a strategy; it covers the keywords the
  spec uses (hypothesis-jsonschema 0.23.1, the latest, fails on the pinned hypothesis: `'many' object has no
  attribute 'more'`).
- Arbitrary JSON, and objects with the model's own keys holding arbitrary values, raise nothing but the documented
  errors: `UnparseableResponse` from an operation's `parse_response`, and TypeError/KeyError/ValueError (what
  `parse_response` wraps) from `from_dict`.

`test_figures` (last) prints how many examples each property ran.
"""

from __future__ import annotations

import contextlib
import copy
import json
from collections import Counter
from collections.abc import Callable, Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from discogs_async import models
from discogs_async._generated.errors import UnparseableResponse
from tests.bodies import SPEC, load_spec, module_for, operations

pytestmark = pytest.mark.skipif(not SPEC.is_file(), reason=f"{SPEC} is absent")

SPEC_DATA: dict[str, Any] = load_spec() if SPEC.is_file() else {"components": {"schemas": {}}}
SCHEMAS: dict[str, Any] = SPEC_DATA["components"]["schemas"]
PREFIX = "#/components/schemas/"
MAX_ITEMS = 3  # keeps generated bodies small, so the file runs in seconds
DOCUMENTED = (TypeError, KeyError, ValueError)  # what from_dict may raise; parse_response wraps them (and more)
EXAMPLES: Counter[str] = Counter()
FAST = settings(
    max_examples=12,
    deadline=None,
    derandomize=True,  # the same examples every run: a failure here is never a fluke
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large],
)


def bundle(name: str, stack: tuple[str, ...] = ()) -> Any:
    """The schema `name` as standalone JSON Schema: `$ref`s inlined, `x-` keys dropped, arrays capped.

    A reference back to a schema being inlined (Track.sub_tracks holds Tracks) becomes `false`, so the recursion
    stops after one level (an empty list there).
    """
    if name in stack:
        return False
    return _bundle(SCHEMAS[name], (*stack, name))


def _bundle(node: Any, stack: tuple[str, ...]) -> Any:
    if isinstance(node, list):
        return [_bundle(item, stack) for item in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        return bundle(node["$ref"].removeprefix(PREFIX), stack)
    result: dict[str, Any] = {}
    for key, value in node.items():
        if key.startswith("x-") or key in ("example", "examples", "discriminator"):
            continue
        if key == "format" and value == "binary":
            continue
        if key == "properties":  # property names are data, not keywords: never dropped
            result[key] = {name: _bundle(schema, stack) for name, schema in value.items()}
        else:
            result[key] = _bundle(value, stack)
    if result.get("type") == "array":
        result["maxItems"] = min(MAX_ITEMS, result.get("maxItems", MAX_ITEMS))
    return result


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)
KEYWORDS = {
    "type", "properties", "required", "additionalProperties", "items", "enum", "anyOf", "oneOf",
    "minimum", "maximum", "minLength", "maxItems", "description", "title", "default",
}  # fmt: skip


def from_schema(schema: Any) -> st.SearchStrategy[Any]:
    """A strategy for JSON valid against a bundled schema (the keywords in KEYWORDS; any other is refused)."""
    if schema is False:
        return st.nothing()
    if schema is True:
        return JSON
    unknown = set(schema) - KEYWORDS
    assert not unknown, f"from_schema does not know {sorted(unknown)}: extend it"
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    for union in ("anyOf", "oneOf"):
        if union in schema:
            return st.one_of([from_schema(member) for member in schema[union]])
    kind = schema.get("type", "object" if "properties" in schema else None)
    if isinstance(kind, list):
        return st.one_of([from_schema({**schema, "type": one}) for one in kind])
    low, high = schema.get("minimum"), schema.get("maximum")
    if kind == "object":
        properties = schema.get("properties") or {}
        required = set(schema.get("required", ()))
        fixed = st.fixed_dictionaries(
            {k: from_schema(v) for k, v in properties.items() if k in required},
            optional={k: from_schema(v) for k, v in properties.items() if k not in required},
        )
        extra = schema.get("additionalProperties", True)
        if extra is False:
            return fixed
        keys = st.text(max_size=8).filter(lambda key: key not in properties)
        more = st.dictionaries(keys, from_schema(extra), max_size=2)
        return st.tuples(fixed, more).map(lambda parts: {**parts[1], **parts[0]})
    if kind == "array":
        if schema.get("items") is False:  # a recursion cut short by bundle(): only the empty list
            return st.just([])
        return st.lists(from_schema(schema.get("items", True)), max_size=schema.get("maxItems", MAX_ITEMS))
    if kind == "string":
        return st.text(min_size=schema.get("minLength", 0), max_size=max(12, schema.get("minLength", 0)))
    if kind == "integer":
        return st.integers(min_value=low, max_value=high)
    if kind == "number":
        floats = st.floats(min_value=low, max_value=high, allow_nan=False, allow_infinity=False)
        return st.integers(min_value=None if low is None else int(low), max_value=high) | floats
    if kind == "boolean":
        return st.booleans()
    if kind == "null":
        return st.none()
    return JSON


def model_class(name: str) -> Any:
    """The generated model of schema `name` (the generator's PascalCase class name)."""
    pascal = "".join(part[:1].upper() + part[1:] for part in name.replace("-", "_").split("_"))
    return getattr(models, pascal)


def object_models() -> list[str]:
    """Schemas that are object models with JSON bodies (the multipart upload with its binary file is left out)."""
    return sorted(
        name
        for name, schema in SCHEMAS.items()
        if schema.get("type") == "object"
        and not any(p.get("format") == "binary" for p in (schema.get("properties") or {}).values())
    )


OBJECT_MODELS = object_models()


def canonical(value: Any) -> str:
    """JSON text that tells 1 from 1.0 and keeps key order out of the comparison."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, allow_nan=False)


def test_every_object_schema_has_a_model() -> None:
    assert len(OBJECT_MODELS) >= 90
    for name in OBJECT_MODELS:
        assert hasattr(model_class(name), "from_dict"), name


@pytest.mark.parametrize("name", OBJECT_MODELS)
def test_model_round_trip_is_lossless(name: str) -> None:
    cls = model_class(name)

    @FAST
    @given(from_schema(bundle(name)))
    def round_trip(data: Any) -> None:
        EXAMPLES["round trip (schema-generated JSON)"] += 1
        original = canonical(data)
        model = cls.from_dict(copy.deepcopy(data))
        written = model.to_dict()
        assert canonical(written) == original
        assert canonical(cls.from_dict(json.loads(original)).to_dict()) == original  # through JSON text too

    round_trip()


def _model_keys(cls: Any) -> list[str]:
    fields = getattr(cls, "__attrs_attrs__", ())
    names = [field.name for field in fields if field.name != "additional_properties"]
    return [name.rstrip("_") for name in names] or ["id"]


@pytest.mark.parametrize("name", OBJECT_MODELS)
def test_from_dict_raises_only_documented_errors(name: str) -> None:
    cls = model_class(name)
    keys = _model_keys(cls)

    @settings(FAST, max_examples=10)
    @given(st.dictionaries(st.sampled_from(keys) | st.text(max_size=6), JSON, max_size=6) | JSON)
    def feed(data: Any) -> None:
        EXAMPLES["from_dict on arbitrary JSON and on the model's keys"] += 1
        with contextlib.suppress(*DOCUMENTED):
            cls.from_dict(data)

    feed()


def operation_modules() -> Iterator[tuple[ModuleType, int]]:
    """Every operation's generated module (each has parse_response) and the status of its success."""
    for op in operations(SPEC_DATA).values():
        status = min(int(code) for code in op["responses"] if code.isdigit() and 200 <= int(code) < 300)
        yield module_for(op["operationId"]), status


OPERATIONS = sorted(operation_modules(), key=lambda pair: pair[0].__name__)


def _response(content: bytes, status: int = 200) -> httpx.Response:
    request = httpx.Request("GET", "https://api.discogs.com/anything")
    return httpx.Response(status, content=content, headers={"content-type": "application/json"}, request=request)


@pytest.mark.parametrize(
    ("module", "status"), OPERATIONS, ids=[m.__name__.rpartition(".api.")[2] for m, _ in OPERATIONS]
)
def test_parse_response_raises_only_unparseable_response(module: ModuleType, status: int) -> None:
    parse: Callable[[httpx.Response], Any] = module.parse_response

    @settings(FAST, max_examples=15)
    @given(JSON.map(lambda value: json.dumps(value).encode()) | st.binary(max_size=40))
    def feed(content: bytes) -> None:
        EXAMPLES["parse_response on arbitrary JSON and bytes"] += 1
        try:
            parse(_response(content, status))
        except UnparseableResponse as error:
            assert error.response.content == content  # the raw body stays with the error

    feed()


def test_figures(capsys: pytest.CaptureFixture[str]) -> None:
    """Print the example counts of the properties above (the figures issue 5 asks for)."""
    with capsys.disabled():
        print(
            f"\nhypothesis examples: {dict(EXAMPLES)}; in all {sum(EXAMPLES.values())} "
            f"({len(OBJECT_MODELS)} models, {len(OPERATIONS)} operations)"
        )
