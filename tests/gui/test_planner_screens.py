"""What a planner reads: finding titles (never raw codes) in every language, document short names
that a person can read and that are unique, and advice for a broken file that fits it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from analysis.model import Document, Problem
from gui.labels import broken_file_advice, legend_text, short_name, short_names

ROOT = Path(__file__).resolve().parents[2]
CODE = re.compile(r"\b[A-Z]{2,}(?:_[A-Z]+)+\b")  # MISSING_RESOURCES, OBJECTIVE_WITHOUT_INDICATOR


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_findings_table_and_filter_show_no_raw_code(qapp, qtbot, settings, language):
    from analysis.pipeline import Config, run
    from analysis.project import load_project
    from gui import i18n
    from gui.main_window import MainWindow
    from gui.models.findings import FindingsModel

    project = ROOT / "resources" / "samples" / language / f"sample_{language}.concord"
    i18n.install(qapp, language)
    try:
        window = MainWindow(settings)
        qtbot.addWidget(window, before_close_func=lambda w: setattr(w.session, "dirty", False))
        assert window.open_project(project, run=False)
        result = run(load_project(project).documents, Config(pipeline="blank", report_language=language))
        window.session.set_result(result)
        view = window.findings_view
        codes = {f.code for f in result.findings}
        assert len(codes) >= 5  # the sample plants problems of many kinds
        model = view.proxy
        cells = [model.index(r, c).data() for r in range(model.rowCount()) for c in range(model.columnCount())]
        headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
        combo = [view.code_combo.itemText(i) for i in range(view.code_combo.count())]
        for text in [*cells, *headers, *combo]:
            assert not CODE.search(str(text)), text
        assert model.columnCount() == FindingsModel.DOCUMENT + 1
        # the code is still there for whoever needs it: tooltip and details
        tip = model.index(0, FindingsModel.TITLE).data(Qt.ItemDataRole.ToolTipRole)
        assert CODE.search(tip)
        view.table.selectRow(0)
        assert CODE.search(view.details.toPlainText())
        # the kind names are in the interface's language, not English
        assert all(re.search("[а-яәғқңөұүһі]", t.casefold()) for t in combo)
    finally:
        i18n.install(qapp, "en")


def test_findings_search_looks_at_file_names_and_titles(analysed):
    view = analysed.findings_view
    view.search.setText("livestock")  # only in the file name kostanay_livestock_plan_2022_2026.docx
    livestock = next(d for d in analysed.session.result.documents if "livestock" in d.path)
    assert "livestock" not in livestock.title.casefold()
    visible = [analysed.session.findings[i] for i in view.visible_ids()]
    assert visible and all(livestock.id in f.document_ids for f in visible)
    view.search.clear()


def _doc(n: int, title: str, path: str | None = None) -> Document:
    return Document(id=f"d{n}", path=path or f"/plans/file{n}.docx", title=title)


TITLES = [
    "Strategy 2025: National Development Strategy of the Republic of Kazakhstan",
    "Programme for Regional Development for 2020–2025",
    "Development Programme of Kostanay Region for 2021–2025",
    "Development Programme of Kostanay Region for 2021–2025: Annex 1",
    "Development Programme of Kostanay Region for 2021–2025: Annex 2",
    "Plan for the Development of Beef Cattle Breeding in Kostanay Region for 2022–2026",
    "Plan for the Development of Beef Cattle Breeding in Kostanay Region for 2022–2026",  # twice
    "Pension and Retirement Development",  # the same initials as the Programme for Regional Dev.
    "Национальный план развития регионов до 2025 года",
    "Программа развития территории Костанайской области на 2021–2025 годы",
    "Программа развития территории Костанайской области на 2021–2025 годы: приложение 1",
    "2025 жылға дейінгі өңірлерді дамытудың ұлттық жоспары",
    "Қостанай облысы аумағын дамытудың 2021–2025 жылдарға арналған бағдарламасы",
    "",
    "",
]


def test_short_names_are_unique_readable_and_cyrillic_safe():
    documents = [_doc(n, t) for n, t in enumerate(TITLES)]
    names = short_names(documents)
    assert len({n.casefold() for n in names.values()}) == len(documents)  # unique, whatever the case
    assert names["d0"] == "Strategy 2025"
    assert short_name(_doc(0, TITLES[8])) == "НПРР"  # initials of a Russian title
    assert short_name(_doc(0, TITLES[12])).startswith("ҚОАД")  # and a Kazakh one
    for name in names.values():
        assert len(name) <= 30 and not name.endswith(" п") and "  " not in name
    # a planner's own names win, and two of them alike are still told apart
    custom = short_names(documents, {"d1": "Regional Programme", "d2": "Regional Programme"})
    assert custom["d1"] == "Regional Programme" and custom["d2"] != custom["d1"]
    assert len(set(custom.values())) == len(documents)


def test_short_names_legend_explains_initials_only():
    documents = [_doc(0, TITLES[0]), _doc(1, TITLES[1]), _doc(2, TITLES[8])]
    text = legend_text(documents, short_names(documents))
    assert "PRD = Programme for Regional Development" in text and "НПРР = Национальный план" in text
    assert "Strategy 2025 =" not in text  # a name that is the title's own start needs no legend


def test_short_name_is_kept_in_the_project_file(tmp_path):
    from analysis.project import DocumentSpec, Project, load_project, save_project

    path = tmp_path / "p.concord"
    save_project(Project(documents=[DocumentSpec(str(tmp_path / "a.docx"), short_name="Нацплан 2025")]), path)
    assert load_project(path).documents[0].short_name == "Нацплан 2025"


def test_short_name_edited_in_the_documents_table(analysed):
    from gui.models.documents import DocumentListModel

    model = analysed.documents_view.model
    index = model.index(1, DocumentListModel.SHORT)
    assert model.setData(index, "  Regional   plan ")
    spec = analysed.session.project.documents[1]
    document = analysed.session.result_document_for(spec)
    assert spec.short_name == "Regional plan" and analysed.session.short_names[document.id] == "Regional plan"
    assert analysed.session.dirty
    assert model.setData(index, "")  # back to the name made from the title
    assert spec.short_name is None and analysed.session.short_names[document.id] != "Regional plan"


@pytest.mark.parametrize(
    ("path", "error", "expected", "not_expected"),
    [
        ("plan.pdf", Problem("not_valid_pdf", {"name": "plan.pdf"}), "PDF reader", ".docx"),
        ("notes.txt", Problem("empty", {"name": "notes.txt"}), "nothing in it", ".docx"),
        ("plan.docx", Problem("not_valid_docx", {"name": "plan.docx"}), "Word document (.docx)", "PDF"),
        ("table.xlsx", Problem("not_valid_xlsx", {"name": "table.xlsx"}), "Excel workbook (.xlsx)", "PDF"),
        ("scan.pdf", Problem("pdf_scanned", {"name": "scan.pdf"}), "run the analysis again", ".docx"),
        (
            "gone.docx",
            Problem("not_found", {"name": "gone.docx", "path": "/x/gone.docx"}),
            "Put the file back",
            "save it again",
        ),
        ("odd.docx", Problem("extraction_failed", {"name": "odd.docx", "detail": "KeyError"}), "Word", "PDF"),
    ],
)
def test_broken_file_advice_fits_the_type_and_the_fault(path, error, expected, not_expected):
    advice = broken_file_advice(path, error)
    assert expected in advice and not_expected not in advice
