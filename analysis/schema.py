"""A small JSON Schema validator for the files planners and other programs hand Concord.

It reads the subset of JSON Schema that Concord's schemas use (resources/schemas/*.json): type,
enum, pattern, minimum, maximum, minLength, maxLength, minItems, maxItems, items, properties and
required, plus words of its own: `must` (the rule in a planner's words, used in the message), `label`
(what an array's item is called in a message: "document #2"), `ignore_case` (for `pattern`),
`ascending` (an array's items in order) and `file_name` (a string the file system can hold as a
path). The first violation is reported as one line: where it is, what it must be,
and what it is.

The JSON itself is parsed with bounds (`load_json`): a number of thousands of digits, NaN and
Infinity are refused before any value is built from them.
"""

from __future__ import annotations

import json
import os
import re
from functools import lru_cache
from typing import Any

from analysis.resources import resources_dir

MAX_DIGITS = 18  # no number Concord reads (a year, a level, a count) is longer


class SchemaError(ValueError):
    """A value that breaks the schema, worded for the planner (without the file name)."""


def _bounded_int(text: str) -> int:
    digits = len(text.lstrip("-"))
    if digits > MAX_DIGITS:
        raise SchemaError(f"a number with {digits:,} digits")
    return int(text)


def _bounded_float(text: str) -> float:
    if len(text) > 40:
        raise SchemaError(f"a number written with {len(text):,} characters")
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise SchemaError(f"the number {text[:20]} is too large")
    return value


def _no_constant(name: str) -> Any:
    raise SchemaError(f"'{name}', which is not a number JSON allows")


def load_json(text: str) -> Any:
    """`json.loads` that refuses numbers of many digits, NaN and Infinity (SchemaError)."""
    return json.loads(text, parse_int=_bounded_int, parse_float=_bounded_float, parse_constant=_no_constant)


@lru_cache(maxsize=8)
def load_schema(name: str) -> dict:
    with open(resources_dir() / "schemas" / f"{name}.json", encoding="utf-8") as fh:
        return json.load(fh)


_TYPES = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
}


def shown(value: Any, limit: int = 40) -> str:
    """A value as the planner wrote it, cut short."""
    try:
        text = json.dumps(value, ensure_ascii=True)
    except (TypeError, ValueError):
        text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def validate(value: Any, schema: dict, where: str = "") -> None:
    """Raise SchemaError for the first place `value` breaks `schema`."""

    def fail(what: str = "") -> None:
        place = f"{where} " if where else ""
        rule = schema.get("must") or what
        raise SchemaError(f"{place}must be {rule}; it is {shown(value)}")

    types = schema.get("type")
    if types is not None:
        types = [types] if isinstance(types, str) else types
        if not any(_TYPES[t](value) for t in types):
            fail(" or ".join(types))
    if "enum" in schema and value not in schema["enum"]:
        fail(" or ".join(map(str, schema["enum"])))
    if isinstance(value, str):
        if not schema.get("minLength", 0) <= len(value) <= schema.get("maxLength", len(value)):
            fail()
        if "pattern" in schema:
            flags = re.IGNORECASE if schema.get("ignore_case") else 0
            if not re.search(schema["pattern"], value, flags):
                fail()
        if schema.get("file_name") and not _is_file_name(value):
            fail()
    if _TYPES["number"](value):
        if value < schema.get("minimum", value) or value > schema.get("maximum", value):
            fail()
    if isinstance(value, list):
        if not schema.get("minItems", 0) <= len(value) <= schema.get("maxItems", len(value)):
            fail()
        if "items" in schema:
            items = schema["items"]
            label = items.get("label") or f"{where} item".strip()
            for n, item in enumerate(value, 1):
                try:
                    validate(item, items, f"{label} #{n}")
                except SchemaError:
                    if "must" in items:
                        raise
                    fail()  # items without a rule of their own: the list's rule says it
        if schema.get("ascending") and any(a > b for a, b in zip(value, value[1:], strict=False)):
            fail()
    if isinstance(value, dict):
        for key in schema.get("required", ()):
            if key not in value or value[key] is None:
                fail()
        for key, sub in schema.get("properties", {}).items():
            if key in value:
                validate(value[key], sub, f"{where} '{key}'".strip())


def _is_file_name(text: str) -> bool:
    """A path the file system can hold: no NUL, and encodable (a lone surrogate that is not an
    undecodable byte of a Linux file name cannot be)."""
    if "\x00" in text:
        return False
    try:
        os.fsencode(text)
    except (UnicodeError, ValueError):
        return False
    return True
