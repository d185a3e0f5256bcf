"""The command-line contract: formats, exit codes, one plain line per bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from reportlab.pdfgen import canvas

from clausecheck.report import validate_report
from clausecheck.types import CATEGORIES

CLI = [sys.executable, "-m", "clausecheck.cli"]


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, *args], capture_output=True, text=True, input=stdin, timeout=300)


def test_json_for_one_path_is_one_valid_object(rendered):
    result = run("analyze", str(rendered["call-centre-services"]["pdf"]), "--format", "json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    validate_report(report)
    assert report["document"]["format"] == "pdf"
    assert report["document"]["pages"] >= 4
    assert [f["category"] for f in report["findings"]] == list(CATEGORIES)
    clause = report["clauses"][5]
    assert set(clause) >= {"id", "heading", "number", "text", "page", "labels", "scores"}


def test_jsonl_keeps_the_order_of_paths(rendered, tmp_path):
    paths = [
        rendered["mutual-nda"]["docx"],
        rendered["saas-support"]["txt"],
        rendered["mutual-nda"]["pdf"],
    ]
    out = tmp_path / "out.jsonl"
    result = run("analyze", *map(str, paths), "--format", "jsonl", "--output", str(out))
    assert result.returncode == 0, result.stderr
    lines = out.read_text().splitlines()
    assert [json.loads(line)["document"]["name"] for line in lines] == [p.name for p in paths]


def test_markdown_report(rendered):
    result = run("analyze", str(rendered["saas-support"]["pdf"]), "--format", "md")
    assert result.returncode == 0
    assert result.stdout.startswith("# Review of the SaaS Subscription and Support Agreement")
    assert "**File:** saas-support.pdf (PDF, " in result.stdout
    assert "| Waiver | ✗ missing |" in result.stdout


def test_terminal_table_is_the_default(rendered):
    result = run("analyze", str(rendered["mutual-nda"]["txt"]))
    assert result.returncode == 0
    assert "Governing law" in result.stdout and "MISSING" in result.stdout


def _bad_inputs(tmp_path: Path) -> dict[str, Path]:
    files = {
        "missing": tmp_path / "nowhere.pdf",
        "empty": tmp_path / "empty.pdf",
        "binary": tmp_path / "random.docx",
        "corrupt pdf": tmp_path / "corrupt.pdf",
        "corrupt docx": tmp_path / "corrupt.docx",
        "encrypted": tmp_path / "locked.pdf",
        "directory": tmp_path / "folder",
    }
    files["empty"].write_bytes(b"")
    files["binary"].write_bytes(bytes(range(256)) * 50)
    files["corrupt pdf"].write_bytes(b"%PDF-1.4\n%\xe2\xe3\n1 0 obj <<< broken")
    files["corrupt docx"].write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    pdf = canvas.Canvas(str(files["encrypted"]), encrypt="pw")
    pdf.drawString(72, 700, "1. Term. Two years.")
    pdf.save()
    files["directory"].mkdir()
    return files


def test_every_bad_input_exits_2_with_one_line(tmp_path):
    for kind, path in _bad_inputs(tmp_path).items():
        result = run("analyze", str(path), "--format", "json")
        assert result.returncode == 2, kind
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1, (kind, result.stderr)
        assert str(path) in lines[0] and "Traceback" not in result.stderr, kind
        assert result.stdout == "", kind


def test_good_inputs_are_still_reported_beside_bad_ones(rendered, tmp_path):
    bad = _bad_inputs(tmp_path)
    good = rendered["mutual-nda"]["txt"]
    result = run(
        "analyze", str(bad["empty"]), str(good), str(bad["corrupt pdf"]), "--format", "jsonl"
    )
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 2
    reports = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["document"]["name"] for r in reports] == [good.name]


def test_password_opens_an_encrypted_pdf(tmp_path):
    path = _bad_inputs(tmp_path)["encrypted"]
    result = run("analyze", str(path), "--password", "pw", "--format", "json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["clauses"][0]["text"] == "Two years."


def test_unknown_playbook_is_one_line_and_exit_2(rendered):
    result = run("analyze", str(rendered["mutual-nda"]["txt"]), "--playbook", "no-such-playbook")
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "no-such-playbook" in result.stderr


def test_classify_reads_and_writes_json_lines_in_order():
    rows = [
        {"id": "a", "text": "This Agreement shall be governed by the laws of the State of Ohio."},
        {
            "id": "b",
            "text": "No failure or delay in exercising any right shall operate as a waiver of it.",
        },
        {"id": 3, "text": "The parties may execute this Agreement in counterparts."},
    ]
    result = run("classify", stdin="".join(json.dumps(r) + "\n" for r in rows))
    assert result.returncode == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in out] == ["a", "b", 3]
    assert out[0]["labels"] == ["governing_law"]
    assert out[1]["labels"] == ["waiver"]
    assert out[2]["labels"] == []
    assert set(out[0]["scores"]) == set(CATEGORIES)


@pytest.mark.parametrize("stdin", ["not json\n", '{"id": 1}\n', "[1, 2]\n"])
def test_classify_rejects_bad_lines_with_exit_2(stdin):
    result = run("classify", stdin=stdin)
    assert result.returncode == 2
    assert result.stderr.startswith("clausecheck: error: line 1:")
    assert len(result.stderr.strip().splitlines()) == 1


def test_output_to_a_pipe_writes_through_it_and_leaves_it_a_pipe(tmp_path, rendered):
    """--output /dev/null or a FIFO must be written to, never replaced by a renamed file (as
    root, a rename over /dev/null replaces the device for every program on the machine)."""
    import os
    import stat
    import threading

    from clausecheck.cli import main

    fifo = tmp_path / "report.fifo"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    code = main(
        [
            "analyze",
            str(rendered["mutual-nda"]["txt"]),
            "--format",
            "json",
            "--output",
            str(fifo),
        ]
    )
    reader.join(timeout=60)
    assert code == 0
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert b'"schema_version"' in received[0]
