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

# Only the model is imported with the package: the app reads it, the wording and draft names
# on its GUI thread. The runners (analysis/compare/run.py) and the comparison
# (analysis/compare/core.py) load numpy, rapidfuzz and the pipeline: import them from there.

__all__ = ["CHANGES_SCHEMA", "GROUPS", "KINDS", "Change", "Comparison"]
