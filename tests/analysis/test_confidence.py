"""Doubtful items: text that reads as a reading error is told apart from sound items."""

from __future__ import annotations

import pytest

from analysis.confidence import doubts
from analysis.model import Item, ItemKind, Location


def _item(text: str, kind: ItemKind = ItemKind.OBJECTIVE) -> Item:
    return Item("d1:i1", "d1", kind, text, Location(file="plan.pdf", page=3))


@pytest.mark.parametrize(
    ("text", "kind", "reason"),
    [
        (
            "Shifting towards a green development path by promoting low-carbon development and",
            ItemKind.OBJECTIVE,
            "fragment",
        ),
        ("and natural protected areas.", ItemKind.OBJECTIVE, "fragment"),
        ("Strategic Objectives and Strategies 13", ItemKind.OBJECTIVE, "heading_like"),
        ("Risk management ......................... 12", ItemKind.OBJECTIVE, "heading_like"),
        ("Table 2.1: Key indicators of the sector", ItemKind.INDICATOR, "heading_like"),
        ("Goal", ItemKind.OBJECTIVE, "too_short"),
        ("gr o\\Nth prlnciple 8%% >85% W1-2 W3-4 ~~ ;; x1y2z3 q", ItemKind.MEASURE, "garbled"),
        (" ".join(["word"] * 90), ItemKind.MEASURE, "too_long"),
    ],
)
def test_confidence_doubtful_text_is_told(text, kind, reason):
    assert reason in doubts(_item(text, kind))


@pytest.mark.parametrize(
    "text",
    [
        "Raise the share of small and medium-sized enterprises in GDP to 35% by 2025",
        "Share of SMEs in GDP, %",
        "Reduce greenhouse gas emissions by 15% by 2030 compared to 1990.",
    ],
)
def test_confidence_sound_items_have_no_doubt(text):
    assert doubts(_item(text)) == [] and doubts(_item(text, ItemKind.INDICATOR)) == []


def test_confidence_numbered_paragraph_of_prose():
    assert "paragraph" in doubts(_item("137 RGC has developed a legal framework for private sector development"))
    assert "paragraph" in doubts(_item("152 In 2011, the number of industrial enterprises exceeded 500,000"))
