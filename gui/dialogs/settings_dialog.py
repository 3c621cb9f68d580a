"""Settings: the NLP pipeline (and the one in use), linking and check thresholds, indicator
overload limits, the lexicon folder. Values are stored with QSettings on this machine."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gui import i18n
from gui.settings import AnalysisSettings
from gui.views.widgets import across, note


class SettingsDialog(QDialog):
    def __init__(self, settings: AnalysisSettings, pipeline_in_use: str, parent=None,
                 language: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(680)  # the Russian and Kazakh labels are longer than the English ones
        self._settings = settings
        layout = QVBoxLayout(self)
        groups = ((self.tr("Language"), self._build_language(language)),
                  (self.tr("Language processing"), self._build_pipeline(pipeline_in_use)),
                  (self.tr("Thresholds"), self._build_thresholds()),
                  (self.tr("Indicator overload limits"), self._build_overload()),
                  (self.tr("Lexicon folder"), self._build_lexicon()))
        for title, inner in groups:
            box = QGroupBox(title)
            box.setLayout(inner)
            layout.addWidget(box)
        self.run_on_open = QCheckBox(self.tr("Run the analysis when a project opens"))
        layout.addWidget(self.run_on_open)
        layout.addWidget(note(self.tr("Changes apply to the next analysis run (F5).")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                                   | QDialogButtonBox.StandardButton.RestoreDefaults)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            lambda: self._load(AnalysisSettings.defaults(), i18n.SYSTEM))
        layout.addWidget(buttons)
        self._load(settings)

    def _build_language(self, language: str | None) -> QFormLayout:
        self.language = QComboBox()
        for value, text in i18n.CHOICES:
            self.language.addItem(QCoreApplication.translate("Language", text), value)
        self.language.setToolTip(self.tr("The language of the menus, the findings and the reports. "
                                         "'System language' follows Windows (Russian or Kazakh when set, "
                                         "otherwise English)."))
        self.language.setCurrentIndex(max(0, self.language.findData(language or i18n.chosen_setting())))
        return _form((self.tr("Interface language:"), self.language))

    def _build_pipeline(self, pipeline_in_use: str) -> QFormLayout:
        self.pipeline = QComboBox()
        for value, text in (("auto", self.tr("Automatic: the trained English model when installed")),
                            ("trained", self.tr("Trained English model (en_core_web_sm)")),
                            ("blank", self.tr("Rules only (no trained model; rougher lemmas)"))):
            self.pipeline.addItem(text, value)
        self.pipeline.setToolTip(self.tr("The spaCy pipeline that reads the documents. Changing it re-reads "
                                         "every document on the next run."))
        in_use = QLabel(pipeline_in_use)
        in_use.setWordWrap(True)
        return _form((self.tr("Pipeline:"), self.pipeline), (self.tr("In use now:"), in_use))

    def _build_thresholds(self) -> QFormLayout:
        self.accept_threshold = _ratio(self.tr("A suggested link counts as a link when its score reaches this "
                                               "value. 'Calibrated default' uses the value tuned on test plans."),
                                       self.tr("Calibrated default"))
        self.duplicate = _ratio(self.tr("Two objectives of plans at the same level are reported as duplicates "
                                        "above this similarity"))
        self.contradiction = _ratio(self.tr("Objectives pulling in opposite directions are only compared above "
                                            "this similarity"))
        self.vision = _count(self.tr("A sector plan should touch at least this many complementary policy areas "
                                     "(skills, SMEs, infrastructure …)"), 20)
        self.min_words = _count(self.tr("Missing-section checks (risks, resources, monitoring) apply only to "
                                        "documents with at least this many words"))
        return _form((self.tr("Link acceptance score:"), self.accept_threshold),
                     (self.tr("Duplicate similarity:"), self.duplicate),
                     (self.tr("Contradiction similarity:"), self.contradiction),
                     (self.tr("Policy areas for an integrated vision:"), self.vision),
                     (self.tr("Words before section checks apply:"), self.min_words))

    def _build_overload(self) -> QFormLayout:
        self.per_plan_indicators = _count(self.tr("More indicators than this in one plan is reported as overload"))
        self.per_plan_objectives = _count(self.tr("More objectives than this in one plan is reported as overload"))
        self.per_objective_indicators = _count(self.tr("More indicators than this for one objective is reported"))
        return _form((self.tr("Indicators per plan:"), self.per_plan_indicators),
                     (self.tr("Objectives per plan:"), self.per_plan_objectives),
                     (self.tr("Indicators per objective:"), self.per_objective_indicators))

    def _build_lexicon(self) -> QHBoxLayout:
        self.lexicon = QLineEdit()
        self.lexicon.setPlaceholderText(self.tr("Built-in lexicons"))
        self.lexicon.setToolTip(self.tr("A folder with your ministry's copies of the lexicon files (cue words, "
                                        "section names, units …). Empty: the built-in ones."))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        return across((self.lexicon, 1), browse)

    def _load(self, s: AnalysisSettings, language: str | None = None) -> None:
        if language is not None:
            self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.pipeline.setCurrentIndex(max(0, self.pipeline.findData(s.pipeline)))
        self.accept_threshold.setValue(s.link_accept_threshold)
        self.duplicate.setValue(s.duplicate_threshold)
        self.contradiction.setValue(s.contradiction_min_similarity)
        self.vision.setValue(s.narrow_vision_min_areas)
        self.min_words.setValue(s.min_words_for_section_checks)
        self.per_plan_indicators.setValue(s.per_plan_indicators)
        self.per_plan_objectives.setValue(s.per_plan_objectives)
        self.per_objective_indicators.setValue(s.per_objective_indicators)
        self.lexicon.setText(s.lexicon_dir)
        self.run_on_open.setChecked(s.run_on_open)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Lexicon folder"), self.lexicon.text())
        if folder:
            self.lexicon.setText(folder)

    def language_setting(self) -> str:
        """'system', 'en', 'ru' or 'kk'."""
        return self.language.currentData()

    def values(self) -> AnalysisSettings:
        return AnalysisSettings(
            pipeline=self.pipeline.currentData(),
            lexicon_dir=self.lexicon.text().strip(),
            link_accept_threshold=self.accept_threshold.value(),
            duplicate_threshold=self.duplicate.value(),
            contradiction_min_similarity=self.contradiction.value(),
            narrow_vision_min_areas=self.vision.value(),
            min_words_for_section_checks=self.min_words.value(),
            per_plan_indicators=self.per_plan_indicators.value(),
            per_plan_objectives=self.per_plan_objectives.value(),
            per_objective_indicators=self.per_objective_indicators.value(),
            run_on_open=self.run_on_open.isChecked(),
        )

    def accept(self) -> None:
        folder = self.lexicon.text().strip()
        if folder and not (Path(folder).is_dir() and any(Path(folder).rglob("*.json"))):
            QMessageBox.warning(self, self.tr("Lexicon folder"),
                                self.tr("{0} is not a folder of lexicon files (.json).\n\nChoose the folder that "
                                        "holds your copies of cues.json, sections.json …, or leave the field "
                                        "empty to use the built-in lexicons.").format(folder))
            return
        super().accept()


def _form(*rows: tuple[str, QWidget]) -> QFormLayout:
    form = QFormLayout()
    for label, field in rows:
        form.addRow(label, field)
    return form


def _ratio(tip: str, special: str | None = None) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(0.0, 1.0)
    box.setSingleStep(0.05)
    box.setDecimals(2)
    box.setToolTip(tip)
    if special:
        box.setSpecialValueText(special)
    return box


def _count(tip: str, maximum: int = 10_000) -> QSpinBox:
    box = QSpinBox()
    box.setRange(1, maximum)
    box.setToolTip(tip)
    return box
