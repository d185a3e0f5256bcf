"""Names and contract text are data in every export: no formula, no script, no remote request.

A counterparty controls the file name and the words of the agreement. Each test attacks one
output where it is consumed: the XLSX opened with openpyxl, the CSV read as a spreadsheet
reads it, the Markdown rendered by a CommonMark renderer that allows raw HTML and loaded in
headless Chromium (with every request logged), the HTML export likewise, the PDF and Word
exports opened again, and the terminal and stderr lines of the command line.
"""

from __future__ import annotations

import csv
import io
import re
import subprocess
import zipfile

import pdfplumber
import pytest
from docx import Document as WordDocument
from injection import chromium, origin, payloads, poison, serve, visit
from markdown_it import MarkdownIt
from openpyxl import load_workbook
from test_cli import CLI

from clausecheck.analysis import analyze
from clausecheck.batch import run_batch
from clausecheck.compare import compare_reports, to_csv, to_markdown, to_xlsx
from clausecheck.escaping import FORMULA_TRIGGERS, markdown_text, spreadsheet_text
from clausecheck.report import to_html
from clausecheck.report import to_markdown as report_markdown
from clausecheck.report.docx import to_docx
from clausecheck.report.pdf import to_pdf
from clausecheck.report.terminal import to_table

BEACON = "http://127.0.0.1:9"
"""Another origin than the page's: nothing may be fetched from it (port 9 discards)."""
FORMULA_NAME = '=HYPERLINK("https:evil.example","open").txt'
AGREEMENT = """# Services Agreement <script>window.__pwned = 1</script>

1. Services ![t]({beacon}/heading.png). The Supplier shall provide the services promptly.

2. Service Levels <svg onload="window.__pwned = 3"></svg>. The Supplier will try to answer \
calls quickly <img src="{beacon}/quote.png" onerror="window.__pwned = 2">.

3. Governing Law. This Agreement is governed by the laws of the State of New York.

4. Fees. =HYPERLINK("{beacon}/x","open") The Customer shall pay each invoice within thirty days.
"""


@pytest.fixture(scope="module")
def hostile_report(model):
    """A real analysis of a hostile agreement under a hostile name, then every string poisoned."""
    name = "![s](http:&#47;&#47;127.0.0.1:9&#47;x.png) b.txt"
    report = analyze(AGREEMENT.format(beacon=BEACON).encode(), name=name, model=model)
    assert report.clauses and any(f.issues for f in report.findings)
    return poison(report, " ".join(payloads(BEACON)))


# --- Spreadsheets --------------------------------------------------------------------------------


def _assert_no_formula(workbook_bytes: bytes) -> int:
    """Every cell of every sheet is a value; returns how many text cells were checked."""
    workbook = load_workbook(io.BytesIO(workbook_bytes))
    checked = 0
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    checked += 1
                    assert not cell.value.lstrip(" ").startswith(FORMULA_TRIGGERS), cell.value
    return checked


def test_xlsx_comparison_holds_no_formula(hostile_report, model):
    other = analyze(AGREEMENT.format(beacon=BEACON).encode(), name=FORMULA_NAME, model=model)
    data = to_xlsx(compare_reports([hostile_report, other]))
    assert _assert_no_formula(data) > 20
    sheet = load_workbook(io.BytesIO(data)).worksheets[0]
    names = [sheet.cell(row=r, column=1) for r in (2, 3)]
    assert names[1].value == "'" + FORMULA_NAME  # shown as text, whole
    assert names[1].quotePrefix  # and editing the cell does not make it a formula either


def test_csv_cells_never_start_a_formula(hostile_report, model):
    other = analyze(AGREEMENT.format(beacon=BEACON).encode(), name=FORMULA_NAME, model=model)
    rows = list(csv.reader(io.StringIO(to_csv(compare_reports([hostile_report, other])))))
    assert rows[2][0] == "'" + FORMULA_NAME
    for row in rows:
        for cell in row:
            assert not cell.lstrip(" ").startswith(FORMULA_TRIGGERS), cell


@pytest.mark.parametrize(
    "value",
    ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", " =1", "＝1", "plain", "a=b", ""],
)
def test_spreadsheet_text_follows_the_owasp_rule(value):
    safe = spreadsheet_text(value)
    assert not safe.lstrip(" ").startswith(FORMULA_TRIGGERS)
    assert safe in (value, "'" + value)


def test_batch_summary_xlsx_and_csv_hold_no_formula(tmp_path, rendered):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / FORMULA_NAME).write_bytes(rendered["mutual-nda"]["txt"].read_bytes())
    (inputs / "=cmd|' calc'!A0.txt").write_bytes(b"")  # fails: its reason is a cell too
    result = run_batch([inputs], tmp_path / "out", workers=1, progress=False)
    assert len(result.failed) == 1
    assert _assert_no_formula(result.summary_xlsx.read_bytes()) > 10
    rows = list(csv.reader(io.StringIO(result.summary_csv.read_text())))
    assert {row[0] for row in rows[1:]} == {"'" + FORMULA_NAME, "'=cmd|' calc'!A0.txt"}
    for row in rows:
        assert not any(cell.lstrip(" ").startswith(FORMULA_TRIGGERS) for cell in row), row


# --- Markdown and HTML in a real browser ---------------------------------------------------------


def _rendered_markdown(markdown: str) -> str:
    """HTML as a Markdown viewer that allows raw HTML makes it (CommonMark, tables on)."""
    body = MarkdownIt("commonmark", {"html": True}).enable("table").render(markdown)
    return f"<!doctype html><html><head><meta charset='utf-8'></head><body>{body}</body></html>"


def _assert_inert_in_chromium(html: str, must_show: list[str]) -> None:
    """Load ``html`` from a loopback origin: no script may run, no request leave that origin."""
    with serve({"/report.html": (html.encode(), "text/html; charset=utf-8")}) as site:
        with chromium() as browser:
            seen = visit(browser, f"{site.url}/report.html")
    assert seen.pwned is None, "a script from the report ran"
    foreign = [url for url in seen.requests if origin(url) != site.url]
    assert foreign == [], foreign
    assert set(site.hits) <= {"/report.html", "/favicon.ico"}, site.hits
    for text in must_show:
        assert text in seen.text, text


def test_markdown_report_runs_no_script_and_fetches_nothing(hostile_report):
    markdown = report_markdown(hostile_report)
    _assert_inert_in_chromium(
        _rendered_markdown(markdown),
        ["<script>window.__pwned = 1</script>", "![beacon](http://127.0.0.1:9/markdown.png)"],
    )


def test_markdown_comparison_runs_no_script_and_fetches_nothing(hostile_report, model):
    other = analyze(AGREEMENT.format(beacon=BEACON).encode(), name=FORMULA_NAME, model=model)
    markdown = to_markdown(compare_reports([hostile_report, other]))
    _assert_inert_in_chromium(_rendered_markdown(markdown), [FORMULA_NAME])


def test_html_report_runs_no_script_and_fetches_nothing(hostile_report):
    _assert_inert_in_chromium(to_html(hostile_report), ['<svg onload="window.__pwned = 3">'])


def test_markdown_text_keeps_every_payload_as_text():
    renderer = MarkdownIt("commonmark", {"html": True}).enable("table")
    for payload in payloads(BEACON):
        html = renderer.render(f"| {markdown_text(payload)} |\n|---|\n\n# {markdown_text(payload)}")
        assert not re.search(r"<(script|img|svg|a)\b", html), (payload, html)


# --- PDF and Word --------------------------------------------------------------------------------


def test_pdf_report_shows_payloads_as_text_without_links(hostile_report):
    data = to_pdf(hostile_report)
    assert b"/URI" not in data and b"/Link" not in data
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        text = " ".join(page.extract_text() for page in pdf.pages)
        assert not any(page.hyperlinks for page in pdf.pages)
    assert '<img src="http://127.0.0.1:9/img.png"' in " ".join(text.split())


def test_word_report_shows_payloads_as_text_without_links(hostile_report):
    data = to_docx(hostile_report)  # control characters would make python-docx refuse the text
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        rels = " ".join(archive.read(n).decode() for n in archive.namelist() if n.endswith(".rels"))
    assert "hyperlink" not in rels and "127.0.0.1" not in rels
    text = "\n".join(p.text for p in WordDocument(io.BytesIO(data)).paragraphs)
    assert "<script>window.__pwned = 1</script>" in text
    assert "\\u001b[2J" in text  # the escape sequence, shown


# --- Terminal and stderr ---------------------------------------------------------------------------


def test_terminal_table_has_no_control_characters(hostile_report):
    table = to_table(hostile_report, width=100)
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f]", table)
    assert "\\u001b[2J" in table
    assert not any(line.startswith("clausecheck:") for line in table.splitlines())


def test_a_newline_in_a_file_name_cannot_forge_a_line_on_stderr(tmp_path):
    path = tmp_path / "empty\nclausecheck: ok: forged line.txt"
    path.write_bytes(b"")
    result = subprocess.run(
        [*CLI, "analyze", str(path)], capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("clausecheck: error: ") and "empty\\nclausecheck: ok" in lines[0]


def test_a_formula_file_name_through_compare_and_xlsx(tmp_path, rendered):
    source = tmp_path / FORMULA_NAME
    source.write_bytes(rendered["mutual-nda"]["txt"].read_bytes())
    out = tmp_path / "vendors.xlsx"
    result = subprocess.run(
        [*CLI, "compare", str(source), "--format", "xlsx", "--output", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert _assert_no_formula(out.read_bytes()) > 10
