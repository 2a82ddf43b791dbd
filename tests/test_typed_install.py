"""What users install is typed: the wheel, installed alone in a fresh venv, passes `mypy --strict` on a user program.

Our own `mypy --strict` checks the source tree; this checks the built wheel (py.typed shipped, public modules
importable, every name typed), from a directory where the source tree cannot be found. About a minute with a
warm pip cache; deselect with `-m "not typed_install"`.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PROGRAMS = ROOT / "tests" / "user_program"

pytestmark = pytest.mark.typed_install


def _run(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(a) for a in args], cwd=cwd, capture_output=True, text=True, timeout=600, check=False)


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv holding only the wheel (with its `testing` extra) and mypy; returns its python."""
    work = tmp_path_factory.mktemp("typed-install")
    built = _run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-w", work, ROOT, cwd=work)
    assert built.returncode == 0, built.stdout + built.stderr
    (wheel,) = work.glob("discogs_async-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "discogs_async/py.typed" in names
    assert any(name.endswith(".dist-info/licenses/LICENSE") for name in names), sorted(names)[-10:]
    assert {"discogs_async/models.py", "discogs_async/types.py", "discogs_async/testing/pytest_plugin.py"} <= names
    venv = work / "venv"
    made = _run(sys.executable, "-m", "venv", "--without-pip", venv, cwd=work)
    assert made.returncode == 0, made.stderr
    python = venv / "bin" / "python"
    mypy = next(line for line in (ROOT / "pyproject.toml").read_text().splitlines() if '"mypy==' in line).strip(' ",')
    pip = _run(sys.executable, "-m", "pip", "--python", python, "install", "-q", f"{wheel}[testing]", mypy, cwd=work)
    assert pip.returncode == 0, pip.stdout + pip.stderr
    return python


def _mypy(python: Path, program: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """mypy --strict on `program`, copied outside the source tree (only the wheel can be found); one cache per venv."""
    if not (tmp_path / program).exists():
        shutil.copy(PROGRAMS / program, tmp_path / program)
    cache = python.parent.parent / "mypy-cache"  # the installed package is analysed once for all the programs
    return _run(python, "-m", "mypy", "--strict", "--cache-dir", cache, program, cwd=tmp_path)


def test_the_installed_package_is_the_wheel(installed: Path, tmp_path: Path) -> None:
    found = _run(installed, "-c", "import discogs_async; print(discogs_async.__file__)", cwd=tmp_path)
    assert found.returncode == 0, found.stderr
    assert "site-packages" in found.stdout and str(ROOT) not in found.stdout


def test_user_program_passes_mypy_strict_against_the_wheel(installed: Path, tmp_path: Path) -> None:
    result = _mypy(installed, "typed_user.py", tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success" in result.stdout


def test_user_program_runs_against_the_wheel(installed: Path, tmp_path: Path) -> None:
    shutil.copy(PROGRAMS / "typed_user.py", tmp_path / "typed_user.py")
    result = _run(installed, "typed_user.py", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_type_error_in_a_user_program_is_reported(installed: Path, tmp_path: Path) -> None:
    """The check above can fail: a wrong assert_type on a model is an error (and would not be with Any)."""
    (tmp_path / "wrong.py").write_text(
        "from typing import assert_type\n"
        "from discogs_async.models import Release\n"
        "assert_type(Release.from_dict({'id': 1}).title, int)\n"
    )
    result = _mypy(installed, "wrong.py", tmp_path)
    assert result.returncode == 1 and 'Expression is of type "str | Unset", not "int"' in result.stdout, result.stdout


def test_paginated_items_are_typed_against_the_wheel(installed: Path, tmp_path: Path) -> None:
    """`paginate` yields the item model, `pages` pages of it; a method that is not paginated is refused."""
    result = _mypy(installed, "typed_pagination.py", tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
