"""The language of the interface: English, Russian or Kazakh, from Settings or the system locale.

Concord's own strings come from resources/i18n/concord_<lang>.qm (made from the .ts files by
tools/update_translations.py); Qt's standard dialog buttons from the qtbase_<lang>.qm that ships
with PySide6. The same language words the findings (the core's findings.json) and the reports
(resources/templates/<lang>/report.json), so a planner reads one language everywhere.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from analysis.resources import resources_dir

SYSTEM = "system"
LANGUAGES = ("en", "ru", "kk")
SETTING = "ui/language"

# What the Settings combo shows: each language in its own name, so a planner who cannot read
# the current one still finds theirs.
CHOICES = (
    (SYSTEM, QT_TRANSLATE_NOOP("Language", "System language")),
    ("en", "English"),
    ("ru", "Русский"),
    ("kk", "Қазақша"),
)


_default_locale: QLocale | None = None


def translations_dir():
    return resources_dir() / "i18n"


def system_language(locale: QLocale | None = None) -> str:
    """The first of the system's UI languages that Concord has, else English."""
    locale = locale or QLocale.system()
    for name in [*locale.uiLanguages(), locale.name()]:
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def chosen_setting(store: QSettings | None = None) -> str:
    """What the planner chose in Settings: 'system' (the default), 'en', 'ru' or 'kk'."""
    value = str((store or QSettings()).value(SETTING, SYSTEM) or SYSTEM)
    return value if value in (SYSTEM, *LANGUAGES) else SYSTEM


def save_setting(value: str, store: QSettings | None = None) -> None:
    store = store or QSettings()
    store.setValue(SETTING, value)
    store.sync()


def resolve(setting: str) -> str:
    return system_language() if setting == SYSTEM else setting


def ui_language() -> str:
    """The language the running interface was started in ('en', 'ru' or 'kk')."""
    app = QCoreApplication.instance()
    language = app.property("concord_language") if app is not None else None
    return str(language) if language in LANGUAGES else resolve(chosen_setting())


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the translators for `language` (none for English); returns those installed."""
    for old in app.findChildren(QTranslator, "concord-translator"):
        app.removeTranslator(old)
        old.deleteLater()
    app.setProperty("concord_language", language)
    global _default_locale
    if _default_locale is None:
        _default_locale = QLocale()
    # numbers and dates the Russian/Kazakh way ("0,85") with those interfaces; English keeps the system's
    QLocale.setDefault(_default_locale if language == "en" else QLocale(language))
    if language == "en":
        return []
    installed = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"concord_{language}", str(translations_dir())), (f"qtbase_{language}", qt_dir)):
        translator = QTranslator(app)
        translator.setObjectName("concord-translator")
        if translator.load(name, folder) and app.installTranslator(translator):
            installed.append(translator)
        else:
            translator.deleteLater()
    return installed


def translate_in(language: str, context: str, source: str) -> str:
    """`source` in `language` whatever the running interface's language (English: as is)."""
    if language == "en":
        return source
    translator = QTranslator()
    if translator.load(f"concord_{language}", str(translations_dir())):
        return translator.translate(context, source) or source
    return source
