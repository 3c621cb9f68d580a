"""A document's problems (reader errors and warnings) in the planner's language.

Readers and the pipeline word each problem in English: the command line, the JSON result and
the logs keep that text. `localize` re-words a problem for the desktop app and the reports:
it finds the English template the message was written from
(`resources/templates/en/problems.json`), takes the file name, numbers and details out of it,
and puts them into the same template of `resources/templates/<lang>/problems.json`. A message
no template matches (a new one, or a cut-off long one) is shown as it is.
"""

from __future__ import annotations

import json
import re
import string
from functools import lru_cache

from analysis.resources import resources_dir


@lru_cache(maxsize=4)
def _templates(language: str) -> dict:
    path = resources_dir() / "templates" / language / "problems.json"
    if not path.is_file():
        return {}
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


@lru_cache(maxsize=1)
def _english_patterns() -> list[tuple[str, re.Pattern]]:
    """(key, pattern) for each English template, the most literal text first: with several
    templates matching, the most specific one wins."""
    patterns = []
    for key, template in _templates("en").items():
        if key.startswith("_"):
            continue
        parts, seen = [], set()
        for literal, field, _, _ in string.Formatter().parse(template):
            parts.append(re.escape(literal))
            if field is None:
                continue
            parts.append(f"(?P={field})" if field in seen else f"(?P<{field}>.+?)")
            seen.add(field)
        literal_length = sum(len(lit) for lit, *_ in string.Formatter().parse(template))
        patterns.append((literal_length, key, re.compile("".join(parts), re.DOTALL)))
    patterns.sort(key=lambda p: -p[0])
    return [(key, pattern) for _, key, pattern in patterns]


_ENGLISH_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+")


def _number(value: str) -> str:
    """'1,074' and '2.5' as Russian and Kazakh write them: '1 074', '2,5'."""
    if not _ENGLISH_NUMBER.fullmatch(value):
        return value
    return value.replace(",", "\u00a0").replace(".", ",")


def localize(message: str, language: str) -> str:
    """`message` (a document's error or warning, in English) in `language` (en, ru, kk)."""
    if not message or language == "en":
        return message
    texts = _templates(language)
    for key, pattern in _english_patterns():
        match = pattern.fullmatch(message)
        if match and key in texts:
            words = texts.get("_values", {})
            values = {name: _number(words.get(value, value)) for name, value in match.groupdict().items()}
            try:
                return texts[key].format(**values)
            except (KeyError, IndexError, ValueError):  # a translator's typo in a placeholder
                return message
    return message


def problem_kind(message: str) -> str | None:
    """The key of the English template `message` was written from ('not_valid_pdf', 'empty', ...),
    or None; lets the desktop app give advice that fits the fault."""
    for key, pattern in _english_patterns():
        if message and pattern.fullmatch(message):
            return key
    return None
