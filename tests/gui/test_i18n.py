"""The interface in Russian and Kazakh: complete translation files that load, the language
chosen from the locale or Settings, and a window that shows the translated strings."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("ru", "kk")
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def _messages(language: str) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(I18N / f"concord_{language}.ts").getroot()
    return [
        (ctx.findtext("name"), msg.findtext("source"), msg.find("translation"))
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_i18n_every_string_is_translated_with_its_placeholders(language):
    messages = _messages(language)
    assert len(messages) > 300
    for context, source, translation in messages:
        where = f"{language} {context}: {source!r}"
        assert translation is not None and (translation.text or "").strip(), f"empty translation: {where}"
        assert translation.get("type") not in ("unfinished", "vanished", "obsolete"), f"unfinished: {where}"
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation.text)), where
        assert source.count("&") == translation.text.count("&") or "&" not in source, f"accelerator: {where}"


def _lupdate() -> str | None:
    here = Path(sys.executable).parent
    for candidate in (here / "pyside6-lupdate", here / "pyside6-lupdate.exe"):
        if candidate.is_file():
            return str(candidate)
    return shutil.which("pyside6-lupdate")


@pytest.mark.skipif(_lupdate() is None, reason="pyside6-lupdate is not installed")
def test_i18n_ts_files_hold_every_string_of_the_gui(tmp_path):
    """A string added to gui/ without running tools/update_translations.py fails here."""
    fresh = tmp_path / "fresh.ts"
    files = sorted(str(p) for p in (ROOT / "gui").rglob("*.py"))
    subprocess.run(
        [_lupdate(), "-no-obsolete", "-locations", "none", *files, "-ts", str(fresh)], check=True, capture_output=True
    )
    root = ET.parse(fresh).getroot()
    wanted = {
        (ctx.findtext("name"), msg.findtext("source")) for ctx in root.iter("context") for msg in ctx.iter("message")
    }
    for language in LANGUAGES:
        have = {(context, source) for context, source, _ in _messages(language)}
        missing = wanted - have
        assert not missing, f"run tools/update_translations.py and translate: {sorted(missing)[:5]}"


@pytest.mark.parametrize(("language", "expected"), [("ru", "Замечания"), ("kk", "Ескертулер")])
def test_i18n_qm_loads_and_translates(qapp, language, expected):
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(f"concord_{language}", str(I18N))
    assert translator.translate("MainWindow", "Findings") == expected
    assert translator.translate("Labels", "Objective") in ("Задача", "Міндет")


@pytest.mark.parametrize(("locale", "expected"), [("ru_RU", "ru"), ("kk_KZ", "kk"), ("en_GB", "en"), ("de_DE", "en")])
def test_i18n_system_language_follows_the_locale(locale, expected):
    from PySide6.QtCore import QLocale

    from gui import i18n

    assert i18n.system_language(QLocale(locale)) == expected


def test_i18n_window_in_kazakh_with_qt_buttons(qapp, qtbot, settings):
    from PySide6.QtWidgets import QDialogButtonBox

    from gui import i18n
    from gui.main_window import MainWindow

    installed = i18n.install(qapp, "kk")
    try:
        assert len(installed) == 2  # Concord's strings and Qt's own (qtbase_kk.qm)
        assert i18n.ui_language() == "kk"
        window = MainWindow(settings)
        qtbot.addWidget(window, before_close_func=lambda w: setattr(w.session, "dirty", False))
        assert window.tabs.tabText(window.OVERVIEW) == "Шолу"
        assert window.menuBar().actions()[0].text() == "&Файл"
        assert window.session.config_builder()().report_language == "kk"
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") != "Cancel"
    finally:
        i18n.install(qapp, "en")
    assert i18n.ui_language() == "en"


def test_i18n_settings_dialog_stores_the_language(qapp, qtbot, settings):
    from PySide6.QtCore import QSettings

    from gui import i18n
    from gui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(settings, "", None, language="ru")
    qtbot.addWidget(dialog)
    assert [dialog.language.itemData(i) for i in range(dialog.language.count())] == ["system", "en", "ru", "kk"]
    assert dialog.language_setting() == "ru"
    dialog.language.setCurrentIndex(dialog.language.findData("kk"))
    store = QSettings()
    try:
        i18n.save_setting(dialog.language_setting(), store)
        assert i18n.chosen_setting(store) == "kk" and i18n.resolve("kk") == "kk"
    finally:
        store.remove(i18n.SETTING)
    assert i18n.chosen_setting(store) == "system"


def test_i18n_language_change_is_announced_in_both_languages(window, qtbot):
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    from gui import i18n

    try:
        window._apply_language("ru")
        assert i18n.chosen_setting() == "ru"
        box = next(b for b in window.findChildren(QMessageBox) if b.isVisible())
        assert "restarted" in box.text() and "перезапуска" in box.text()
        box.close()
    finally:
        QSettings().remove(i18n.SETTING)
