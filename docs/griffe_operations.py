"""A griffe extension for the API reference: each operation's entry gets its parameters, constraints and errors.

The generated facade methods carry a one-line docstring (summary, method and path). For the reference, this adds
what a reader needs from the spec (`openapi/discogs.yaml`) and the checked constraints
(`discogs_async._generated.constraints`): the operation's description, each argument with its description and
its bounds or allowed values, what it returns, and the errors it raises. Only the site is affected; nothing here
runs when the package is used.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Any

import griffe
import yaml

from discogs_async._generated.constraints import BODY, PARAMETERS

SPEC = Path(__file__).resolve().parent.parent / "openapi" / "discogs.yaml"
FACADE = "discogs_async._generated.api.Operations"
ERRORS = {
    "401": ("AuthenticationError", "401: the credentials are missing or were refused."),
    "403": ("ForbiddenError", "403: these credentials may not do this."),
    "404": ("NotFoundError", "404: no such resource (or a page past the last one)."),
    "409": ("DiscogsError", "409: the request conflicts with the resource's state."),
    "422": ("ValidationError", "422: the server refused the values."),
}
ALWAYS = [
    ("RateLimitError", "429 still after the governor's pause and the retries."),
    ("ServerError", "5xx still after the retries."),
    ("NetworkError", "No usable answer (connection failed, timed out, dropped) after the retries."),
    ("UnexpectedResponse", "A success whose body is not what the spec says."),
]


def _snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).replace("-", "_").lower()


def _resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _constraint_text(constraints: dict[str, Any]) -> str:
    parts = []
    low, high = constraints.get("minimum"), constraints.get("maximum")
    if low is not None and high is not None:
        parts.append(f"from {low} to {high}")
    elif low is not None:
        parts.append(f"at least {low}")
    elif high is not None:
        parts.append(f"at most {high}")
    if "exclusiveMinimum" in constraints:
        parts.append(f"above {constraints['exclusiveMinimum']}")
    if "exclusiveMaximum" in constraints:
        parts.append(f"below {constraints['exclusiveMaximum']}")
    if "minLength" in constraints:
        parts.append(f"at least {constraints['minLength']} characters")
    if "maxLength" in constraints:
        parts.append(f"at most {constraints['maxLength']} characters")
    values = constraints.get("enum") or constraints.get("stringEnum")
    if values:
        parts.append("one of " + ", ".join(f"`{value}`" for value in values))
    if "pattern" in constraints:
        parts.append(f"matching `{constraints['pattern']}`")
    if "contentType" in constraints:
        parts.append(f"sent as `{constraints['contentType']}`")
    return "; ".join(parts)


class OperationDocs(griffe.Extension):
    """Writes Args, Returns and Raises sections into the docstrings of the facade's operation methods."""

    def __init__(self) -> None:
        self.spec: dict[str, Any] = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
        self.operations: dict[str, tuple[str, str, dict[str, Any]]] = {}
        for path, item in self.spec["paths"].items():
            for method, operation in item.items():
                if isinstance(operation, dict) and "operationId" in operation:
                    self.operations[_snake(operation["operationId"])] = (method.upper(), path, operation)

    def on_function_instance(
        self,
        *,
        node: ast.AST | griffe.ObjectNode,
        func: griffe.Function,
        agent: griffe.Visitor | griffe.Inspector,
        **kwargs: Any,
    ) -> None:
        """Rewrite the docstring of one operation method of the facade."""
        if func.parent is None or func.parent.path != FACADE or func.name not in self.operations:
            return
        method, path, operation = self.operations[func.name]
        key = next((key for key in PARAMETERS.keys() | BODY.keys() if key.split(".")[1] == func.name), None)
        constraints = {**PARAMETERS.get(key, {}), **BODY.get(key, {})} if key else {}
        descriptions = self._descriptions(operation)
        signature = [p.name for p in func.parameters if p.name != "self"]
        lines = [(operation.get("summary") or func.name).rstrip(".") + f": `{method} {path}`.", ""]
        if operation.get("description"):
            lines += [operation["description"].strip(), ""]
        if "x-paginated-items" in operation:
            items = operation["x-paginated-items"]
            lines += [f"Paginated: walk it with `paginate()` or `pages()`; the items are the page's `{items}`.", ""]
        if signature:
            lines.append("Args:")
            for name in signature:
                found = constraints.get(name, {})
                text = descriptions.get(name.removeprefix("body_").rstrip("_"), "").strip().rstrip(".")
                bounds = _constraint_text(dict(found))
                sentence = ". ".join(part for part in (text, bounds[:1].upper() + bounds[1:] if bounds else "") if part)
                lines.append(f"    {name}: {sentence or 'See the Discogs documentation'}.")
            lines.append("")
        returns = func.returns
        if isinstance(returns, griffe.ExprSubscript) and str(returns.left) == "Response":
            func.returns = returns = returns.slice  # the call gives the parsed body; the Response is the raw path
        lines += [
            "Returns:",
            "    The parsed answer (`.with_raw_response(...)` gives the whole `Response`, headers included).",
            "",
            "Raises:",
        ]
        lines.append("    InvalidArgument: An argument outside the constraints above; nothing is sent.")
        for status in sorted(operation.get("responses", {})):
            if status in ERRORS:
                error, text = ERRORS[status]
                lines.append(f"    {error}: {text}")
        lines += [f"    {error}: {text}" for error, text in ALWAYS]
        func.docstring = griffe.Docstring("\n".join(lines), parent=func, parser=griffe.Parser.google)

    def _descriptions(self, operation: dict[str, Any]) -> dict[str, str]:
        """Argument name (snake case, no trailing `_`) -> its description in the spec, parameters and body fields."""
        found: dict[str, str] = {}
        for parameter in operation.get("parameters", []):
            parameter = _resolve(self.spec, parameter)
            found[_snake(parameter["name"])] = parameter.get("description", "")
        for media in operation.get("requestBody", {}).get("content", {}).values():
            schema = _resolve(self.spec, media.get("schema", {}))
            for name, prop in schema.get("properties", {}).items():
                found.setdefault(_snake(name), _resolve(self.spec, prop).get("description", ""))
        return found
