"""Numbers, years and units as planners write them: "28.5%", "1 234,5", "KZT 12.5 bn".

Pure string functions (no spaCy): they run on table cells as well as sentences, and the
target parser builds on them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from analysis.resources import load_lexicon, per_rules

YEAR_MIN, YEAR_MAX = 1950, 2100
YEAR_RE = re.compile(r"(?<![\d.,])(19[5-9]\d|20\d\d|2100)(?![\d%])(?:\s*(?:year|г\.|года?|жыл\w*))?")
# A number: thousands grouped by space, thin space, comma or apostrophe; decimal . or ,
# A number glued to letters by a hyphen is part of a name: "UP-5863", "PKM-841", "COVID-19".
# A number glued to a closing quote or bracket is a footnote mark: '(until 2040)”6, which ...'.
NUMBER_RE = re.compile(
    r"(?<![\w.,])(?<![^\W\d_]-)(?<![”\"’)\]])"
    r"[-+−]?(?:\d{1,3}(?:[ \u00a0\u202f,'](?=\d{3}\b)\d{3})+|\d+)(?:[.,]\d+)?(?![\w])"
)
_EMPTY_CELL = re.compile(r"^\s*(?:-+|—|–|n/?a|none|nil|\.\.\.|…|x|tbd|tbc)?\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Quantity:
    value: float
    unit: str | None
    start: int
    end: int
    text: str


def to_float(raw: str) -> float | None:
    """'1 234,5' -> 1234.5; '1,234' -> 1234; '28,5' -> 28.5; '−3' -> -3."""
    s = raw.strip().replace("\u00a0", " ").replace("\u202f", " ").replace("−", "-").replace("'", "")
    s = s.replace(" ", "")
    if not s:
        return None
    if "," in s and "." in s:
        s = s.replace(",", "")  # 1,234.5
    elif s.count(",") == 1:
        head, tail = s.split(",")
        # "1,234" groups thousands; "28,5" or "1234,56" is a decimal comma.
        s = head + tail if len(tail) == 3 and head.lstrip("+-") not in ("", "0") else head + "." + tail
    elif s.count(",") > 1:
        s = s.replace(",", "")
    try:
        return float(s)
    except ValueError:
        return None


def is_year(value: float | None) -> bool:
    return value is not None and value == int(value) and YEAR_MIN <= value <= YEAR_MAX


def parse_year(text: str) -> int | None:
    """The first year written in `text` ('Baseline (2019)', '2025 target', '2021 plan')."""
    m = YEAR_RE.search(text or "")
    return int(m.group(1)) if m else None


def parse_cell_number(text: str) -> float | None:
    """The value of a table cell, or None for blanks, dashes and 'n/a'."""
    if text is None or _EMPTY_CELL.match(text):
        return None
    m = NUMBER_RE.search(text)
    return to_float(m.group(0)) if m else None


@per_rules()
def _unit_table(language: str) -> tuple[tuple[tuple[str, str], ...], dict[str, float]]:
    lex = load_lexicon("units", language)
    pairs = [(alias, canonical) for canonical, aliases in lex["units"].items() for alias in aliases]
    pairs.sort(key=lambda p: -len(p[0]))  # longest alias first: "thousand tonnes" before "tonnes"
    return tuple(pairs), lex.get("scale_words", {})


def canonical_unit(text: str | None, language: str = "en") -> str | None:
    """Normalise a Unit cell ('thous. tonnes' -> 'thousand tonnes'); unknown units kept as written."""
    if not text or not text.strip():
        return None
    cleaned = " ".join(text.strip().split())
    low = cleaned.lower().strip(" .")
    pairs, scales = _unit_table(language)
    for alias, canonical in pairs:
        if low == alias.strip("."):
            return canonical
    first, _, rest = low.partition(" ")
    if first in scales and rest:
        inner = canonical_unit(rest, language)
        if inner and inner != rest.strip() or any(rest == a for a, _ in pairs):
            return f"{first} {inner}"
    return cleaned


def _unit_after(text: str, pos: int, language: str) -> tuple[str | None, int]:
    """The unit written right after a number at `pos` ('%', 'bn tenge', 'million tonnes')."""
    pairs, scales = _unit_table(language)
    tail = text[pos : pos + 40].lower()
    stripped = tail.lstrip()
    offset = len(tail) - len(stripped)
    unit, end = _known_unit(stripped, pairs)
    if unit is not None and stripped[:end].rstrip(".") in ("no", "№") and stripped[end:].lstrip()[:1].isdigit():
        unit = None  # "2019 No. 3183": the number of what follows, not a count
    if unit is not None:
        return unit, pos + offset + end
    # "<scale> <unit>" not listed as such: "million sq m", "thousand jobs"
    first = stripped.split(" ", 1)[0].rstrip(",;")
    if first in scales:
        rest = stripped[len(first) :]
        inner = rest.lstrip()
        unit, end = _known_unit(inner, pairs)
        if unit is not None and not unit[0].isupper():
            return f"{first} {unit}", pos + offset + len(first) + (len(rest) - len(inner)) + end
    return None, pos


@lru_cache(maxsize=16)
def _by_first_char(pairs: tuple[tuple[str, str], ...]) -> dict[str, list[tuple[str, str]]]:
    """The aliases by their first character, longest first: a number's unit is looked up in one list."""
    index: dict[str, list[tuple[str, str]]] = {}
    for alias, canonical in pairs:
        index.setdefault(alias[:1], []).append((alias, canonical))
    return index


def _known_unit(text: str, pairs: tuple[tuple[str, str], ...]) -> tuple[str | None, int]:
    for alias, canonical in _by_first_char(pairs).get(text[:1], ()):
        if text.startswith(alias):
            end = len(alias)
            # whole words only, except symbols like % and $
            if alias[-1].isalnum() and end < len(text) and text[end].isalnum():
                continue
            return canonical, end
    return None, 0


def _unit_before(text: str, pos: int, language: str) -> str | None:
    """Currency written before the number: 'KZT 12.5 bn', '$ 3 million'."""
    head = text[max(0, pos - 6) : pos].lower().rstrip()
    for symbol, canonical in (
        ("kzt", "KZT"),
        ("usd", "USD"),
        ("us$", "USD"),
        ("$", "USD"),
        ("eur", "EUR"),
        ("€", "EUR"),
    ):
        if head.endswith(symbol):
            return canonical
    return None


@per_rules()
def month_name(language: str) -> str:
    """A regular expression for a month name, whole; a Cyrillic stem may take its endings
    ('декабря', 'желтоқсанға') (resources/lexicons/<lang>/cues.json 'months')."""
    months = load_lexicon("cues", language).get("months") or []
    alternatives = "|".join(re.escape(m) for m in sorted(months, key=len, reverse=True)) or "(?!)"
    return rf"(?:{alternatives})[а-яёәғқңөұүһі]*(?![\w])"


@per_rules()
def _name_words(language: str) -> tuple[frozenset[str], re.Pattern]:
    """(words after which a number is a name, a month name ending a text) of the language and English."""
    names: set[str] = set()
    for lang in {language, "en"}:
        names.update(load_lexicon("units", lang).get("identifier_before", []))
    months = "|".join(month_name(lang) for lang in sorted({language, "en"}))
    return frozenset(names), re.compile(rf"(?<![\w])(?:{months})\.?$", re.IGNORECASE)


def _names_something(text: str, m: re.Match, language: str) -> bool:
    """A number that names rather than measures: after 'Article', 'ISO', 'No.' ('No. 3183-r'),
    a day beside a month ('December 25, 2019', '25 December'), or a date ('30.12.2016')."""
    names, month_end = _name_words(language)
    start = m.start()
    while start > 0 and not text[start - 1].isspace():
        start -= 1  # 'Table 3.4-1': the 1 is part of the name the word before the token gives
    start = start if re.search(r"\d[.\-–/]$", text[start : m.start()]) else m.start()
    before = text[max(0, start - 20) : start].rstrip()
    last = before.rsplit(None, 1)[-1].lower() if before else ""
    if last in names or last.rstrip(".") in names:
        return True
    raw = m.group(0)
    if re.fullmatch(r"\d{1,2}[.,]\d{1,2}", raw) and re.match(r"[./](?:19|20)\d\d(?!\d)", text[m.end() :]):
        return True  # '30.12.2016': a date
    if re.match(r"/[A-Z]{2,}[.\d]", text[m.end() :]):
        return True  # 'decision 1/CP.21', '4/CMA.1': a document's number
    if not raw.isdigit() or not 1 <= int(raw) <= 31:
        return False
    after = text[m.end() : m.end() + 14].lstrip(" ,")
    return bool(month_end.search(before) or month_end.match(after.split(" ", 1)[0]))


def find_quantities(text: str, language: str = "en") -> list[Quantity]:
    """Every number in `text` that is not a year, with the unit written beside it."""
    out: list[Quantity] = []
    _, scales = _unit_table(language)
    covered = 0  # "7.5 per 1,000 live births": the 1,000 belongs to the unit
    for m in NUMBER_RE.finditer(text):
        if m.start() < covered:
            continue
        value = to_float(m.group(0))
        if value is None or _names_something(text, m, language):
            continue
        unit, end = _unit_after(text, m.end(), language)
        if unit is None:
            before = _unit_before(text, m.start(), language)
            if before:
                scale_unit, scale_end = _unit_after(text, m.end(), language)
                unit, end = before, max(end, scale_end)
                after = text[m.end() : m.end() + 12].lower().split()
                if after and after[0].strip(".,") in scales:
                    word = after[0].strip(".,")
                    unit = f"{before} {'bn' if scales[word] == 1e9 else 'mln' if scales[word] == 1e6 else word}"
                    end = text.lower().find(word, m.end()) + len(word)
        if unit in (None, "years") and is_year(value) and "," not in m.group(0) and " " not in m.group(0):
            continue  # a bare year is a date, not a quantity; so is "2015 года" (of the year 2015)
        out.append(Quantity(value=value, unit=unit, start=m.start(), end=end, text=text[m.start() : end]))
        covered = end
    return out


def find_years(text: str) -> list[tuple[int, int, int]]:
    """(year, start, end) for each year written in `text`, ranges '2021-2025' included."""
    return [(int(m.group(1)), m.start(1), m.end(1)) for m in YEAR_RE.finditer(text)]


# "2021-2025", "2021 to 2025", "2012/13-2016/17" (fiscal years: the period ends in 2017),
# "1 January 2021 – 31 December 2030", "January 1, 2020 - December 31, 2030".
PERIOD_RE = re.compile(
    r"(?<!\d)((?:19|20)\d\d)(?:/\d\d(?!\d))?\s*(?:[-–—/]|to|till|until|through|до|-\s*)\s*"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+[^\W\d_]{3,12}\.?\s+|[^\W\d_]{3,12}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+)?"
    r"((?:19|20)\d\d)(?:/(\d\d)(?!\d))?(?!\d)",
    re.IGNORECASE,
)


def find_periods(text: str) -> list[tuple[int, tuple[int, int]]]:
    """Every plan period written in `text` with its position (start < end, at most 30 years)."""
    out = []
    for m in PERIOD_RE.finditer(text or ""):
        start, end = int(m.group(1)), int(m.group(2))
        if m.group(3):
            end = end // 100 * 100 + int(m.group(3))
        if start < end <= start + 30:
            out.append((m.start(), (start, end)))
    return out


def find_period(text: str) -> tuple[int, int] | None:
    """The first plan period written in `text`."""
    found = find_periods(text)
    return found[0][1] if found else None
