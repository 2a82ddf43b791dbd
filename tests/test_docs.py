"""The documentation site builds with no warning, and its API reference covers every public name."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

import discogs_async
from discogs_async import auth, cache, errors, governor, models, pagination, redis_governor, retry, types
from discogs_async._generated.api import Operations

ROOT = Path(__file__).resolve().parent.parent
MODULES = [discogs_async, auth, cache, errors, governor, models, pagination, redis_governor, retry, types]

pytest.importorskip("mkdocs", reason="the `docs` extra is not installed")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site, built with `mkdocs build --strict` (any warning fails)."""
    site = tmp_path_factory.mktemp("site")
    built = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(site)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"},
    )
    assert built.returncode == 0, built.stdout + built.stderr
    return site


@pytest.fixture(scope="module")
def anchors(site: Path) -> set[str]:
    """The ids of every entry of the API reference."""
    found: set[str] = set()
    for page in (site / "reference").rglob("*.html"):
        found.update(re.findall(r'id="(discogs_async[\w.]*)"', page.read_text()))
    return found


def _documented(name: str, anchors: set[str]) -> bool:
    return any(anchor == name or anchor.endswith("." + name) for anchor in anchors)


def test_every_public_name_has_a_reference_entry(anchors: set[str]) -> None:
    testing = pytest.importorskip("discogs_async.testing")
    plugin = pytest.importorskip("discogs_async.testing.pytest_plugin")
    names = {name for module in [*MODULES, testing, plugin] for name in module.__all__} - {"__version__"}
    missing = sorted(name for name in names if not _documented(name, anchors))
    assert not missing, f"public names with no entry in docs/reference: {missing}"


def test_every_operation_is_in_the_client_reference(anchors: set[str]) -> None:
    operations = [name for name in vars(Operations) if not name.startswith("_") and callable(getattr(Operations, name))]
    assert len(operations) >= 62
    missing = sorted(name for name in operations if f"discogs_async.Discogs.{name}" not in anchors)
    assert not missing, f"operations missing from docs/reference/client.md: {missing}"


def test_docs_import_only_the_public_surface() -> None:
    pages = [*ROOT.joinpath("docs").rglob("*.md"), ROOT / "README.md"]
    offending = [str(page.relative_to(ROOT)) for page in pages if re.search(r"import.*_generated", page.read_text())]
    assert not offending


def _operation_entries(site: Path) -> dict[str, str]:
    """Each operation's entry in the client reference, as text."""
    page = (site / "reference" / "client" / "index.html").read_text()
    parts = re.split(r'<h3 id="discogs_async\.Discogs\.(\w+)"', page)
    return {name: re.sub(r"<[^>]+>", " ", body) for name, body in zip(parts[1::2], parts[2::2], strict=True)}


def test_operation_entries_carry_parameters_constraints_and_errors(site: Path) -> None:
    entries = _operation_entries(site)
    search = " ".join(entries["search_database"].split())
    assert "per_page" in search and "From 1 to 100" in search
    assert "One of release , master , artist , label" in search.replace("  ", " ")
    assert "NotFoundError" in search and "InvalidArgument" in search
    for name in (n for n in vars(Operations) if not n.startswith("_")):
        assert "Raises:" in entries[name], name
