"""HTML for the details pane: an item's attributes and links, a finding's message and evidence.

Links inside the HTML use `item:<id>`, `align:<id>` and `evidence:<n>` anchors that the views
turn into navigation.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from analysis.model import Finding, Item, LinkStatus
from gui.labels import (
    direction_name,
    document_name,
    finding_kind_name,
    indicator_type_name,
    item_label,
    kind_name,
    severity_name,
    status_name,
    where,
)
from gui.palette import SEVERITY_COLORS
from gui.session import Session

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


def _row(label: str, value: str) -> str:
    return f"<tr><td style='color:#555;padding-right:10px'>{escape(label)}</td><td>{value}</td></tr>"


EXTRA_LABELS = {
    "amounts": QT_TRANSLATE_NOOP("Details", "Amounts"),
    "resource_kinds": QT_TRANSLATE_NOOP("Details", "Resources"),
    "indicator_name": QT_TRANSLATE_NOOP("Details", "Indicator"),
    "mitigation": QT_TRANSLATE_NOOP("Details", "Mitigation"),
    "references": QT_TRANSLATE_NOOP("Details", "Cites"),
    "parent_from_main_document": QT_TRANSLATE_NOOP("Details", "Parent in"),
    "target_text": QT_TRANSLATE_NOOP("Details", "Target as stated"),
    "baseline_text": QT_TRANSLATE_NOOP("Details", "Baseline as stated"),
}


def _plain(session: Session, value) -> str:
    """Extraction facts as a planner reads them: '9,030 USD', 'Strategy 2025, objective 5.1'."""
    if isinstance(value, dict):
        if "value" in value and "unit" in value:
            number = value["value"]
            number = f"{number:,.0f}" if isinstance(number, float) and number.is_integer() else f"{number}"
            return f"{number} {value.get('unit') or ''}".strip()
        if "document" in value:
            codes = ", ".join(str(c) for c in value.get("codes") or [])
            return ", ".join(x for x in (str(value["document"]), f"{value.get('kind') or ''} {codes}".strip()) if x)
        return ", ".join(_plain(session, v) for v in value.values() if v not in (None, "", [], {}))
    if isinstance(value, (list, tuple)):
        return "; ".join(_plain(session, v) for v in value)
    if isinstance(value, str) and value in session.documents:
        return document_name(session.documents[value])
    return str(value)


def _year_value(yv, direction=None) -> str:
    """'35 (2025)', '>= 20 (2026)', '40–45 (2030)', '−50 (2030)'; a target's own direction after it."""
    if yv is None:
        return "–"
    value = yv.value_text(direction=direction) or "–"
    shown = f"{value} ({yv.year})" if yv.year else value
    return f"{shown} {direction_name(yv.direction.value)}" if yv.direction else shown


def item_html(session: Session, item: Item) -> str:
    doc = session.documents.get(item.document_id)
    parts = [f"<p style='margin:0'><b>{escape(kind_name(item.kind))} {escape(item.code or '')}</b> "
             f"<span style='color:#555'>— {escape(document_name(doc)) if doc else ''}</span></p>",
             f"<p style='margin:4px 0 6px 0'>{escape(item.text)}</p>", "<table cellspacing=0>"]
    parts.append(_row(translate("Details", "Where"), escape(where(item.location))))
    parent = session.items.get(item.parent_id or "")
    if parent:
        link = f"<a href='item:{parent.id}'>{escape(item_label(parent, 80))}</a>"
        parts.append(_row(translate("Details", "Part of"), link))
    attrs = item.attributes
    if attrs is not None:
        parts.append(_row(translate("Details", "Unit"), escape(attrs.unit or "–")))
        parts.append(_row(translate("Details", "Baseline"), escape(_year_value(attrs.baseline))))
        targets = ", ".join(_year_value(t, attrs.direction) for t in attrs.targets) or "–"
        parts.append(_row(translate("Details", "Targets"), escape(targets)))
        direction = direction_name(attrs.direction.value) if attrs.direction else "–"
        parts.append(_row(translate("Details", "Direction"), escape(direction)))
        parts.append(_row(translate("Details", "Type"), escape(indicator_type_name(attrs.type.value))))
        parts.append(_row(translate("Details", "Responsible"), escape(attrs.responsible or "–")))
        parts.append(_row(translate("Details", "Data source"), escape(attrs.data_source or "–")))
    for key, value in sorted(item.extra.items()):
        if value not in (None, "", [], {}):
            label = EXTRA_LABELS.get(key, key.replace("_", " ").capitalize())
            parts.append(_row(translate("Details", label), escape(_plain(session, value))))
    parts.append("</table>")
    up = session.links_from.get(item.id, [])
    if up:
        heading = escape(translate("Details", "Candidate higher-level parents"))
        review = escape(translate("Details", "review in Alignment"))
        parts.append(f"<p style='margin:8px 0 2px 0'><b>{heading}</b> "
                     f"(<a href='align:{item.id}'>{review}</a>)</p><ol style='margin:0'>")
        for link in up:
            target = session.items.get(link.target_id)
            if target is None:
                continue
            tdoc = session.documents.get(target.document_id)
            status = ("" if link.status == LinkStatus.SUGGESTED
                      else f" — <b>{escape(status_name(link.status.value))}</b>")
            parts.append(f"<li><a href='item:{target.id}'>{escape(item_label(target, 90))}</a> "
                         f"<span style='color:#555'>({escape(document_name(tdoc)) if tdoc else ''}; "
                         f"{link.score:.2f})</span>{status}</li>")
        parts.append("</ol>")
    down = session.links_to.get(item.id, [])
    if down:
        heading = escape(translate("Details", "Lower-level items proposed to implement this"))
        parts.append(f"<p style='margin:8px 0 2px 0'><b>{heading}</b></p><ul style='margin:0'>")
        for link in sorted(down, key=lambda lk: -lk.score)[:12]:
            source = session.items.get(link.source_id)
            if source is None:
                continue
            sdoc = session.documents.get(source.document_id)
            parts.append(f"<li><a href='item:{source.id}'>{escape(item_label(source, 90))}</a> "
                         f"<span style='color:#555'>({escape(document_name(sdoc)) if sdoc else ''}; "
                         f"{link.score:.2f})</span></li>")
        parts.append("</ul>")
    return "".join(parts)


def finding_html(session: Session, finding: Finding) -> str:
    color = SEVERITY_COLORS.get(finding.severity.value)
    docs = ", ".join(escape(document_name(session.documents[d])) for d in finding.document_ids
                     if d in session.documents)
    dismissed = session.is_dismissed(finding.id)
    dismissed_label = escape(translate("Details", "dismissed"))
    evidence_label = escape(translate("Details", "Evidence"))
    todo_label = escape(translate("Details", "What to do"))
    parts = [
        f"<p style='margin:0'><span style='color:{color.name()};font-weight:bold'>"
        f"{escape(severity_name(finding.severity.value))}</span> · {escape(finding_kind_name(finding.code))} "
        f"<span style='color:#777'>(<code>{escape(finding.code)}</code>)</span>"
        + (f" · <i>{dismissed_label}</i>" if dismissed else "") + "</p>",
        f"<h3 style='margin:4px 0'>{escape(finding.title)}</h3>",
        f"<p style='color:#555;margin:0 0 6px 0'>{docs}</p>",
        f"<p>{escape(finding.message)}</p>",
    ]
    if finding.evidence:
        parts.append(f"<p style='margin:6px 0 2px 0'><b>{evidence_label}</b></p>")
        for n, evidence in enumerate(finding.evidence):
            parts.append(
                f"<blockquote style='margin:2px 0 6px 12px'>“{escape(evidence.quote)}”<br>"
                f"<a href='evidence:{n}'>{escape(where(evidence.location))}</a></blockquote>")
    if finding.suggestion:
        parts.append(f"<p style='margin:6px 0 2px 0'><b>{todo_label}</b></p>"
                     f"<p style='margin:0'>{escape(finding.suggestion)}</p>")
    return "".join(parts)
