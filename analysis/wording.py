"""Where the analysis is put into words: the only place that turns its data (link evidence,
document problems, findings) into sentences, from the templates of the language asked
(resources/templates/<lang>/). The edges call it: the reports (analysis/report/), the desktop
app (gui/labels.py) and the command line's JSON; the stages before them pass codes and values.

A template a translation lacks is taken from English, and a placeholder a template does not know
is left empty, so a ministry's edited template with a typo never stops a report.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from analysis.model import AnalysisResult, Document, Evidence, Finding, Location, Problem
from analysis.resources import load_template

SHORT = 90
PROBLEM_LIMIT = 300  # a problem is one line of at most this many characters
NO_BREAK_SPACE = "\u00a0"
_SPACES = re.compile(r"[^\S\u00a0]+")


def shorten(text: str, limit: int = SHORT) -> str:
    """A text cut at a word before `limit` characters, with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


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
    def _findings(self) -> dict[str, Any]:
        return templates("findings", self.language)

    @cached_property
    def _phrases(self) -> dict[str, Any]:
        return {**load_template("findings", "en")["_phrases"], **self._findings.get("_phrases", {})}

    def text(self, node: Any) -> str:
        """A value of a finding's wording: as it is, or a text node of the checks (a phrase, a word,
        parts joined or put end to end, a capital first letter) in this language."""
        if not isinstance(node, dict):
            return "" if node is None else str(node)
        if "phrase" in node:
            return fill(self._phrases[node["phrase"]], {k: self.text(v) for k, v in node["values"].items()})
        if "word" in node:
            return self._phrases.get(node["word"], {}).get(node["key"], node["key"])
        if "join" in node:
            separator = node["sep"] if "sep" in node else self._phrases[node.get("by", "and")]
            return separator.join(self.text(part) for part in node["join"])
        if "concat" in node:
            return "".join(self.text(part) for part in node["concat"])
        if "capital" in node:
            text = self.text(node["capital"])
            return text[:1].upper() + text[1:]
        return str(node)

    def finding(self, finding: Finding) -> tuple[str, str, str]:
        """(title, message, suggestion) of one finding, before titles are made distinct. A code
        findings.json does not know keeps whatever words it came with (else its code)."""
        template = self._findings.get(finding.code)
        if not isinstance(template, dict):
            return finding.title or finding.code, finding.message, finding.suggestion
        values = {key: self.text(value) for key, value in finding.params.items()}

        def part(name: str) -> str:
            chosen = template.get(f"{name}_{finding.variant}", template[name]) if finding.variant else template[name]
            return fill(chosen, values)

        return part("title"), part("message"), part("suggestion")

    @cached_property
    def _places(self) -> dict[str, str]:
        return templates("report", self.language)["location"]

    def place(self, location: Location, with_file: bool = True) -> str:
        """'plan.docx, para. 14' / "indicators.xlsx, sheet 'Economy', cell B7" in this language."""
        words = self._places
        parts = [Path(location.file.replace("\\", "/")).name] if with_file else []
        for key, value in location.parts():
            parts.append(fill(words[key], {"n": value, "name": value, "cell": value}))
        return words["separator"].join(parts)

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


    @cached_property
    def _problems(self) -> dict[str, Any]:
        return templates("problems", self.language)

    def problem(self, problem: Problem | None) -> str:
        """A document's problem (a reader's error or warning) as one line in this language:
        'plan.docx: the file is empty.' A code problems.json does not know is shown as its code
        and values."""
        if problem is None:
            return ""
        words = self._problems.get("_values", {})
        values = {key: self._problem_value(value, words) for key, value in problem.params.items()}
        text = " ".join([problem.code, *(f"{k}={v}" for k, v in values.items())])
        for template in (self._problems.get(problem.code), templates("problems", "en").get(problem.code)):
            if isinstance(template, str):
                try:
                    text = fill(template, values)
                    break
                except (IndexError, ValueError):  # a translator's typo in a placeholder: the English one
                    continue
        line = _SPACES.sub(" ", text).strip()  # one line; the no-break spaces of figures kept
        return line if len(line) <= PROBLEM_LIMIT else line[: PROBLEM_LIMIT - 1] + "…"

    def _problem_value(self, value: Any, words: dict[str, str]) -> str:
        """A count as this language writes it ('1,074' in English, '1 074' in Russian and
        Kazakh; '2.5' / '2,5'); a word the templates translate (an encoding's byte order,
        'footnotes', a language's name), else the value as it is."""
        if isinstance(value, bool) or value is None:
            return str(value)
        if isinstance(value, (int, float)):
            text = f"{value:,}"
            return text if self.language == "en" else text.replace(",", NO_BREAK_SPACE).replace(".", ",")
        return words.get(str(value), str(value))


def result_json(result: AnalysisResult, language: str | None = None) -> dict[str, Any]:
    """The result as the command line writes it (schema concord.result/2): the data of
    `AnalysisResult.to_dict` with the findings worded and each link's evidence with its sentence
    ("text"), in `language` (default: the language the checks ran in). A document's problems are
    data ("problems": the error and the warnings as code and params) and, as schema 2 has always
    had them, English lines ("error", "warnings")."""
    language = language or result.language
    data = worded(result, language).to_dict()
    wording = Wording(language)
    for entry, link in zip(data["links"], result.links, strict=True):
        entry["evidence"] = [{**e.to_dict(), "text": wording.evidence(e)} for e in link.evidence]
    for entry, document in zip(data["documents"], result.documents, strict=True):
        problem_lines(entry, document)
    return data


def problem_lines(entry: dict[str, Any], document: Document) -> dict[str, Any]:
    """`entry` (a document's data) with its problems as data under "problems" and as English
    lines under "error" and "warnings", the way JSON outputs have always shown them."""
    english = Wording("en")
    entry["problems"] = {"error": entry.get("error"), "warnings": entry.get("warnings") or []}
    entry["error"] = english.problem(document.error) if document.error else None
    entry["warnings"] = [english.problem(w) for w in document.warnings]
    return entry


def worded(result: AnalysisResult, language: str | None = None) -> AnalysisResult:
    """A copy of `result` whose findings carry their title, message and suggestion in `language`
    (default: the language the checks ran in), no two titles alike. The result itself is left
    as it is (one result may be read in several languages at once: the app and a report)."""
    copy = replace(result, findings=[replace(f) for f in result.findings])
    return word_findings(copy, language)


def word_findings(result: AnalysisResult, language: str | None = None) -> AnalysisResult:
    """Fill the title, message and suggestion of `result`'s findings in `language` (in place:
    for the one reader that owns the result, the desktop app); returns `result`."""
    wording = Wording(language or result.language)
    for finding in result.findings:
        finding.title, finding.message, finding.suggestion = wording.finding(finding)
    distinct_titles(result, result.findings, wording)
    return result


def distinct_titles(result: AnalysisResult, findings: list[Finding], wording: Wording) -> None:
    """No two findings of one report share a title: where the wording alone does not tell them
    apart, the title names the item only it is about, else its document, then the place of its
    first evidence, then a number."""
    items = {i.id: i for i in result.items}
    documents = {d.id: d for d in result.documents}
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
                    own = [items[i].text for i in finding.item_ids if i in items and i not in others]
                    texts = {items[i].text for other in group for i in other.item_ids if i in items}
                    # the item's own words tell it apart only when the other findings' items read otherwise
                    distinct = [t for t in own if sum(t == u for u in texts) == 1 and t[:30] not in finding.title]
                    extra = f"“{shorten(distinct[0], 45)}”" if distinct else ""
                elif step == "document":
                    names = [shorten(documents[d].display_name, 40) for d in finding.document_ids if d in documents]
                    extra = " / ".join(dict.fromkeys(names))
                elif step == "place":
                    extra = wording.place(finding.evidence[0].location) if finding.evidence else ""
                else:
                    extra = f"#{n}"
                if extra and extra not in finding.title:
                    finding.title = f"{finding.title} ({extra})"
