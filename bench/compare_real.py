"""Two drafts of real plans compared: what a reviewer changed is what the comparison reports.

    python bench/compare_real.py [--plans KAZ,UZB,...] [--edits N] [--keep DIR]

For each national climate plan (../shared/eval/plan_documents/national_climate_plans_NDC/): the
PDF is read, written to Word as draft 1, and edited as a reviewer would (a target lowered, a
deadline moved, an objective or measure reworded, a measure struck, one added: bench/_drafts.py)
into draft 2; the edit list is kept (--keep writes the drafts and edits.json). Prints, per plan,
the edits found by the comparison and every change it reported that no edit explains; and, as
a control, what comparing the PDF with its own Word copy reports (format only, no edit).
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

from _common import ROOT, eval_dir, require  # noqa: F401 - puts the project on sys.path

from analysis.compare.run import compare_files
from analysis.pipeline import Config, run
from analysis.project import DocumentSpec
from analysis.wording import Wording
from bench._drafts import make_edits, write_docx

english = Wording("en").problem  # benchmarks print problems in English

PLANS = {
    "KAZ": "KAZ_Kazakhstan_First_NDC_English.pdf",
    "UZB": "UZB_Uzbekistan_First_NDC_Translation_English.pdf",
    "ARM": "ARM_Armenia_First_NDC_English.pdf",
    "GBR": "GBR_United-Kingdom-of-Great-Britain-and-Northern-Ireland_First_NDC_English.pdf",
    "MDA": "MDA_Republic-of-Moldova_First_NDC_English.pdf",
    "RWA": "RWA_Rwanda_First_NDC_English.pdf",
}


def matched(edit, change) -> bool:
    if change.kind != edit.kind:
        return False
    if edit.kind == "added":
        return change.new_item is not None and change.new_item.text.strip() == edit.after.strip()
    if edit.kind == "removed":
        return change.old_item is not None and change.old_item.text.strip() == edit.before.strip()
    if change.old_item is None or change.new_item is None:
        return False
    if change.old_item.text != edit.before or change.new_item.text != edit.after:
        return False
    if edit.kind in ("target", "deadline"):
        return all(change.detail.get(k) == v for k, v in edit.detail.items() if k in ("change", "year"))
    return True


def consequence(change, comparison, edits) -> bool:
    """A finding resolved or brought, or an item moved, because of an edit: the finding is about an
    edited item (the struck measure, the added one, a reworded duplicate), the moved item's old
    parent was struck or its new parent is the added one."""
    before = {e.before.strip() for e in edits if e.before}
    after = {e.after.strip() for e in edits if e.after}
    finding = change.new_finding or change.old_finding
    if finding is not None:
        result, texts = (comparison.new, after) if change.new_finding else (comparison.old, before)
        items = {i.id: i for i in result.items}
        subjects = [items[i].text.strip() for i in finding.item_ids if i in items]
        return any(t in texts for t in subjects)
    if change.kind == "moved" and change.old_item is not None and change.new_item is not None:
        old_parent = next((i for i in comparison.old.items if i.id == change.old_item.parent_id), None)
        new_parent = next((i for i in comparison.new.items if i.id == change.new_item.parent_id), None)
        return (old_parent is not None and old_parent.text.strip() in before) or (
            new_parent is not None and new_parent.text.strip() in after
        )
    return False


def main(argv: list[str]) -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    parser.add_argument("--plans", default=",".join(PLANS))
    parser.add_argument("--edits", type=int, default=1, help="edits of each kind per plan")
    parser.add_argument("--keep", help="write the drafts and the edit lists into this folder")
    args = parser.parse_args(argv)
    folder = require(eval_dir() / "plan_documents" / "national_climate_plans_NDC")
    out = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="concord-drafts-"))
    out.mkdir(parents=True, exist_ok=True)
    config = Config()
    totals = {"edits": 0, "found": 0, "consequences": 0, "extra": 0, "control": 0}
    for code in args.plans.split(","):
        pdf = folder / PLANS[code]
        first = run([DocumentSpec(str(pdf))], config)
        document = first.documents[0]
        if document.error:
            print(f"{code}: not read ({english(document.error)})")
            continue
        v1, v2 = out / f"{code}_v1.docx", out / f"{code}_v2.docx"
        write_docx(document.blocks, v1, document.created)
        draft1 = run([DocumentSpec(str(v1))], config)
        blocks, edits = make_edits(draft1.documents[0], draft1.items, args.edits)
        write_docx(blocks, v2, document.created)
        (out / f"{code}_edits.json").write_text(
            json.dumps([e.to_dict() for e in edits], indent=1, ensure_ascii=False), encoding="utf-8"
        )
        started = time.perf_counter()
        comparison = compare_files(DocumentSpec(str(v1)), DocumentSpec(str(v2)), (), config)
        seconds = time.perf_counter() - started
        changes = [c for c in comparison.changes if not c.kind.startswith("finding_persisting")]
        explained = set()
        found = 0
        for edit in edits:
            hit = next((n for n, c in enumerate(changes) if n not in explained and matched(edit, c)), None)
            if hit is not None:
                explained.add(hit)
                found += 1
            else:
                print(f"  {code} MISSED {edit.kind}: {edit.before[:90]!r} -> {edit.after[:90]!r}")
        rest = [c for n, c in enumerate(changes) if n not in explained]
        consequences = [c for c in rest if consequence(c, comparison, edits)]
        extra = [c for c in rest if c not in consequences]
        control = compare_files(DocumentSpec(str(pdf)), DocumentSpec(str(v1)), (), config)
        noise = [c for c in control.changes if c.kind != "finding_persisting"]
        print(
            f"{code}: {document.page_count or '?'} pages, {len(draft1.items)} items; edits {len(edits)}, found "
            f"{found}; their consequences {len(consequences)}; other changes reported {len(extra)}; compared in "
            f"{seconds:.2f} s; PDF vs its Word copy: {len(noise)} changes"
        )
        for change in consequences:
            print(f"  {code} consequence: {change.kind}: {change.text[:160]}")
        for change in extra:
            print(f"  {code} other: {change.kind}: {change.text[:160]}")
        for change in noise[:5]:
            print(f"  {code} PDF->Word: {change.kind}: {change.text[:160]}")
        totals["edits"] += len(edits)
        totals["found"] += found
        totals["consequences"] += len(consequences)
        totals["extra"] += len(extra)
        totals["control"] += len(noise)
    print(
        f"total: edits {totals['edits']}, found {totals['found']}, their consequences {totals['consequences']}, "
        f"other changes {totals['extra']}; "
        f"PDF vs Word copy changes {totals['control']}; drafts in {out}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
