"""What a document is: a development plan or programme, a sectoral strategy or policy, a climate
pledge (NDC), a decree approving a plan, or an analytical input (a review, a study, a report).

A reviewer does not judge a decree or an OECD review by what a plan must contain, and a finding's
severity depends on it (resources/checks.json "severity_by_kind"). The kind is read from the
document's own words, as data in resources/lexicons/<lang>/document_kinds.json:
- its title and opening (the title and first `title_words` words count double, the first
  `opening_words` words once): the phrases that name a kind there ("Nationally Determined
  Contribution", "Resolution ... on the approval of", "Development Programme", "Strategy",
  "OECD Publishing") weigh most; "Approved by Decree No. ..." names the decree that approved the
  plan, so it is no cue of a decree;
- its body: how often the words of each kind occur per thousand words ("greenhouse gas",
  "hereby", "this report", "recommend ...").
The kind with the highest score wins; without any cue the document is taken for a plan. The
planner can correct it per document in the project (DocumentSpec.kind), which always wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from analysis.model import DOCUMENT_KINDS, BlockKind, Document
from analysis.resources import load_lexicon, per_rules

KINDS = DOCUMENT_KINDS
DEFAULT_KIND = "plan"


@dataclass
class KindGuess:
    kind: str
    scores: dict[str, float] = field(default_factory=dict)
    cues: list[str] = field(default_factory=list)  # the phrases that decided, as found


@dataclass(frozen=True)
class _KindCues:
    title: tuple[tuple[str, re.Pattern], ...]
    body: re.Pattern | None


@dataclass(frozen=True)
class _Lexicon:
    kinds: dict[str, _KindCues]
    opening_words: int
    title_words: int
    approved_by: re.Pattern | None
    title_weight: float
    body_weight: float
    body_cap: float


def _phrase(p: str) -> re.Pattern:
    return re.compile(r"(?<![\w-])" + re.escape(p.lower()).replace(r"\ ", r"\s+") + r"(?![\w-])", re.I)


@per_rules()
def lexicon(language: str = "en") -> _Lexicon:
    try:
        data = load_lexicon("document_kinds", language)
    except FileNotFoundError:
        data = load_lexicon("document_kinds", "en")
    kinds = {}
    for name in KINDS:
        entry = data["kinds"].get(name, {})
        body = entry.get("body", [])
        kinds[name] = _KindCues(
            title=tuple((p, _phrase(p)) for p in entry.get("title", [])),
            body=re.compile(
                r"(?<![\w-])(?:" + "|".join(re.escape(p.lower()) for p in sorted(body, key=len, reverse=True)) + ")",
                re.I,
            )
            if body
            else None,
        )
    return _Lexicon(
        kinds=kinds,
        opening_words=int(data.get("opening_words", 200)),
        title_words=int(data.get("title_words", 30)),
        approved_by=re.compile(
            r"(?<![\w-])(?:" + "|".join(re.escape(p) for p in data["approved_by"]) + r")[^.;\n]{0,120}", re.I
        )
        if data.get("approved_by")
        else None,
        title_weight=float(data.get("title_weight", 3.0)),
        body_weight=float(data.get("body_weight", 1.0)),
        body_cap=float(data.get("body_cap", 3.0)),
    )


def _opening(document: Document, words: int) -> str:
    """The cover page and title: the document's first `words` words, tables left out."""
    out: list[str] = []
    count = 0
    for block in document.blocks:
        if block.kind == BlockKind.TABLE or not block.text:
            continue
        out.append(block.text)
        count += len(block.text.split())
        if count >= words:
            break
    text = " ".join(out)
    return " ".join(text.split()[:words])


def _matches(lex: _Lexicon, text: str) -> list[tuple[str, str]]:
    """(kind, phrase) for every cue in `text`; a cue inside a longer cue's match is not counted
    ('National Development Strategy' is a plan's phrase, not also a strategy's)."""
    spans = []
    for name, kind in lex.kinds.items():
        for phrase, pattern in kind.title:
            spans += [(m.start(), m.end(), name, phrase) for m in pattern.finditer(text)]
    spans.sort(key=lambda s: (-(s[1] - s[0]), s[0]))
    kept: list[tuple[int, int, str, str]] = []
    for span in spans:
        if not any(span[0] < k[1] and k[0] < span[1] for k in kept):
            kept.append(span)
    return list(dict.fromkeys((k[2], k[3]) for k in sorted(kept)))


def classify(document: Document, language: str | None = None) -> KindGuess:
    """The kind this document most looks like, the score of each kind and the cues found."""
    lex = lexicon(language or document.language or "en")
    opening = _opening(document, lex.opening_words)
    title = " ".join([document.title or "", " ".join(opening.split()[: lex.title_words])])
    # "Approved by Decree No. 636" names the decree that approved this plan: not a decree's cue
    if lex.approved_by is not None:
        opening = lex.approved_by.sub(" ", opening)
        title = lex.approved_by.sub(" ", title)
    body = "\n".join(b.text for b in document.blocks if b.text and b.kind != BlockKind.TABLE)
    thousands = max(1.0, len(body.split()) / 1000)
    in_title = _matches(lex, title)
    in_opening = [m for m in _matches(lex, opening) if m not in in_title]
    scores: dict[str, float] = {}
    cues: dict[str, list[str]] = {}
    for name, kind in lex.kinds.items():
        strong = [p for k, p in in_title if k == name]
        weak = [p for k, p in in_opening if k == name]
        rate = len(kind.body.findall(body)) / thousands if kind.body else 0.0
        scores[name] = round(
            2 * lex.title_weight * len(strong)
            + lex.title_weight * len(weak)
            + lex.body_weight * min(rate, lex.body_cap),
            3,
        )
        cues[name] = strong + weak
    best = max(KINDS, key=lambda k: (scores[k], k == DEFAULT_KIND))
    if scores[best] <= 0:
        return KindGuess(DEFAULT_KIND, scores, [])
    return KindGuess(best, scores, cues[best])
