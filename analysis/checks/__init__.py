"""Coherence checks: one module per family of findings, each returning Findings with stable codes.

Every check is a function `check(ctx) -> Iterable[Finding]` listed in CHECKS. Thresholds
and severities come from resources/checks.json, wording from
resources/lexicons/<lang>/findings.json, so neither needs a code change to adapt.
"""

from __future__ import annotations

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

from analysis.model import AnalysisResult, Document, DocumentStatus, Evidence, Finding, Item, ItemKind, Link, Severity
from analysis.resources import load_lexicon, resources_dir

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
        english = load_lexicon("findings", "en")
        try:
            texts = load_lexicon("findings", self.wording or self.language)
        except FileNotFoundError:
            return english
        return {**english, **texts}

    @cached_property
    def phrases(self) -> dict[str, Any]:
        """The pieces checks build messages from; English fills what a translation lacks."""
        english = load_lexicon("findings", "en")["_phrases"]
        return {**english, **self.texts.get("_phrases", {})}

    def phrase(self, key: str, **fields: Any) -> str:
        return self.phrases[key].format_map(_SafeDict(fields))

    def word(self, group: str, key: str) -> str:
        """One word of a group ("kinds", "directions", ...) in the findings' language."""
        return self.phrases.get(group, {}).get(key, key)

    def join(self, words: Iterable[str]) -> str:
        return self.phrases["and"].join(words)

    @cached_property
    def items(self) -> dict[str, Item]:
        return {i.id: i for i in self.result.items}

    @cached_property
    def documents(self) -> dict[str, Document]:
        return {d.id: d for d in self.result.documents}

    @cached_property
    def children(self) -> dict[str, list[Item]]:
        out: dict[str, list[Item]] = defaultdict(list)
        for item in self.result.items:
            if item.parent_id:
                out[item.parent_id].append(item)
        return out

    @cached_property
    def accepted(self) -> list[Link]:
        """Links the analysis accepts: confirmed by the planner, or suggested above threshold."""
        from analysis.model import LinkStatus

        return [
            lk
            for lk in self.links
            if lk.status == LinkStatus.CONFIRMED
            or (lk.status == LinkStatus.SUGGESTED and lk.rank == 1 and lk.score >= self.accept_threshold)
        ]

    @cached_property
    def serving(self) -> list[Link]:
        """Links showing that a lower item serves a higher one, at any rank: an item often
        serves several priorities (a productivity objective serves both the productivity and
        the digitalisation target), while `accepted` names its one parent."""
        from analysis.model import LinkStatus

        return [
            lk
            for lk in self.links
            if lk.status == LinkStatus.CONFIRMED
            or (lk.status == LinkStatus.SUGGESTED and lk.score >= self.accept_threshold)
        ]

    def analysed_documents(self) -> list[Document]:
        return [d for d in self.result.documents if d.status != DocumentStatus.FAILED]

    def items_of(self, document_id: str, *kinds: ItemKind) -> list[Item]:
        return [i for i in self.result.items if i.document_id == document_id and (not kinds or i.kind in kinds)]

    def doc_name(self, document_id: str) -> str:
        doc = self.documents[document_id]
        return doc.title or Path(doc.path).name

    def evidence(self, item: Item) -> Evidence:
        return Evidence(quote=item.text, location=item.location)

    def document_evidence(self, document: Document) -> Evidence:
        """Where a whole-document finding points: the first heading or paragraph."""
        for block in document.blocks:
            if block.text.strip():
                return Evidence(quote=block.text.strip(), location=block.location)
        from analysis.model import Location

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
        **fields: Any,
    ) -> Finding:
        template = self.texts[code]
        values = _SafeDict(fields)
        return Finding(
            code=code,
            severity=severity or Severity(self.config["severity"][code]),
            title=template["title"].format_map(values),
            message=template["message"].format_map(values),
            suggestion=template["suggestion"].format_map(values),
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


SEVERITY_ORDER = {Severity.HIGH: 0, Severity.MEDIUM: 1, Severity.LOW: 2, Severity.INFO: 3}


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
        findings.extend(check(ctx))
    findings.sort(key=lambda f: (SEVERITY_ORDER[f.severity], f.code, f.document_ids, f.item_ids))
    return findings


def finding_id(ctx: CheckContext, finding: Finding) -> str:
    """Stable across runs and document order (built from item keys and file names), so a
    planner's 'dismiss' survives a re-run."""
    files = sorted(Path(ctx.documents[d].path).name for d in finding.document_ids if d in ctx.documents)
    items = sorted(ctx.items[i].key for i in finding.item_ids if i in ctx.items)
    key = "|".join([finding.code, *files, *items, finding.title])
    return f"{finding.code}-{hashlib.sha1(key.encode('utf-8', 'surrogatepass')).hexdigest()[:8]}"
