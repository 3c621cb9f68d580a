"""GUI test fixtures: offscreen Qt, private settings, a copy of the sample project, a window.

Every test gets its own project file (so saving never touches the repository) pointing at one
session-wide copy of the sample documents, and Qt's test-mode settings (so nothing reads or
writes the planner's real ones). Linking the sample takes about two seconds, so the
`analysed` fixture runs the analysis through the worker once per session and hands later
tests a deep copy of that result through the same slot the worker's finished signal reaches.
"""

from __future__ import annotations

import copy
import json
import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "resources" / "samples"


@pytest.fixture(autouse=True, scope="session")
def _qt_test_mode(qapp):
    from PySide6.QtCore import QStandardPaths

    QStandardPaths.setTestModeEnabled(True)
    qapp.setOrganizationName("Concord-tests")
    qapp.setApplicationName("Concord-tests")
    from PySide6.QtCore import QSettings

    QSettings().clear()
    from gui import gc_guard

    gc_guard.install(qapp)  # as the app does: no garbage collection in worker threads
    yield


@pytest.fixture(scope="session")
def sample_documents(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("sample-documents")
    for path in SAMPLES.iterdir():
        if path.suffix in (".docx", ".xlsx"):
            shutil.copy2(path, folder / path.name)
    return folder


@pytest.fixture()
def sample_project(tmp_path, sample_documents) -> Path:
    """A private copy of the sample project file, its documents in the session's folder."""
    data = json.loads((SAMPLES / "sample.concord").read_text(encoding="utf-8"))
    for entry in data["documents"]:
        entry["path"] = str(sample_documents / entry["path"])
    path = tmp_path / "sample.concord"
    path.write_text(json.dumps(data, indent=1), encoding="utf-8")
    return path


@pytest.fixture()
def settings():
    from gui.settings import AnalysisSettings

    s = AnalysisSettings.defaults()
    s.run_on_open = False
    return s


@pytest.fixture()
def window(qtbot, settings):
    from gui.main_window import MainWindow

    win = MainWindow(settings)
    # no "save changes?" question when the test ends and qtbot closes the window
    qtbot.addWidget(win, before_close_func=lambda w: setattr(w.session, "dirty", False))
    win.resize(1600, 1000)
    win.show()
    qtbot.waitExposed(win)
    return win


def run_analysis(qtbot, window, timeout: int = 60_000):
    """Start the analysis through the worker and wait for its finished signal."""
    with qtbot.waitSignal(window.runner.finished, timeout=timeout) as blocker:
        assert window.run_analysis()
    return blocker.args[1]


_FIRST_RESULT: list = []


def show_sample_result(qtbot, window) -> None:
    """Show the sample's analysis: through the worker the first time, then a fresh copy."""
    if not _FIRST_RESULT:
        run_analysis(qtbot, window)
        _FIRST_RESULT.append(copy.deepcopy(window.session.result))
    else:
        window._analysis_finished(copy.deepcopy(_FIRST_RESULT[0]))


@pytest.fixture()
def analysed(qtbot, window, sample_project):
    """The window with the sample project opened and analysed."""
    assert window.open_project(sample_project, run=False)
    show_sample_result(qtbot, window)
    return window
