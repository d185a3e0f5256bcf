"""The gap report as a Word document (python-docx): headings, a summary table and the issues."""

from __future__ import annotations

import io

from clausecheck.escaping import display_name, xml_text
from clausecheck.report.content import (
    Segment,
    document_line,
    evidence_list,
    evidence_pages,
    issue_location,
    pages_text,
    quote_segments,
)
from clausecheck.report.markdown import SEVERITY_TITLES
from clausecheck.report.terms_text import terms_line
from clausecheck.types import CATEGORY_TITLES, Issue, Report

CORE_PROPERTY_CHARS = 255
"""The longest title python-docx (and Word) accept in a document's properties."""
STATUS_SHADING = {
    "present": "D1E7DD",
    "deviates": "E2D9F3",
    "ambiguous": "FFF3CD",
    "missing": "F8D7DA",
}
"""Cell colours of the status column, as in the XLSX comparison."""


def _shade(cell, colour: str) -> None:
    """Fill a table cell (python-docx has no API for shading; this is the documented XML)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), colour)
    cell._tc.get_or_add_tcPr().append(shading)


def _add_segments(paragraph, segments: list[Segment]) -> None:
    from docx.enum.text import WD_COLOR_INDEX

    for text, flagged in segments:
        run = paragraph.add_run(xml_text(text))
        if flagged:
            run.bold = True
            run.font.highlight_color = WD_COLOR_INDEX.YELLOW


def _add_issues(document, report: Report, issues: list[Issue]) -> None:
    for issue in issues:
        paragraph = document.add_paragraph(style="List Bullet")
        paragraph.add_run(SEVERITY_TITLES[issue.severity]).bold = True
        location = issue_location(report, issue)
        where = f" ({location})" if location else ""
        paragraph.add_run(xml_text(f" · {issue.code}{where}: {issue.message}"))
        quote = quote_segments(report, issue)
        if quote:
            quoted = document.add_paragraph(style="Quote")
            _add_segments(quoted, quote)
        if issue.suggestion:
            suggestion = document.add_paragraph()
            suggestion.add_run("Suggestion: ").italic = True
            suggestion.add_run(xml_text(issue.suggestion))


def _add_summary(document, report: Report) -> None:
    table = document.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    for cell, title in zip(
        table.rows[0].cells, ("Category", "Status", "Pages", "Issues"), strict=True
    ):
        cell.text = ""
        cell.paragraphs[0].add_run(title).bold = True
    for finding in report.findings:
        cells = table.add_row().cells
        cells[0].text = CATEGORY_TITLES[finding.category]
        cells[1].text = finding.status
        _shade(cells[1], STATUS_SHADING[finding.status])
        cells[2].text = pages_text(evidence_pages(report, finding))  # numbers only
        cells[3].text = str(len(finding.issues))


def to_docx(report: Report) -> bytes:
    """The gap report as DOCX bytes."""
    from docx import Document

    document = Document()
    name = xml_text(display_name(report.document.name))
    # Word's core properties hold at most 255 characters; a long file name must not crash.
    document.core_properties.title = f"Gap report: {name}"[:CORE_PROPERTY_CHARS]
    document.core_properties.author = "clausecheck"
    document.add_heading(f"Gap report: {name}", level=0)
    document.add_paragraph(xml_text(document_line(report)))
    _add_summary(document, report)
    for finding in report.findings:
        document.add_heading(f"{CATEGORY_TITLES[finding.category]} — {finding.status}", level=1)
        terms = terms_line(finding.terms)
        if terms:
            paragraph = document.add_paragraph()
            paragraph.add_run("Key terms: ").bold = True
            paragraph.add_run(xml_text(terms))
        evidence = evidence_list(report, finding)
        if evidence:
            paragraph = document.add_paragraph()
            paragraph.add_run("Evidence: ").bold = True
            paragraph.add_run(xml_text(evidence))
        if finding.issues:
            _add_issues(document, report, finding.issues)
        else:
            document.add_paragraph("No issues found.")
    if report.issues:
        document.add_heading("Whole document", level=1)
        _add_issues(document, report, report.issues)
    if report.warnings:
        document.add_heading("Warnings", level=1)
        for warning in report.warnings:
            document.add_paragraph(xml_text(warning), style="List Bullet")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
