"""Application start-up: QApplication, main window, optional project path."""

from __future__ import annotations

import sys
from pathlib import Path


def run_app(argv: list[str]) -> int:
    from PySide6.QtWidgets import QApplication

    from gui.main_window import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setApplicationName("Concord")
    app.setOrganizationName("Concord")
    window = MainWindow()
    window.resize(1400, 900)
    window.show()
    paths = [a for a in argv if not a.startswith("-")]
    if paths:
        window.open_project(Path(paths[0]))
    return app.exec()
