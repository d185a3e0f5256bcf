"""The gap report as one self-contained HTML page: no scripts, no external files, all text escaped."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from html import escape

from clausecheck.escaping import display_name
from clausecheck.report.content import (
    Segment,
    clause_segments,
    clause_title,
    document_line,
    evidence_clauses,
    evidence_pages,
    issue_location,
    pages_text,
    quote_segments,
)
from clausecheck.report.markdown import SEVERITY_TITLES
from clausecheck.report.terms_text import terms_line
from clausecheck.types import CATEGORY_TITLES, Finding, Issue, Report

STYLE = """
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328;
       max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: 0.2rem; }
h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #d0d7de; }
.meta, .terms, .page { color: #57606a; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 0.35rem 0.6rem; border-bottom: 1px solid #d0d7de; }
.status { font-weight: 600; padding: 0.05rem 0.5rem; border-radius: 1rem; font-size: 0.85rem; }
.present { background: #d1e7dd; color: #0f5132; }
.deviates { background: #e2d9f3; color: #432874; }
.ambiguous { background: #fff3cd; color: #664d03; }
.missing { background: #f8d7da; color: #842029; }
.issues li { margin-bottom: 0.8rem; }
.sev-high strong { color: #842029; } .sev-medium strong { color: #664d03; }
blockquote { margin: 0.3rem 0; padding-left: 0.8rem; border-left: 3px solid #d0d7de; }
mark { background: #ffe08a; padding: 0 0.1rem; }
.suggestion { margin: 0.2rem 0; color: #0f5132; }
details { margin: 0.2rem 0; } summary { cursor: pointer; }
"""
"""Inline CSS, so the file reads the same when mailed or opened offline."""


def segments_html(segments: list[Segment], safe: Callable[[str], str] = escape) -> str:
    """Text made safe by ``safe``, with flagged phrases inside <mark>."""
    return "".join(
        f"<mark>{safe(text)}</mark>" if flagged else safe(text) for text, flagged in segments
    )


def _status(status: str) -> str:
    return f'<span class="status {escape(status)}">{escape(status)}</span>'


@dataclass(frozen=True, slots=True)
class IssueStyle:
    """How one issue is wrapped: the element and class names, and how text is made safe."""

    item: str = '<li class="sev-{severity}">'
    item_end: str = "</li>"
    suggestion: str = '<p class="suggestion">'
    suggestion_end: str = "</p>"
    safe: Callable[[str], str] = escape


def issue_html(report: Report, issue: Issue, style: IssueStyle = IssueStyle()) -> str:
    """One issue as HTML: severity, code, where, message, the highlighted quote, a suggestion.

    The HTML report and the review page both use this; they differ only in ``style``.
    """
    safe = style.safe
    location = issue_location(report, issue)
    where = f" ({safe(location)})" if location else ""
    parts = [
        style.item.format(severity=escape(issue.severity)),
        f"<strong>{SEVERITY_TITLES[issue.severity]}</strong> · <code>{safe(issue.code)}</code>"
        f"{where}: {safe(issue.message)}",
    ]
    quote = quote_segments(report, issue)
    if quote:
        parts.append(f"<blockquote>{segments_html(quote, safe)}</blockquote>")
    if issue.suggestion:
        parts.append(
            f"{style.suggestion}Suggestion: {safe(issue.suggestion)}{style.suggestion_end}"
        )
    return "".join(parts) + style.item_end


def _issue_items(report: Report, issues: list[Issue]) -> list[str]:
    return ['<ul class="issues">', *(issue_html(report, issue) for issue in issues), "</ul>"]


def _finding_section(report: Report, finding: Finding) -> list[str]:
    title = CATEGORY_TITLES[finding.category]
    parts = [
        f'<section id="{escape(finding.category)}">',
        f"<h2>{escape(title)} {_status(finding.status)}</h2>",
    ]
    terms = terms_line(finding.terms)
    if terms:
        parts.append(f'<p class="terms">Key terms: {escape(terms)}</p>')
    parts.append("<h3>Issues</h3>")
    parts += _issue_items(report, finding.issues) if finding.issues else ["<p>No issues found.</p>"]
    clauses = evidence_clauses(report, finding)
    if clauses:
        parts.append(f"<h3>Evidence ({len(clauses)} clauses)</h3>")
        for clause in clauses:
            page = f' <span class="page">· page {clause.page}</span>' if clause.page else ""
            text = clause_segments(report, clause)
            parts.append(
                f"<details><summary>{escape(clause_title(clause))}{page}</summary>"
                f"<p>{segments_html(text)}</p></details>"
            )
    parts.append("</section>")
    return parts


def to_html(report: Report) -> str:
    """The gap report as a standalone HTML document."""
    name = escape(display_name(report.document.name))
    parts = [
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>Gap report: {name}</title><style>{STYLE}</style></head><body>",
        f"<h1>Gap report: {name}</h1>",
        f'<p class="meta">{escape(document_line(report))}</p>',
        "<table><thead><tr><th>Category</th><th>Status</th><th>Pages</th><th>Issues</th></tr>"
        "</thead><tbody>",
    ]
    for finding in report.findings:
        parts.append(
            f'<tr><td><a href="#{escape(finding.category)}">'
            f"{escape(CATEGORY_TITLES[finding.category])}</a></td>"
            f"<td>{_status(finding.status)}</td>"
            f"<td>{escape(pages_text(evidence_pages(report, finding)))}</td>"
            f"<td>{len(finding.issues)}</td></tr>"
        )
    parts.append("</tbody></table>")
    for finding in report.findings:
        parts += _finding_section(report, finding)
    if report.issues:
        parts += ['<section id="document"><h2>Whole document</h2>']
        parts += _issue_items(report, report.issues) + ["</section>"]
    if report.warnings:
        parts.append("<h2>Warnings</h2><ul>")
        parts += [f"<li>{escape(w)}</li>" for w in report.warnings]
        parts.append("</ul>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"
