"""Read the measurable parts of a target statement.

"raise the share of SMEs in GRP from 28.5% in 2019 to 35% by 2025" ->
unit %, baseline 28.5 (2019), target 35 (2025), direction increase.
"33% to 35% reduction in the emissions intensity of its GDP by 2030 compared to 2005 level" ->
unit %, base year 2005, target year 2030, direction decrease, change -33..-35 %.

Works on plain text with the cue lists in resources/lexicons/<lang>/cues.json, so it runs
the same on table cells, sentences, and either spaCy pipeline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from analysis.extract.numbers import Quantity, find_quantities, find_years
from analysis.model import Direction, YearValue
from analysis.resources import load_lexicon


@dataclass
class TargetParse:
    baseline: YearValue | None = None
    targets: list[YearValue] = field(default_factory=list)
    unit: str | None = None
    direction: Direction | None = None
    # A change rather than a level: "reduce by 30%" -> {"value": -30, "unit": "%"}
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


def _stems(words: list[str]) -> re.Pattern:
    alternatives = "|".join(re.escape(w.strip()) + (r"\b" if w.endswith(" ") else "") for w in words)
    return re.compile(rf"(?<![\w-])(?:{alternatives})", re.IGNORECASE)


def _tail_pattern(phrases: list[str]) -> re.Pattern:
    """Matches text that ENDS with one of the phrases (+ optional 'the', 'year', 'levels of')."""
    alternatives = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(
        rf"(?:^|\W)(?:{alternatives})(?:\s+(?:the|its|their|a))?(?:\s+(?:year|levels?(?:\s+(?:of|in))?))?\s*[,(]?\s*$",
        re.IGNORECASE,
    )


@lru_cache(maxsize=8)
def _cues(language: str) -> _Cues:
    lex = load_lexicon("cues", language)
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
            rf"\s*(?:\([\w ]+\)\s*)?(?:[^\W\d_]+\s+)?(?:{_alternatives(lex.get('change_after'))})", re.IGNORECASE
        ),
        case_endings={
            role: re.compile(rf"^\s*-?\s*(?:{_alternatives(endings)})(?!\w)", re.IGNORECASE)
            for role, endings in lex.get("value_case_endings", {}).items()
            if isinstance(endings, list) and role in ("from", "to", "by")
        },
        dative_to_verbs=re.compile(
            rf"^\s*(?:{_alternatives(lex.get('value_case_endings', {}).get('to_verbs'))})", re.IGNORECASE
        ),
    )


def _alternatives(words: list[str] | None) -> str:
    """One regex alternation, longest first; a lexicon without the list matches nothing."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) if words else "(?!)"


# "17 December 2013": a day of the month, not a value
_DAY_OF_MONTH = re.compile(r"\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.IGNORECASE)
_NAME_AFTER_VERB = re.compile(
    r"\b(?:increas|rais|reduc|decreas|improv|grow|expand|lower|cut|boost|doubl|halv|bring|reach|achiev|maintain|keep)\w*\s+"
    r"(?!(?:to|by|from)\b)(?P<name>.+?)\s+(?:from|to|by|up to|at least|at|of)\s+[-+]?\d",
    re.IGNORECASE,
)


def direction_from_text(text: str, language: str = "en") -> Direction | None:
    """Direction stated in words: the earliest cue wins; 'zero growth' is no increase."""
    cues = _cues(language)
    best: tuple[int, Direction] | None = None
    for name, pattern in cues.direction.items():
        for m in pattern.finditer(text):
            before = text[max(0, m.start() - 12) : m.start()].lower().split()
            if name == "increase" and before and before[-1] in cues.negators:
                continue
            if best is None or m.start() < best[0]:
                best = (m.start(), Direction(name))
            break
    return best[1] if best else None


def has_negative_subject(text: str, language: str = "en") -> bool:
    """Indicators where less is better (mortality, emissions, unemployment...)."""
    return bool(_cues(language).negative_subject.search(text))


def _classify_years(text: str, cues: _Cues) -> tuple[list[tuple[int, int, int]], list[tuple[int, int, int]]]:
    base, target = [], []
    for year, start, end in find_years(text):
        before = text[max(0, start - 40) : start]
        after = text[end : end + 25]
        if re.match(r"\s*[-–—]\s*(?:19|20)\d\d", after):
            continue  # start of a period "2021-2025": neither a base nor a target year
        if re.search(r"(?:19|20)\d\d\s*[-–—]\s*$", before):
            target.append((year, start, end))  # end of a range "2021-2025"
        elif cues.base_before.search(before) or cues.base_after.match(after):
            base.append((year, start, end))
        elif cues.target_before.search(before) or cues.target_after.match(after):
            target.append((year, start, end))
    return base, target


def _nearest_quantity_after(quantities: list[Quantity], pos: int, limit: int = 40) -> Quantity | None:
    candidates = [q for q in quantities if pos <= q.start <= pos + limit]
    return candidates[0] if candidates else None


def _nearest_quantity_before(quantities: list[Quantity], pos: int, not_before: int = 0) -> Quantity | None:
    candidates = [q for q in quantities if not_before <= q.end <= pos]
    return candidates[-1] if candidates else None


def parse_target_statement(text: str, language: str = "en") -> TargetParse:
    cues = _cues(language)
    result = TargetParse()
    # "objective 2.3", "Annex 1": numbers that name a part of a plan are not values
    quantities = [
        q
        for q in find_quantities(text, language)
        if not cues.reference_before.search(text[max(0, q.start - 20) : q.start])
        and not _DAY_OF_MONTH.match(text[q.end : q.end + 12])
    ]
    base_years, target_years = _classify_years(text, cues)
    result.past_tense = bool(cues.past.search(text))

    # "from X (in Y0) to Z by Y1": the baseline is stated explicitly.
    m = cues.from_to.search(text)
    from_q = to_q = None
    if m:
        from_qs = [q for q in quantities if m.start("a") <= q.start < m.end("a")]
        to_qs = [q for q in quantities if m.start("b") <= q.start < m.end("b")]
        from_q = from_qs[0] if from_qs else None
        to_q = to_qs[0] if to_qs else None
        if from_q:
            year = next((y for y, s, _ in find_years(text) if m.start("a") <= s < m.end("a")), None)
            if year is not None and not any(y == year for y, _, _ in base_years):
                base_years.append((year, m.start("a"), m.end("a")))
                target_years = [t for t in target_years if t[0] != year]
            result.baseline = YearValue(from_q.value, year)
            result.unit = from_q.unit or (to_q.unit if to_q else None)

    if base_years:
        result.base_year = base_years[0][0]
        if result.baseline is None and cues.value_after_year:
            q = _nearest_quantity_after(quantities, base_years[0][2])
            from_q = q
            result.baseline = YearValue(q.value if q else None, result.base_year)
            result.unit = q.unit if q else None
        if result.baseline is None:
            result.baseline = YearValue(None, result.base_year)
    result.target_years = sorted({y for y, _, _ in target_years if y != result.base_year})
    if cues.value_after_year:
        for year, _, end in sorted(target_years, key=lambda t: t[1]):
            if year != result.base_year:
                q = _nearest_quantity_after(quantities, end)
                result.targets.append(YearValue(q.value if q else None, year))
                result.unit = result.unit or (q.unit if q else None)
        target_years = []

    # Pair each target year with the value written before it (after the baseline value).
    floor = from_q.end if from_q else 0
    for year, start, _ in sorted(target_years, key=lambda t: t[1]):
        if year == result.base_year:
            continue
        q = _nearest_quantity_before(quantities, start, floor)
        if q is not None and q is not from_q:
            prefix = text[max(0, q.start - 25) : q.start]
            after_q = text[q.end : q.end + 40].lower()
            is_change = bool(cues.by_amount.search(prefix)) or cues.change_after.match(after_q)
            if is_change and result.change is None:
                result.change = {"value": q.value, "unit": q.unit}
                result.targets.append(YearValue(None, year))
            elif not is_change:
                result.targets.append(YearValue(q.value, year))
                result.unit = result.unit or q.unit
                floor = q.end
            else:
                result.targets.append(YearValue(None, year))
        else:
            result.targets.append(YearValue(None, year))
    if to_q and not any(t.value == to_q.value for t in result.targets):
        year = result.target_years[-1] if result.target_years else None
        result.targets = [t for t in result.targets if t.year != year] + [YearValue(to_q.value, year)]
    if cues.case_endings:
        _apply_case_endings(result, text, quantities, cues, from_q)
    with_unit = [q for q in quantities if q.unit]
    if result.change is None and with_unit and result.targets and all(t.value is None for t in result.targets):
        q = with_unit[0]  # "reduce emissions by 2030 by 20%": the value follows the year
        result.change = {"value": q.value, "unit": q.unit}
        result.unit = result.unit or q.unit

    result.direction = direction_from_text(text, language)
    if result.direction is None and result.baseline and result.baseline.value is not None and result.targets:
        last = result.targets[-1].value
        if last is not None:
            result.direction = (
                Direction.INCREASE
                if last > result.baseline.value
                else Direction.DECREASE
                if last < result.baseline.value
                else Direction.MAINTAIN
            )
    if result.change and result.direction == Direction.DECREASE and result.change["value"] > 0:
        result.change = {**result.change, "value": -result.change["value"]}
    name = _NAME_AFTER_VERB.search(text)
    if name:
        result.indicator_name = name.group("name").strip(" ,")
    return result


def _apply_case_endings(
    result: TargetParse, text: str, quantities: list[Quantity], cues: _Cues, baseline_q: Quantity | None = None
) -> None:
    """Where the ending of a value says its role (Kazakh), it wins over its place in the sentence:
    '35 %-ға дейін 2025 жылға қарай' is the target of 2025 although the year comes after it,
    '2025 жылы 4,5 %-ға дейін' makes 2025 a target year, not a base year. A bare dative is a
    change ('40 %-ға арттыру', by 40%) unless the verb after it is one of reaching ('4,5 %-ға
    жеткізу', to 4.5%). `baseline_q` is the value read as the baseline, if any."""

    def role(q: Quantity) -> str | None:
        after = text[q.end : q.end + 60]
        for name in ("to", "from", "by"):  # "-ға дейін" before the bare "-ға"
            pattern = cues.case_endings.get(name)
            m = pattern.match(after) if pattern is not None else None
            if m:
                if name == "by" and cues.dative_to_verbs.match(after[m.end() :]):
                    return "to"
                return name
        return None

    roles = [(q, role(q)) for q in quantities]
    if any(r == "from" for _, r in roles):  # "28,5 %-дан ... 35 %-ға": from one level to another
        roles = [(q, "to" if r == "by" else r) for q, r in roles]
    to_values = [q for q, r in roles if r == "to"]
    from_values = [q for q, r in roles if r == "from"]
    by_values = [q for q, r in roles if r == "by"]
    if not to_values and not from_values and not by_values:
        return
    if to_values and not from_values and result.baseline and any(q is baseline_q for q in to_values):
        # the year before a target value was read as a base year: it is the target's year (the
        # same number, not an equal one: "2019 жылы 60 %, ... 60 %-ға дейін сақтау" keeps both)
        year = result.baseline.year
        result.baseline, result.base_year = None, None
        if year is not None and year not in result.target_years:
            result.target_years = sorted({*result.target_years, year})
            result.targets = [t for t in result.targets if t.year != year] + [YearValue(None, year)]
    if from_values:
        q = from_values[0]
        result.baseline = YearValue(q.value, result.base_year)
        result.unit = result.unit or q.unit
    if to_values:
        years = sorted({t.year for t in result.targets if t.year is not None}) or [None]
        values = [q.value for q in to_values]
        # one value per target year, in the order written; a lone value goes to the last year
        if len(values) < len(years):
            pairs = list(zip(years[-len(values) :], values, strict=True))
        else:
            pairs = list(zip(years, values[: len(years)], strict=True))
        result.targets = [YearValue(v, y) for y, v in pairs] + [
            t for t in result.targets if t.year not in {y for y, _ in pairs}
        ]
        result.targets.sort(key=lambda t: (t.year is None, t.year or 0))
        result.unit = result.unit or to_values[0].unit
        known = {q.value for q in (*to_values, *from_values)}
        if result.change is not None and abs(result.change["value"]) in known:
            result.change = None
    if by_values and not to_values:
        q = by_values[0]  # "2025 жылға қарай 40 %-ға арттыру": by 40%, not to 40%
        result.targets = [YearValue(None, t.year) if t.value == q.value else t for t in result.targets]
        if result.change is None:
            result.change = {"value": q.value, "unit": q.unit}
        result.unit = result.unit or q.unit
