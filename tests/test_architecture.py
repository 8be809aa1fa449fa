"""The package's shape: no import cycles, no private names across modules, data flowing one way.

Read from the source with `ast`, function-level imports included (imports under
`if TYPE_CHECKING:` are not imports at run time and are left out).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "missionlint"
# Packages that do the linting; they never reach up to the command line or the output formats.
CORE = ("sources", "rulebook", "nlp", "checks", "lint", "fix", "findings", "errors", "kinds", "hints", "config")
OUTER = ("cli", "formatters", "server")


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {
    module_name(path): path
    for path in sorted(PACKAGE.rglob("*.py"))
    if "pipelines" not in path.parts and "__pycache__" not in path.parts
}


def _type_checking_lines(tree: ast.Module) -> set[int]:
    lines = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in node.body:
                lines.update(range(child.lineno, (child.end_lineno or child.lineno) + 1))
    return lines


def imports(name: str) -> list[tuple[str, str | None, int]]:
    """(imported module, imported name or None, line) of every run-time import in a module."""
    path = MODULES[name]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = _type_checking_lines(tree)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = []
    for node in ast.walk(tree):
        if getattr(node, "lineno", None) in skip:
            continue
        if isinstance(node, ast.Import):
            found += [(alias.name, None, node.lineno) for alias in node.names if alias.name.startswith("missionlint")]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(
                    package.split(".")[: len(package.split(".")) - node.level + 1] + ([base] if base else [])
                )
            if not base.startswith("missionlint"):
                continue
            for alias in node.names:
                target = f"{base}.{alias.name}"
                found.append((target, None, node.lineno) if target in MODULES else (base, alias.name, node.lineno))
    return found


def graph() -> dict[str, set[str]]:
    return {
        name: {target for target, _, _ in imports(name) if target in MODULES and target != name} for name in MODULES
    }


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in sorted(edges[node]):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


def test_the_package_has_modules_to_check():
    assert len(MODULES) > 40 and "missionlint.lint.engine" in MODULES


def test_no_module_imports_another_in_a_cycle():
    assert cycles(graph()) == []


def test_the_cycle_check_finds_a_cycle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


@pytest.mark.parametrize("name", sorted(MODULES))
def test_no_private_name_is_imported_across_modules(name):
    private = [
        (target, imported, line)
        for target, imported, line in imports(name)
        if imported is not None and imported.startswith("_") and not imported.startswith("__")
    ]
    assert private == [], f"{MODULES[name]} imports private names: {private}"


@pytest.mark.parametrize("name", sorted(MODULES))
def test_the_core_never_imports_the_command_line_or_the_formats(name):
    layer = name.split(".")[1] if "." in name else ""
    if layer not in CORE:
        return
    outward = [target for target, _, _ in imports(name) if target.split(".")[1:2] and target.split(".")[1] in OUTER]
    assert outward == [], f"{name} imports {outward}"
