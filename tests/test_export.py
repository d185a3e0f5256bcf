"""Gap reports as HTML, PDF and DOCX, opened with real readers and checked against the Report."""

from __future__ import annotations

import io
import subprocess
import sys
from datetime import date
from html.parser import HTMLParser

import pdfplumber
import pytest
from docx import Document as WordDocument
from docx.enum.text import WD_COLOR_INDEX

from clausecheck.analysis import analyze
from clausecheck.cli import main
from clausecheck.decisions import add_issue, apply_review, decide, new_review, set_correction
from clausecheck.playbooks import load_playbook
from clausecheck.report import EXPORT_FORMATS, ExportSettings, to_docx, to_html, to_markdown, to_pdf
from clausecheck.report.content import ISSUE_KINDS, report_title
from clausecheck.report.pdf import HIGHLIGHT
from clausecheck.report.statuses import STATUS_STYLES
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
    assert report_title(vague) in text and vague.document.name in text
    summary = {row[0]: row[1] for row in page.rows[1:]}
    assert summary == {
        CATEGORY_TITLES[f.category]: STATUS_STYLES[f.status].marked for f in vague.findings
    }
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
    assert report_title(vague) in flat and vague.document.name in flat
    for finding in vague.findings:
        assert CATEGORY_TITLES[finding.category] in flat
        for issue in finding.issues:
            assert ISSUE_KINDS[issue.code] in flat
            if "_" in issue.code:  # plain words, never the internal code ('vague_language')
                assert issue.code not in flat
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
    assert headings[0] == report_title(vague)
    body_start = "\n".join(p.text for p in document.paragraphs[:8])
    assert "File: <script>alert(1)</script> & Co.pdf (PDF, 4 pages)" in body_start
    for finding in vague.findings:
        style = STATUS_STYLES[finding.status]
        assert f"{CATEGORY_TITLES[finding.category]}  {style.marked}" in headings
    table = document.tables[0]
    rows = [[cell.text for cell in row.cells] for row in table.rows]
    assert rows[0] == ["Section", "Status", "Where in the agreement", "Open points"]
    assert [(r[0], r[1], r[3]) for r in rows[1:]] == [
        (CATEGORY_TITLES[f.category], STATUS_STYLES[f.status].marked, str(len(f.issues)))
        for f in vague.findings
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
    assert "call-centre-services.pdf (PDF, " in pdf_text((tmp_path / "report.pdf").read_bytes())
    word = WordDocument(str(tmp_path / "report.docx"))
    assert word.paragraphs[0].text.startswith("Review of ")
    assert word.paragraphs[0].style.name == "Title"
    assert "<h1>Review of " in (tmp_path / "report.html").read_text()


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
    assert "saas-support.docx (DOCX)" in pdf_text(result.stdout)


# --- Reports a client can read: decisions, settings, facts, statuses, the negotiation list ----

REVIEWER = "Jane Counsel"
REASON = "Covered by the service schedule signed with it"
NOTE = "Ask for 80% of calls answered within 20 seconds"
ADDED = "No cap on either party's liability"
SETTINGS = ExportSettings(
    reviewer=REVIEWER, review_date=date(2026, 3, 2), disclaimer="Draft for discussion only."
)


@pytest.fixture(scope="module")
def decided(vague) -> tuple[Report, dict]:
    """The vague agreement with a review applied: one dismissal, one note, one added issue,
    one label correction; and what was decided on which issue."""
    playbook = load_playbook("call-centre")
    reviewed = apply_review(vague, None, playbook)
    sla = reviewed.finding("sla").issues
    dismissed, noted = sla[0], sla[1]
    review = new_review(vague, playbook, reviewer=REVIEWER)
    decide(review, dismissed, "dismiss", reason=REASON)
    decide(review, noted, "note", note=NOTE)
    add_issue(review, text=ADDED, category="pricing", severity="high", clause_id="c4")
    unlabelled = next(c for c in vague.clauses if c.text.strip() and not c.labels)
    set_correction(review, unlabelled.id, ["waiver"])
    return apply_review(vague, review, playbook), {"dismissed": dismissed, "noted": noted}


def docx_text(data: bytes) -> str:
    document = WordDocument(io.BytesIO(data))
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    return " ".join(" ".join([p.text for p in document.paragraphs] + cells).split())


def html_text(text: str) -> str:
    """The body's text, a space between elements (as a browser lays out the facts list)."""
    return " ".join(" ".join(read_html(text.split("<body>", 1)[1]).text).split())


def every_export_text(report: Report, settings=SETTINGS) -> dict[str, str]:
    """What a reader sees in each people's format, on one line."""
    return {
        "pdf": " ".join(pdf_text(to_pdf(report, settings)).split()),
        "docx": docx_text(to_docx(report, settings)),
        "html": html_text(to_html(report, settings)),
        "md": " ".join(to_markdown(report, settings).replace("\\", "").replace("**", "").split()),
    }


def test_every_export_says_what_the_reviewer_decided(decided):
    report, picked = decided
    correction = report.review.corrections[0]
    for name, text in every_export_text(report).items():
        assert f"Dismissed by {REVIEWER}: {REASON}" in text, name
        assert f"Noted by {REVIEWER}" in text and NOTE in text, name
        assert ADDED in text and f"Added by {REVIEWER}" in text, name
        assert "Raised by the reviewer" in text, name  # the added issue's kind
        assert "the reviewer set the categories to Waiver" in text, name
        assert "The reviewer dismissed 1 point" in text or "dismissed 1 point" in text, name
        assert correction.clause_id not in text.split(), name  # no internal clause id


def test_exports_state_the_reviewer_date_and_disclaimer(decided):
    report, _ = decided
    for name, text in every_export_text(report).items():
        assert REVIEWER in text and "2 March 2026" in text, name
        assert "Draft for discussion only." in text, name
    without = every_export_text(report, ExportSettings(disclaimer=""))
    assert all("not legal advice" not in text for text in without.values())
    default = every_export_text(report, ExportSettings())
    assert all("not legal advice" in text for text in default.values())


def test_reports_open_with_the_parties_date_and_type_when_known(vague):
    from clausecheck.types import KeyTerm

    known = Report.from_dict(vague.to_dict())
    known.key_terms["parties"] = KeyTerm(["Lakeshore Home Energy Inc.", "Acme Calls Ltd"], "q")
    known.key_terms["effective_date"] = KeyTerm("2025-04-01", "q")
    for name, text in every_export_text(known).items():
        opening = text[:600]
        assert "Parties: Lakeshore Home Energy Inc. and Acme Calls Ltd" in opening.replace(
            "Parties ", "Parties: "
        ), name
        assert "1 April 2025" in opening, name
        assert "Contact Centre Services Agreement" in opening, name
    unknown = Report.from_dict(vague.to_dict())
    for term in ("parties", "effective_date"):
        unknown.key_terms.pop(term, None)
    for name, text in every_export_text(unknown).items():
        assert "Parties" not in text[:600] and "Effective date" not in text[:600], name


def test_reports_name_clauses_as_the_agreement_does(vague):
    for name, text in every_export_text(vague).items():
        for internal in ("missing_element", "vague_language", "unnumbered paragraph", "page(s)"):
            assert internal not in text, (name, internal)
        assert "clause 2.1(a), page 1" in text, name  # a lettered sub-clause with its parent
        assert "the paragraph beginning “This Contact Centre Services Agreement" in text, name
        assert not {f"c{n}" for n in range(1, 80)} & set(text.replace(",", " ").split()), name


def test_the_four_statuses_have_their_own_mark_and_colour(vague):
    shown = Report.from_dict(vague.to_dict())
    for finding, status in zip(shown.findings, STATUS_STYLES, strict=False):
        finding.status = status
    statuses = list(STATUS_STYLES)
    page = read_html(to_html(shown))
    cells = [row[1] for row in page.rows[1:]]
    assert cells[:4] == [STATUS_STYLES[s].marked for s in statuses]
    html = to_html(shown)
    for status, style in STATUS_STYLES.items():
        assert f".st-{status} {{ background: {style.fill}; color: {style.ink}; }}" in html
        assert f'class="status st-{status}"' in html
    document = WordDocument(io.BytesIO(to_docx(shown)))
    rows = document.tables[0].rows[1:5]
    for row, status in zip(rows, statuses, strict=True):
        fill = row.cells[1]._tc.xpath("./w:tcPr/w:shd/@w:fill")
        assert row.cells[1].text == STATUS_STYLES[status].marked
        assert fill == [STATUS_STYLES[status].fill.lstrip("#").upper()]
    fills = set()
    with pdfplumber.open(io.BytesIO(to_pdf(shown))) as pdf:
        for shape in pdf.pages[0].curves + pdf.pages[0].rects:
            colour = shape.get("non_stroking_color")
            if colour and len(colour) == 3:
                fills.add("#" + "".join(f"{round(c * 255):02x}" for c in colour))
        first = " ".join((pdf.pages[0].extract_text() or "").split())
    for status, style in STATUS_STYLES.items():
        assert style.fill in fills, status
        assert style.label in first, status
    md = to_markdown(shown)
    for status in statuses:
        assert STATUS_STYLES[status].marked in md


def test_pdf_has_a_header_page_numbers_and_its_properties(decided):
    from datetime import UTC, datetime

    report, _ = decided
    data = to_pdf(report, SETTINGS)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        total = len(pdf.pages)
        assert total >= 2
        for number, page in enumerate(pdf.pages, start=1):
            text = page.extract_text() or ""
            assert f"Page {number} of {total}" in text
            if number > 1:
                assert text.splitlines()[0].startswith(report_title(report)[:40])
        metadata = pdf.metadata
    assert metadata["Title"] == report_title(report)
    assert metadata["Author"] == REVIEWER
    assert "contact-centre-vague.pdf" in metadata["Subject"]
    created = metadata["CreationDate"]  # D:YYYYMMDDHHmmSS...
    assert created[2:6] == str(datetime.now(UTC).year)


def test_docx_has_a_header_page_number_fields_and_its_properties(decided):
    from datetime import UTC, datetime

    report, _ = decided
    document = WordDocument(io.BytesIO(to_docx(report, SETTINGS)))
    properties = document.core_properties
    assert properties.title == report_title(report)
    assert properties.author == REVIEWER
    assert "contact-centre-vague.pdf" in properties.subject
    now = datetime.now(UTC).replace(tzinfo=None)
    assert abs((properties.created.replace(tzinfo=None) - now).total_seconds()) < 600
    section = document.sections[0]
    assert report_title(report)[:30] in section.header.paragraphs[0].text
    assert REVIEWER in section.header.paragraphs[0].text
    footer = section.footer.paragraphs[0]
    instructions = [t.text.strip() for t in footer._p.iter() if t.tag.endswith("instrText")]
    assert instructions == ["PAGE", "NUMPAGES"]
    assert footer.text.startswith("contact-centre-vague.pdf")
    assert "Page " in footer.text and " of " in footer.text


def test_negotiation_list_xlsx_and_docx(decided):
    from openpyxl import load_workbook

    from clausecheck.report import to_negotiation_docx, to_negotiation_xlsx
    from clausecheck.report.content import NEGOTIATION_COLUMNS, negotiation_rows

    report, picked = decided
    rows = negotiation_rows(report)
    assert rows and all(picked["dismissed"].message not in r.issue for r in rows)
    assert any(ADDED in r.issue and r.decision == "Added by the reviewer" for r in rows)
    assert any(NOTE == r.note and r.decision == "Noted by the reviewer" for r in rows)
    sheet = load_workbook(io.BytesIO(to_negotiation_xlsx(report, SETTINGS))).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    header = values.index(list(NEGOTIATION_COLUMNS))
    table = values[header + 1 :]
    assert len(table) == len(rows)
    assert [r[2] for r in table] == [r.issue for r in rows]
    assert REVIEWER in values[1][0]
    document = WordDocument(io.BytesIO(to_negotiation_docx(report, SETTINGS)))
    word = [[c.text for c in row.cells] for row in document.tables[0].rows]
    assert word[0] == list(NEGOTIATION_COLUMNS)
    assert [r[2] for r in word[1:]] == [r.issue for r in rows]


def test_negotiation_xlsx_keeps_a_hostile_suggestion_as_text(decided):
    from openpyxl import load_workbook

    from clausecheck.report import to_negotiation_xlsx

    report, _ = decided
    hostile_copy = Report.from_dict(report.to_dict())
    issue = next(i for f in hostile_copy.findings for i in f.issues if not i.dismissed)
    issue.suggestion = '=HYPERLINK("http://evil.example","click")'
    sheet = load_workbook(io.BytesIO(to_negotiation_xlsx(hostile_copy))).active
    cells = [c for row in sheet.iter_rows() for c in row if c.value and "HYPERLINK" in str(c.value)]
    assert cells and all(c.data_type == "s" and str(c.value).startswith("'=") for c in cells)


def test_cli_report_settings_and_the_negotiation_formats(rendered, tmp_path):
    from openpyxl import load_workbook

    source = rendered["contact-centre-vague"]["pdf"]
    target = tmp_path / "report.pdf"
    options = ["--reviewer", REVIEWER, "--review-date", "2026-03-02", "--disclaimer", "Draft."]
    assert main(["analyze", str(source), "--format", "pdf", "--output", str(target), *options]) == 0
    text = " ".join(pdf_text(target.read_bytes()).split())
    assert REVIEWER in text and "2 March 2026" in text and "Draft." in text
    listing = tmp_path / "points.xlsx"
    assert (
        main(["analyze", str(source), "--format", "negotiation-xlsx", "--output", str(listing)])
        == 0
    )
    assert load_workbook(listing).active["A1"].value.startswith("Negotiation list: ")
    folder = tmp_path / "lists"
    sources = [str(source), str(rendered["saas-support"]["docx"])]
    assert main(["analyze", *sources, "--format", "negotiation-docx", "--output", str(folder)]) == 0
    assert sorted(p.name for p in folder.iterdir()) == [
        "contact-centre-vague-negotiation.docx",
        "saas-support-negotiation.docx",
    ]
