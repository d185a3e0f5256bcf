"""Reports: the JSON schema and one exporter per format."""

from clausecheck.report.docx import to_docx
from clausecheck.report.exports import EXPORT_FORMATS, ExportFormat, to_json
from clausecheck.report.html import to_html
from clausecheck.report.markdown import to_markdown
from clausecheck.report.pdf import to_pdf
from clausecheck.report.schema import SCHEMA_VERSION, report_schema, validate_report
from clausecheck.report.terminal import to_table

__all__ = [
    "EXPORT_FORMATS",
    "SCHEMA_VERSION",
    "ExportFormat",
    "report_schema",
    "to_docx",
    "to_html",
    "to_json",
    "to_markdown",
    "to_pdf",
    "to_table",
    "validate_report",
]
