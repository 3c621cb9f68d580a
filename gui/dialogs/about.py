"""The About box: what Concord is, the NLP pipeline in use, and the versions that matter for support."""

from __future__ import annotations

import platform
import sys
from html import escape
from importlib import metadata

import PySide6
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from analysis.model import PipelineInfo
from analysis.version import app_version

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return translate("About", "not installed")


def concord_version() -> str:
    return app_version()


def pipeline_text(info: PipelineInfo | None) -> str:
    if info is None:
        return translate("About", "not loaded yet (it loads in the background)")
    if info.trained:
        kind = translate("About", "trained statistical model")
    else:
        kind = translate("About", "rules only, no trained model")
    return f"{info.name} {info.version} ({kind})"


def embedding_text() -> str:
    """The sentence-embedding model the linker blends in, found without loading it."""
    try:
        from analysis.embed import MODEL_PACKAGE, model_dir
    except ImportError:
        return translate("About", "not part of this version")
    if model_dir() is None:
        return translate("About", "not installed: links are found from shared words and references only")
    return f"all-MiniLM-L6-v2 ({MODEL_PACKAGE.replace('_', '-')} {_version(MODEL_PACKAGE.replace('_', '-'))})"


def about_html(info: PipelineInfo | None) -> str:
    rows = [
        (translate("About", "NLP pipeline"), pipeline_text(info)),
        (translate("About", "Sentence embeddings"), embedding_text()),
        ("spaCy", _version("spacy")),
        ("Python", f"{platform.python_version()} ({sys.platform})"),
        ("Qt / PySide6", f"{qVersion()} / {PySide6.__version__}"),
    ]
    table = "".join(f"<tr><td style='padding-right:12px'>{escape(k)}</td><td>{escape(v)}</td></tr>" for k, v in rows)
    summary = translate("About", "Checks that regional and sector plans take up the national plans above them: "
                        "links, coverage gaps, duplicated or conflicting aims, indicator quality, missing risk and "
                        "resource sections.")
    offline = translate("About", "Everything runs on this computer; no document leaves it.")
    return (f"<h3>Concord {escape(concord_version())}</h3><p>{escape(summary)}</p><p>{escape(offline)}</p>"
            f"<table>{table}</table>")


def show_about(parent: QWidget, info: PipelineInfo | None) -> None:
    QMessageBox.about(parent, translate("About", "About Concord"), about_html(info))
