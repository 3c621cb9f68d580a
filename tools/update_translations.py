"""Regenerate the interface translations: one command after GUI strings change.

    python tools/update_translations.py

1. pyside6-lupdate reads every gui/**/*.py and updates resources/i18n/concord_<lang>.ts
   (existing translations are kept; new strings arrive marked 'unfinished', strings no
   longer in the code are dropped with -no-obsolete);
2. pyside6-lrelease compiles each .ts into the .qm the app loads.

Translate new strings in Qt Linguist (pyside6-linguist resources/i18n/concord_ru.ts) or in
the .ts XML, then run this again. tests/gui/test_i18n.py fails while a string is untranslated.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("ru", "kk")


def tool(name: str) -> str:
    """pyside6-<name> beside this Python (a venv's bin/ or Scripts/), else on PATH."""
    here = Path(sys.executable).parent
    for candidate in (here / f"pyside6-{name}", here / f"pyside6-{name}.exe"):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    raise SystemExit(f"pyside6-{name} not found: install PySide6 (pip install PySide6-Essentials)")


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "gui").rglob("*.py"))


def main() -> int:
    I18N.mkdir(parents=True, exist_ok=True)
    files = sources()
    for language in LANGUAGES:
        ts = I18N / f"concord_{language}.ts"
        subprocess.run(
            [
                tool("lupdate"),
                "-no-obsolete",
                "-locations",
                "none",
                "-target-language",
                language,
                *files,
                "-ts",
                str(ts.relative_to(ROOT)),
            ],
            cwd=ROOT,
            check=True,
        )
        subprocess.run(
            [
                tool("lrelease"),
                "-removeidentical",
                str(ts.relative_to(ROOT)),
                "-qm",
                str(ts.with_suffix(".qm").relative_to(ROOT)),
            ],
            cwd=ROOT,
            check=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
