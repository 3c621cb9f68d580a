"""Application start-up: QApplication, translations, the main window, an optional project.

The window is shown before anything heavy happens: the project opens on the first turn of
the event loop and the spaCy pipeline warms up in a background thread after that.
"""

from __future__ import annotations

import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from analysis.files import install_signal_cleanup
from analysis.resources import resources_dir
from gui import gc_guard, i18n
from gui.errors import describe
from gui.main_window import MainWindow


def _excepthook(window):
    """An error in a slot shows a message instead of ending the app (workers catch their own)."""
    previous = sys.excepthook

    def hook(kind, value, tb) -> None:
        traceback.print_exception(kind, value, tb)
        if window is None or kind in (KeyboardInterrupt, SystemExit):
            previous(kind, value, tb)
            return
        title = QCoreApplication.translate("MainWindow", "Something went wrong")
        window.show_error(describe(value.with_traceback(tb), title))

    return hook


def create_window(argv: list[str]):
    """The application and its shown main window; the project in argv opens once the loop runs."""
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setApplicationName("Concord")
    app.setOrganizationName("Concord")
    app.setApplicationDisplayName("Concord")
    app.setWindowIcon(app_icon())
    i18n.install(app, i18n.resolve(i18n.chosen_setting()))
    gc_guard.install(app)
    window = MainWindow()
    available = app.primaryScreen().availableGeometry()
    window.resize(min(1600, int(available.width() * 0.92)), min(1000, int(available.height() * 0.92)))
    window.restore_geometry()
    window.show()
    paths = [a for a in argv if not a.startswith("-")]
    if paths:
        QTimer.singleShot(0, window, lambda: open_paths(window, paths))
    return app, window


def open_paths(window, paths: list[str]) -> None:
    """What the command line (and so Windows' "Open with") names: a .concord project opens;
    plan documents (.docx, .xlsx, .pdf, ...) are added to the new, unsaved project."""
    if Path(paths[0]).suffix.lower() == ".concord":
        window.open_project(Path(paths[0]))
    else:
        window.add_document_paths(paths)


def app_icon():
    icons = resources_dir() / "icons"
    icon = QIcon()
    for name in ("concord.png", "concord.ico"):
        if (icons / name).is_file():
            icon.addFile(str(icons / name))
    return icon


def run_app(argv: list[str]) -> int:
    app, window = create_window(argv)
    sys.excepthook = _excepthook(window)
    _clean_up_on_signals(app)
    return app.exec()


def _clean_up_on_signals(app) -> None:
    """SIGTERM, SIGHUP or Ctrl+C in the terminal that started the app: the export being written
    leaves no temporary file (analysis.files), then the app ends as the signal would have. Qt's
    loop runs in C++, so a timer hands Python a moment to run its signal handlers."""
    install_signal_cleanup(raise_in_main=False, signals=("SIGTERM", "SIGHUP", "SIGINT"))
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(300)
