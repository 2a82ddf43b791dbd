"""Shared helpers for tests that read ../shared/reference: the recorded bodies and where they belong."""

from __future__ import annotations

import functools
import importlib
import json
import os
import pathlib
import re
from dataclasses import dataclass
from types import ModuleType
from typing import Any

ROOT = pathlib.Path(__file__).resolve().parent.parent
SHARED = pathlib.Path(os.environ.get("DISCOGS_SHARED", ROOT.parent / "shared"))
REFERENCE = SHARED / "reference"
SPEC = pathlib.Path(os.environ.get("DISCOGS_SPEC", ROOT / "openapi" / "discogs.yaml"))
TRUSTED_LABELS = {"real capture", "likely real"}
METHODS = ("get", "put", "post", "delete", "patch")


@dataclass(frozen=True)
class Body:
    """One recorded response body and the operation it answers."""

    name: str
    method: str
    path: str
    status: int
    body: Any


def snake(name: str) -> str:
    """The generator's module name for an operationId."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


@functools.cache
def load_spec() -> dict[str, Any]:
    """The spec, read once per test run."""
    import yaml

    return dict(yaml.safe_load(SPEC.read_text()))


def operations(spec: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    """(METHOD, path template) -> operation object."""
    return {
        (method.upper(), path): op
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if method in METHODS
    }


def module_for(operation_id: str) -> ModuleType:
    """The generated endpoint module of an operation, wherever its tag put it."""
    import discogs_async._generated.api as api

    name = snake(operation_id)
    for folder in pathlib.Path(api.__file__).parent.iterdir():
        if (folder / f"{name}.py").exists():
            return importlib.import_module(f"{api.__name__}.{folder.name}.{name}")
    raise LookupError(f"no generated module for {operation_id}")


def success_bodies() -> list[Body]:
    """Every 2xx documentation example and every trusted real 2xx body."""
    found: list[Body] = []
    for file in sorted((REFERENCE / "doc-examples").glob("*.json")):
        data = json.loads(file.read_text())
        if 200 <= data["status"] < 300:
            found.append(Body(f"doc:{file.stem}", data["method"], data["path"], data["status"], data["body"]))
    for file in sorted((REFERENCE / "real-responses").glob("*/*.json")):
        data = json.loads(file.read_text())
        if 200 <= data["status"] < 300 and data["label"] in TRUSTED_LABELS:
            name = f"real:{file.parent.name}/{file.stem}"
            found.append(Body(name, data["method"], data["path_template"], data["status"], data["body"]))
    return found


def canonical(value: Any) -> str:
    """JSON text that tells 1 from 1.0 and ignores key order."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def differences(expected: Any, actual: Any, where: str = "$") -> list[str]:
    """Where two JSON values differ, in type or value, as readable paths."""
    if isinstance(expected, dict) and isinstance(actual, dict):
        out: list[str] = []
        for key in expected.keys() | actual.keys():
            if key not in actual:
                out.append(f"{where}.{key}: dropped")
            elif key not in expected:
                out.append(f"{where}.{key}: added {actual[key]!r:.60}")
            else:
                out += differences(expected[key], actual[key], f"{where}.{key}")
        return out
    if isinstance(expected, list) and isinstance(actual, list):
        if len(expected) != len(actual):
            return [f"{where}: {len(expected)} items became {len(actual)}"]
        return [
            d for i, (e, a) in enumerate(zip(expected, actual, strict=True)) for d in differences(e, a, f"{where}[{i}]")
        ]
    if canonical(expected) != canonical(actual):
        return [f"{where}: {expected!r:.60} became {actual!r:.60}"]
    return []
