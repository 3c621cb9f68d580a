"""Document-level facts: plan period, region named, language."""

from __future__ import annotations

import re

from analysis.extract.numbers import find_period, find_periods
from analysis.model import Block, BlockKind, Section
from analysis.readers._common import plan_word_pattern
from analysis.resources import LANGUAGES, load_lexicon, per_rules

OPENING_BLOCKS = 15  # title page and first paragraphs: where plans state period and region
CUE_REACH = 60  # characters before a period where its cue ("timeframe", "period") may stand
QUOTE_REACH = 200  # characters before a period where an open quotation makes it part of a name
_KAZAKH_LETTERS = set("әғқңөұүһі")


def opening_text(title: str, blocks: list[Block]) -> str:
    parts = [title]
    for block in blocks[:OPENING_BLOCKS]:
        if block.kind != BlockKind.TABLE:
            parts.append(block.text)
        elif block.rows:
            parts.extend(" ".join(r) for r in block.rows[:8])
    return "\n".join(p for p in parts if p)


@per_rules()
def _period_cues() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(strong cues, weak cues, 'until' words) of every language (resources/lexicons/*/document.json)."""
    strong: list[str] = []
    weak: list[str] = []
    until: list[str] = []
    for language in LANGUAGES:
        lex = load_lexicon("document", language)
        strong += lex.get("period_cues", [])
        weak += lex.get("period_words", [])
        until += lex.get("until_words", [])

    def words(items: list[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(set(items), key=len, reverse=True))

    year = r"((?:19|20)\d\d)"
    return (
        re.compile(rf"(?<![\w-])(?:{words(strong)})(?![\w-])", re.IGNORECASE),
        re.compile(rf"(?<![\w-])(?:{words(weak)})(?![\w-])", re.IGNORECASE),
        re.compile(
            rf"(?<![\w-])(?:{words(until)})\s+(?:the\s+)?(?:year\s+)?{year}(?!\d)"
            rf"|(?<!\d){year}\s*(?:[^\W\d_]+\s+)?(?:{words(until)})(?![\w-])",
            re.IGNORECASE,
        ),
    )


def _own_periods(text: str, title: str) -> list[tuple[int, tuple[int, int]]]:
    """The periods of `text` that are not another plan's: a period right after a capitalised plan
    name other than the title's own kind ("a National Climate Change Strategy and Action Plan for
    the period 2013-2020" in a climate contribution, "the NSDP Update 2009-2013" quoted by a
    strategy) belongs to that plan. Without a title every period is kept."""
    plan = plan_word_pattern()
    own_kinds = {_plan_kind(m.group()) for m in plan.finditer(title)}
    if not own_kinds:
        return find_periods(text)
    kept = []
    for at, period in find_periods(text):
        window = text[max(0, at - CUE_REACH) : at].rsplit("\n", 1)[-1]
        named = {_plan_kind(m.group()) for m in plan.finditer(window) if m.group()[:1].isupper()}
        if _reference_after().match(text[at:].split(None, 1)[-1][:40]):
            continue  # 'relatively 1961-1990 level': a reference, not a plan period
        if _inside_quotes(text[max(0, at - QUOTE_REACH) : at].rsplit("\n", 1)[-1]):
            continue  # 'the "Programme ... on Transition to Sustainable Development for 2013-2017"'
        if not named or named & own_kinds:
            kept.append((at, period))
    return kept


def _inside_quotes(window: str) -> bool:
    """True when a quotation opened in `window` is still open at its end: the text that follows
    is part of a quoted name."""
    if window.count('"') % 2:
        return True
    return any(window.rfind(opening) > window.rfind(closing) for opening, closing in ("“”", "«»", "„“"))


def _plan_kind(word: str) -> str:
    """'Contributions' and 'contribution' are one kind of plan."""
    word = word.lower()
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


@per_rules()
def _reference_after() -> re.Pattern:
    """A period followed by 'level', 'average' ... is a reference for comparison
    (resources/lexicons/*/document.json 'reference_period_after')."""
    words = {w for language in LANGUAGES for w in load_lexicon("document", language).get("reference_period_after", [])}
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"^\W{{0,3}}(?:\w+\W+)?(?:{alternatives})", re.IGNORECASE)


def _cued_period(
    text: str, periods: list[tuple[int, tuple[int, int]]], cue: re.Pattern, latest: bool = False
) -> tuple[int, int] | None:
    """Of `periods` (positions in `text`), the first written shortly after a cue ("The timeframe
    ... is the period 2014-2020"), or with `latest` the one that ends last: a plan looks forward,
    while the periods of its history ("inventory for the period 1990-2017") end earlier."""
    cued = [p for at, p in periods if cue.search(text[max(0, at - CUE_REACH) : at])]
    if not cued:
        return None
    return max(cued, key=lambda p: p[1]) if latest else cued[0]


def detect_period(title: str, blocks: list[Block], created: int | None = None) -> tuple[int, int] | None:
    """The plan period: written in the title; else introduced as the period anywhere ("The
    timeframe of implementation is 2014-2020", a "Period | 1 January 2021 - 31 December 2030" row);
    else in the opening pages (after the word "period" first); else a title's "until 2025" with
    the latest earlier year of the opening (the year the plan was adopted) as its start. Outside
    the title, a period that ends before the document was made (`created`, the file's year when
    its text names that year, else the date on its cover) is its history ("GHG
    inventory for 1990-2017"): a plan looks forward."""
    strong, weak, until = _period_cues()
    opening = opening_text("", blocks)
    whole = _whole_text(blocks)
    # the file's year is the document's present only where its text speaks of that year (a Word
    # copy of a 2016 plan made in 2026, or a PDF exported again years later, does not)
    named = created is not None and re.search(rf"(?<!\d){created}(?!\d)", whole)
    present = (created if named else None) or cover_year(blocks)
    in_whole, in_opening = _own_periods(whole, title), _own_periods(opening, title)
    if present:
        in_whole = [(at, p) for at, p in in_whole if p[1] >= present]
        in_opening = [(at, p) for at, p in in_opening if p[1] >= present]
    found = find_period(title) or _cued_period(whole, in_whole, strong, latest=True)
    found = found or _named_period(whole, in_whole, title) or _cued_period(opening, in_opening, weak)
    found = found or next((p for _, p in in_opening), None)
    if found:
        return found
    m = until.search(title)
    if not m:
        return None
    end = int(m.group(1) or m.group(2))
    earlier = [int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", opening) if end - 30 <= int(y) < end]
    return (max(earlier), end) if earlier else None


COVER_DATE_WORDS = 5  # "Phnom Penh, September 2015": a cover's date stands on a short line of its own


def cover_year(blocks: list[Block]) -> int | None:
    """The year of the date on the cover: the latest year of a short line of the first page that
    is a date ('September 2015', 'Seinäjoki 2014'): no lowercase word ('Targets for 2030'), no
    period, horizon ('by 2030') or name ('Vision 2030'). None when the cover shows no such line."""
    plan = plan_word_pattern()
    _, _, until = _period_cues()
    years = []
    for block in blocks[:OPENING_BLOCKS]:
        text = block.text.strip()
        if (block.location.page or 1) > 1 or block.kind == BlockKind.TABLE or len(text.split()) > COVER_DATE_WORDS:
            continue
        if any(w[:1].islower() for w in text.split()) or find_periods(text) or plan.search(text) or until.search(text):
            continue
        m = re.search(r"(?<![\d/.-])((?:19|20)\d\d)\W*$", text)
        if m:
            years.append(int(m.group(1)))
    return max(years) if years else None


def document_year(blocks: list[Block]) -> int | None:
    """The latest year the opening pages name (the cover's date): the present of a document
    whose plan period is not stated."""
    years = [int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", opening_text("", blocks))]
    return max(years) if years else None


def _named_period(text: str, periods: list[tuple[int, tuple[int, int]]], title: str) -> tuple[int, int] | None:
    """A period written after the plan's own name ('the Labour Migration Policy for Cambodia
    2015-2018', against a title 'Policy on Labour Migration for Cambodia'): at least two of the
    title's words just before it. The one named with the most of the title's words, then the
    most often, then the latest: a plan names its predecessors too ('the first Health Strategic
    Plan 1994-1996')."""
    words = {w for w in re.findall(r"[^\W\d_]{4,}", title.lower())}
    if len(words) < 2:
        return None
    named: dict[tuple[int, int], list[int]] = {}
    for at, period in periods:
        shared = len(set(re.findall(r"[^\W\d_]{4,}", text[max(0, at - CUE_REACH) : at].lower())) & words)
        if shared >= 2:
            named.setdefault(period, []).append(shared)
    # the most of the title's words, then the most often, then the latest
    return max(named, key=lambda p: (max(named[p]), len(named[p]), p[1])) if named else None


def _whole_text(blocks: list[Block]) -> str:
    parts = []
    for block in blocks:
        if block.kind != BlockKind.TABLE:
            parts.append(block.text)
        elif block.rows:
            parts.extend(" ".join(r) for r in block.rows)
    return "\n".join(p for p in parts if p)


@per_rules()
def _region_lexicon(language: str) -> tuple[list[tuple[str, re.Pattern]], list[re.Pattern], frozenset[str]]:
    lex = load_lexicon("regions", language)
    named = [
        (name, re.compile(r"(?<!\w)(?:" + "|".join(re.escape(a) for a in aliases) + r")(?!\w)", re.I))
        for name, aliases in lex["regions"].items()
    ]
    return named, [re.compile(p) for p in lex.get("patterns", [])], frozenset(lex.get("not_names", []))


def detect_region(title: str, blocks: list[Block], language: str = "en") -> str | None:
    """The region a plan is for: named in its title, or the only region its opening names.

    A national plan names many regions (or one as an example); then there is no region.
    """
    named, patterns, not_names = _region_lexicon(language)

    def regions_in(text: str) -> list[str]:
        found = [name for name, pattern in named if pattern.search(text)]
        found += [
            m.group(1) for pattern in patterns for m in pattern.finditer(text) if m.group(1).split()[0] not in not_names
        ]
        return list(dict.fromkeys(found))

    in_title = regions_in(title)
    if in_title:
        return in_title[0]
    if _national_title(title, language):
        return None  # a national plan that names one region in its opening names an example
    in_opening = regions_in(opening_text("", blocks))
    return in_opening[0] if len(in_opening) == 1 else None


def _national_title(title: str, language: str) -> bool:
    """Does the title call the plan national ('National Plan ...', 'Национальный план ...')?"""
    return bool(title and _national_words(language).search(title))


@per_rules()
def _national_words(language: str) -> re.Pattern:
    """Word starts that make a title national (regions.json 'national_words', the language's and English)."""
    words = {w for lang in {language, "en"} for w in load_lexicon("regions", lang).get("national_words", [])}
    pattern = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?<!\w)(?:{pattern})", re.IGNORECASE)


@per_rules()
def _function_words() -> tuple[frozenset[str], frozenset[str]]:
    """Kazakh function words (resources/lexicons/kk/stop_words.json) and Russian ones (spaCy's list)
    that are not also Kazakh words."""
    from spacy.lang.ru.stop_words import STOP_WORDS

    kazakh = frozenset(load_lexicon("stop_words", "kk").get("words", []))
    return kazakh, frozenset(STOP_WORDS) - kazakh


_WORD = re.compile(r"[^\W\d_]+")


def language_sample(blocks: list[Block], limit: int = 20000) -> str:
    """The text a document's language is told from: its paragraphs and its table cells (a
    workbook is all cells; its sheet may still be called "Sheet1"), up to `limit` characters."""
    parts: list[str] = []
    size = 0
    for block in blocks:
        texts = [block.text] if block.text else [cell for row in block.rows or [] for cell in row if cell]
        for text in texts:
            parts.append(text)
            size += len(text) + 1
            if size >= limit:
                return " ".join(parts)
    return " ".join(parts)


def detect_language(text: str) -> str:
    """'kk', 'ru' or 'en' for a document or a section: Latin vs Cyrillic script, then Russian vs
    Kazakh by the Kazakh-only letters (ә ғ қ ң ө ұ ү һ і) and by function words, so a Russian
    text naming "Қостанай" stays Russian and a Kazakh one without those letters is still Kazakh."""
    sample = text[:20000].lower()
    cyrillic = sum(1 for ch in sample if "а" <= ch <= "я" or ch in "ё" or ch in _KAZAKH_LETTERS)
    latin = sum(1 for ch in sample if "a" <= ch <= "z")
    if cyrillic <= latin:
        return "en"
    kazakh_letters = sum(1 for ch in sample if ch in _KAZAKH_LETTERS) / cyrillic
    kazakh_words, russian_words = _function_words()
    words = _WORD.findall(sample)
    kk = sum(1 for w in words if w in kazakh_words)
    ru = sum(1 for w in words if w in russian_words)
    if kk > ru:
        return "kk"
    if ru > kk:
        return "ru" if kazakh_letters < 0.03 else "kk"
    return "kk" if kazakh_letters >= 0.01 else "ru"


def section_languages(sections: list[Section], document_language: str, min_letters: int = 200) -> None:
    """Each section's language: its own when it has enough text to tell, else its parent's (or
    the document's); a plan that puts a Kazakh section in a Russian text shows it here."""
    by_id = {s.id: s for s in sections}
    for section in sections:  # parents come before children
        text = f"{section.heading}\n{section.text}"
        if sum(ch.isalpha() for ch in text) >= min_letters:
            section.language = detect_language(text)
        else:
            parent = by_id.get(section.parent_id) if section.parent_id else None
            section.language = parent.language if parent and parent.language else document_language
