"""What the reports say and how they name things: the wording template and one shared view.

The Word report, the Excel workbook and the annotated copies must agree on how a finding,
a place in a file, a severity or a score is named, or a planner comparing them gets lost;
so they all read `ReportView`, which holds the wording (`resources/templates/<lang>/report.json`,
adaptable and translatable by a ministry) and the lookups over an `AnalysisResult`.
The view only arranges what the analysis found: it never adds a finding or a score.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from functools import cached_property, lru_cache
from typing import Any

from analysis.compare.wording import tracked_note
from analysis.coverage import Coverage
from analysis.files import path_key
from analysis.hierarchy import Hierarchy
from analysis.model import (
    SEVERITY_ORDER,
    AnalysisResult,
    Direction,
    Document,
    DocumentStatus,
    Finding,
    Item,
    ItemKind,
    Link,
    LinkStatus,
    Location,
    Problem,
    Quote,
    YearValue,
)
from analysis.resources import resources_dir
from analysis.wording import Wording, worded

# Lower items the alignment table lists (measures are too many to read in a report; the
# workbook's Links sheet has them all).
ALIGNMENT_KINDS = (ItemKind.GOAL, ItemKind.OBJECTIVE, ItemKind.TASK)



@lru_cache(maxsize=4096)
def _path_key(path: str) -> str:
    """A path as the file system compares it (analysis/files.py), once per path of a report."""
    return path_key(path)


@lru_cache(maxsize=8)
def load_texts(language: str = "en") -> dict[str, Any]:
    """The report wording for `language`, falling back to English for a missing translation."""
    base = resources_dir() / "templates"
    path = base / language / "report.json"
    if not path.is_file():
        path = base / "en" / "report.json"
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


# What XML (a .docx or .xlsx) cannot hold: C0 controls but tab and line ends, lone surrogates
# (a file name that is not valid UTF-8 on Linux), U+FFFE and U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_NOT_XML_REPLACEMENT = {"\x0b": " ", "\x0c": " "}  # vertical tab and form feed: a space


def xml_text(text: Any) -> str:
    """`text` as a report can hold it: the characters XML cannot carry left out (a vertical tab
    or a form feed becomes a space, a lone surrogate the replacement character). Every string a
    report writes passes here: one NUL in a plan must not cost the planner the report."""
    text = "" if text is None else str(text)
    if not _NOT_XML.search(text):
        return text
    return _NOT_XML.sub(
        lambda m: _NOT_XML_REPLACEMENT.get(m.group(0), "\ufffd" if "\ud800" <= m.group(0) <= "\udfff" else ""), text
    )


def fill(template: str, **values: Any) -> str:
    """`str.format` that leaves an unknown placeholder empty: a ministry's edited template with
    a typo must not stop a report from being written."""
    return template.format_map(defaultdict(str, values))


def _block_key(location: Location) -> tuple:
    """What identifies the block an item came from (a table's rows share the table's key)."""
    if location.table or location.sheet:
        return ("t", location.table, location.sheet)
    return ("p", location.paragraph, location.page)


def number(value: float | int | None) -> str:
    """A number as a planner writes it: 2019 not 2019.0, 28.5 not 28.500000001."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return f"{int(value):,}".replace(",", " ") if abs(value) >= 10000 else str(int(value))
    return f"{value:.6g}"


class ReportView:
    """The result as the reports present it: names, places, order, families, scores."""

    def __init__(self, result: AnalysisResult, language: str = "en") -> None:
        self.result = worded(result, language)  # the findings in the report's language
        self.language = language
        self.t = load_texts(language)
        self.wording = Wording(language)

    def evidence(self, link: Link) -> str:
        """A link's evidence in the report's words, one reason after another."""
        return self.t["list_separator"].join(self.wording.evidence(e) for e in link.evidence)

    def document_kind(self, document: Document) -> str:
        """What Concord took the document for, and whether the planner set it."""
        if not document.kind:
            return self.t["none"]
        name = self.t.get("document_kind", {}).get(document.kind, document.kind)
        return fill(self.t["word"]["document_kind_set"], kind=name) if document.kind_source == "set" else name

    # -- lookups ----------------------------------------------------------------------------------
    @cached_property
    def hierarchy(self) -> Hierarchy:
        return Hierarchy(self.result.items)

    @cached_property
    def coverage(self) -> Coverage:
        """The coverage facts the checks and scores were computed from (analysis/coverage.py),
        so that the reports mean by 'accepted link' or 'taken up' what the checks meant."""
        return Coverage(self.result, hierarchy=self.hierarchy)

    @cached_property
    def documents(self) -> dict[str, Document]:
        return {d.id: d for d in self.result.documents}

    @property
    def items(self) -> dict[str, Item]:
        return self.hierarchy.items

    @cached_property
    def accepted(self) -> set[tuple[str, str]]:
        return {(lk.source_id, lk.target_id) for lk in self.coverage.accepted}

    def is_accepted(self, link: Link) -> bool:
        return (link.source_id, link.target_id) in self.accepted

    # -- names ------------------------------------------------------------------------------------
    @staticmethod
    def file_name(path: str) -> str:
        return path.replace("\\", "/").rsplit("/", 1)[-1]

    def doc_name(self, document_id: str) -> str:
        document = self.documents.get(document_id)
        return document.display_name if document is not None else document_id

    @cached_property
    def _short_names(self) -> dict[str, str]:
        """Titles cut before the colon ("Strategy 2025: National Development Strategy ..." ->
        "Strategy 2025") for narrow table columns; a cut that two documents share is not used."""
        short = {}
        for document in self.result.documents:
            title = self.doc_name(document.id)
            head = title.split(": ", 1)[0]
            short[document.id] = head if len(head) >= 8 else title
        counts: dict[str, int] = defaultdict(int)
        for name in short.values():
            counts[name] += 1
        return {d: (n if counts[n] == 1 else self.doc_name(d)) for d, n in short.items()}

    def short_name(self, document_id: str) -> str:
        return self._short_names.get(document_id) or self.doc_name(document_id)

    def doc_file(self, document_id: str) -> str:
        document = self.documents.get(document_id)
        return self.file_name(document.path) if document else document_id

    def severity(self, finding: Finding) -> str:
        return self.t["severity"].get(finding.severity.value, finding.severity.value)

    def kind(self, kind: ItemKind) -> str:
        return self.t["kind"].get(kind.value, kind.value)

    def level(self, document: Document) -> str:
        if document.level is None:
            return document.level_name or self.t["none"]
        if document.level_name and document.level_name != str(document.level):
            return fill(self.t["level"], name=document.level_name, rank=document.level)
        return fill(self.t["level_rank_only"], rank=document.level)

    def period(self, document: Document) -> str:
        if not document.period:
            return self.t["none"]
        return fill(self.t["period"], start=document.period[0], end=document.period[1])

    def status(self, document: Document) -> str:
        text = self.t["document_status"].get(document.status.value, document.status.value)
        if document.tracked_changes:  # the text analysed has the insertions accepted, the deletions dropped
            text += tracked_note(document.tracked_changes, self.language)
        return text

    def problem(self, problem: Problem | None) -> str:
        """A document's error or warning in the report's language."""
        return self.wording.problem(problem)

    def pipeline(self) -> str:
        info = self.result.pipeline
        key = "pipeline_trained" if info.trained else "pipeline_rules"
        return fill(self.t[key], name=info.name, version=info.version)

    def where(self, location: Location, with_file: bool = True) -> str:
        """'plan.docx, para. 14' / 'indicators.xlsx, sheet 'Economy', cell B7', in the template's words."""
        return self.wording.place(location, with_file)

    def item_label(self, item: Item) -> str:
        return f"{item.code} {item.text}" if item.code else item.text

    def value_year(self, value: YearValue | None, direction: Direction | None = None) -> str:
        """'35 (2025)'; a target as stated: '>= 20 (2026)', '40–45 (2030)', '−50 (2030)' for a
        relative decrease (`direction`: the indicator's, for a target without its own)."""
        if value is None or value.value is None:
            return ""
        shown = value.value_text(number, direction)
        if value.year is None:
            return shown
        return fill(self.t["value_year"], value=shown, year=value.year)

    def finding_documents(self, finding: Finding) -> str:
        return self.t["list_separator"].join(self.doc_name(d) for d in finding.document_ids)

    # -- order and grouping -----------------------------------------------------------------------
    @cached_property
    def all_findings(self) -> list[Finding]:
        """Most serious first; the checks' own order within a severity (stable sort)."""
        return sorted(self.result.findings, key=lambda f: SEVERITY_ORDER[f.severity])

    @staticmethod
    def is_doubtful(finding: Finding) -> bool:
        """Built on an item whose text may be a reading error (analysis/confidence.py)."""
        return bool(finding.facts.get("doubtful_items"))

    @cached_property
    def findings(self) -> list[Finding]:
        """The findings the report's chapters show: those built on sound text (the others are
        in the appendix 'check these items')."""
        return [f for f in self.all_findings if not self.is_doubtful(f)]

    @cached_property
    def doubtful_findings(self) -> list[Finding]:
        return [f for f in self.all_findings if self.is_doubtful(f)]

    def to_act_on(self, severities: tuple[str, ...] = ("high", "medium")) -> list[tuple[Document, list[Finding]]]:
        """The findings a reviewer acts on, by the document they are about (its first document),
        in the order of the documents: the serious ones on sound text, most serious first, then in
        the template's family order."""
        rank = {code: n for n, family in enumerate(self.t["families"]) for code in family["codes"]}
        groups: dict[str, list[Finding]] = defaultdict(list)
        for finding in self.findings:
            if finding.severity.value in severities and finding.document_ids:
                groups[finding.document_ids[0]].append(finding)
        out = []
        for document in self.result.documents:
            members = groups.get(document.id)
            if members:
                # within a severity, one of each kind of finding before a second of any: a reviewer
                # sees the plan's different problems, not ten instances of one
                seen: dict[str, int] = defaultdict(int)
                order = {}
                for finding in members:
                    order[id(finding)] = seen[finding.code]
                    seen[finding.code] += 1
                members.sort(key=lambda f: (SEVERITY_ORDER[f.severity], order[id(f)], rank.get(f.code, len(rank))))
                out.append((document, members))
        return out

    def doubt_reasons(self, finding: Finding) -> list[tuple[Item, list[str]]]:
        """The finding's doubtful items with why, in the template's words."""
        words = self.t.get("doubt_reasons", {})
        out = []
        for item_id, reasons in (finding.facts.get("doubtful_items") or {}).items():
            item = self.items.get(item_id)
            if item is not None:
                out.append((item, [words.get(r, r) for r in reasons]))
        return out

    def families(self) -> list[tuple[str, str, list[Finding]]]:
        """(name, intro, findings) per family with findings, the family with the most serious
        finding first; a code the template does not list lands in 'other' rather than vanishing."""
        by_code = {code: n for n, family in enumerate(self.t["families"]) for code in family["codes"]}
        groups: dict[int, list[Finding]] = defaultdict(list)
        for finding in self.findings:
            groups[by_code.get(finding.code, len(self.t["families"]))].append(finding)
        out = []
        for n, members in groups.items():
            family = self.t["families"][n] if n < len(self.t["families"]) else self.t["other_family"]
            out.append((family["name"], family.get("intro", ""), members))
        out.sort(key=lambda g: (SEVERITY_ORDER[g[2][0].severity], -len(g[2])))
        return out

    def top_findings(self, n: int = 3) -> list[Finding]:
        """The n most serious findings, one per code where possible, so that the summary shows
        three different problems rather than three instances of one; within a severity the
        template's family order decides (links between levels first: the point of the check)."""
        rank = {code: n for n, family in enumerate(self.t["families"]) for code in family["codes"]}
        ordered = sorted(self.findings, key=lambda f: (SEVERITY_ORDER[f.severity], rank.get(f.code, len(rank))))
        chosen: list[Finding] = []
        codes: set[str] = set()
        for finding in ordered:
            if finding.code not in codes:
                chosen.append(finding)
                codes.add(finding.code)
            if len(chosen) == n:
                return chosen
        rest = [f for f in ordered if f not in chosen]
        chosen.extend(rest[: n - len(chosen)])
        return sorted(chosen, key=lambda f: SEVERITY_ORDER[f.severity])

    def severity_counts(self) -> list[tuple[str, str, int]]:
        """(severity value, label, count) for every severity, zeros included (findings on doubtful
        text included: the appendix lists them)."""
        counts = {s: 0 for s in SEVERITY_ORDER}
        for finding in self.result.findings:
            counts[finding.severity] += 1
        return [(s.value, self.t["severity"].get(s.value, s.value), n) for s, n in counts.items()]

    def failed_documents(self) -> list[Document]:
        return [d for d in self.result.documents if d.status == DocumentStatus.FAILED]

    # -- scores -----------------------------------------------------------------------------------
    def document_scores(self) -> dict[str, dict[str, Any]]:
        scores = self.result.scores.get("documents") if isinstance(self.result.scores, dict) else None
        return scores if isinstance(scores, dict) else {}

    def score_keys(self) -> list[str]:
        """Keys present in any document's scores: the template's known ones in its order, then
        any new key the core adds later (shown under its own name rather than dropped)."""
        present: dict[str, None] = {}
        for entry in self.document_scores().values():
            if isinstance(entry, dict):
                present.update(dict.fromkeys(entry))
        known = [k for k in self.t["score_label"] if k in present]
        return known + [k for k in present if k not in self.t["score_label"]]

    def score_label(self, key: str) -> str:
        return self.t["score_label"].get(key) or key.replace("_", " ").capitalize()

    def is_percent(self, key: str) -> bool:
        return key in self.t["percent_scores"]

    def format_score(self, key: str, value: Any) -> str:
        if value is None:
            return self.t["none"]
        if isinstance(value, dict):
            return ", ".join(
                f"{self.t['indicator_type'].get(k, k)} {self.format_score('', v)}" for k, v in value.items()
            )
        if isinstance(value, bool):
            return self.t["yes"] if value else self.t["no"]
        if isinstance(value, (int, float)):
            return f"{value:.0%}" if self.is_percent(key) else number(value)
        return str(value)

    def average_score(self, key: str) -> float | None:
        values = [
            e[key]
            for e in self.document_scores().values()
            if isinstance(e, dict) and isinstance(e.get(key), (int, float))
        ]
        return sum(values) / len(values) if values else None

    def other_scores(self) -> dict[str, Any]:
        """Result-level scores besides the per-document table (shown as they are)."""
        if not isinstance(self.result.scores, dict):
            return {}
        return {k: v for k, v in self.result.scores.items() if k != "documents"}

    # -- links ------------------------------------------------------------------------------------
    @cached_property
    def links_by_source(self) -> dict[str, list[Link]]:
        out: dict[str, list[Link]] = defaultdict(list)
        for link in self.result.links:
            out[link.source_id].append(link)
        for links in out.values():
            links.sort(key=lambda lk: (lk.rank, -lk.score))
        return out

    def alignment_rows(self, document_id: str) -> list[tuple[Item, Link | None, str]]:
        """(lower item, link, status key) for the document's goals, objectives and tasks: each
        accepted link, else the best rejected-free candidate marked 'below', else 'none'."""
        rows: list[tuple[Item, Link | None, str]] = []
        for item in self.reading_order(document_id):
            if item.kind not in ALIGNMENT_KINDS:
                continue
            links = [lk for lk in self.links_by_source.get(item.id, []) if lk.target_id in self.items]
            if not links and item.kind != ItemKind.OBJECTIVE:
                continue  # the linker links objectives; a goal or task without candidates says nothing
            accepted = [lk for lk in links if self.is_accepted(lk)]
            if accepted:
                rows.extend(
                    (item, lk, "confirmed" if lk.status == LinkStatus.CONFIRMED else "accepted") for lk in accepted
                )
                continue
            candidates = [lk for lk in links if lk.status != LinkStatus.REJECTED]
            rows.append((item, candidates[0], "below") if candidates else (item, None, "none"))
        return rows

    def lower_documents(self) -> list[Document]:
        """Documents with a higher-level document above them: the ones that link upwards."""
        levels = [d.level for d in self.result.documents if d.level is not None and d.status != DocumentStatus.FAILED]
        if not levels:
            return []
        top = min(levels)
        return [
            d
            for d in self.result.documents
            if d.level is not None and d.level > top and d.status != DocumentStatus.FAILED
        ]

    def reading_order(self, document_id: str) -> list[Item]:
        """The document's items in the order a reader meets them (the extractor lists them by
        kind): by the position of their block, then table row and column."""
        document = self.documents.get(document_id)
        items = [i for i in self.result.items if i.document_id == document_id]
        if document is None:
            return items
        position: dict[tuple, int] = {}
        for n, block in enumerate(document.blocks):
            position.setdefault(_block_key(block.location), n)
        fallback = len(document.blocks)

        def key(pair: tuple[int, Item]) -> tuple:
            n, item = pair
            loc = item.location
            return (position.get(_block_key(loc), fallback), loc.row or 0, loc.column or 0, n)

        return [item for _, item in sorted(enumerate(items), key=key)]

    # -- evidence ---------------------------------------------------------------------------------
    def evidence_in(self, finding: Finding, document: Document) -> list[Quote]:
        return [e for e in finding.evidence if _path_key(e.location.file) == _path_key(document.path)]

    def findings_for(self, document: Document) -> list[Finding]:
        """Findings with evidence in the document or naming it, most serious first."""
        return [f for f in self.all_findings if document.id in f.document_ids or self.evidence_in(f, document)]

    def document_anchor(self, document: Document) -> Quote | None:
        """Where a note about the whole document goes: its first text (the title, usually)."""
        for block in document.blocks:
            if block.text.strip():
                return Quote(quote=block.text.strip(), location=block.location)
        return None
