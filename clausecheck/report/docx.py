"""The review report as a Word document (python-docx): the agreement's facts, a summary with the
status of each section, then each section's points with the reviewer's decisions. A header, a
footer with 'Page 3 of 9' (Word's PAGE and NUMPAGES fields), and document properties that name
the reviewer and today's date (python-docx's template would say 2013).

Every string is passed through ``escaping.xml_text``: characters XML cannot hold are shown as
escapes instead of making python-docx refuse the text.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime

from clausecheck.escaping import display_name, xml_text
from clausecheck.report.content import (
    IssueView,
    Segment,
    agreement_facts,
    correction_lines,
    evidence_clauses,
    evidence_list,
    issue_view,
    issues_in_order,
    open_issues,
    report_title,
    section_title,
    summary_paragraph,
)
from clausecheck.report.settings import ExportSettings, long_date
from clausecheck.report.statuses import STATUS_STYLES, status_style
from clausecheck.report.terms_text import terms_line
from clausecheck.types import Finding, Issue, Report

CORE_PROPERTY_CHARS = 255
"""The longest title python-docx (and Word) accept in a document's properties."""
SYMBOL_FONT = "Segoe UI Symbol"
"""A font with ✓ ✗ ⚠ ≠ on every Windows since 7; elsewhere Word and LibreOffice substitute one."""
GREY = "57606A"
DECISION_INK = "084298"
EVIDENCE_IN_TABLE = 3
EVIDENCE_IN_SECTION = 8
HEADER_TITLE_CHARS = 55
"""Characters of the title in the running header, which shares its line with the reviewer."""


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _hex(colour: str) -> str:
    return colour.lstrip("#").upper()


def _shade(cell, colour: str) -> None:
    """Fill a table cell (python-docx has no API for shading; this is the documented XML)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), _hex(colour))
    cell._tc.get_or_add_tcPr().append(shading)


def _field(paragraph, instruction: str, size=None) -> None:
    """A Word field (PAGE, NUMPAGES) that Word and LibreOffice fill in when they lay out."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    run = paragraph.add_run()
    if size is not None:
        run.font.size = size
        _colour(run, GREY)
    for kind, text in (("begin", None), (None, instruction), ("separate", None), (None, "1")):
        if kind is not None:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText" if text == instruction else "w:t")
            element.set(qn("xml:space"), "preserve")
            element.text = f" {text} " if text == instruction else text
        run._r.append(element)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(end)


def _colour(run, colour: str) -> None:
    from docx.shared import RGBColor

    run.font.color.rgb = RGBColor.from_string(_hex(colour))


def _status_runs(paragraph, status: str) -> None:
    """The status's mark (in a font that has it) and word, in the status's ink, bold."""
    style = status_style(status)
    icon = paragraph.add_run(style.icon + " ")
    icon.font.name = SYMBOL_FONT
    word = paragraph.add_run(style.label)
    for run in (icon, word):
        run.bold = True
        _colour(run, style.ink)


def _add_segments(paragraph, segments: list[Segment]) -> None:
    from docx.enum.text import WD_COLOR_INDEX

    for text, flagged in segments:
        run = paragraph.add_run(xml_text(text))
        if flagged:
            run.bold = True
            run.font.highlight_color = WD_COLOR_INDEX.YELLOW


def _add_issue(document, view: IssueView, number: int) -> None:
    from docx.shared import Pt

    head = document.add_paragraph()
    head.paragraph_format.space_before = Pt(8)
    head.paragraph_format.space_after = Pt(2)
    head.paragraph_format.keep_with_next = True
    head.add_run(f"{number}. ")
    severity = head.add_run(view.severity_title)
    severity.bold = True
    _colour(severity, {"high": "842029", "medium": "664D03"}.get(view.severity, "1F2328"))
    head.add_run(" · ").bold = True
    head.add_run(xml_text(view.kind)).bold = True
    if view.location:
        head.add_run(xml_text(f" — {view.location}"))
    message = document.add_paragraph()
    message.paragraph_format.left_indent = Pt(14)
    message.paragraph_format.space_after = Pt(2)
    run = message.add_run(xml_text(view.message))
    if view.dismissed:
        run.font.strike = True
        _colour(run, GREY)
    if view.quote:
        quoted = document.add_paragraph(style="Quote")
        quoted.paragraph_format.left_indent = Pt(28)
        _add_segments(quoted, view.quote)
    for label, text, colour, italic in (
        ("Suggested change: ", view.suggestion, "0F5132", False),
        ("", view.decision, DECISION_INK, True),
        ("Reviewer's note: ", view.note, "1F2328", False),
    ):
        if not text:
            continue
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.left_indent = Pt(14)
        paragraph.paragraph_format.space_after = Pt(2)
        if label:
            lead = paragraph.add_run(label)
            lead.bold = True
            _colour(lead, colour)
        body = paragraph.add_run(xml_text(text))
        body.italic = italic
        _colour(body, colour)


def _add_issues(document, report: Report, issues: list[Issue]) -> None:
    for number, issue in enumerate(issues_in_order(issues), start=1):
        _add_issue(document, issue_view(report, issue), number)


def _add_facts(document, facts: list[tuple[str, str]]) -> None:
    from docx.shared import Pt

    for label, value in facts:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.space_after = Pt(0)
        lead = paragraph.add_run(f"{label}: ")
        _colour(lead, GREY)
        paragraph.add_run(xml_text(value))


def set_widths(table, inches: tuple[float, ...]) -> None:
    """Column widths Word and LibreOffice both honour: set on every cell, autofit off."""
    from docx.shared import Inches

    table.autofit = False
    for column, width in zip(table.columns, inches, strict=True):
        column.width = Inches(width)  # the grid LibreOffice lays out by
    for row in table.rows:
        for cell, width in zip(row.cells, inches, strict=True):
            cell.width = Inches(width)


SUMMARY_WIDTHS = (1.5, 1.35, 2.35, 0.8)
"""Inches of the summary table's columns (6 inches between the template's margins)."""


def _add_summary(document, report: Report) -> None:
    table = document.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    headers = ("Section", "Status", "Where in the agreement", "Open points")
    for cell, title in zip(table.rows[0].cells, headers, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(title).bold = True
    for finding in report.findings:
        cells = table.add_row().cells
        cells[0].text = section_title(finding.category)
        cells[1].text = ""
        _status_runs(cells[1].paragraphs[0], finding.status)
        _shade(cells[1], status_style(finding.status).fill)
        cells[2].text = xml_text(evidence_list(report, finding, EVIDENCE_IN_TABLE) or "—")
        cells[3].text = str(len(open_issues(finding.issues)))
    set_widths(table, SUMMARY_WIDTHS)


def _add_legend(document) -> None:
    from docx.shared import Pt

    for number, (key, style) in enumerate(STATUS_STYLES.items()):
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.space_after = Pt(0)
        paragraph.paragraph_format.space_before = Pt(6 if number == 0 else 0)
        _status_runs(paragraph, key)
        meaning = paragraph.add_run(f": {style.meaning}")
        _colour(meaning, GREY)
        meaning.font.size = Pt(9)


def _add_finding(document, report: Report, finding: Finding) -> None:
    heading = document.add_heading(xml_text(section_title(finding.category)) + "  ", level=1)
    _status_runs(heading, finding.status)
    terms = terms_line(finding.terms)
    if terms:
        paragraph = document.add_paragraph()
        paragraph.add_run("Key terms: ").bold = True
        paragraph.add_run(xml_text(terms))
    if evidence_clauses(report, finding):
        paragraph = document.add_paragraph()
        paragraph.add_run("Covered by: ").bold = True
        paragraph.add_run(xml_text(evidence_list(report, finding, EVIDENCE_IN_SECTION)))
    if finding.issues:
        _add_issues(document, report, finding.issues)
    else:
        document.add_paragraph("No points to raise.")


def _header_and_footer(document, title: str, by: str, footer: str) -> None:
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Pt

    section = document.sections[0]
    width = section.page_width - section.left_margin - section.right_margin
    for part, left, right in (
        (section.header, title, by),
        (section.footer, footer, None),
    ):
        paragraph = part.paragraphs[0]
        # Not the template's Header/Footer style: its centre tab stop would catch the text.
        paragraph.style = document.styles["Normal"]
        paragraph.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
        lead = paragraph.add_run(xml_text(left) + "\t")
        lead.font.size = Pt(8)
        _colour(lead, GREY)
        if right is not None:
            tail = paragraph.add_run(xml_text(right))
            tail.font.size = Pt(8)
            _colour(tail, GREY)
        else:
            for text, field in (("Page ", "PAGE"), (" of ", "NUMPAGES")):
                run = paragraph.add_run(text)
                run.font.size = Pt(8)
                _colour(run, GREY)
                _field(paragraph, field, Pt(8))


def to_docx(report: Report, settings: ExportSettings | None = None) -> bytes:
    """The review report as DOCX bytes."""
    from docx import Document
    from docx.shared import Pt

    settings = ExportSettings.make(settings).resolve(report)
    document = Document()
    title = xml_text(report_title(report))
    name = xml_text(display_name(report.document.name))
    when = long_date(settings.review_date)
    reviewer = xml_text(settings.reviewer) if settings.reviewer else None
    now = datetime.now(UTC).replace(microsecond=0, tzinfo=None)
    properties = document.core_properties
    # Word's core properties hold at most 255 characters; a long file name must not crash.
    properties.title = title[:CORE_PROPERTY_CHARS]
    properties.author = (reviewer or "clausecheck")[:CORE_PROPERTY_CHARS]
    properties.last_modified_by = (reviewer or "clausecheck")[:CORE_PROPERTY_CHARS]
    properties.subject = f"Contract review of {name}"[:CORE_PROPERTY_CHARS]
    properties.keywords = f"contract review, {report.playbook}"[:CORE_PROPERTY_CHARS]
    properties.comments = "Prepared with clausecheck"
    properties.created = now
    properties.modified = now
    properties.last_printed = now
    properties.revision = 1
    document.styles["Normal"].font.size = Pt(10)

    by = f"{reviewer}, {when}" if reviewer else when
    _header_and_footer(document, _short(title, HEADER_TITLE_CHARS), by, _short(name, 70))
    document.add_heading(title, level=0)
    facts = list(agreement_facts(report))
    if reviewer:
        facts.append(("Reviewed by", reviewer))
    facts.append(("Date of review", when))
    _add_facts(document, facts)
    document.add_heading("Summary", level=1)
    document.add_paragraph(xml_text(summary_paragraph(report)))
    _add_summary(document, report)
    _add_legend(document)
    for finding in report.findings:
        _add_finding(document, report, finding)
    if report.issues:
        document.add_heading("The agreement as a whole", level=1)
        _add_issues(document, report, report.issues)
    notes = []
    if report.review and report.review.note:
        notes.append(report.review.note)
    notes += correction_lines(report)
    if notes:
        document.add_heading("The reviewer's notes", level=1)
        for note in notes:
            document.add_paragraph(xml_text(note))
    if report.warnings:
        document.add_heading("Reading notes", level=1)
        for warning in report.warnings:
            document.add_paragraph(xml_text(warning), style="List Bullet")
    if settings.disclaimer:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.space_before = Pt(18)
        run = paragraph.add_run(xml_text(settings.disclaimer))
        run.italic = True
        run.font.size = Pt(8.5)
        _colour(run, GREY)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
