"""What every check shares: the context a check reads (the result, its links, the coverage facts,
thresholds, wording) and how it builds a finding; helpers several checks use."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from rapidfuzz import fuzz

from analysis.coverage import Coverage
from analysis.hierarchy import Hierarchy
from analysis.model import (
    AnalysisResult,
    Document,
    DocumentStatus,
    Finding,
    Item,
    ItemKind,
    Link,
    Location,
    Quote,
    Severity,
)
from analysis.resources import load_template

SHORT = 90


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

    def evidence(self, item: Item) -> Quote:
        return Quote(quote=item.text, location=item.location)

    def document_evidence(self, document: Document) -> Quote:
        """Where a whole-document finding points: the first heading or paragraph."""
        for block in document.blocks:
            if block.text.strip():
                return Quote(quote=block.text.strip(), location=block.location)
        return Quote(quote=document.title, location=Location(file=document.path))

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
        evidence: list[Quote],
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
