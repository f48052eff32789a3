"""The structure the code promises (docs/architecture.md), checked on every run.

- One unit of work: no module calls `commit()` but community/unit_of_work.py.
- Imports run one way: shared modules never import a feature; a feature imports only features
  below it; pure modules (no Flask, no database) may be imported from anywhere.
- No import cycle between modules, counting imports inside functions too.
- No module is over about 700 lines, data files aside.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "community"

# Lowest first. A module may import modules of its own layer or of lower layers.
LAYERS: tuple[tuple[str, ...], ...] = (
    # Shared: the kernel every feature builds on.
    (
        "community.extensions",
        "community.db_types",
        "community.errors",
        "community.config",
        "community.unit_of_work",
        "community.events",
        "community.page_marks",
        "community.pagination",
        "community.freemail",
        "community.auth",
        "community.audit",
        "community.mail",
        "community.standing",
        "community.limits",
        "community.nav",
    ),
    # Features, in the order they may build on each other.
    ("community.membership",),
    ("community.forum",),
    ("community.moderation",),
    ("community.chapters",),
    ("community.accounts",),
    ("community.asks",),
    ("community.backup",),
    # The composition root: the factory, the handler table, commands, demo data, background
    # tasks (they run features' services), and the operators' pages that show all of it.
    (
        "community.admin",
        "community.main",
        "community.tasks",
        "community",
        "community.app",
        "community.wiring",
        "community.cli",
        "community.demo",
    ),
)
MAX_LINES = 720
DATA_MODULES = ("/lexicon/",)  # vocabulary tables: long by nature


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


MODULES = {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def layer_of(module: str) -> int:
    best, best_length = None, -1
    for index, layer in enumerate(LAYERS):
        for prefix in layer:
            if (module == prefix or module.startswith(prefix + ".")) and len(prefix) > best_length:
                best, best_length = index, len(prefix)
    assert best is not None, f"{module} is in no layer of tests/test_architecture.py"
    return best


def imported_modules(module: str) -> set[str]:
    """Every community module this one imports, at the top or inside functions."""
    tree = ast.parse(MODULES[module].read_text())
    found = set()
    package = module if MODULES[module].name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(tree):
        names = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            names = [
                f"{base}.{alias.name}" if f"{base}.{alias.name}" in MODULES else base
                for alias in node.names
            ]
        for name in names:
            while name and name not in MODULES:
                name = name.rpartition(".")[0]
            if name and name != module and name.startswith("community"):
                found.add(name)
    return found


IMPORTS = {module: imported_modules(module) for module in MODULES}


def is_pure(module: str, seen: frozenset = frozenset()) -> bool:
    """Imports neither Flask nor SQLAlchemy, and only pure community modules."""
    text = MODULES[module].read_text()
    if any(f"import {lib}" in text or f"from {lib}" in text for lib in ("flask", "sqlalchemy")):
        return False
    return all(
        dependency in seen or is_pure(dependency, seen | {module}) for dependency in IMPORTS[module]
    )


def test_only_the_unit_of_work_commits():
    offenders = [
        f"{path.relative_to(ROOT)}:{number}"
        for module, path in MODULES.items()
        if module != "community.unit_of_work"
        for number, line in enumerate(path.read_text().splitlines(), 1)
        if ".commit()" in line
    ]
    assert not offenders, "commit() outside community/unit_of_work.py: " + ", ".join(offenders)


def test_imports_run_from_features_down_to_shared_modules():
    upward = [
        f"{module} -> {dependency}"
        for module, dependencies in IMPORTS.items()
        for dependency in dependencies
        if layer_of(dependency) > layer_of(module) and not is_pure(dependency)
    ]
    assert not upward, "imports that run upwards:\n  " + "\n  ".join(sorted(upward))


def test_no_import_cycles():
    cycles = []
    # A package __init__ importing its own submodules (to re-export them) is not a cycle back.
    graph = {
        module: {
            dependency
            for dependency in dependencies
            if not (MODULES[dependency].name == "__init__.py" and module.startswith(dependency))
        }
        for module, dependencies in IMPORTS.items()
    }
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    counter = [0]

    def connect(node: str) -> None:  # Tarjan's strongly connected components
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for successor in graph[node]:
            if successor not in index:
                connect(successor)
                low[node] = min(low[node], low[successor])
            elif successor in on_stack:
                low[node] = min(low[node], index[successor])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for module in graph:
        if module not in index:
            connect(module)
    assert not cycles, "import cycles: " + "; ".join(" <-> ".join(c) for c in cycles)


@pytest.mark.parametrize("module", sorted(MODULES))
def test_modules_stay_small_enough_to_hold_in_your_head(module):
    path = MODULES[module]
    if any(marker in path.as_posix() for marker in DATA_MODULES):
        pytest.skip("vocabulary data")
    lines = len(path.read_text().splitlines())
    assert lines <= MAX_LINES, f"{path.relative_to(ROOT)} has {lines} lines; split it"


def test_the_layers_name_every_module():
    for module in MODULES:
        layer_of(module)
