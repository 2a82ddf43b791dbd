"""The facade's behaviour on the wire: arguments checked before sending, flattened bodies, empty and text results.

Cases come from the spec (any operation that has the feature), so the tests follow whichever spec was generated.
"""

from __future__ import annotations

import inspect
import json
import re
from collections.abc import AsyncIterator
from http import HTTPStatus
from typing import Any, TypeVar

import httpx
import pytest
from pytest_httpx import HTTPXMock

from discogs_async import InvalidArgument
from discogs_async._generated import api, errors
from discogs_async._generated.types import Endpoint, Response
from discogs_async.types import File
from discogs_async.validation import check_arguments
from tests.bodies import SPEC, snake
from tests.test_generation import OPERATIONS, resolve

pytestmark = pytest.mark.skipif(not SPEC.is_file(), reason=f"{SPEC} is absent (merge the parts first)")

T = TypeVar("T")
BASE = "https://api.discogs.com"
BAD = "no-such-value"


class Sender(api.Operations):
    """The smallest real subclass: check the arguments, send every operation through one httpx.AsyncClient."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self.client = client

    async def _invoke(self, endpoint: Endpoint[T], arguments: dict[str, Any], /) -> Response[T]:
        check_arguments(endpoint, arguments)
        response = await self.client.request(**endpoint.request(**arguments))
        return Response(HTTPStatus(response.status_code), response.content, response.headers, endpoint.parse(response))


@pytest.fixture
async def facade() -> AsyncIterator[Sender]:
    async with httpx.AsyncClient(base_url=BASE) as client:
        yield Sender(client)


def first_type(schema: dict[str, Any]) -> str | None:
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    return kind if isinstance(kind, str) else None


def sample(schema: Any) -> Any:
    """A value the schema allows, or LookupError for shapes the facade takes as models (objects, arrays)."""
    schema = resolve(schema)
    if "enum" in schema:
        return next(v for v in schema["enum"] if v is not None)
    for combined in ("oneOf", "anyOf"):
        if combined in schema:
            return sample(schema[combined][0])
    kind = first_type(schema)
    if kind == "integer":
        return max(1, int(schema.get("minimum", 1)))
    if kind == "number":
        return max(1.5, float(schema.get("minimum", 1.5)))
    if kind == "string" and schema.get("format") != "binary":
        return "x" * max(1, schema.get("minLength", 1))
    if kind == "boolean":
        return True
    raise LookupError(f"no simple sample for {schema}")


def argument_name(function: Any, name: str, *, body: bool = False) -> str:
    """The facade argument that stands for a spec parameter or (body=True) a body field `name`."""
    names = inspect.signature(function).parameters
    candidates = (name, name + "_", snake(name))
    for candidate in (tuple("body_" + c for c in candidates) + candidates) if body else candidates:
        if candidate in names:
            return candidate
    raise LookupError(f"no argument for {name}")


def body_schema(op: dict[str, Any], media_type: str) -> dict[str, Any] | None:
    content = resolve(op.get("requestBody", {})).get("content", {})
    if media_type not in content:
        return None
    schema = resolve(content[media_type].get("schema", {}))
    return schema if schema.get("type") == "object" and schema.get("properties") else None


def success_statuses(op: dict[str, Any]) -> list[int]:
    return sorted(int(code) for code in op["responses"] if code.isdigit() and 200 <= int(code) < 300)


def call_arguments(op: dict[str, Any], parameters: list[dict[str, Any]], path: str) -> tuple[list[Any], dict[str, Any]]:
    """Positional and keyword arguments for every required argument of the operation, with allowed values."""
    function = getattr(api.Operations, snake(op["operationId"]))
    by_name = {p["name"]: p for p in parameters if p["in"] == "path"}
    positional = [sample(by_name[name]["schema"]) for name in _path_names(path)]
    keywords: dict[str, Any] = {}
    for parameter in parameters:
        if parameter["in"] == "query" and parameter.get("required"):
            keywords[argument_name(function, parameter["name"])] = sample(parameter["schema"])
    for media_type in ("application/json", "multipart/form-data", "application/x-www-form-urlencoded"):
        schema = body_schema(op, media_type)
        for field in (schema or {}).get("required", []):
            field_schema = resolve(schema["properties"][field]) if schema else {}
            value = b"a,b\n1,2\n" if field_schema.get("format") == "binary" else sample(field_schema)
            keywords[argument_name(function, field, body=True)] = value
    return positional, keywords


def _path_names(path: str) -> list[str]:
    return re.findall(r"\{([^}]+)\}", path)


def enum_values(field: Any) -> list[Any] | None:
    """The values of an enum field, or of the one string enum in a oneOf/anyOf without other strings."""
    field = resolve(field)
    if "enum" in field:
        return list(field["enum"])
    members = [resolve(member) for member in field.get("oneOf", field.get("anyOf", []))]
    strings = [member for member in members if first_type(member) == "string"]
    if len(strings) == 1 and "enum" in strings[0]:
        return list(strings[0]["enum"])
    return None


def enum_cases() -> list[Any]:
    """(operation, where, spec name, allowed values) for every enum argument: path, query or body field."""
    cases = []
    for _method, path, op, parameters in OPERATIONS:
        for parameter in parameters:
            values = enum_values(parameter.get("schema", {}))
            if parameter["in"] in ("path", "query") and values is not None:
                case = (path, op, parameters, parameter["in"], parameter["name"], values)
                cases.append(pytest.param(*case, id=f"{op['operationId']}-{parameter['name']}"))
        schema = body_schema(op, "application/json") or body_schema(op, "multipart/form-data") or {}
        for name, field in schema.get("properties", {}).items():
            allowed = enum_values(field)
            if allowed is not None:
                case = (path, op, parameters, "body", name, allowed)
                cases.append(pytest.param(*case, id=f"{op['operationId']}-body-{name}"))
    return cases


ENUM_CASES = enum_cases()


async def call(facade: Sender, op: dict[str, Any], positional: list[Any], keywords: dict[str, Any]) -> Any:
    return await getattr(facade, snake(op["operationId"]))(*positional, **keywords)


async def call_ignoring_body(
    facade: Sender, op: dict[str, Any], positional: list[Any], keywords: dict[str, Any]
) -> None:
    """Send the operation; the canned `{}` answer may not fit the success model, which these tests do not check."""
    try:
        await call(facade, op, positional, keywords)
    except errors.UnparseableResponse as exc:
        assert exc.response.status_code in success_statuses(op)


async def test_base_class_does_not_send() -> None:
    from discogs_async._generated.api.database import get_release

    with pytest.raises(NotImplementedError):
        await api.Operations()._invoke(get_release.ENDPOINT, {"release_id": 1})


@pytest.mark.parametrize(("path", "op", "parameters", "where", "name", "allowed"), ENUM_CASES)
async def test_unknown_enum_value_is_refused_before_any_request(
    facade: Sender,
    httpx_mock: HTTPXMock,
    path: str,
    op: dict[str, Any],
    parameters: list[dict[str, Any]],
    where: str,
    name: str,
    allowed: list[Any],
) -> None:
    positional, keywords = call_arguments(op, parameters, path)
    function = getattr(api.Operations, snake(op["operationId"]))
    if where == "path":
        positional[_path_names(path).index(name)] = BAD
    else:
        keywords[argument_name(function, name, body=where == "body")] = BAD
    with pytest.raises(InvalidArgument) as caught:
        await call(facade, op, positional, keywords)
    assert httpx_mock.get_requests() == []
    assert isinstance(caught.value, ValueError)
    assert caught.value.argument in str(caught.value)
    assert BAD in str(caught.value)
    assert all(repr(value) in str(caught.value) for value in allowed if value is not None)
    assert sorted(map(str, caught.value.allowed)) == sorted(str(value) for value in allowed if value is not None)


class _Stop(Exception):
    """Raised by Spy instead of sending."""


class Spy(api.Operations):
    """Records what the facade hands to `_invoke`, and sends nothing."""

    def __init__(self) -> None:
        self.seen: dict[str, Any] = {}

    async def _invoke(self, endpoint: Endpoint[T], arguments: dict[str, Any], /) -> Response[T]:
        self.seen = arguments
        raise _Stop


@pytest.mark.parametrize(("path", "op", "parameters", "where", "name", "allowed"), ENUM_CASES)
async def test_a_pseudo_member_of_the_tolerant_enum_is_refused_too(
    facade: Sender,
    httpx_mock: HTTPXMock,
    path: str,
    op: dict[str, Any],
    parameters: list[dict[str, Any]],
    where: str,
    name: str,
    allowed: list[Any],
) -> None:
    positional, keywords = call_arguments(op, parameters, path)
    method = snake(op["operationId"])
    argument = None if where == "path" else argument_name(getattr(api.Operations, method), name, body=where == "body")
    if argument is not None:
        keywords[argument] = next(v for v in allowed if v is not None)
    spy = Spy()
    with pytest.raises(_Stop):
        await getattr(spy, method)(*positional, **keywords)
    member = getattr(spy.seen["body"], snake(name)) if where == "body" else spy.seen[argument or name]
    pseudo = type(member)(BAD)  # the tolerant _missing_ makes a member-like object for an unknown value
    if argument is None:
        positional[_path_names(path).index(name)] = pseudo
    else:
        keywords[argument] = pseudo
    with pytest.raises(InvalidArgument):
        await call(facade, op, positional, keywords)
    assert httpx_mock.get_requests() == []


@pytest.mark.parametrize(("path", "op", "parameters", "where", "name", "allowed"), ENUM_CASES)
async def test_enum_accepts_a_plain_string_and_sends_its_value(
    facade: Sender,
    httpx_mock: HTTPXMock,
    path: str,
    op: dict[str, Any],
    parameters: list[dict[str, Any]],
    where: str,
    name: str,
    allowed: list[Any],
) -> None:
    positional, keywords = call_arguments(op, parameters, path)
    value = next(v for v in reversed(allowed) if v is not None)
    if where == "path":
        positional[_path_names(path).index(name)] = value
    else:
        keywords[argument_name(getattr(api.Operations, snake(op["operationId"])), name, body=where == "body")] = value
    httpx_mock.add_response(status_code=success_statuses(op)[0], json={})
    await call_ignoring_body(facade, op, positional, keywords)
    request = httpx_mock.get_request()
    assert request is not None
    if where == "query":
        assert request.url.params[name] == str(value)
    elif where == "path":
        assert f"/{value}" in request.url.path
    elif request.headers["content-type"].startswith("application/json"):
        assert json.loads(request.content)[name] == value
    else:
        assert str(value).encode() in request.content


def json_body_cases() -> list[Any]:
    cases = []
    for _method, path, op, parameters in OPERATIONS:
        schema = body_schema(op, "application/json")
        if schema is not None:
            cases.append(pytest.param(path, op, parameters, schema, id=op["operationId"]))
    return cases


@pytest.mark.parametrize(("path", "op", "parameters", "schema"), json_body_cases())
async def test_flattened_body_goes_on_the_wire_as_json(
    facade: Sender,
    httpx_mock: HTTPXMock,
    path: str,
    op: dict[str, Any],
    parameters: list[dict[str, Any]],
    schema: dict[str, Any],
) -> None:
    function = getattr(api.Operations, snake(op["operationId"]))
    try:
        positional, keywords = call_arguments(op, parameters, path)
    except LookupError as exc:
        pytest.skip(f"a required field is not a simple value: {exc}")
    expected = {name: keywords[argument_name(function, name, body=True)] for name in schema.get("required", [])}
    for name, field in schema["properties"].items():
        if name not in expected:
            try:
                value = sample(field)
            except LookupError:
                continue
            keywords[argument_name(function, name, body=True)] = value
            expected[name] = value
    httpx_mock.add_response(status_code=success_statuses(op)[0], json={})
    await call_ignoring_body(facade, op, positional, keywords)
    request = httpx_mock.get_request()
    assert request is not None
    assert request.headers["content-type"] == "application/json"
    assert json.loads(request.content) == expected


def upload_cases() -> list[Any]:
    cases = []
    for _method, path, op, parameters in OPERATIONS:
        schema = body_schema(op, "multipart/form-data") or {}
        for name, field in schema.get("properties", {}).items():
            if resolve(field).get("format") == "binary":
                cases.append(pytest.param(path, op, parameters, name, id=f"{op['operationId']}-{name}"))
    return cases


@pytest.mark.parametrize("as_file", [False, True], ids=["bytes", "File"])
@pytest.mark.parametrize(("path", "op", "parameters", "name"), upload_cases())
async def test_upload_takes_bytes_or_a_file_and_sends_multipart(
    facade: Sender,
    httpx_mock: HTTPXMock,
    path: str,
    op: dict[str, Any],
    parameters: list[dict[str, Any]],
    name: str,
    as_file: bool,
) -> None:
    positional, keywords = call_arguments(op, parameters, path)
    content = b"release_id,price\n1,9.99\n"
    argument = argument_name(getattr(api.Operations, snake(op["operationId"])), name, body=True)
    keywords[argument] = File(payload=content, file_name="mine.csv", mime_type="text/csv") if as_file else content
    httpx_mock.add_response(status_code=success_statuses(op)[0], json={})
    await call_ignoring_body(facade, op, positional, keywords)
    request = httpx_mock.get_request()
    assert request is not None
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert f'name="{name}"'.encode() in request.content
    assert content in request.content
    if as_file:
        assert b'filename="mine.csv"' in request.content


def bound_cases() -> list[Any]:
    """(operation, body field, a value out of bounds) for every inline body field with minimum/maximum/minLength."""
    cases = []
    for _method, path, op, parameters in OPERATIONS:
        schema = body_schema(op, "application/json") or body_schema(op, "multipart/form-data") or {}
        for name, field in schema.get("properties", {}).items():
            if "$ref" in field:
                continue  # the generator gives only inline property schemas to the templates
            bad: list[Any] = []
            if "minimum" in field:
                bad.append(field["minimum"] - 1)
            if "maximum" in field:
                bad.append(field["maximum"] + 1)
            if field.get("minLength"):
                bad.append("x" * (field["minLength"] - 1))
            for value in bad:
                cases.append(
                    pytest.param(path, op, parameters, name, value, id=f"{op['operationId']}-{name}-{value!r}")
                )
    return cases


@pytest.mark.parametrize(("path", "op", "parameters", "name", "value"), bound_cases())
async def test_body_field_outside_its_bounds_is_refused_before_any_request(
    facade: Sender,
    httpx_mock: HTTPXMock,
    path: str,
    op: dict[str, Any],
    parameters: list[dict[str, Any]],
    name: str,
    value: Any,
) -> None:
    positional, keywords = call_arguments(op, parameters, path)
    argument = argument_name(getattr(api.Operations, snake(op["operationId"])), name, body=True)
    keywords[argument] = value
    with pytest.raises(InvalidArgument, match=argument):
        await call(facade, op, positional, keywords)
    assert httpx_mock.get_requests() == []


def result_cases(kind: str) -> list[Any]:
    cases = []
    for _method, path, op, parameters in OPERATIONS:
        statuses = success_statuses(op)
        if kind == "empty" and statuses == [204]:
            cases.append(pytest.param(path, op, parameters, id=op["operationId"]))
        if kind == "csv" and any("text/csv" in resolve(op["responses"][str(s)]).get("content", {}) for s in statuses):
            cases.append(pytest.param(path, op, parameters, id=op["operationId"]))
    return cases


@pytest.mark.parametrize(("path", "op", "parameters"), result_cases("empty"))
async def test_204_operation_returns_none(
    facade: Sender, httpx_mock: HTTPXMock, path: str, op: dict[str, Any], parameters: list[dict[str, Any]]
) -> None:
    try:
        positional, keywords = call_arguments(op, parameters, path)
    except LookupError as exc:
        pytest.skip(f"a required argument is not a simple value: {exc}")
    httpx_mock.add_response(status_code=204)
    assert await call(facade, op, positional, keywords) is None


@pytest.mark.parametrize(("path", "op", "parameters"), result_cases("csv"))
async def test_csv_operation_returns_the_text(
    facade: Sender, httpx_mock: HTTPXMock, path: str, op: dict[str, Any], parameters: list[dict[str, Any]]
) -> None:
    positional, keywords = call_arguments(op, parameters, path)
    text = "listing_id,price\n1,9.99\n"
    httpx_mock.add_response(status_code=200, text=text, headers={"content-type": "text/csv"})
    assert await call(facade, op, positional, keywords) == text
