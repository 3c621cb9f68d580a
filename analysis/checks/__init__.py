"""Coherence checks: one module per family of findings, each returning Findings with stable codes.

Every check is a function `check(ctx) -> Iterable[Finding]` listed in `all_checks()`. Thresholds
and severities come from resources/checks.json, wording from
resources/templates/<lang>/findings.json, so neither needs a code change to adapt.
"""

from __future__ import annotations

import fnmatch
import hashlib
import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from analysis.confidence import doubts
from analysis.coverage import Coverage
from analysis.hierarchy import Hierarchy
from analysis.model import (
    SEVERITY_ORDER,
    AnalysisResult,
    Document,
    DocumentStatus,
    Evidence,
    Finding,
    Item,
    ItemKind,
    Link,
    Location,
    Severity,
)
from analysis.resources import load_template, resources_dir

SHORT = 90


def load_check_config(path: str | Path | None = None) -> dict[str, Any]:
    with open(path or resources_dir() / "checks.json", encoding="utf-8") as fh:
        return json.load(fh)


_NAME_STOPWORDS = frozenset("the of in with to a an and for by on at".split())


def name_similarity(a: Item, b: Item) -> float:
    """How alike two indicator names are (0-100), word order and small words aside.

    'Number of pedigree beef cattle' ~ 'Number of pedigree cattle' = 90, while 'Share of
    population with access to gas' ~ '... to water supply' = 65: a related indicator is not the
    same indicator.
    """

    def norm(item: Item) -> str:
        name = item.extra.get("indicator_name") or item.text
        return " ".join(w for w in re.findall(r"[\w-]+", name.lower()) if w not in _NAME_STOPWORDS)

    return fuzz.token_sort_ratio(norm(a), norm(b))


def shorten(text: str, limit: int = SHORT) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


@dataclass
class CheckContext:
    result: AnalysisResult
    links: list[Link]
    config: dict[str, Any]
    language: str = "en"
    accept_threshold: float = 0.5
    same_level_pairs: list[tuple[str, str, float, list[str]]] = field(default_factory=list)
    # the language findings are worded in (the planner's interface or report language);
    # None = the documents' language. Lexicons for reading the plans still follow `language`.
    wording: str | None = None

    @cached_property
    def texts(self) -> dict[str, dict[str, str]]:
        """findings.json in the wording language; English fills a code a translation lacks."""
        english = load_template("findings", "en")
        try:
            texts = load_template("findings", self.wording or self.language)
        except FileNotFoundError:
            return english
        return {**english, **texts}

    @cached_property
    def phrases(self) -> dict[str, Any]:
        """The pieces checks build messages from; English fills what a translation lacks."""
        english = load_template("findings", "en")["_phrases"]
        return {**english, **self.texts.get("_phrases", {})}

    def phrase(self, key: str, **fields: Any) -> str:
        return self.phrases[key].format_map(_SafeDict(fields))

    def word(self, group: str, key: str) -> str:
        """One word of a group ("kinds", "directions", ...) in the findings' language."""
        return self.phrases.get(group, {}).get(key, key)

    def join(self, words: Iterable[str]) -> str:
        return self.phrases["and"].join(words)

    @cached_property
    def hierarchy(self) -> Hierarchy:
        return Hierarchy(self.result.items)

    @cached_property
    def coverage(self) -> Coverage:
        return Coverage(self.result, self.links, self.accept_threshold, self.hierarchy)

    @property
    def items(self) -> dict[str, Item]:
        return self.hierarchy.items

    @cached_property
    def documents(self) -> dict[str, Document]:
        return {d.id: d for d in self.result.documents}

    def analysed_documents(self) -> list[Document]:
        return [d for d in self.result.documents if d.status != DocumentStatus.FAILED]

    def items_of(self, document_id: str, *kinds: ItemKind) -> list[Item]:
        return self.result.items_of(document_id, *kinds)

    def doc_name(self, document_id: str) -> str:
        return self.documents[document_id].display_name

    def evidence(self, item: Item) -> Evidence:
        return Evidence(quote=item.text, location=item.location)

    def document_evidence(self, document: Document) -> Evidence:
        """Where a whole-document finding points: the first heading or paragraph."""
        for block in document.blocks:
            if block.text.strip():
                return Evidence(quote=block.text.strip(), location=block.location)
        return Evidence(quote=document.title, location=Location(file=document.path))

    def item_finding(self, code: str, item: Item, also: Iterable[Item] = (), **fields: Any) -> Finding:
        """A finding about one item (and items that go with it), quoting each where it stands."""
        others = list(also)
        return self.finding(
            code,
            [item.document_id],
            [item.id, *(o.id for o in others)],
            [self.evidence(item), *(self.evidence(o) for o in others)],
            doc=self.doc_name(item.document_id),
            item=item.text,
            item_short=shorten(item.text, 60),
            **fields,
        )

    def finding(
        self,
        code: str,
        documents: Iterable[str],
        items: Iterable[str],
        evidence: list[Evidence],
        severity: Severity | None = None,
        variant: str | None = None,
        **fields: Any,
    ) -> Finding:
        """`variant` picks a wording of the code ('thin' -> title_thin, message_thin ...) where
        findings.json has one, else the code's plain wording."""
        template = self.texts[code]
        values = _SafeDict(fields)

        def text(part: str) -> str:
            return template.get(f"{part}_{variant}", template[part]) if variant else template[part]

        return Finding(
            code=code,
            severity=severity or Severity(self.config["severity"][code]),
            title=text("title").format_map(values),
            message=text("message").format_map(values),
            suggestion=text("suggestion").format_map(values),
            document_ids=list(dict.fromkeys(documents)),
            item_ids=list(dict.fromkeys(items)),
            evidence=evidence,
        )


class _SafeDict(dict):
    def __missing__(self, key: str) -> str:
        return ""


Check = Callable[[CheckContext], Iterable[Finding]]


def all_checks() -> list[Check]:
    from analysis.checks import coverage, duplicates, indicators, sections, targets, vision

    return [coverage.check, targets.check, duplicates.check, sections.check, indicators.check, vision.check]


def run_checks(ctx: CheckContext, checks: list[Check] | None = None) -> list[Finding]:
    findings = _findings(ctx, checks)
    # Ids come from the English wording, so a planner's dismissals survive a change of language:
    # the checks are deterministic and the sort ignores wording, so the n-th findings correspond.
    english = findings if (ctx.wording or ctx.language) == "en" else _findings(replace(ctx, wording="en"), checks)
    for finding, keyed in zip(findings, english, strict=True):
        finding.id = finding_id(ctx, keyed)
    return findings


def _findings(ctx: CheckContext, checks: list[Check] | None) -> list[Finding]:
    findings: list[Finding] = []
    for check in checks or all_checks():
        for finding in check(ctx):
            if fit_severity(ctx, finding):
                mark_doubtful(ctx, finding)
                findings.append(finding)
    findings.sort(key=lambda f: (SEVERITY_ORDER[f.severity], f.code, f.document_ids, f.item_ids))
    distinct_titles(ctx, findings)
    return findings


_STEP_DOWN = {Severity.HIGH: Severity.MEDIUM, Severity.MEDIUM: Severity.LOW, Severity.LOW: Severity.INFO}


def _override(table: dict[str, Any], code: str) -> str | None:
    """A code's entry in a severity table; 'MISSING_*' patterns apply to every code they match."""
    if code in table:
        return table[code]
    for pattern, value in table.items():
        if not pattern.startswith("_") and fnmatch.fnmatchcase(code, pattern):
            return value
    return None


def fit_severity(ctx: CheckContext, finding: Finding) -> bool:
    """Set the finding's severity by what its document is and its level (checks.json
    "severity_by_kind", "severity_by_level"; a thin section is one step milder than a missing
    one); False when the finding does not apply to that kind of document ("skip")."""
    document = ctx.documents.get(finding.document_ids[0]) if finding.document_ids else None
    kind = (document.kind if document else None) or "plan"
    finding.facts.setdefault("document_kind", kind)
    value = _override(ctx.config.get("severity_by_kind", {}).get(kind, {}), finding.code)
    if value is None and document is not None and document.level is not None:
        value = _override(ctx.config.get("severity_by_level", {}).get(str(document.level), {}), finding.code)
    if value == "skip":
        return False
    if value is not None:
        finding.severity = Severity(value)
    if finding.facts.get("state") == "thin":
        finding.severity = _STEP_DOWN.get(finding.severity, finding.severity)
    return True


def mark_doubtful(ctx: CheckContext, finding: Finding) -> None:
    """Record the finding's items whose text may be a reading error (analysis/confidence.py): the
    reports put such findings apart ("check these items") rather than lead with them."""
    doubtful = {i: reasons for i in finding.item_ids if i in ctx.items and (reasons := doubts(ctx.items[i]))}
    if doubtful:
        finding.facts["doubtful_items"] = doubtful


def distinct_titles(ctx: CheckContext, findings: list[Finding]) -> None:
    """No two findings of one report share a title: where the wording alone does not tell them
    apart, the title names the item only it is about, else its document, then the place of its
    first evidence, then a number."""
    for step in ("item", "document", "place", "number"):
        groups: dict[str, list[Finding]] = defaultdict(list)
        for finding in findings:
            groups[finding.title].append(finding)
        clashes = [group for group in groups.values() if len(group) > 1]
        if not clashes:
            return
        for group in clashes:
            for n, finding in enumerate(group, 1):
                if step == "item":
                    others = {i for other in group if other is not finding for i in other.item_ids}
                    own = [ctx.items[i].text for i in finding.item_ids if i in ctx.items and i not in others]
                    texts = {ctx.items[i].text for other in group for i in other.item_ids if i in ctx.items}
                    # the item's own words tell it apart only when the other findings' items read otherwise
                    distinct = [t for t in own if sum(t == u for u in texts) == 1 and t[:30] not in finding.title]
                    extra = f"“{shorten(distinct[0], 45)}”" if distinct else ""
                elif step == "document":
                    names = [shorten(ctx.doc_name(d), 40) for d in finding.document_ids if d in ctx.documents]
                    extra = " / ".join(dict.fromkeys(names))
                elif step == "place":
                    extra = finding.evidence[0].location.describe() if finding.evidence else ""
                else:
                    extra = f"#{n}"
                if extra and extra not in finding.title:
                    finding.title = f"{finding.title} ({extra})"


def finding_id(ctx: CheckContext, finding: Finding) -> str:
    """Stable across runs and document order (built from item keys and file names), so a
    planner's 'dismiss' survives a re-run."""
    files = sorted(Path(ctx.documents[d].path).name for d in finding.document_ids if d in ctx.documents)
    items = sorted(ctx.items[i].key for i in finding.item_ids if i in ctx.items)
    key = "|".join([finding.code, *files, *items, finding.title])
    return f"{finding.code}-{hashlib.sha1(key.encode('utf-8')).hexdigest()[:8]}"
