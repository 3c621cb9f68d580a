"""Score an AnalysisResult against an answer key (the sample project's, or any in its format).

Used by the tests, which assert the figures (the product never scores itself). Matching is
by file name and text: exact after whitespace and case folding for items written in tables
and lists; for indicators stated in a sentence, the key's indicator phrase must occur in the
extracted statement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from analysis.extract.numbers import canonical_unit
from analysis.model import AnalysisResult, Item, ItemKind

OBJECTIVE_KINDS = (ItemKind.GOAL, ItemKind.OBJECTIVE)
INDICATOR_KINDS = (ItemKind.INDICATOR, ItemKind.TARGET)


def norm(text: str) -> str:
    return " ".join(re.sub(r"[\u2019']", "'", text).lower().split()).strip(" .;:")


@dataclass
class Score:
    expected: int = 0
    extracted: int = 0
    matched: int = 0
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return self.matched / self.extracted if self.extracted else 1.0


@dataclass
class AttributeScore:
    checked: int = 0
    correct: int = 0
    wrong: list[str] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.correct / self.checked if self.checked else 1.0


def _file_of(result: AnalysisResult, item: Item) -> str:
    doc = next(d for d in result.documents if d.id == item.document_id)
    return Path(doc.path).name


def _matches(entry: dict[str, Any], item: Item) -> bool:
    key, got = norm(entry["text"]), norm(item.text)
    if entry.get("location") == "sentence":
        return key in got
    return key == got


def _score(result: AnalysisResult, entries: list[dict], kinds: tuple[ItemKind, ...]) -> tuple[Score, dict[int, Item]]:
    items = [i for i in result.items if i.kind in kinds]
    by_file: dict[str, list[Item]] = {}
    for item in items:
        by_file.setdefault(_file_of(result, item), []).append(item)
    used: set[str] = set()
    pairs: dict[int, Item] = {}
    score = Score(expected=len(entries), extracted=len(items))
    for n, entry in enumerate(entries):
        match = next((i for i in by_file.get(entry["file"], []) if i.id not in used and _matches(entry, i)), None)
        if match is None:
            score.missed.append(f"{entry['file']}: {entry['text'][:90]}")
            continue
        used.add(match.id)
        pairs[n] = match
    score.matched = len(pairs)
    score.spurious = [f"{_file_of(result, i)}: [{i.kind.value}] {i.text[:90]}" for i in items if i.id not in used]
    return score, pairs


def score_objectives(result: AnalysisResult, key: dict) -> Score:
    return _score(result, key["objectives"], OBJECTIVE_KINDS)[0]


def score_indicators(result: AnalysisResult, key: dict) -> tuple[Score, AttributeScore]:
    """Indicator precision/recall, and attribute accuracy over the matched indicators that have
    a baseline or targets in the key (baseline value+year, every target value+year, unit)."""
    entries = key["indicators"]
    score, pairs = _score(result, entries, INDICATOR_KINDS)
    attrs = AttributeScore()
    for n, item in pairs.items():
        entry = entries[n]
        if not entry.get("baseline") and not entry.get("targets"):
            continue
        attrs.checked += 1
        problems = _attribute_problems(entry, item)
        if problems:
            attrs.wrong.append(f"{entry['file']}: {entry['text'][:60]} -> {'; '.join(problems)}")
        else:
            attrs.correct += 1
    return score, attrs


def _attribute_problems(entry: dict, item: Item) -> list[str]:
    a = item.attributes
    if a is None:
        return ["no attributes"]
    problems = []
    base = entry.get("baseline")
    got_base = (a.baseline.value, a.baseline.year) if a.baseline else None
    if (base and (base["value"], base["year"]) != got_base) or (not base and got_base and got_base[0] is not None):
        problems.append(f"baseline {got_base} != {base and (base['value'], base['year'])}")
    want_targets = [(t["value"], t["year"]) for t in entry.get("targets") or []]
    got_targets = [(t.value, t.year) for t in a.targets]
    if want_targets != got_targets:
        problems.append(f"targets {got_targets} != {want_targets}")
    if entry.get("unit") and canonical_unit(entry["unit"]) != a.unit:
        problems.append(f"unit {a.unit!r} != {canonical_unit(entry['unit'])!r}")
    return problems


@dataclass
class FindingScore:
    planted: int = 0
    found: int = 0
    findings: int = 0
    outside_key: int = 0
    missed: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)


def _finding_texts(result: AnalysisResult, finding) -> list[str]:
    items = {i.id: i for i in result.items}
    texts = [e.quote for e in finding.evidence]
    texts += [items[i].text for i in finding.item_ids if i in items]
    return [norm(t) for t in texts if t]


def _finding_files(result: AnalysisResult, finding) -> set[str]:
    docs = {d.id: d for d in result.documents}
    return {Path(docs[d].path).name for d in finding.document_ids if d in docs}


def finding_matches(result: AnalysisResult, finding, problem: dict) -> bool:
    """Same code, a shared file, and a quote of the problem in the finding's evidence or items."""
    if finding.code != problem["code"] or not (_finding_files(result, finding) & set(problem["files"])):
        return False
    quotes = [norm(q) for q in problem.get("quotes", []) if q]
    if not quotes:
        return True
    texts = _finding_texts(result, finding)
    return any(q in t or t in q for q in quotes for t in texts if t)


def score_findings(result: AnalysisResult, key: dict) -> FindingScore:
    problems = key["planted_problems"]
    score = FindingScore(planted=len(problems), findings=len(result.findings))
    for problem in problems:
        if any(finding_matches(result, f, problem) for f in result.findings):
            score.found += 1
        else:
            score.missed.append(f"{problem['code']} {problem['files']} {problem.get('quotes', [''])[0][:70]}")
    for finding in result.findings:
        if not any(finding_matches(result, finding, p) for p in problems):
            score.outside_key += 1
            score.extra.append(f"{finding.code}: {finding.title[:100]}")
    return score
