"""Arguments checked against the spec's constraints before anything is sent (`InvalidArgument`, naming the argument).

The one argument check: each operation's `Endpoint` carries its constraints (from `_generated/constraints.py`,
which `custom/constraints.py` writes from the spec: ranges, lengths, patterns, enum values, required parameters),
and the client's funnel checks them here. The facade only turns plain enum values into members.
"""

from __future__ import annotations

import codecs
import io
import math
import re
from collections.abc import Callable, Mapping
from enum import Enum
from typing import Any

from ._generated.constraints import Constraints
from ._generated.types import Endpoint, File, Unset
from .errors import InvalidArgument

__all__ = ["check_arguments"]


def check_arguments(endpoint: Endpoint[Any], arguments: Mapping[str, Any]) -> None:
    """InvalidArgument for an argument outside the spec's constraints on `endpoint`, naming it and what it allows."""
    for name, rules in endpoint.parameters.items():
        _check_value(name, arguments.get(name), rules)
    body = arguments.get("body")
    if body is not None and not isinstance(body, Unset):
        for name, rules in endpoint.body.items():  # by facade argument name: `body_x` for a property x
            attribute = name if hasattr(body, name) else name.removeprefix("body_")
            _check_value(name, getattr(body, attribute, None), rules)


def _number(value: object) -> int | float | None:
    """`value` when it is a finite number (not a bool), else None."""
    if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value):
        return value
    return None


_TYPES: dict[str, tuple[str, Callable[[object], bool]]] = {
    "integer": ("an integer", lambda v: isinstance(v, int) and not isinstance(v, bool)),
    "number": ("a number", lambda v: _number(v) is not None),
    "string": ("a string", lambda v: isinstance(v, str)),
    "boolean": ("True or False", lambda v: isinstance(v, bool)),
}


def _check_value(name: str, value: object, rules: Constraints) -> None:
    """InvalidArgument naming `name` and what it allows when `value` breaks one of `rules`."""
    if value is None or isinstance(value, Unset):
        if rules.get("required"):
            raise InvalidArgument(name, f"is required{_allowed(rules)}")
        return
    kind = rules.get("type")
    if isinstance(kind, str) and kind in _TYPES and not _TYPES[kind][1](value):
        raise InvalidArgument(name, f"must be {_TYPES[kind][0]}{_range(rules)}, not {_shown(value)}")
    number = _number(value)
    if number is not None:
        low, high = _number(rules.get("minimum")), _number(rules.get("maximum"))
        above, below = _number(rules.get("exclusiveMinimum")), _number(rules.get("exclusiveMaximum"))
        if (
            (low is not None and number < low)
            or (high is not None and number > high)
            or (above is not None and number <= above)
            or (below is not None and number >= below)
        ):
            raise InvalidArgument(name, f"must be{_range(rules)}, not {number!r}")
    if isinstance(value, str):
        shortest, longest, pattern = rules.get("minLength"), rules.get("maxLength"), rules.get("pattern")
        if isinstance(shortest, int) and len(value) < shortest:
            raise InvalidArgument(name, f"must be at least {shortest} character(s) long, not {value!r}")
        if isinstance(longest, int) and len(value) > longest:
            raise InvalidArgument(name, f"must be at most {longest} characters long, not {len(value)}")
        if isinstance(pattern, str) and not re.search(pattern, value):
            raise InvalidArgument(name, f"must match {pattern!r}, not {value!r}")
    allowed = rules.get("enum")
    if not isinstance(allowed, tuple) and isinstance(value, str):  # a union's one string enum applies to strings
        allowed = rules.get("stringEnum")
    if isinstance(allowed, tuple):
        plain = value.value if isinstance(value, Enum) else value
        if plain not in allowed:
            raise InvalidArgument(name, f"{plain!r} is not one of {', '.join(map(repr, allowed))}", allowed)
    if rules.get("contentType") == "text/csv":
        _check_csv(name, value)


def _range(rules: Constraints) -> str:
    """The allowed range in words (" from 1 to 100", " of at least 1"), or "" when there is none."""
    low, high = rules.get("minimum"), rules.get("maximum")
    above, below = rules.get("exclusiveMinimum"), rules.get("exclusiveMaximum")
    words = [
        f" from {low} to {high}" if low is not None and high is not None else "",
        f" of at least {low}" if low is not None and high is None else "",
        f" of at most {high}" if high is not None and low is None else "",
        f" above {above}" if above is not None else "",
        f" below {below}" if below is not None else "",
    ]
    return " and".join(word for word in words if word)


def _allowed(rules: Constraints) -> str:
    kind = rules.get("type")
    wanted = _TYPES[kind][0] if isinstance(kind, str) and kind in _TYPES else "a value"
    return f": {wanted}{_range(rules)}"


def _shown(value: object) -> str:
    text = repr(value)
    return f"{type(value).__name__} {text[:60]}{'...' if len(text) > 60 else ''}"


_CSV_TYPES = frozenset({"text/csv", "text/plain", "application/csv", "text/comma-separated-values"})
_CSV_SUFFIXES = frozenset({"csv", "txt"})
_CSV_FIELD = r"[a-z][a-z0-9_]*"
_PEEK = 64 * 1024
"""How much of an upload is read ahead to check it is CSV."""


def _check_csv(name: str, value: object) -> None:
    """InvalidArgument unless `value` (a File or bytes) looks like a CSV file that starts with a header line.

    A file object is read at most 64 KiB ahead and put back where it was; one that cannot seek is not inspected.
    """
    file = value if isinstance(value, File) else None
    payload: object = file.payload if file is not None else value
    if payload is None:
        raise InvalidArgument(name, "is missing: give the CSV file's bytes or an open binary file")
    mime = (file.mime_type or "") if file is not None else ""
    if mime and mime.split(";")[0].strip().lower() not in _CSV_TYPES:
        raise InvalidArgument(name, f"must be a CSV file (text/csv), not {mime}")
    file_name = (file.file_name or "") if file is not None else ""
    if "." in file_name and file_name.rpartition(".")[2].lower() not in _CSV_SUFFIXES:
        raise InvalidArgument(name, f"must be a CSV file (.csv or .txt), not {file_name!r}")
    if isinstance(payload, bytes | bytearray | memoryview):
        head = bytes(payload[:_PEEK])
    elif isinstance(payload, io.IOBase):
        if not payload.seekable():
            return
        start = payload.tell()
        peeked: object = payload.read(_PEEK)
        payload.seek(start)
        if not isinstance(peeked, bytes):
            raise InvalidArgument(name, "must be a file opened in binary mode ('rb'), not text mode")
        head = peeked
    else:
        raise InvalidArgument(name, f"must be bytes or an open binary file, not {type(payload).__name__}")
    if not head.strip():
        raise InvalidArgument(name, "is empty: a CSV file starts with a header line of field names")
    if b"\x00" in head:
        raise InvalidArgument(name, "is not CSV: it holds binary data (NUL bytes)")
    try:
        text = codecs.getincrementaldecoder("utf-8-sig")().decode(head, final=len(head) < _PEEK)
    except UnicodeDecodeError as exc:
        raise InvalidArgument(name, f"is not CSV: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    import csv  # here: only an inventory upload needs it

    header = next(csv.reader(io.StringIO(text.lstrip())), [])
    if not header or not all(re.fullmatch(_CSV_FIELD, field.strip()) for field in header):
        shown = ",".join(header)[:60]
        raise InvalidArgument(
            name,
            "has no header line: the first line must name the fields in lower case "
            f"(such as release_id,price,media_condition), not {shown!r}",
        )
