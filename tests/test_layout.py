"""The package layout: the pipeline in the folder listing, each part reading only parts below."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "briefcli"

# The parts of DESIGN.md's listing, lowest first: a part may import its own modules and the
# parts before it here, never one after it.
PARTS = ("lexicon", "text", "inputs", "people", "sections", "summary", "actions", "quotes")
PARTS += ("render", "archive")
# The data every part shares: the Brief model, errors and exit statuses import no part.
BASE = frozenset({"model", "errors", "status"})
# The modules at the top: the library's entry points and the command line.
TOP = frozenset({"cli", "pipeline", "batch", "__init__", "__main__"})


def _modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE).with_suffix("").parts
        name = ".".join(("briefcli", *parts))
        found[name.removesuffix(".__init__") if parts[-1] == "__init__" else name] = path
    return found


MODULES = _modules()


def _imports(path: Path, name: str) -> set[str]:
    """The briefcli modules `path` imports, at the top or inside functions."""
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names if a.name.startswith("briefcli"))
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join([*base, module] if module else base)
            if not module.startswith("briefcli"):
                continue
            for alias in node.names:
                sub = f"{module}.{alias.name}"
                out.add(sub if sub in MODULES else module)
    return {m for m in out if m in MODULES and m != name}


GRAPH = {name: _imports(path, name) for name, path in MODULES.items()}


def _part(module: str) -> str:
    words = module.split(".")
    return words[1] if len(words) > 1 else "__init__"


def _rank(part: str) -> int:
    if part in BASE:
        return -1
    if part in TOP:
        return len(PARTS)
    return PARTS.index(part)


def test_the_top_holds_only_the_entry_points_and_the_shared_data() -> None:
    top = {p.stem for p in PACKAGE.glob("*.py")}
    assert top == BASE | TOP
    folders = {p.name for p in PACKAGE.iterdir() if p.is_dir() and p.name != "__pycache__"}
    assert folders <= set(PARTS)
    for folder in folders:
        assert (PACKAGE / folder / "__init__.py").exists(), folder


@pytest.mark.parametrize("module", sorted(MODULES))
def test_a_module_imports_no_part_above_its_own(module: str) -> None:
    part = _part(module)
    for imported in GRAPH[module]:
        other = _part(imported)
        if part in BASE:
            assert other in BASE, f"{module} imports {imported}"
        else:
            assert _rank(other) <= _rank(part), f"{module} ({part}) imports {imported} ({other})"


def test_no_import_cycles() -> None:
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(module: str) -> None:
        state[module] = 1
        path.append(module)
        for imported in sorted(GRAPH[module]):
            # A package's __init__ re-exports its own modules: that is no cycle.
            if imported.startswith(module + "."):
                continue
            if state.get(imported) == 1:
                cycle = path[path.index(imported) :] + [imported]
                pytest.fail("import cycle: " + " -> ".join(cycle))
            if imported not in state:
                visit(imported)
        path.pop()
        state[module] = 2

    for module in sorted(GRAPH):
        if module not in state:
            visit(module)


def test_every_module_says_what_it_does_in_one_line() -> None:
    for name, path in MODULES.items():
        doc = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8")))
        assert doc, f"{name} has no docstring"
        assert len(doc.splitlines()[0]) <= 100, name
