"""The sentences of a comparison, from resources/templates/<lang>/changes.json.

Every change is worded from a template with named placeholders, so a ministry can re-word
"target for 2025 lowered from 35% to 30%" (or translate it) without touching code. Numbers are
written as the language writes them (28.5 / 28,5; 1,200 / 1 200). A template a translation
lacks comes from English.
"""

from __future__ import annotations

import json
from collections import defaultdict
from functools import lru_cache
from typing import Any

from analysis.compare.model import Change
from analysis.model import Item
from analysis.resources import load_lexicon, resources_dir

SHORT = 80


@lru_cache(maxsize=8)
def load_wording(language: str = "en") -> dict[str, Any]:
    """changes.json of `language`, each missing key filled from English (nested one level)."""
    base = resources_dir() / "templates"
    with open(base / "en" / "changes.json", encoding="utf-8") as fh:
        english = json.load(fh)
    path = base / language / "changes.json"
    if language == "en" or not path.is_file():
        return english
    with open(path, encoding="utf-8") as fh:
        local = json.load(fh)
    merged = dict(english)
    for key, value in local.items():
        merged[key] = {**english.get(key, {}), **value} if isinstance(value, dict) else value
    return merged


def fill(template: str, **values: Any) -> str:
    return template.format_map(defaultdict(str, values))


def shorten(text: str, limit: int = SHORT) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def capital(text: str) -> str:
    return text[:1].upper() + text[1:]


class Wording:
    def __init__(self, language: str = "en") -> None:
        self.language = language
        self.t = load_wording(language)

    # -- pieces ---------------------------------------------------------------------------------
    def number(self, value: float | int | None) -> str:
        if value is None:
            return self.t["none"]
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, int):
            text = f"{value:,}" if abs(value) >= 10000 else str(value)
        else:
            text = f"{value:,.6g}" if abs(value) >= 10000 else f"{value:.6g}"
        return text.replace(",", "\0").replace(".", self.t["decimal"]).replace("\0", self.t["thousands"])

    def value(self, value: float | None, unit: str | None) -> str:
        if value is None:
            return self.t["none"]
        if not unit:
            return self.number(value)
        key = "percent" if unit.strip() == "%" else "value_unit"
        return fill(self.t[key], value=self.number(value), unit=self.unit(unit))

    def unit(self, unit: str) -> str:
        """A unit (extraction names it canonically, in English) as the language writes it: the
        first spelling its units lexicon gives ('thousand ha' -> 'тыс. га')."""
        if self.language == "en":
            return unit
        try:
            spellings = load_lexicon("units", self.language).get("units", {}).get(unit)
        except (FileNotFoundError, ValueError):
            spellings = None
        return spellings[0] if spellings else unit

    def value_year(self, data: dict[str, Any] | None, unit: str | None) -> str:
        if not data or data.get("value") is None:
            return self.t["none"]
        shown = self.value(data["value"], unit)
        return fill(self.t["value_year"], value=shown, year=data["year"]) if data.get("year") else shown

    def kind(self, kind: str) -> str:
        return self.t["item_kinds"].get(kind, kind)

    def item_ref(self, item: Item, code: str | None = None, quote: bool = True, limit: int = SHORT) -> str:
        """'objective 1.2 “Raise labour productivity…”' (the code given, else the item's own)."""
        code = code if code is not None else item.code
        name = item.extra.get("indicator_name") or item.text
        key = ("item_code" if code else "item") + ("_quoted" if quote else "")
        return fill(self.t[key], kind=self.kind(item.kind.value), code=code or "", text=shorten(name, limit))

    # -- sentences -----------------------------------------------------------------------------
    def refs(self, item: Item, code: str | None = None) -> dict[str, str]:
        """The ways a sentence names an item: {item} 'objective 1.2', {item_quoted}
        'objective 1.2 “Raise …”', and both capitalised ({Item}, {Item_quoted})."""
        plain, quoted = self.item_ref(item, code, quote=False), self.item_ref(item, code)
        return {"item": plain, "item_quoted": quoted, "Item": capital(plain), "Item_quoted": capital(quoted)}

    def sentence(self, change: Change) -> str:
        s = self.t["sentences"]
        d = change.detail
        old, new = change.old_item, change.new_item
        kind = change.kind
        if kind in ("added", "removed"):
            item = new if kind == "added" else old
            assert item is not None
            return fill(s[kind], text=item.text.rstrip(". "), **self.refs(item))
        if kind == "reworded":
            assert old and new
            return fill(s[kind], old=old.text, new=new.text, **self.refs(new))
        if kind == "moved":
            assert new
            key = (
                "moved"
                if d.get("old_parent") and d.get("new_parent")
                else "moved_to"
                if d.get("new_parent")
                else "moved_out"
            )
            return fill(
                s[key], old_parent=d.get("old_parent", ""), new_parent=d.get("new_parent", ""), **self.refs(new)
            )
        if kind == "recoded":
            assert old and new
            key = "recoded" if old.code and new.code else "recoded_added" if new.code else "recoded_dropped"
            return fill(s[key], old_code=old.code or "", new_code=new.code or "", **self.refs(old))
        if kind in ("target", "deadline", "baseline", "unit", "direction"):
            assert new
            return self._attribute(kind, d, self.refs(new))
        if kind.startswith("finding_"):
            finding = change.new_finding or change.old_finding
            assert finding is not None
            key = kind
            if kind == "finding_persisting" and d.get("old_severity") != d.get("new_severity"):
                key = "finding_persisting_severity"
            severity = self.t["severity"]
            return fill(
                s[key],
                title=finding.title,
                code=finding.code,
                old_severity=severity.get(d.get("old_severity", ""), ""),
                new_severity=severity.get(d.get("new_severity", ""), ""),
            )
        if kind in ("link_gained", "link_lost"):
            item = new or old
            assert item is not None
            return fill(s[kind], parent=d.get("parent", ""), **self.refs(item))
        return kind

    def _attribute(self, kind: str, d: dict[str, Any], refs: dict[str, str]) -> str:
        s = self.t["sentences"]
        unit = d.get("unit")
        if kind == "target":
            change = d["change"]
            key = f"target_{change}"
            if d.get("old_year") is not None:
                key += "_final"
            elif d.get("year") is None:
                key += "_undated"
            ambition = self.t["ambition"].get(d.get("ambition") or "", "")
            return fill(
                s[key],
                year=d.get("year") or "",
                old_year=d.get("old_year") or "",
                old=self.value(d.get("old"), unit),
                new=self.value(d.get("new"), unit),
                ambition=ambition,
                **refs,
            )
        if kind == "deadline":
            return fill(s[f"deadline_{d['change']}"], old=d["old"], new=d["new"], **refs)
        if kind == "baseline":
            return fill(
                s[f"baseline_{d['change']}"],
                old=self.value_year(d.get("old"), unit),
                new=self.value_year(d.get("new"), unit),
                **refs,
            )
        if kind == "direction":
            directions = self.t["directions"]
            return fill(
                s["direction_changed"],
                old=directions.get(d["old"], d["old"]),
                new=directions.get(d["new"], d["new"]),
                **refs,
            )
        return fill(s["unit_changed"], old=self.unit(d["old"]), new=self.unit(d["new"]), **refs)


def tracked_note(counts: dict[str, int], language: str = "en") -> str:
    """'; tracked changes accepted (3 insertions, 2 deletions)': what a document's status adds
    when the text analysed had tracked changes."""
    if not counts:
        return ""
    return fill(
        load_wording(language)["document_tracked"],
        insertions=counts.get("insertions", 0),
        deletions=counts.get("deletions", 0),
    )
