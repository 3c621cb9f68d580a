"""Target attributes on real text: headline GHG targets of national climate plans (CAIT table).

For the rows of ../shared/eval/ndc_snippets/ndc-content-cait.csv with a `ghg_target`, the
target statement goes through the extractor's target parser and is compared with the
analysts' own fields: target year (where `time_target_year` is a plain year), base year
(where `reference_base_year` is a plain year), and direction (all are reductions).

The parser's rules were written from the grammar of target statements; nothing in it was
learned from this file. Run: python bench/targets_ndc.py
"""

from __future__ import annotations

import csv
import re

from _common import eval_dir, require

from analysis.extract.targets import parse_target_statement
from analysis.model import Direction

BARS = {"target year": 0.90, "base year": 0.85, "direction decrease": 0.95}


def plain_year(cell: str) -> int | None:
    text = re.sub(r"<[^>]+>", " ", cell or "").strip()
    return int(text) if re.fullmatch(r"(19|20)\d\d", text) else None


def main() -> None:
    path = require(eval_dir() / "ndc_snippets" / "ndc-content-cait.csv")
    rows = [r for r in csv.DictReader(open(path, encoding="utf-8")) if r["ghg_target"].strip()]
    print(f"targets_ndc: {len(rows)} headline GHG target statements from {path.name}")
    print("parser: rule-based (resources/lexicons/en/cues.json); no parameters learned from this data\n")
    tallies = {k: [0, 0] for k in BARS}
    misses: dict[str, list[str]] = {k: [] for k in BARS}
    for row in rows:
        text = re.sub(r"<[^>]+>", " ", row["ghg_target"]).strip()
        parse = parse_target_statement(text)
        who = row["Country"]
        target = plain_year(row["time_target_year"])
        if target is not None:
            tallies["target year"][1] += 1
            if target in parse.target_years:
                tallies["target year"][0] += 1
            else:
                misses["target year"].append(f"{who}: want {target}, got {parse.target_years} | {text[:160]}")
        base = plain_year(row["reference_base_year"])
        if base is not None:
            tallies["base year"][1] += 1
            got = parse.base_year or (parse.baseline.year if parse.baseline else None)
            if got == base:
                tallies["base year"][0] += 1
            else:
                misses["base year"].append(f"{who}: want {base}, got {got} | {text[:160]}")
        tallies["direction decrease"][1] += 1
        if parse.direction == Direction.DECREASE:
            tallies["direction decrease"][0] += 1
        else:
            got = parse.direction.value if parse.direction else None
            misses["direction decrease"].append(f"{who}: got {got} | {text[:160]}")
    for name, (hit, total) in tallies.items():
        share = hit / total if total else 0.0
        verdict = "PASS" if share >= BARS[name] else "FAIL"
        print(f"{name:20s} {hit:4d}/{total:<4d} = {share:.3f}   bar {BARS[name]:.2f}  {verdict}")
    for name, lines in misses.items():
        if lines:
            print(f"\nmisses, {name} ({len(lines)}):")
            for line in lines:
                print("  " + line)


if __name__ == "__main__":
    main()
