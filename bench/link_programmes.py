"""Linking whole programmes: a lower programme (a goal or objective with items under it) ranked
against the higher plan by all of its evidence together, against by its single best item pair.

Two benchmarks on real, publisher-labelled links, both through `analysis.link.link_pairs` (the
product's linker: item links for every child, then the programme ranking of the head):

A. SDG programmes (../shared/eval/opensdg_links, rows whose text differs from the global
   wording; the five English subsets of bench/link_sdg.py). A national programme is the set of
   national indicators its publisher mapped under one global SDG target (two or more); the
   higher plan is the UN framework (goals, targets, indicators). Which target, and which goal,
   does the programme serve?
B. Cambodia's climate plans (../shared/eval/plan_documents/cambodia_national_and_sectoral/,
   Cambodia Climate Change Strategic Plan 2014-2023, Annex 1 pp53-60): each line ministry's
   sectoral climate objectives listed under one of the CCCSP's eight strategic objectives, as
   published by the government. A ministry's objectives under one strategic objective are a
   programme; the higher plan is the CCCSP's strategic objectives with their strategies as
   annotated in ../shared/eval/extraction_gold/items.csv. Which strategic objective does the
   ministry's programme serve? (The annex is read from the PDF's text lines here; the ministry
   of an objective is the nearest ministry label, so a group may be off by an objective at a page
   break; the strategic objective of each objective is certain.)

Methods, per programme:
- best item pair: the higher item of the programme's single best item link (the issue's
  baseline: one strong indicator match decides), rolled up to the level scored;
- all evidence: the product's programme ranking (analysis/link/programmes.py `programme_ranking`): the
  head's own score plus `programme_bonus` times the share of its children whose links land in
  the higher item's chain. The heads here have no words of their own (the data has none), so
  the ranking rests on the children; the bonus, which weighs a head's own words against its
  children, cannot be chosen on these data and is not tuned (LinkConfig default); the child
  threshold is the accept threshold (0.45). Nothing is fitted on these rows.

Run: python bench/link_programmes.py [--part A|B|both]
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

from _common import eval_dir, print_table, require

from analysis.hierarchy import Hierarchy
from analysis.link import LinkConfig, link_pairs, programme_ranking, strategic_up
from analysis.model import Document, DocumentStatus, Item, ItemKind, Location
from analysis.nlp import load_engine

ENGLISH = ["uk_ons", "city_bristol", "city_los_angeles", "usa_gsa", "kyrgyzstan_stat"]
CCCSP = "Cambodia_Climate Change Strategic Plan 2014_2023.pdf"
MINISTRIES = ("MoWRAM", "MoEYS", "MoWA", "MAFF", "MIME", "MPWT", "NCDM", "MoE", "MoH", "MRD")
BULLET = "\uf0b7"


def is_english(text: str) -> bool:
    letters = [c for c in text.lower() if c.isalpha()]
    return bool(letters) and sum("a" <= c <= "z" for c in letters) / len(letters) > 0.9


# ---- the higher plans ------------------------------------------------------------------------


def sdg_framework(folder: Path) -> list[Item]:
    rows = list(csv.DictReader(open(folder / "sdg_framework_en.csv", encoding="utf-8")))
    items = []
    for r in rows:
        kind = {"goal": ItemKind.GOAL, "target": ItemKind.TARGET, "indicator": ItemKind.INDICATOR}[r["level"]]
        parent = f"d1:{r['parent_id']}" if r["parent_id"] else None
        items.append(
            Item(f"d1:{r['id']}", "d1", kind, r["text"], Location("framework"), code=r["id"], parent_id=parent)
        )
    return items


def cccsp_items(gold: Path) -> list[Item]:
    """The CCCSP's goals, strategic objectives and strategies, as annotated (restatements left out)."""
    rows = [r for r in csv.DictReader(open(gold, encoding="utf-8")) if r["file"] == CCCSP and not r["same_as"]]
    by_text = {r["text"].rstrip(";:. "): r["item_id"] for r in rows}
    items = []
    for r in rows:
        kind = ItemKind.GOAL if r["kind"] == "goal" else ItemKind.OBJECTIVE
        parent = by_text.get(r["parent_text"].rstrip(";:. ")) if r["parent_text"] else None
        code = r["code"].replace("Strategic Objective ", "") if r["code"] else None
        items.append(
            Item(
                f"d1:{r['item_id']}",
                "d1",
                kind,
                r["text"],
                Location(CCCSP, page=int(r["page"] or 0)),
                code=code,
                parent_id=f"d1:{parent}" if parent else None,
            )
        )
    return items


# ---- the lower programmes --------------------------------------------------------------------


def sdg_programmes(rows: list[dict]) -> tuple[list[Item], dict[str, str]]:
    """Heads (one per global target with two or more national indicators) and their indicators;
    head id -> the global target its publisher mapped them to."""
    groups: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        groups[r["global_target_id"]].append(r)
    items, gold = [], {}
    for n, (target, members) in enumerate(sorted(groups.items()), 1):
        if len(members) < 2:
            continue
        head = Item(f"d2:p{n}", "d2", ItemKind.OBJECTIVE, f"Programme {n}", Location("subset"), code=str(n))
        items.append(head)
        gold[head.id] = target
        for m, r in enumerate(members, 1):
            items.append(
                Item(
                    f"d2:p{n}.{m}",
                    "d2",
                    ItemKind.INDICATOR,
                    r["national_indicator_text"],
                    Location("subset"),
                    code=f"{n}.{m}",
                    parent_id=head.id,
                )
            )
    return items, gold


def annex_objectives(pdf: Path) -> list[tuple[str, str, str]]:
    """(strategic objective number, ministry, objective text) from Annex 1 of the CCCSP."""
    import pdfplumber

    out: list[tuple[str, str, str]] = []
    with pdfplumber.open(pdf) as document:
        so = None
        for page in document.pages[52:60]:
            labels: list[tuple[float, str]] = []
            objectives: list[list] = []  # [top, text, so]
            for line in page.extract_text_lines():
                text, top = line["text"].strip(), line["top"]
                if "Strategic Plan 2014" in text or text.startswith(("Annex 2", "ANNEX")):
                    continue
                m = re.match(rf"^({'|'.join(MINISTRIES)})\b\s*", text)
                if m and line["x0"] < 100:
                    labels.append((top, m.group(1)))
                    text = text[m.end() :].strip()
                    if not text:
                        continue
                heading = re.match(r"^([1-8])\.\s+[A-Z]", text)
                if heading and line["x0"] < 100:
                    so = heading.group(1)
                    continue
                if text.startswith(BULLET):
                    objectives.append([top, text[1:].strip(), so])
                elif objectives and line["x0"] > 140:
                    objectives[-1][1] += " " + text
            for top, text, number in objectives:
                if number is None or not labels:
                    continue
                ministry = min(labels, key=lambda lab: abs(lab[0] - top))[1]
                out.append((number, ministry, " ".join(text.split())))
    return out


def annex_programmes(rows: list[tuple[str, str, str]]) -> tuple[list[Item], dict[str, str]]:
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for so, ministry, text in rows:
        groups[(so, ministry)].append(text)
    items, gold = [], {}
    for n, ((so, ministry), texts) in enumerate(sorted(groups.items()), 1):
        head = Item(
            f"d2:p{n}",
            "d2",
            ItemKind.GOAL,
            f"Sectoral climate change plan of the {ministry}",
            Location("annex"),
            code=str(n),
        )
        items.append(head)
        gold[head.id] = so
        for m, text in enumerate(texts, 1):
            items.append(
                Item(
                    f"d2:p{n}.{m}",
                    "d2",
                    ItemKind.OBJECTIVE,
                    text,
                    Location("annex"),
                    code=f"{n}.{m}",
                    parent_id=head.id,
                )
            )
    return items, gold


# ---- scoring ---------------------------------------------------------------------------------


def levels_of(item: Item, all_items: dict[str, Item], kinds: tuple[ItemKind, ...]) -> str | None:
    """The code of the first item of `kinds` at or above `item`."""
    node = item
    while node is not None:
        if node.kind in kinds:
            return node.code
        node = all_items.get(node.parent_id) if node.parent_id else None
    return None


def evaluate(
    lower: list[Item],
    higher: list[Item],
    gold: dict[str, str],
    engine,
    config: LinkConfig,
    level: tuple[ItemKind, ...],
    code_of=None,
) -> dict[str, tuple[float, float]]:
    """top-1 / top-5 of the two methods, the higher items rolled up to `level`."""
    higher_doc = Document("d1", "higher", title="higher", level=1, status=DocumentStatus.SUCCESS)
    all_items = {i.id: i for i in [*lower, *higher]}
    plain = LinkConfig(**{**config.__dict__, "programme_bonus": 0.0})
    child_links = link_pairs(lower, higher, engine, plain, [higher_doc], None, all_items)
    by_source: dict[str, list] = defaultdict(list)
    for link in child_links:
        by_source[link.source_id].append(link)
    up = strategic_up(higher, Hierarchy(all_items))
    code_of = code_of or (lambda item: levels_of(item, all_items, level))
    children: dict[str, list[Item]] = defaultdict(list)
    for item in lower:
        if item.parent_id:
            children[item.parent_id].append(item)
    hits = {"best item pair": [0, 0], "all evidence": [0, 0]}
    for head_id, want in gold.items():
        pairs = sorted(
            ((lk.score, lk.target_id) for c in children[head_id] for lk in by_source.get(c.id, [])), reverse=True
        )
        best = list(dict.fromkeys(c for c in (code_of(all_items[t]) for _, t in pairs) if c))
        ranking = programme_ranking(
            {},
            [(c.kind, [(lk.target_id, lk.score) for lk in by_source.get(c.id, [])]) for c in children[head_id]],
            up,
            config.programme_bonus,
            config.programme_min_score if config.programme_min_score is not None else config.accept_threshold,
        )
        evidence = list(dict.fromkeys(c for c in (code_of(all_items[q]) for q, _, _ in ranking) if c))
        for name, ranked in (("best item pair", best), ("all evidence", evidence)):
            hits[name][0] += bool(ranked[:1]) and ranked[0] == want
            hits[name][1] += want in ranked[:5]
    n = max(1, len(gold))
    return {k: (v[0] / n, v[1] / n) for k, v in hits.items()}


def fmt(pair: tuple[float, float]) -> str:
    return f"{pair[0]:.2f} / {pair[1]:.2f}"


def part_a(engine, config: LinkConfig) -> None:
    root = require(eval_dir() / "opensdg_links")
    framework = sdg_framework(require(eval_dir() / "sdg_framework"))
    rows = [
        r
        for r in csv.DictReader(open(root / "all_links.csv", encoding="utf-8"))
        if r["text_differs_from_global"] == "True"
        and r["subset"] in ENGLISH
        and is_english(r["national_indicator_text"])
    ]
    table = []
    pooled: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    for subset in ENGLISH:
        lower, gold = sdg_programmes([r for r in rows if r["subset"] == subset])
        if not gold:
            continue
        kids = len(lower) - len(gold)
        for level, kinds in (("target", (ItemKind.TARGET,)), ("goal", (ItemKind.GOAL,))):
            want = gold if level == "target" else {h: t.split(".")[0] for h, t in gold.items()}
            scores = evaluate(lower, framework, want, engine, config, kinds)
            table.append([subset, level, len(gold), kids, fmt(scores["best item pair"]), fmt(scores["all evidence"])])
            for name, (t1, t5) in scores.items():
                pooled[level][name] += [t1 * len(gold), t5 * len(gold), len(gold)]
    print_table(
        ["subset", "level", "programmes", "indicators", "best item pair top-1/5", "all evidence top-1/5"], table
    )
    for level, methods in pooled.items():
        line = []
        for name, values in methods.items():
            t1, t5, n = sum(values[0::3]), sum(values[1::3]), sum(values[2::3])
            line.append(f"{name} {t1 / n:.3f} / {t5 / n:.3f}")
        print(f"pooled ({level}): " + "; ".join(line))


def part_b(engine, config: LinkConfig) -> None:
    pdf = require(eval_dir() / "plan_documents" / "cambodia_national_and_sectoral" / CCCSP)
    higher = cccsp_items(require(eval_dir() / "extraction_gold" / "items.csv"))
    rows = annex_objectives(pdf)
    lower, gold = annex_programmes(rows)
    sizes = [sum(1 for i in lower if i.parent_id == h) for h in gold]
    print(
        f"CCCSP Annex 1: {len(rows)} sectoral objectives of {len({m for _, m, _ in rows})} ministries under "
        f"{len({s for s, _, _ in rows})} strategic objectives -> {len(gold)} programmes "
        f"({sum(s > 1 for s in sizes)} with two or more objectives); higher: {len(higher)} CCCSP items"
    )
    all_items = {i.id: i for i in higher}
    so_items = {i.id: i.code for i in higher if i.kind == ItemKind.OBJECTIVE and i.code and i.code.isdigit()}

    def so_of(item: Item) -> str | None:
        node = item
        while node is not None:
            if node.id in so_items:
                return so_items[node.id]
            node = all_items.get(node.parent_id) if node.parent_id else None
        return None

    scores = evaluate(lower, higher, gold, engine, config, (ItemKind.OBJECTIVE,), so_of)
    multi = {h: s for h, s in gold.items() if sum(1 for i in lower if i.parent_id == h) > 1}
    scores_multi = evaluate(lower, higher, multi, engine, config, (ItemKind.OBJECTIVE,), so_of)
    print_table(
        ["programmes", "n", "best item pair top-1/5", "all evidence top-1/5"],
        [
            ["all", len(gold), fmt(scores["best item pair"]), fmt(scores["all evidence"])],
            [
                "two or more objectives",
                len(multi),
                fmt(scores_multi["best item pair"]),
                fmt(scores_multi["all evidence"]),
            ],
        ],
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=["A", "B", "both"], default="both")
    args = parser.parse_args(argv)
    require(eval_dir())
    engine = load_engine("auto")
    config = LinkConfig()
    print(
        f"programme linking; bonus {config.programme_bonus}, child links counted at >= "
        f"{config.programme_min_score or config.accept_threshold} (not tuned)\n"
    )
    started = time.perf_counter()
    if args.part in ("A", "both"):
        print("A. SDG programmes (national indicators grouped by the global target their publisher mapped them to)")
        part_a(engine, config)
        print()
    if args.part in ("B", "both"):
        print("B. Cambodia: line ministries' sectoral climate objectives -> CCCSP strategic objectives (Annex 1)")
        part_b(engine, config)
    print(f"\n{time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
