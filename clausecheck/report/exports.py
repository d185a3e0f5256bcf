"""The report formats a reviewer can download or write, one implementation each.

The command line (``analyze --format``) and the review page's download buttons both go through
``EXPORT_FORMATS``, so a format means the same bytes wherever it is produced.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePath

from clausecheck.report.docx import to_docx
from clausecheck.report.html import to_html
from clausecheck.report.markdown import to_markdown
from clausecheck.report.pdf import to_pdf
from clausecheck.types import Report


def to_json(report: Report) -> str:
    """The report as indented JSON (the versioned schema in report/schema.json)."""
    return json.dumps(report.to_dict(), indent=2, ensure_ascii=False) + "\n"


@dataclass(frozen=True, slots=True)
class ExportFormat:
    """One downloadable report format."""

    name: str
    title: str
    extension: str
    mime: str
    render: Callable[[Report], str | bytes]

    @property
    def binary(self) -> bool:
        """Binary formats are never written to a terminal."""
        return self.name in ("pdf", "docx")

    def to_bytes(self, report: Report) -> bytes:
        """The report in this format, as the bytes of a file."""
        content = self.render(report)
        return content.encode("utf-8") if isinstance(content, str) else content

    def file_name(self, report: Report) -> str:
        """'call-centre-services-gap-report.pdf' for the agreement 'call-centre-services.pdf'."""
        return f"{PurePath(report.document.name).stem}-gap-report.{self.extension}"


EXPORT_FORMATS: dict[str, ExportFormat] = {
    f.name: f
    for f in (
        ExportFormat("pdf", "PDF", "pdf", "application/pdf", to_pdf),
        ExportFormat(
            "docx",
            "Word",
            "docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            to_docx,
        ),
        ExportFormat("md", "Markdown", "md", "text/markdown", to_markdown),
        ExportFormat("html", "HTML", "html", "text/html", to_html),
        ExportFormat("json", "JSON", "json", "application/json", to_json),
    )
}
"""Every report format, in the order the page offers them."""
ONE_FILE_FORMATS = ("pdf", "docx", "html")
"""Formats that hold one agreement per file (Markdown and JSON reports can be concatenated)."""
