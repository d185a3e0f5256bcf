"""The gap report as Markdown, for people: summary, then issues by category and severity."""

from __future__ import annotations

from clausecheck.escaping import display_name, markdown_code, markdown_text
from clausecheck.report.content import clause_title, issue_location
from clausecheck.report.terms_text import terms_line
from clausecheck.types import CATEGORY_TITLES, Clause, Issue, Report

STATUS_MARK = {
    "present": "✅ present",
    "deviates": "🔷 deviates",
    "missing": "❌ missing",
    "ambiguous": "⚠️ ambiguous",
}
SEVERITY_TITLES = {"high": "High", "medium": "Medium", "low": "Low", "info": "Information"}


def escape_markdown(text: str) -> str:
    """Contract text for a Markdown line, table cell or quote (``escaping.markdown_text``)."""
    return markdown_text(text)


def _where(report: Report, issue: Issue) -> str:
    location = issue_location(report, issue)
    return f" ({escape_markdown(location)})" if location else ""


def _issue_lines(report: Report, issues: list[Issue]) -> list[str]:
    lines = []
    for severity in SEVERITY_TITLES:
        group = [i for i in issues if i.severity == severity]
        for item in group:
            lines.append(
                f"- **{SEVERITY_TITLES[severity]}** · `{markdown_code(item.code)}`"
                f"{_where(report, item)}: {escape_markdown(item.message)}"
            )
            if item.quote:
                lines.append(f"  > {escape_markdown(item.quote)}")
            if item.suggestion:
                lines.append(f"  - Suggestion: {escape_markdown(item.suggestion)}")
    return lines


def _evidence(clause: Clause) -> str:
    page = f", page {clause.page}" if clause.page else ""
    return f"{escape_markdown(clause_title(clause))}{page}"


def to_markdown(report: Report) -> str:
    """A readable gap report."""
    doc = report.document
    pages = f", {doc.pages} page(s)" if doc.pages else ""
    lines = [
        f"# Gap report: {escape_markdown(display_name(doc.name))}",
        "",
        f"{doc.format.upper()}{pages}, {len(report.clauses)} clauses · playbook `{markdown_code(report.playbook)}` · "
        f"sha256 `{doc.sha256[:12]}…`",
        "",
        "| Category | Status | Evidence | Issues |",
        "|---|---|---|---|",
    ]
    for finding in report.findings:
        evidence = ", ".join(
            _evidence(c) for c in (report.clause(i) for i in finding.clause_ids[:3]) if c
        )
        if len(finding.clause_ids) > 3:
            evidence += f" +{len(finding.clause_ids) - 3} more"
        lines.append(
            f"| {CATEGORY_TITLES[finding.category]} | {STATUS_MARK[finding.status]} | {evidence or '—'} | {len(finding.issues)} |"
        )
    for finding in report.findings:
        lines += ["", f"## {CATEGORY_TITLES[finding.category]} — {finding.status}"]
        terms = terms_line(finding.terms)
        if terms:
            lines += ["", f"Key terms: {escape_markdown(terms)}"]
        if finding.issues:
            lines += [""] + _issue_lines(report, finding.issues)
        else:
            lines += ["", "No issues found."]
    if report.issues:
        lines += ["", "## Whole document", ""] + _issue_lines(report, report.issues)
    if report.warnings:
        lines += ["", "## Warnings", ""] + [f"- {escape_markdown(w)}" for w in report.warnings]
    return "\n".join(lines) + "\n"
