"""run(documents, ...) -> AnalysisResult: the named stages, per-document status, progress.

Stages: read -> extract (both skipped for files in the parse cache) -> annexes -> link
(skipped when the cache holds the links of the same files, levels and settings) -> checks ->
scores. Progress follows Orange3: a plain `progress(fraction, message)` callback,
each stage rescaled into its slice of the bar; `cancel()` is polled between steps and stops
the run by raising `Cancelled`. One broken document is marked FAILED with a one-line error
and the others go on (Docling's per-document status).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from analysis.cache import ParseCache, file_hash
from analysis.checks import CheckContext, run_checks
from analysis.config import CheckSettings, Rules
from analysis.doc_kind import classify
from analysis.extract import extract_document
from analysis.extract.annexes import attach_annexes
from analysis.extract.metadata import detect_language, language_sample
from analysis.link import ENCODER_RAN, LinkConfig, LinkRules, encoder_ran_as_installed, link_items, same_level_pairs
from analysis.link.terms import shared_analyzer
from analysis.model import AnalysisResult, Document, DocumentStatus, Evidence, Item, ItemKind, Link, LinkStatus, Problem
from analysis.nlp import NlpEngine, load_engine
from analysis.progress import Cancelled, Progress, stage
from analysis.project import DocumentSpec
from analysis.readers import ReaderError, check_file, read_document
from analysis.readers.errors import detail
from analysis.readers.limits import Limits, default_limits
from analysis.resources import default_cache_dir
from analysis.scores import compute_scores

LANGUAGE_NAMES = {"en": "English", "ru": "Russian", "kk": "Kazakh"}
# What makes a document a plan to check: without one of these it gets a warning.
PLAN_ITEM_KINDS = frozenset(
    {ItemKind.GOAL, ItemKind.OBJECTIVE, ItemKind.TASK, ItemKind.MEASURE, ItemKind.INDICATOR, ItemKind.TARGET}
)


@dataclass
class Config:
    """Everything a run is configured with, built once (by the command line or the app) and
    passed down: the rules source (override folder), the check thresholds, the reading limits and
    the link settings. The rules files are read here, once; the stages take the typed values."""

    pipeline: str = "auto"  # auto | trained | blank
    rules: Rules = field(default_factory=Rules)
    use_cache: bool = True
    cache_dir: str | None = None
    # None = checks.json's link_accept_threshold, else the calibrated default of the linker
    accept_threshold: float | None = None
    # (lower item key, higher item key) -> "confirmed" | "rejected"; kept in the project file
    link_decisions: dict[tuple[str, str], str] = field(default_factory=dict)
    report_language: str | None = None  # the edges word findings in en | ru | kk; None = the documents' language
    checks: CheckSettings = None  # type: ignore[assignment] - None: the rules' checks.json
    limits: Limits = None  # type: ignore[assignment] - None: the rules' limits.json
    linking: LinkRules = None  # type: ignore[assignment] - None: the rules' linking.json

    def __post_init__(self) -> None:
        if self.checks is None:
            self.checks = CheckSettings.load(self.rules.path("checks.json"))
        if self.limits is None:
            own = self.rules.overrides("limits.json")
            self.limits = Limits.from_file(self.rules.path("limits.json") if own else None)
        if self.linking is None:
            self.linking = LinkRules.load(self.rules.path("linking.json"))

    @property
    def lexicon_dir(self) -> str | None:
        return self.rules.folder

    def link_config(self) -> LinkConfig:
        """The link settings: the planner's threshold, else the ministry's checks.json, else the
        linker's calibrated default."""
        link_config = LinkConfig(lexicon_dir=self.rules.folder, rules=self.linking)
        for threshold in (self.accept_threshold, self.checks.link_accept_threshold):
            if threshold is not None:
                link_config.accept_threshold = float(threshold)
                break
        return link_config


def document_id(n: int) -> str:
    return f"d{n}"


def _new_document(n: int, spec: DocumentSpec) -> Document:
    return Document(
        id=document_id(n),
        path=str(spec.path),
        level=spec.level,
        level_name=spec.level_name,
        region=spec.region,
        period=spec.period,
        revision=spec.revision,
    )


def _parse(
    document: Document,
    engine_for: Callable[[str], NlpEngine],
    cache: ParseCache | None,
    limits: Limits | None = None,
) -> tuple[Document, list[Item], str | None]:
    """Read and extract one document with the pipeline of its language, or take both from the
    cache. The third value is the document's cache key (None without a cache)."""
    key = None
    try:
        # what the file is (type, kind, size) before a byte of it is hashed: a named pipe would
        # block the hash for ever, a device never ends, a 30 GB video takes a minute
        check_file(Path(document.path), limits or default_limits())
    except ReaderError as exc:
        document.status = DocumentStatus.FAILED
        document.error = exc.problem
        return document, [], None
    if cache is not None:
        content = file_hash(document.path)
        if content is not None:
            suffix = Path(document.path).suffix + (f"#{document.revision}" if document.revision else "")
            key = cache.key(content, document.period, document.region, suffix)
            terms: dict = {}
            hit = cache.load(key, document, terms)
            if hit is not None:
                engine = engine_for(hit[0].language or "en")
                shared_analyzer(engine, cache.lexicon_dir).remember(terms)  # no spaCy on a re-run
                return (*hit, key)
    read_document(document.path, document, limits)
    if document.status == DocumentStatus.FAILED:
        return document, [], key
    document.language = detect_language(language_sample(document.blocks))
    try:
        engine = engine_for(document.language)
        document.pipeline = engine.info.name
        items = extract_document(document, engine)
    except Exception as exc:  # noqa: BLE001 - one document's failure must not stop the batch
        document.status = DocumentStatus.FAILED
        document.error = Problem("extraction_failed", {"name": Path(document.path).name, "detail": detail(exc)})
        return document, [], None
    if not any(i.kind in PLAN_ITEM_KINDS for i in items):
        # read, but nothing a check can stand on: say so rather than report a silent success
        document.warnings.append(Problem("no_items", {"name": Path(document.path).name}))
        document.status = DocumentStatus.PARTIAL
    if cache is not None and key is not None:
        # the item texts linking will read, analysed now (once) and kept with the parse
        texts = list(dict.fromkeys(i.text for i in items if i.kind not in (ItemKind.RISK, ItemKind.RESOURCE)))
        cache.store(key, document, items, shared_analyzer(engine, cache.lexicon_dir).export(texts))
    return document, items, key


def set_kind(document: Document, spec: DocumentSpec) -> None:
    """What the document is: the planner's choice in the project, else read from its text."""
    if spec.kind:
        document.kind, document.kind_source, document.kind_cues = spec.kind, "set", []
    elif document.status != DocumentStatus.FAILED:
        guess = classify(document)
        document.kind, document.kind_source, document.kind_cues = guess.kind, "detected", guess.cues


def _linking_language(documents: list[Document], default: str) -> str:
    """The language most of the read documents are in: linking and checks run in it. A document
    in another language is still linked (character n-grams, numbers and codes carry across
    scripts a little) but carries a warning that its links are unreliable."""
    read = [d for d in documents if d.status != DocumentStatus.FAILED and d.language]
    if not read:
        return default
    counts = Counter(d.language for d in read)
    main = max(counts, key=lambda lang: (counts[lang], lang == default))
    for document in read:
        if document.language != main:
            document.warnings.append(Problem("cross_language", {
                "language": LANGUAGE_NAMES.get(document.language, document.language),
                "main": LANGUAGE_NAMES.get(main, main),
            }))
    return main


def run(
    specs: Sequence[DocumentSpec],
    config: Config | None = None,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
    engine: NlpEngine | None = None,
) -> AnalysisResult:
    config = config or Config()
    with config.rules.in_force():  # every rules file read during the run: the override folder first
        return _run(specs, config, progress, cancel, engine)


def _run(
    specs: Sequence[DocumentSpec],
    config: Config,
    progress: Progress | None,
    cancel: Callable[[], bool] | None,
    engine: NlpEngine | None,
) -> AnalysisResult:
    engine = engine or load_engine(config.pipeline)
    engines = {engine.language: engine}

    def engine_for(language: str) -> NlpEngine:
        """Each document is read with the pipeline of its own language (en, ru, kk)."""
        if language not in engines:
            engines[language] = load_engine(config.pipeline, language)
        return engines[language]

    result = AnalysisResult(pipeline=engine.info)
    cache = (
        ParseCache(Path(config.cache_dir) if config.cache_dir else default_cache_dir(), engine.info, config.lexicon_dir)
        if config.use_cache
        else None
    )

    limits = config.limits

    def check_cancel() -> None:
        if cancel and cancel():
            raise Cancelled()

    parse_progress = stage(progress, 0.0, 0.75)
    total = max(1, len(specs))
    parse_keys: dict[str, str | None] = {}
    for n, spec in enumerate(specs, 1):
        check_cancel()
        parse_progress((n - 1) / total, f"Reading and extracting {Path(spec.path).name}")
        document, items, parse_keys[document_id(n)] = _parse(_new_document(n, spec), engine_for, cache, limits)
        set_kind(document, spec)
        result.documents.append(document)
        result.items.extend(items)
    engine = engine_for(_linking_language(result.documents, engine.language))
    result.pipeline = engine.info
    result.language = engine.language
    attach_annexes(result.documents, result.items)
    check_cancel()
    _link_or_reuse(result, engine, config, cache, parse_keys, stage(progress, 0.75, 0.95), check_cancel)
    if cache is not None and cache.written:
        cache.prune()
    check_cancel()
    stage(progress, 0.95, 1.0)(0.0, "Checking coherence")
    _recheck(result, config, engine)
    if progress:
        progress(1.0, "Done")
    return result


def _link_or_reuse(
    result: AnalysisResult,
    engine: NlpEngine,
    config: Config,
    cache: ParseCache | None,
    parse_keys: dict[str, str | None],
    progress: Progress,
    check_cancel: Callable[[], None],
) -> None:
    """Link, or take the links of the last run with the same files, levels and settings."""
    key = cache.links_key(result.documents, parse_keys, _link_settings(config, engine)) if cache else None
    cached = cache.load_links(key) if cache and key else None
    if cached is not None:
        result.links, result.same_level_pairs = cached
        result.accept_threshold = config.link_config().accept_threshold
        return
    ENCODER_RAN.pop(engine.language, None)
    _link(result, engine, config, progress, check_cancel)
    # the key says which encoder is installed; links made while it failed to load are not kept
    if cache and key and encoder_ran_as_installed(engine.language):
        cache.store_links(key, result.links, result.same_level_pairs)


def _link(
    result: AnalysisResult, engine: NlpEngine, config: Config, progress: Progress, check_cancel: Callable[[], None]
) -> None:
    link_config = config.link_config()

    def link_progress(fraction: float, message: str) -> None:
        check_cancel()  # cancelling raises here, between the levels of the hierarchy
        progress(0.6 * fraction, message)

    link_progress(0.0, "Linking lower-level items to higher-level plans")
    result.links = link_items(result, engine, link_config, progress=link_progress)
    check_cancel()
    progress(0.6, "Comparing plans of the same level")
    threshold = config.checks.same_level_threshold
    result.same_level_pairs = same_level_pairs(result, engine, threshold, config.lexicon_dir, link_config.rules)
    result.accept_threshold = link_config.accept_threshold


def _link_settings(config: Config, engine: NlpEngine) -> str:
    """Everything besides the documents that decides the links and same-level pairs."""
    return f"{engine.language}|{config.link_config()!r}|{config.checks.same_level_threshold}"


def apply_link_decisions(result: AnalysisResult, decisions: dict[tuple[str, str], str]) -> None:
    """Mark candidates the planner confirmed or rejected; a confirmed pair the linker did not
    propose is added as a rank-0 link so the checks still see it."""
    keys = {i.id: i.key for i in result.items}
    by_key = {i.key: i.id for i in result.items}
    seen = set()
    for link in result.links:
        pair = (keys.get(link.source_id), keys.get(link.target_id))
        status = decisions.get(pair)
        link.status = LinkStatus(status) if status else LinkStatus.SUGGESTED
        seen.add(pair)
    for (source, target), status in decisions.items():
        if (
            status == LinkStatus.CONFIRMED.value
            and (source, target) not in seen
            and source in by_key
            and target in by_key
        ):
            result.links.append(
                Link(
                    source_id=by_key[source],
                    target_id=by_key[target],
                    rank=0,
                    score=1.0,
                    status=LinkStatus.CONFIRMED,
                    evidence=[Evidence("confirmed")],
                )
            )


def recheck(result: AnalysisResult, config: Config | None = None, engine: NlpEngine | None = None) -> None:
    """Re-apply the planner's link decisions, then re-run the checks and scores (fast: no NLP)."""
    config = config or Config()
    with config.rules.in_force():
        _recheck(result, config, engine)


def _recheck(result: AnalysisResult, config: Config, engine: NlpEngine | None) -> None:
    apply_link_decisions(result, config.link_decisions)
    ctx = CheckContext(
        result=result,
        links=result.links,
        config=config.checks,
        language=engine.language if engine else result.language,  # the language linking ran in
        accept_threshold=result.accept_threshold,
        same_level_pairs=result.same_level_pairs,
    )
    result.findings = run_checks(ctx)
    result.scores = compute_scores(ctx.coverage)
