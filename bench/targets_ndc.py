"""Target attributes on real text: headline GHG targets of national climate plans (CAIT table).

Every row of <eval>/ndc_snippets/ndc-content-cait.csv with a non-empty `ghg_target` goes through
`analysis.extract.targets.parse_target_statement` (the sentence-level parser the extractor uses)
and is compared with the analysts' own fields:

- target year, where `time_target_year` is exactly one 4-digit year: agrees when that year is
  in parse.target_years (stricter: when it is the last, i.e. largest, of them);
- base year, where `reference_base_year` is exactly one 4-digit year: agrees when parse.base_year
  (or the baseline's year) equals it;
- direction: every headline GHG target is a reduction, so "decrease" is expected on all rows
  ("eliminate", a reduction to zero such as net zero or carbon neutrality, counts; printed apart);
  also shown per `ghg_target_type`, since fixed-level caps ("a maximum of 9.4 Mt by 2030") and
  trajectory targets ("peak around 2030") do not state a reduction in words.

HTML tags are stripped and entities decoded in every cell. The parser's rules were written from
the grammar of target statements; no parameter was learned from this file. The parser works on
plain text, so --pipeline does not change the figures (the pipeline is loaded only to name it).

Data: <eval>/ndc_snippets/ndc-content-cait.csv (all 158 rows with a ghg_target; no split).
Run: python bench/targets_ndc.py [--pipeline auto|trained|blank]
"""

from __future__ import annotations

import csv
import html
import re
from dataclasses import dataclass, field
from pathlib import Path

from _common import arguments, eval_dir, pipeline_label, print_table, require, share, timed_engine

from analysis.extract.targets import TargetParse, measurable, parse_target_statement
from analysis.model import Direction

BARS = {"target year": 0.90, "base year": 0.85, "direction decrease": 0.95}
TYPES = ["Base year target", "Baseline scenario target", "Intensity target", "Fixed level target", "Trajectory target"]
SHOWN = 160


def clean(cell: str | None) -> str:
    """Cell text without HTML tags or entities, whitespace collapsed."""
    text = html.unescape(re.sub(r"<[^>]+>", " ", cell or ""))
    return re.sub(r"\s+", " ", text).strip()


def plain_year(cell: str | None) -> int | None:
    text = clean(cell)
    return int(text) if re.fullmatch(r"\d{4}", text) else None


def target_type(cell: str | None) -> str:
    """The first of the CAIT type names the cell mentions ('Intensity target, Trajectory target' -> Intensity)."""
    text = clean(cell).lower()
    found = [(text.find(t.lower()), t) for t in TYPES if t.lower() in text]
    return min(found)[1] if found else (text[:30] or "(none)")


@dataclass
class Tally:
    name: str
    hits: int = 0
    total: int = 0
    misses: list[tuple[str, str, str, str]] = field(default_factory=list)  # country, statement, expected, got

    def add(self, ok: bool, country: str, statement: str, expected: object, got: object) -> None:
        self.total += 1
        self.hits += ok
        if not ok:
            if isinstance(expected, int) and str(expected) not in statement:
                expected = f"{expected} (this year is not in the statement)"
            self.misses.append((country, statement, str(expected), str(got)))

    @property
    def share(self) -> float:
        return share(self.hits, self.total)


def direction_name(parse: TargetParse) -> str | None:
    return parse.direction.value if parse.direction else None


def main() -> None:
    args = arguments(__doc__.splitlines()[0])
    path: Path = require(eval_dir() / "ndc_snippets" / "ndc-content-cait.csv")
    with open(path, encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.DictReader(handle) if clean(r["ghg_target"])]
    engine, _ = timed_engine(args.pipeline)
    print(
        f"targets_ndc: {len(rows)} rows with a ghg_target in {path} (all of them; no split); "
        f"parser analysis.extract.targets.parse_target_statement, text-only: pipeline {pipeline_label(engine.info)} "
        "loaded but not used, figures are the same for every --pipeline"
    )
    print("rules written from the target-statement grammar; no parameters learned from this data\n")

    target_year = Tally("target year")
    target_last = Tally("target year is the last")
    base_year = Tally("base year")
    direction = Tally("direction decrease")
    taken = Tally("taken as a target")
    by_type: dict[str, Tally] = {}
    eliminate = 0
    for row in rows:
        country = row["Country"]
        statement = clean(row["ghg_target"])
        parse = parse_target_statement(statement)
        expected = plain_year(row["time_target_year"])
        if expected is not None:
            target_year.add(expected in parse.target_years, country, statement, expected, parse.target_years)
            last = max(parse.target_years) if parse.target_years else None
            target_last.add(last == expected, country, statement, expected, parse.target_years)
        expected = plain_year(row["reference_base_year"])
        if expected is not None:
            got = parse.base_year if parse.base_year is not None else (parse.baseline.year if parse.baseline else None)
            base_year.add(got == expected, country, statement, expected, got)
        # eliminate (net zero, carbon neutral) is a decrease to zero
        ok = parse.direction is not None and parse.direction.trend == Direction.DECREASE
        eliminate += parse.direction == Direction.ELIMINATE
        direction.add(ok, country, statement, "decrease", direction_name(parse))
        got = f"years {parse.target_years}, targets {parse.targets}, change {parse.change}, past {parse.past_tense}"
        taken.add(measurable(parse), country, statement, "a dated value or change, not past tense", got)
        kind = target_type(row["ghg_target_type"])
        by_type.setdefault(kind, Tally(kind)).add(ok, country, statement, "decrease", direction_name(parse))

    headline = [target_year, base_year, direction]
    table: list[list[object]] = []
    for t in headline:
        verdict = "PASS" if t.share >= BARS[t.name] else "FAIL"
        table.append([t.name, t.hits, t.total, f"{t.share:.3f}", f">= {BARS[t.name]:.2f}", verdict])
    strict = target_last
    table.insert(1, [f"  ({strict.name})", strict.hits, strict.total, f"{strict.share:.3f}", "(no bar)", ""])
    print_table(["measure", "agree", "n rows", "share", "bar", "verdict"], table)

    print(
        f"direction decrease counts 'eliminate' (a decrease to zero: net zero, carbon neutral): {eliminate} rows "
        f"read as eliminate; as strictly 'decrease': {direction.hits - eliminate}/{direction.total} = "
        f"{share(direction.hits - eliminate, direction.total):.3f}"
    )
    print(
        f"\ntaken as a target by the extractor's test (targets.measurable, no plan period; no bar): "
        f"{taken.hits}/{taken.total} = {taken.share:.3f}"
    )
    print("\ndirection 'decrease' by ghg_target_type (first type named in the cell):")
    print_table(
        ["ghg_target_type", "decrease", "n rows", "share"],
        [[t.name, t.hits, t.total, f"{t.share:.3f}"] for t in sorted(by_type.values(), key=lambda t: -t.total)],
    )
    subset = [t for name, t in by_type.items() if name not in ("Baseline scenario target", "Trajectory target")]
    hits, total = sum(t.hits for t in subset), sum(t.total for t in subset)
    print(f"rows whose type is not baseline-scenario/trajectory: {hits}/{total} = {share(hits, total):.3f}")
    subset = [t for name, t in by_type.items() if name not in ("Fixed level target", "Trajectory target")]
    hits, total = sum(t.hits for t in subset), sum(t.total for t in subset)
    print(
        f"types stated as a reduction (base year, baseline scenario, intensity): "
        f"{hits}/{total} = {share(hits, total):.3f}"
    )

    strict_only = [m for m in target_last.misses if m not in target_year.misses]
    for title, misses in (
        ("target year", target_year.misses),
        ("target year is the last (only those not already missed above)", strict_only),
        ("base year", base_year.misses),
        ("direction decrease", direction.misses),
        ("taken as a target (informational)", taken.misses),
    ):
        print(f"\nmisses, {title} ({len(misses)}):")
        for country, statement, expected, got in misses:
            print(f"  {country}: expected {expected}, got {got}")
            print(f"      | {statement[:SHOWN]}")


if __name__ == "__main__":
    main()
