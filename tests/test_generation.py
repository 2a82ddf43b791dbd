"""The spec is valid, and the generated facade has exactly its operations, in the promised shape.

These tests read the spec and adapt to it: they hold for whichever spec discogs_async/_generated was generated from
(`make check-generated` proves that it is the current one).
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Iterator
from typing import Any

import pytest

from discogs_async._generated import api, paginated
from discogs_async._generated.types import Operation, PaginatedOperation
from discogs_async.types import UNSET
from tests.bodies import METHODS, ROOT, SPEC, load_spec, module_for, snake

pytestmark = pytest.mark.skipif(not SPEC.is_file(), reason=f"{SPEC} is absent (merge the parts first)")

SPEC_DATA: dict[str, Any] = load_spec() if SPEC.is_file() else {"paths": {}}


def resolve(node: Any) -> Any:
    """Follow local `$ref`s until a node that is not one."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = SPEC_DATA
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def spec_operations() -> Iterator[tuple[str, str, dict[str, Any], list[dict[str, Any]]]]:
    """(METHOD, path, operation, resolved parameters incl. the path item's) for every operation of the spec."""
    for path, item in SPEC_DATA["paths"].items():
        shared = [resolve(p) for p in item.get("parameters", [])]
        for method, op in item.items():
            if method in METHODS:
                own = [resolve(p) for p in op.get("parameters", [])]
                names = {(p["name"], p["in"]) for p in own}
                yield method.upper(), path, op, own + [p for p in shared if (p["name"], p["in"]) not in names]


OPERATIONS = list(spec_operations())
IDS = [op["operationId"] for _, _, op, _ in OPERATIONS]


def facade_methods() -> dict[str, Any]:
    """The operation methods of the generated Operations class (their coroutine functions)."""
    return {
        name: member.function
        for name, member in vars(api.Operations).items()
        if not name.startswith("_") and isinstance(member, Operation)
    }


def test_spec_validates() -> None:
    from openapi_spec_validator import validate

    validate(SPEC_DATA)


def test_generated_package_is_typed() -> None:
    assert (ROOT / "discogs_async" / "_generated" / "py.typed").is_file()


def test_one_facade_method_per_operation() -> None:
    expected = {snake(op["operationId"]) for _, _, op, _ in OPERATIONS}
    assert sorted(facade_methods()) == sorted(expected)
    assert len(expected) == len(OPERATIONS), "two operations share a snake_case name"


@pytest.mark.parametrize(("method", "path", "op", "parameters"), OPERATIONS, ids=IDS)
def test_path_parameters_positional_everything_else_keyword_only(
    method: str, path: str, op: dict[str, Any], parameters: list[dict[str, Any]]
) -> None:
    function = facade_methods()[snake(op["operationId"])]
    signature = inspect.signature(function)
    arguments = list(signature.parameters.values())[1:]  # after self
    positional = [a.name for a in arguments if a.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD]
    in_path = re.findall(r"\{([^}]+)\}", path)
    assert [name.rstrip("_") for name in positional] == in_path
    assert all(
        a.kind is inspect.Parameter.KEYWORD_ONLY
        for a in arguments
        if a.kind is not inspect.Parameter.POSITIONAL_OR_KEYWORD
    )
    for parameter in parameters:
        if parameter["in"] != "query":
            continue
        argument = signature.parameters.get(parameter["name"]) or signature.parameters.get(parameter["name"] + "_")
        assert argument is not None, f"no argument for the query parameter {parameter['name']}"
        assert argument.kind is inspect.Parameter.KEYWORD_ONLY
        assert argument.default is (inspect.Parameter.empty if parameter.get("required") else UNSET)


@pytest.mark.parametrize(("method", "path", "op", "parameters"), OPERATIONS, ids=IDS)
def test_docstring_is_one_line_naming_method_and_path(
    method: str, path: str, op: dict[str, Any], parameters: list[dict[str, Any]]
) -> None:
    doc = facade_methods()[snake(op["operationId"])].__doc__
    assert doc is not None
    assert "\n" not in doc
    placeholders = re.compile(r"\{[^}]+\}")
    assert placeholders.sub("{}", doc).endswith(f"{method} {placeholders.sub('{}', path)}")


@pytest.mark.parametrize(("method", "path", "op", "parameters"), OPERATIONS, ids=IDS)
def test_every_operation_module_has_the_contract(
    method: str, path: str, op: dict[str, Any], parameters: list[dict[str, Any]]
) -> None:
    module = module_for(op["operationId"])
    assert inspect.iscoroutinefunction(module.asyncio_detailed)
    assert inspect.iscoroutinefunction(module.asyncio)
    assert callable(module.parse_response)
    assert callable(module.request_args)
    endpoint = module.ENDPOINT
    assert (endpoint.method, endpoint.path) == (method.upper(), path)
    assert endpoint.request is module.request_args and endpoint.parse is module.parse_response


def test_paginated_lists_exactly_the_paginated_operations() -> None:
    expected = {
        snake(op["operationId"]): snake(op["x-paginated-items"])
        for _, _, op, _ in OPERATIONS
        if "x-paginated-items" in op
    }
    found = {
        name: method.items.field
        for name, method in vars(api.Operations).items()
        if isinstance(method, PaginatedOperation)
    }
    assert found == expected
    for name in {snake(op["operationId"]) for _, _, op, _ in OPERATIONS} - set(expected):
        assert getattr(paginated, name) is None, name


PAGINATED_OPERATIONS = [op for _, _, op, _ in OPERATIONS if "x-paginated-items" in op]


@pytest.mark.parametrize("op", PAGINATED_OPERATIONS, ids=[op["operationId"] for op in PAGINATED_OPERATIONS])
def test_paginated_operations_take_page_and_per_page(op: dict[str, Any]) -> None:
    signature = inspect.signature(facade_methods()[snake(op["operationId"])])
    assert {"page", "per_page"} <= set(signature.parameters)
