"""The harvest's output: one JSON object a line, one writer at a time, and a record of what the file holds.

Beside `OUT` the harvester keeps `OUT.meta.json`: what `OUT` is a harvest of (resource, key, parameters, API host)
and how far each listing got. A sidecar rather than a first line, so that `OUT` stays plain JSON Lines of items
only (every line is an item, `wc -l` counts them, `jq` needs no special case). A run asking for another harvest is
refused; so is a non-empty `OUT` without its record, since nothing says what it holds.

Resume reads `OUT` once, as a stream, keeping only a sorted array of 8-byte item keys; a torn last line (a kill
mid-write) is cut off and fetched again.
"""

from __future__ import annotations

import errno
import fcntl
import json
import os
import stat
import sys
import zlib
from array import array
from bisect import bisect_left
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

__all__ = ["DoneIndex", "Failures", "HarvestRefused", "Output", "describe", "item_key"]

_ID_BITS = 40


class HarvestRefused(Exception):
    """The harvest cannot start: another harvester holds the file, or the file holds another harvest."""


def item_key(item: Any) -> int | None:
    """An item's key as one integer: its id, with its `type` folded in when it has one (an artist's masters and
    releases share a listing, not an id space); None when it has no integer id."""
    if not isinstance(item, dict):
        return None
    ident = item.get("id")
    if not isinstance(ident, int) or isinstance(ident, bool) or not 0 <= ident < 2**_ID_BITS:
        return None
    kind = item.get("type")
    if isinstance(kind, str):
        return ((zlib.crc32(kind.encode()) & 0x3FFFFF) + 1) << _ID_BITS | ident
    return ident


class DoneIndex:
    """The keys of the items a file holds: a sorted `array('q')` (8 bytes an item) plus the keys added since."""

    def __init__(self) -> None:
        self._sorted = array("q")
        self._pending = array("q")
        self._added: set[int] = set()

    def load(self, key: int) -> None:
        """Count one key read from the file (call `freeze` when done)."""
        self._pending.append(key)

    def freeze(self) -> None:
        """Sort what was loaded, for lookups by bisection."""
        self._sorted = array("q", sorted(self._pending))
        self._pending = array("q")

    def add(self, key: int) -> None:
        """Remember a key written by this run."""
        self._added.add(key)

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, int):
            return False
        if key in self._added:
            return True
        at = bisect_left(self._sorted, key)
        return at < len(self._sorted) and self._sorted[at] == key

    def __iter__(self) -> Iterator[int]:
        yield from self._sorted
        yield from self._added

    def __len__(self) -> int:
        return len(self._sorted) + len(self._added)


def describe(target: dict[str, Any]) -> str:
    """`label-releases 17 from https://api.discogs.com`, with its parameters if any."""
    key = target.get("key")
    shown = "" if key is None else f" {key!r}" if isinstance(key, str) else f" {key}"
    params = "".join(f" --{name}={value}" for name, value in sorted(target.get("params", {}).items()))
    return f"{target['resource']}{shown}{params} from {target['api']}"


class Output:
    """Where items go: a regular file (locked, described by its sidecar, resumable), standard output, or another
    kind of file such as a FIFO or a device (written as a stream, no resume)."""

    def __init__(self, name: str, target: dict[str, Any]) -> None:
        self.name = name
        self.target = target
        self.path = None if name == "-" else Path(name)
        self.meta_path = None if self.path is None else self.path.with_name(self.path.name + ".meta.json")
        self.resumable = False
        self.index = DoneIndex()
        self.lines = 0
        """Items the file held before this run."""
        self.progress: dict[str, dict[str, Any]] = {}
        self._handle: IO[bytes] | None = None
        self._meta: dict[str, Any] = {}

    def open(self) -> None:
        """Take the lock, check what the file holds, read its keys; raises HarvestRefused or OSError."""
        if self.path is None:
            self._handle = sys.stdout.buffer
            return
        try:
            mode = self.path.stat().st_mode
        except FileNotFoundError:
            mode = stat.S_IFREG
        if not stat.S_ISREG(mode):
            self._handle = self._open_special(self.path, mode)
            print(f"note: -o {self.path} is not a regular file: written as a stream, without resume", file=sys.stderr)
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise HarvestRefused(
                f"{self.path} is being written by another harvester (it holds the file's lock): "
                "wait for it to finish, or give this one another -o"
            ) from None
        self._handle = os.fdopen(fd, "ab")
        try:
            self._check_meta(os.fstat(fd).st_size)
            self._read_index(fd)
        except BaseException:
            self.close()
            raise
        self.resumable = True

    @staticmethod
    def _open_special(path: Path, mode: int) -> IO[bytes]:
        if stat.S_ISFIFO(mode):
            try:  # without a reader, opening a FIFO for writing would wait for ever
                fd = os.open(path, os.O_WRONLY | os.O_NONBLOCK)
            except OSError as error:
                if error.errno == errno.ENXIO:
                    raise HarvestRefused(f"-o {path} is a FIFO that no process reads") from None
                raise
            os.set_blocking(fd, True)
            return os.fdopen(fd, "wb")
        return path.open("wb")

    def _check_meta(self, size: int) -> None:
        assert self.meta_path is not None and self.path is not None
        try:
            meta = json.loads(self.meta_path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            if size:
                raise HarvestRefused(
                    f"{self.path} holds {size} bytes but no record of what it is a harvest of ({self.meta_path} is "
                    "missing): resuming into it could mix two harvests; move it away or give another -o"
                ) from None
            meta = {"harvest": self.target, "progress": {}}
            self._meta = meta
            self._save()
        except ValueError:
            raise HarvestRefused(f"{self.meta_path} is not readable JSON: move it and {self.path} away") from None
        if meta.get("harvest") != self.target:
            held = meta.get("harvest")
            said = describe(held) if isinstance(held, dict) and {"resource", "api"} <= held.keys() else repr(held)
            raise HarvestRefused(
                f"{self.path} holds a harvest of {said}; this run asks for {describe(self.target)}: "
                "give this one another -o (or leave -o out for its own default name)"
            )
        self._meta = meta
        progress = meta.get("progress")
        self.progress = progress if isinstance(progress, dict) else {}

    def _read_index(self, fd: int) -> None:
        """Stream the file once: keep each item's key, cut a torn last line off."""
        assert self.path is not None
        end = 0  # the end of the last whole, valid line
        size = os.fstat(fd).st_size
        with self.path.open("rb") as handle:
            for line in handle:
                try:
                    item = json.loads(line) if line.endswith(b"\n") else None
                except ValueError:
                    item = None
                if item is None:
                    if end + len(line) == size:  # the last line: cut by a kill
                        break
                    print(f"warning: {self.path}: skipping an unreadable line at byte {end}", file=sys.stderr)
                else:
                    key = item_key(item)
                    if key is not None:
                        self.index.load(key)
                    self.lines += 1
                end += len(line)
        if end < size:
            os.ftruncate(fd, end)
        self.index.freeze()

    def write(self, item: Any) -> None:
        """Append one item as one line, flushed at once so that an interrupted run leaves a valid file."""
        assert self._handle is not None
        self._handle.write(json.dumps(item, ensure_ascii=False).encode() + b"\n")
        self._handle.flush()

    def save_progress(self, name: str, state: dict[str, Any]) -> None:
        """Record how far the listing pass `name` got (only for a resumable file)."""
        self.progress[name] = state
        if self.resumable:
            self._meta["progress"] = self.progress
            self._save()

    def _save(self) -> None:
        assert self.meta_path is not None
        temporary = self.meta_path.with_name(self.meta_path.name + ".tmp")
        temporary.write_text(json.dumps(self._meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        os.replace(temporary, self.meta_path)

    def items(self) -> Iterator[Any]:
        """Every item the file holds now, read as a stream (for the image pass)."""
        assert self.path is not None
        with self.path.open("rb") as handle:
            for line in handle:
                if line.endswith(b"\n"):
                    try:
                        yield json.loads(line)
                    except ValueError:
                        continue

    def close(self) -> None:
        """Close the file and release the lock (what was written stays)."""
        if self._handle is not None and self.path is not None:
            self._handle.close()
        elif self._handle is not None:
            self._handle.flush()  # standard output stays open
        self._handle = None


class Failures:
    """The failures of this run, one JSON object a line with its reason: in a file (none, no file) or on stderr."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.count = 0
        self._handle: IO[str] | None = None

    def start(self) -> None:
        """Drop an earlier run's file: this run retries what it lists."""
        if self.path is not None:
            self.path.unlink(missing_ok=True)

    def record(self, record: dict[str, Any]) -> None:
        """Write one failure at once."""
        self.count += 1
        line = json.dumps(record, ensure_ascii=False)
        if self.path is None:
            print(f"failed: {line}", file=sys.stderr)
            return
        if self._handle is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._handle = self.path.open("a", encoding="utf-8")
        self._handle.write(line + "\n")
        self._handle.flush()

    def close(self) -> None:
        """Close the file."""
        if self._handle is not None:
            self._handle.close()
            self._handle = None
