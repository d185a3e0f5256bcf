"""The negotiation list: the points to put to the other side, one row each (clause, section,
issue, suggested change, decision, note), as XLSX or DOCX. Dismissed points are left out.

Every cell of the XLSX goes through ``escaping.xlsx_row`` (no text can become a formula), every
run of the DOCX through ``escaping.xml_text``.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime

from clausecheck.escaping import display_name, xlsx_row, xml_text
from clausecheck.report.content import (
    NEGOTIATION_COLUMNS,
    negotiation_rows,
    report_title,
)
from clausecheck.report.settings import ExportSettings, long_date
from clausecheck.types import Report

COLUMN_WIDTHS = (30, 20, 60, 50, 22, 40)
"""Characters per XLSX column: wide enough to read a point without resizing."""
DOCX_WIDTHS = (1.5, 1.05, 2.65, 2.0, 0.9, 1.3)
"""Inches of the DOCX table's columns (9.4 inches across a landscape Letter page)."""
HEADER_FILL = "E9ECEF"
SHEET_TITLE = "Negotiation list"


def negotiation_title(report: Report) -> str:
    """'Negotiation list: Contact Centre Services Agreement'."""
    return (
        f"Negotiation list: {report_title(report).removeprefix('Review of ').removeprefix('the ')}"
    )


def _byline(report: Report, settings: ExportSettings) -> str:
    when = long_date(settings.review_date)
    who = f"Prepared by {settings.reviewer}, {when}" if settings.reviewer else f"Prepared {when}"
    return f"{who} · {display_name(report.document.name)}"


def to_negotiation_xlsx(report: Report, settings: ExportSettings | None = None) -> bytes:
    """The negotiation list as an XLSX workbook: a title, then one row per point."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    settings = ExportSettings.make(settings).resolve(report)
    book = Workbook()
    sheet = book.active
    sheet.title = SHEET_TITLE
    xlsx_row(sheet, [negotiation_title(report)])
    sheet.cell(1, 1).font = Font(bold=True, size=14)
    xlsx_row(sheet, [_byline(report, settings)])
    xlsx_row(sheet, [])
    header = xlsx_row(sheet, NEGOTIATION_COLUMNS)
    for column in range(1, len(NEGOTIATION_COLUMNS) + 1):
        cell = sheet.cell(header, column)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
    wrap = Alignment(wrap_text=True, vertical="top")
    for row in negotiation_rows(report):
        number = xlsx_row(
            sheet, [row.clause, row.section, row.issue, row.suggestion, row.decision, row.note]
        )
        for column in range(1, len(NEGOTIATION_COLUMNS) + 1):
            sheet.cell(number, column).alignment = wrap
    for column, width in enumerate(COLUMN_WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = sheet.cell(header + 1, 1)
    sheet.auto_filter.ref = f"A{header}:{get_column_letter(len(COLUMN_WIDTHS))}{sheet.max_row}"
    properties = book.properties
    properties.title = negotiation_title(report)[:255]
    properties.creator = settings.reviewer or "clausecheck"
    properties.created = properties.modified = datetime.now(UTC).replace(tzinfo=None)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def to_negotiation_docx(report: Report, settings: ExportSettings | None = None) -> bytes:
    """The negotiation list as a Word document in landscape: a title, then a table."""
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Inches, Pt

    from clausecheck.report.docx import _header_and_footer, _shade, _short, set_widths

    settings = ExportSettings.make(settings).resolve(report)
    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    section.left_margin = section.right_margin = Inches(0.8)
    title = xml_text(negotiation_title(report))
    byline = xml_text(_byline(report, settings))
    now = datetime.now(UTC).replace(microsecond=0, tzinfo=None)
    properties = document.core_properties
    properties.title = title[:255]
    properties.author = properties.last_modified_by = (
        xml_text(settings.reviewer) if settings.reviewer else "clausecheck"
    )[:255]
    properties.subject = f"Points to negotiate in {xml_text(display_name(report.document.name))}"[
        :255
    ]
    properties.created = properties.modified = properties.last_printed = now
    properties.revision = 1
    document.styles["Normal"].font.size = Pt(9.5)
    when = long_date(settings.review_date)
    by = f"{settings.reviewer}, {when}" if settings.reviewer else when
    name = display_name(report.document.name)
    _header_and_footer(document, _short(title, 90), xml_text(by), xml_text(_short(name, 90)))
    document.add_heading(title, level=0)
    document.add_paragraph(byline)
    rows = negotiation_rows(report)
    table = document.add_table(rows=1, cols=len(NEGOTIATION_COLUMNS))
    table.style = "Table Grid"
    for cell, name in zip(table.rows[0].cells, NEGOTIATION_COLUMNS, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(name).bold = True
        _shade(cell, HEADER_FILL)
    for row in rows:
        cells = table.add_row().cells
        values = (row.clause, row.section, row.issue, row.suggestion, row.decision, row.note)
        for cell, value in zip(cells, values, strict=True):
            cell.text = xml_text(value)
    set_widths(table, DOCX_WIDTHS)
    if not rows:
        document.add_paragraph("No points to raise.")
    if settings.disclaimer:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.space_before = Pt(12)
        run = paragraph.add_run(xml_text(settings.disclaimer))
        run.italic = True
        run.font.size = Pt(8.5)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
