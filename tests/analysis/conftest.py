"""Shared fixtures for the analysis tests (no Qt here)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from analysis.model import Document
from analysis.readers import read_document


@pytest.fixture
def read() -> Callable[[Path], Document]:
    """Read a file through the public dispatcher, as the pipeline does (errors become status)."""

    def _read(path: Path) -> Document:
        return read_document(path, Document(id="d1", path=str(path)))

    return _read
