"""The fake's modules: no import cycle, none over ~400 lines."""

from __future__ import annotations

import ast
from pathlib import Path

import discogs_async.testing

ROOT = Path(discogs_async.testing.__file__).parent
PACKAGE = "discogs_async.testing"


def _module(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join((PACKAGE, *parts))


def _imports() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for path in ROOT.rglob("*.py"):
        name = _module(path)
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        targets: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and node.level:
                base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                targets.add(".".join([*base, *([node.module] if node.module else [])]))
            elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith(PACKAGE):
                targets.add(str(node.module))
        graph[name] = targets
    return graph


def test_no_module_of_the_fake_imports_another_in_a_cycle() -> None:
    graph = _imports()
    done: set[str] = set()

    def visit(name: str, path: tuple[str, ...]) -> None:
        assert name not in path, f"import cycle: {' -> '.join((*path, name))}"
        if name in done:
            return
        for target in graph.get(name, ()):
            # A package's __init__ importing its own submodules is not a cycle back into the package.
            if target.startswith(name + "."):
                continue
            visit(target, (*path, name))
        done.add(name)

    for name in graph:
        visit(name, ())


def test_no_module_of_the_fake_is_over_400_lines() -> None:
    sizes = {_module(path): len(path.read_text().splitlines()) for path in ROOT.rglob("*.py")}
    assert len(sizes) > 10
    assert {name: size for name, size in sizes.items() if size > 400} == {}
