"""The report formats a reviewer can download or write, one implementation each.

The command line (``analyze --format``, ``review export --format``) and the review page's
download buttons all go through ``EXPORT_FORMATS`` and ``NEGOTIATION_FORMATS``, so a format
means the same bytes wherever it is produced.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePath

from clausecheck.report.docx import to_docx
from clausecheck.report.html import to_html
from clausecheck.report.markdown import to_markdown
from clausecheck.report.negotiation import to_negotiation_docx, to_negotiation_xlsx
from clausecheck.report.pdf import to_pdf
from clausecheck.report.settings import ExportSettings
from clausecheck.types import Report

DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def to_json(report: Report, settings: ExportSettings | None = None) -> str:
    """The report as indented JSON (the versioned schema in report/schema.json); the settings
    are for people's formats and change nothing here."""
    return json.dumps(report.to_dict(), indent=2, ensure_ascii=False) + "\n"


@dataclass(frozen=True, slots=True)
class ExportFormat:
    """One downloadable format."""

    name: str
    title: str
    extension: str
    mime: str
    render: Callable[[Report, ExportSettings | None], str | bytes]
    suffix: str = "gap-report"
    """What the file name adds to the agreement's: 'msa-gap-report.pdf'."""

    @property
    def binary(self) -> bool:
        """Binary formats are never written to a terminal."""
        return self.extension in ("pdf", "docx", "xlsx")

    def to_bytes(self, report: Report, settings: ExportSettings | None = None) -> bytes:
        """The report in this format, as the bytes of a file."""
        content = self.render(report, settings)
        return content.encode("utf-8") if isinstance(content, str) else content

    def file_name(self, report: Report) -> str:
        """'call-centre-services-gap-report.pdf' for the agreement 'call-centre-services.pdf'."""
        return f"{PurePath(report.document.name).stem}-{self.suffix}.{self.extension}"


EXPORT_FORMATS: dict[str, ExportFormat] = {
    f.name: f
    for f in (
        ExportFormat("pdf", "PDF", "pdf", "application/pdf", to_pdf),
        ExportFormat("docx", "Word", "docx", DOCX_MIME, to_docx),
        ExportFormat("md", "Markdown", "md", "text/markdown", to_markdown),
        ExportFormat("html", "HTML", "html", "text/html", to_html),
        ExportFormat("json", "JSON", "json", "application/json", to_json),
    )
}
"""Every report format, in the order the page offers them."""
NEGOTIATION_FORMATS: dict[str, ExportFormat] = {
    f.name: f
    for f in (
        ExportFormat(
            "negotiation-xlsx",
            "Negotiation list (Excel)",
            "xlsx",
            XLSX_MIME,
            to_negotiation_xlsx,
            "negotiation",
        ),
        ExportFormat(
            "negotiation-docx",
            "Negotiation list (Word)",
            "docx",
            DOCX_MIME,
            to_negotiation_docx,
            "negotiation",
        ),
    )
}
"""The negotiation list for the other side, in the formats it can be sent in."""
ONE_FILE_FORMATS = ("pdf", "docx", "html", *NEGOTIATION_FORMATS)
"""Formats that hold one agreement per file (Markdown and JSON reports can be concatenated)."""
ALL_FORMATS: dict[str, ExportFormat] = {**EXPORT_FORMATS, **NEGOTIATION_FORMATS}
