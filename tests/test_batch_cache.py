"""The batch cache: keyed by bytes, model, playbook and PDF engine; a re-run that reuses every
report reads only the small records, never spaCy or the reports themselves."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from clausecheck.batch import BATCH_RECORDS_DIR, SUMMARY_SOURCE, load_cached, run_batch


def _folder(rendered, tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(rendered["mutual-nda"]["pdf"], folder)
    shutil.copy(rendered["contact-centre-vague"]["txt"], folder)
    return folder


def _engines(out: Path) -> dict[str, str | None]:
    records = [
        json.loads(p.read_text())
        for p in (out / BATCH_RECORDS_DIR).glob("*.json")
        if p.name != SUMMARY_SOURCE
    ]
    return {Path(r["sources"][0]).suffix: r["engine"] for r in records}


def test_another_engine_reads_the_pdfs_again_but_not_the_text(rendered, tmp_path):
    folder, out = _folder(rendered, tmp_path), tmp_path / "out"
    first = run_batch([folder], out, workers=1, progress=False)
    assert (first.analysed, first.reused) == (2, 0)
    assert _engines(out) == {".pdf": "pdfplumber", ".txt": None}
    other = run_batch([folder], out, workers=1, progress=False, engine="pdfium")
    assert (other.analysed, other.reused) == (1, 1)  # the text is no PDF: any engine's report
    assert _engines(out) == {".pdf": "pdfium", ".txt": None}
    pdf = rendered["mutual-nda"]["pdf"].read_bytes()
    assert load_cached(out, pdf, engine="pdfium").document.engine == "pdfium"
    assert load_cached(out, pdf) is None  # the default engine's report is no longer there
    again = run_batch([folder], out, workers=1, progress=False, engine="pdfium")
    assert (again.analysed, again.reused) == (0, 2)


def test_an_unchanged_rerun_leaves_the_summary_alone(rendered, tmp_path):
    folder, out = _folder(rendered, tmp_path), tmp_path / "out"
    run_batch([folder], out, workers=1, progress=False)
    summary = out / "summary.xlsx"
    written = summary.stat().st_mtime_ns
    result = run_batch([folder], out, workers=1, progress=False)
    assert result.reused == 2 and summary.stat().st_mtime_ns == written
    shutil.copy(rendered["saas-support"]["txt"], folder)
    run_batch([folder], out, workers=1, progress=False)
    assert summary.stat().st_mtime_ns != written
    with open(out / "summary.csv", encoding="utf-8") as rows:
        assert sum(1 for _ in rows) >= 4  # header and three agreements


def test_a_cached_rerun_never_loads_spacy_or_a_reader(rendered, tmp_path):
    folder, out = _folder(rendered, tmp_path), tmp_path / "out"
    run_batch([folder], out, workers=1, progress=False)
    probe = (
        "import json, sys\n"
        "from clausecheck.cli import main\n"
        "code = main(['batch', sys.argv[1], '--out', sys.argv[2]])\n"
        "print(json.dumps([code, sorted(sys.modules)]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, str(folder), str(out)], capture_output=True, text=True
    )
    code, modules = json.loads(result.stdout.strip().splitlines()[-1])
    assert code == 0, result.stderr
    assert "2 reused" in result.stderr
    for name in ("spacy", "sklearn", "pdfplumber", "pypdfium2", "docx", "openpyxl"):
        assert name not in modules, name
