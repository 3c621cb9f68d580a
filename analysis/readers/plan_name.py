"""The plan's name as its own text writes it: the title of a document whose cover gives none.

A cover that is a picture has no text layer, and a decorated one leaves only fragments of its
letters; then no opening line names the plan. The text still does: "The Ministry is pleased to
present the Third Health Strategic Plan 2016-2020 (HSP3)", and then "HSP3" a hundred times.
`named_title` collects the capitalised names that hold a plan word (plan_words of
resources/lexicons/*/document.json) from the running text, counts how often each is used (with
its acronym), and takes the one the file is named after ("Draft_HealthStrategicPlan2016-2020.pdf",
"..._NDC_English.pdf"); when the file name agrees with none, only a name that the text uses far
more than any other. A plan names many other plans, laws and programmes, and a wrong name is
worse than the file name, so the rule keeps silent rather than guess: section headings ("Legal
and regulatory framework:") and sentences never qualify, only names inside running text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from analysis.model import FOOTNOTE_STYLE, Block, BlockKind
from analysis.readers._common import _SMALL_WORDS, _never_title, _title_lexicon, clean, plan_word_pattern
from analysis.resources import LANGUAGES, load_lexicon, per_rules

SENTENCE_WORDS = 8  # a block shorter than this is a heading, a label or a cell, not running text
SENTENCE_LOWER_WORDS = 3  # ... and running text has lowercase words (a Title Case line has none)
MAX_CONNECTORS = 3  # "Strategy for the Poor": at most this many small words between capitalised ones
DOMINANT_USES = 10  # without the file name's word: a name used at least this often ...
DOMINANT_RATIO = 3.0  # ... and this many times as often as the next one

_TOKEN = re.compile(r"[^\s,;:.!?()\[\]\"“”«»]+|[,;:.!?()\[\]\"“”«»]")
_YEARS = re.compile(r"^(?:19|20)\d\d(?:[-–/](?:19|20)?\d\d)?$|^\d{1,2}(?:st|nd|rd|th)$")
_YEARS_IN = re.compile(r"\s*(?<![\w])(?:19|20)\d\d(?:\s*[-–/]\s*(?:19|20)?\d\d)?(?![\w])")
_SENTENCE_END = frozenset(".!?:;")
_ACRONYM = re.compile(r"\s*\(([A-Z][A-Za-z0-9-]{1,9})\)")
_FILE_WORD = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[^\W\d_]+")


@per_rules()
def _connectors() -> frozenset[str]:
    """Small words that stand inside a name (resources/lexicons/*/document.json 'name_connectors')."""
    return frozenset(w for lang in LANGUAGES for w in load_lexicon("document", lang).get("name_connectors", []))


@dataclass
class _Name:
    text: str
    first: int  # the position of its first use: ties go to the earlier
    uses: int = 0
    acronym: str = ""


@dataclass
class _Family:
    """A name with its variants that differ only by years ('... Plan' and '... Plan 2016-2020')."""

    names: list[_Name] = field(default_factory=list)
    uses: int = 0

    @property
    def first(self) -> int:
        return min(n.first for n in self.names)

    def display(self) -> str:
        return max(self.names, key=lambda n: (n.uses, -n.first)).text


def named_title(blocks: Iterable[Block], file_name: str = "") -> str:
    """The plan's name as its text uses it, confirmed by the file name (or by far the most used
    name); empty when the text gives no such name."""
    texts = [clean(b.text) for b in blocks if _running_text(b)]
    names = _names(texts)
    if not names:
        return ""
    families: dict[str, _Family] = {}
    for key, name in names.items():
        family = families.setdefault(_YEARS_IN.sub("", key).strip(), _Family())
        family.names.append(name)
        family.uses += name.uses
    ranked = sorted(families.values(), key=lambda f: (f.uses, -f.first), reverse=True)
    file_words = _file_words(file_name)
    confirmed = [f for f in ranked if any(_names_file(n, file_words) for n in f.names)]
    if confirmed:
        return confirmed[0].display()
    runner_up = ranked[1].uses if len(ranked) > 1 else 0
    if ranked[0].uses >= DOMINANT_USES and ranked[0].uses >= DOMINANT_RATIO * runner_up:
        return ranked[0].display()
    return ""


def _running_text(block: Block) -> bool:
    if block.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM) or block.style == FOOTNOTE_STYLE:
        return False
    words = block.text.split()
    return len(words) >= SENTENCE_WORDS and sum(w[:1].islower() for w in words) >= SENTENCE_LOWER_WORDS


def _names(texts: list[str]) -> dict[str, _Name]:
    """Each plan name of the texts by its lowercased text, with its uses and its acronym's."""
    lowercase, midsentence = _vocabulary(texts)
    names: dict[str, _Name] = {}
    position = 0
    for text in texts:
        for words, at, opens_sentence in _capitalised_runs(text):
            position += 1
            m = _ACRONYM.match(text, at + len(" ".join(words)))
            acronym = m.group(1) if m else ""
            name = _plan_name(words, opens_sentence, lowercase, midsentence, acronym)
            if not name:
                continue
            key = name.lower().replace("–", "-")
            entry = names.setdefault(key, _Name(name, position))
            entry.uses += 1
            entry.acronym = entry.acronym or acronym
    whole = "\n".join(texts)
    for entry in names.values():
        if entry.acronym:
            entry.uses += len(re.findall(rf"(?<![\w-]){re.escape(entry.acronym)}(?![\w-])", whole)) - 1
    return names


def _vocabulary(texts: list[str]) -> tuple[set[str], set[str]]:
    """(words written in lowercase, capitalised words written inside a sentence): a sentence's
    first word ('Implementing the National Plan') is part of a name only when the text also
    capitalises it elsewhere."""
    lowercase: set[str] = set()
    midsentence: set[str] = set()
    for text in texts:
        for m in re.finditer(r"(?<=[\w,;)]\s)[^\W\d_][\w’'-]*", text):
            word = m.group()
            (midsentence if word[:1].isupper() else lowercase).add(word)
    return lowercase, midsentence


def _capitalised_runs(text: str) -> Iterable[tuple[list[str], int, bool]]:
    """(words, position, opens a sentence) of each run of capitalised words and years, with up
    to MAX_CONNECTORS small words ('of the', 'for') between them."""
    connectors = _connectors()
    tokens = [(m.group(), m.start()) for m in _TOKEN.finditer(text)]
    i = 0
    while i < len(tokens):
        if not _capital(tokens[i][0]):
            i += 1
            continue
        j = i
        while True:
            k = j + 1
            while k < len(tokens) and tokens[k][0].lower() in connectors and not tokens[k][0][:1].isupper():
                k += 1
            if k < len(tokens) and k - j <= MAX_CONNECTORS + 1 and _capital(tokens[k][0]):
                j = k
            else:
                break
        yield [t for t, _ in tokens[i : j + 1]], tokens[i][1], i == 0 or tokens[i - 1][0] in _SENTENCE_END
        i = j + 1


def _capital(token: str) -> bool:
    return (token[:1].isupper() and token[:1].isalpha()) or bool(_YEARS.match(token))


def _plan_name(
    words: list[str], opens_sentence: bool, lowercase: set[str], midsentence: set[str], acronym: str = ""
) -> str:
    """The run as a plan's name, or '' when it names none: a capitalised plan word that is the
    head of the run ("Framework Convention", "Plan Implementation Unit" name something else), at
    least two capitalised words, not the issuing authority or a section ('Ministry of ...')."""
    plan, _, approval = _title_lexicon()
    connectors = _connectors()
    words = list(words)
    first = words[0]
    spelt = acronym[:1] == first[:1] and len(acronym) == sum(w[:1].isupper() for w in words)
    if opens_sentence and first.lower() in lowercase and first not in midsentence and not plan.fullmatch(first):
        if not spelt:  # 'Nationally Determined Contribution (NDC)' keeps its first word
            words.pop(0)  # 'This', 'Implementing': capitalised only because a sentence opens with it
    while words and words[0].lower() in connectors:
        words.pop(0)
    words = approval.sub("", " ".join(words), count=1).split()
    heads = [n for n, w in enumerate(words) if w[:1].isupper() and plan.fullmatch(w)]
    if not heads:
        return ""
    after = words[heads[-1] + 1 : heads[-1] + 2]
    if after and after[0].lower() not in connectors and not _YEARS.match(after[0]):
        return ""
    while words and words[-1].lower() in connectors:
        words.pop()
    name = " ".join(words)
    if sum(w[:1].isupper() for w in words) < 2 or _never_title(name):
        return ""
    return name


def _file_words(file_name: str) -> set[str]:
    """The words of a file's name, lowercased, camel case split ('HealthStrategicPlan2016')."""
    stem = file_name.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return {w.lower() for w in _FILE_WORD.findall(stem)}


def _names_file(name: _Name, file_words: set[str]) -> bool:
    """Is the file named after this name: its acronym or initials ('NDC'), or all its own words
    (two at least; plan words and small words aside)? 'Gender Mainstreaming Strategic Plan' is
    not what 'Cambodian Gender Strategic Plan.pdf' is named after."""
    if not file_words:
        return False
    plan = plan_word_pattern()
    capitals = [w for w in name.text.split() if w[:1].isupper() and w.isalpha()]
    initials = "".join(w[0] for w in capitals).lower()
    if (name.acronym and name.acronym.lower() in file_words) or (len(initials) >= 3 and initials in file_words):
        return True
    own = {
        w.lower() for w in re.findall(r"[^\W\d_]+", name.text)
        if len(w) > 2 and w.lower() not in _SMALL_WORDS and not plan.fullmatch(w)
    }
    return len(own) >= 2 and own <= file_words
