"""Coherence checks: one module per family of findings, each returning Findings with stable codes.

Every check is a function `check(ctx) -> Iterable[Finding]` listed in CHECKS. Thresholds
and severities come from resources/checks.json, wording from
resources/templates/<lang>/findings.json, so neither needs a code change to adapt.
"""

from __future__ import annotations

import fnmatch
import hashlib
from collections import defaultdict
from dataclasses import replace
from pathlib import Path
from typing import Any

from analysis.checks import coverage, duplicates, indicators, sections, targets, vision
from analysis.checks.context import Check, CheckContext, shorten
from analysis.confidence import doubts
from analysis.config import load_check_config
from analysis.model import SEVERITY_ORDER, Finding, Severity

__all__ = ["CHECKS", "Check", "CheckContext", "load_check_config", "run_checks"]

# Every check, in the order their findings are reported within one severity and code.
CHECKS: list[Check] = [coverage.check, targets.check, duplicates.check, sections.check, indicators.check, vision.check]


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
    for check in checks or CHECKS:
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
    return f"{finding.code}-{hashlib.sha1(key.encode('utf-8', 'surrogatepass')).hexdigest()[:8]}"
