"""Start-up: a command loads only what its input needs. Classifying never imports
scikit-learn, skops, scipy.stats, pandas or dask; a text file never imports a PDF or Word
reader. (Times are measured by ``make bench``, not asserted here.)"""

from __future__ import annotations

import json
import subprocess
import sys

NEVER_AT_INFERENCE = ("sklearn", "skops", "scipy.stats", "pandas", "dask", "distributed")
READERS = ("pdfplumber", "pdfminer", "pypdfium2", "docx")
EXPORTERS = ("openpyxl", "reportlab", "streamlit", "jsonschema")


def imported_after(argv: list[str]) -> set[str]:
    """The modules a fresh process has imported after running the command line on ``argv``."""
    probe = (
        "import json, sys\n"
        "from clausecheck.cli import main\n"
        "code = main(json.loads(sys.argv[1]))\n"
        "print(json.dumps({'code': code, 'modules': sorted(sys.modules)}))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe, json.dumps(argv)], capture_output=True, text=True, check=True
    )
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["code"] == 0, out.stderr
    return set(result["modules"])


def test_analysing_a_text_agreement_loads_no_trainer_reader_or_exporter(samples_dir, tmp_path):
    modules = imported_after(
        [
            "analyze",
            str(samples_dir / "mutual-nda.txt"),
            "--format",
            "json",
            "--output",
            str(tmp_path / "r.json"),
        ]
    )
    assert "clausecheck.classify" in modules and "spacy" in modules  # it did classify
    for name in (*NEVER_AT_INFERENCE, *READERS, *EXPORTERS):
        assert name not in modules, name


def test_a_pdf_loads_its_own_engine_only(rendered):
    """The PDF's reader is imported once in the command's process (so that the child forked
    per document finds it loaded); pdfium never loads pdfplumber, nor anything scikit-learn."""
    modules = imported_after(["analyze", str(rendered["mutual-nda"]["pdf"]), "--engine", "pdfium"])
    assert "clausecheck.classify" in modules and "pypdfium2" in modules
    for name in (*NEVER_AT_INFERENCE, "pdfplumber", "docx"):
        assert name not in modules, name
    modules = imported_after(["analyze", str(rendered["mutual-nda"]["pdf"])])
    assert "pdfplumber" in modules and "clausecheck.ingest.pdfium" not in modules


def test_building_the_command_line_loads_nothing_heavy():
    probe = (
        "import json, sys; from clausecheck.cli import build_parser; build_parser(); "
        "print(json.dumps(sorted(sys.modules)))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    modules = set(json.loads(out.stdout))
    for name in (*NEVER_AT_INFERENCE, *READERS, *EXPORTERS, "spacy", "numpy"):
        assert name not in modules, name
