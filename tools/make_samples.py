"""Build the bundled sample project: six plan documents set in Kazakhstan and their answer key.

The plan content lives here as Python data. The same data writes the Word and Excel files
and `answer_key.json`, so the key cannot drift from the documents: every objective, measure
and indicator is recorded in the key at the moment it is written into a document, and every
quote of a planted problem is looked up from the written items.

The documents are written for Concord (they copy no official text). They imitate the plan
hierarchy of Kazakhstan described in the OECD (2020) review: a national strategy, two national
programmes that overlap and pull in opposite directions, a regional development programme
with its indicator annex, and a narrow regional sector plan.

Run:  python tools/make_samples.py [--out DIR]
The output is deterministic: fixed document properties and fixed zip timestamps.
"""

from __future__ import annotations

import argparse
import io
import json
import re
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from docx import Document as new_docx
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "resources" / "samples"

FIXED_DATE = datetime(2021, 1, 15, 9, 0, 0)
ZIP_DATE = (2021, 1, 15, 9, 0, 0)
DISCLAIMER = "Sample document written for the Concord software. It is not an official document."

STRATEGY = "national_strategy_2025.docx"
PRD = "programme_regional_development.docx"
BRM = "business_road_map.docx"
KOS = "kostanay_development_programme_2021_2025.docx"
KOS_XLSX = "kostanay_indicators_2021_2025.xlsx"
LIVESTOCK = "kostanay_livestock_plan_2022_2026.docx"

# Project order = top of the hierarchy first.
DOCUMENTS: dict[str, dict[str, Any]] = {
    STRATEGY: {"level": 1, "level_name": "national", "region": None, "period": [2018, 2025]},
    PRD: {"level": 2, "level_name": "national", "region": None, "period": [2020, 2025]},
    BRM: {"level": 2, "level_name": "national", "region": None, "period": [2020, 2025]},
    KOS: {"level": 3, "level_name": "regional", "region": "Kostanay", "period": [2021, 2025]},
    KOS_XLSX: {"level": 3, "level_name": "regional", "region": "Kostanay", "period": [2021, 2025]},
    LIVESTOCK: {"level": 4, "level_name": "regional", "region": "Kostanay", "period": [2022, 2026]},
}

# The short names the sample project gives its documents (charts, matrix headers); a title
# short enough before its colon ("Strategy 2025") needs none.
SHORT_NAMES = {
    PRD: "Regional Programme",
    KOS: "Kostanay Programme",
    KOS_XLSX: "Kostanay Indicators",
    LIVESTOCK: "Livestock Plan",
}

# How a document names another when it cites it ("Link to national documents: ...").
CITED_AS = {
    STRATEGY: "Strategy 2025",
    PRD: "Programme for Regional Development",
    BRM: "Business Road Map 2025",
    KOS: "Development Programme of Kostanay Region for 2021–2025",
}


# --------------------------------------------------------------------------- data types


@dataclass(frozen=True)
class Ind:
    """One indicator row. Values are strings exactly as printed; "" or "–" = no value."""

    code: str | None
    text: str
    unit: str
    base: str
    values: tuple[str, ...]
    type: str  # input / output / outcome
    resp: str | None = None


@dataclass(frozen=True)
class SentInd:
    """An indicator stated in a sentence: '<lead><phrase> from <b> in <by> to <t> by <ty>.'"""

    code: str | None
    lead: str
    phrase: str
    unit: str
    base: str
    base_year: int
    target: str
    target_year: int
    type: str
    tail: str = "."

    def sentence(self) -> str:
        return (
            f"{self.lead}{self.phrase} from {with_unit(self.base, self.unit)} in {self.base_year} "
            f"to {with_unit(self.target, self.unit)} by {self.target_year}{self.tail}"
        )


def with_unit(value: str, unit: str) -> str:
    return f"{value}%" if unit == "%" else f"{value} {unit}"


def num(text: str) -> float | None:
    text = text.strip()
    if text in ("", "–", "-"):
        return None
    return float(text.replace(",", ""))


def direction_of(base: float | None, targets: list[float]) -> str:
    start = base if base is not None else targets[0]
    end = targets[-1]
    if end > start:
        return "increase"
    if end < start:
        return "decrease"
    return "maintain"


def fmt_bn(value: float) -> str:
    return f"{value:,.1f}"


# --------------------------------------------------------------------------- answer key


class Key:
    """Collects the answer key while the documents are written."""

    def __init__(self) -> None:
        self.objectives: list[dict[str, Any]] = []
        self.tasks_and_measures: list[dict[str, Any]] = []
        self.indicators: list[dict[str, Any]] = []
        self.references: list[dict[str, Any]] = []
        self.sections: dict[str, dict[str, list[str]]] = {}
        self.planted: list[dict[str, Any]] = []

    def objective(self, file: str, code: str | None) -> dict[str, Any]:
        found = [o for o in self.objectives if o["file"] == file and o["code"] == code]
        assert len(found) == 1, (file, code, found)
        return found[0]

    def indicator(self, file: str, code: str | None, text: str | None = None) -> dict[str, Any]:
        found = [
            i
            for i in self.indicators
            if i["file"] == file and i["code"] == code and (text is None or i["text"] == text)
        ]
        assert len(found) == 1, (file, code, found)
        return found[0]

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": "concord.answer_key/1",
            "about": (
                "Answer key of the Concord sample project, written by tools/make_samples.py from the "
                "same data as the documents. Texts are exact; number/label prefixes such as "
                "'Objective 1.2.' are not part of 'text' and appear in 'code'."
            ),
            "documents": {
                name: {
                    "level": d["level"],
                    "period": d["period"],
                    "region": d["region"],
                    # Plan sections present (by role) and kinds of resources stated: for section checks.
                    "sections": list(dict.fromkeys(self.sections.get(name, {}).get("sections", []))),
                    "resource_kinds": list(dict.fromkeys(self.sections.get(name, {}).get("resource_kinds", []))),
                }
                for name, d in DOCUMENTS.items()
            },
            "objectives": self.objectives,
            "tasks_and_measures": self.tasks_and_measures,
            "indicators": self.indicators,
            "explicit_references": self.references,
            "planted_problems": self.planted,
        }


# --------------------------------------------------------------------------- docx writer


class DocWriter:
    """Writes one .docx and records every plan item it writes into the key."""

    def __init__(self, key: Key, file: str, title: str, subject: str, author: str) -> None:
        self.key = key
        self.file = file
        self.doc = new_docx()
        styles = self.doc.styles
        styles["Normal"].font.name = "Calibri"
        styles["Normal"].font.size = Pt(11)
        section = self.doc.sections[0]
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        section.left_margin = section.right_margin = Cm(2.0)
        section.footer.paragraphs[0].text = DISCLAIMER
        props = self.doc.core_properties
        props.title = title
        props.subject = subject
        props.author = author
        props.last_modified_by = author
        props.comments = DISCLAIMER
        props.keywords = "Concord sample; Kazakhstan; Kostanay"
        props.language = "en-GB"
        props.category = "Plan"
        props.revision = 1
        props.created = props.modified = props.last_printed = FIXED_DATE
        self.doc.add_paragraph(title, style="Title")

    # plain text -----------------------------------------------------------------
    def h(self, level: int, text: str, role: str | None = None) -> None:
        """A heading; `role` records in the key which plan section it opens (risks, resources, ...)."""
        self.doc.add_heading(text, level=level)
        if role:
            self.key.sections.setdefault(self.file, {"sections": [], "resource_kinds": []})
            self.key.sections[self.file]["sections"].append(role)

    def resources_stated(self, *kinds: str) -> None:
        """Record which kinds of resources (financial, human, time) the text just written states."""
        self.key.sections.setdefault(self.file, {"sections": [], "resource_kinds": []})
        self.key.sections[self.file]["resource_kinds"].extend(kinds)

    def p(self, text: str, italic: bool = False, bold: bool = False) -> None:
        para = self.doc.add_paragraph()
        run = para.add_run(text)
        run.italic = italic
        run.bold = bold

    def caption(self, text: str) -> None:
        para = self.doc.add_paragraph()
        para.add_run(text).bold = True

    def bullets(self, texts: list[str]) -> None:
        for text in texts:
            self.doc.add_paragraph(text, style="List Bullet")

    def table(self, header: list[str], rows: list[list[str]], widths: list[float] | None = None) -> None:
        table = self.doc.add_table(rows=1, cols=len(header))
        table.style = "Table Grid"
        for cell, text in zip(table.rows[0].cells, header, strict=True):
            cell.text = ""
            run = cell.paragraphs[0].add_run(text)
            run.bold = True
            run.font.size = Pt(9)
        for row in rows:
            cells = table.add_row().cells
            for cell, text in zip(cells, row, strict=True):
                cell.text = ""
                cell.paragraphs[0].add_run(text).font.size = Pt(9)
        if widths:
            for row in table.rows:
                for cell, width in zip(row.cells, widths, strict=True):
                    cell.width = Cm(width)
        self.doc.add_paragraph()

    # plan items ------------------------------------------------------------------
    def goal(self, code: str | None, text: str, mode: str = "heading") -> None:
        """mode 'heading': Heading 2 'Goal 1. text'; 'plain': the text alone in a paragraph."""
        if mode == "heading":
            self.h(2, f"Goal {code}. {text}")
        else:
            self.p(text)
        self.key.objectives.append({"file": self.file, "kind": "goal", "code": code, "text": text})

    def objective(
        self,
        code: str | None,
        text: str,
        mode: str,
        refs: list[tuple[str, str, str]] | None = None,
        label: str = "Objective",
    ) -> None:
        """Write one objective.

        mode: 'heading' (Heading 3 'Objective 1.1. text'), 'bold' (Normal paragraph, bold label),
        'autonum' (Word 'List Number' auto-numbering, code is the ordinal), 'paren' ('1) text').
        refs: explicit references (file, kind, code) written as a 'Link to national documents' line.
        """
        if mode == "heading":
            self.doc.add_heading(f"{label} {code}. {text}", level=3)
        elif mode == "bold":
            para = self.doc.add_paragraph()
            para.add_run(f"{label} {code}.").bold = True
            para.add_run(f" {text}")
        elif mode == "autonum":
            self.doc.add_paragraph(text, style="List Number")
        elif mode == "paren":
            self.doc.add_paragraph(f"{code}) {text}")
        else:
            raise ValueError(mode)
        self.key.objectives.append({"file": self.file, "kind": "objective", "code": code, "text": text})
        if refs:
            self.p(f"Link to national documents: {cite(refs)}.", italic=True)
            self.reference("objective", code, refs)

    def reference(self, kind: str, code: str | None, refs: list[tuple[str, str, str]]) -> None:
        self.key.references.append(
            {
                "file": self.file,
                "kind": kind,
                "code": code,
                "refers_to": [{"file": f, "kind": k, "code": c} for f, k, c in refs],
            }
        )

    def items(self, kind: str, entries: list[tuple[str | None, str]], mode: str) -> None:
        """Tasks or measures. mode 'typed': '3.1.1. text'; 'nodot': '3.1 text'; 'bullet': 'List Bullet'."""
        for code, text in entries:
            if mode == "typed":
                self.doc.add_paragraph(f"{code}. {text}")
            elif mode == "nodot":
                self.doc.add_paragraph(f"{code} {text}")
            elif mode == "bullet":
                assert code is None
                self.doc.add_paragraph(text, style="List Bullet")
            else:
                raise ValueError(mode)
            self.key.tasks_and_measures.append({"file": self.file, "kind": kind, "code": code, "text": text})

    def indicator_table(
        self, caption: str, inds: list[Ind], years: list[int], base_year: int, resp: bool = True
    ) -> None:
        self.caption(caption)
        header = ["No.", "Indicator", "Unit", f"Baseline ({base_year})", *map(str, years)]
        if resp:
            header.append("Responsible")
        rows = []
        for ind in inds:
            assert len(ind.values) == len(years), ind
            row = [ind.code or "", ind.text, ind.unit, ind.base, *ind.values]
            if resp:
                row.append(ind.resp or "")
            rows.append(row)
            self.key.indicators.append(indicator_entry(self.file, ind, years, base_year, "table"))
        widths = [1.1, 4.9, 1.7, 1.6] + [1.2] * len(years) + ([1.7] if resp else [])
        self.table(header, rows, widths)

    def sentence_indicator(self, si: SentInd) -> None:
        self.p(si.sentence())
        base, target = num(si.base), num(si.target)
        assert base is not None and target is not None
        self.key.indicators.append(
            {
                "file": self.file,
                "code": si.code,
                "text": si.phrase,
                "unit": si.unit,
                "baseline": {"value": base, "year": si.base_year},
                "targets": [{"value": target, "year": si.target_year}],
                "direction": direction_of(base, [target]),
                "type": si.type,
                "type_borderline": False,
                "location": "sentence",
                "responsible": None,
            }
        )

    def save(self, path: Path) -> None:
        buf = io.BytesIO()
        self.doc.save(buf)
        path.write_bytes(normalise_zip(buf.getvalue()))


# Indicators whose input/output/outcome type is a judgement call (counts of things that are partly the
# policy's product and partly a change for firms or people). The key gives the type by DOMAIN.md's
# definitions; evaluations may choose to skip these when scoring classification.
BORDERLINE_TYPES = {
    (BRM, "2.1"),
    (KOS, "1.3.2"), (KOS, "2.3.1"), (KOS, "3.4.1"), (KOS, "4.2.1"),
    (KOS_XLSX, "1.3.2"), (KOS_XLSX, "1.7.2"), (KOS_XLSX, "2.3.2"), (KOS_XLSX, "2.5.2"), (KOS_XLSX, "2.6.2"),
    (KOS_XLSX, "2.7.2"),
    (LIVESTOCK, "1.1"), (LIVESTOCK, "1.2"), (LIVESTOCK, "2.1"), (LIVESTOCK, "3.1"), (LIVESTOCK, "3.2"),
    (LIVESTOCK, "4.3"),
}


def indicator_entry(file: str, ind: Ind, years: list[int], base_year: int, location: str) -> dict[str, Any]:
    base = num(ind.base)
    targets = [{"value": num(v), "year": y} for v, y in zip(ind.values, years, strict=True) if num(v) is not None]
    return {
        "file": file,
        "code": ind.code,
        "text": ind.text,
        "unit": ind.unit,
        "baseline": {"value": base, "year": base_year} if base is not None else None,
        "targets": targets,
        "direction": direction_of(base, [t["value"] for t in targets]),
        "type": ind.type,
        "type_borderline": (file, ind.code) in BORDERLINE_TYPES,
        "location": location,
        "responsible": ind.resp,
    }


def cite(refs: list[tuple[str, str, str]]) -> str:
    """('x.docx', 'objective', '2.1'), ... -> 'Strategy 2025, objectives 2.1 and 4.1; ...'."""
    parts: list[str] = []
    groups: dict[tuple[str, str], list[str]] = {}
    for file, kind, code in refs:
        groups.setdefault((file, kind), []).append(code)
    for (file, kind), codes in groups.items():
        names = codes[0] if len(codes) == 1 else ", ".join(codes[:-1]) + " and " + codes[-1]
        plural = "s" if len(codes) > 1 else ""
        parts.append(f"{CITED_AS[file]}, {kind}{plural} {names}")
    return "; ".join(parts)


def normalise_zip(data: bytes, patch_core: bool = False) -> bytes:
    """Rewrite an OOXML zip with fixed timestamps (and, for openpyxl, a fixed 'modified' date)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    stamp = FIXED_DATE.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if patch_core and info.filename == "docProps/core.xml":
                content = re.sub(
                    rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)", rb"\g<1>" + stamp + rb"\g<2>", content
                )
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, content)
    return out.getvalue()


# =========================================================================== 1. Strategy 2025

S_YEARS = [2020, 2025]

STRATEGY_GOALS: list[dict[str, Any]] = [
    {
        "code": "1",
        "text": "Human capital for a diversified economy",
        "context": (
            "Kazakhstan spends about 3% of gross domestic product on education, less than most OECD "
            "countries, and the results of 15-year-old students in international assessments remain "
            "below the OECD average. Employers in manufacturing and agriculture report shortages of "
            "technicians and skilled workers, while a third of college graduates do not find a job in "
            "their field."
        ),
        "objectives": [
            ("1.1", "Ensure access to quality education and skills that match the needs of the labour market"),
            ("1.2", "Improve the health of the population and extend life expectancy"),
            ("1.3", "Develop technical and vocational education together with employers"),
        ],
        "indicators": [
            Ind("1.1.1", "Share of school graduates who continue in higher or technical and vocational "
                "education", "%", "85.0", ("88.0", "92.0"), "outcome", "MES"),
            Ind("1.2.1", "Life expectancy at birth", "years", "72.5", ("73.5", "75.0"), "outcome", "MH"),
            Ind("1.3.1", "Share of college graduates employed in the first year after graduation", "%",
                "62.0", ("68.0", "75.0"), "outcome", "MES"),
        ],
    },
    {
        "code": "2",
        "text": "Technological modernisation and higher labour productivity",
        "context": (
            "Labour productivity in manufacturing is about a third of the level of OECD countries. "
            "Fewer than one enterprise in ten introduced new products or processes in 2017, and most "
            "machinery in the metallurgy and food industries is more than twenty years old."
        ),
        "objectives": [
            ("2.1", "Raise labour productivity in manufacturing through the technological renewal of "
                    "enterprises"),
            ("2.2", "Expand the use of digital technologies in industry, transport and agriculture"),
        ],
        "sentences": {
            "2.2": SentInd("2.2.1", "Target 2.2.1: increase the ", "share of enterprises using digital "
                           "technologies in production", "%", "10.6", 2017, "30", 2025, "outcome"),
        },
        "indicators": [
            Ind("2.1.1", "Growth of labour productivity in manufacturing relative to 2017", "%", "100.0",
                ("115.0", "150.0"), "outcome", "MIID"),
            Ind("2.1.2", "Share of manufacturing in GDP", "%", "11.4", ("12.0", "13.5"), "outcome", "MIID"),
        ],
    },
    {
        "code": "3",
        "text": "A competitive and export-oriented agro-industrial complex",
        "context": (
            "Agriculture employs 15% of the workforce but produces less than 5% of gross domestic "
            "product. Most grain leaves the country unprocessed. The northern regions of Kostanay, "
            "Akmola and North Kazakhstan grow more than 70% of the country's wheat, and Kostanay region "
            "alone harvests up to five million tonnes of grain in a good year."
        ),
        "objectives": [
            ("3.1", "Increase labour productivity in agriculture and the output of processed agricultural "
                    "products"),
            ("3.2", "Develop agricultural cooperation and the agro-industrial specialisation of regions"),
            ("3.3", "Create a flour-milling and grain-processing cluster in Kostanay region as a national "
                    "priority for the export of deep-processed grain products"),
        ],
        "after": {
            "3.3": (
                "The Kostanay cluster will bring together grain producers, flour mills, pasta and feed "
                "producers, grain terminals and the agricultural research station of the region. The "
                "cluster is designated as a national priority for Kostanay region in the Forecast Scheme "
                "of Spatial-Territorial Development."
            ),
        },
        "sentences": {
            "3.3": SentInd("3.3.1", "Target 3.3.1: increase ", "exports of flour and other processed grain "
                           "products", "million tonnes", "1.9", 2017, "3.0", 2025, "outcome"),
        },
        "indicators": [
            Ind("3.1.1", "Labour productivity in agriculture", "KZT mln per worker", "2.9", ("3.8", "5.8"),
                "outcome", "MA"),
            Ind("3.1.2", "Share of processed products in agricultural exports", "%", "30.0", ("40.0", "50.0"),
                "outcome", "MA"),
            Ind("3.2.1", "Share of small farms united in agricultural cooperatives", "%", "6.0",
                ("15.0", "30.0"), "outcome", "MA"),
        ],
    },
    {
        "code": "4",
        "text": "Developed entrepreneurship and a favourable investment climate",
        "context": (
            "Small and medium-sized enterprises employ about a third of the workforce, against more "
            "than half in OECD countries. Investment in fixed capital has remained concentrated in oil "
            "and gas extraction, and two thirds of foreign direct investment goes to the mining sector."
        ),
        "objectives": [
            ("4.1", "Increase the contribution of small and medium-sized enterprises to the economy and "
                    "employment"),
            ("4.2", "Attract private and foreign direct investment to the non-resource sectors"),
        ],
        "indicators": [
            Ind("4.1.1", "Share of SMEs in GDP", "%", "26.8", ("30.0", "35.0"), "outcome", "MNE"),
            Ind("4.2.1", "Share of investment in fixed capital in GDP", "%", "17.6", ("20.0", "25.0"),
                "outcome", "MNE"),
            Ind("4.2.2", "Inflow of foreign direct investment into non-resource sectors", "USD bn", "6.5",
                ("8.0", "12.0"), "outcome", "MFA"),
        ],
    },
    {
        "code": "5",
        "text": "Strong regions and urbanisation",
        "context": (
            "The agglomerations of Nur-Sultan, Almaty and Shymkent attract a growing share of the "
            "population and of investment, while many small towns and rural settlements are losing "
            "residents. Gross regional product per capita in the richest region is eight times that of "
            "the poorest, and 42% of the population lives in rural areas, where access to drinking "
            "water, gas and paved roads lags far behind the cities."
        ),
        "objectives": [
            ("5.1", "Concentrate labour and financial resources in growth centres and develop urban "
                    "agglomerations"),
            ("5.2", "Reduce disparities in living standards between regions"),
            ("5.3", "Provide settlements with basic infrastructure: drinking water, roads and gas"),
        ],
        "indicators": [
            Ind("5.1.1", "Share of urban population", "%", "57.4", ("59.0", "62.0"), "outcome", "MNE"),
            Ind("5.2.1", "Ratio of maximum to minimum GRP per capita among regions", "times", "8.2",
                ("7.5", "6.5"), "outcome", "MNE"),
            Ind("5.3.1", "Share of rural population with access to centralised water supply", "%", "58.0",
                ("66.0", "80.0"), "outcome", "MIID"),
        ],
    },
    {
        "code": "6",
        "text": "Modern infrastructure and green growth",
        "context": (
            "Kazakhstan is the largest landlocked country in the world; transport costs make up to a "
            "quarter of the price of exported goods. The economy uses twice as much energy per unit of "
            "output as the OECD average, and coal generates about 70% of electricity."
        ),
        "objectives": [
            ("6.1", "Develop transport and transit corridors and logistics"),
            ("6.2", "Reduce the energy intensity and the environmental burden of the economy"),
        ],
        "indicators": [
            Ind("6.1.1", "Volume of transit cargo traffic", "million tonnes", "17.8", ("22.0", "30.0"),
                "outcome", "MIID"),
            Ind("6.2.1", "Share of renewable energy sources in electricity generation", "%", "1.1",
                ("3.0", "6.0"), "outcome", "ME"),
        ],
    },
    {
        "code": "7",
        "text": "An effective state accountable for results",
        "context": (
            "Local budgets depend on transfers from the republican budget for about 60% of their "
            "spending, and akimats have little control over their revenues. Citizens receive most "
            "public services through public service centres, but many services still require paper "
            "documents."
        ),
        "objectives": [
            ("7.1", "Decentralise public administration by expanding the powers and own revenues of local "
                    "government"),
            ("7.2", "Introduce results-based management and digital public services"),
        ],
        "indicators": [
            Ind("7.1.1", "Share of own revenues in local budget revenues", "%", "28.0", ("32.0", "40.0"),
                "outcome", "MF"),
            Ind("7.2.1", "Share of public services provided electronically", "%", "75.0", ("80.0", "90.0"),
                "outcome", "MDDIAI"),
        ],
    },
]

STRATEGY_ABBREVIATIONS = [
    "MA – Ministry of Agriculture",
    "MDDIAI – Ministry of Digital Development, Innovation and Aerospace Industry",
    "ME – Ministry of Energy",
    "MES – Ministry of Education and Science",
    "MF – Ministry of Finance",
    "MFA – Ministry of Foreign Affairs",
    "MH – Ministry of Healthcare",
    "MIID – Ministry of Industry and Infrastructural Development",
    "MNE – Ministry of National Economy",
]


def build_strategy(key: Key) -> DocWriter:
    w = DocWriter(key, STRATEGY, "Strategy 2025: National Development Strategy of the Republic of Kazakhstan",
                  "National strategy, 2018–2025", "Ministry of National Economy")
    w.p("Strategic plan for the development of the Republic of Kazakhstan until 2025", italic=True)
    w.p("Approved by Decree of the President of the Republic of Kazakhstan in February 2018", italic=True)

    w.h(1, "1. Introduction", role="background")
    w.p(
        "Strategy 2025 sets out the medium-term course of the country towards the long-term aims of "
        "Strategy 2050. It covers the period 2018–2025 and is binding on central government bodies, on "
        "national programmes and on the development programmes of the regions."
    )
    w.p(
        "Over the past decade the economy grew by an average of 4.4% a year, but growth relied heavily on "
        "the extraction of oil, gas and metals. In 2017 the mining sector accounted for 13.9% of gross "
        "domestic product and for more than 70% of exports, while manufacturing produced 11.4% of gross "
        "domestic product. Gross domestic product per capita reached USD 9,030 in 2017."
    )
    w.p(
        "The fall in oil prices in 2014–2015 and the devaluation of the tenge showed how exposed the "
        "economy remains to external shocks. Productivity outside the resource sectors is low, small "
        "firms grow slowly, and the gap in living standards between the regions has stopped narrowing."
    )

    w.h(1, "2. Strategic goals, objectives and national targets", role="objectives")
    w.p(
        "Strategy 2025 sets seven strategic goals. Each goal is broken down into objectives, and each "
        "objective has national target indicators for 2020 and 2025. The indicators are the basis for "
        "the targets of national programmes and of the development programmes of the regions."
    )
    for n, goal in enumerate(STRATEGY_GOALS, start=1):
        w.goal(goal["code"], goal["text"])
        w.p(goal["context"])
        for code, text in goal["objectives"]:
            w.objective(code, text, mode="bold")
            if code in goal.get("after", {}):
                w.p(goal["after"][code])
            if code in goal.get("sentences", {}):
                w.sentence_indicator(goal["sentences"][code])
        w.indicator_table(f"Table {n}. Target indicators of Goal {goal['code']}", goal["indicators"],
                          S_YEARS, 2017)

    w.h(1, "3. Implementation mechanisms", role="measures")
    w.p(
        "The Strategy is implemented through national programmes and through the development programmes "
        "of the regions. Each national programme names the goals and objectives of the Strategy that it "
        "implements, and the development programmes of the regions refer to the objectives and targets "
        "of the Strategy and of the national programmes."
    )
    w.p(
        "The Programme for Regional Development and the Forecast Scheme of Spatial-Territorial Development "
        "implement Goal 5 and objective 3.2; the Business Road Map 2025 implements objective 4.1; the State "
        "Programme of Industrial-Innovative Development implements objectives 2.1 and 2.2."
    )

    w.h(1, "4. Resources", role="resources")
    w.p(
        "The Strategy is financed from the republican and local budgets within the limits approved for "
        "each financial year, from the National Fund through guaranteed transfers, and from private "
        "investment, including public-private partnerships. The amount of financing is set out in the "
        "national programmes and in the development programmes of the regions."
    )
    w.p(
        "The Project Office of the Ministry of National Economy coordinates implementation. Each central "
        "government body and each akimat appoints a deputy head responsible for its objectives, and the "
        "Academy of Public Administration trains civil servants in project management and results-based "
        "budgeting."
    )
    w.p(
        "The Strategy is implemented in two stages. The first stage (2018–2021) concentrates on the "
        "business climate, the quality of education and the modernisation of infrastructure; the second "
        "stage (2022–2025) on productivity growth and the diversification of exports."
    )
    w.resources_stated("financial", "human", "time")

    w.h(1, "5. Risks", role="risks")
    w.table(
        ["Risk", "Possible consequences", "Mitigation"],
        [
            ["A fall in world prices for oil and metals", "Lower budget revenues and delays in national "
             "programmes", "Counter-cyclical fiscal rule for the National Fund; priority to projects with "
             "the highest return"],
            ["Slow growth in the main trading partners", "Lower demand for exports", "Diversification of "
             "export markets; trade missions for non-commodity exporters"],
            ["Weak capacity of local government", "Objectives of the Strategy are not reflected in "
             "regional programmes", "Methodological guidance and training for akimats; review of regional "
             "programmes by the Ministry of National Economy"],
        ],
        [5.0, 5.5, 6.5],
    )

    w.h(1, "6. Monitoring and evaluation", role="monitoring")
    w.p(
        "The Ministry of National Economy monitors the Strategy every year on the basis of reports of "
        "central government bodies and akimats, and submits a consolidated report to the President. A "
        "mid-term evaluation in 2021 assesses progress towards the national targets, with public "
        "discussion involving business associations, experts and civil society; its conclusions are used "
        "to adjust national programmes and, where necessary, the targets of the Strategy."
    )

    w.h(1, "7. Expected impact", role="impact")
    w.p(
        "The Strategy is expected to reduce the dependence of the economy on raw materials, raise "
        "incomes through higher productivity and reduce the gap in living standards between the "
        "regions. The mid-term evaluation assesses the economic, social and territorial impact of the "
        "national programmes that implement the Strategy."
    )

    w.h(1, "Abbreviations")
    w.bullets(STRATEGY_ABBREVIATIONS)
    return w


# =========================================================================== 2. Programme for Regional Development

P_YEARS = [2021, 2022, 2023, 2024, 2025]

PRD_GOAL = (
    "Sustainable development of the regions through the growth of agglomerations and equal access of "
    "the population to basic services"
)
PRD_OBJECTIVES = [
    ("1", "Concentrate public investment and labour resources in the growth poles and large cities, where "
          "the return on investment is highest", [(STRATEGY, "objective", "5.1")]),
    ("2", "Reduce disparities in socio-economic development between regions",
     [(STRATEGY, "objective", "5.2")]),
    ("3", "Provide the population of cities and rural settlements with quality drinking water, roads and gas",
     [(STRATEGY, "objective", "5.3")]),
    ("4", "Develop the economic specialisation of regions on the basis of their competitive advantages",
     [(STRATEGY, "objective", "3.2"), (STRATEGY, "objective", "4.1")]),
]
PRD_INDICATORS = [
    Ind("1.1", "Share of urban population", "%", "58.6", ("59.3", "59.9", "60.5", "61.2", "62.0"),
        "outcome", "MNE"),
    Ind("1.2", "Population of the five growth-pole agglomerations", "million people", "6.1",
        ("6.3", "6.5", "6.6", "6.8", "7.0"), "outcome", "MNE, akimats"),
    Ind("1.3", "Share of growth poles in investment in fixed capital", "%", "38.0",
        ("40.0", "41.0", "42.0", "44.0", "45.0"), "outcome", "MNE"),
    Ind("2.1", "Ratio of maximum to minimum GRP per capita among regions", "times", "7.9",
        ("7.6", "7.3", "7.0", "6.8", "6.5"), "outcome", "MNE"),
    Ind("3.1", "Share of rural population with access to centralised water supply", "%", "62.5",
        ("66.0", "70.0", "73.0", "77.0", "80.0"), "outcome", "MIID"),
    Ind("3.2", "Share of roads of regional and district significance in good and satisfactory condition",
        "%", "78.0", ("81.0", "84.0", "88.0", "91.0", "95.0"), "outcome", "MIID"),
    Ind("3.3", "Share of population with access to natural gas", "%", "51.0",
        ("54.0", "56.0", "58.0", "60.0", "62.0"), "outcome", "ME"),
    Ind("3.4", "Number of rural settlements with development potential where infrastructure has been "
        "modernised", "units", "120", ("600", "1,200", "1,900", "2,700", "3,500"), "output", "MNE, akimats"),
    Ind("4.1", "Share of SMEs in GDP", "%", "31.6", ("32.0", "32.8", "33.5", "34.3", "35.0"), "outcome", "MNE"),
]
PRD_HOUSING = SentInd(None, "Additional target indicator: increase the ", "annual volume of housing "
                      "commissioned in the growth poles", "million sq m", "9.8", 2019, "12.0", 2025, "output")
PRD_MEASURES = {
    "3.1. Development of growth poles": (
        "The growth poles are the agglomerations of Nur-Sultan, Almaty, Shymkent, Aktobe and "
        "Ust-Kamenogorsk. Together with the regional centres they are expected to absorb most of the "
        "growth of the urban population until 2025.",
        [
            ("3.1.1", "Prepare integrated master plans for the five growth-pole agglomerations, covering "
                      "housing, transport and utilities"),
            ("3.1.2", "Finance engineering and transport infrastructure for new residential areas in the "
                      "agglomerations"),
            ("3.1.3", "Build engineering and communication infrastructure for industrial zones in regional "
                      "centres and growth poles"),
            ("3.1.4", "Give priority to growth poles and regional centres when allocating republican budget "
                      "investment in regional infrastructure"),
        ],
    ),
    "3.2. Regional specialisation and business environment": (
        "Each region develops the target sectors assigned to it by the Forecast Scheme of "
        "Spatial-Territorial Development. For Kostanay region the Scheme designates grain processing and "
        "beef cattle breeding.",
        [
            ("3.2.1", "Support the creation of the flour-milling and grain-processing cluster in Kostanay "
                      "region, including the modernisation of flour mills and grain terminals"),
            ("3.2.2", "Subsidise interest rates on bank loans to small and medium-sized enterprises in "
                      "priority sectors of the regional economy"),
            ("3.2.3", "Provide partial guarantees on bank loans to entrepreneurs who lack collateral"),
            ("3.2.4", "Develop the specialisation of each region in line with the target sectors of the "
                      "Forecast Scheme of Spatial-Territorial Development"),
        ],
    ),
    "3.3. Basic infrastructure of settlements": (
        "Investment in water supply, roads and gas is directed to rural settlements with development "
        "potential, district centres and towns.",
        [
            ("3.3.1", "Build and reconstruct water supply networks in rural settlements with development "
                      "potential"),
            ("3.3.2", "Repair and reconstruct roads of regional and district significance"),
            ("3.3.3", "Extend gas distribution networks to district centres and large rural settlements"),
            ("3.3.4", "Modernise schools and health posts in rural settlements with development potential"),
        ],
    ),
    "3.4. Reducing interregional disparities": (
        "Regions with the lowest income per capita receive additional support for social infrastructure "
        "and for the mobility of labour.",
        [
            ("3.4.1", "Allocate targeted transfers for social infrastructure to the regions with the lowest "
                      "gross regional product per capita"),
            ("3.4.2", "Support the voluntary relocation of residents from labour-surplus southern regions to "
                      "northern regions with labour shortages"),
        ],
    ),
}
PRD_FINANCING = {
    "Republican budget": [230.4, 248.9, 262.1, 270.5, 281.3, 293.1],
    "Local budgets": [82.6, 88.4, 91.9, 95.2, 98.7, 99.5],
}
PRD_ABBREVIATIONS = [
    "GRP – gross regional product",
    "ME – Ministry of Energy",
    "MIID – Ministry of Industry and Infrastructural Development",
    "MNE – Ministry of National Economy",
    "SMEs – small and medium-sized enterprises",
]


def financing_table(w: DocWriter, caption: str, sources: dict[str, list[float]], years: list[int]) -> float:
    totals = [sum(col) for col in zip(*sources.values(), strict=True)]
    rows = [[name, *map(fmt_bn, vals), fmt_bn(sum(vals))] for name, vals in sources.items()]
    rows.append(["Total", *map(fmt_bn, totals), fmt_bn(sum(totals))])
    w.caption(caption)
    w.table(["Source of financing", *map(str, years), "Total"], rows)
    return sum(totals)


def build_prd(key: Key) -> DocWriter:
    w = DocWriter(key, PRD, "Programme for Regional Development for 2020–2025",
                  "National programme, 2020–2025", "Ministry of National Economy")
    w.p("State programme approved by Resolution of the Government of the Republic of Kazakhstan (2019)",
        italic=True)
    total = sum(sum(v) for v in PRD_FINANCING.values())
    rep, loc = (sum(v) for v in PRD_FINANCING.values())

    w.h(1, "Passport of the Programme", role="background")
    w.table(
        ["Item", "Content"],
        [
            ["Name", "Programme for Regional Development for 2020–2025"],
            ["Basis for development", "Strategy 2025: National Development Strategy (Goal 5 \"Strong regions "
             "and urbanisation\"); Forecast Scheme of Spatial-Territorial Development"],
            ["Responsible developer", "Ministry of National Economy of the Republic of Kazakhstan"],
            ["Implementing bodies", "Central state bodies; akimats of regions, of cities of republican "
             "significance and of the capital"],
            ["Implementation period", "2020–2025"],
            ["Sources and volumes of financing", f"KZT {fmt_bn(total)} billion, of which republican budget "
             f"KZT {fmt_bn(rep)} billion and local budgets KZT {fmt_bn(loc)} billion"],
        ],
        [5.0, 12.0],
    )

    w.h(1, "1. Analysis of the current situation", role="background")
    w.p(
        "In 2019 the five largest agglomerations – Nur-Sultan, Almaty, Shymkent, Aktobe and Ust-Kamenogorsk "
        "– were home to 6.1 million people, a third of the population of the country, and produced 47% "
        "of gross domestic product. The share of urban population rose from 54.5% in 2010 to 58.6% in "
        "2019, mostly through migration to the three largest cities."
    )
    w.p(
        "There are 6,293 rural settlements in the country, of which about 3,500 have been assessed as "
        "having development potential. In 2019 centralised water supply reached 62.5% of the rural "
        "population, and 22% of the roads of regional and district significance were in poor condition. "
        "Gross regional product per capita in Atyrau region was 7.9 times that of Turkistan region."
    )
    w.p(
        "Regional economies remain narrowly specialised. Eleven of the seventeen regions depend on "
        "mining, metallurgy or grain for more than half of their industrial output, and the smaller "
        "regional centres compete for the same investors with similar offers."
    )

    w.h(1, "2. Goal, objectives and target indicators", role="objectives")
    w.h(2, "2.1. Goal of the Programme")
    w.goal(None, PRD_GOAL, mode="plain")
    w.h(2, "2.2. Objectives of the Programme")
    w.p("Objectives:")
    for code, text, _refs in PRD_OBJECTIVES:
        w.objective(code, text, mode="autonum")
    parts = []
    for code, _t, refs in PRD_OBJECTIVES:
        codes = [c for _f, _k, c in refs]
        names = codes[0] if len(codes) == 1 else " and ".join(codes)
        parts.append(f"objective {code} implements objective{'s' if len(codes) > 1 else ''} {names}")
    w.p("The Programme implements Goal 5 \"Strong regions and urbanisation\" of Strategy 2025: "
        + "; ".join(parts) + " of Strategy 2025.")
    for code, _t, refs in PRD_OBJECTIVES:
        w.reference("objective", code, refs)
    w.h(2, "2.3. Target indicators")
    w.indicator_table("Table 1. Target indicators of the Programme", PRD_INDICATORS, P_YEARS, 2019)
    w.sentence_indicator(PRD_HOUSING)

    w.h(1, "3. Ways of achieving the goal and measures", role="measures")
    for heading, (intro, measures) in PRD_MEASURES.items():
        w.h(2, heading)
        w.p(intro)
        w.p("Measures:")
        w.items("measure", list(measures), mode="typed")

    w.h(1, "4. Resources and financing", role="resources")
    w.p(
        f"The total financing of the Programme for 2020–2025 is KZT {fmt_bn(total)} billion. The amounts "
        "for each year are specified when the republican and local budgets are approved."
    )
    financing_table(w, "Table 2. Financing of the Programme, KZT billion", PRD_FINANCING,
                    [2020, *P_YEARS])
    w.p(
        "Implementation is coordinated by the Department of Regional Development of the Ministry of "
        "National Economy. Each akimat designates a deputy akim and a project office responsible for the "
        "Programme; the Ministry organises annual training for the staff of regional project offices in "
        "project preparation and public-private partnerships."
    )
    w.p(
        "The Programme is implemented in two stages: the first stage (2020–2022) concentrates on the "
        "infrastructure of growth poles and on rural water supply, the second stage (2023–2025) on roads, "
        "gas supply and regional specialisation."
    )
    w.resources_stated("financial", "human", "time")

    w.h(1, "5. Risks and their management", role="risks")
    w.table(
        ["Risk", "Possible consequences", "Mitigation measures"],
        [
            ["Lower budget revenues because of falling commodity prices", "Delays in infrastructure "
             "projects", "Priority to projects with the highest social effect; attraction of public-private "
             "partnerships"],
            ["Rising construction costs", "Fewer settlements covered", "Standard designs; fixed prices in "
             "construction contracts"],
            ["Weak capacity of akimats to prepare projects", "Delays in project implementation",
             "Training of regional project offices; technical assistance from the Ministry"],
            ["Outflow of population from small settlements", "Underused infrastructure", "Investment only "
             "in settlements with development potential"],
        ],
        [5.0, 5.0, 7.0],
    )

    w.h(1, "6. Monitoring and evaluation", role="monitoring")
    w.p(
        "Akimats report on the implementation of the Programme to the Ministry of National Economy twice "
        "a year, and the Ministry submits a consolidated annual report to the Government. A mid-term "
        "evaluation in 2023 assesses progress against the target indicators; after discussion with "
        "akimats, business associations and civil society, the Programme and its targets are adjusted."
    )

    w.h(1, "7. Expected results and impact", role="impact")
    w.p(
        "The Programme is expected to strengthen the growth poles as drivers of the national economy, to "
        "reduce interregional disparities and to improve living conditions in rural areas. The mid-term "
        "evaluation assesses the economic and territorial impact of the Programme, including the effect of "
        "infrastructure investment on private investment and employment in the regions."
    )

    w.h(1, "Abbreviations")
    w.bullets(PRD_ABBREVIATIONS)
    return w


# =========================================================================== 3. Business Road Map

BRM_GOAL = "Sustainable and balanced growth of regional entrepreneurship and the creation of permanent jobs"
BRM_OBJECTIVES = [
    ("1", "Increase the number of operating small and medium-sized enterprises and their contribution to "
          "employment"),
    ("2", "Reduce the concentration of economic activity in large cities by directing state support to "
          "rural settlements, small towns and monotowns"),
    ("3", "Improve access to finance for entrepreneurs in lagging regions"),
    ("4", "Develop non-financial support for entrepreneurs: training, advisory services and mentoring"),
]
BRM_INDICATORS = [
    Ind("1.1", "Share of SMEs in GDP", "%", "31.6", ("32.0", "32.8", "33.5", "34.3", "35.0"), "outcome", "MNE"),
    Ind("1.2", "Employment in SMEs", "thousand people", "3,340", ("3,450", "3,580", "3,720", "3,860", "4,000"),
        "outcome", "MNE"),
    Ind("2.1", "Share of state support for SMEs directed to rural settlements, small towns and monotowns",
        "%", "34.0", ("37.0", "40.0", "44.0", "47.0", "50.0"), "input", "MNE, Damu"),
    Ind("3.1", "Budget funds allocated to interest rate subsidies", "KZT bn", "95.0",
        ("100.0", "105.0", "110.0", "115.0", "120.0"), "input", "MNE, Damu"),
    Ind("3.2", "Volume of bank loans to SMEs in rural areas and monotowns", "KZT bn", "180.0",
        ("200.0", "230.0", "260.0", "290.0", "320.0"), "outcome", "Damu"),
    Ind("4.1", "Number of people trained under the \"Business Advisor\" project", "people", "24,000",
        ("25,000", "25,000", "26,000", "26,000", "27,000"), "output", "Atameken"),
    Ind("4.2", "Number of start-up entrepreneurs who received state grants", "people", "2,900",
        ("3,000", "3,200", "3,400", "3,600", "3,800"), "output", "MNE"),
    Ind("4.3", "Share of trained entrepreneurs who started or expanded a business within a year", "%",
        "28.0", ("30.0", "33.0", "35.0", "38.0", "40.0"), "outcome", "Atameken"),
]
BRM_MONOTOWNS = SentInd(None, "Additional target indicator: raise ", "employment in SMEs of monotowns and "
                        "small towns", "thousand people", "210", 2019, "260", 2025, "outcome")
BRM_TASKS: list[tuple[str, list[tuple[str | None, str]], str]] = [
    ("3.1. Financial support for entrepreneurs", [
        ("3.1.1", "Subsidise the interest rate on bank loans to small and medium-sized enterprises in priority "
                "sectors of the economy"),
        ("3.1.2", "Guarantee part of the loans of entrepreneurs who do not have sufficient collateral"),
        ("3.1.3", "Award state grants of up to KZT 5 million to start-up entrepreneurs in rural settlements, "
                "small towns and monotowns"),
    ], "typed"),
    ("3.2. Infrastructure for business in the regions", [
        ("3.2.1", "Bring engineering and communication infrastructure to industrial zones and business sites "
                "in monotowns, small towns and regional centres"),
        ("3.2.2", "Transfer unused state property and land plots in monotowns to entrepreneurs on preferential "
                "terms"),
    ], "typed"),
    ("3.3. Non-financial support", [
        (None, "Train start-up and operating entrepreneurs under the \"Business Advisor\" and \"Business "
               "Growth\" projects"),
        (None, "Provide advisory services to entrepreneurs through entrepreneur service centres in district "
               "centres and monotowns"),
        (None, "Arrange the mentoring of young entrepreneurs by experienced business owners"),
    ], "bullet"),
]
BRM_FINANCING = {
    "Republican budget": [148.2, 152.6, 158.0, 163.4, 169.1, 175.0],
    "Local budgets": [21.4, 22.8, 24.1, 25.5, 26.9, 28.3],
}


def build_brm(key: Key) -> DocWriter:
    w = DocWriter(key, BRM, "Business Road Map 2025: State Programme for the Support and Development of "
                  "Entrepreneurship", "National programme, 2020–2025", "Ministry of National Economy")
    w.p("Approved by Resolution of the Government of the Republic of Kazakhstan (2019)", italic=True)
    total = sum(sum(v) for v in BRM_FINANCING.values())

    w.h(1, "Passport of the Programme", role="background")
    w.table(
        ["Item", "Content"],
        [
            ["Name", "Business Road Map 2025"],
            ["Basis for development", "Strategy 2025: National Development Strategy (Goal 4, objective 4.1)"],
            ["Responsible developer", "Ministry of National Economy of the Republic of Kazakhstan"],
            ["Financial agent", "Entrepreneurship Development Fund \"Damu\""],
            ["Implementation period", "2020–2025"],
            ["Sources and volumes of financing", f"KZT {fmt_bn(total)} billion from the republican and local "
             "budgets"],
        ],
        [5.0, 12.0],
    )

    w.h(1, "1. Analysis of the current situation", role="background")
    w.p(
        "At the beginning of 2020 there were 1.33 million operating small and medium-sized enterprises in "
        "Kazakhstan, employing 3.34 million people. Two thirds of them work in trade and services, and "
        "only 4% in manufacturing."
    )
    w.p(
        "Entrepreneurs outside the large cities face the hardest conditions. In 2019 firms in rural areas "
        "and monotowns received 18% of bank loans to SMEs, although they make up 35% of all enterprises. "
        "The 27 monotowns of the country, with about 1.5 million inhabitants, depend on one or two large "
        "employers in mining or metallurgy."
    )

    w.h(1, "2. Goal, objectives and target indicators", role="objectives")
    w.h(2, "2.1. Goal of the Programme")
    w.goal(None, BRM_GOAL, mode="plain")
    w.h(2, "2.2. Objectives of the Programme")
    w.p(
        "The Programme implements Goal 4 \"Developed entrepreneurship and a favourable investment "
        "climate\" of Strategy 2025, objective 4.1. Its objectives are:"
    )
    for code, text in BRM_OBJECTIVES:
        w.objective(code, text, mode="paren")
    w.reference("goal", None, [(STRATEGY, "objective", "4.1")])
    w.h(2, "2.3. Target indicators")
    w.indicator_table("Table 1. Target indicators of the Programme", BRM_INDICATORS, P_YEARS, 2019)
    w.sentence_indicator(BRM_MONOTOWNS)

    w.h(1, "3. Tasks of the Programme", role="tasks")
    for heading, tasks, mode in BRM_TASKS:
        w.h(2, heading)
        w.p("Tasks:")
        w.items("task", tasks, mode=mode)

    w.h(1, "4. Resources and financing", role="resources")
    w.p(f"The total financing of the Programme for 2020–2025 is KZT {fmt_bn(total)} billion.")
    financing_table(w, "Table 2. Financing of the Programme, KZT billion", BRM_FINANCING, [2020, *P_YEARS])
    w.p(
        "The Entrepreneurship Development Fund \"Damu\" acts as financial agent through its 17 regional "
        "branches. Non-financial support is delivered by the National Chamber of Entrepreneurs "
        "\"Atameken\" through 210 entrepreneur service centres, whose business advisers are certified "
        "every two years."
    )
    w.p(
        "Support is provided every year on the basis of project lists approved by regional coordination "
        "councils by 1 March; grant competitions are held twice a year."
    )
    w.resources_stated("financial", "human", "time")

    w.h(1, "5. Risks and their management", role="risks")
    w.table(
        ["Risk", "Mitigation measures"],
        [
            ["Low awareness of support instruments among entrepreneurs in rural areas",
             "Information campaigns through district akimats and entrepreneur service centres"],
            ["Concentration of support among a small group of well-connected firms",
             "Limits on repeated support to the same firm; publication of the lists of beneficiaries"],
            ["Rising interest rates", "Review of the subsidised share of the interest rate every year"],
        ],
        [8.0, 9.0],
    )

    w.h(1, "6. Monitoring and evaluation", role="monitoring")
    w.p(
        "Regional coordination councils report quarterly to the Ministry of National Economy. Every year "
        "\"Damu\" and \"Atameken\" survey supported entrepreneurs on turnover, jobs and taxes paid; the "
        "results are discussed with business associations, and the Ministry adjusts the support "
        "instruments accordingly."
    )

    w.h(1, "7. Expected impact", role="impact")
    w.p(
        "The Programme is expected to increase the number of small firms and permanent jobs outside the "
        "largest cities and to reduce the dependence of monotowns on their main employers. The evaluation "
        "compares supported firms with similar firms that did not receive support."
    )

    w.h(1, "Abbreviations")
    w.bullets([
        "Atameken – National Chamber of Entrepreneurs \"Atameken\"",
        "Damu – Entrepreneurship Development Fund \"Damu\"",
        "GDP – gross domestic product",
        "MNE – Ministry of National Economy",
        "SMEs – small and medium-sized enterprises",
    ])
    return w


# =========================================================================== 4. Kostanay Development Programme

KOS_YEARS = [2021, 2022, 2023, 2024, 2025]
KOS_TITLE = "Development Programme of Kostanay Region for 2021–2025"

S_OBJ = "objective"
KOS_GOALS: list[dict[str, Any]] = [
    {
        "code": "1",
        "text": "A diversified and competitive regional economy",
        "refs": [(STRATEGY, "goal", "2"), (STRATEGY, "goal", "4")],
        "mode": "heading",
        "objectives": [
            ("1.1", "Increase the volume of manufacturing output and its share in gross regional product",
             [(STRATEGY, S_OBJ, "2.1")]),
            ("1.2", "Raise labour productivity in manufacturing enterprises through their modernisation", None),
            ("1.3", "Increase the contribution of small and medium-sized enterprises to the regional economy",
             [(BRM, S_OBJ, "1"), (STRATEGY, S_OBJ, "4.1")]),
            ("1.4", "Attract investment in fixed capital to the non-resource sectors of the region", None),
            ("1.5", "Develop the Kostanay industrial zone and the industrial sites of Rudny and Lisakovsk", None),
            ("1.6", "Support the entrepreneurial initiative of young people and women", None),
            ("1.7", "Expand exports of non-commodity goods produced in the region", None),
            ("1.8", "Increase the localisation of automobile and agricultural machinery assembly", None),
        ],
        "sentences": {
            "1.3": SentInd("1.3.1", "Target indicator 1.3.1: raise the ", "share of SMEs in gross regional "
                           "product", "%", "28.5", 2019, "35", 2025, "outcome"),
        },
        "indicators": [
            Ind("1.1.1", "Volume of manufacturing output", "KZT bn", "640.5",
                ("700.0", "760.0", "820.0", "890.0", "960.0"), "outcome", "DEID"),
            Ind("1.1.2", "Share of manufacturing in gross regional product", "%", "14.2",
                ("14.6", "15.0", "15.4", "15.8", "16.2"), "outcome", "DEID"),
            Ind("1.2.1", "Labour productivity in manufacturing", "KZT mln per employee", "17.8",
                ("19.0", "20.3", "21.7", "23.2", "24.8"), "outcome", "DEID"),
            Ind("1.3.2", "Number of operating SMEs", "thousand units", "52.4",
                ("54.0", "55.5", "57.0", "58.5", "60.0"), "outcome", "DEID"),
            Ind("1.3.3", "Employment in SMEs", "thousand people", "158.0",
                ("164.0", "169.0", "174.0", "179.0", "185.0"), "outcome", "DEID"),
            Ind("1.4.1", "Investment in fixed capital in the non-resource sectors", "KZT bn", "290.0",
                ("320.0", "355.0", "390.0", "430.0", "470.0"), "outcome", "DEID"),
            Ind("1.5.1", "Private investment attracted to industrial zones", "KZT bn", "",
                ("12.0", "15.0", "18.0", "21.0", "25.0"), "outcome", "DEID"),
            Ind("1.6.1", "Number of young people and women trained in the basics of entrepreneurship",
                "people", "1,850", ("2,000", "2,100", "2,200", "2,300", "2,400"), "output", "DEID"),
            Ind("1.6.2", "Number of grants awarded to start-up entrepreneurs", "units", "240",
                ("260", "280", "300", "320", "340"), "output", "DEID"),
            Ind("1.6.3", "Number of business forums and fairs held", "units", "12",
                ("14", "15", "16", "17", "18"), "output", "DEID"),
            Ind("1.7.1", "Exports of non-commodity goods", "USD mln", "410.0",
                ("440.0", "475.0", "510.0", "550.0", "600.0"), "outcome", "DEID"),
            Ind("1.8.1", "Level of localisation of automobile assembly", "%", "24.0",
                ("27.0", "30.0", "33.0", "36.0", "40.0"), "outcome", "DEID"),
        ],
    },
    {
        "code": "2",
        "text": "A competitive agro-industrial complex",
        "refs": [(STRATEGY, "goal", "3")],
        "mode": "heading",
        "objectives": [
            ("2.1", "Increase gross agricultural output and labour productivity in agriculture",
             [(STRATEGY, S_OBJ, "3.1")]),
            ("2.2", "Diversify crop production by increasing the areas under oilseeds, pulses and forage crops",
             None),
            ("2.3", "Develop beef cattle breeding and increase the number of pedigree livestock", None),
            ("2.4", "Increase the processing of meat and milk at enterprises of the region", None),
            ("2.5", "Expand irrigated land and restore irrigation systems", None),
            ("2.6", "Develop agricultural cooperation among small farms", None),
            ("2.7", "Increase the use of moisture-saving and precision farming methods", None),
        ],
        "indicators": [
            Ind("2.1.1", "Gross agricultural output", "KZT bn", "690.0",
                ("760.0", "820.0", "880.0", "940.0", "1,000.0"), "outcome", "DALR"),
            Ind("2.1.2", "Labour productivity in agriculture", "KZT mln per worker", "5.1",
                ("5.6", "6.1", "6.6", "7.1", "7.6"), "outcome", "DALR"),
            Ind("2.2.1", "Area under oilseeds", "thousand ha", "420.0",
                ("450.0", "490.0", "530.0", "565.0", "600.0"), "outcome", "DALR"),
            Ind("2.3.1", "Number of cattle (all categories of farms)", "thousand heads", "431.0",
                ("450.0", "465.0", "480.0", "495.0", "510.0"), "outcome", "DALR"),
            Ind("2.4.1", "Share of meat processed at industrial enterprises", "%", "38.0",
                ("41.0", "44.0", "48.0", "51.0", "55.0"), "outcome", "DALR"),
            Ind("2.5.1", "Area of irrigated land in use", "thousand ha", "13.5",
                ("15.0", "17.5", "20.0", "22.5", "25.0"), "outcome", "DALR"),
            Ind("2.6.1", "Share of small farms united in agricultural cooperatives", "%", "4.5",
                ("10.0", "15.0", "20.0", "25.0", "30.0"), "outcome", "DALR"),
            Ind("2.7.1", "Area sown using moisture-saving technologies", "thousand ha", "3,100.0",
                ("3,250.0", "3,400.0", "3,550.0", "3,700.0", "3,800.0"), "outcome", "DALR"),
        ],
    },
    {
        "code": "3",
        "text": "Strong districts and a quality living environment",
        "refs": [(STRATEGY, "goal", "5")],
        "mode": "heading",
        "objectives": [
            ("3.1", "Provide the rural population with centralised water supply", [(PRD, S_OBJ, "3")]),
            ("3.2", "Bring roads of regional and district significance into good and satisfactory condition",
             [(PRD, S_OBJ, "3")]),
            ("3.3", "Extend gas supply to the settlements of the region", None),
            ("3.4", "Increase housing construction, including rental housing for socially vulnerable groups",
             None),
            ("3.5", "Modernise heat, water and sewerage networks in towns", None),
            ("3.6", "Develop Kostanay and Rudny as centres of services for the surrounding districts", None),
        ],
        "sentences": {
            "3.3": SentInd("3.3.1", "Target indicator 3.3.1: raise the ", "share of the population with "
                           "access to natural gas", "%", "41.0", 2019, "60.0", 2028, "outcome"),
        },
        "indicators": [
            Ind("3.1.1", "Share of rural population with access to centralised water supply", "%", "64.0",
                ("66.0", "70.0", "73.0", "77.0", "80.0"), "outcome", "DEHU"),
            Ind("3.2.1", "Share of roads of regional and district significance in good and satisfactory "
                "condition", "%", "72.0", ("74.0", "77.0", "80.0", "83.0", "85.0"), "outcome", "DPTH"),
            Ind("3.4.1", "Housing commissioned", "thousand sq m", "310.0",
                ("330.0", "350.0", "375.0", "400.0", "420.0"), "output", "DCAU"),
            Ind("3.4.2", "Housing provision per resident", "sq m per person", "23.1",
                ("23.6", "24.1", "24.6", "25.1", "25.6"), "outcome", "DCAU"),
            Ind("3.5.1", "Wear of heat supply networks", "%", "68.0",
                ("66.0", "63.0", "60.0", "57.0", "55.0"), "outcome", "DEHU"),
            Ind("3.6.1", "Population of the Kostanay agglomeration", "thousand people", "",
                ("380.0", "383.0", "386.0", "389.0", "392.0"), "outcome", "DEBP"),
        ],
    },
    {
        "code": "4",
        "text": "Human capital and social well-being",
        "refs": [(STRATEGY, "goal", "1")],
        "mode": "bold",
        "objectives": [
            ("4.1", "Maintain full coverage of children aged three to six by pre-school education", None),
            ("4.2", "Improve the quality of school education and end teaching in three shifts", None),
            ("4.3", "Train skilled workers in colleges for the needs of regional employers",
             [(STRATEGY, S_OBJ, "1.3")]),
            ("4.4", "Improve the health of the population and reduce mortality", None),
            ("4.5", "Increase productive employment and reduce unemployment", None),
            ("4.6", "Preserve the historical and cultural heritage of the region and widen access to "
                    "theatres, museums and libraries", None),
        ],
        "indicators": [
            Ind("4.1.1", "Coverage of children aged 3–6 by pre-school education", "%", "100.0",
                ("100.0", "100.0", "100.0", "100.0", "100.0"), "outcome", "DEd"),
            Ind("4.2.1", "Number of schools operating in three shifts", "units", "4",
                ("3", "2", "1", "0", "0"), "outcome", "DEd"),
            Ind("4.2.2", "Average score of school graduates in the Unified National Testing", "points",
                "63.0", ("65.0", "67.0", "68.5", "70.0", "72.0"), "outcome", "DEd"),
            Ind("4.3.1", "Share of college graduates employed in the first year after graduation", "%",
                "63.0", ("66.0", "68.0", "70.0", "72.0", "75.0"), "outcome", "DEd"),
            Ind("4.3.2", "Number of students trained under the dual training system", "people", "2,400",
                ("2,600", "2,800", "3,000", "3,200", "3,400"), "output", "DEd"),
            Ind("4.4.1", "Life expectancy at birth", "years", "72.1",
                ("72.7", "73.3", "73.9", "74.5", "75.0"), "outcome", "DH"),
            Ind("4.4.2", "Infant mortality rate", "per 1,000 live births", "7.9",
                ("7.6", "7.3", "7.0", "6.7", "6.4"), "outcome", "DH"),
            Ind("4.5.1", "Unemployment rate", "%", "4.8", ("4.8", "4.7", "4.7", "4.6", "4.6"), "outcome", "DESP"),
            Ind("4.5.2", "Number of people covered by active employment measures", "people", "12,500",
                ("13,000", "13,500", "14,000", "14,500", "15,000"), "output", "DESP"),
            Ind("4.6.1", "Attendance of museums, theatres and libraries", "thousand visits", "410.0",
                ("430.0", "450.0", "475.0", "495.0", "520.0"), "outcome", "DC"),
        ],
    },
    {
        "code": "5",
        "text": "A clean environment and efficient use of energy",
        "refs": [(STRATEGY, "goal", "6")],
        "mode": "bold",
        "objectives": [
            ("5.1", "Reduce emissions of pollutants into the air from stationary sources", None),
            ("5.2", "Increase the share of municipal solid waste that is recycled", None),
            ("5.3", "Improve the energy efficiency of public buildings", None),
        ],
        "indicators": [
            Ind("5.1.1", "Emissions of pollutants from stationary sources", "thousand tonnes", "72.0",
                ("71.0", "70.0", "68.0", "66.0", "64.0"), "outcome", "DNR"),
            Ind("5.2.1", "Share of municipal solid waste recycled", "%", "9.5",
                ("12.0", "15.0", "18.0", "21.0", "25.0"), "outcome", "DNR"),
            Ind("5.3.1", "Heat consumption of public buildings", "Gcal per sq m", "0.210",
                ("0.205", "0.200", "0.195", "0.188", "0.180"), "outcome", "DEHU"),
        ],
    },
    {
        "code": "6",
        "text": "Effective regional governance",
        "refs": [(STRATEGY, "goal", "7")],
        "mode": "bold",
        "objectives": [
            ("6.1", "Increase the own revenues of the regional budget", [(STRATEGY, S_OBJ, "7.1")]),
            ("6.2", "Improve the quality and accessibility of public services", None),
            ("6.3", "Involve residents in decisions on the spending of local budgets", None),
            ("6.4", "Improve the professional skills of the civil servants of the akimats", None),
        ],
        "indicators": [
            Ind("6.1.1", "Own revenues of the regional budget", "KZT bn", "98.0",
                ("110.0", "118.0", "126.0", "135.0", "145.0"), "outcome", "DEBP"),
            Ind("6.1.2", "Share of own revenues in regional budget revenues", "%", "32.0",
                ("33.5", "35.0", "36.5", "38.0", "40.0"), "outcome", "DEBP"),
            Ind("6.2.1", "Share of public services provided electronically", "%", "82.0",
                ("85.0", "88.0", "90.0", "93.0", "95.0"), "outcome", "DDPS"),
            Ind("6.3.1", "Number of participatory budgeting projects implemented", "units", "18",
                ("30", "40", "50", "60", "70"), "output", "DIP"),
            Ind("6.3.2", "Share of residents who took part in voting on participatory budgeting projects",
                "%", "", ("3.0", "4.0", "5.0", "6.0", "7.0"), "outcome", "DIP"),
        ],
    },
]

KOS_MEASURES: list[tuple[str, list[str]]] = [
    ("3.1. Economy", [
        "Co-finance technological modernisation projects of manufacturing enterprises from the local budget",
        "Subsidise interest rates on loans to SMEs in priority sectors under the Business Road Map 2025",
        "Complete the engineering infrastructure of the Kostanay industrial zone and build industrial sites "
        "in Rudny and Lisakovsk",
        "Organise business forums, fairs and courses on the basics of entrepreneurship for young people and "
        "women",
        "Help exporters to certify their products and to take part in international exhibitions",
        "Attract component suppliers to the automobile and agricultural machinery plants of Kostanay",
    ]),
    ("3.2. Agro-industrial complex", [
        "Subsidise seeds of oilseeds, pulses and forage crops to diversify sown areas",
        "Subsidise the purchase of pedigree cattle and the construction of feedlots",
        "Reimburse part of the investment in meat and milk processing plants",
        "Restore irrigation systems and bring unused irrigated land back into use",
        "Support the creation of agricultural cooperatives of small farms",
        "Subsidise equipment for moisture-saving and precision farming",
    ]),
    ("3.3. Infrastructure and living environment", [
        "Build and reconstruct water supply networks in rural settlements",
        "Repair and reconstruct roads of regional and district significance",
        "Build gas distribution networks in district centres and large villages",
        "Build rental housing and engineering networks for new residential areas in Kostanay and Rudny",
        "Replace worn-out heat and water supply networks in towns",
    ]),
    ("3.4. Human capital", [
        "Open kindergartens in new residential areas of Kostanay and Rudny",
        "Build new schools to replace schools working in three shifts",
        "Introduce dual training in colleges together with employers",
        "Equip district hospitals and open medical posts in villages",
        "Restore historical monuments and modernise the regional museum of local history",
    ]),
    ("3.5. Environment", [
        "Agree environmental efficiency programmes with the largest emitters of the region",
        "Build a waste sorting plant in Kostanay",
        "Carry out the energy-efficient renovation of schools, hospitals and administrative buildings",
    ]),
    ("3.6. Governance", [
        "Bring property and land plots that are used but not registered into the tax base",
        "Transfer public services of the akimats to electronic format",
        "Introduce participatory budgeting in Kostanay and Rudny",
        "Train civil servants of the akimats in project management and public procurement",
    ]),
]

KOS_XLSX_SHEETS: list[dict[str, Any]] = [
    {
        "name": "Economy",
        "subtitle": "Matrix of additional target indicators. Goal 1: economy and entrepreneurship",
        "goal": "1",
        "indicators": [
            Ind("1.1.3", "Output of the food and beverage industry", "KZT bn", "185.0",
                ("200.0", "215.0", "232.0", "250.0", "270.0"), "outcome", "DEID"),
            Ind("1.3.2", "Number of operating SMEs", "thousand units", "52.4",
                ("54.0", "55.5", "57.0", "58.5", "60.0"), "outcome", "DEID"),
            Ind("1.3.4", "Output of SMEs", "KZT bn", "1,020.0",
                ("1,100.0", "1,180.0", "1,270.0", "1,360.0", "1,450.0"), "outcome", "DEID"),
            Ind("1.3.5", "Volume of bank loans to SMEs", "KZT bn", "96.0",
                ("105.0", "115.0", "126.0", "138.0", "150.0"), "outcome", "DEID"),
            Ind("1.3.6", "Share of SMEs in non-commodity exports", "%", "",
                ("30.0", "32.0", "34.0", "36.0", "38.0"), "outcome", "DEID"),
            Ind("1.3.7", "Tax revenues from SMEs", "KZT bn", "41.0",
                ("44.0", "47.5", "51.0", "55.5", "60.0"), "outcome", "DEBP"),
            Ind("1.4.2", "Inflow of foreign direct investment", "USD mln", "145.0",
                ("160.0", "175.0", "190.0", "210.0", "230.0"), "outcome", "DEID"),
            Ind("1.7.2", "Number of exporting enterprises", "units", "118",
                ("125", "132", "140", "148", "155"), "outcome", "DEID"),
        ],
    },
    {
        "name": "Agriculture",
        "subtitle": "Matrix of additional target indicators. Goal 2: agro-industrial complex",
        "goal": "2",
        "indicators": [
            Ind("2.1.3", "Gross output of crop production", "KZT bn", "455.0",
                ("500.0", "540.0", "580.0", "615.0", "650.0"), "outcome", "DALR"),
            Ind("2.1.4", "Gross output of livestock production", "KZT bn", "235.0",
                ("260.0", "280.0", "300.0", "325.0", "350.0"), "outcome", "DALR"),
            Ind("2.2.2", "Area under forage crops", "thousand ha", "390.0",
                ("410.0", "430.0", "450.0", "470.0", "490.0"), "outcome", "DALR"),
            Ind("2.2.3", "Share of wheat in the sown area", "%", "71.0",
                ("69.0", "67.0", "65.0", "63.0", "62.0"), "outcome", "DALR"),
            Ind("2.3.2", "Number of pedigree cattle", "thousand heads", "52.0",
                ("56.0", "60.0", "66.0", "72.0", "78.0"), "outcome", "DALR"),
            Ind("2.3.3", "Production of beef (slaughter weight)", "thousand tonnes", "50.2",
                ("53.0", "55.0", "58.0", "62.0", "66.0"), "outcome", "DALR"),
            Ind("2.4.2", "Volume of milk processed at industrial enterprises", "thousand tonnes", "148.0",
                ("155.0", "163.0", "172.0", "181.0", "190.0"), "outcome", "DALR"),
            Ind("2.5.2", "Area of irrigated land brought back into use", "thousand ha", "1.2",
                ("1.5", "2.5", "2.5", "2.5", "2.5"), "output", "DALR"),
            Ind("2.6.2", "Number of agricultural cooperatives", "units", "",
                ("190", "220", "250", "280", "300"), "output", "DALR"),
            Ind("2.7.2", "Number of agricultural producers using precision farming", "units", "",
                ("–", "150", "220", "300", "380"), "outcome", "DALR"),
        ],
    },
]

KOS_FINANCING = {
    "Republican budget (targeted transfers)": [58.3, 61.7, 64.2, 66.9, 69.5],
    "Local budget": [41.6, 43.9, 46.3, 48.8, 51.4],
    "Private investment, including public-private partnerships": [12.8, 14.1, 15.6, 17.2, 19.0],
}

KOS_ABBREVIATIONS = [
    "DALR – Department of Agriculture and Land Relations",
    "DC – Department of Culture, Archives and Documentation",
    "DCAU – Department of Construction, Architecture and Urban Planning",
    "DDPS – Department of Digitalisation and Public Services",
    "DEBP – Department of Economy and Budget Planning",
    "DEd – Department of Education",
    "DEHU – Department of Energy and Housing and Utilities",
    "DEID – Department of Entrepreneurship and Industrial-Innovative Development",
    "DESP – Department of Employment Coordination and Social Programmes",
    "DH – Department of Healthcare",
    "DIP – Department of Internal Policy",
    "DNR – Department of Natural Resources and Environmental Management",
    "DPTH – Department of Passenger Transport and Highways",
]


def kos_counts() -> tuple[int, int, int, int]:
    goals = len(KOS_GOALS)
    objectives = sum(len(g["objectives"]) for g in KOS_GOALS)
    in_doc = sum(len(g["indicators"]) + len(g.get("sentences", {})) for g in KOS_GOALS)
    in_annex = sum(len(s["indicators"]) for s in KOS_XLSX_SHEETS)
    return goals, objectives, in_doc, in_annex


def build_kostanay(key: Key) -> DocWriter:
    w = DocWriter(key, KOS, KOS_TITLE,
                  "Regional development programme, 2021–2025", "Akimat of Kostanay Region")
    w.p("Approved by decision of the Kostanay regional maslikhat (December 2020)", italic=True)
    goals, objectives, in_doc, in_annex = kos_counts()
    total_fin = sum(sum(v) for v in KOS_FINANCING.values())

    w.h(1, "Passport of the Programme", role="background")
    w.table(
        ["Item", "Content"],
        [
            ["Name", "Development Programme of Kostanay Region for 2021–2025"],
            ["Basis for development", "Strategy 2025: National Development Strategy; Programme for Regional "
             "Development for 2020–2025; Business Road Map 2025"],
            ["Developer", "Akimat of Kostanay Region (Department of Economy and Budget Planning)"],
            ["Implementation period", "2021–2025"],
            ["Sources and volumes of financing", f"KZT {fmt_bn(total_fin)} billion from the republican and "
             "local budgets and private investment"],
        ],
        [5.0, 12.0],
    )

    w.h(1, "1. Analysis of the current situation", role="background")
    w.h(2, "1.1. General characteristics of the region")
    w.p(
        "Kostanay region lies in the north of Kazakhstan on the border with the Russian Federation. Its "
        "area is 196 thousand square kilometres, and at the beginning of 2020 its population was 868.5 "
        "thousand people, of whom 52% lived in towns. The region consists of 16 districts and four towns of "
        "regional significance: Kostanay, Rudny, Lisakovsk and Arkalyk."
    )
    w.h(2, "1.2. Economy")
    w.p(
        "In 2019 gross regional product reached KZT 2.4 trillion, or 3.5% of the national total. Industry "
        "produces a quarter of it: iron ore mining and processing in Rudny and Lisakovsk, automobile and "
        "agricultural machinery assembly in Kostanay, and food processing. The share of small and "
        "medium-sized enterprises in gross regional product grew from 24.1% in 2015 to 28.5% in 2019."
    )
    w.p(
        "Manufacturing output was KZT 640.5 billion in 2019. The automobile plant in Kostanay assembled "
        "more than 30 thousand cars, but most components are still imported, and exports of "
        "non-commodity goods were worth USD 410 million."
    )
    w.h(2, "1.3. Agro-industrial complex")
    w.p(
        "The region has 5.3 million hectares of arable land and 4.4 million hectares of sown area, more "
        "than 70% of which is sown with spring wheat. In 2019 farmers harvested 4.6 million tonnes of "
        "grain. The wheat monoculture depletes soils and makes farm incomes depend on the weather and on "
        "world prices. The region kept 431 thousand head of cattle, and 38% of meat was processed at "
        "industrial enterprises."
    )
    w.h(2, "1.4. Infrastructure and living environment")
    w.p(
        "Centralised water supply reaches 64% of the rural population, and 41% of the population has "
        "access to natural gas. Of the 7.8 thousand kilometres of roads of regional and district "
        "significance, 28% are in poor condition. Heat supply networks in the towns are 68% worn out."
    )
    w.h(2, "1.5. Human capital")
    w.p(
        "The region has 532 schools, four of which still work in three shifts, and 24 colleges. Life "
        "expectancy at birth was 72.1 years in 2019, and the unemployment rate was 4.8%. Every year about "
        "five thousand young people leave the region for Nur-Sultan, Almaty and Russian cities."
    )

    w.h(1, "2. Goals, objectives and target indicators", role="objectives")
    w.p(
        f"The Programme sets {goals} goals, {objectives} objectives and {in_doc + in_annex} target "
        f"indicators ({in_doc} in this document and {in_annex} in Annex 1, the matrix of additional target "
        "indicators). The indicators and their target values follow the list approved by the Ministry of "
        "National Economy, and progress on each of them is reported to the Ministry every quarter."
    )
    for n, goal in enumerate(KOS_GOALS, start=1):
        w.goal(goal["code"], goal["text"])
        w.p(f"Link to national documents: {cite(goal['refs'])}.", italic=True)
        w.reference("goal", goal["code"], goal["refs"])
        for code, text, refs in goal["objectives"]:
            w.objective(code, text, mode=goal["mode"], refs=refs)
            if code in goal.get("sentences", {}):
                w.sentence_indicator(goal["sentences"][code])
        note = " (additional indicators are given in Annex 1)" if goal["code"] in ("1", "2") else ""
        w.indicator_table(f"Table {n}. Target indicators of Goal {goal['code']}{note}", goal["indicators"],
                          KOS_YEARS, 2019)

    w.h(1, "3. Measures for achieving the goals", role="measures")
    w.p(
        "The measures are detailed in the annual action plans of the akimat, which name the responsible "
        "departments and the amount of financing for each measure."
    )
    for heading, measures in KOS_MEASURES:
        w.h(2, heading)
        w.p("Measures:")
        w.items("measure", [(None, m) for m in measures], mode="bullet")

    w.h(1, "4. Necessary resources", role="resources")
    w.h(2, "4.1. Financial resources")
    w.p(f"The total financing of the Programme for 2021–2025 is {fmt_bn(total_fin)} bn tenge.")
    financing_table(w, f"Table {len(KOS_GOALS) + 1}. Financing of the Programme, KZT billion", KOS_FINANCING,
                    KOS_YEARS)
    w.h(2, "4.2. Human resources")
    w.p(
        "The Programme is implemented by 13 departments of the regional akimat and by the akimats of 16 "
        "districts and four towns. The region lacks about 120 specialists in veterinary services, "
        "construction supervision and project preparation; they are recruited under the \"With a diploma "
        "to the village\" programme and trained at the regional branch of the Academy of Public "
        "Administration."
    )
    w.h(2, "4.3. Implementation timeline")
    w.p(
        "The Programme is implemented in two stages: 2021–2023 and 2024–2025. Annual action plans are "
        "approved by the akim by 1 February of each year; large infrastructure projects follow the "
        "schedule of the regional investment plan."
    )
    w.resources_stated("financial", "human", "time")

    w.h(1, "5. Risks and their management", role="risks")
    w.table(
        ["Risk", "Probability", "Mitigation measures"],
        [
            ["Reduction of transfers from the republican budget", "Medium", "Phasing of infrastructure "
             "projects; attraction of public-private partnerships"],
            ["Drought and crop failure", "High", "Crop insurance; diversification of crops; "
             "moisture-saving farming"],
            ["Outbreaks of animal diseases", "Medium", "Preventive vaccination; veterinary control at "
             "the border"],
            ["Shortage of qualified staff in districts", "High", "Housing and relocation allowances for "
             "young specialists; training of staff"],
            ["Rising construction costs and delays by contractors", "Medium", "Fixed-price contracts; "
             "penalties for delays; technical supervision"],
        ],
        [6.0, 2.5, 8.5],
    )

    w.h(1, "6. Monitoring and evaluation", role="monitoring")
    w.p(
        "The Department of Economy and Budget Planning collects quarterly reports of the responsible "
        "departments and sends them to the Ministry of National Economy. Every year the akimat reports to "
        "the maslikhat on the implementation of the Programme and publishes the report on its website; "
        "public hearings are held in Kostanay and Rudny. On the basis of the mid-term review in 2023 the "
        "akimat may propose to the maslikhat changes to the measures and target values of the Programme."
    )

    w.h(1, "Abbreviations")
    w.bullets(KOS_ABBREVIATIONS)
    return w


def build_kostanay_xlsx(key: Key, path: Path) -> None:
    wb = Workbook()
    wb.remove(wb.active)
    years = KOS_YEARS
    # Year headers are numbers, as when a planner types them into Excel.
    header: list[Any] = ["No.", "Indicator", "Unit", "Baseline (2019)", *years, "Responsible"]
    ncol = len(header)
    last = get_column_letter(ncol)
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    goals = {g["code"]: g for g in KOS_GOALS}
    for spec in KOS_XLSX_SHEETS:
        ws = wb.create_sheet(spec["name"])
        ws["A1"] = "Annex 1 to the Development Programme of Kostanay Region for 2021–2025"
        ws["A1"].font = Font(bold=True, size=13)
        ws.merge_cells(f"A1:{last}1")
        ws["A2"] = spec["subtitle"]
        ws["A2"].font = Font(bold=True)
        ws.merge_cells(f"A2:{last}2")
        ws["A3"] = "Baseline: data of the Bureau of National Statistics for 2019"
        ws["A3"].font = Font(italic=True)
        ws.merge_cells(f"A3:{last}3")
        for c, text in enumerate(header, start=1):
            cell = ws.cell(row=4, column=c, value=text)
            cell.font = Font(bold=True)
            cell.border = border
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        goal = goals[spec["goal"]]
        ws.cell(row=5, column=1, value=f"Goal {goal['code']}. {goal['text']}").font = Font(bold=True)
        ws.merge_cells(f"A5:{last}5")
        key.objectives.append({"file": KOS_XLSX, "kind": "goal", "code": goal["code"], "text": goal["text"]})
        row = 6
        for ind in spec["indicators"]:
            values: list[Any] = [ind.code, ind.text, ind.unit]
            for raw in (ind.base, *ind.values):
                v = num(raw)
                if v is None:
                    values.append(raw if raw else None)
                elif "." in raw:
                    values.append(v)
                else:
                    values.append(int(v))
            values.append(ind.resp)
            for c, v in enumerate(values, start=1):
                cell = ws.cell(row=row, column=c, value=v)
                cell.border = border
                if isinstance(v, float):
                    decimals = len(next(r for r in (ind.base, *ind.values) if "." in r).split(".")[1])
                    cell.number_format = "#,##0." + "0" * decimals
                elif isinstance(v, int):
                    cell.number_format = "#,##0"
                if c == 2:
                    cell.alignment = Alignment(wrap_text=True)
            key.indicators.append(indicator_entry(KOS_XLSX, ind, years, 2019, "sheet"))
            row += 1
        ws.cell(row=row + 1, column=1, value="Note: the indicators are reported to the Ministry of National "
                "Economy every quarter together with the indicators of the Programme.").font = Font(italic=True)
        widths = [8, 52, 16, 12] + [9] * len(years) + [13]
        for c, width in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(c)].width = width
        ws.freeze_panes = "C5"
    props = wb.properties
    props.title = "Development Programme of Kostanay Region for 2021–2025: Annex 1"
    props.creator = props.lastModifiedBy = "Akimat of Kostanay Region"
    props.description = DISCLAIMER
    props.created = props.modified = FIXED_DATE
    buf = io.BytesIO()
    wb.save(buf)
    path.write_bytes(normalise_zip(buf.getvalue(), patch_core=True))


# =========================================================================== 6. Livestock plan

L_YEARS = [2022, 2023, 2024, 2025, 2026]
LIVESTOCK_TITLE = "Plan for the Development of Beef Cattle Breeding in Kostanay Region for 2022–2026"
LIVESTOCK_GOAL = "Increase the production and export of beef from Kostanay region by developing beef cattle breeding"
LIVESTOCK_OBJECTIVES = [
    ("1", "Increase the number of beef cattle and the share of pedigree animals in the herd"),
    ("2", "Strengthen the forage base of beef cattle breeding"),
    ("3", "Increase feedlot capacity and the production of beef"),
    ("4", "Increase exports of beef and live cattle"),
]
LIVESTOCK_INDICATORS = [
    Ind("1.1", "Number of cattle in agricultural enterprises and peasant farms", "thousand heads", "298.0",
        ("310.0", "325.0", "340.0", "355.0", "370.0"), "outcome", "DALR"),
    Ind("1.2", "Number of pedigree beef cattle", "thousand heads", "58.0", ("64.0", "70.0", "77.0", "84.0", "92.0"),
        "outcome", "DALR"),
    Ind("1.3", "Share of pedigree cattle in the total herd", "%", "12.8", ("13.8", "15.0", "16.2", "17.4", "18.6"),
        "outcome", "DALR"),
    Ind("1.4", "Number of pedigree bulls purchased for commercial herds", "heads", "1,150",
        ("1,200", "1,300", "1,400", "1,500", "1,600"), "output", "DALR"),
    Ind("1.5", "Subsidies for the purchase of pedigree breeding stock", "KZT mln", "2,450.0",
        ("2,600.0", "2,800.0", "3,000.0", "3,200.0", "3,400.0"), "input", "DALR"),
    Ind("2.1", "Area of improved pastures", "thousand ha", "120.0", ("150.0", "180.0", "210.0", "240.0", "270.0"),
        "output", "DALR"),
    Ind("2.2", "Production of forage (hay and haylage)", "thousand tonnes", "1,450.0",
        ("1,520.0", "1,590.0", "1,660.0", "1,730.0", "1,800.0"), "outcome", "DALR"),
    Ind("2.3", "Area under perennial grasses", "thousand ha", "205.0", ("220.0", "240.0", "260.0", "280.0", "300.0"),
        "outcome", "DALR"),
    Ind("3.1", "Number of operating feedlots", "units", "18", ("20", "22", "24", "26", "28"), "output", "DALR"),
    Ind("3.2", "One-time capacity of feedlots", "thousand heads", "32.0", ("36.0", "40.0", "45.0", "50.0", "55.0"),
        "output", "DALR"),
    Ind("3.3", "Production of beef (slaughter weight)", "thousand tonnes", "54.3",
        ("57.0", "61.0", "66.0", "71.0", "76.0"), "outcome", "DALR"),
    Ind("4.1", "Exports of beef", "thousand tonnes", "6.2", ("7.0", "8.5", "10.0", "11.5", "13.0"), "outcome", "DALR"),
    Ind("4.2", "Exports of live cattle", "thousand heads", "21.5", ("23.0", "25.0", "27.0", "29.0", "31.0"),
        "outcome", "DALR"),
    Ind("4.3", "Number of enterprises accredited for the export of beef", "units", "4", ("5", "6", "7", "8", "9"),
        "output", "DV"),
]
LIVESTOCK_MEASURES = [
    ("3.1", "Subsidise the purchase of pedigree breeding stock of beef cattle"),
    ("3.2", "Subsidise the cost of improving the breeding quality of commercial herds"),
    ("3.3", "Provide preferential loans to peasant farms for the purchase of breeding cattle under the "
            "\"Sybaga\" programme"),
    ("3.4", "Subsidise the construction and expansion of feedlots with a one-time capacity of at least 1,000 "
            "head"),
    ("3.5", "Reimburse part of the investment costs of building slaughterhouses and meat-processing plants"),
    ("3.6", "Subsidise the cost of forage for pedigree breeding stock"),
    ("3.7", "Support the accreditation of meat-processing enterprises for export to China, the Middle East and "
            "the countries of the Eurasian Economic Union"),
    ("3.8", "Carry out preventive vaccination of cattle against foot-and-mouth disease, brucellosis and "
            "nodular dermatitis"),
]
LIVESTOCK_FINANCING = {
    "Republican budget (subsidies)": [6_850.0, 7_240.0, 7_700.0, 8_150.0, 8_600.0],
    "Local budget": [1_120.0, 1_180.0, 1_260.0, 1_330.0, 1_400.0],
    "Loans under the \"Sybaga\" programme": [5_200.0, 5_500.0, 5_800.0, 6_100.0, 6_400.0],
    "Own funds of agricultural producers": [3_400.0, 3_650.0, 3_900.0, 4_200.0, 4_500.0],
}
LIVESTOCK_FINANCING_HEADING = "4. Financing of the Plan"
LIVESTOCK_REPORTING = (
    "The Department of Agriculture and Land Relations submits information on the achievement of the target "
    "indicators of the Plan to the Ministry of Agriculture twice a month, by the 5th and the 20th day of "
    "each month, in the form of the table of target indicators."
)
LIVESTOCK_REFS = [(KOS, "objective", "2.3")]


def build_livestock(key: Key) -> DocWriter:
    w = DocWriter(key, LIVESTOCK, LIVESTOCK_TITLE, "Regional sector plan, 2022–2026", "Akimat of Kostanay Region")
    w.p("Approved by resolution of the Akimat of Kostanay Region (2022)", italic=True)
    w.p(
        "The Plan is the regional part of the national plan for the development of livestock farming and "
        f"implements the {cite(LIVESTOCK_REFS)}."
    )
    w.reference("goal", None, LIVESTOCK_REFS)

    w.h(1, "1. Analysis of the current state of the sector", role="background")
    w.p(
        "At 1 January 2022 the region had 452.3 thousand head of cattle, of which 298.0 thousand were kept "
        "by agricultural enterprises and peasant farms and the rest by households. Pedigree cattle numbered "
        "58.0 thousand head, or 12.8% of the herd; the main breeds are Kazakh Whitehead, Aberdeen Angus and "
        "Hereford."
    )
    w.p(
        "In 2021 the region produced 54.3 thousand tonnes of beef in slaughter weight and exported 6.2 "
        "thousand tonnes of beef and 21.5 thousand head of live cattle, mainly to Uzbekistan and China. "
        "Eighteen feedlots with a one-time capacity of 32 thousand head were in operation, and four "
        "meat-processing enterprises were accredited for export."
    )
    w.p(
        "The main constraints of the sector are the low share of pedigree animals, the shortage of forage "
        "in dry years, the underuse of feedlot capacity and the small number of enterprises accredited for "
        "export."
    )

    w.h(1, "2. Goal, objectives and target indicators", role="objectives")
    w.h(2, "2.1. Goal of the Plan")
    w.goal(None, LIVESTOCK_GOAL, mode="plain")
    w.h(2, "2.2. Objectives of the Plan")
    for code, text in LIVESTOCK_OBJECTIVES:
        w.objective(code, text, mode="heading")
    w.h(2, "2.3. Target indicators")
    w.indicator_table("Table 1. Target indicators of the Plan", LIVESTOCK_INDICATORS, L_YEARS, 2021)

    w.h(1, "3. Measures", role="measures")
    w.p("Measures:")
    w.items("measure", list(LIVESTOCK_MEASURES), mode="nodot")

    w.h(1, LIVESTOCK_FINANCING_HEADING, role="resources")
    total = sum(sum(v) for v in LIVESTOCK_FINANCING.values())
    w.p(
        "The Plan is financed from the republican and local budgets, from loans under the \"Sybaga\" "
        f"programme and from the own funds of agricultural producers. The total amount is KZT {fmt_bn(total)} "
        "million."
    )
    financing_table(w, "Table 2. Financing of the Plan, KZT million", LIVESTOCK_FINANCING, L_YEARS)
    w.resources_stated("financial")

    w.h(1, "5. Reporting", role="monitoring")
    w.p(LIVESTOCK_REPORTING)

    w.h(1, "Abbreviations")
    w.bullets(["DALR – Department of Agriculture and Land Relations", "DV – Department of Veterinary"])
    return w


# =========================================================================== planted problems


def plant(key: Key) -> None:
    """The problems planted in the documents, with quotes looked up from what was written."""
    o, i = key.objective, key.indicator
    p = key.planted

    def add(code: str, files: list[str], quotes: list[str], detail: str, note: str, **extra: Any) -> None:
        p.append({"code": code, "files": files, "quotes": quotes, "detail": detail, "note": note, **extra})

    add("UNCOVERED_PRIORITY", [STRATEGY, PRD, KOS],
        [o(STRATEGY, "3.3")["text"], key_measure(key, PRD, "3.2.1")],
        "national priority for Kostanay region: flour-milling and grain-processing cluster",
        "Strategy 2025 (objective 3.3) and the PRD (measure 3.2.1) designate a flour-milling and "
        "grain-processing cluster in Kostanay region, but the Development Programme of Kostanay Region never "
        "mentions it: no objective, measure or indicator takes it up (OECD 2020, 2.3.1).")
    add("UNLINKED_OBJECTIVE", [KOS], [o(KOS, "4.6")["text"]],
        "objective 4.6 of the Kostanay programme",
        "No objective of Strategy 2025, the PRD or the BRM deals with culture or heritage; the regional "
        "objective has no plausible national parent and cites none.")
    roads_prd, roads_kos = i(PRD, "3.2"), i(KOS, "3.2.1")
    years = [
        t["year"] for t in roads_kos["targets"] if target_in(roads_kos, t["year"]) < target_in(roads_prd, t["year"])
    ]
    assert roads_prd["text"] == roads_kos["text"] and 2025 in years
    add("TARGET_CONFLICT", [PRD, KOS], [roads_prd["text"]],
        f"Kostanay targets below PRD targets in {', '.join(map(str, years))}; 2025: PRD "
        f"{target_in(roads_prd, 2025)}%, Kostanay {target_in(roads_kos, 2025)}%",
        "The Kostanay target for the same indicator and year is less ambitious than the national target it "
        "should contribute to.",
        values={str(y): {PRD: target_in(roads_prd, y), KOS: target_in(roads_kos, y)} for y in years})
    gas = i(KOS, "3.3.1")
    # The issue defines a linked target whose deadline falls after the higher plan's period as a
    # TARGET_CONFLICT; PERIOD_MISMATCH is kept for whole plans (the livestock plan below).
    add("TARGET_CONFLICT", [KOS, PRD], [gas["text"], "to 60.0% by 2028"],
        "regional target year 2028 is after the end of the PRD (2025) and of the programme itself (2025)",
        "The gas-supply target of the Kostanay programme falls outside the period of the national programme "
        "it implements and outside its own period, so it cannot be monitored against either.")
    add("PERIOD_MISMATCH", [LIVESTOCK, KOS, STRATEGY], [LIVESTOCK_TITLE],
        "plan period 2022–2026; parent regional programme 2021–2025; Strategy 2025 ends in 2025",
        "The livestock plan runs one year beyond the regional programme (objective 2.3) it implements; its "
        "2026 targets have no parent target.")
    for prd_code, brm_code, how in (("3.2.2", "3.1.1", "near-verbatim"), ("3.2.3", "3.1.2", "paraphrased"),
                                    ("3.1.3", "3.2.1", "paraphrased, overlapping")):
        add("DUPLICATE_STRATEGY", [PRD, BRM], [key_measure(key, PRD, prd_code), key_measure(key, BRM, brm_code)],
            f"PRD measure {prd_code} and BRM task {brm_code} ({how})",
            "Two national programmes at the same level fund the same instrument, with different owners and "
            "no cross-reference ('inflation of strategies', OECD 2020, 3.1.1).")
    add("DUPLICATE_INDICATOR", [PRD, BRM], [i(PRD, "4.1")["text"]],
        "PRD indicator 4.1 and BRM indicator 1.1: same name, unit, baseline and targets",
        "The same indicator is set by two national programmes at the same level; it is unclear which "
        "programme owns it and which is accountable.")
    add("DUPLICATE_INDICATOR", [KOS, KOS_XLSX], [i(KOS, "1.3.2")["text"]],
        "indicator 1.3.2 appears in Table 1 of the programme and again in Annex 1, sheet 'Economy'",
        "The annex of additional indicators repeats an indicator of the programme, so it is counted and "
        "reported twice.")
    add("CONTRADICTORY_OBJECTIVES", [PRD, BRM], [o(PRD, "1")["text"], o(BRM, "2")["text"]],
        "PRD objective 1 (concentration in growth poles) vs BRM objective 2 (reduce concentration in large "
        "cities)",
        "Two national programmes pull in opposite directions on the spatial distribution of public support "
        "without saying how they are reconciled (OECD 2020, 3.1.1).")
    add("MISSING_RISK_SECTION", [LIVESTOCK], [LIVESTOCK_TITLE], "no risk identification or mitigation",
        "The livestock plan does not identify financial, capability, schedule or animal-health risks, or how "
        "they would be mitigated (OECD 2020, 1.3.2).")
    add("MISSING_RESOURCES", [LIVESTOCK], [LIVESTOCK_FINANCING_HEADING], "human, time",
        "The plan states funding only: no staff, veterinary or breeding specialists, and no timeline or "
        "schedule of implementation for its measures (OECD 2020, 1.3.2).")
    add("MISSING_MONITORING", [LIVESTOCK], [LIVESTOCK_REPORTING],
        "feedback: reporting of indicators only, no evaluation, adjustment or stakeholder feedback",
        "Monitoring consists of filling the indicator table twice a month; there is no evaluation, no "
        "feedback loop and no procedure to adjust the plan (OECD 2020, 1.3.2 and 3.1.1).")
    add("MISSING_IMPACT_ASSESSMENT", [KOS], [KOS_TITLE],
        "no section on expected results, economic or territorial impact",
        "The regional programme has risks, resources and monitoring but does not assess the economic and "
        "territorial impact of its measures (OECD 2020, 1.3.2).")
    add("MISSING_IMPACT_ASSESSMENT", [LIVESTOCK], [LIVESTOCK_TITLE],
        "no section on expected results or impact on the local economy",
        "The plan does not say how livestock exports would benefit the local economy (jobs, tax revenues, "
        "productivity) (OECD 2020, 3.1.1).")
    for file, code in ((KOS, "1.5.1"), (KOS, "3.6.1"), (KOS, "6.3.2"), (KOS_XLSX, "1.3.6"),
                       (KOS_XLSX, "2.6.2"), (KOS_XLSX, "2.7.2")):
        ind = i(file, code)
        assert ind["baseline"] is None
        add("INDICATOR_INCOMPLETE", [file], [ind["text"]], f"indicator {code}: no baseline",
            "Without a baseline the target cannot be judged for ambition or progress.")
    assert {x["type"] for x in key.indicators if x["file"] in (KOS, KOS_XLSX)
            and (x["code"] or "").startswith("1.6.")} == {"output"}
    add("OUTPUT_ONLY", [KOS],
        [o(KOS, "1.6")["text"], i(KOS, "1.6.1")["text"], i(KOS, "1.6.2")["text"], i(KOS, "1.6.3")["text"]],
        "objective 1.6 is measured only by people trained, grants awarded and events held",
        "The objective reports what the akimat produces, not what changes for young and female "
        "entrepreneurs (e.g. firms started and surviving, jobs created) (OECD 2020, 3.2.2).")
    assert not [x for x in key.indicators if x["file"] in (KOS, KOS_XLSX)
                and (x["code"] or "").startswith("6.4.")]
    add("OBJECTIVE_WITHOUT_INDICATOR", [KOS], [o(KOS, "6.4")["text"]], "objective 6.4 has no indicator",
        "No indicator in the programme or its annex measures this objective.")
    goals, objectives, in_doc, in_annex = kos_counts()
    add("INDICATOR_OVERLOAD", [KOS, KOS_XLSX],
        [f"The Programme sets {goals} goals, {objectives} objectives and {in_doc + in_annex} target indicators"],
        f"{objectives} objectives and {in_doc + in_annex} indicators reported quarterly",
        "A long list of centrally set objectives and indicators, all reported every quarter, invites "
        "'tick the box' reporting (OECD 2020, 1.3.2 and 3.1.1).",
        counts={"goals": goals, "objectives": objectives, "indicators": in_doc + in_annex})
    n13 = sum(1 for x in key.indicators if x["file"] in (KOS, KOS_XLSX) and (x["code"] or "").startswith("1.3."))
    add("INDICATOR_OVERLOAD", [KOS, KOS_XLSX], [o(KOS, "1.3")["text"]],
        f"objective 1.3 has {n13} indicators (3 in the programme, {n13 - 3} in Annex 1, one repeated)",
        "One objective carries far more indicators than the others.", counts={"indicators": n13})
    add("NARROW_VISION", [LIVESTOCK], [LIVESTOCK_TITLE],
        "missing areas: skills/education (breeder training), innovation/technology, urban planning/land use, "
        "stakeholder consultation, rural development; covered: investment/finance only (plus processing "
        "enterprises)",
        "A sector-only plan that ignores the training of local breeders and the development of rural areas "
        "(OECD 2020, 2.3.2).")
    add("UNCONTROLLABLE_INDICATOR", [KOS], [i(KOS, "4.4.2")["text"]],
        "advisory: infant mortality depends mostly on national health policy and financing",
        "The akimat has little control over mortality rates (OECD 2020, 3.1.1). DOMAIN.md lists this check "
        "as advisory; it is not one of the core finding codes.", advisory=True)


def key_measure(key: Key, file: str, code: str) -> str:
    found = [t for t in key.tasks_and_measures if t["file"] == file and t["code"] == code]
    assert len(found) == 1, (file, code)
    return found[0]["text"]


def target_in(ind: dict[str, Any], year: int) -> float:
    return next(t["value"] for t in ind["targets"] if t["year"] == year)


# =========================================================================== main


def build(out_dir: Path) -> Key:
    out_dir.mkdir(parents=True, exist_ok=True)
    key = Key()
    for builder in (build_strategy, build_prd, build_brm, build_kostanay):
        writer = builder(key)
        writer.save(out_dir / writer.file)
    build_kostanay_xlsx(key, out_dir / KOS_XLSX)
    build_livestock(key).save(out_dir / LIVESTOCK)
    plant(key)
    written = {(x["file"], x["code"]) for x in key.indicators}
    assert BORDERLINE_TYPES <= written, BORDERLINE_TYPES - written

    project = {
        "schema": "concord.project/1",
        "name": "Kostanay region plans (sample)",
        "documents": [{"path": name, **meta, **({"short_name": SHORT_NAMES[name]} if name in SHORT_NAMES else {})}
                      for name, meta in DOCUMENTS.items()],
    }
    write_json(out_dir / "sample.concord", project)
    write_json(out_dir / "answer_key.json", key.to_dict())
    return key


def write_json(path: Path, data: Any) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT_DIR, help="output folder (default: resources/samples)")
    args = parser.parse_args(argv)
    key = build(args.out)
    for name in DOCUMENTS:
        objs = sum(1 for x in key.objectives if x["file"] == name)
        inds = sum(1 for x in key.indicators if x["file"] == name)
        acts = sum(1 for x in key.tasks_and_measures if x["file"] == name)
        print(f"{name}: {objs} goals/objectives, {acts} tasks/measures, {inds} indicators")
    print(f"planted problems: {len(key.planted)}; written to {args.out}")
    from make_samples_ru_kk import build as build_ru_kk  # the Russian and Kazakh pairs, in ru/ and kk/

    for language, local in build_ru_kk(args.out).items():
        print(f"{language}/: {len(local.objectives)} goals/objectives, {len(local.planted)} planted problems")


if __name__ == "__main__":
    main()
