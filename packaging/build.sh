#!/usr/bin/env bash
# Freeze Concord (PyInstaller one-folder), smoke-run the bundle offscreen, and compile the
# NSIS installer script against it. Runs in the current Python environment (the venv that has
# Concord's dependencies, e.g. .venv after the README's commands): PYTHON=... to choose another.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PYTHON=${PYTHON:-python}
PYINSTALLER_VERSION=6.22.3
start=$(date +%s)

VERSION=$(sed -n '/^\[project\]/,/^\[/s/^version *= *"\(.*\)"/\1/p' pyproject.toml | head -1)
echo "== Concord $VERSION"

"$PYTHON" -m pip install -q "pyinstaller==$PYINSTALLER_VERSION"
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/concord.spec
BUNDLE=dist/Concord
EXE=$BUNDLE/concord-cli  # the console program; Concord(.exe) is the windowed one
[ -x "$EXE" ] || EXE=$BUNDLE/concord-cli.exe

echo "== bundle: $(du -sh "$BUNDLE" | cut -f1)"
du -sm "$BUNDLE" | awk '{ if ($1 > 600) { print "bundle over 600 MB"; exit 1 } }'
echo "== largest parts (MB):"
du -m --max-depth=1 "$BUNDLE/_internal" | sort -rn | head -12
echo "   inside PySide6:"
du -m --max-depth=1 "$BUNDLE/_internal/PySide6" 2>/dev/null | sort -rn | head -5 || true

echo "== smoke: --version"
out=$(QT_QPA_PLATFORM=offscreen "$EXE" --version)
echo "$out"
[ "$out" = "Concord $VERSION" ] || { echo "expected 'Concord $VERSION'"; exit 1; }

echo "== smoke: check on the sample project"
SMOKE=$(mktemp -d)
trap 'rm -rf "$SMOKE"' EXIT
(cd "$SMOKE" && QT_QPA_PLATFORM=offscreen CONCORD_CACHE_DIR="$SMOKE/cache" "$ROOT/$EXE" check \
    --project "$ROOT/resources/samples/sample.concord" --json result.json --docx report.docx)
"$PYTHON" - "$SMOKE" <<'PY'
import json, sys
from pathlib import Path

import docx

folder = Path(sys.argv[1])
result = json.loads((folder / "result.json").read_text(encoding="utf-8"))
failed = [d["path"] for d in result["documents"] if d["status"] == "failed"]
assert not failed, f"documents failed in the bundle: {failed}"
pipeline = json.dumps(result["pipeline"])
assert "en_core_web_sm" in pipeline, f"trained pipeline not loaded: {pipeline}"
report = docx.Document(folder / "report.docx")
headings = [p.text for p in report.paragraphs if p.style.name.startswith("Heading")]
print(f"   pipeline {pipeline}; {len(result['documents'])} documents, {len(result['items'])} items, "
      f"{len(result['links'])} links, {len(result['findings'])} findings")
print(f"   report.docx opens with python-docx: {len(report.paragraphs)} paragraphs, "
      f"{len(report.tables)} tables, {len(headings)} headings")
assert result["findings"] and headings
PY

echo "== makensis"
if ! command -v makensis >/dev/null; then
    if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
        apt-get install -y -qq nsis >/dev/null || { apt-get update -qq && apt-get install -y -qq nsis >/dev/null; }
    else
        echo "makensis not found (Debian: apt-get install nsis)"; exit 1
    fi
fi
makensis -V2 -DVERSION="$VERSION" -DBUNDLE="$ROOT/$BUNDLE" -DOUTFILE="$ROOT/dist/Concord-$VERSION-setup.exe" \
    packaging/installer.nsi
ls -l "dist/Concord-$VERSION-setup.exe"
echo "== done in $(( $(date +%s) - start )) s"
