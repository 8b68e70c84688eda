"""The package's import graph: data flows one way, so no stage imports a later stage or the command line.

Read from the source with `ast` (no import side effects); a module's stage is the first entry of
`STAGES` its dotted name starts with.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "quoteguard"

# In the order data flows; a module may import its own stage or an earlier one, never a later one.
STAGES = [
    ("shared", ("quoteguard", "quoteguard.model", "quoteguard.plural", "quoteguard.marks", "quoteguard.grammar",
                "quoteguard.knowledge")),
    ("read", ("quoteguard.io", "quoteguard.formats")),
    ("nlp", ("quoteguard.models", "quoteguard.nlp", "quoteguard.cache")),
    ("quotes", ("quoteguard.quotes",)),
    ("attribution", ("quoteguard.attribution",)),
    ("affiliation", ("quoteguard.affiliation",)),
    ("rules", ("quoteguard.sources", "quoteguard.rules", "quoteguard.suppress",
               "quoteguard.summary")),
    ("engine", ("quoteguard.engine", "quoteguard.config", "quoteguard.runner", "quoteguard.evaluate")),
    ("report", ("quoteguard.report", "quoteguard.baseline", "quoteguard.diff", "quoteguard.audit")),
    ("cli", ("quoteguard.cli", "quoteguard.__main__")),
]


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def is_module(dotted: str) -> bool:
    """Whether `from package import name` names a submodule rather than a function or class."""
    path = PACKAGE.parent / dotted.replace(".", "/")
    return path.is_dir() or path.with_suffix(".py").exists()


def imports_of(path: Path) -> set[str]:
    """Every quoteguard module the file imports, at any depth (function-level imports included)."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("quoteguard")}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target.startswith("quoteguard"):
                found.add(target)
                found |= {f"{target}.{a.name}" for a in node.names if is_module(f"{target}.{a.name}")}
    return found


def stage_of(module: str) -> int:
    best, rank = -1, -1
    for index, (_, prefixes) in enumerate(STAGES):
        for prefix in prefixes:
            if (module == prefix or module.startswith(prefix + ".")) and len(prefix) > best:
                best, rank = len(prefix), index
    return rank


GRAPH = {module_name(p): imports_of(p) for p in sorted(PACKAGE.rglob("*.py"))}


@pytest.mark.parametrize("module", sorted(GRAPH))
def test_every_module_has_a_stage(module: str) -> None:
    assert stage_of(module) >= 0, f"{module} belongs to no stage: add it to STAGES"


@pytest.mark.parametrize("module", sorted(GRAPH))
def test_no_module_imports_a_later_stage(module: str) -> None:
    later = sorted(t for t in GRAPH[module] if stage_of(t) > stage_of(module))
    assert not later, f"{module} ({STAGES[stage_of(module)][0]}) imports later stages: {later}"


def test_the_import_graph_has_no_cycle() -> None:
    modules = set(GRAPH)
    edges = {m: {t for t in GRAPH[m] if t in modules and t != m} for m in modules}
    # A package's __init__ importing its own submodules is how a package is built, not a cycle.
    edges = {m: {t for t in ts if not t.startswith(m + ".")} for m, ts in edges.items()}
    state: dict[str, int] = {}

    def visit(m: str, path: list[str]) -> None:
        state[m] = 1
        for t in sorted(edges[m]):
            if state.get(t) == 1:
                raise AssertionError("import cycle: " + " -> ".join(path[path.index(t):] + [t]))
            if t not in state:
                visit(t, path + [t])
        state[m] = 2

    for m in sorted(modules):
        if m not in state:
            visit(m, [m])
