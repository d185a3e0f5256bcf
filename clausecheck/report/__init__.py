"""Reports: the JSON schema and one exporter per format."""

from clausecheck.report.docx import to_docx
from clausecheck.report.exports import (
    ALL_FORMATS,
    EXPORT_FORMATS,
    NEGOTIATION_FORMATS,
    ExportFormat,
    to_json,
)
from clausecheck.report.html import to_html
from clausecheck.report.markdown import to_markdown
from clausecheck.report.negotiation import to_negotiation_docx, to_negotiation_xlsx
from clausecheck.report.pdf import to_pdf
from clausecheck.report.schema import SCHEMA_VERSION, report_schema, validate_report
from clausecheck.report.settings import DEFAULT_DISCLAIMER, ExportSettings
from clausecheck.report.terminal import to_table

__all__ = [
    "ALL_FORMATS",
    "DEFAULT_DISCLAIMER",
    "EXPORT_FORMATS",
    "NEGOTIATION_FORMATS",
    "SCHEMA_VERSION",
    "ExportFormat",
    "ExportSettings",
    "report_schema",
    "to_docx",
    "to_html",
    "to_json",
    "to_markdown",
    "to_negotiation_docx",
    "to_negotiation_xlsx",
    "to_pdf",
    "to_table",
    "validate_report",
]
