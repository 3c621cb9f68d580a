"""Offline by construction: the whole sample analysis and every report export run with the
network switched off inside the process (socket creation and name lookups raise)."""

from __future__ import annotations

import json
import socket
import traceback
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


class NetworkUsed(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch):
    # urllib3 (which spaCy imports through requests) probes for IPv6 once, at import, by binding a
    # socket to ::1: no traffic, but it would trip the guard; imported first so the guard sees
    # only what the run itself does.
    import urllib3  # noqa: F401

    attempts: list[str] = []
    real_socket = socket.socket

    class GuardedSocket(real_socket):
        def __init__(self, family=socket.AF_INET, *args, **kwargs):
            # Unix-domain sockets are local IPC (the PDF reader's child process), not network.
            if family != getattr(socket, "AF_UNIX", None):
                attempts.append(f"socket(family={family}) from\n" + "".join(traceback.format_stack(limit=8)))
                raise NetworkUsed("a network socket was created")
            super().__init__(family, *args, **kwargs)

    def refuse(name):
        def blocked(*args, **kwargs):
            attempts.append(f"{name}{args[:2]}")
            raise NetworkUsed(f"{name} was called")

        return blocked

    monkeypatch.setattr(socket, "socket", GuardedSocket)
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "create_server"):
        monkeypatch.setattr(socket, name, refuse(name))
    return attempts


def test_offline_sample_analysis_and_all_reports_open_no_network(no_network, tmp_path, monkeypatch):
    import main

    monkeypatch.setenv("CONCORD_CACHE_DIR", str(tmp_path / "cold-cache"))  # parse everything afresh
    with pytest.raises(NetworkUsed):  # the guard itself works
        socket.create_connection(("example.org", 80))
    no_network.clear()
    out = tmp_path / "out"
    out.mkdir()
    code = main.main(
        [
            "check",
            "--project",
            str(ROOT / "resources" / "samples" / "sample.concord"),
            "--json",
            str(out / "result.json"),
            "--docx",
            str(out / "report.docx"),
            "--xlsx",
            str(out / "report.xlsx"),
            "--annotate",
            str(out / "annotated"),
        ]
    )
    assert code == 0
    assert no_network == []
    result = json.loads((out / "result.json").read_text(encoding="utf-8"))
    assert result["findings"] and all(d["status"] == "success" for d in result["documents"])
    assert (out / "report.docx").stat().st_size > 0 and (out / "report.xlsx").stat().st_size > 0
    assert len(list((out / "annotated").iterdir())) >= 1
