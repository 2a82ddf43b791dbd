"""The public import paths: every model and enum in `discogs_async.models`, helper types, arguments checked early."""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
from pathlib import Path

import pytest

import discogs_async
from discogs_async import Discogs, MissingExtraError, UserToken, models, types
from discogs_async._extras import require
from discogs_async._generated import models as generated_models
from discogs_async._generated import types as generated_types

ROOT = Path(__file__).resolve().parent.parent
UA = "PublicSurfaceTests/1.0 +https://example.org"


def test_models_exports_exactly_the_generated_models_and_enums() -> None:
    assert sorted(models.__all__) == sorted(generated_models.__all__)
    for name in models.__all__:
        assert getattr(models, name) is getattr(generated_models, name), name


def test_models_names_are_visible_to_type_checkers() -> None:
    """mypy and the API reference read the module statically: each name must be imported under TYPE_CHECKING."""
    tree = ast.parse((ROOT / "discogs_async" / "models.py").read_text())
    imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) for alias in node.names}
    assert set(models.__all__) <= imported


def test_models_is_lazy_and_rejects_unknown_names() -> None:
    with pytest.raises(AttributeError, match="NoSuchModel"):
        _ = models.NoSuchModel  # type: ignore[attr-defined]
    assert "Release" in dir(models)


def test_types_are_the_generated_ones() -> None:
    assert types.UNSET is generated_types.UNSET
    assert isinstance(types.UNSET, types.Unset)
    assert types.File is generated_types.File


@pytest.mark.parametrize("bad", ["my-token", b"my-token", 42, ("key", "secret")])
def test_auth_that_is_not_an_auth_object_is_a_type_error_naming_auth(bad: object) -> None:
    with pytest.raises(TypeError, match=r"^auth must be an auth object") as caught:
        Discogs(UA, auth=bad)  # type: ignore[arg-type]
    assert "my-token" not in str(caught.value)  # a string given as auth is probably a credential


async def test_as_user_checks_its_auth_too() -> None:
    async with Discogs(UA, auth=UserToken("t")) as discogs:
        with pytest.raises(TypeError, match=r"^auth must be"):
            discogs.as_user("my-token")  # type: ignore[arg-type]
        assert discogs.as_user(None) is not None


def test_require_names_the_extra_in_one_line() -> None:
    with pytest.raises(MissingExtraError) as caught:
        require("redis", "discogs_async_no_such_module_for_tests")
    message = str(caught.value)
    assert "\n" not in message
    assert "pip install 'discogs-async[redis]'" in message
    assert caught.value.__cause__ is None and caught.value.__suppress_context__


def test_require_returns_the_module() -> None:
    assert require("testing", "json") is sys.modules["json"]


def test_missing_redis_extra_at_construction_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "redis", None)  # import redis now raises ModuleNotFoundError
    with pytest.raises(MissingExtraError, match=r"'redis' extra"):
        Discogs(UA, auth=UserToken("t"), governor="redis://localhost:6379/0")


@pytest.mark.parametrize("made", ["for_auth", "constructor"])
def test_a_redis_governor_without_the_extra_names_the_extra(monkeypatch: pytest.MonkeyPatch, made: str) -> None:
    from discogs_async.redis_governor import RedisGovernor

    monkeypatch.setitem(sys.modules, "redis", None)
    with pytest.raises(MissingExtraError, match=r"'redis' extra"):
        if made == "for_auth":
            RedisGovernor.for_auth("redis://localhost:6379/0", UserToken("t"))
        else:
            RedisGovernor("redis://localhost:6379/0", budget="b")


def test_missing_cache_extra_at_construction_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "hishel", None)
    with pytest.raises(MissingExtraError, match=r"'cache' extra"):
        Discogs(UA, auth=UserToken("t"), cache=True)


def test_the_package_ships_its_typed_marker() -> None:
    assert (Path(discogs_async.__file__).parent / "py.typed").is_file()


def _forget(monkeypatch: pytest.MonkeyPatch, package: str) -> None:
    """Make `package` import afresh (monkeypatch puts the old modules back after the test)."""
    for name in [name for name in sys.modules if name == package or name.startswith(package + ".")]:
        monkeypatch.delitem(sys.modules, name)


def test_the_fake_server_without_its_extra_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    _forget(monkeypatch, "discogs_async.testing")
    monkeypatch.setitem(sys.modules, "starlette", None)
    with pytest.raises(MissingExtraError, match=r"^this feature needs the 'testing' extra .*\[testing\]'"):
        import discogs_async.testing  # noqa: F401


def test_the_pytest_plugin_without_its_extra_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    _forget(monkeypatch, "discogs_async.testing.pytest_plugin")
    monkeypatch.setitem(sys.modules, "pytest_asyncio", None)
    with pytest.raises(MissingExtraError, match=r"'pytest' extra"):
        import discogs_async.testing.pytest_plugin  # noqa: F401


def test_the_cli_fake_server_without_its_extra_says_so_in_one_line(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from discogs_async.cli import main

    _forget(monkeypatch, "discogs_async.testing")
    monkeypatch.setitem(sys.modules, "starlette", None)
    out = tmp_path / "r.jsonl"
    assert main(["--fake-server", "harvest", "releases", "--ids", "1-3", "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: this feature needs the 'testing' extra") and err.count("\n") == 1, err
    assert "Traceback" not in err
    assert not out.exists()  # refused before anything was created


def _type_checking_imports(path: Path) -> dict[str, tuple[str, ...]]:
    """The `from .module import names` of the module's `if TYPE_CHECKING:` block, as {".module": names}."""
    tree = ast.parse(path.read_text())
    (block,) = [n for n in tree.body if isinstance(n, ast.If) and ast.unparse(n.test) == "TYPE_CHECKING"]
    return {
        "." * node.level + (node.module or ""): tuple(alias.name for alias in node.names)
        for node in block.body
        if isinstance(node, ast.ImportFrom)
    }


def test_the_package_map_all_and_type_checking_imports_agree() -> None:
    """The lazy package's three lists: the name -> module map, `__all__`, and the imports type checkers read."""
    exports = discogs_async._EXPORTS
    assert _type_checking_imports(ROOT / "discogs_async" / "__init__.py") == exports
    names = [name for found in exports.values() for name in found]
    assert len(names) == len(set(names))
    assert sorted(discogs_async.__all__) == sorted([*names, "__version__"])
    for module, found in exports.items():
        source = importlib.import_module(module, "discogs_async")
        for name in found:
            assert getattr(discogs_async, name) is getattr(source, name), name


def test_the_package_rejects_unknown_names_naming_them() -> None:
    with pytest.raises(AttributeError, match=r"^module 'discogs_async' has no attribute 'NoSuchName'$"):
        _ = discogs_async.NoSuchName  # type: ignore[attr-defined]
    assert not hasattr(discogs_async, "no_such_name")
    assert set(discogs_async.__all__) <= set(dir(discogs_async))


_FRESH = r"""
import pickle, sys
before = set(sys.modules)
import discogs_async
print(sorted(set(sys.modules) - before))
print(discogs_async.__version__)
from discogs_async import *
missing = [name for name in discogs_async.__all__ if name not in globals()]
error = NotFoundError("404 Not Found", status=404, method="GET", url="https://api.discogs.com/releases/1")
again = pickle.loads(pickle.dumps(error))
print(missing, type(again).__name__, again.status, str(again))
"""


def test_importing_the_package_loads_nothing_until_a_name_is_used() -> None:
    """`import discogs_async` alone loads no other module (not httpx); `import *` then loads every name."""
    result = subprocess.run([sys.executable, "-c", _FRESH], capture_output=True, text=True, check=True, timeout=60)
    loaded, version, rest = result.stdout.splitlines()
    assert loaded == "['discogs_async']"
    assert version == discogs_async.__version__
    assert rest == "[] NotFoundError 404 404 Not Found"
