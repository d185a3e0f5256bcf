"""The review report as one self-contained HTML page: no scripts, no external files, all text
escaped. The review page shows issues with the same ``issue_html``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from html import escape

from clausecheck.report.content import (
    Segment,
    agreement_facts,
    clause_reference,
    clause_segments,
    correction_lines,
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
from clausecheck.types import Finding, Issue, Report

EVIDENCE_IN_TABLE = 3
"""Clauses named in a summary-table cell; the rest are counted."""


def _status_css() -> str:
    return "\n".join(
        f".st-{key} {{ background: {s.fill}; color: {s.ink}; }}" for key, s in STATUS_STYLES.items()
    )


STYLE = """
body { font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328;
       max-width: 58rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.7rem; margin-bottom: 0.6rem; }
h2 { font-size: 1.2rem; margin-top: 2.2rem; border-bottom: 1px solid #d0d7de; padding-bottom: .2rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: 0; }
dl.facts dt { color: #57606a; } dl.facts dd { margin: 0; }
.summary { font-size: 1.02rem; }
table { border-collapse: collapse; width: 100%; margin-top: .8rem; }
th, td { text-align: left; padding: 0.4rem 0.6rem; border-bottom: 1px solid #d0d7de;
         vertical-align: top; }
.status { font-weight: 600; padding: 0.05rem 0.55rem; border-radius: 1rem; font-size: 0.85rem;
          white-space: nowrap; }
.legend, .terms, .where, .meta { color: #57606a; font-size: .9rem; }
ol.issues > li { margin-bottom: 1rem; }
.sev-high .sev { color: #842029; } .sev-medium .sev { color: #664d03; }
.dismissed { color: #6e7781; } .dismissed .message { text-decoration: line-through; }
blockquote { margin: 0.3rem 0; padding-left: 0.8rem; border-left: 3px solid #d0d7de; }
mark { background: #ffe08a; padding: 0 0.1rem; }
.suggestion { margin: 0.2rem 0; color: #0f5132; }
.decision { margin: 0.2rem 0; font-style: italic; color: #084298; }
.note { margin: 0.2rem 0; color: #24292f; }
details { margin: 0.2rem 0; } summary { cursor: pointer; }
footer { margin-top: 3rem; border-top: 1px solid #d0d7de; padding-top: .6rem; color: #57606a;
         font-size: .85rem; }
""" + _status_css()
"""Inline CSS, so the file reads the same when mailed or opened offline."""


def segments_html(segments: list[Segment], safe: Callable[[str], str] = escape) -> str:
    """Text made safe by ``safe``, with flagged phrases inside <mark>; the spaces at the ends
    of a segment are kept (``safe`` may trim them)."""
    out = []
    for text, flagged in segments:
        body = safe(text)
        if flagged:
            body = f"<mark>{body}</mark>"
        out.append(
            (" " if text[:1].isspace() else "") + body + (" " if text[-1:].isspace() else "")
        )
    return "".join(out).strip()


def status_html(status: str) -> str:
    """A status badge: its mark and word on its colour."""
    style = status_style(status)
    return f'<span class="status st-{escape(status)}">{escape(style.marked)}</span>'


@dataclass(frozen=True, slots=True)
class IssueStyle:
    """How one issue is wrapped: the element and class names, and how text is made safe."""

    item: str = '<li class="sev-{severity}{dismissed}">'
    item_end: str = "</li>"
    suggestion: str = '<p class="suggestion">'
    suggestion_end: str = "</p>"
    safe: Callable[[str], str] = escape


def issue_html(report: Report, issue: Issue, style: IssueStyle = IssueStyle()) -> str:
    """One issue as HTML: importance and kind, where, the message, the highlighted quote, the
    suggested change and the reviewer's decision and note. No internal code or id.

    The HTML report and the review page both use this; they differ only in ``style``."""
    safe = style.safe
    view = issue_view(report, issue)
    where = f' <span class="where">— {safe(view.location)}</span>' if view.location else ""
    parts = [
        style.item.format(
            severity=escape(view.severity), dismissed=" dismissed" if view.dismissed else ""
        ),
        f'<b class="sev">{safe(view.severity_title)} · {safe(view.kind)}</b>{where}',
        f'<div class="message">{safe(view.message)}</div>',
    ]
    if view.quote:
        parts.append(f"<blockquote>{segments_html(view.quote, safe)}</blockquote>")
    if view.suggestion:
        parts.append(
            f"{style.suggestion}Suggested change: {safe(view.suggestion)}{style.suggestion_end}"
        )
    if view.decision:
        parts.append(f'<div class="decision">{safe(view.decision)}</div>')
    if view.note:
        parts.append(f'<div class="note"><b>Reviewer\'s note:</b> {safe(view.note)}</div>')
    return "".join(parts) + style.item_end


def _issue_items(report: Report, issues: list[Issue]) -> list[str]:
    items = [issue_html(report, issue) for issue in issues_in_order(issues)]
    return ['<ol class="issues">', *items, "</ol>"]


def _finding_section(report: Report, finding: Finding) -> list[str]:
    parts = [
        f'<section id="{escape(finding.category)}">',
        f"<h2>{escape(section_title(finding.category))} {status_html(finding.status)}</h2>",
    ]
    terms = terms_line(finding.terms)
    if terms:
        parts.append(f'<p class="terms">Key terms: {escape(terms)}</p>')
    parts += (
        _issue_items(report, finding.issues) if finding.issues else ["<p>No points to raise.</p>"]
    )
    clauses = evidence_clauses(report, finding)
    if clauses:
        parts.append(
            f"<details><summary>The {len(clauses)} clause{'s' if len(clauses) != 1 else ''} "
            "that cover this section</summary>"
        )
        for clause in clauses:
            text = clause_segments(report, clause)
            parts.append(
                f"<p><b>{escape(clause_reference(report, clause))}</b><br>{segments_html(text)}</p>"
            )
        parts.append("</details>")
    parts.append("</section>")
    return parts


def to_html(report: Report, settings: ExportSettings | None = None) -> str:
    """The review report as a standalone HTML document."""
    settings = ExportSettings.make(settings).resolve(report)
    title = escape(report_title(report))
    facts = list(agreement_facts(report))
    if settings.reviewer:
        facts.append(("Reviewed by", settings.reviewer))
    facts.append(("Date of review", long_date(settings.review_date)))
    parts = [
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{title}</title><style>{STYLE}</style></head><body>",
        f"<h1>{title}</h1>",
        '<dl class="facts">',
        *(f"<dt>{escape(label)}</dt><dd>{escape(value)}</dd>" for label, value in facts),
        "</dl>",
        "<h2>Summary</h2>",
        f'<p class="summary">{escape(summary_paragraph(report))}</p>',
        "<table><thead><tr><th>Section</th><th>Status</th><th>Where in the agreement</th>"
        "<th>Open points</th></tr></thead><tbody>",
    ]
    for finding in report.findings:
        where = evidence_list(report, finding, EVIDENCE_IN_TABLE) or "—"
        parts.append(
            f'<tr><td><a href="#{escape(finding.category)}">'
            f"{escape(section_title(finding.category))}</a></td>"
            f"<td>{status_html(finding.status)}</td>"
            f"<td>{escape(where)}</td>"
            f"<td>{len(open_issues(finding.issues))}</td></tr>"
        )
    parts.append("</tbody></table>")
    legend = "; ".join(f"{s.marked}: {s.meaning}" for s in STATUS_STYLES.values())
    parts.append(f'<p class="legend">{escape(legend)}.</p>')
    for finding in report.findings:
        parts += _finding_section(report, finding)
    if report.issues:
        parts += ['<section id="document"><h2>The agreement as a whole</h2>']
        parts += _issue_items(report, report.issues) + ["</section>"]
    notes = []
    if report.review and report.review.note:
        notes.append(f"<p>{escape(report.review.note)}</p>")
    corrections = correction_lines(report)
    if corrections:
        notes += ["<ul>", *(f"<li>{escape(c)}</li>" for c in corrections), "</ul>"]
    if notes:
        parts += ["<h2>The reviewer's notes</h2>", *notes]
    if report.warnings:
        parts.append("<h2>Reading notes</h2><ul>")
        parts += [f"<li>{escape(w)}</li>" for w in report.warnings]
        parts.append("</ul>")
    if settings.disclaimer:
        parts.append(f"<footer>{escape(settings.disclaimer)}</footer>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"
