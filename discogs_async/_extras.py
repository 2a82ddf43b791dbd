"""Optional features and the extra that installs each: a missing one is named in one line, not a traceback."""

from __future__ import annotations

import importlib
from types import ModuleType

__all__ = ["MissingExtraError", "require"]


class MissingExtraError(ImportError):
    """A feature was used whose optional dependencies are not installed; the message names the extra."""


def require(extra: str, module: str) -> ModuleType:
    """Import `module`, or raise `MissingExtraError` saying which extra of discogs-async installs it."""
    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name is None or module.split(".")[0] != exc.name.split(".")[0]:
            raise  # something inside the module is missing: not ours to explain
        raise MissingExtraError(
            f"this feature needs the '{extra}' extra (missing module {exc.name!r}): "
            f"pip install 'discogs-async[{extra}]', or from a clone: pip install '.[{extra}]'",
            name=exc.name,
        ) from None
