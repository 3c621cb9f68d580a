"""The command line never destroys a planner's file: an output onto an input or the project file
is refused, a write that fails or is interrupted leaves the previous output whole and no
temporary file, and each way out is one line and a documented exit code (README)."""

from __future__ import annotations

import hashlib
import json
import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import docx
import openpyxl
import pytest

import main
from analysis.files import CASE_INSENSITIVE

ROOT = Path(__file__).resolve().parents[2]

PLAN_MD = """# Kostanay Region Development Programme 2021-2025

## 1. Goals and objectives

Goal 1. A diversified regional economy

Objective 1.1. Raise the share of SMEs in gross regional product from 28.5% in 2019 to 35% by 2025.
"""


@pytest.fixture()
def inputs(tmp_path):
    """A national plan in Word, indicators in Excel, a regional plan in Markdown, a project."""
    folder = tmp_path / "plans"
    folder.mkdir()
    word = docx.Document()
    word.add_heading("National Strategy 2025", 1)
    word.add_paragraph("Goal 1. A competitive economy.")
    word.add_paragraph("Objective 1.1. Raise the share of small business in GDP to 35% by 2025.")
    word.save(folder / "national.docx")
    book = openpyxl.Workbook()
    book.active.append(["Indicator", "Unit", "Baseline 2019", "Target 2025"])
    book.active.append(["Share of SMEs in GRP", "%", 28.5, 35])
    book.save(folder / "indicators.xlsx")
    (folder / "regional.md").write_text(PLAN_MD, encoding="utf-8")
    project = folder / "plans.concord"
    project.write_text(
        json.dumps(
            {
                "schema": "concord.project/1",
                "name": "Plans",
                "documents": [
                    {"path": "national.docx", "level": "national"},
                    {"path": "regional.md", "level": "regional"},
                    {"path": "indicators.xlsx", "level": "regional"},
                ],
            }
        ),
        encoding="utf-8",
    )
    return folder


def _digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.rglob("*")) if p.is_file()}


def _check(folder: Path, *extra: str, more: tuple[str, ...] = ()) -> list[str]:
    return [
        "check",
        f"national={folder / 'national.docx'}",
        f"regional={folder / 'regional.md'}",
        f"regional={folder / 'indicators.xlsx'}",
        *more,
        "--pipeline",
        "blank",
        *extra,
    ]


def _run(argv: list[str], capsys) -> tuple[int, str, str]:
    code = main.main(argv)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    ("option", "target"),
    [
        ("--docx", "national.docx"),
        ("--xlsx", "indicators.xlsx"),
        ("--json", "regional.md"),
        ("--json", "plans.concord"),
        ("--annotate", "national.docx"),
    ],
)
def test_cli_output_onto_an_input_or_the_project_is_refused(inputs, capsys, option, target):
    before = _digests(inputs)
    code, out, err = _run(
        ["check", "--project", str(inputs / "plans.concord"), "--pipeline", "blank", option, str(inputs / target)],
        capsys,
    )
    assert code == main.EXIT_ERROR
    [line] = err.splitlines()
    kind = "project file" if target.endswith(".concord") else "input document"
    assert line.startswith("error: cannot write") and f"that is the {kind}" in line
    assert line.count(target) == 2  # the output and the input it would have overwritten
    assert _digests(inputs) == before and out == ""


def test_cli_output_through_a_symbolic_link_is_refused(inputs, tmp_path, capsys):
    out_dir = tmp_path / "out"
    try:
        out_dir.symlink_to(inputs, target_is_directory=True)
    except OSError:
        pytest.skip("symbolic links are not allowed here")
    before = _digests(inputs)
    code, _, err = _run(_check(inputs, "--docx", str(out_dir / "national.docx")), capsys)
    assert code == main.EXIT_ERROR
    assert "that is the input document" in err and len(err.splitlines()) == 1
    assert _digests(inputs) == before


def test_cli_output_in_other_letter_case(inputs, capsys):
    """Refused where the file system ignores case (Windows, macOS); elsewhere it is another file
    and the input stays whole (the rule itself is tested for Windows on any platform in
    test_files.py)."""
    before = _digests(inputs)
    code, _, err = _run(_check(inputs, "--docx", str(inputs / "NATIONAL.DOCX")), capsys)
    if CASE_INSENSITIVE:
        assert code == main.EXIT_ERROR and "that is the input document" in err
    else:
        assert code == main.EXIT_OK, err
        assert (inputs / "NATIONAL.DOCX").read_bytes()[:2] == b"PK"
    assert {k: v for k, v in _digests(inputs).items() if k in before} == before


@pytest.mark.parametrize("case", ["missing folder", "directory", "file as folder"])
def test_cli_json_where_it_cannot_go_is_one_line_and_exit_2(inputs, tmp_path, capsys, case):
    target = {
        "missing folder": tmp_path / "no such folder" / "r.json",
        "directory": inputs,
        "file as folder": inputs / "regional.md" / "r.json",
    }[case]
    before = _digests(inputs)
    code, _, err = _run(_check(inputs, "--json", str(target), "--docx", str(tmp_path / "r.docx")), capsys)
    assert code == main.EXIT_ERROR
    [line] = err.splitlines()
    assert line.startswith("error: cannot write the JSON result") and str(target) in line
    assert "Traceback" not in err
    assert not (tmp_path / "no such folder").exists()
    assert not (tmp_path / "r.docx").exists()  # refused before any work: nothing half-done
    assert _digests(inputs) == before


@pytest.fixture()
def read_only_folder(tmp_path, monkeypatch):
    """A folder no file can be created in, even for root (CI runs as root, where chmod does not
    bite): chmod, else the immutable attribute, else a refusing os.open at the same place."""
    folder = tmp_path / "read-only"
    folder.mkdir()
    (folder / "r.json").write_text('{"previous": true}', encoding="utf-8")
    folder.chmod(0o555)
    immutable = False

    def writable() -> bool:
        try:
            (folder / ".probe").write_bytes(b"")
        except OSError:
            return False
        (folder / ".probe").unlink()
        return True

    if writable() and subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode == 0:
        immutable = True
    if writable():
        real_open = os.open

        def refusing_open(path, flags, *args, **kwargs):
            if Path(path).parent == folder and flags & os.O_CREAT:
                raise PermissionError(13, "Permission denied", str(path))
            return real_open(path, flags, *args, **kwargs)

        monkeypatch.setattr(os, "open", refusing_open)
    yield folder
    if immutable:
        subprocess.run(["chattr", "-i", str(folder)], check=True)
    folder.chmod(0o755)


def test_cli_json_into_a_read_only_folder_keeps_the_previous_file(inputs, read_only_folder, capsys):
    before = _digests(inputs)
    code, _, err = _run(_check(inputs, "--json", str(read_only_folder / "r.json")), capsys)
    assert code == main.EXIT_ERROR
    error_lines = [line for line in err.splitlines() if line.startswith("error:")]
    assert error_lines == [
        f"error: cannot write the JSON result {read_only_folder / 'r.json'}: permission denied "
        "(is it open in another program, or a folder you may not write to?)"
    ]
    assert (read_only_folder / "r.json").read_text(encoding="utf-8") == '{"previous": true}'
    assert sorted(p.name for p in read_only_folder.iterdir()) == ["r.json"]
    assert _digests(inputs) == before


def test_cli_write_failing_half_way_keeps_the_previous_outputs(inputs, tmp_path, capsys, monkeypatch):
    """A disk that fills up in the middle of the Word report: the report of the last run is
    still there, whole; the workbook after it is still written; exit 2."""
    out = tmp_path / "out"
    out.mkdir()
    (out / "report.docx").write_bytes(b"last week's report")

    def fills_up(self, stream):  # python-docx's save, on a disk that fills up half-way
        stream.write(b"PK\x03\x04 the first part of the new report")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(docx.document.Document, "save", fills_up)
    before = _digests(inputs)
    code, stdout, err = _run(_check(inputs, "--docx", str(out / "report.docx"), "--xlsx", str(out / "t.xlsx")), capsys)
    assert code == main.EXIT_ERROR
    assert [line for line in err.splitlines() if line.startswith("error:")] == [
        f"error: cannot write the Word report {out / 'report.docx'}: the disk is full"
    ]
    assert (out / "report.docx").read_bytes() == b"last week's report"
    assert sorted(p.name for p in out.iterdir()) == ["report.docx", "t.xlsx"]
    assert f"Written: {out / 't.xlsx'}" in stdout
    assert _digests(inputs) == before


@pytest.mark.skipif(os.name != "posix", reason="RLIMIT_FSIZE is POSIX")
def test_cli_json_onto_a_full_disk_keeps_yesterdays_json(inputs, tmp_path):
    """A real failing write: the file-size limit makes the kernel refuse the JSON past 4 KB."""
    import resource

    out = tmp_path / "result.json"
    out.write_text('{"yesterday": "valid"}', encoding="utf-8")
    before = _digests(inputs)

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))

    proc = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *_check(inputs, "--json", str(out))],
        capture_output=True,
        text=True,
        timeout=180,
        cwd=ROOT,
        preexec_fn=limit,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )
    assert proc.returncode == main.EXIT_ERROR, proc.stderr
    assert proc.stderr.splitlines() == [f"error: cannot write the JSON result {out}: the disk is full"]
    assert json.loads(out.read_text(encoding="utf-8")) == {"yesterday": "valid"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plans", "result.json"]
    assert _digests(inputs) == before


# The report writer stalls half-way through its file so that the test can signal it there.
_STALLING = """
import signal, sys, time
import docx.document
sys.path.insert(0, sys.argv[1])
signal.signal(signal.SIGINT, signal.default_int_handler)  # as at a terminal, even if started ignoring it

def stalling_save(self, stream):
    stream.write(b"PK half of a report")
    stream.flush()
    print("WRITING", flush=True)
    time.sleep(60)

docx.document.Document.save = stalling_save
import main
sys.exit(main.main(sys.argv[2:]))
"""


@pytest.mark.skipif(os.name != "posix", reason="POSIX signals")
@pytest.mark.parametrize(
    ("signum", "code", "said"),
    [(signal.SIGTERM, 143, "stopped by signal 15"), (signal.SIGINT, 130, "interrupted (Ctrl+C)")],
)
def test_cli_signal_during_a_write_leaves_no_temp_file(inputs, tmp_path, signum, code, said):
    out = tmp_path / "out"
    out.mkdir()
    (out / "report.docx").write_bytes(b"last week's report")
    before = _digests(inputs)
    proc = subprocess.Popen(
        [sys.executable, "-c", _STALLING, str(ROOT), *_check(inputs, "--docx", str(out / "report.docx"))],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        assert proc.stdout.readline().strip() == "WRITING"
        assert any(p.name.endswith(".tmp") for p in out.iterdir())  # caught in the middle of the write
        proc.send_signal(signum)
        _, err = proc.communicate(timeout=30)
    finally:
        proc.kill()
    assert proc.returncode == code
    assert err.splitlines() == [f"concord: {said}; no output was left half-written"]
    assert sorted(p.name for p in out.iterdir()) == ["report.docx"]
    assert (out / "report.docx").read_bytes() == b"last week's report"
    assert _digests(inputs) == before


def test_cli_exit_codes_are_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = dict(re.findall(r"^\| `(\d+)` \| (.+?) \|$", readme, flags=re.M))
    for name in ("EXIT_OK", "EXIT_FINDINGS", "EXIT_ERROR", "EXIT_INPUT", "EXIT_INTERRUPTED"):
        assert str(getattr(main, name)) in table, name
    assert "143" in table


def test_cli_check_without_json_prints_a_short_summary(capsys):
    sample = ROOT / "resources" / "samples" / "sample.concord"
    code, out, err = _run(["check", "--project", str(sample), "--pipeline", "blank"], capsys)
    assert code == main.EXIT_OK, err
    assert len(out.encode("utf-8")) < 5000
    assert out.startswith("Documents: 6 (6 read, 0 could not be read)")
    assert re.search(r"^Findings: \d+ \(\d+ high, \d+ medium, \d+ low, \d+ info\)$", out, flags=re.M)
    assert "Written: nothing" in out and "{" not in out


def test_cli_json_dash_is_pure_json_on_stdout(inputs, capsys):
    code, out, err = _run(_check(inputs, "--json", "-"), capsys)
    assert code == main.EXIT_OK, err
    assert json.loads(out)["schema"] == "concord.result/2"
    assert err.startswith("Documents: 3")  # the summary goes to stderr then


def test_cli_missing_input_is_one_line_and_exit_3(inputs, tmp_path, capsys):
    missing = tmp_path / "not here.docx"
    out_json = tmp_path / "r.json"
    code, out, err = _run(_check(inputs, "--json", str(out_json), more=(f"regional={missing}",)), capsys)
    assert code == main.EXIT_INPUT == 3
    assert err.splitlines() == [f"error: not here.docx: file not found at {missing}."]
    data = json.loads(out_json.read_text(encoding="utf-8"))  # the others were processed and written
    assert [d["status"] for d in data["documents"]][-1] == "failed" and len(data["documents"]) == 4
    # --fail-on keeps its meaning; an unreadable input outranks it
    code, _, _ = _run(_check(inputs, "--fail-on", "info"), capsys)
    assert code == main.EXIT_FINDINGS
    code, _, _ = _run(_check(inputs, "--fail-on", "info", more=(f"regional={missing}",)), capsys)
    assert code == main.EXIT_INPUT


def test_cli_progress_goes_to_stderr_only_on_a_terminal(inputs, capsys, monkeypatch):
    code, out, err = _run(_check(inputs), capsys)
    assert code == main.EXIT_OK and "[" not in err  # not a terminal: no progress lines
    code, out, err = _run(_check(inputs, "-v"), capsys)
    assert re.search(r"^\[ *\d+%\] Reading and extracting national\.docx$", err, flags=re.M)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True, raising=False)
    code, out, err = _run(_check(inputs), capsys)
    assert "\r[" in err and err.endswith("\r")  # one line rewritten in place, cleared at the end


def test_cli_an_unknown_level_name_is_said_as_such_not_as_a_missing_file(inputs, capsys):
    code, out, err = _run(["check", "--pipeline", "blank", f"sectoral={inputs / 'national.docx'}"], capsys)
    assert code == main.EXIT_ERROR and out == ""
    assert err.splitlines() == ["error: unknown level 'sectoral': use national, regional, local or a number (1 = top)"]
