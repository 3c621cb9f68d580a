"""The import structure of the project, read from the source (nothing is imported):

- analysis/: plain module-level imports only, no circle between its modules, and no module
  imports the package it is part of (`from analysis.checks import ...` inside analysis/checks/
  would run back up into the package while it is being imported);
- nowhere a project module loaded by name (`importlib.import_module`, `__import__`);
- gui/: a function-level import only for a module that brings numpy, spaCy, python-docx or
  openpyxl, which must stay off the GUI thread until a worker needs them.
"""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("numpy", "spacy", "docx", "openpyxl", "scipy", "pdfplumber")
# Extraction is being changed by other work right now (issue 14); its imports are made plain when
# that work has landed, and this set is then empty.
PENDING = {"analysis/extract/classify.py"}


def _pending(entry: str) -> bool:
    return entry.split(":")[0] in PENDING


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@cache
def _sources(top: str) -> dict[str, Path]:
    return {_module_name(p): p for p in sorted((ROOT / top).rglob("*.py"))}


def _resolve(name: str, known: dict[str, Path]) -> str:
    return name if name in known else name.rsplit(".", 1)[0]


def _imports(path: Path) -> list[tuple[str, bool, int]]:
    """(imported module, at module level, line) of every import of the file."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    top_level = {id(node) for node in tree.body}
    for node in tree.body:  # `if TYPE_CHECKING:` blocks and try/except at module level count as module level
        if isinstance(node, (ast.If, ast.Try)):
            top_level |= {id(n) for n in ast.walk(node) if isinstance(n, (ast.Import, ast.ImportFrom))}
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out += [(alias.name, id(node) in top_level, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            out += [(f"{node.module}.{alias.name}", id(node) in top_level, node.lineno) for alias in node.names]
    return out


@cache
def _graph() -> dict[str, set[str]]:
    """Module-level imports between the modules of analysis/ and gui/ (and of third-party top names)."""
    known = {**_sources("analysis"), **_sources("gui")}
    graph: dict[str, set[str]] = {}
    for name, path in known.items():
        edges = set()
        for imported, module_level, _ in _imports(path):
            if not module_level:
                continue
            if imported.split(".")[0] in ("analysis", "gui"):
                edges.add(_resolve(imported, known))
            else:
                edges.add(imported.split(".")[0])
        graph[name] = edges
    return graph


def _reaches(start: str, targets: tuple[str, ...]) -> bool:
    graph, seen, stack = _graph(), set(), [start]
    while stack:
        node = stack.pop()
        if node in targets:
            return True
        if node not in seen:
            seen.add(node)
            stack.extend(graph.get(node, ()))
    return False


def test_imports_analysis_has_no_function_level_project_import():
    lazy = [
        f"{path.relative_to(ROOT)}:{line} {imported}"
        for path in _sources("analysis").values()
        for imported, module_level, line in _imports(path)
        if not module_level and imported.startswith("analysis")
    ]
    assert [e for e in lazy if not _pending(e)] == []


def test_imports_no_module_of_analysis_imports_its_own_package():
    known = _sources("analysis")
    back_up = []
    for name, path in known.items():
        packages = {name.rsplit(".", n)[0] for n in range(1, name.count("."))}
        if path.name == "__init__.py":
            packages.discard(name)
        for imported, _, line in _imports(path):
            if _resolve(imported, known) in packages:
                back_up.append(f"{path.relative_to(ROOT)}:{line} {imported}")
    assert [e for e in back_up if not _pending(e)] == []


def test_imports_no_circle_between_modules():
    graph = _graph()
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    circles: list[list[str]] = []

    def visit(node: str) -> None:  # Tarjan's strongly connected components
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in graph.get(node, ()):
            if nxt not in graph:
                continue
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                circles.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    assert circles == []


def test_imports_no_project_module_loaded_by_name():
    """importlib.util.find_spec of a third-party package (is the encoder installed?) is fine."""
    found = []
    for path in [*_sources("analysis").values(), *_sources("gui").values(), ROOT / "main.py"]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = ast.unparse(node.func)
            first = node.args[0] if node.args else None
            project = isinstance(first, ast.Constant) and str(first.value).split(".")[0] in ("analysis", "gui")
            if name.endswith(("import_module", "__import__")) or (name.endswith("find_spec") and project):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno} {ast.unparse(node)}")
    assert [e for e in found if not _pending(e)] == []


def test_imports_gui_defers_only_what_is_heavy():
    """A function-level import in gui/ is for a module that (through its own imports) brings a
    heavy library; anything light is imported at the top like everything else."""
    light = []
    for path in _sources("gui").values():
        for imported, module_level, line in _imports(path):
            if module_level or imported.split(".")[0] not in ("analysis", "gui"):
                continue
            module = _resolve(imported, {**_sources("analysis"), **_sources("gui")})
            if not _reaches(module, HEAVY):
                light.append(f"{path.relative_to(ROOT)}:{line} {imported}")
    assert light == []
