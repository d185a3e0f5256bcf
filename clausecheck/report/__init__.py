"""Reports: the JSON schema and one exporter per format."""

from clausecheck.report.markdown import to_markdown
from clausecheck.report.schema import SCHEMA_VERSION, report_schema, validate_report
from clausecheck.report.terminal import to_table

__all__ = ["SCHEMA_VERSION", "report_schema", "to_markdown", "to_table", "validate_report"]
