"""National target statements as a ministry lays them out, read back by Concord (Canada's indicator framework).

Builds, in a temporary folder, the 34 target statements of <eval>/target_attributes/canada_cif_en.labels.csv
in the two layouts ministries use:
- 'workbook': an .xlsx with one sheet, header `No. | Indicator | Target`, one row per statement;
- 'word': a .docx with a heading per indicator ("1.1.1 Poverty rate, as measured by ...") and a
  paragraph "Target: By 2030, ..." below it.
Each file goes through the real readers and extraction (analysis.readers.read_document +
analysis.extract.extract_document, no linking or checks), and the target attributes Concord gives
the statement are compared with the labels, one labelled target (CSV row) at a time:

- the statement's attributes are those of the indicator item (found by its code, else by its
  text) when they hold a target or a direction, else those of an item whose text is the target
  statement (the place each came from is counted and printed);
- a labelled target is paired with a read target of the statement with the same deadline year
  (a row without a deadline: an undated read target), else the next read target not yet paired;
- deadline: the paired target's year equals deadline_year (both absent counts as right);
- direction: the paired target's own direction, else the statement's, equals `direction` or the
  `alt_direction=` of the notes (the labels' README: accept either);
- value: the paired target's value equals target_value (a range "40-45": both ends; blank: no
  value read), to 0.1% relative.
Baseline value and year, unit, relative and the comparator ("at least" >=, "less than" <, from the
notes) are printed as extra figures without bars. Every miss is listed.

The labels are a DEVELOPMENT set: the target parser's rules were written while looking at these 34
statements (as general rules and language data in resources/lexicons, never rules for these
sentences). Other national target statements, which nobody tunes on, check the figures.

Bars: deadline >= 0.95, direction >= 0.95, value >= 0.90 in both layouts.
Data: <eval>/target_attributes/canada_cif_en.labels.csv (all 42 rows, 34 statements; no split).
Run: python bench/targets_canada.py [--pipeline auto|trained|blank] [--layout workbook|word|all]
"""

from __future__ import annotations

import csv
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import docx
import openpyxl
from _common import argument_parser, eval_dir, pipeline_label, print_table, require, share, timed_engine

from analysis.extract import extract_document
from analysis.extract.numbers import canonical_unit
from analysis.model import Document, DocumentStatus, Item, ItemKind
from analysis.readers import read_document

LAYOUTS = {
    "workbook": "an .xlsx sheet `No. | Indicator | Target`, one row per statement",
    "word": 'a .docx, a heading per indicator and "Target: ..." below it',
}
BARS = {"deadline": 0.95, "direction": 0.95, "value": 0.90}
EXTRAS = ("baseline value", "baseline year", "unit", "relative", "comparator")
COMPARATORS = {">=": ">=", "<=": "<=", ">": ">", "<": "<", "=": None}


@dataclass
class Label:
    national_id: str
    indicator: str
    target: str
    direction: str
    alt_direction: str | None
    value: tuple[float, float | None] | None  # (value, upper end of a range)
    unit: str | None
    relative: bool | None
    baseline_value: float | None
    baseline_year: int | None
    deadline: int | None
    comparator: str | None  # >=, <=, <, > or None for "="/not stated


@dataclass
class Statement:
    national_id: str
    indicator: str
    target: str
    labels: list[Label] = field(default_factory=list)


def _number(text: str) -> float | None:
    text = text.strip()
    if not text:
        return None
    if "/" in text:
        a, b = text.split("/", 1)
        return float(a) / float(b)
    return float(text)


def read_labels(path: Path) -> list[Statement]:
    statements: dict[str, Statement] = {}
    with open(path, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            notes = row["notes"]
            alt = re.search(r"alt_direction=(\w+)", notes)
            cmp_ = re.search(r"comparator:\s*(>=|<=|=|<|>)", notes)
            raw = row["target_value"].strip()
            if re.fullmatch(r"[\d.]+-[\d.]+", raw):
                low, high = raw.split("-")
                value: tuple[float, float | None] | None = (float(low), float(high))
            else:
                number = _number(raw)
                value = (number, None) if number is not None else None
            relative = row["value_is_relative"].strip().lower()
            label = Label(
                national_id=row["national_id"],
                indicator=row["indicator_text"],
                target=row["target_text"],
                direction=row["direction"].strip(),
                alt_direction=alt.group(1) if alt else None,
                value=value,
                unit=row["target_unit"].strip() or None,
                relative={"true": True, "false": False}.get(relative),
                baseline_value=_number(row["baseline_value"]),
                baseline_year=int(row["baseline_year"]) if row["baseline_year"].strip() else None,
                deadline=int(row["deadline_year"]) if row["deadline_year"].strip() else None,
                comparator=COMPARATORS.get(cmp_.group(1)) if cmp_ else None,
            )
            statement = statements.setdefault(
                label.national_id, Statement(label.national_id, label.indicator, label.target)
            )
            statement.labels.append(label)
    return list(statements.values())


# ---- the two layouts -------------------------------------------------------------------------


def build_workbook(statements: list[Statement], path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Targets"
    sheet.append(["No.", "Indicator", "Target"])
    for s in statements:
        sheet.append([s.national_id, s.indicator, s.target])
    book.save(str(path))


def build_word(statements: list[Statement], path: Path) -> None:
    document = docx.Document()
    document.add_heading("Indicators and targets", 1)
    for s in statements:
        document.add_heading(f"{s.national_id} {s.indicator}", 2)
        document.add_paragraph(f"Target: {s.target}")
    document.save(str(path))


BUILDERS = {"workbook": (build_workbook, "xlsx"), "word": (build_word, "docx")}


# ---- scoring ---------------------------------------------------------------------------------


def normal(text: str) -> str:
    text = text.replace("’", "'").replace("‘", "'")
    return " ".join(re.sub(r"[^\w%]+", " ", text.lower()).split())


def has_target_facts(item: Item) -> bool:
    a = item.attributes
    return a is not None and (bool(a.targets) or a.direction is not None or a.baseline is not None)


@dataclass
class Found:
    carrier: Item | None
    where: str  # "indicator", "target item", "none"
    indicator: Item | None
    target_items: list[Item]


def find(statement: Statement, items: list[Item]) -> Found:
    ind_text = normal(statement.indicator)
    tgt_text = normal(statement.target)
    indicators = [i for i in items if i.kind == ItemKind.INDICATOR and i.code == statement.national_id]
    if not indicators:
        indicators = [i for i in items if i.kind == ItemKind.INDICATOR and normal(i.text) == ind_text]
    indicator = indicators[0] if indicators else None
    target_items = [
        i
        for i in items
        if i is not indicator
        and normal(i.text)
        and normal(i.text) in tgt_text
        and len(normal(i.text)) >= 0.5 * len(tgt_text)
    ]
    if indicator is not None and has_target_facts(indicator):
        return Found(indicator, "indicator", indicator, target_items)
    carrier = next((i for i in target_items if has_target_facts(i)), None)
    if carrier is not None:
        return Found(carrier, "target item", indicator, target_items)
    return Found(indicator or (target_items[0] if target_items else None), "none", indicator, target_items)


def value_of(t) -> tuple[float, float | None] | None:
    if t is None or t.value is None:
        return None
    return (t.value, getattr(t, "upper", None))


def same_value(got: tuple[float, float | None] | None, want: tuple[float, float | None] | None) -> bool:
    if got is None or want is None:
        return got is None and want is None

    def close(a: float | None, b: float | None) -> bool:
        if a is None or b is None:
            return a is None and b is None
        return abs(a - b) <= 0.001 * max(1.0, abs(b))

    return close(got[0], want[0]) and close(got[1], want[1])


def pair(labels: list[Label], targets: list) -> list:
    """Each label's read target: same deadline (undated for an undated label), else the next unused one."""
    used: set[int] = set()
    out: list = [None] * len(labels)
    for n, label in enumerate(labels):  # same year and value first, then same year
        for strict in (True, False):
            if out[n] is not None:
                break
            for k, t in enumerate(targets):
                if k not in used and t.year == label.deadline and (not strict or same_value(value_of(t), label.value)):
                    out[n] = t
                    used.add(k)
                    break
    claimed = {label.deadline for label in labels}
    for n, _ in enumerate(labels):
        if out[n] is None:
            free = [k for k, t in enumerate(targets) if k not in used]
            # a read target whose year no label has (a wrong deadline) before one another label wants
            free.sort(key=lambda k: targets[k].year in claimed)
            if free:
                out[n] = targets[free[0]]
                used.add(free[0])
    return out


def fmt(t, attrs) -> str:
    if t is None:
        return "no target read"
    parts = [f"value {value_of(t)}", f"year {t.year}"]
    direction = getattr(t, "direction", None) or (attrs.direction if attrs else None)
    parts.append(f"direction {direction.value if direction else None}")
    for name in ("comparator", "relative"):
        if getattr(t, name, None):
            parts.append(f"{name} {getattr(t, name)}")
    return ", ".join(parts)


@dataclass
class Tally:
    hits: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.hits += bool(ok)

    @property
    def share(self) -> float:
        return share(self.hits, self.total)


def score(statements: list[Statement], items: list[Item], language: str) -> tuple[dict, dict, list[str], dict]:
    main = {name: Tally() for name in BARS}
    extra = {name: Tally() for name in EXTRAS}
    misses: list[str] = []
    extra_misses: list[str] = []
    places: dict[str, int] = {}
    for statement in statements:
        found = find(statement, items)
        places[found.where] = places.get(found.where, 0) + 1
        attrs = found.carrier.attributes if found.carrier is not None and found.where != "none" else None
        targets = list(attrs.targets) if attrs else []
        for label, t in zip(statement.labels, pair(statement.labels, targets), strict=True):
            where = f"{statement.national_id} ({found.where})"
            got_year = t.year if t is not None else None
            ok = got_year == label.deadline
            main["deadline"].add(ok)
            if not ok:
                misses.append(f"deadline  {where}: expected {label.deadline}, got {fmt(t, attrs)}")
            direction = (getattr(t, "direction", None) if t is not None else None) or (
                attrs.direction if attrs else None
            )
            got = direction.value if direction else None
            ok = got in (label.direction, label.alt_direction)
            main["direction"].add(ok)
            if not ok:
                alt = f" (or {label.alt_direction})" if label.alt_direction else ""
                misses.append(f"direction {where}: expected {label.direction}{alt}, got {got}; {fmt(t, attrs)}")
            ok = same_value(value_of(t), label.value)
            main["value"].add(ok)
            if not ok:
                misses.append(f"value     {where}: expected {label.value}, got {fmt(t, attrs)}")
            # extra figures, no bars
            base = attrs.baseline if attrs else None
            checks: list[tuple[str, object, object]] = []
            if label.baseline_value is not None or (base is not None and base.value is not None):
                want = (label.baseline_value, None) if label.baseline_value is not None else None
                checks.append(("baseline value", want, value_of(base)))
            if label.baseline_year is not None or (base is not None and base.year is not None):
                checks.append(("baseline year", label.baseline_year, base.year if base else None))
            if label.unit is not None:
                checks.append(("unit", canonical_unit(label.unit, language), attrs.unit if attrs else None))
            if label.relative is not None and t is not None and t.value is not None:
                checks.append(("relative", label.relative, bool(getattr(t, "relative", False))))
            if label.value is not None:
                checks.append(
                    ("comparator", label.comparator, getattr(t, "comparator", None) if t is not None else None)
                )
            for name, want, got in checks:
                ok = same_value(got, want) if name == "baseline value" else got == want
                extra[name].add(ok)
                if not ok:
                    extra_misses.append(f"{name} {where}: expected {want}, got {got}")
        if found.where == "none":
            misses.append(
                f"(no item of {statement.national_id} carries target attributes; "
                f"indicator {'found' if found.indicator else 'not found'}, "
                f"{len(found.target_items)} item(s) with the target text)"
            )
    return main, extra, misses + [f"(extra) {m}" for m in extra_misses], places


def structure(statements: list[Statement], items: list[Item]) -> list[str]:
    """How the statements came out as items: indicators, separate target items, indicators under them."""
    by_id = {i.id: i for i in items}
    indicators = target_items = under = 0
    for statement in statements:
        found = find(statement, items)
        indicators += found.indicator is not None
        target_items += bool(found.target_items)
        parent = by_id.get(found.indicator.parent_id) if found.indicator and found.indicator.parent_id else None
        under += parent is not None and parent in found.target_items
    return [
        f"indicator items found (by code, else text): {indicators}/{len(statements)}",
        f"statements whose target text is an item of its own: {target_items}/{len(statements)}",
        f"indicators that are the child of their own target text: {under}/{len(statements)}",
    ]


def main() -> None:
    parser = argument_parser(__doc__.splitlines()[0])
    parser.add_argument("--layout", choices=[*LAYOUTS, "all"], default="all")
    args = parser.parse_args()
    source = require(eval_dir() / "target_attributes" / "canada_cif_en.labels.csv")
    statements = read_labels(source)
    n_labels = sum(len(s.labels) for s in statements)
    engine, load_s = timed_engine(args.pipeline)
    print(
        f"targets_canada: pipeline {pipeline_label(engine.info)} (loaded in {load_s:.1f} s); data: {source} "
        f"({len(statements)} statements, {n_labels} labelled targets; all rows, no split)"
    )
    print(
        "DEVELOPMENT SET: the target parser's rules were written while looking at these statements; "
        "other national target statements, which nobody tunes on, check the figures.\n"
        "scored per labelled target: deadline (year), direction (or the notes' alt_direction), value "
        "(ranges both ends; blank = none read); extras without bars"
    )
    verdicts = []
    for layout in LAYOUTS if args.layout == "all" else [args.layout]:
        build, ext = BUILDERS[layout]
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / f"canada_cif_targets.{ext}"
            build(statements, path)
            document = read_document(path, Document(id="d1", path=str(path)))
            items = extract_document(document, engine) if document.status != DocumentStatus.FAILED else []
        kinds = {}
        for item in items:
            kinds[item.kind.value] = kinds.get(item.kind.value, 0) + 1
        print(f"\nlayout '{layout}': {LAYOUTS[layout]}")
        print(
            f"document: status {document.status.value}; {len(items)} items "
            f"({', '.join(f'{k} {n}' for k, n in sorted(kinds.items()))})"
        )
        for line in structure(statements, items):
            print("  " + line)
        main_t, extra_t, misses, places = score(statements, items, engine.language)
        print("  attributes taken from: " + ", ".join(f"{k} {n}" for k, n in sorted(places.items())) + "\n")
        rows = []
        passed = True
        for name, t in main_t.items():
            ok = t.share >= BARS[name]
            passed &= ok
            rows.append([name, t.hits, t.total, f"{t.share:.3f}", f">= {BARS[name]:.2f}", "PASS" if ok else "FAIL"])
        for name, t in extra_t.items():
            rows.append([f"  ({name})", t.hits, t.total, f"{t.share:.3f}", "(no bar)", ""])
        print_table(["measure", "right", "n", "share", "bar", "verdict"], rows)
        print(f"misses ({len(misses)}):")
        for line in misses:
            print("  " + line)
        verdicts.append(f"{layout} {'PASS' if passed else 'FAIL'}")
    print(f"\nbars (deadline, direction, value) on the development set: {'; '.join(verdicts)}")


if __name__ == "__main__":
    main()
