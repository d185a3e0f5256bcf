"""The gap report as Markdown, for people: summary, then issues by category and severity."""

from __future__ import annotations

from clausecheck.types import CATEGORY_TITLES, Clause, Issue, Report

STATUS_MARK = {"present": "✅ present", "missing": "❌ missing", "ambiguous": "⚠️ ambiguous"}
SEVERITY_TITLES = {"high": "High", "medium": "Medium", "low": "Low", "info": "Information"}


def _md(text: str) -> str:
    """Escape characters Markdown would read as markup inside table cells and quotes."""
    return text.replace("|", "\\|").replace("*", "\\*").replace("_", "\\_").replace("\n", " ")


def _where(report: Report, issue: Issue) -> str:
    clause = report.clause(issue.clause_id) if issue.clause_id else None
    parts = []
    if clause is not None and clause.number:
        parts.append(f"clause {clause.number.rstrip('.')}")
    if issue.page:
        parts.append(f"page {issue.page}")
    return f" ({', '.join(parts)})" if parts else ""


def _issue_lines(report: Report, issues: list[Issue]) -> list[str]:
    lines = []
    for severity in SEVERITY_TITLES:
        group = [i for i in issues if i.severity == severity]
        for item in group:
            lines.append(
                f"- **{SEVERITY_TITLES[severity]}** · `{item.code}`{_where(report, item)}: {_md(item.message)}"
            )
            if item.quote:
                lines.append(f"  > {_md(item.quote)}")
            if item.suggestion:
                lines.append(f"  - Suggestion: {_md(item.suggestion)}")
    return lines


def _terms_line(terms: dict) -> str | None:
    shown = []
    for key, value in terms.items():
        if value in (None, [], {}, False, ""):
            continue
        if key == "amounts":
            value = ", ".join(
                a["text"] + (f" per {a['basis']}" if a.get("basis") else "") for a in value[:6]
            )
        elif key == "metrics":
            value = ", ".join(
                m["name"].replace("_", " ")
                + (
                    f" {m['target']:g}{m['unit'] if m['unit'] == '%' else ' ' + m['unit']}"
                    if m["target"] is not None
                    else ""
                )
                for m in value[:8]
            )
        elif isinstance(value, list):
            value = ", ".join(str(v) for v in value)
        elif value is True:
            value = "yes"
        shown.append(f"{key.replace('_', ' ')}: {value}")
    return "; ".join(shown) if shown else None


def _evidence(clause: Clause) -> str:
    where = f"clause {clause.number.rstrip('.')}" if clause.number else clause.id
    heading = f" {clause.heading}" if clause.heading else ""
    page = f", page {clause.page}" if clause.page else ""
    return f"{where}{_md(heading)}{page}"


def to_markdown(report: Report) -> str:
    """A readable gap report."""
    doc = report.document
    pages = f", {doc.pages} page(s)" if doc.pages else ""
    lines = [
        f"# Gap report: {_md(doc.name)}",
        "",
        f"{doc.format.upper()}{pages}, {len(report.clauses)} clauses · playbook `{report.playbook}` · "
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
        terms = _terms_line(finding.terms)
        if terms:
            lines += ["", f"Key terms: {_md(terms)}"]
        if finding.issues:
            lines += [""] + _issue_lines(report, finding.issues)
        else:
            lines += ["", "No issues found."]
    if report.issues:
        lines += ["", "## Whole document", ""] + _issue_lines(report, report.issues)
    if report.warnings:
        lines += ["", "## Warnings", ""] + [f"- {_md(w)}" for w in report.warnings]
    return "\n".join(lines) + "\n"
