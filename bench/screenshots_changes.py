"""Screenshots of the Changes view (what changed between two drafts) and of the report's
"What changed" pages, for review and the manual.

    python bench/screenshots_changes.py OUTDIR [--language en|ru|kk]

Opens the sample drafts project (resources/samples/drafts/<en|ru>/drafts.concord: the regional
plan v2 with v1 as its earlier draft, checked against the national plan), runs the analysis and
the comparison through the app, and writes changes.png (the reworded objective selected: both
versions side by side), changes_targets.png (the target and deadline changes), changes_findings.png
(the finding the redraft brought), changes_tracked.png (a Word draft before/after its tracked
changes, English sample), documents_versions.png, and the Word report with its "What changed"
section as report.docx; with LibreOffice (soffice) and pdftoppm installed, also report-N.png,
one per page. Off-screen; Qt's test-mode settings leave the planner's own alone.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DRAFTS = ROOT / "resources" / "samples" / "drafts"
SIZE = (1600, 1000)
sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshots import offscreen_window  # noqa: E402  (bench scripts run as files)


def _wait(app, condition, timeout: float = 180.0) -> None:
    from PySide6.QtCore import QEventLoop

    deadline = time.monotonic() + timeout
    while not condition() and time.monotonic() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.005)
    if not condition():
        raise SystemExit("timed out")


def main(argv: list[str]) -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    parser.add_argument("outdir")
    parser.add_argument("--language", choices=["en", "ru", "kk"], default="en")
    args = parser.parse_args(argv)
    out = Path(args.outdir)
    out.mkdir(parents=True, exist_ok=True)
    app, window = offscreen_window(args.language, SIZE)
    from gui.models.roles import Role

    samples = DRAFTS / ("ru" if args.language in ("ru", "kk") else "en")
    work = Path(tempfile.mkdtemp(prefix="concord-drafts-"))
    for path in samples.glob("*.docx"):
        shutil.copy2(path, work / path.name)
    shutil.copy2(samples / "drafts.concord", work / "drafts.concord")
    window.open_project(work / "drafts.concord", run=False)

    def shoot(name: str, widget=None) -> None:
        for _ in range(5):
            app.processEvents()
            time.sleep(0.02)
        (widget or window).grab().save(str(out / f"{name}.png"))
        print(out / f"{name}.png")

    window.run_analysis()
    _wait(app, lambda: window.session.comparison is not None and not window.runner.busy)
    window.tabs.setCurrentIndex(window.DOCUMENTS)
    shoot("documents_versions")
    window.tabs.setCurrentIndex(window.CHANGES)
    window.splitter.setSizes([1100, 500])
    view = window.changes_view
    shots = (("reworded", "changes"), ("attributes", "changes_targets"), ("finding_new", "changes_findings"))
    for group, name in shots:
        view.set_kind_filter(None if name == "changes" else group)
        for row in range(view.proxy.rowCount()):
            if view.proxy.index(row, 0).data(Role.KIND) == group:
                view.select_row(row)
                break
        shoot(name)

    from analysis.report import write_word_report

    report = out / "report.docx"
    write_word_report(window.session.result, report, language=window.language, changes=window.session.comparison)
    print(report)
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice and shutil.which("pdftoppm"):
        subprocess.run(
            [soffice, "--headless", "--convert-to", "pdf", "--outdir", str(out), str(report)],
            check=True,
            capture_output=True,
            timeout=300,
        )
        subprocess.run(["pdftoppm", "-r", "70", "-png", str(out / "report.pdf"), str(out / "report")], check=True)
        for png in sorted(out.glob("report-*.png")):
            print(png)

    if samples.name == "en":
        project = {
            "schema": "concord.project/1",
            "name": "Tracked changes (sample)",
            "documents": [
                {"path": "national_plan.docx", "level": 1, "level_name": "national"},
                {"path": "regional_plan_tracked.docx", "level": 2, "level_name": "regional"},
            ],
        }
        (work / "tracked.concord").write_text(json.dumps(project), encoding="utf-8")
        window.session.dirty = False
        window.open_project(work / "tracked.concord", run=False)
        window.run_analysis()
        _wait(app, lambda: window.session.result is not None and not window.runner.busy)
        window.compare_drafts("tracked", 1)
        _wait(app, lambda: window.session.comparison is not None and not window.runner.busy)
        window.tabs.setCurrentIndex(window.CHANGES)
        view.set_kind_filter("attributes")
        view.select_row(0)
        shoot("changes_tracked")

    window.session.dirty = False
    window.close()
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
