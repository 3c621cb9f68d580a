"""Language per document and per section: English by Latin script, Russian vs Kazakh by the
Kazakh-only letters and by function words."""

from __future__ import annotations

import openpyxl
import pytest

from analysis.extract.metadata import detect_language, section_languages
from analysis.model import Location, Section
from analysis.pipeline import Config, run
from analysis.project import DocumentSpec


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Raise the share of SMEs from 28.5% in 2019 to 35% by 2025.", "en"),
        ("Увеличить долю малого и среднего предпринимательства в валовом региональном продукте.", "ru"),
        # a Russian sentence naming Kazakh places keeps its language
        ("Программа развития Костанайской области и города Өскемен на 2021–2025 годы для всех районов.", "ru"),
        ("Шағын және орта кәсіпкерліктің жалпы өңірлік өнімдегі үлесін арттыру.", "kk"),
        # Kazakh without Kazakh-only letters, told by its function words
        ("Бағдарлама мен жоспар бойынша барлық аудандар үшін", "kk"),
    ],
)
def test_language_detection_document(text, language):
    assert detect_language(text) == language


def _section(n: int, heading: str, text: str, parent: str | None = None) -> Section:
    return Section(f"s{n}", "d1", heading, 1 if parent is None else 2, text, Location(file="x.docx"), parent)


def test_language_detection_per_section_in_a_mixed_document():
    russian = "Программа развития области на 2021–2025 годы определяет цели и задачи. " * 5
    kazakh = "Бағдарлама облысты дамытудың мақсаттары мен міндеттерін айқындайды және жоспарлайды. " * 5
    sections = [
        _section(1, "Общие положения", russian),
        _section(2, "Жалпы ережелер", kazakh),
        _section(3, "Мақсат 1", "", parent="s2"),
    ]
    section_languages(sections, "ru")
    assert [s.language for s in sections] == ["ru", "kk", "kk"]


def test_language_detection_a_workbook_is_told_by_its_cells_not_its_sheet_name(tmp_path, blank_engine):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    sheet.append(["Код показателя", "Показатель", "Единица измерения"])
    sheet.append(["1.1", "Доля малого и среднего предпринимательства в валовом региональном продукте", "%"])
    sheet.append(["1.2", "Количество действующих субъектов малого и среднего предпринимательства", "единиц"])
    path = tmp_path / "indicators.xlsx"
    book.save(path)
    result = run([DocumentSpec(str(path))], Config(use_cache=False), engine=blank_engine)
    assert result.documents[0].language == "ru"
    assert [i.code for i in result.items if i.kind.value == "indicator"] == ["1.1", "1.2"]
