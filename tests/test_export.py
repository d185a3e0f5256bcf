"""Gap reports as HTML, PDF and DOCX, opened with real readers and checked against the Report."""

from __future__ import annotations

import io
import subprocess
import sys
from html.parser import HTMLParser

import pdfplumber
import pytest
from docx import Document as WordDocument
from docx.enum.text import WD_COLOR_INDEX

from clausecheck.analysis import analyze
from clausecheck.cli import main
from clausecheck.report import EXPORT_FORMATS, to_docx, to_html, to_pdf
from clausecheck.report.pdf import HIGHLIGHT
from clausecheck.types import CATEGORY_TITLES, Report

AWKWARD_TEXT = "Pay “promptly” ≥ 99% of €1,200 or £950 — see § 4…"
"""Smart quotes, ≥, €, £, §, dashes and ellipses: what agreements contain and fonts may lack."""


@pytest.fixture(scope="module")
def vague(rendered, model) -> Report:
    """A poorly drafted agreement: every category has issues, many quote vague phrases."""
    return analyze(rendered["contact-centre-vague"]["pdf"], model=model)


def flagged_quotes(report: Report) -> set[str]:
    """The phrases the vague-language check quotes: each must be highlighted in its sentence."""
    return {i.quote for f in report.findings for i in f.issues if i.code == "vague_language"}


def hostile(report: Report) -> Report:
    """A copy whose name and a quote contain markup and awkward characters."""
    copy = Report.from_dict(report.to_dict())
    copy.document.name = "<script>alert(1)</script> & Co.pdf"
    issue = next(i for f in copy.findings for i in f.issues)
    issue.suggestion = AWKWARD_TEXT
    issue.message = "<b>not bold</b> " + issue.message
    return copy


class Page(HTMLParser):
    """What a browser would show: text, the text inside <mark>, table rows, tag names."""

    def __init__(self) -> None:
        super().__init__()
        self.text: list[str] = []
        self.marks: list[str] = []
        self.rows: list[list[str]] = []
        self.tags: set[str] = set()
        self._mark = self._cell = None

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        if tag == "mark":
            self._mark = []
        elif tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            self._cell = []

    def handle_endtag(self, tag):
        if tag == "mark":
            self.marks.append("".join(self._mark))
            self._mark = None
        elif tag in ("td", "th"):
            self.rows[-1].append("".join(self._cell).strip())
            self._cell = None

    def handle_data(self, data):
        self.text.append(data)
        for buffer in (self._mark, self._cell):
            if buffer is not None:
                buffer.append(data)


def read_html(text: str) -> Page:
    page = Page()
    page.feed(text)
    return page


def test_html_has_the_summary_issues_and_highlighted_phrases(vague):
    page = read_html(to_html(vague))
    text = "".join(page.text)
    assert f"Gap report: {vague.document.name}" in text
    summary = {row[0]: row[1] for row in page.rows[1:]}
    assert summary == {CATEGORY_TITLES[f.category]: f.status for f in vague.findings}
    for finding in vague.findings:
        for issue in finding.issues:
            assert issue.message in text
    marked = {m.lower() for m in page.marks}
    assert flagged_quotes(vague) and {q.lower() for q in flagged_quotes(vague)} <= marked
    assert not page.tags & {"script", "img", "link", "iframe"}  # self-contained, no scripts


def test_html_escapes_what_the_document_contains(vague):
    page = read_html(to_html(hostile(vague)))
    text = "".join(page.text)
    assert "<script>alert(1)</script> & Co.pdf" in text
    assert "<b>not bold</b>" in text
    assert "script" not in page.tags
    assert AWKWARD_TEXT in text


def pdf_text(data: bytes) -> str:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def test_pdf_is_a_readable_gap_report(vague):
    data = to_pdf(vague)
    text = pdf_text(data)
    flat = " ".join(text.split())
    assert f"Gap report: {vague.document.name}" in flat
    for finding in vague.findings:
        assert f"{CATEGORY_TITLES[finding.category]} — {finding.status}" in flat
        for issue in finding.issues:
            assert issue.code in flat
            if issue.suggestion:
                assert " ".join(issue.suggestion.split()[:5]) in flat
    for quote in flagged_quotes(vague):
        assert quote.lower() in flat.lower()


def test_pdf_highlights_flagged_phrases_and_draws_awkward_characters(vague):
    data = to_pdf(hostile(vague))
    flat = " ".join(pdf_text(data).split())
    assert AWKWARD_TEXT in flat
    assert "<script>alert(1)</script> & Co.pdf" in flat
    highlight = tuple(int(HIGHLIGHT[i : i + 2], 16) / 255 for i in (1, 3, 5))
    marked = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            for rect in page.rects:
                colour = rect.get("non_stroking_color")
                if colour and all(
                    abs(a - b) < 0.01 for a, b in zip(colour, highlight, strict=True)
                ):
                    box = (
                        rect["x0"] + 1,
                        rect["top"],
                        rect["x1"] - 1,
                        rect["bottom"],
                    )  # not the next char
                    marked.append(" ".join((page.crop(box).extract_text() or "").split()))
    issues = [*(i for f in vague.findings for i in f.issues), *vague.issues]
    flagged = " | ".join(i.quote.lower() for i in issues if i.quote)
    assert marked
    assert [p for p in marked if not p or p.lower() not in flagged] == []


def test_docx_has_headings_summary_table_and_highlighted_phrases(vague):
    document = WordDocument(io.BytesIO(to_docx(hostile(vague))))
    headings = [
        p.text for p in document.paragraphs if p.style.name.startswith(("Heading", "Title"))
    ]
    assert headings[0] == "Gap report: <script>alert(1)</script> & Co.pdf"
    for finding in vague.findings:
        assert f"{CATEGORY_TITLES[finding.category]} — {finding.status}" in headings
    table = document.tables[0]
    rows = [[cell.text for cell in row.cells] for row in table.rows]
    assert rows[0] == ["Category", "Status", "Pages", "Issues"]
    assert [(r[0], r[1], r[3]) for r in rows[1:]] == [
        (CATEGORY_TITLES[f.category], f.status, str(len(f.issues))) for f in vague.findings
    ]
    highlighted = {
        run.text.lower()
        for p in document.paragraphs
        for run in p.runs
        if run.font.highlight_color == WD_COLOR_INDEX.YELLOW
    }
    assert {q.lower() for q in flagged_quotes(vague)} <= highlighted
    body = "\n".join(p.text for p in document.paragraphs)
    assert AWKWARD_TEXT in body
    for finding in vague.findings:
        for issue in finding.issues:
            assert issue.message.removeprefix("<b>not bold</b> ") in body


def test_every_export_format_names_its_file_after_the_agreement(vague):
    for export in EXPORT_FORMATS.values():
        assert export.file_name(vague) == f"contact-centre-vague-gap-report.{export.extension}"
        assert export.to_bytes(vague)


def test_cli_writes_pdf_docx_and_html_files(rendered, tmp_path, capsys):
    source = rendered["call-centre-services"]["pdf"]
    for fmt in ("pdf", "docx", "html"):
        target = tmp_path / f"report.{fmt}"
        assert main(["analyze", str(source), "--format", fmt, "--output", str(target)]) == 0
        assert target.stat().st_size > 0
    assert "Gap report: call-centre-services.pdf" in pdf_text(
        (tmp_path / "report.pdf").read_bytes()
    )
    word = WordDocument(str(tmp_path / "report.docx"))
    assert word.paragraphs[0].text == "Gap report: call-centre-services.pdf"
    assert "<h1>Gap report: call-centre-services.pdf</h1>" in (tmp_path / "report.html").read_text()


def test_cli_writes_one_file_per_agreement_into_a_folder(rendered, tmp_path, capsys):
    sources = [rendered[s]["pdf"] for s in ("call-centre-services", "saas-support")]
    paths = [str(s) for s in sources]
    assert main(["analyze", *paths, "--format", "pdf"]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "give --output FOLDER for the 2 agreements" in error
    folder = tmp_path / "reports"
    assert main(["analyze", *paths, "--format", "docx", "--output", str(folder)]) == 0
    assert sorted(p.name for p in folder.iterdir()) == [
        "call-centre-services-gap-report.docx",
        "saas-support-gap-report.docx",
    ]
    clash = [str(sources[0]), str(rendered["call-centre-services"]["docx"])]
    assert main(["analyze", *clash, "--format", "html", "--output", str(folder)]) == 2
    assert "would both be written to" in capsys.readouterr().err


def test_cli_writes_binary_to_a_pipe(rendered):
    source = rendered["saas-support"]["docx"]
    result = subprocess.run(
        [sys.executable, "-m", "clausecheck.cli", "analyze", str(source), "--format", "pdf"],
        capture_output=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(b"%PDF")
    assert "Gap report: saas-support.docx" in pdf_text(result.stdout)
