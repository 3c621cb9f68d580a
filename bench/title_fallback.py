"""A picture cover, simulated: the title Concord gives a plan whose cover has no text.

When no line of the opening pages names the plan (the cover is an image, or a decorated one
leaves only fragments of its letters), the title is the name the document's own text uses for
the plan (analysis/readers/plan_name.py named_title), then the file's Title property, then the
file name. This benchmark reads every plan of <eval>/plan_documents except the held-out ones,
drops its cover (the blocks of page 1; for a text file the heading that opens it), and prints per
document: the reference title, what the fallback names, and the verdict:
- right: the fallback's name matches the reference (extract_gold's text rule: rapidfuzz ratio
  >= 85, or partial_ratio when the shorter text is at least half the longer);
- wrong: it names something else (a wrong name is worse than none);
- none: it keeps silent (the title is then the file's properties or its name).
References: the gold title (extraction_gold/documents.csv) where there is one, else the title as
read by eye on the document's cover (REFERENCE below; a list holds names the plan goes by).

Run: python bench/title_fallback.py [--only NAME]
"""

from __future__ import annotations

from pathlib import Path

from _common import argument_parser, eval_dir, require
from extract_gold import HELD_OUT, load_csv, norm, read_cached, similar

from analysis.model import BlockKind, DocumentStatus
from analysis.readers.plan_name import named_title

MATCH = 85
# Titles read on the covers of the plans without a gold row (held-out documents are not listed).
REFERENCE: dict[str, list[str]] = {
    "Cambodia_national-disability-strategic-plan-2014-2018.txt": ["National Disability Strategic Plan 2014-2018"],
    "Cambodian Gender Strategic Plan - Neary Rattanak 4_Eng.pdf": [
        "Five Year Strategic Plan for Gender Equality and Women’s Empowerment 2014-2018", "Neary Rattanak 4",
    ],
    "Labour Migration Policy for Cambodia 2015-2018.pdf": ["Policy on Labour Migration for Cambodia 2015-2018"],
    "National_Policy_on_Green_Growth_2013_EN.pdf": ["National Policy on Green Growth"],
    "National_Social_Protection_Strategy_for_the_Poor_and_Vulnerable_Eng.pdf": [
        "National Social Protection Strategy for the Poor and Vulnerable 2011-2015",
    ],
    "financial-sector-development-strategy-2011-2020.pdf": ["Financial Sector Development Strategy 2011-2020"],
    "kh-nbsap-v2-en.txt": ["National Biodiversity Strategy and Action Plan"],
    "ARM_Armenia_First_NDC_English.pdf": ["Nationally Determined Contribution 2021-2030 of the Republic of Armenia"],
    "BTN_Bhutan_Second_NDC_English.pdf": ["2nd Nationally Determined Contribution from Bhutan"],
    "CAN_Canada_First_NDC_English.pdf": ["Canada’s 2021 Nationally Determined Contribution Under the Paris Agreement"],
    "GBR_United-Kingdom-of-Great-Britain-and-Northern-Ireland_First_NDC_English.pdf": [
        "United Kingdom of Great Britain and Northern Ireland’s Nationally Determined Contribution",
        "Nationally Determined Contribution",
    ],
    "KGZ_Kyrgyzstan_First_NDC_Translation_English.pdf": ["Intended Nationally Determined Contribution"],
    "LBR_Liberia_First_NDC_English.pdf": ["Intended Nationally Determined Contributions (INDC)"],
    "MDA_Republic-of-Moldova_First_NDC_English.pdf": [
        "Updated Nationally Determined Contribution of the Republic of Moldova",
    ],
    "NAM_Namibia_First_NDC_English.pdf": [
        "Intended Nationally Determined Contributions (INDC) of the Republic of Namibia",
    ],
    "RUS_Russian-Federation_First_NDC_Translation_English.pdf": [
        "Nationally Determined Contribution of the Russian Federation",
    ],
    "RWA_Rwanda_First_NDC_English.pdf": ["Nationally Determined Contribution"],
    "TJK_Tajikistan_First_NDC_Translation_English.pdf": ["Intended Nationally Determined Contribution (INDC)"],
    "UKR_Ukraine_First_NDC_English.pdf": ["Intended Nationally-Determined Contribution (INDC) of Ukraine"],
    "3.5 FI_South_Ostrobothnia_Smart_and_Outstanding_Strategy_for_Smart_Specialisation.pdf": [
        "South Ostrobothnia – Smart and Outstanding: Strategy for Smart Specialisation",
    ],
    "3.6 LU_Luxembourg_Strategy_for_Smart_Specialisation_Oct_2014.pdf": [
        "Luxembourg Strategy for Smart Specialisation",
    ],
    "3.7 NL_Northern_Netherlands_RIS3.pdf": [
        "Research and Innovation Strategy for Smart Specialization (RIS3) Northern Netherlands",
    ],
    "EE_Estonia_Smart_Specialisation_Qualitative_Analysis.pdf": ["Smart Specialisation – Qualitative Analysis"],
    "NL_Western_Netherlands_RIS3.pdf": ["RIS3 Strategy for Smart Specialisation Western Netherlands"],
}
NOT_PLANS = ("SOURCE.txt", "README")


def matches(title: str, references: list[str]) -> bool:
    """The text rule of extract_gold, against each reference and its main part (before '(')."""
    return any(
        similar(norm(title), norm(ref)) >= MATCH or similar(norm(title), norm(ref.split("(")[0])) >= MATCH
        for ref in references
    )


def without_cover(blocks: list) -> list:
    """The document as if its cover had no text: page 1 of a paginated file dropped; a text
    file's opening heading (its title line) dropped."""
    if any(b.location.page for b in blocks):
        return [b for b in blocks if (b.location.page or 0) > 1]
    return blocks[1:] if blocks and blocks[0].kind is BlockKind.HEADING else blocks


def main() -> None:
    parser = argument_parser(__doc__.splitlines()[0])
    parser.add_argument("--only", metavar="NAME", help="only documents whose file name contains NAME")
    args = parser.parse_args()
    plans = require(eval_dir() / "plan_documents")
    gold = {row["file"]: [row["title"]] for row in load_csv(require(eval_dir() / "extraction_gold") / "documents.csv")}
    cache_dir = Path.home() / ".cache" / "concord-bench" / "read"
    counts = {"right": 0, "wrong": 0, "none": 0, "no reference": 0}
    print(f"title_fallback: plans under {plans}, cover dropped; held out (not read): {', '.join(HELD_OUT)}")
    for path in sorted(p for p in plans.rglob("*") if p.suffix.lower() in (".pdf", ".docx", ".txt")):
        if path.name in HELD_OUT or path.name.startswith(NOT_PLANS) or (args.only and args.only not in path.name):
            continue
        document = read_cached(path, cache_dir)
        if document.status == DocumentStatus.FAILED:
            print(f"  unread  {path.name[:48]}: {document.error.code if document.error else ''}")
            continue
        named = named_title(without_cover(document.blocks), path.name)
        references = gold.get(path.name) or REFERENCE.get(path.name)
        verdict = "no reference" if not references else "none" if not named else (
            "right" if matches(named, references) else "wrong"
        )
        counts[verdict] += 1
        print(f"  {verdict:6s}  {path.name[:48]:48s} -> {named[:70]!r}  (cover: {document.title[:60]!r})")
    scored = counts["right"] + counts["wrong"] + counts["none"]
    print(
        f"\npicture cover simulated on {scored} plans: fallback right {counts['right']}, wrong {counts['wrong']}, "
        f"silent {counts['none']} (title then from the file's properties or name)"
        + (f"; {counts['no reference']} without a reference title" if counts["no reference"] else "")
    )


if __name__ == "__main__":
    main()
