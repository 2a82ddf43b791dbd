"""The ``Accept`` text formats: Discogs markup (``[b]…[/b]``, ``[url=…]…[/url]``) as sent, as HTML or as plain text.

The documentation: ``application/vnd.discogs.v2.{html|plaintext|discogs}+json`` choose how "an endpoint that may
have text formatting in it" renders it; no or any other ``Accept`` header means ``discogs``. QUIRKS.md C2: the
variants still exist on the live API.
"""

from __future__ import annotations

import html
import re
from typing import Any

__all__ = ["TEXT_FIELDS", "render", "text_format"]

TEXT_FIELDS = frozenset({"profile", "notes", "description"})
_ACCEPT = re.compile(r"application/vnd\.discogs\.v2\.(html|plaintext|discogs)\+json", re.IGNORECASE)
_TAGS = {"b": "strong", "i": "em", "u": "u", "s": "s"}
_SIMPLE = re.compile(r"\[(/?)([bius])\]", re.IGNORECASE)
_URL = re.compile(r"\[url=([^\]]+)\](.*?)\[/url\]", re.IGNORECASE | re.DOTALL)
_BARE_URL = re.compile(r"\[url\](.*?)\[/url\]", re.IGNORECASE | re.DOTALL)
_NAMED = re.compile(r"\[[alrm]=([^\]]+)\]", re.IGNORECASE)


def text_format(accept: str | None) -> str:
    """``html``, ``plaintext`` or ``discogs`` (the default) from an ``Accept`` header."""
    match = _ACCEPT.search(accept or "")
    return match.group(1).lower() if match else "discogs"


def _html(text: str) -> str:
    out = html.escape(text, quote=False)
    out = _URL.sub(lambda m: f'<a href="{html.escape(m[1])}">{m[2]}</a>', out)
    out = _BARE_URL.sub(lambda m: f'<a href="{html.escape(m[1])}">{m[1]}</a>', out)
    out = _SIMPLE.sub(lambda m: f"<{m[1]}{_TAGS[m[2].lower()]}>", out)
    out = _NAMED.sub(lambda m: m[1], out)
    return out.replace("\r\n", "\n").replace("\n", "<br />\n")


def _plain(text: str) -> str:
    out = _URL.sub(lambda m: m[2], text)
    out = _BARE_URL.sub(lambda m: m[1], out)
    out = _SIMPLE.sub("", out)
    return _NAMED.sub(lambda m: m[1], out)


def render(body: Any, fmt: str) -> Any:
    """``body`` with the string values of :data:`TEXT_FIELDS` (at any depth) rendered in ``fmt``."""
    if fmt == "discogs":
        return body
    convert = _html if fmt == "html" else _plain
    if isinstance(body, dict):
        return {k: convert(v) if k in TEXT_FIELDS and isinstance(v, str) else render(v, fmt) for k, v in body.items()}
    if isinstance(body, list):
        return [render(item, fmt) for item in body]
    return body
