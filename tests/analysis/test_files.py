"""analysis.files: the one atomic writer, and the output-vs-input comparison."""

from __future__ import annotations

import errno
import os
import time
from pathlib import Path

import pytest

from analysis import files
from analysis.cache import ParseCache
from analysis.files import Output, WriteError, check_outputs, path_key, same_file, write_bytes, write_with
from analysis.model import PipelineInfo


def _listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_files_write_replaces_whole_and_leaves_no_temp_file(tmp_path):
    target = tmp_path / "out.json"
    write_bytes(target, b"first")
    write_bytes(target, b"second, longer")
    assert target.read_bytes() == b"second, longer"
    assert _listing(tmp_path) == ["out.json"]


def test_files_failure_half_way_keeps_the_previous_file(tmp_path):
    target = tmp_path / "report.docx"
    target.write_bytes(b"yesterday's report")

    def save(fh):
        fh.write(b"PK half of a new report")
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(WriteError) as error:
        write_with(target, save, label="Word report")
    assert target.read_bytes() == b"yesterday's report"
    assert _listing(tmp_path) == ["report.docx"]
    assert error.value.reason == "disk_full"
    assert str(error.value) == f"cannot write the Word report {target}: the disk is full"


def test_files_any_exception_and_ctrl_c_remove_the_temp_file(tmp_path):
    target = tmp_path / "out.xlsx"
    for exc in (ValueError("bug"), KeyboardInterrupt()):
        with pytest.raises(type(exc)):
            with files.atomic_file(target) as fh:
                fh.write(b"partial")
                raise exc
        assert _listing(tmp_path) == []
    assert not files._pending


def test_files_new_file_has_the_usual_permissions_not_owner_only(tmp_path):
    if os.name != "posix":
        pytest.skip("POSIX permission bits")
    umask = os.umask(0o022)
    try:
        write_bytes(tmp_path / "shared.docx", b"x")
    finally:
        os.umask(umask)
    assert (tmp_path / "shared.docx").stat().st_mode & 0o777 == 0o644


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda d: d / "missing" / "out.json", "folder_missing"),
        (lambda d: (d / "folder.json").mkdir() or d / "folder.json", "is_folder"),
        (lambda d: (d / "file").write_text("x") and d / "file" / "out.json", "not_a_folder"),
    ],
)
def test_files_bad_target_is_refused_and_no_folder_is_made(tmp_path, make, reason):
    target = make(tmp_path)
    before = _listing(tmp_path)
    with pytest.raises(WriteError) as error:
        write_bytes(target, b"x")
    assert error.value.reason == reason and "\n" not in str(error.value)
    assert _listing(tmp_path) == before


def test_files_path_key_follows_symbolic_links(tmp_path):
    real = tmp_path / "plan.docx"
    real.write_bytes(b"plan")
    link = tmp_path / "shortcut.docx"
    try:
        link.symlink_to(real)
    except OSError:
        pytest.skip("symbolic links are not allowed here")
    assert path_key(link) == path_key(real)
    linked_folder = tmp_path / "linked"
    linked_folder.symlink_to(tmp_path)
    assert same_file(linked_folder / "plan.docx", real)
    assert same_file(linked_folder / "new.docx", tmp_path / "new.docx")  # not there yet: by key


def test_files_letter_case_is_ignored_where_the_file_system_ignores_it(tmp_path):
    """Windows (and macOS) compare names without case; the rule is tested here on any platform."""
    document = tmp_path / "National Strategy.docx"
    output = tmp_path / "NATIONAL STRATEGY.DOCX"
    assert path_key(output, case_insensitive=True) == path_key(document, case_insensitive=True)
    assert path_key(output, case_insensitive=False) != path_key(document, case_insensitive=False)
    with pytest.raises(WriteError, match="that is the input document"):
        check_outputs([Output(str(output), "Word report")], [str(document)], case_insensitive=True)
    check_outputs([Output(str(output), "Word report")], [str(document)], case_insensitive=False)
    # Cyrillic names fold too (Windows does)
    assert path_key(tmp_path / "СТРАТЕГИЯ.docx", case_insensitive=True) == path_key(
        tmp_path / "стратегия.docx", case_insensitive=True
    )


def test_files_hard_link_is_the_same_file(tmp_path):
    real = tmp_path / "plan.docx"
    real.write_bytes(b"plan")
    twin = tmp_path / "twin.docx"
    try:
        os.link(real, twin)
    except OSError:
        pytest.skip("hard links are not allowed here")
    with pytest.raises(WriteError, match="input document"):
        check_outputs([Output(str(twin), "Word report")], [str(real)])


def test_files_check_outputs_names_both_files_in_one_line(tmp_path):
    project = tmp_path / "p.concord"
    cases = [
        ([Output(str(tmp_path / "a.docx"), "Word report")], "is_input", "a.docx"),
        ([Output(str(project), "JSON result")], "is_project", "p.concord"),
        (
            [Output(str(tmp_path / "r.x"), "JSON result"), Output(str(tmp_path / "r.x"), "Word report")],
            "same_output",
            "JSON result",
        ),
        ([Output(str(tmp_path / "a.docx"), "annotated copies", folder=True)], "is_input", "a.docx"),
    ]
    (tmp_path / "a.docx").write_bytes(b"a")
    for outputs, reason, other in cases:
        with pytest.raises(WriteError) as error:
            check_outputs(outputs, [str(tmp_path / "a.docx")], str(project))
        assert error.value.reason == reason
        line = str(error.value)
        assert "\n" not in line and other in line and str(outputs[-1].path) in line


def test_files_cache_prune_removes_temp_files_a_killed_run_left(tmp_path):
    cache = ParseCache(tmp_path, PipelineInfo("blank", "0", False))
    folder = tmp_path / "ab"
    folder.mkdir()
    stale = folder / f".{'a' * 32}.json.0123abcd.tmp"
    fresh = folder / f".{'b' * 32}.json.0123abcd.tmp"
    other = folder / ".someone-else.tmp"
    for path in (stale, fresh, other):
        path.write_text("x")
    old = time.time() - 7200
    os.utime(stale, (old, old))
    os.utime(other, (old, old))
    cache.prune()
    assert not stale.exists() and fresh.exists() and other.exists()
