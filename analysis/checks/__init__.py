"""Coherence checks: one module per family of findings, each returning Findings with stable codes.

Every check is a function `check(ctx) -> Iterable[Finding]` listed in CHECKS. Thresholds
and severities come from resources/checks.json, wording from
resources/templates/<lang>/findings.json, so neither needs a code change to adapt.
"""

from __future__ import annotations

import fnmatch
import hashlib
from collections import Counter
from pathlib import Path
from typing import Any

from analysis.checks import coverage, duplicates, indicators, sections, targets, vision
from analysis.checks.context import Check, CheckContext
from analysis.confidence import doubts
from analysis.config import load_check_config
from analysis.model import SEVERITY_ORDER, Finding, Severity

__all__ = ["CHECKS", "Check", "CheckContext", "load_check_config", "run_checks"]

# Every check, in the order their findings are reported within one severity and code.
CHECKS: list[Check] = [coverage.check, targets.check, duplicates.check, sections.check, indicators.check, vision.check]


def run_checks(ctx: CheckContext, checks: list[Check] | None = None) -> list[Finding]:
    """Every check, once, whatever the language a reader will ask for: findings are data (a code
    and the values of its wording), worded only where they are read (analysis/wording.py)."""
    findings: list[Finding] = []
    for check in checks or CHECKS:
        for finding in check(ctx):
            if fit_severity(ctx, finding):
                mark_doubtful(ctx, finding)
                findings.append(finding)
    findings.sort(key=lambda f: (SEVERITY_ORDER[f.severity], f.code, f.document_ids, f.item_ids))
    seen: Counter = Counter()
    for finding in findings:
        finding.id = finding_id(ctx, finding)
        seen[finding.id] += 1
        if seen[finding.id] > 1:  # the same code about the same items of the same files: in order
            finding.id += f"-{seen[finding.id]}"
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
    value = _override(ctx.config.severity_by_kind.get(kind, {}), finding.code)
    if value is None and document is not None and document.level is not None:
        value = _override(ctx.config.severity_by_level.get(str(document.level), {}), finding.code)
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


def finding_id(ctx: CheckContext, finding: Finding) -> str:
    """Stable across runs, document order and languages (built from the code, the item keys and
    the file names, never from wording), so a planner's 'dismiss' survives a re-run."""
    files = sorted(Path(ctx.documents[d].path).name for d in finding.document_ids if d in ctx.documents)
    items = sorted(ctx.items[i].key for i in finding.item_ids if i in ctx.items)
    key = "|".join([finding.code, *files, *items])
    return f"{finding.code}-{hashlib.sha1(key.encode('utf-8', 'surrogatepass')).hexdigest()[:8]}"
