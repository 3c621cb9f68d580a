"""The plan model: plain dataclasses shared by every stage, the GUI and the reports.

Objects refer to each other by id (strings), never by reference, so the whole result
serialises to JSON as it is and the GUI can wrap it in Qt models without copying.
Nothing here knows about spaCy, Qt or any file format.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any

RESULT_SCHEMA = "concord.result/2"  # 2: link evidence as {kind, values, text}


class ItemKind(str, Enum):
    GOAL = "goal"
    OBJECTIVE = "objective"
    TASK = "task"
    MEASURE = "measure"
    INDICATOR = "indicator"
    TARGET = "target"
    RISK = "risk"
    RESOURCE = "resource"


class Direction(str, Enum):
    """Which way a target goes. increase/decrease/maintain when the plan says so; REACH names a
    level to attain without a way ("By 2030, 22% of commuters use ..."); ELIMINATE is a level of
    zero ("eliminate tuberculosis", "net-zero emissions")."""

    INCREASE = "increase"
    DECREASE = "decrease"
    MAINTAIN = "maintain"
    REACH = "reach"
    ELIMINATE = "eliminate"

    @property
    def trend(self) -> Direction | None:
        """The way the measured value moves: eliminate goes down (to zero); reach gives none."""
        if self is Direction.ELIMINATE:
            return Direction.DECREASE
        return None if self is Direction.REACH else self


# How a target value binds: "at least 20%" >=, "8.0 litres or less" <=, "less than 5%" <, "greater than 50%" >
COMPARATORS = (">=", "<=", "<", ">")
_SHOWN_COMPARATORS = {">=": "≥", "<=": "≤"}


class IndicatorType(str, Enum):
    INPUT = "input"
    OUTPUT = "output"
    OUTCOME = "outcome"
    UNKNOWN = "unknown"


class DocumentStatus(str, Enum):
    """Per-document outcome, as in Docling: one broken file never aborts the batch."""

    PENDING = "pending"
    SUCCESS = "success"
    PARTIAL = "partial"  # read, but something was skipped (see Document.warnings)
    FAILED = "failed"


class BlockKind(str, Enum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    TABLE = "table"


# Level names a planner uses; an integer rank works too (1 is the top of the hierarchy).
LEVEL_RANKS = {"national": 1, "regional": 2, "local": 3}

# What a document is (analysis/doc_kind.py): a development plan or programme, a sectoral strategy
# or policy, a climate pledge, a decree approving a plan, an analytical input.
DOCUMENT_KINDS = ("plan", "strategy", "ndc", "decree", "analysis")


@dataclass
class Location:
    """Where a piece of text sits in its source file; only the fields that apply are set.

    page, paragraph, table, row, column and line are 1-based as a planner counts them
    (paragraph = n-th paragraph of the body, table = n-th table, line = line of a text file);
    cell is "B7".
    """

    file: str
    page: int | None = None
    paragraph: int | None = None
    table: int | None = None
    row: int | None = None
    column: int | None = None
    sheet: str | None = None
    cell: str | None = None
    line: int | None = None  # 1-based line of a text file where the block starts

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v is not None}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Location:
        return cls(**data)

    def parts(self) -> list[tuple[str, str | int]]:
        """What names the place after the file, most general first, each only where it adds
        something: sheet, cell, page, paragraph (outside a table), table, row (without a cell),
        column (in a table). analysis/wording.py words them ('sheet 'Economy', cell B7')."""
        out: list[tuple[str, str | int]] = []
        if self.sheet:
            out.append(("sheet", self.sheet))
        if self.cell:
            out.append(("cell", self.cell))
        if self.page:
            out.append(("page", self.page))
        if self.line and not self.table:
            out.append(("line", self.line))
        elif self.paragraph and not self.table:
            out.append(("paragraph", self.paragraph))
        if self.table:
            out.append(("table", self.table))
        if self.row and not self.cell:
            out.append(("row", self.row))
        if self.column and self.table:
            out.append(("column", self.column))
        return out


# Block.style of a footnote or endnote (any reader): kept for the text, never read for items.
FOOTNOTE_STYLE = "footnote"


@dataclass
class Block:
    """One unit of a document as a reader saw it, in reading order.

    Readers emit blocks; extraction turns them into sections and items. A TABLE block
    carries its grid in `rows` (merged cells repeated into every cell they cover) and
    `text` is empty. For .xlsx, row r / column c of `rows` (1-based) is sheet cell (c, r):
    readers keep leading empty rows and columns so addresses stay true. `heading_level` is set
    for headings (from the style, numbering or font size); `list_level` for list items
    (0 = top level).
    """

    kind: BlockKind
    text: str
    location: Location
    heading_level: int | None = None
    list_level: int | None = None
    style: str | None = None
    # Number shown before the text but not part of it (Word auto-numbering), e.g. "1.2."
    label: str | None = None
    rows: list[list[str]] | None = None

    def to_dict(self) -> dict[str, Any]:
        d = {k: v for k, v in asdict(self).items() if v is not None}
        d["kind"] = self.kind.value
        d["location"] = self.location.to_dict()
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Block:
        d = dict(d)
        return cls(
            kind=BlockKind(d.pop("kind")), text=d.pop("text"), location=Location.from_dict(d.pop("location")), **d
        )


@dataclass
class Section:
    id: str
    document_id: str
    heading: str
    level: int
    text: str
    location: Location
    parent_id: str | None = None
    # Role from the section lexicon: objectives, indicators, risks, resources, monitoring, ...
    role: str | None = None
    language: str | None = None  # en | ru | kk, where the document mixes languages

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["location"] = self.location.to_dict()
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Section:
        return cls(**{**d, "location": Location.from_dict(d["location"])})


@dataclass
class YearValue:
    """A value in a year: a baseline, or a target with what the statement says about it.

    A range ("40 to 45%") keeps its lower end in `value` and its higher in `upper`; `comparator`
    is how the value binds (None: the value itself); `relative` marks a change from the baseline
    ("a 50% reduction compared to 2015"), not a level; `direction` is this target's own where a
    statement has several ("40-45% reductions by 2030, and net-zero by 2050"), else None (the
    indicator's direction applies). The JSON holds the extra keys only when set.
    """

    value: float | None
    year: int | None
    upper: float | None = None
    comparator: str | None = None
    relative: bool = False
    direction: Direction | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"value": self.value, "year": self.year}
        if self.upper is not None:
            d["upper"] = self.upper
        if self.comparator:
            d["comparator"] = self.comparator
        if self.relative:
            d["relative"] = True
        if self.direction:
            d["direction"] = self.direction.value
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> YearValue:
        comparator = d.get("comparator")
        return cls(
            value=d.get("value"),
            year=d.get("year"),
            upper=d.get("upper"),
            comparator=comparator if comparator in COMPARATORS else None,
            relative=bool(d.get("relative", False)),
            direction=Direction(d["direction"]) if d.get("direction") else None,
        )

    def value_text(self, number: Any = lambda v: f"{v:g}", direction: Direction | None = None) -> str:
        """The value as the statement binds it: '≥ 20', '40–45', '−50' (a relative decrease),
        '−(≥ 50)' (a decrease of at least 50), '' without a value. `number` formats a float;
        `direction` is the indicator's, for a relative value without a direction of its own."""
        if self.value is None:
            return ""
        text = number(self.value) + (f"–{number(self.upper)}" if self.upper is not None else "")
        if self.comparator:
            text = f"{_SHOWN_COMPARATORS.get(self.comparator, self.comparator)} {text}"
        if self.relative:
            own = self.direction or direction
            trend = own.trend if own else None
            sign = "−" if trend == Direction.DECREASE else "+" if trend == Direction.INCREASE else ""
            text = f"{sign}({text})" if sign and (self.comparator or self.upper is not None) else sign + text
        return text


@dataclass
class IndicatorAttributes:
    unit: str | None = None
    baseline: YearValue | None = None
    targets: list[YearValue] = field(default_factory=list)
    direction: Direction | None = None
    responsible: str | None = None
    data_source: str | None = None
    type: IndicatorType = IndicatorType.UNKNOWN

    def to_dict(self) -> dict[str, Any]:
        return {
            "unit": self.unit,
            "baseline": self.baseline.to_dict() if self.baseline else None,
            "targets": [t.to_dict() for t in self.targets],
            "direction": self.direction.value if self.direction else None,
            "responsible": self.responsible,
            "data_source": self.data_source,
            "type": self.type.value,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> IndicatorAttributes:
        return cls(
            unit=d.get("unit"),
            baseline=YearValue.from_dict(d["baseline"]) if d.get("baseline") else None,
            targets=[YearValue.from_dict(t) for t in d.get("targets") or []],
            direction=Direction(d["direction"]) if d.get("direction") else None,
            responsible=d.get("responsible"),
            data_source=d.get("data_source"),
            type=IndicatorType(d.get("type") or "unknown"),
        )


@dataclass
class Item:
    """A goal, objective, task, measure, indicator, target, risk or resource statement."""

    id: str
    document_id: str
    kind: ItemKind
    text: str
    location: Location
    code: str | None = None
    parent_id: str | None = None
    section_id: str | None = None
    # Indicators and targets carry measurable attributes; other kinds may carry a subset
    # (a resource statement's amount sits in `amounts`).
    attributes: IndicatorAttributes | None = None
    # Extra facts: budget amounts, staff counts, cue that triggered extraction ...
    extra: dict[str, Any] = field(default_factory=dict)
    # Stable across runs and edits elsewhere in the file (file name, kind, code, text hash):
    # what a project file uses to remember a planner's link decisions.
    key: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "document_id": self.document_id,
            "kind": self.kind.value,
            "code": self.code,
            "text": self.text,
            "parent_id": self.parent_id,
            "section_id": self.section_id,
            "location": self.location.to_dict(),
            "attributes": self.attributes.to_dict() if self.attributes else None,
            "extra": self.extra,
            "key": self.key,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Item:
        return cls(
            id=d["id"],
            document_id=d["document_id"],
            kind=ItemKind(d["kind"]),
            text=d["text"],
            location=Location.from_dict(d["location"]),
            code=d.get("code"),
            parent_id=d.get("parent_id"),
            section_id=d.get("section_id"),
            attributes=IndicatorAttributes.from_dict(d["attributes"]) if d.get("attributes") else None,
            extra=d.get("extra") or {},
            key=d.get("key", ""),
        )


def item_key(file_name: str, kind: ItemKind, code: str | None, text: str) -> str:
    digest = hashlib.sha1(" ".join(text.lower().split()).encode("utf-8", "surrogatepass")).hexdigest()[:10]
    return f"{file_name}|{kind.value}|{code or ''}|{digest}"


@dataclass
class Problem:
    """A document's problem (a reader's error or warning) as data: a code of
    resources/templates/<lang>/problems.json and the values of its wording (the file name, counts,
    a detail). Worded only at the edges (`analysis.wording.Wording.problem`)."""

    code: str
    params: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "params": dict(self.params)}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Problem:
        return cls(code=str(d["code"]), params=dict(d.get("params") or {}))


@dataclass
class Document:
    """One input file and what was read from it."""

    id: str
    path: str
    title: str = ""
    level: int | None = None  # rank: 1 = top of the hierarchy; None = not set
    level_name: str | None = None  # as the planner wrote it: "national", "regional", "3"
    region: str | None = None
    period: tuple[int, int] | None = None
    language: str | None = None
    pipeline: str | None = None  # the spaCy pipeline it was read with (by its language)
    status: DocumentStatus = DocumentStatus.PENDING
    error: Problem | None = None  # why it could not be read
    warnings: list[Problem] = field(default_factory=list)  # what of it was skipped
    blocks: list[Block] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    word_count: int = 0
    page_count: int | None = None
    # the year the file was made (a PDF's CreationDate, a Word file's created date): a period that
    # ends before it is the plan's history, not its period
    created: int | None = None
    # what the document is (plan, strategy, ndc, decree, analysis; analysis/doc_kind.py), whether
    # Concord read it from the text ("detected") or the planner set it ("set"), and the cues read
    kind: str | None = None
    kind_source: str | None = None
    kind_cues: list[str] = field(default_factory=list)
    # Tracked changes in a Word draft, by kind ("insertions", "deletions", "moves"): the text read
    # has the insertions accepted and the deletions dropped. Empty when there are none.
    tracked_changes: dict[str, int] = field(default_factory=dict)
    # "before": read as the draft was before its tracked changes (analysis.compare)
    revision: str | None = None

    @property
    def display_name(self) -> str:
        """How findings and reports name the document: its title, else its file name."""
        return self.title or Path(self.path).name

    def summary_dict(self) -> dict[str, Any]:
        """The document as the JSON result shows it (blocks stay out: they are bulky)."""
        return {
            "id": self.id,
            "path": self.path,
            "title": self.title,
            "level": self.level,
            "level_name": self.level_name,
            "region": self.region,
            "period": list(self.period) if self.period else None,
            "language": self.language,
            "pipeline": self.pipeline,
            "status": self.status.value,
            "error": self.error.to_dict() if self.error else None,
            "warnings": [w.to_dict() for w in self.warnings],
            "word_count": self.word_count,
            "page_count": self.page_count,
            "created": self.created,
            "kind": self.kind,
            "kind_source": self.kind_source,
            "kind_cues": self.kind_cues,
            "tracked_changes": self.tracked_changes,
            "revision": self.revision,
            "sections": [s.to_dict() for s in self.sections],
        }

    def to_dict(self) -> dict[str, Any]:
        """Everything, blocks included (the parse cache stores this)."""
        return {**self.summary_dict(), "blocks": [b.to_dict() for b in self.blocks]}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Document:
        return cls(
            id=d["id"],
            path=d["path"],
            title=d.get("title", ""),
            level=d.get("level"),
            level_name=d.get("level_name"),
            region=d.get("region"),
            period=tuple(d["period"]) if d.get("period") else None,
            language=d.get("language"),
            pipeline=d.get("pipeline"),
            status=DocumentStatus(d.get("status", "pending")),
            error=Problem.from_dict(d["error"]) if d.get("error") else None,
            warnings=[Problem.from_dict(w) for w in d.get("warnings") or []],
            blocks=[Block.from_dict(b) for b in d.get("blocks") or []],
            sections=[Section.from_dict(x) for x in d.get("sections") or []],
            word_count=d.get("word_count", 0),
            page_count=d.get("page_count"),
            created=d.get("created"),
            kind=d.get("kind"),
            kind_source=d.get("kind_source"),
            kind_cues=list(d.get("kind_cues") or []),
            tracked_changes=dict(d.get("tracked_changes") or {}),
            revision=d.get("revision"),
        )


class LinkStatus(str, Enum):
    SUGGESTED = "suggested"
    CONFIRMED = "confirmed"
    REJECTED = "rejected"


@dataclass
class Evidence:
    """One reason a link was proposed, as data: a kind and its values. Worded only where a planner
    reads it (resources/templates/<lang>/evidence.json, analysis/wording.py):

    reference {words}: an explicit reference ('Strategy 2025, objective 4.1');
    inherited {kind, code, words}: the candidate is inside what the item's parent cites;
    terms {terms}: key terms both items share, rarest first;
    unit {unit}, year {years}, figure {figures}: the same unit, year or figure in both;
    meaning {score}: the sentence encoder's cosine, when at least 0.5;
    programme {kind, hits, total}: so many of a lower programme's items land on the candidate;
    confirmed: the planner confirmed the link."""

    kind: str
    values: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "values": self.values} if self.values else {"kind": self.kind}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Evidence:
        return cls(data["kind"], dict(data.get("values") or {}))


@dataclass
class Link:
    source_id: str  # lower-level item
    target_id: str  # higher-level item
    rank: int
    score: float
    status: LinkStatus = LinkStatus.SUGGESTED
    evidence: list[Evidence] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "from": self.source_id,
            "to": self.target_id,
            "rank": self.rank,
            "score": round(self.score, 4),
            "status": self.status.value,
            "evidence": [e.to_dict() for e in self.evidence],
        }


class Severity(str, Enum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"
    INFO = "info"


SEVERITY_ORDER = {Severity.HIGH: 0, Severity.MEDIUM: 1, Severity.LOW: 2, Severity.INFO: 3}  # most serious first


@dataclass
class Quote:
    quote: str
    location: Location

    def to_dict(self) -> dict[str, Any]:
        return {"quote": self.quote, "location": self.location.to_dict()}


@dataclass
class Finding:
    """What a check found, as data: its code and the values its wording takes (`params`; a value
    may be a text node of analysis/checks/context.py: a phrase, a word, pieces joined). The core
    never words a finding: `title`, `message` and `suggestion` stay empty until
    analysis.wording.worded() fills a copy in the language a reader asked for."""

    code: str
    severity: Severity
    params: dict[str, Any] = field(default_factory=dict)
    variant: str | None = None  # a wording of the code findings.json has ('thin' -> title_thin ...)
    document_ids: list[str] = field(default_factory=list)
    item_ids: list[str] = field(default_factory=list)
    evidence: list[Quote] = field(default_factory=list)
    id: str = ""
    # what the check decided, for programs reading the result: e.g. the completeness state of
    # each aspect a MISSING_* finding is about ({"aspects": {"risk": "thin"}, ...})
    facts: dict[str, Any] = field(default_factory=dict)
    title: str = ""
    message: str = ""
    suggestion: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "code": self.code,
            "severity": self.severity.value,
            "title": self.title,
            "message": self.message,
            "suggestion": self.suggestion,
            "params": self.params,
            **({"variant": self.variant} if self.variant else {}),
            "document_ids": self.document_ids,
            "item_ids": self.item_ids,
            "evidence": [e.to_dict() for e in self.evidence],
            "facts": self.facts,
        }


@dataclass
class PipelineInfo:
    name: str
    version: str
    trained: bool

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "version": self.version, "trained": self.trained}


@dataclass
class AnalysisResult:
    pipeline: PipelineInfo
    documents: list[Document] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    scores: dict[str, Any] = field(default_factory=dict)
    # What the checks need from linking besides the links: similar same-level item pairs
    # (lower id, other id, score, shared terms), and the score above which a link is accepted.
    same_level_pairs: list[tuple[str, str, float, list[str]]] = field(default_factory=list)
    accept_threshold: float = 0.5
    # the language linking and the checks ran in (most documents'): findings are worded in it
    # unless a reader asks for another
    language: str = "en"

    def items_of(self, document_id: str, *kinds: ItemKind) -> list[Item]:
        """The document's items (of those kinds, when given), in the result's order."""
        return [i for i in self.items if i.document_id == document_id and (not kinds or i.kind in kinds)]

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": RESULT_SCHEMA,
            "pipeline": self.pipeline.to_dict(),
            "documents": [d.summary_dict() for d in self.documents],
            "items": [i.to_dict() for i in self.items],
            "links": [lk.to_dict() for lk in self.links],
            "findings": [f.to_dict() for f in self.findings],
            "scores": self.scores,
        }
