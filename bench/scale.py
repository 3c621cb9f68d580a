"""Scale: what Concord adds to spaCy, what the parse cache saves, how linking grows, peak memory.

One run prints four figures (issue 6, "fast and scalable"):

1. check / raw spaCy: the whole `check` (read, extract, link, checks, the JSON result) on the
   sample project and on ../shared/seed/oecd-2020-regional-policies-kazakhstan.txt, against a
   plain `nlp.pipe` over the same text (the text of every block the reader gives, tables
   included) with the pipeline Concord loads (en_core_web_sm without NER: tok2vec, tagger,
   parser, attribute_ruler, lemmatizer). The pipeline is loaded before either is timed; median
   of three runs each; the parse cache is off. The raw figure with NER (spaCy's full package)
   is printed beside it. Bar: <= 1.3.
2. cached re-run: the same check with a fresh parse cache, then again (unchanged files), as a
   new process would (CLI) and in the same process (the desktop app keeps the item texts it
   lemmatized). The re-run takes the parses and the run's links from the cache. The
   sentence-encoder cache is left as it is (warm), so the first run is not inflated by
   encoding. Bar: <= 10% of the first run.
3. linking 1k / 5k / 20k lower x 1k higher indicators (real indicator texts from
   ../shared/eval/opensdg_links with a word swapped in, so no two are the same), default
   LinkConfig. The analysis of the new texts (tokens and context-free lemmas, once per text;
   in a run it happens when the items are extracted and is kept in the parse cache) is timed
   apart from the link step itself, and both together are printed. Bar: the link step for
   20k < 5 s.
4. peak RSS of a whole check on a corpus of 20 documents / ~1,000 pages: the 6 sample
   documents and 14 PDFs of ~70 pages, each joined from the real plan PDFs in
   ../shared/eval/plan_documents (pypdfium2, which pdfplumber installs), measured in a child
   process (resource.getrusage; the PDF reader's own children are capped apart). Bar: < 1.5 GB.

Run: python bench/scale.py [--sizes 1000,5000,20000] [--no-rss] [--pipeline auto|trained|blank]
"""

from __future__ import annotations

import csv
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import ROOT, argument_parser, eval_dir, pipeline_label, plan_pdfs, require
from link_speed import texts as varied  # real texts, a filler word in each: no two alike

SEED = ROOT.parent / "shared" / "seed" / "oecd-2020-regional-policies-kazakhstan.txt"
SAMPLE = ROOT / "resources" / "samples" / "sample.concord"
CORPUS_PDFS, PAGES_PER_PDF = 14, 70


def median_seconds(fn, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def block_texts(specs) -> list[str]:
    from analysis.model import Document
    from analysis.readers import read_document

    texts = []
    for spec in specs:
        document = Document(id="d0", path=str(spec.path))
        read_document(str(spec.path), document)
        texts.extend(b.text for b in document.blocks if b.text.strip())
    return texts


def check(specs, engine, cache_dir: str | None = None, fresh: bool = True) -> None:
    """What `main.py check --json OUT` does after start-up: run, then the JSON text. `fresh`:
    as in a new process, no text lemmatized by an earlier run in this one is remembered."""
    from analysis.link.terms import forget_analyzers
    from analysis.pipeline import Config, run

    if fresh:
        forget_analyzers()
    config = Config(use_cache=cache_dir is not None, cache_dir=cache_dir)
    json.dumps(run(specs, config, engine=engine).to_dict(), ensure_ascii=False, indent=1)


def part_check_vs_raw(cases, engine) -> None:
    import spacy

    print("1. full check vs raw spaCy nlp.pipe on the same text (pipeline loaded beforehand; median of 3)")
    full = None
    if engine.info.trained:
        started = time.perf_counter()
        full = spacy.load(engine.info.name)
        print(f"   (spaCy's full package with NER loaded in {time.perf_counter() - started:.1f} s, for reference)")
    for label, specs in cases:
        texts = block_texts(specs)
        words = sum(len(t.split()) for t in texts)
        raw = median_seconds(lambda texts=texts: list(engine.nlp.pipe(texts)))
        with_ner = median_seconds(lambda texts=texts: list(full.pipe(texts)), 1) if full is not None else None
        checked = median_seconds(lambda specs=specs: check(specs, engine))
        ner = f", with NER {with_ner:.2f} s" if with_ner is not None else ""
        verdict = "PASS" if checked / raw <= 1.3 else "FAIL"
        print(
            f"   {label}: {len(texts)} blocks, {words:,} words; raw nlp.pipe {raw:.2f} s{ner}; "
            f"check {checked:.2f} s; check/raw {checked / raw:.2f} [bar 1.3: {verdict}]"
        )


def part_cache(cases, engine) -> None:
    print("\n2. cached re-run (parse cache in a fresh folder; unchanged files the second time)")
    for label, specs in cases:
        with tempfile.TemporaryDirectory() as folder:
            started = time.perf_counter()
            check(specs, engine, folder)
            first = time.perf_counter() - started
            again = median_seconds(lambda specs=specs, folder=folder: check(specs, engine, folder))
            in_app = median_seconds(lambda specs=specs, folder=folder: check(specs, engine, folder, fresh=False))
        verdict = "PASS" if again / first <= 0.10 else "FAIL"
        print(
            f"   {label}: first run {first:.2f} s; re-run as a new process (CLI) {again:.2f} s = "
            f"{100 * again / first:.0f}% [bar 10%: {verdict}]; re-run in the same process (desktop app) "
            f"{in_app:.2f} s = {100 * in_app / first:.0f}%"
        )


def part_linking(sizes: list[int], engine) -> None:
    from analysis.embed import load_embedder
    from analysis.link import LinkConfig, link_pairs
    from analysis.link.terms import Analyzer
    from analysis.model import Item, ItemKind, Location
    from bench._linking import method_name

    rows = list(csv.DictReader(open(require(eval_dir() / "opensdg_links" / "all_links.csv"), encoding="utf-8")))
    pool = [r["national_indicator_text"] for r in rows if r["national_indicator_text"].strip()]

    def items(doc: str, values: list[str]) -> list[Item]:
        return [
            Item(id=f"{doc}:i{n}", document_id=doc, kind=ItemKind.INDICATOR, text=t, location=Location(file=doc))
            for n, t in enumerate(values)
        ]

    started = time.perf_counter()
    load_embedder()
    loaded = time.perf_counter() - started
    analyzer = Analyzer(engine)
    higher = items("d1", varied(1000, pool, 1))
    started = time.perf_counter()
    analyzer.analyze([h.text for h in higher])
    higher_lemmas = time.perf_counter() - started
    print(
        f"\n3. linking: lower indicators x {len(higher)} higher ({len(pool)} real indicator texts, varied); "
        f"default LinkConfig; word-piece table loaded once in {loaded:.1f} s; analysis of the higher texts "
        f"{higher_lemmas:.1f} s"
    )
    previous = None
    for size in sizes:
        lower = items("d2", varied(size, pool, size))
        started = time.perf_counter()
        analyzer.analyze([i.text for i in lower])
        lemmas = time.perf_counter() - started
        started = time.perf_counter()
        links = link_pairs(lower, higher, engine, LinkConfig(), analyzer=analyzer)
        seconds = time.perf_counter() - started
        growth = f"; x{seconds / previous[1]:.1f} time for x{size / previous[0]:.0f} items" if previous else ""
        bar = f" [bar 5 s: {'PASS' if seconds < 5 else 'FAIL'}]" if size >= 20000 else ""
        print(
            f"   {size:6d} lower: link step {seconds:5.2f} s ({1000 * seconds / size:.2f} ms/item){bar}{growth}; "
            f"analysis of the {size} new texts {lemmas:5.1f} s; together {seconds + lemmas:5.1f} s; "
            f"{len(links)} links; {method_name(LinkConfig(), size + len(higher))}"
        )
        previous = (size, seconds)


def build_corpus(folder: Path) -> tuple[list[dict], int]:
    """The sample's 6 documents with their levels, and 14 PDFs of ~70 pages joined from the real ones."""
    import pypdfium2 as pdfium

    from analysis.project import load_project

    specs = [
        {"path": str(s.path), "level": s.level, "region": s.region, "period": list(s.period) if s.period else None}
        for s in load_project(str(SAMPLE)).documents
    ]
    _, pdfs = plan_pdfs()
    sources = []
    for path in pdfs:
        pdf = pdfium.PdfDocument(str(path))
        if len(pdf) and pdf[0].get_textpage().get_text_range().strip():  # the scanned Belarus NDC has no text
            sources.append((path, pdf))
    pages, k = 0, 0
    for n in range(CORPUS_PDFS):
        joined = pdfium.PdfDocument.new()
        while len(joined) < PAGES_PER_PDF:
            _, source = sources[k % len(sources)]
            joined.import_pages(source, pages=list(range(min(len(source), PAGES_PER_PDF - len(joined)))))
            k += 1
        target = folder / f"plans_{n + 1:02d}.pdf"
        joined.save(str(target))
        pages += len(joined)
        specs.append({"path": str(target), "level": 2 + n % 2, "region": None, "period": None})
    return specs, pages


def part_rss(pipeline: str) -> None:
    print("\n4. peak memory of a whole check on 20 documents / ~1,000 pages (child process, parse cache off)")
    with tempfile.TemporaryDirectory() as folder:
        specs, pages = build_corpus(Path(folder))
        listing = Path(folder) / "corpus.json"
        listing.write_text(json.dumps(specs), encoding="utf-8")
        done = subprocess.run(
            [sys.executable, __file__, "--rss-child", str(listing), "--pipeline", pipeline],
            capture_output=True,
            text=True,
            check=False,
        )
    if done.returncode != 0:
        print(f"   child failed ({done.returncode}): {done.stderr.strip().splitlines()[-1:]}")
        return
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    peak = figures["rss_mb"]
    print(
        f"   {len(specs)} documents (6 sample + {CORPUS_PDFS} PDFs of {pages} pages from the real ones), "
        f"{figures['words']:,} words, {figures['items']:,} items, {figures['links']:,} links, "
        f"{figures['failed']} failed, in {figures['seconds']:.0f} s"
    )
    print(
        f"   peak RSS of the check process: {peak:.0f} MB [bar 1,500 MB: {'PASS' if peak < 1500 else 'FAIL'}] "
        "(PDFs are parsed in forkserver children, each capped by RLIMIT_AS from resources/limits.json)"
    )


def rss_child(listing: str, pipeline: str) -> None:
    from analysis.pipeline import Config, run
    from analysis.project import DocumentSpec

    specs = [
        DocumentSpec(s["path"], s["level"], None, s["region"], tuple(s["period"]) if s["period"] else None)
        for s in json.loads(Path(listing).read_text(encoding="utf-8"))
    ]
    started = time.perf_counter()
    result = run(specs, Config(pipeline=pipeline, use_cache=False))
    json.dumps(result.to_dict())
    seconds = time.perf_counter() - started
    print(
        json.dumps(
            {
                "seconds": seconds,
                "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                "words": sum(d.word_count or 0 for d in result.documents),
                "items": len(result.items),
                "links": len(result.links),
                "failed": sum(d.status.value == "failed" for d in result.documents),
            }
        )
    )


def main() -> None:
    parser = argument_parser(__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,5000,20000")
    parser.add_argument("--no-rss", action="store_true")
    parser.add_argument("--rss-child", metavar="LISTING", help=argparse_hidden())
    args = parser.parse_args()
    if args.rss_child:
        rss_child(args.rss_child, args.pipeline)
        return
    from analysis.nlp import load_engine
    from analysis.project import DocumentSpec, load_project

    require(SEED)
    started = time.perf_counter()
    engine = load_engine(args.pipeline)
    print(
        f"scale: pipeline {pipeline_label(engine.info)} (loaded in {time.perf_counter() - started:.1f} s); "
        f"data: {SAMPLE.relative_to(ROOT)}, {SEED.name}, opensdg_links, plan_documents\n"
    )
    cases = [
        ("sample project (6 files)", load_project(str(SAMPLE)).documents),
        ("seed text", [DocumentSpec(path=str(SEED))]),
    ]
    check(cases[0][1], engine)  # warm-up: first calls load lexicons, the encoder and its cache
    part_check_vs_raw(cases, engine)
    part_cache(cases, engine)
    if args.sizes:
        part_linking([int(s) for s in args.sizes.split(",")], engine)
    if not args.no_rss:
        part_rss(args.pipeline)


def argparse_hidden() -> str:
    import argparse

    return argparse.SUPPRESS


if __name__ == "__main__":
    main()
