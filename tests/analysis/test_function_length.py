"""No function in analysis/ or gui/ is longer than 80 lines (read from the source): a longer one
does several things that deserve names of their own."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LIMIT = 80
# extraction is being changed by other work right now (issue 14); its long functions are split when
# that has landed, and this set is then empty
PENDING = {"analysis/extract/targets.py", "analysis/extract/tables.py"}


def long_functions(root: Path, *folders: str) -> list[str]:
    """'path:line name (n lines)' of every function or method longer than LIMIT lines."""
    out = []
    for folder in folders:
        for path in sorted((root / folder).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    length = node.end_lineno - node.lineno + 1
                    if length > LIMIT:
                        out.append(f"{path.relative_to(root).as_posix()}:{node.lineno} {node.name} ({length} lines)")
    return out


def test_function_length_at_most_80_lines_in_analysis_and_gui():
    assert [f for f in long_functions(ROOT, "analysis", "gui") if f.split(":")[0] not in PENDING] == []


def test_function_length_measures_what_it_claims(tmp_path):
    """The measure itself: an 81-line method is caught, an 80-line function is not."""
    (tmp_path / "code").mkdir()
    long_body = "\n".join(f"        x{n} = {n}" for n in range(80))
    short_body = "\n".join(f"    y{n} = {n}" for n in range(79))
    (tmp_path / "code" / "m.py").write_text(
        f"class A:\n    def long(self):\n{long_body}\n\n\ndef short():\n{short_body}\n", encoding="utf-8"
    )
    assert long_functions(tmp_path, "code") == ["code/m.py:2 long (81 lines)"]
