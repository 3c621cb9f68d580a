"""What each real document is, as Concord reads it: plan, strategy, ndc (climate pledge), decree,
analysis (analytical input), against the kind its folder and source say it is.

Data: every readable file of ../shared/eval/plan_documents/ (15 national climate plans, 6 EU
smart-specialisation documents, Cambodia's national plan and ten sectoral plans) and the OECD
review in ../shared/seed/. Expected kinds (written here from the folders' SOURCE.txt and each
file's cover page, not from Concord's output):
- national_climate_plans_NDC/*: ndc, except Armenia's file, which is the government's decision
  approving its NDC ("Decision of the Government ... on approval of the Nationally Determined
  Contribution", the pledge attached): decree, by the same rule as Lithuania's below;
- Cambodia: the National Strategic Development Plan is a plan, the ten others are sectoral
  strategies or policies (strategy);
- smart specialisation: Lithuania's file is a government resolution approving the programme
  (decree), Estonia's a qualitative analysis by the development fund (analysis), the others
  regional or national strategies (strategy);
- the OECD review of Kazakhstan's regional policies: analysis.
Only the readers run (no extraction): the kind is read from the text. The cue lists
(resources/lexicons/en/document_kinds.json) were written with these documents in view, so the
figure is in-sample: a check that the mechanism works, not a held-out accuracy.

Run: python bench/doc_kinds.py
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

from _common import ROOT, eval_dir, print_table, require

from analysis.doc_kind import classify
from analysis.extract.metadata import detect_language, language_sample
from analysis.model import Document, DocumentStatus
from analysis.readers import read_document
from analysis.wording import Wording

english = Wording("en").problem  # benchmarks print problems in English


def expected_kind(path: Path) -> str:
    name = path.name.lower()
    folder = path.parent.name
    if folder == "national_climate_plans_NDC":
        return "decree" if name.startswith("arm_") else "ndc"
    if folder == "cambodia_national_and_sectoral":
        return "plan" if name.startswith("national strategic development plan") else "strategy"
    if folder == "smart_specialisation_RIS3_EU":
        if name.startswith("lt_"):
            return "decree"
        if "analysis" in name:
            return "analysis"
        return "strategy"
    return "analysis"  # the seed: OECD review


def files() -> list[Path]:
    folder = require(eval_dir() / "plan_documents")
    out = sorted(p for p in folder.rglob("*") if p.suffix.lower() in (".pdf", ".txt") and p.name != "SOURCE.txt")
    seed = eval_dir().parent / "seed" / "oecd-2020-regional-policies-kazakhstan.txt"
    if seed.exists():
        out.append(seed)
    return out


def main() -> int:
    sys.path.insert(0, str(ROOT))
    rows, right, confusion = [], 0, Counter()
    started = time.perf_counter()
    total = 0
    for path in files():
        document = Document(id="d1", path=str(path))
        read_document(str(path), document)
        if document.status == DocumentStatus.FAILED:
            rows.append([path.name[:50], expected_kind(path), "(not read)", "", english(document.error)[:60]])
            continue
        document.language = detect_language(language_sample(document.blocks))
        guess = classify(document)
        want = expected_kind(path)
        total += 1
        right += guess.kind == want
        confusion[(want, guess.kind)] += 1
        top = ", ".join(f"{k} {v:g}" for k, v in sorted(guess.scores.items(), key=lambda kv: -kv[1])[:3])
        rows.append(
            [
                path.name[:50],
                want,
                guess.kind + ("" if guess.kind == want else "  <-- MISS"),
                top,
                "; ".join(guess.cues[:3]),
            ]
        )
    print_table(["file", "expected", "Concord", "top scores", "cues"], rows)
    print(
        f"\n{right}/{total} documents taken for their kind ({right / max(1, total):.2f}); "
        f"{time.perf_counter() - started:.0f} s"
    )
    kinds = sorted({k for pair in confusion for k in pair})
    print_table(["expected \\ Concord", *kinds], [[w, *(confusion[(w, g)] for g in kinds)] for w in kinds])
    return 0


if __name__ == "__main__":
    sys.exit(main())
