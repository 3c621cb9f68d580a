"""Input / output / outcome classification of indicators.

Phrase rules from resources/lexicons/<lang>/indicator_types.json, tried in a fixed order
so that counted outcomes ("jobs created") are not taken for outputs ("number of ...").
"""

from __future__ import annotations

import re

from analysis.model import IndicatorType
from analysis.resources import load_lexicon, per_rules

_ORDER = (
    ("outcome_first", IndicatorType.OUTCOME),
    ("output", IndicatorType.OUTPUT),
    ("input", IndicatorType.INPUT),
    ("outcome", IndicatorType.OUTCOME),
)


@per_rules()
def _rules(language: str) -> list[tuple[re.Pattern, IndicatorType]]:
    lex = load_lexicon("indicator_types", language)
    return [
        (re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(p) for p in lex[key]) + r")", re.I), kind)
        for key, kind in _ORDER
        if lex.get(key)
    ]


def classify_indicator(text: str, unit: str | None = None, language: str = "en") -> IndicatorType:
    sample = f"{text} {unit or ''}"
    for pattern, kind in _rules(language):
        if pattern.search(sample):
            return kind
    if unit in ("%", "p.p."):
        return IndicatorType.OUTCOME  # a share or rate of something is a state, not a product
    return IndicatorType.UNKNOWN
