"""What linking knows of a text: its content lemmas, synonyms folded into one concept.

`Analyzer`: one pass per distinct text through the language's rule pipeline (tokenizer and
context-free lemmas, `NlpEngine.lemmatize`), synonym and abbreviation groups from
`resources/lexicons/<lang>/synonyms.json` folded into one concept token, generic planning
words ("improve", "development") dropped. One Analyzer per pipeline and lexicon folder in the
process (`shared_analyzer`), and the parse cache keeps its results with each document, so a
text is lemmatized once.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from analysis.nlp import NlpEngine, Word
from analysis.resources import load_lexicon

CONCEPT_PREFIX = "syn:"


CHAR_NGRAMS = (3, 5)


MAX_MEMO_TEXTS = 200_000  # texts an Analyzer keeps analysed (about 1 KB each)


@dataclass
class Terms:
    """The content of one text, as linking compares it."""

    lemmas: list[str]  # content lemmas in order; a synonym group is one token "syn:<n>"
    words: list[str]  # lower-case surface forms of the content words (for word vectors)
    display: dict[str, str] = field(default_factory=dict)  # token -> readable word for evidence
    _features: dict[str, Counter] = field(default_factory=dict, repr=False, compare=False)

    @property
    def lemma_set(self) -> frozenset[str]:
        if "set" not in self._features:
            self._features["set"] = frozenset(self.lemmas)  # type: ignore[assignment]
        return self._features["set"]  # type: ignore[return-value]

    @property
    def string(self) -> str:
        return " ".join(self.display.get(t, t) if t.startswith(CONCEPT_PREFIX) else t for t in self.lemmas)

    def word_features(self) -> Counter:
        """Lemma unigrams and adjacent bigrams ('water quality', 'birth rate')."""
        if "words" not in self._features:
            features = Counter(self.lemmas)
            features.update(f"{a} {b}" for a, b in zip(self.lemmas, self.lemmas[1:], strict=False))
            self._features["words"] = features
        return self._features["words"]

    def char_features(self) -> Counter:
        """Character 3-5-grams of each lemma inside word boundaries: 'qualified' meets
        'qualification', 'insecurity' meets 'security'. A concept token stays whole."""
        if "chars" in self._features:
            return self._features["chars"]
        grams: list[str] = []
        low, high = CHAR_NGRAMS
        for lemma in self.lemmas:
            if lemma.startswith(CONCEPT_PREFIX):
                grams.append(lemma)
                continue
            padded = f" {lemma} "
            for n in range(low, high + 1):
                grams.extend(padded[i : i + n] for i in range(len(padded) - n + 1))
        self._features["chars"] = Counter(grams)
        return self._features["chars"]


class Analyzer:
    """Turns texts into Terms with one rule-pipeline pass per distinct text."""

    def __init__(self, engine: NlpEngine, lexicon_dir: str | None = None) -> None:
        self.engine = engine
        self.lexicon_dir = lexicon_dir
        self._memo: dict[str, Terms] = {}
        self._lexicon_ready = False

    def _prepare_lexicon(self) -> None:
        """Lemmatize the synonym groups and generic words: on the first text that needs spaCy,
        not at construction, so that a re-run served from the parse cache never pays for it."""
        if self._lexicon_ready:
            return
        engine = self.engine
        lexicon = load_lexicon("synonyms", engine.language, self.lexicon_dir)
        groups: list[list[str]] = lexicon["groups"]
        generic_words = lexicon.get("generic", [])
        self.generic = {w.lemma for words in engine.lemmatize(generic_words) for w in words} | {
            w.lower() for w in generic_words
        }
        self.concepts: dict[tuple[str, ...], str] = {}
        self.concept_names: dict[str, str] = {}
        aliases = [a for group in groups for a in group]
        alias_words = list(engine.lemmatize(aliases))
        n = 0
        for g, group in enumerate(groups):
            # a group holding a generic word ("region") is generic as a whole: folded, then dropped
            token = "" if any(a.lower() in self.generic for a in group) else f"{CONCEPT_PREFIX}{g}"
            self.concept_names[token] = group[0]
            for alias in group:
                words = alias_words[n]
                n += 1
                for key in (
                    tuple(w.lemma for w in words),
                    tuple(w.lower for w in words),
                    (alias.lower(),),  # "R&D" may be one token or three
                ):
                    if key:
                        self.concepts.setdefault(key, token)
        self.max_alias = max((len(k) for k in self.concepts), default=1)
        self.concept_starts = {k[0] for k in self.concepts}  # most words start no alias: one look-up
        self._lexicon_ready = True

    def export(self, texts: Sequence[str]) -> dict[str, list]:
        """The texts analysed, as plain lists (for the parse cache)."""
        return {text: [t.lemmas, t.words, t.display] for text, t in zip(texts, self.analyze(texts), strict=True)}

    def remember(self, exported: dict[str, list]) -> None:
        """Take texts analysed by an earlier run (`export`) instead of running spaCy on them again."""
        for text, (lemmas, words, display) in exported.items():
            self._memo.setdefault(text, Terms(lemmas=list(lemmas), words=list(words), display=dict(display)))

    def analyze(self, texts: Sequence[str]) -> list[Terms]:
        missing = list(dict.fromkeys(t for t in texts if t not in self._memo))
        if not missing:
            return [self._memo[t] for t in texts]
        self._prepare_lexicon()
        if len(self._memo) + len(missing) > MAX_MEMO_TEXTS:
            self._memo = {t: self._memo[t] for t in texts if t in self._memo}
        for text, words in zip(missing, self.engine.lemmatize(missing), strict=True):
            self._memo[text] = self._terms(words)
        return [self._memo[t] for t in texts]

    def _terms(self, raw: list[Word]) -> Terms:
        lemmas = [w.lemma for w in raw]
        surface = [w.lower for w in raw]
        out: list[str] = []
        words: list[str] = []
        display: dict[str, str] = {}
        i = 0
        while i < len(raw):
            longest = self.max_alias if lemmas[i] in self.concept_starts or surface[i] in self.concept_starts else 0
            for size in range(min(longest, len(raw) - i), 0, -1):
                token = self.concepts.get(tuple(lemmas[i : i + size]))
                if token is None:
                    token = self.concepts.get(tuple(surface[i : i + size]))
                if token is not None:
                    if token:
                        out.append(token)
                        display[token] = self.concept_names[token]
                        words.extend(w for w in surface[i : i + size] if w.isalpha())
                    i += size
                    break
            else:
                lemma, word = lemmas[i], raw[i]
                if _is_content(lemma, word) and lemma not in self.generic and word.lower not in self.generic:
                    out.append(lemma)
                    words.append(word.lower)
                    display.setdefault(lemma, word.lower)
                i += 1
        return Terms(lemmas=out, words=words, display=display)


_ANALYZERS: dict[tuple[int, str | None], tuple[NlpEngine, Analyzer]] = {}


_ANALYZERS_LOCK = threading.Lock()


def shared_analyzer(engine: NlpEngine, lexicon_dir: str | None = None) -> Analyzer:
    """One Analyzer per pipeline and lexicon folder in the process, so that vertical links,
    same-level pairs and the next run after a change (the desktop app) lemmatize a text once."""
    key = (id(engine), lexicon_dir)
    with _ANALYZERS_LOCK:
        held = _ANALYZERS.get(key)
        if held is None or held[0] is not engine:
            held = _ANALYZERS[key] = (engine, Analyzer(engine, lexicon_dir))
        return held[1]


def forget_analyzers() -> None:
    """Drop the shared Analyzers (and the texts they hold), as a new process would start."""
    with _ANALYZERS_LOCK:
        _ANALYZERS.clear()


def _is_content(lemma: str, word: Word) -> bool:
    if word.is_stop or word.like_num or len(lemma) < 2:
        return False
    return any(ch.isalpha() for ch in lemma)
