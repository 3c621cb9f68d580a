"""Where the analysis is put into words: the only place that turns its data (link evidence,
document problems, findings) into sentences, from the templates of the language asked
(resources/templates/<lang>/). The edges call it: the reports (analysis/report/), the desktop
app (gui/labels.py) and the command line's JSON; the stages before them pass codes and values.

A template a translation lacks is taken from English, and a placeholder a template does not know
is left empty, so a ministry's edited template with a typo never stops a report.
"""

from __future__ import annotations

from collections import defaultdict
from functools import cached_property, lru_cache
from typing import Any

from analysis.model import AnalysisResult, Evidence
from analysis.resources import load_template


def fill(template: str, values: dict[str, Any]) -> str:
    """`str.format_map` that leaves an unknown placeholder empty."""
    return template.format_map(defaultdict(str, values))


@lru_cache(maxsize=64)
def templates(name: str, language: str) -> dict[str, Any]:
    """templates/<language>/<name>.json over templates/en/<name>.json (a key a translation lacks
    is English)."""
    english = load_template(name, "en")
    if language == "en":
        return english
    try:
        return {**english, **load_template(name, language)}
    except FileNotFoundError:
        return english


class Wording:
    """The sentences of one language."""

    def __init__(self, language: str = "en") -> None:
        self.language = language

    @cached_property
    def _evidence(self) -> dict[str, Any]:
        return templates("evidence", self.language)

    def evidence(self, evidence: Evidence) -> str:
        """One reason for a link, as a planner reads it ('shared terms: gas, access')."""
        t = self._evidence
        values = dict(evidence.values)
        separator = t.get("separator", ", ")
        if evidence.kind == "inherited":
            kind = t["kinds"].get(values.get("kind"), values.get("kind") or "")
            values["item"] = f"{kind} {values['code']}" if values.get("code") else kind
        elif evidence.kind == "programme":
            one, many, verb = t["programme_items"].get(values["kind"], (values["kind"],) * 2 + ("",))
            values.update(items=many if values["total"] > 1 else one, verb=verb)
        elif evidence.kind == "meaning":
            values["score"] = f"{values['score']:.2f}"
        for name in ("terms", "years", "figures"):
            if name in values:
                values[name] = separator.join(str(v) for v in values[name])
        template = t.get(evidence.kind)
        return fill(template, values) if template else evidence.kind


def result_json(result: AnalysisResult, language: str = "en") -> dict[str, Any]:
    """The result as the command line writes it (schema concord.result/2): the data of
    `AnalysisResult.to_dict`, each link's evidence with its sentence ("text") in `language`."""
    data = result.to_dict()
    wording = Wording(language)
    for worded, link in zip(data["links"], result.links, strict=True):
        worded["evidence"] = [{**e.to_dict(), "text": wording.evidence(e)} for e in link.evidence]
    return data
