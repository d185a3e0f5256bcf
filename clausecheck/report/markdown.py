"""The review report as Markdown: the agreement's facts, a summary, then each section's points
in plain words with the reviewer's decisions. Every string from the agreement is escaped."""

from __future__ import annotations

from clausecheck.escaping import markdown_text
from clausecheck.report.content import (
    IssueView,
    Segment,
    agreement_facts,
    correction_lines,
    counted,
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
from clausecheck.types import Issue, Report

SEVERITY_TITLES = {"high": "High", "medium": "Medium", "low": "Low", "info": "Note"}
"""Kept for the modules that import it from here (the same words as content.SEVERITY_TITLES)."""
EVIDENCE_IN_TABLE = 3
"""Clauses named in a summary-table cell; the rest are counted."""


def escape_markdown(text: str) -> str:
    """Contract text for a Markdown line, table cell or quote (``escaping.markdown_text``)."""
    return markdown_text(text)


def _segments(segments: list[Segment]) -> str:
    """Quoted text with its flagged phrases in bold; the spaces at a segment's ends are kept
    outside the markers (escaping trims them, and '**' needs a word boundary to open)."""
    out = []
    for text, flagged in segments:
        body = escape_markdown(text)
        if flagged and body:
            body = f"**{body}**"
        lead = " " if text[:1].isspace() else ""
        trail = " " if text[-1:].isspace() else ""
        out.append(lead + body + trail)
    return "".join(out).strip()


def issue_lines(view: IssueView, number: int) -> list[str]:
    """One issue as a numbered item with its quote, suggestion and decision beneath."""
    where = f" — {escape_markdown(view.location)}" if view.location else ""
    lines = [
        f"{number}. **{view.severity_title} · {escape_markdown(view.kind)}**{where}  ",
        f"   {escape_markdown(view.message)}",
    ]
    if view.quote:
        lines += ["", f"   > {_segments(view.quote)}"]
    extra = []
    if view.suggestion:
        extra.append(f"   Suggested change: {escape_markdown(view.suggestion)}")
    if view.decision:
        extra.append(f"   *{escape_markdown(view.decision)}*")
    if view.note:
        extra.append(f"   Reviewer's note: {escape_markdown(view.note)}")
    if extra:
        lines += [""] + [line + "  " for line in extra[:-1]] + extra[-1:]
    return lines + [""]


def _issues(report: Report, issues: list[Issue]) -> list[str]:
    lines: list[str] = []
    for number, issue in enumerate(issues_in_order(issues), start=1):
        lines += issue_lines(issue_view(report, issue), number)
    return lines


def _where(report: Report, finding) -> str:
    clauses = evidence_clauses(report, finding)
    if not clauses:
        return "—"
    return escape_markdown(evidence_list(report, finding, EVIDENCE_IN_TABLE))


def to_markdown(report: Report, settings: ExportSettings | None = None) -> str:
    """The review report as Markdown."""
    settings = ExportSettings.make(settings).resolve(report)
    lines = [f"# {escape_markdown(report_title(report))}", ""]
    facts = [(label, value) for label, value in agreement_facts(report)]
    if settings.reviewer:
        facts.append(("Reviewed by", settings.reviewer))
    facts.append(("Date of review", long_date(settings.review_date)))
    lines += [f"**{label}:** {escape_markdown(value)}  " for label, value in facts]
    lines[-1] = lines[-1].rstrip()
    lines += ["", "## Summary", "", escape_markdown(summary_paragraph(report)), ""]
    lines += [
        "| Section | Status | Where in the agreement | Open points |",
        "|---|---|---|---|",
    ]
    for finding in report.findings:
        style = status_style(finding.status)
        lines.append(
            f"| {escape_markdown(section_title(finding.category))} | {style.marked} | "
            f"{_where(report, finding)} | {len(open_issues(finding.issues))} |"
        )
    legend = "; ".join(f"{s.marked}: {s.meaning}" for s in STATUS_STYLES.values())
    lines += ["", f"*{escape_markdown(legend)}.*"]
    for finding in report.findings:
        style = status_style(finding.status)
        while lines and not lines[-1]:
            lines.pop()
        lines += [
            "",
            f"## {style.icon} {escape_markdown(section_title(finding.category))} — {style.label}",
            "",
        ]
        terms = terms_line(finding.terms)
        if terms:
            lines += [f"Key terms: {escape_markdown(terms)}", ""]
        if finding.issues:
            lines += _issues(report, finding.issues)
        else:
            lines += ["No points to raise.", ""]
    while lines and not lines[-1]:
        lines.pop()
    if report.issues:
        lines += ["", "## The agreement as a whole", ""] + _issues(report, report.issues)
    notes = _review_notes(report)
    if notes:
        lines += ["", "## The reviewer's notes", ""] + notes
    if report.warnings:
        lines += ["", "## Reading notes", ""]
        lines += [f"- {escape_markdown(w)}" for w in report.warnings] + [""]
    if settings.disclaimer:
        lines += ["---", "", f"*{escape_markdown(settings.disclaimer)}*", ""]
    return "\n".join(lines).rstrip("\n") + "\n"


def _review_notes(report: Report) -> list[str]:
    lines = []
    if report.review and report.review.note:
        lines += [escape_markdown(report.review.note), ""]
    corrections = correction_lines(report)
    if corrections:
        lines += [f"- {escape_markdown(c)}" for c in corrections] + [""]
    if report.review and report.review.unmatched_decisions:
        count = len(report.review.unmatched_decisions)
        lines += [
            f"{counted(count, 'decision')} of the saved review concern points this analysis "
            "no longer raises.",
            "",
        ]
    return lines
