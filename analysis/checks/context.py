"""What every check shares: the context a check reads (the result, its links, the coverage facts,
thresholds, wording) and how it builds a finding; helpers several checks use."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from rapidfuzz import fuzz

from analysis.config import CheckSettings
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
from analysis.wording import shorten

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


@dataclass
class CheckContext:
    result: AnalysisResult
    links: list[Link]
    config: CheckSettings
    language: str = "en"
    accept_threshold: float = 0.5
    same_level_pairs: list[tuple[str, str, float, list[str]]] = field(default_factory=list)

    # How a check builds the values of its finding's wording without wording anything: a phrase of
    # findings.json's "_phrases", a word of one of its groups, pieces joined or put end to end.
    # analysis/wording.py words them in the language a reader asks for (Wording.text).
    @staticmethod
    def phrase(key: str, **fields: Any) -> dict[str, Any]:
        return {"phrase": key, "values": fields}

    @staticmethod
    def word(group: str, key: str) -> dict[str, Any]:
        """One word of a group ("kinds", "directions", ...)."""
        return {"word": group, "key": key}

    @staticmethod
    def join(parts: Iterable[Any], separator: str | None = None, by: str = "and") -> dict[str, Any]:
        """Parts joined by `separator` (as written: '; '), else by the phrase `by` (the language's 'and')."""
        return {"join": list(parts), "sep": separator} if separator is not None else {"join": list(parts), "by": by}

    @staticmethod
    def concat(*parts: Any) -> dict[str, Any]:
        return {"concat": list(parts)}

    @staticmethod
    def capital(part: Any) -> dict[str, Any]:
        """`part` with its first letter a capital."""
        return {"capital": part}

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
        """The finding as data: its code and the values its wording takes (`fields`). `variant`
        picks a wording of the code ('thin' -> title_thin, message_thin ...) where findings.json
        has one, else the code's plain wording."""
        return Finding(
            code=code,
            severity=severity or Severity(self.config.severity[code]),
            params=fields,
            variant=variant,
            document_ids=list(dict.fromkeys(documents)),
            item_ids=list(dict.fromkeys(items)),
            evidence=evidence,
        )


Check = Callable[[CheckContext], Iterable[Finding]]
