"""Draft against draft: what a redraft changed, which findings it fixed and which it brought.

- `align`       items of two versions matched (code, text, place in the hierarchy)
- `attributes`  baseline / target / deadline / unit / direction changes of indicators and targets
- `findings`    findings and links across two runs, matched by what they are about
- `core`        compare_results(old, new, pairs) -> Comparison
- `run`         running both versions through the pipeline (files, project versions, tracked changes)
- `versions`    which files look like earlier drafts of another (plan_v1.docx / plan_v2.docx)
- `wording`     the sentences, from resources/templates/<lang>/changes.json
"""

from __future__ import annotations

from analysis.compare.model import CHANGES_SCHEMA, GROUPS, KINDS, Change, Comparison

# The runners and the alignment load numpy, rapidfuzz and the pipeline: imported when first used,
# so the app can read the model, the wording and draft names on its GUI thread.
_LAZY = {
    "compare_results": "analysis.compare.core",
    "compare_files": "analysis.compare.run",
    "compare_specs": "analysis.compare.run",
    "tracked_specs": "analysis.compare.run",
    "versions_specs": "analysis.compare.run",
}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(name)


__all__ = [
    "CHANGES_SCHEMA",
    "GROUPS",
    "KINDS",
    "Change",
    "Comparison",
    "compare_files",
    "compare_results",
    "compare_specs",
    "tracked_specs",
    "versions_specs",
]
