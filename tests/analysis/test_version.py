"""The version comes from pyproject.toml, and resources/ is found from source and frozen alike."""

from __future__ import annotations

import sys
from pathlib import Path

from analysis import resources, version

ROOT = Path(__file__).resolve().parents[2]


def test_version_matches_pyproject():
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    line = next(x for x in text.splitlines() if x.startswith("version"))
    assert version.app_version() == line.split('"')[1]


def test_version_reads_only_the_project_table(tmp_path):
    path = tmp_path / "pyproject.toml"
    path.write_text('[tool.x]\nversion = "9"\n[project]\nname = "concord"\nversion = "1.2.3"\n[tool.y]\n')
    assert version.version_from_pyproject(path) == "1.2.3"
    assert version.version_from_pyproject(tmp_path / "missing.toml") is None


def test_version_frozen_reads_the_bundled_pyproject(tmp_path, monkeypatch):
    (tmp_path / "pyproject.toml").write_text('[project]\nversion = "4.5.6"\n')
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert version.app_version() == "4.5.6"


def test_resources_dir_from_source():
    assert resources.resources_dir() == ROOT / "resources"
    assert resources.sample_project_path().is_file()


def test_resources_dir_frozen(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.resources_dir() == tmp_path / "resources"
