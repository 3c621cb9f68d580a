"""Screenshots of each view with the sample project loaded, for review and the manual.

    python bench/screenshots.py OUTDIR [--language en|ru|kk] [--size 1366x768] [--project FILE.concord]

Writes documents.png (as the project opens), documents_analysed.png, overview.png, findings.png,
document.png and alignment.png (the main window at --size, default 1600x1000, one view in front
each) and settings.png (the Settings dialog), with the interface, the findings and the Qt
dialogs in the chosen language (default English), of the sample project in that language
(resources/samples/ru|kk for Russian and Kazakh) or the one given (e.g. one with a broken file,
to see its error line). Runs
off-screen unless QT_QPA_PLATFORM says otherwise; uses Qt's test-mode settings so the planner's
own settings and recent-project list are left alone.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "resources" / "samples" / "sample.concord"
SAMPLES = {
    "en": SAMPLE,
    "ru": ROOT / "resources" / "samples" / "ru" / "sample_ru.concord",
    "kk": ROOT / "resources" / "samples" / "kk" / "sample_kk.concord",
}


def _wait(app, window, timeout: float = 600.0) -> None:
    from PySide6.QtCore import QEventLoop

    deadline = time.monotonic() + timeout
    while window.runner.busy and time.monotonic() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.005)
    if window.runner.busy:
        raise SystemExit("the analysis did not finish in time")


def _settle(app, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()
        time.sleep(0.02)


def offscreen_window(language: str, size: tuple[int, int]):
    """(QApplication, MainWindow) drawn off screen in `language` at `size`, with private settings
    (test mode) and no analysis on open."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QStandardPaths
    from PySide6.QtWidgets import QApplication

    QStandardPaths.setTestModeEnabled(True)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setOrganizationName("Concord")
    app.setApplicationName("Concord-screenshots")
    from gui import i18n
    from gui.main_window import MainWindow
    from gui.settings import AnalysisSettings

    i18n.install(app, language)
    settings = AnalysisSettings.load()
    settings.run_on_open = False
    window = MainWindow(settings)
    window.resize(*size)
    window.show()
    return app, window


def main(argv: list[str]) -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    parser.add_argument("outdir")
    parser.add_argument("--language", choices=["en", "ru", "kk"], default="en")
    parser.add_argument("--project", help="the .concord project to show (default: the sample in that language)")
    parser.add_argument("--size", default="1600x1000", help="window size WIDTHxHEIGHT (1366x768: a common laptop)")
    args = parser.parse_args(argv)
    width, height = (int(n) for n in args.size.lower().split("x"))
    size = (width, height)
    project = Path(args.project) if args.project else SAMPLES[args.language]
    out = Path(args.outdir)
    out.mkdir(parents=True, exist_ok=True)
    app, window = offscreen_window(args.language, size)
    from analysis.model import ItemKind

    window.open_project(project, run=False)
    _settle(app)
    shots: list[Path] = []

    def shoot(name: str) -> None:
        _settle(app)
        path = out / f"{name}.png"
        window.grab().save(str(path))
        shots.append(path)

    shoot("documents")
    window.run_analysis()
    _wait(app, window)
    session = window.session
    if session.result is None:
        report = window.last_error
        raise SystemExit(f"the analysis failed: {report.message() if report else 'no result'}")

    window.tabs.setCurrentIndex(window.DOCUMENTS)
    shoot("documents_analysed")  # each document's status, a refused file's reason

    window.tabs.setCurrentIndex(window.OVERVIEW)
    shoot("overview")

    window.tabs.setCurrentIndex(window.FINDINGS)
    lower = {d.id for d in session.result.documents if (d.level or 0) >= 3}
    finding = next(
        (
            f
            for f in session.result.findings
            if f.evidence and set(f.document_ids) & lower and f.severity.value == "high"
        ),
        next((f for f in session.result.findings if f.evidence), None),
    )
    if finding is not None:
        window.findings_view.select_finding(finding.id)
    shoot("findings")

    indicator = next(
        (
            i
            for i in session.result.items
            if i.kind == ItemKind.INDICATOR
            and i.document_id in lower
            and i.attributes
            and i.attributes.baseline
            and i.location.table
        ),
        None,
    )
    window.tabs.setCurrentIndex(window.OVERVIEW)
    sizes = window.splitter.sizes()
    window.splitter.setSizes([int(width * 0.35), width - int(width * 0.35)])
    if indicator is not None:
        window.document_view.select_item(indicator.id)
    shoot("document")
    window.splitter.setSizes(sizes)

    window.tabs.setCurrentIndex(window.ALIGNMENT)
    view = window.alignment_view
    for row, item in enumerate(view.matrix_model.rows):
        if item.kind == ItemKind.OBJECTIVE and session.links_from.get(item.id):
            link = session.links_from[item.id][0]
            column = view.matrix_model.column_of(link.target_id)
            view.matrix.setCurrentIndex(view.matrix_model.index(row, max(0, column)))
            break
    shoot("alignment")

    from gui.dialogs.about import pipeline_text
    from gui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.settings, pipeline_text(window.pipeline_info), window)
    dialog.show()
    _settle(app)
    dialog.grab().save(str(out / "settings.png"))
    shots.append(out / "settings.png")
    dialog.reject()

    session.dirty = False  # nothing to save: the sample project is never written
    window.close()
    for path in shots:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
