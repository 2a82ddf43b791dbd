"""Arguments checked against the spec's constraints before anything is sent (`InvalidArgument`, naming the argument).

The constraints come from `_generated/constraints.py`, which `custom/constraints.py` writes from the spec (the
generator's templates cannot see parameter ranges). Enum arguments are checked by the generated facade itself.
"""

from __future__ import annotations

import codecs
import csv
import io
import math
import re
from collections.abc import Callable, Mapping
from typing import Any

from ._generated import errors as generated
from ._generated.constraints import BODY, PARAMETERS, Constraints
from ._generated.types import File, Unset

__all__ = ["check_arguments"]


def check_arguments(operation: Callable[..., Any], kwargs: Mapping[str, Any]) -> None:
    """InvalidArgument for an argument outside the spec's constraints (`_generated/constraints.py`)."""
    key = getattr(operation, "__module__", "").rpartition("._generated.api.")[2]
    for name, rules in PARAMETERS.get(key, {}).items():
        _check_value(name, kwargs.get(name), rules)
    body = kwargs.get("body")
    if body is not None and not isinstance(body, Unset):
        for name, rules in BODY.get(key, {}).items():  # by facade argument name: `body_x` for a property x
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
            raise generated.InvalidArgument(name, f"is required{_allowed(rules)}")
        return
    kind = rules.get("type")
    if isinstance(kind, str) and kind in _TYPES and not _TYPES[kind][1](value):
        raise generated.InvalidArgument(name, f"must be {_TYPES[kind][0]}{_range(rules)}, not {_shown(value)}")
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
            raise generated.InvalidArgument(name, f"must be{_range(rules)}, not {number!r}")
    if isinstance(value, str):
        shortest, longest, pattern = rules.get("minLength"), rules.get("maxLength"), rules.get("pattern")
        if isinstance(shortest, int) and len(value) < shortest:
            raise generated.InvalidArgument(name, f"must be at least {shortest} character(s) long, not {value!r}")
        if isinstance(longest, int) and len(value) > longest:
            raise generated.InvalidArgument(name, f"must be at most {longest} characters long, not {len(value)}")
        if isinstance(pattern, str) and not re.search(pattern, value):
            raise generated.InvalidArgument(name, f"must match {pattern!r}, not {value!r}")
    allowed = rules.get("enum")
    if isinstance(allowed, tuple) and value not in allowed:
        raise generated.InvalidArgument(name, f"{value!r} is not one of {', '.join(map(repr, allowed))}", allowed)
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
_CSV_FIELD = re.compile(r"[a-z][a-z0-9_]*")
_PEEK = 64 * 1024
"""How much of an upload is read ahead to check it is CSV."""


def _check_csv(name: str, value: object) -> None:
    """InvalidArgument unless `value` (a File or bytes) looks like a CSV file that starts with a header line.

    A file object is read at most 64 KiB ahead and put back where it was; one that cannot seek is not inspected.
    """
    file = value if isinstance(value, File) else None
    payload: object = file.payload if file is not None else value
    if payload is None:
        raise generated.InvalidArgument(name, "is missing: give the CSV file's bytes or an open binary file")
    mime = (file.mime_type or "") if file is not None else ""
    if mime and mime.split(";")[0].strip().lower() not in _CSV_TYPES:
        raise generated.InvalidArgument(name, f"must be a CSV file (text/csv), not {mime}")
    file_name = (file.file_name or "") if file is not None else ""
    if "." in file_name and file_name.rpartition(".")[2].lower() not in _CSV_SUFFIXES:
        raise generated.InvalidArgument(name, f"must be a CSV file (.csv or .txt), not {file_name!r}")
    if isinstance(payload, bytes | bytearray | memoryview):
        head = bytes(payload[:_PEEK])
    elif isinstance(payload, io.IOBase):
        if not payload.seekable():
            return
        start = payload.tell()
        peeked: object = payload.read(_PEEK)
        payload.seek(start)
        if not isinstance(peeked, bytes):
            raise generated.InvalidArgument(name, "must be a file opened in binary mode ('rb'), not text mode")
        head = peeked
    else:
        raise generated.InvalidArgument(name, f"must be bytes or an open binary file, not {type(payload).__name__}")
    if not head.strip():
        raise generated.InvalidArgument(name, "is empty: a CSV file starts with a header line of field names")
    if b"\x00" in head:
        raise generated.InvalidArgument(name, "is not CSV: it holds binary data (NUL bytes)")
    try:
        text = codecs.getincrementaldecoder("utf-8-sig")().decode(head, final=len(head) < _PEEK)
    except UnicodeDecodeError as exc:
        raise generated.InvalidArgument(
            name, f"is not CSV: not UTF-8 text ({exc.reason} at byte {exc.start})"
        ) from None
    header = next(csv.reader(io.StringIO(text.lstrip())), [])
    if not header or not all(_CSV_FIELD.fullmatch(field.strip()) for field in header):
        shown = ",".join(header)[:60]
        raise generated.InvalidArgument(
            name,
            "has no header line: the first line must name the fields in lower case "
            f"(such as release_id,price,media_condition), not {shown!r}",
        )
