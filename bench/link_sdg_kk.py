"""Kazakh linking check, with what the data allows: ../shared/eval has the UN SDG framework in
Kazakh (sdg_framework_kk.csv) but no Kazakh national indicators, so there is no Kazakh
counterpart of bench/link_sdg_ru.py. Two honest measurements instead:

1. Within one language: each UN indicator -> its own target among the 169 targets, in Kazakh,
   Russian and English (the official translations of the same framework), with the pipeline of
   that language, and a rapidfuzz token_set_ratio ranking in the same run. An indicator the
   UN repeats under several targets counts as right at any of them. This measures the Kazakh
   lemmatizer and linker on real Kazakh text against the same task in the other languages.
2. Across languages: the Russian rows of kyrgyzstan_stat (as in link_sdg_ru.py) against the
   Kazakh indicator texts, to show how unreliable a Russian plan linked to a Kazakh one is
   (Concord warns on such runs).

Split: nothing is fitted on any of these rows (weights from the English SDG subsets, Kazakh
suffix rules and stop words written from grammar, not from this file): all held out.

Run: python bench/link_sdg_kk.py
"""

from __future__ import annotations

import re
import time
from collections import defaultdict

import numpy as np
from _common import eval_dir, require
from link_sdg import csv_lower_items, framework_rows, norm
from link_sdg_ru import official_repeats, ranked_codes, russian_rows
from rapidfuzz import fuzz, process

from analysis.link import LinkConfig, link_pairs
from analysis.model import Item, ItemKind, Location
from analysis.nlp import load_engine

CYRILLIC = re.compile(r"[а-яё]", re.I)


def targets_and_indicators(language: str) -> tuple[list[Item], list[Item], list[set[str]]]:
    """Higher: the 169 targets; lower: the unique indicator texts, each with the targets it sits under."""
    rows = framework_rows(require(eval_dir() / "sdg_framework" / f"sdg_framework_{language}.csv"))
    targets: dict[str, str] = {}
    under: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        targets[row["target_code"]] = row["target_text"]
        under[norm(row["text"])].add(row["target_code"])
    higher = [
        Item(f"d1:t{code}", "d1", ItemKind.TARGET, text, Location("framework"), code=code)
        for code, text in targets.items()
    ]
    lower = [
        Item(f"d2:i{n}", "d2", ItemKind.INDICATOR, text, Location("framework"), code=str(n))
        for n, text in enumerate(under, 1)
    ]
    return higher, lower, list(under.values())


def score(ranked: list[list[str]], wanted: list[set[str]]) -> str:
    n = max(1, len(wanted))
    top1 = sum(1 for r, w in zip(ranked, wanted, strict=True) if r and r[0] in w) / n
    top5 = sum(1 for r, w in zip(ranked, wanted, strict=True) if any(c in w for c in r[:5])) / n
    return f"{top1:.3f} / {top5:.3f}"


def fuzz_ranked(lower: list[Item], higher: list[Item]) -> list[list[str]]:
    scores = process.cdist([i.text for i in lower], [h.text for h in higher], scorer=fuzz.token_set_ratio, workers=-1)
    return [[higher[j].code for j in np.argsort(-row, kind="stable")[:5]] for row in scores]


def linker_ranked(lower: list[Item], higher: list[Item], language: str) -> tuple[list[list[str]], float, str]:
    engine = load_engine("auto", language)
    start = time.perf_counter()
    links = link_pairs(lower, higher, engine, LinkConfig())
    seconds = time.perf_counter() - start
    by_source = ranked_codes(links, higher + lower)
    return [by_source.get(i.id, []) for i in lower], seconds, engine.info.name


def main() -> None:
    print("link_sdg_kk: Kazakh linking, within the language and across (no Kazakh national indicators exist here)")
    print("split: nothing fitted on these rows (weights from the English SDG subsets): all held out\n")
    print("1. UN indicator -> its own target among the 169 (official translations of one framework)")
    print(f"{'language':<9} {'pipeline':<26} {'indicators':>10}   {'Concord top-1/top-5':<20} {'s':>5}   rapidfuzz")
    for language in ("kk", "ru", "en"):
        higher, lower, wanted = targets_and_indicators(language)
        ranked, seconds, name = linker_ranked(lower, higher, language)
        print(
            f"{language:<9} {name:<26} {len(lower):>10}   {score(ranked, wanted):<20} {seconds:>5.1f}   "
            f"{score(fuzz_ranked(lower, higher), wanted)}"
        )

    import analysis.link.encoders as link_module

    saved = link_module.ENCODER_LANGUAGES
    link_module.ENCODER_LANGUAGES = {**saved, "kk": saved["ru"]}  # information only: why Kazakh has no encoder
    try:
        higher, lower, wanted = targets_and_indicators("kk")
        ranked, seconds, _ = linker_ranked(lower, higher, "kk")
    finally:
        link_module.ENCODER_LANGUAGES = saved
    print(
        f"{'kk':<9} {'+ multilingual USE':<26} {len(lower):>10}   {score(ranked, wanted):<20} {seconds:>5.1f}   "
        "(information only: USE was not trained on Kazakh, so Concord uses no encoder for it)"
    )

    print("\n2. Across languages: Russian kyrgyzstan_stat rows -> the global indicators in Kazakh")
    rows = russian_rows(require(eval_dir() / "opensdg_links" / "all_links.csv"))
    framework = framework_rows(require(eval_dir() / "sdg_framework" / "sdg_framework_kk.csv"))
    equivalent = official_repeats(framework)
    wanted = [equivalent.get(r["global_indicator_id"], {r["global_indicator_id"]}) for r in rows]
    higher = [
        Item(f"d1:i{r['code']}", "d1", ItemKind.INDICATOR, r["text"], Location("framework"), code=r["code"])
        for r in framework
    ]
    lower = csv_lower_items(rows)
    for language in ("kk", "ru"):
        ranked, seconds, name = linker_ranked(lower, higher, language)
        print(f"Concord linker with the {language} pipeline ({name}): {score(ranked, wanted)}   {seconds:.1f} s")
    print(f"rapidfuzz token_set_ratio (same run):                      {score(fuzz_ranked(lower, higher), wanted)}")
    print(
        f"\n{len(rows)} rows. Reference: the same rows against the Russian framework, python bench/link_sdg_ru.py. "
        "A Russian plan against a Kazakh one is linked with a warning that the links are unreliable."
    )


if __name__ == "__main__":
    main()
