"""The hostile-file corpus through the GUI worker: the app stays up.

The whole corpus of tests/hostile_corpus.py (zip bomb, entity attacks, encrypted and macro
files, a PDF reference loop, 2,000 pages, 50 MB of text, ...) and its two good plans go into
one project, opened in the main window and analysed through the real worker in one run. The
window keeps its event loop turning throughout, lists every file afterwards with each refusal
in one line naming the file, still analyses the good plans, and shows one dialog: the list of
the documents that could not be read. The core test (tests/analysis/test_hostile.py) covers
each reader's time and memory bounds; this one is about the app surviving all of it at once.
"""

from __future__ import annotations

import json
import time

from conftest import run_analysis
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from analysis.model import DocumentStatus
from gui.labels import problem_text, shown
from gui.models.documents import DocumentListModel
from tests.hostile_corpus import build_corpus, outcome_problems

RUN_LIMIT_MS = 60_000  # the worker must finish well within this (it takes a few seconds)
MAX_GAP = 1.0  # seconds: the event loop never stops this long while the corpus is read


def test_gui_hostile_corpus_in_one_run_the_app_stays_up(qtbot, window, tmp_path, capfd):
    corpus = build_corpus(tmp_path / "hostile")
    project = tmp_path / "hostile.concord"
    project.write_text(
        json.dumps(
            {"schema": "concord.project/1", "name": "Hostile", "documents": [{"path": str(s.path)} for s in corpus]}
        ),
        encoding="utf-8",
    )
    assert window.open_project(project, run=False)
    model = window.documents_view.model
    assert model.rowCount() == len(corpus)

    failures: list = []
    window.runner.failed.connect(lambda job, report: failures.append(report))
    beats: list[float] = []
    heartbeat = QTimer()
    heartbeat.setInterval(20)
    heartbeat.timeout.connect(lambda: beats.append(time.perf_counter()))
    heartbeat.start()
    started = time.perf_counter()
    result = run_analysis(qtbot, window, timeout=RUN_LIMIT_MS)  # through the worker: raises if it hangs
    seconds = time.perf_counter() - started
    qtbot.wait(100)  # the result reaches the views during these beats too
    heartbeat.stop()
    worst = max(b - a for a, b in zip(beats, beats[1:], strict=False))
    with capfd.disabled():
        print(f"\nhostile corpus through the worker: {seconds:.1f} s, max event-loop gap {worst * 1000:.0f} ms")
    assert failures == []  # the job itself did not fail: each bad file failed alone
    assert window.session.result is result
    assert worst < MAX_GAP, f"the event loop stopped for {worst * 1000:.0f} ms"

    # the window is alive and responsive: not busy, a queued call runs, the run action is back
    assert window.isVisible() and not window.runner.busy
    assert window.run_action.isEnabled() and window.open_action.isEnabled()
    pinged: list[bool] = []
    QTimer.singleShot(0, lambda: pinged.append(True))
    qtbot.waitUntil(lambda: pinged == [True], timeout=2000)

    # each file has its expected outcome: refused in one line naming it, or read correctly
    assert len(result.documents) == len(corpus)
    problems = []
    for spec, project_spec in zip(corpus, model.specs, strict=True):
        doc = window.session.result_document_for(project_spec)
        assert doc is not None, spec.name
        problems += outcome_problems(spec, doc)
    assert problems == []

    # the good plans were analysed: their goal and objective were extracted
    good = [s for s in corpus if s.name.startswith("good_plan")]
    assert len(good) == 2
    for spec in good:
        doc = window.session.document_for_file(str(spec.path))
        assert {"1", "1.1"} <= {i.code for i in result.items_of(doc.id)}, spec.name

    # the Documents view lists every file, with each refusal's line and each good plan's items
    window.tabs.setCurrentIndex(window.DOCUMENTS)
    qtbot.wait(50)
    refused = [s for s in corpus if s.refused]
    for row, spec in enumerate(corpus):
        doc = window.session.document_for_file(str(spec.path))
        name = model.index(row, DocumentListModel.FILE).data()
        status = model.index(row, DocumentListModel.STATUS)
        assert name == shown(spec.name)  # a name that is not UTF-8 shows U+FFFD for its bytes
        if spec.refused:
            assert doc.status is DocumentStatus.FAILED
            assert status.data() == "Could not be read"
            assert problem_text(doc.error) in status.data(Qt.ItemDataRole.ToolTipRole)
            assert status.data(Qt.ItemDataRole.DecorationRole) is not None  # the red icon
        else:
            assert status.data() != "Could not be read"
    for spec in good:
        row = corpus.index(spec)
        assert model.index(row, DocumentListModel.STATUS).data().startswith("Read: ")

    # one dialog, the expected one: the documents that could not be read, one line each
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert len(boxes) == 1, [b.windowTitle() for b in boxes]
    box = boxes[0]
    assert window.last_error is not None and box.text() == window.last_error.text
    assert window.last_error.title == f"{len(refused)} document(s) could not be read"
    lines = box.text().split("\n")
    assert len(lines) == len(refused)
    for spec, line in zip(refused, lines, strict=True):
        assert line.startswith(f"• {shown(spec.name)}") and "Traceback" not in line
        assert all(word in line for word in spec.error), line
    assert window.last_error.details == ""  # a per-file refusal is no crash: no traceback
    box.close()
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=2000)

    # under the table, each refusal's whole line (the Status column says "Could not be read" only)
    panel = window.documents_view.problems
    assert panel.isVisible()
    errors = [window.session.document_for_file(str(spec.path)).error for spec in refused]
    assert panel.toPlainText().split("\n") == [problem_text(e) for e in errors]
    window.documents_view.grab().save(str(tmp_path / "hostile_gui.png"))  # for a look: pytest --basetemp=DIR
    # nothing reached stderr as a traceback (pytest-qt fails the test on exceptions in Qt slots)
    assert "Traceback" not in capfd.readouterr().err
