"""Read the measurable parts of a target statement.

"raise the share of SMEs in GRP from 28.5% in 2019 to 35% by 2025" ->
unit %, baseline 28.5 (2019), target 35 (2025), direction increase.
"By 2030, a 50% reduction in the rate of poverty, compared to the 2015 level" ->
base year 2015, target 50 (2030) relative, direction decrease.
"at least 20% ... by 2026, at least 60% by 2030 and 100% by 2035" -> three targets, each >= .
"Achieve 40 to 45% ... reductions below 2005 levels by 2030, and achieve net-zero ... by 2050" ->
40-45 (2030) relative decrease, 0 (2050) eliminate.

How a statement is read:
- numbers (numbers.find_quantities) with what their words say: a range ("40 to 45%"), a
  comparator ("at least", "or less"), a change rather than a level ("by 20%", "a 20% reduction",
  "an increase of 30%"), a share of a base year's level ("60% of 1990 levels"), an aside in
  parentheses; a level of zero written in words ("net-zero");
- years: base years ("compared to 2015"), target years ("by 2030", "by March 31, 2028", the end of
  "between 2023 and 2026"); a target year that opens its clause ("By 2030, ...") takes the values
  after it, the others the value written before them, else the first one after;
- the baseline: "from X (in Y0) to Z", "from a baseline of X in Y0";
- direction per target, from the words of its own clause (a change word on its value first), else
  the one before it; a statement with a level and no direction word names a level to REACH.

Works on plain text with the cue lists in resources/lexicons/<lang>/cues.json, so it runs
the same on table cells, sentences, and either spaCy pipeline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from analysis.extract.classify import classify_indicator
from analysis.extract.numbers import find_quantities, find_years, month_name
from analysis.model import Direction, IndicatorAttributes, YearValue
from analysis.resources import load_lexicon, per_rules

_YEAR = r"(?:19|20)\d\d"
_DASH = r"[-–—]"


@dataclass
class TargetParse:
    baseline: YearValue | None = None
    targets: list[YearValue] = field(default_factory=list)
    unit: str | None = None
    direction: Direction | None = None
    # A change rather than a level: "reduce by 30%" -> {"value": -30, "unit": "%"} (the first one)
    change: dict | None = None
    indicator_name: str | None = None
    base_year: int | None = None
    target_years: list[int] = field(default_factory=list)
    past_tense: bool = False

    @property
    def is_target(self) -> bool:
        """A dated, measurable commitment (a target year plus a value or a direction)."""
        return bool(self.target_years) and (
            bool(self.targets and self.targets[0].value is not None)
            or self.change is not None
            or self.direction is not None
        )


@dataclass
class _Value:
    """A number of the statement and what the words around it say about it."""

    value: float
    unit: str | None
    start: int
    end: int
    upper: float | None = None  # "40 to 45%"
    comparator: str | None = None
    comparator_span: tuple[int, int] | None = None
    parenthetical: bool = False  # an aside: "(aged 15 years and older)", "(a 30% reduction)"
    zero: bool = False  # a level of zero in words: "net-zero"
    change: bool = False  # "by 20%", "a 20% reduction": a change from the baseline, not a level
    trend: Direction | None = None  # what its own words say: "20% reduction", "60% of 1990 levels"
    baseline: bool = False


@dataclass
class _Year:
    year: int
    start: int
    end: int
    phrase_start: int  # where its cue starts ("By March 31, 2028": at "By")
    leading: bool = False  # "By 2030, ...": opens its clause; its values follow it
    span: bool = False  # the end of a period: "between 2023 and 2026", "2021-2025"


@dataclass
class _Pair:
    year: _Year | None
    value: _Value | None
    segment: tuple[int, int] = (0, 0)
    direction: Direction | None = None


@dataclass(frozen=True)
class _Cues:
    direction: dict[str, re.Pattern]
    negative_subject: re.Pattern
    negators: tuple[str, ...]
    target_before: re.Pattern
    base_before: re.Pattern
    base_after: re.Pattern
    past: re.Pattern
    reference_before: re.Pattern
    from_to: re.Pattern  # "from X (in Y0) to Z": a baseline and a target
    by_amount: re.Pattern  # "by" right before a number: a change, not a level
    target_after: re.Pattern  # "2025 target" (en), "2025 жылға дейін" (kk): a target year named after it
    value_after_year: bool  # Kazakh "2019 жылғы 28,5 %-дан": the value follows its year
    change_after: re.Pattern  # "20% (below BAU) reduction": the number is a change, not a level
    # Kazakh marks a value's role by its ending: "28,5 %-дан" from, "35 %-ға дейін" to, "20 %-ға" by
    case_endings: dict[str, re.Pattern]
    # ... but the verb decides a bare dative: "4,5 %-ға жеткізу" brings the level TO 4.5%
    dative_to_verbs: re.Pattern
    comparator_before: dict[str, re.Pattern]  # "at least" right before the number
    comparator_after: dict[str, re.Pattern]  # "or less" right after the number and its unit
    zero_levels: re.Pattern  # "net-zero": a value of zero in words
    change_before: re.Pattern  # "an increase of" right before the number
    baseline_before: re.Pattern  # "from a baseline of" right before the number
    share_of_base: re.Pattern  # "of 1990 levels" after a percentage
    period_start: re.Pattern  # "between 2023 and": the first year of a period
    period_end: re.Pattern  # "between 2023 and 2026": the last
    range_join: re.Pattern  # what joins two numbers into a range: "40 to 45%", "64-67%"
    range_between: re.Pattern  # "between" before the first number of a range
    range_between_join: re.Pattern
    range_not_after: re.Pattern  # "from 40 to 45%" is a baseline and a target, not a range
    coordination: re.Pattern  # "95% of ... and 90% of ...": several values of one deadline
    date_tail: re.Pattern  # "by March 31, 2028": the date before the year
    span_join: re.Pattern  # "2017 to 2018", "2017-18": a base year written as a period
    month_after_number: re.Pattern  # "17 December": a day, not a value
    month_before_number: re.Pattern  # "March 31": a day, not a value
    window: re.Pattern  # "in the past 30 days": a window, not the past


def _stems(words: list[str]) -> re.Pattern:
    if not words:
        return re.compile("(?!)")
    alternatives = "|".join(re.escape(w.strip()) + (r"\b" if w.endswith(" ") else "") for w in words)
    return re.compile(rf"(?<![\w-])(?:{alternatives})", re.IGNORECASE)


def _tail_pattern(phrases: list[str]) -> re.Pattern:
    """Matches text that ENDS with one of the phrases (+ optional 'the', 'year', 'levels of')."""
    alternatives = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(
        rf"(?:^|\W)(?:{alternatives})(?:\s+(?:the|its|their|a))?(?:\s+(?:year|levels?(?:\s+(?:of|in))?))?\s*[,(]?\s*$",
        re.IGNORECASE,
    )


def _alternatives(words: list[str] | None) -> str:
    """One regex alternation, longest first; a lexicon without the list matches nothing."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) if words else "(?!)"


def _ends_with(words: list[str] | None) -> re.Pattern:
    """Text that ends with one of the phrases (an article may follow: 'a maximum of the')."""
    return re.compile(rf"(?<![\w-])(?:{_alternatives(words)})(?:\s+(?:a|an|the))?\s*$", re.IGNORECASE)


@per_rules()
def _cues(language: str) -> _Cues:
    lex = load_lexicon("cues", language)
    comparators = lex.get("comparators", {})
    from_endings = _alternatives(lex.get("comparators_after_ending"))
    period = lex.get("period_between", {})
    ranges = lex.get("value_range", {})
    months = month_name(language)
    words = [w for w in lex.get("coordination", []) if w.strip(",;")]  # "and", "и", "және"; commas apart
    return _Cues(
        direction={k: _stems(v) for k, v in lex["direction"].items()},
        negative_subject=_stems(lex["negative_subjects"]),
        negators=tuple(lex["negators_before_increase"]),
        target_before=_tail_pattern(lex["target_year_before"]),
        base_before=_tail_pattern(lex["base_year_before"]),
        base_after=re.compile(r"^\s*(?:" + "|".join(re.escape(w) for w in lex["base_year_after"]) + r")\b", re.I),
        past=_stems([w + " " for w in lex["past_markers"]]),
        reference_before=re.compile(
            r"(?:^|\W)(?:" + "|".join(re.escape(w) for w in lex["reference_words"]) + r")\s*$", re.IGNORECASE
        ),
        from_to=re.compile(
            rf"(?<!\w)(?:{_alternatives(lex.get('range_from'))})\b(?P<a>[^;]{{0,60}}?)"
            rf"(?<!\w)(?:{_alternatives(lex.get('range_to'))})\b(?P<b>[^;]{{0,60}})",
            re.IGNORECASE,
        ),
        by_amount=re.compile(rf"(?<!\w)(?:{_alternatives(lex.get('change_by'))})\s+$", re.IGNORECASE),
        target_after=re.compile(rf"\s*(?:{_alternatives(lex.get('target_year_after'))})", re.IGNORECASE),
        value_after_year=bool(lex.get("value_after_year", False)),
        change_after=re.compile(
            rf"\s*(?:\([^()]*\)\s*)?(?:(?!(?:of|in|to|for|by|from|and|the|is|are|at)\b)[^\W\d_]+\s+){{0,3}}"
            rf"(?P<word>{_alternatives(lex.get('change_after'))})",
            re.IGNORECASE,
        ),
        case_endings={
            role: re.compile(rf"^\s*-?\s*(?:{_alternatives(endings)})(?!\w)", re.IGNORECASE)
            for role, endings in lex.get("value_case_endings", {}).items()
            if isinstance(endings, list) and role in ("from", "to", "by")
        },
        dative_to_verbs=re.compile(
            rf"^\s*(?:{_alternatives(lex.get('value_case_endings', {}).get('to_verbs'))})", re.IGNORECASE
        ),
        comparator_before={k: _ends_with(v.get("before")) for k, v in comparators.items()},
        comparator_after={
            k: re.compile(
                rf"^\s*(?:-?\s*(?:{from_endings})\s+)?(?:{_alternatives(v.get('after'))})(?![\w])", re.IGNORECASE
            )
            for k, v in comparators.items()
        },
        zero_levels=_stems(lex.get("zero_levels")),
        change_before=_ends_with(lex.get("change_before")),
        baseline_before=_ends_with(lex.get("baseline_value_before")),
        share_of_base=re.compile(
            rf"^\s*(?:\([^()]*\)\s*)*(?:{_alternatives(lex.get('share_of_base_after'))})\s+({_YEAR})(?!\d)",
            re.IGNORECASE,
        ),
        period_start=re.compile(rf"(?<![\w-])(?:{_alternatives(period.get('start'))})\s+$", re.IGNORECASE),
        period_end=re.compile(
            rf"(?<![\w-])(?:{_alternatives(period.get('start'))})\s+{_YEAR}\s+(?:{_alternatives(period.get('join'))})\s+$",
            re.IGNORECASE,
        ),
        range_join=re.compile(rf"^\s*(?:{_DASH}|{_alternatives(ranges.get('join'))})\s*$", re.IGNORECASE),
        range_between=_ends_with(ranges.get("between")),
        range_between_join=re.compile(rf"^\s*(?:{_alternatives(ranges.get('between_join'))})\s*$", re.IGNORECASE),
        range_not_after=_ends_with(ranges.get("not_after")),
        coordination=re.compile(rf"(?:(?<![\w-])(?:{_alternatives(words)})(?![\w-])|[,;])", re.IGNORECASE),
        date_tail=re.compile(
            rf"(?:\b\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?<![\w]){months}\.?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?\s*,?\s*$",
            re.IGNORECASE,
        ),
        span_join=re.compile(
            rf"\s*(?:{_DASH}|/|{_alternatives([*ranges.get('join', []), *period.get('join', [])])})\s*({_YEAR})(?!\d)",
            re.IGNORECASE,
        ),
        month_after_number=re.compile(rf"^\s*{months}", re.IGNORECASE),
        month_before_number=re.compile(rf"(?<![\w]){months}\.?\s*$", re.IGNORECASE),
        window=re.compile(rf"^\s*(?:\d+\s+)?(?:{_alternatives(lex.get('time_window_units'))})(?!\w)", re.IGNORECASE),
    )


_NAME_AFTER_VERB = re.compile(
    r"\b(?:increas|rais|reduc|decreas|improv|grow|expand|lower|cut|boost|doubl|halv|bring|reach|achiev|maintain|keep)\w*\s+"
    r"(?!(?:to|by|from)\b)(?P<name>.+?)\s+(?:from|to|by|up to|at least|at|of)\s+[-+]?\d",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[;.](?:\s|$)")
AFTER_YEAR_CHARS = 60  # how far after a deadline its value may be written ("by 2030 by 20%")


def _cue_matches(
    text: str, cues: _Cues, skip: list[tuple[int, int]] = (), start: int = 0, end: int | None = None
) -> list[tuple[int, Direction]]:
    """(position, direction) of every direction word in text[start:end], outside the skipped spans
    (comparator phrases: 'below 5%', 'greater than 50%' bind a value and go no way; a word to hold
    a level, 'not to exceed 60%', still says maintain)."""
    end = len(text) if end is None else end
    found = []
    for name, pattern in cues.direction.items():
        for m in pattern.finditer(text, start, end):
            if name != "maintain" and any(a <= m.start() < b for a, b in skip):
                continue
            before = text[max(0, m.start() - 12) : m.start()].lower().split()
            if name == "increase" and before and before[-1] in cues.negators:
                continue
            found.append((m.start(), m.end(), Direction(name)))
    # the longest cue where two start together: "өсуін тоқтату" (halt the growth) over "өсу" (growth)
    return [(start, d) for start, _, d in sorted(found, key=lambda f: (f[0], -f[1]))]


def direction_from_text(text: str, language: str = "en") -> Direction | None:
    """Direction stated in words: the earliest cue wins; 'zero growth' is no increase; a
    comparator before a number ('below 5%', 'greater than 50%') is no direction."""
    cues = _cues(language)
    skip = [v.comparator_span for v in _values(text, language, cues) if v.comparator_span]
    found = _cue_matches(text, cues, skip)
    return found[0][1] if found else None


def has_negative_subject(text: str, language: str = "en") -> bool:
    """Indicators where less is better (mortality, emissions, unemployment...)."""
    return bool(_cues(language).negative_subject.search(text))


# ---- numbers and what their words say -------------------------------------------------------------


def _paren_depths(text: str) -> list[int]:
    depth, out = 0, []
    for ch in text:
        if ch == "(":
            depth += 1
        out.append(depth)
        if ch == ")" and depth:
            depth -= 1
    return out


def _values(text: str, language: str, cues: _Cues) -> list[_Value]:
    values: list[_Value] = []
    for q in find_quantities(text, language):
        before = text[max(0, q.start - 25) : q.start]
        if cues.reference_before.search(text[max(0, q.start - 20) : q.start]):
            continue  # "objective 2.3", "Annex 1": numbers that name a part of a plan are not values
        if cues.month_after_number.match(text[q.end : q.end + 12]) or cues.month_before_number.search(before):
            continue  # "17 December", "March 31": a day of the month
        values.append(_Value(q.value, q.unit, q.start, q.end))
    values = _join_ranges(text, values, cues)
    zero_spans = [(m.start(), m.end()) for m in cues.zero_levels.finditer(text)]
    for a, b in zero_spans:
        if not any(v.start < b and a < v.end for v in values):
            values.append(_Value(0.0, None, a, b, zero=True))
    values.sort(key=lambda v: v.start)
    depths = _paren_depths(text) if "(" in text else []
    for v in values:
        v.parenthetical = bool(depths[v.start]) if v.start < len(depths) else False
        if v.zero:
            v.trend = Direction.ELIMINATE
            continue
        before = text[max(0, v.start - 40) : v.start]
        after = text[v.end : v.end + 120]
        for symbol, pattern in cues.comparator_before.items():
            m = pattern.search(before)
            if m:
                v.comparator, v.comparator_span = symbol, (v.start - len(before) + m.start(), v.start)
                break
        if v.comparator is None:
            for symbol, pattern in cues.comparator_after.items():
                m = pattern.match(after)
                if m:
                    v.comparator, v.comparator_span = symbol, (v.end, v.end + m.end())
                    break
        word = None
        if cues.by_amount.search(before):
            v.change = True
        m = cues.change_before.search(before)
        if m:
            v.change, word = True, m.group(0)
        m = None if v.comparator_span and v.comparator_span[0] == v.end else cues.change_after.match(after)
        if m and not v.change:
            v.change, word = True, m.group("word")
        elif m and word is None:
            word = m.group("word")
        if word:
            found = _cue_matches(word, cues)
            v.trend = found[0][1] if found else None
        m = cues.share_of_base.match(after)
        if m and v.unit == "%" and not v.change:
            top = v.upper if v.upper is not None else v.value
            v.trend = Direction.DECREASE if top < 100 else Direction.INCREASE if v.value > 100 else None
    return values


def _join_ranges(text: str, values: list[_Value], cues: _Cues) -> list[_Value]:
    """'40 to 45%', '64-67%', 'between 40 and 45%' -> one value 40 with upper 45."""
    out: list[_Value] = []
    i = 0
    while i < len(values):
        v = values[i]
        if i + 1 < len(values):
            w = values[i + 1]
            between = text[v.end : w.start]
            before = text[max(0, v.start - 25) : v.start]
            joined = (cues.range_join.match(between) and not cues.range_not_after.search(before)) or (
                cues.range_between.search(before) and cues.range_between_join.match(between)
            )
            if joined and v.unit in (None, w.unit) and w.value > v.value:
                out.append(_Value(v.value, w.unit, v.start, w.end, upper=w.value))
                i += 2
                continue
        out.append(v)
        i += 1
    return out


# ---- years ---------------------------------------------------------------------------------------


def _classify_years(text: str, cues: _Cues) -> tuple[list[tuple[int, int, int]], list[_Year]]:
    base: list[tuple[int, int, int]] = []
    target: list[_Year] = []
    for year, start, end in find_years(text):
        before = text[max(0, start - 40) : start]
        offset = start - len(before)
        after = text[end : end + 25]
        if re.match(rf"\s*{_DASH}\s*{_YEAR}", after):
            continue  # start of a period "2021-2025": neither a base nor a target year
        if cues.period_start.search(before) and re.match(r"\s*\S+\s+" + _YEAR, after):
            continue  # "between 2023 and ...": the start of a period
        span = re.search(rf"{_YEAR}\s*{_DASH}\s*$", before)
        if span:
            target.append(_Year(year, start, end, offset + span.start(), span=True))
            continue
        span = cues.period_end.search(before)
        if span:
            target.append(_Year(year, start, end, offset + span.start(), span=True))
            continue
        date = cues.date_tail.search(before)
        core = before[: date.start()] if date and date.group(0).strip() else before
        if cues.base_before.search(core) or cues.base_after.match(after):
            base.append((year, start, end))
            continue
        m = cues.target_before.search(core)
        if m or cues.target_after.match(after):
            phrase = offset + m.start() if m else start
            while phrase < start and not text[phrase].isalnum():
                phrase += 1
            target.append(_Year(year, start, end, phrase))
    for y in target:
        head = text[: y.phrase_start].rstrip()
        opens = not head or head[-1] in ";:.\n" or head.endswith("—")
        y.leading = opens and bool(re.match(r"\s*(?:\w{1,5}\.?)?\s*,", text[y.end : y.end + 10]))
    return base, target


def _past(text: str, cues: _Cues) -> bool:
    """A past marker, unless it opens a window: 'in the past 30 days' is when, not the past."""
    return any(not cues.window.match(text[m.end() : m.end() + 20]) for m in cues.past.finditer(text))


# ---- the statement --------------------------------------------------------------------------------


# A period right after a capitalised word, bracketed or not: the period in a plan's name.
_NAMED_PERIOD = re.compile(
    r"(?P<name>(?:^|[\s(])[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w\-’']*[ \u00a0])"
    r"(?P<period>\(?(?:19|20)\d\d\s*[-–—/]\s*(?:19|20)?\d\d\)?)"
)


def _mask_named_periods(text: str) -> str:
    """Blank out the period in a plan's name ('NSDP 2014-2018', 'Phase III (2014-2018)'): it
    names a document, it is no deadline. Offsets stay as they were."""
    return _NAMED_PERIOD.sub(lambda m: m.group("name") + " " * len(m.group("period")), text)


def parse_target_statement(text: str, language: str = "en", is_target: bool = False) -> TargetParse:
    """The baseline, targets, unit and direction a statement gives.

    `is_target`: the caller knows the text states a target (a Target column, a "Target:" label):
    a value without a year is then an undated target, and a statement with no direction word
    names a level to reach."""
    cues = _cues(language)
    result = TargetParse()
    text = _mask_named_periods(text)
    values = _values(text, language, cues)
    base_years, target_years = _classify_years(text, cues)
    result.past_tense = _past(text, cues)

    # "from X (in Y0) to Z by Y1": the baseline is stated explicitly.
    m = cues.from_to.search(text)
    from_v = to_v = None
    if m:
        from_vs = [v for v in values if m.start("a") <= v.start < m.end("a") and not v.zero]
        to_vs = [v for v in values if m.start("b") <= v.start < m.end("b") and not v.zero]
        from_v = from_vs[0] if from_vs else None
        to_v = to_vs[0] if to_vs else None
        if from_v:
            from_v.baseline = True
            year = next((y for y, s, _ in find_years(text) if m.start("a") <= s < m.end("a")), None)
            result.baseline = YearValue(from_v.value, year)
            result.unit = from_v.unit or (to_v.unit if to_v else None)
            if year is not None:
                _make_base(year, text, base_years, target_years, cues)
    # "to 60%, from a baseline of 42% in 2019": a baseline value named as such, wherever it is
    for v in values:
        if v.baseline or v.zero or v is to_v or not cues.baseline_before.search(text[max(0, v.start - 30) : v.start]):
            continue
        v.baseline = True
        if result.baseline is None:
            year = _year_after(text, v.end)
            result.baseline = YearValue(v.value, year)
            result.unit = result.unit or v.unit
            if year is not None:
                _make_base(year, text, base_years, target_years, cues)

    if base_years:
        result.base_year = base_years[0][0]
        if result.baseline is None and cues.value_after_year:
            v = _first_after(values, base_years[0][2])
            if v is not None and _case_role(v, text, cues) in ("to", "by"):
                v = None  # "2015 жылғы деңгеймен салыстырғанда 50 %-ға": a change, not the base level
            if v is not None:
                v.baseline = True
            result.baseline = YearValue(v.value if v else None, result.base_year)
            result.unit = v.unit if v else None
        if result.baseline is None:
            result.baseline = YearValue(None, result.base_year)
    for v in values:
        if v.trend is not None and v.unit == "%" and cues.share_of_base.match(text[v.end : v.end + 60]):
            year = int(cues.share_of_base.match(text[v.end : v.end + 60]).group(1))
            result.base_year = result.base_year or year
            if result.baseline is None:
                result.baseline = YearValue(None, year)
    target_years = [y for y in target_years if y.year != result.base_year]
    result.target_years = sorted({y.year for y in target_years})

    if cues.value_after_year:
        pairs = _pairs_value_after_year(values, target_years)
    else:
        pairs = _pairs(text, values, target_years, cues)
    if not target_years and is_target:
        # an undated target: the first value outside an aside, one with a unit before a bare number
        # ("HIV prevalence among adults aged 15-49 <0.1%": 0.1)
        candidates = [v for v in values if not v.baseline]
        plain = [v for v in candidates if not v.parenthetical] or candidates
        first = next((v for v in plain if v.unit), None) or next(iter(plain), None)
        if first is not None:
            pairs = [_Pair(None, first, (0, len(text)))]
    if to_v and not any(p.value is to_v for p in pairs) and pairs:
        # "from 28.5% to 35% by 2025": the value after "to" is the target of the last year
        last = max((p for p in pairs if p.year), key=lambda p: p.year.start, default=pairs[-1])
        last.value = to_v

    for p in pairs:
        if p.value is not None:
            result.unit = result.unit or p.value.unit
    result.targets = [_year_value(p) for p in pairs]
    if cues.case_endings:
        _apply_case_endings(result, text, values, cues)
        # the case endings may have moved values between years: pair each target with its value again
        pairs = _pairs_of_targets(result.targets, values, len(text))
    pairs_by_target = list(zip(result.targets, pairs, strict=True))
    with_unit = [v for v in values if v.unit and not v.baseline]
    if result.targets and all(t.value is None for t in result.targets) and with_unit:
        v = with_unit[0]  # a value far from its year
        result.change = {"value": v.value, "unit": v.unit}
        result.unit = result.unit or v.unit

    _directions(result, text, values, pairs, pairs_by_target, cues, is_target)
    first_change = next((t for t in result.targets if t.relative and t.value is not None), None)
    if first_change is not None and result.change is None:
        own = first_change.direction or result.direction
        sign = -1 if own is not None and own.trend == Direction.DECREASE else 1
        result.change = {"value": sign * first_change.value, "unit": result.unit}
    elif (
        result.change
        and result.direction
        and result.direction.trend == Direction.DECREASE
        and result.change["value"] > 0
    ):
        result.change = {**result.change, "value": -result.change["value"]}
    name = _NAME_AFTER_VERB.search(text)
    if name:
        result.indicator_name = name.group("name").strip(" ,")
    return result


def _make_base(year: int, text: str, base_years: list, target_years: list[_Year], cues: _Cues) -> None:
    """A year is a base year: it is no target, nor is the end of a base period ('in 2017 to 2018')."""
    spans = [(y, s, e) for y, s, e in find_years(text) if y == year]
    if not any(y == year for y, _, _ in base_years):
        base_years.append(spans[0] if spans else (year, 0, 0))
    ends = set()
    for _, _, e in spans:
        m = cues.span_join.match(text[e : e + 12])
        if m:
            ends.add(int(m.group(1)))
    target_years[:] = [y for y in target_years if y.year != year and y.year not in ends]


def _year_after(text: str, pos: int) -> int | None:
    """'42% in 2019', '28,5% в 2019 году', '699 kg (2014)': the year written right after a value."""
    m = re.match(rf"[^\d;]{{0,12}}?({_YEAR})(?!\d)", text[pos : pos + 24])
    return int(m.group(1)) if m else None


def _first_after(values: list[_Value], pos: int, limit: int = 40) -> _Value | None:
    return next((v for v in values if pos <= v.start <= pos + limit), None)


def _year_value(p: _Pair) -> YearValue:
    v = p.value
    if v is None:
        return YearValue(None, p.year.year if p.year else None)
    return YearValue(
        v.value,
        p.year.year if p.year else None,
        upper=v.upper,
        comparator=v.comparator,
        relative=v.change,
    )


def _pairs(text: str, values: list[_Value], years: list[_Year], cues: _Cues) -> list[_Pair]:
    """Each target year with its value: the values after a year that opens its clause ("By 2030,
    ..."), else the value written before it, else the first one after it in its clause."""
    years = sorted(years, key=lambda y: y.start)
    free = [v for v in values if not v.baseline]
    used: set[int] = set()
    pairs: dict[int, list[_Pair]] = {id(y): [] for y in years}

    def region_end(y: _Year) -> int:
        nxt = [z.phrase_start for z in years if z.start > y.start]
        return min(nxt) if nxt else len(text)

    def prefer(cands: list[_Value]) -> list[_Value]:
        plain = [v for v in cands if not v.parenthetical]
        return plain or cands

    def unit_fits(v: _Value) -> bool:
        # after a target with a unit, a bare number is part of the subject ("50 Mbps download")
        taken = [p.value for ps in pairs.values() for p in ps if p.value is not None and not p.value.zero]
        return v.zero or not taken or v.unit is not None or taken[-1].unit is None

    # 1. "By 2030, 95% of ... and 90% of ...": the values after it, those of the first's unit joined to it
    for y in years:
        if not y.leading:
            continue
        end = region_end(y)
        cands = prefer([v for v in free if y.end <= v.start < end and id(v) not in used])
        if not cands:
            continue
        first = cands[0]
        taken = [first]
        for v in cands[1:]:
            if v.zero or v.unit != first.unit:
                continue
            if cues.coordination.search(text[taken[-1].end : v.start]):
                taken.append(v)
        for v in taken:
            used.add(id(v))
            pairs[id(y)].append(_Pair(y, v, (y.end, end)))
    # 2. "at least 20% by 2026, at least 60% by 2030": the value before the year
    floor = 0
    for y in years:
        if pairs[id(y)]:
            floor = max([floor] + [p.value.end for p in pairs[id(y)] if p.value])
            continue
        if y.leading:
            continue
        cands = prefer([v for v in free if floor <= v.start and v.end <= y.start and id(v) not in used])
        v = cands[-1] if cands else None
        if v is not None and unit_fits(v):
            used.add(id(v))
            floor = v.end
            pairs[id(y)].append(_Pair(y, v))
    # 3. "reduce emissions by 2030 by 20%", "к 2025 году до 35%": the first value right after it in
    # its clause; never after the end of a period ("NSDP 2014-2018 87" is a page number)
    for y in years:
        if pairs[id(y)]:
            continue
        if y.span:
            pairs[id(y)].append(_Pair(y, None))
            continue
        end = min(region_end(y), y.end + AFTER_YEAR_CHARS)
        stop = _CLAUSE_END.search(text, y.end)
        end = min(end, stop.start()) if stop else end
        cands = [v for v in free if y.end <= v.start < end and id(v) not in used and not v.parenthetical]
        v = cands[0] if cands else None
        if v is not None and unit_fits(v):
            used.add(id(v))
            pairs[id(y)].append(_Pair(y, v))
        else:
            pairs[id(y)].append(_Pair(y, None))
    out = [p for y in years for p in pairs[id(y)]]
    # drop a repeated year that found no value of its own ("... by 2030 (in 2030)")
    seen: dict[int, _Pair] = {}
    kept = []
    for p in out:
        if p.value is None and p.year.year in seen:
            continue
        if p.value is not None and p.year.year in seen and seen[p.year.year].value is None:
            kept.remove(seen[p.year.year])
            seen[p.year.year] = p  # removed once: a third pair of that year must not remove it again
        seen.setdefault(p.year.year, p)
        kept.append(p)
    # each target's clause: from the previous target's end to its own (after its year when it leads)
    boundary = 0
    for p in kept:
        if p.segment == (0, 0):
            end = max(p.year.end, p.value.end if p.value else 0)
            p.segment = (boundary, end)
        boundary = max(boundary, p.segment[1])
    return kept


def _pairs_of_targets(targets: list[YearValue], values: list[_Value], length: int) -> list[_Pair]:
    """Each target with the value it holds (verb-final Kazakh: the whole statement is its clause)."""
    used: set[int] = set()
    out = []
    for t in targets:
        v = next((v for v in values if id(v) not in used and t.value is not None and v.value == t.value), None)
        if v is not None:
            used.add(id(v))
        out.append(_Pair(None, v, (0, length)))
    return out


def _case_role(v: _Value, text: str, cues: _Cues) -> str | None:
    """The role a Kazakh case ending gives a value: 'from' (-дан), 'to' (-ға дейін), 'by' (-ға)."""
    if v.zero:
        return None
    if v.comparator and v.comparator_span and v.comparator_span[0] == v.end:
        return "to"  # "50 %-дан кем емес": not less than 50%, a level
    after = text[v.end : v.end + 60]
    for name in ("to", "from", "by"):  # "-ға дейін" before the bare "-ға"
        pattern = cues.case_endings.get(name)
        m = pattern.match(after) if pattern is not None else None
        if m:
            # the verb decides a bare dative: "4,5 %-ға жеткізу" (bring to), "-ға жету" (reach)
            if name == "by" and cues.dative_to_verbs.match(after[m.end() :]):
                return "to"
            return name
    return None


def _pairs_value_after_year(values: list[_Value], years: list[_Year]) -> list[_Pair]:
    """Kazakh: '2025 жылға қарай 35 %-ға дейін' -- the value follows its year."""
    out = []
    for y in sorted(years, key=lambda y: y.start):
        v = _first_after([v for v in values if not v.baseline], y.end)
        out.append(_Pair(y, v))
    return out


def _directions(
    result: TargetParse,
    text: str,
    values: list[_Value],
    pairs: list[_Pair],
    pairs_by_target: list[tuple[YearValue, _Pair]],
    cues: _Cues,
    is_target: bool,
) -> None:
    """The statement's direction, and each target's own where it differs ("... by 2030, and
    net-zero by 2050")."""
    skip = [v.comparator_span for v in values if v.comparator_span]
    zero_spans = [(v.start, v.end) for v in values if v.zero]
    previous: Direction | None = None
    for _target, p in pairs_by_target:
        own = p.value.trend if p.value is not None else None
        if own is None:
            # a change word on a number of its clause ("growth by 2% below BAU") says more than a verb
            a, b = p.segment
            own = next(
                (v.trend for v in values if a <= v.start < b and v.trend and not v.zero and not v.parenthetical), None
            )
        if own is None:
            # the words of its clause, leaving out a zero level that is not this target's value
            found = _cue_matches(text, cues, skip + zero_spans, *p.segment)
            own = found[0][1] if found else None
        p.direction = own or previous
        previous = p.direction
    statement = pairs_by_target[0][1].direction if pairs_by_target else None
    if statement is None:
        found = _cue_matches(text, cues, skip + (zero_spans if result.targets else []))
        statement = found[0][1] if found else None
    if statement is None and result.baseline and result.baseline.value is not None and result.targets:
        last = result.targets[-1].value
        if last is not None:
            statement = (
                Direction.INCREASE
                if last > result.baseline.value
                else Direction.DECREASE
                if last < result.baseline.value
                else Direction.MAINTAIN
            )
    if statement is None and result.targets and all(t.value is None for t in result.targets):
        if any(p.year is not None and p.year.span for p in pairs):
            statement = Direction.MAINTAIN  # "Between 2023 and 2026, the supply exceeds the harvest": a state to hold
    if statement is None and (any(t.value is not None and not t.relative for t in result.targets) or is_target):
        statement = Direction.REACH  # "By 2030, 22% of commuters use ...": a level, no way stated
    result.direction = statement
    for i, (target, p) in enumerate(pairs_by_target):
        if p.direction is not None and p.direction != statement:
            result.targets[i] = replace(target, direction=p.direction)


def _apply_case_endings(result: TargetParse, text: str, values: list[_Value], cues: _Cues) -> None:
    """Where the ending of a value says its role (Kazakh), it wins over its place in the sentence:
    '35 %-ға дейін 2025 жылға қарай' is the target of 2025 although the year comes after it,
    '2025 жылы 4,5 %-ға дейін' makes 2025 a target year, not a base year."""

    def role(v: _Value) -> str | None:
        return (
            None
            if v.baseline and not cues.case_endings.get("from", re.compile("(?!)")).match(text[v.end : v.end + 20])
            else _case_role(v, text, cues)
        )

    def year_value(v: _Value, year: int | None, relative: bool = False) -> YearValue:
        return YearValue(v.value, year, upper=v.upper, comparator=v.comparator, relative=relative)

    roles = [(v, role(v)) for v in values]
    if any(r == "from" for _, r in roles):  # "28,5 %-дан ... 35 %-ға": from one level to another
        roles = [(v, "to" if r == "by" else r) for v, r in roles]
    to_values = [v for v, r in roles if r == "to"]
    from_values = [v for v, r in roles if r == "from"]
    by_values = [v for v, r in roles if r == "by"]
    if not to_values and not from_values and not by_values:
        return
    # the year before a target value was read as a base year (its value taken for the baseline, or
    # none taken and no target year left): it is the target's year. The same value, not an equal
    # one: "2019 жылы 60 %, ... 60 %-ға дейін сақтау" keeps its baseline (review, issue 18).
    read_as_base = (
        result.baseline is not None
        and (any(v.baseline for v in to_values) or (result.baseline.value is None and not result.target_years))
        if to_values
        else False
    )
    if to_values and not from_values and read_as_base:
        # the year before a target value was read as a base year: it is the target's year
        year = result.baseline.year
        result.baseline, result.base_year = None, None
        if year is not None and year not in result.target_years:
            result.target_years = sorted({*result.target_years, year})
            result.targets = [t for t in result.targets if t.year != year] + [YearValue(None, year)]
    if from_values:
        v = from_values[0]
        result.baseline = YearValue(v.value, result.base_year)
        result.unit = result.unit or v.unit
    if to_values:
        years = sorted({t.year for t in result.targets if t.year is not None}) or [None]
        # one value per target year, in the order written; a lone value goes to the last year
        if len(to_values) < len(years):
            pairs = list(zip(years[-len(to_values) :], to_values, strict=True))
        else:
            pairs = list(zip(years, to_values[: len(years)], strict=True))
        result.targets = [year_value(v, y) for y, v in pairs] + [
            t for t in result.targets if t.year not in {y for y, _ in pairs}
        ]
        result.targets.sort(key=lambda t: (t.year is None, t.year or 0))
        result.unit = result.unit or to_values[0].unit
        known = {v.value for v in (*to_values, *from_values)}
        if result.change is not None and abs(result.change["value"]) in known:
            result.change = None
    if by_values and not to_values:
        v = by_values[0]  # "2025 жылға қарай 40 %-ға арттыру": by 40%, not to 40%
        result.targets = [replace(t, relative=True) if t.value == v.value else t for t in result.targets]
        if not any(t.value == v.value for t in result.targets):
            result.targets = [year_value(v, t.year, True) if t.value is None else t for t in result.targets]
        result.unit = result.unit or v.unit


def target_attributes(parse: TargetParse, text: str, language: str) -> IndicatorAttributes:
    return IndicatorAttributes(
        unit=parse.unit,
        baseline=parse.baseline,
        targets=parse.targets,
        direction=parse.direction,
        type=classify_indicator(parse.indicator_name or text, parse.unit, language),
    )


def measurable(parse: TargetParse, period: tuple[int, int] | None = None) -> bool:
    """A dated commitment with a number: 'to 35% by 2025', 'by 20% by 2030'.

    Years before the plan period are history ("in 2021 the region produced ..."), not targets.
    """
    has_value = any(t.value is not None for t in parse.targets) or parse.change is not None
    if period and parse.target_years and max(parse.target_years) < period[0]:
        return False
    return bool(parse.target_years) and has_value and not parse.past_tense
