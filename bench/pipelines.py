"""The two NLP pipelines side by side: trained en_core_web_sm vs spacy.blank("en") + rules.

Prints, for each: load time; extraction quality on the sample project against its answer
key (objectives, indicators, attributes) and the planted-problem score; time and items on the
real PDFs of ../shared/eval/plan_documents; and the target statements one pipeline takes and
the other does not (the trained tagger recognises past-tense history, "in 2021 the region
produced ...", which the rules-only pipeline cannot).
Run: python bench/pipelines.py
"""

from __future__ import annotations

import json
import time
from collections import Counter

from _common import ROOT, eval_dir, print_table

from analysis.evaluation import score_findings, score_indicators, score_objectives
from analysis.model import ItemKind
from analysis.nlp import load_engine
from analysis.pipeline import Config, run
from analysis.project import DocumentSpec, load_project


def main() -> None:
    key = json.loads((ROOT / "resources" / "samples" / "answer_key.json").read_text(encoding="utf-8"))
    sample = load_project(ROOT / "resources" / "samples" / "sample.concord").documents
    pdfs = sorted((eval_dir() / "plan_documents").rglob("*.pdf"))
    rows, targets = [], {}
    for name in ("trained", "blank"):
        t0 = time.perf_counter()
        engine = load_engine(name)
        load = time.perf_counter() - t0
        config = Config(pipeline=name, use_cache=False)
        t0 = time.perf_counter()
        result = run(sample, config, engine=engine)
        sample_s = time.perf_counter() - t0
        objectives = score_objectives(result, key)
        indicators, attributes = score_indicators(result, key)
        findings = score_findings(result, key)
        real_s, real_items, texts = 0.0, Counter(), set()
        for pdf in pdfs:
            t0 = time.perf_counter()
            real = run([DocumentSpec(str(pdf))], config, engine=engine)
            real_s += time.perf_counter() - t0
            real_items.update(i.kind.value for i in real.items)
            texts |= {(pdf.name, i.text) for i in real.items if i.kind == ItemKind.TARGET}
        targets[name] = texts
        rows.append(
            [
                f"{engine.info.name} {engine.info.version}",
                f"{load:.1f}",
                f"{sample_s:.1f}",
                f"{objectives.precision:.2f}/{objectives.recall:.2f}",
                f"{indicators.precision:.2f}/{indicators.recall:.2f}",
                f"{attributes.accuracy:.2f}",
                f"{findings.found}/{findings.planted}",
                f"{findings.outside_share:.2f}",
                f"{real_s:.1f}" if pdfs else "-",
                real_items.get("target", 0),
                sum(real_items.values()),
            ]
        )
    print("pipelines: sample project (answer key) and", len(pdfs), "real PDFs\n")
    print_table(
        [
            "pipeline",
            "load s",
            "sample s",
            "obj P/R",
            "ind P/R",
            "attr",
            "planted",
            "outside",
            "PDFs s",
            "PDF targets",
            "PDF items",
        ],
        rows,
    )
    only_blank = sorted(targets["blank"] - targets["trained"])
    only_trained = sorted(targets["trained"] - targets["blank"])
    print(
        f"\ntarget statements only the rules-only pipeline takes: {len(only_blank)}; "
        f"only the trained: {len(only_trained)}"
    )
    for name, text in only_blank[:12]:
        print(f"  blank only | {name[:30]} | {text[:150]}")
    for name, text in only_trained[:6]:
        print(f"  trained only | {name[:30]} | {text[:150]}")


if __name__ == "__main__":
    main()
