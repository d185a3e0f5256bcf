"""What a gap report says, independent of its format: clause names, pages, flagged phrases.

The HTML, PDF and DOCX exporters and the review page all build on these helpers, so a clause or
an issue is named and quoted the same way everywhere; each format only adds its own markup.
"""

from __future__ import annotations

import re

from clausecheck.types import Clause, Finding, Issue, Report

CONTEXT_CHARS = 140
"""Characters of clause text shown on each side of a flagged phrase, so it is read in context."""
FLAGGED_SHARE = 0.8
"""A quote shorter than this share of its clause is a flagged phrase, not the clause itself."""
MAX_EVIDENCE_LISTED = 12
"""Evidence clauses named per category in exported reports; the rest are counted."""

Segment = tuple[str, bool]
"""A piece of quoted text and whether it is a flagged phrase (to highlight)."""


def document_line(report: Report) -> str:
    """'PDF, 8 page(s), 136 clauses · playbook call-centre · sha256 5923d6397d48…'."""
    doc = report.document
    pages = f", {doc.pages} page(s)" if doc.pages else ""
    return (
        f"{doc.format.upper()}{pages}, {len(report.clauses)} clauses · playbook {report.playbook}"
        f" · sha256 {doc.sha256[:12]}…"
    )


def flatten(text: str) -> str:
    """Text on one line with single spaces, as quotes are compared and shown."""
    return " ".join(text.split())


def clause_number(clause: Clause) -> str | None:
    """'clause 10.3', or None for an unnumbered clause."""
    return f"clause {clause.number.rstrip('.')}" if clause.number else None


def clause_title(clause: Clause) -> str:
    """How a reader finds a clause: 'clause 10.3 Waiver', 'Waiver', or its first words
    ('"The Supplier shall answer …"'); never an internal id."""
    parts = [p for p in (clause_number(clause), clause.heading) if p]
    if parts:
        return " ".join(parts)
    words = clause.text.split()
    return f'"{" ".join(words[:6])}{" …" if len(words) > 6 else ""}"' if words else "a clause"


def issue_location(report: Report, issue: Issue) -> str:
    """'clause 10.3, page 4', 'page 4', or '' when the issue belongs to no place."""
    clause = report.clause(issue.clause_id) if issue.clause_id else None
    parts = [clause_number(clause) if clause is not None else None]
    parts.append(f"page {issue.page}" if issue.page else None)
    return ", ".join(p for p in parts if p)


def evidence_clauses(report: Report, finding: Finding) -> list[Clause]:
    """The clauses that carry the finding's category, in document order."""
    return [c for c in (report.clause(i) for i in finding.clause_ids) if c is not None]


def evidence_list(report: Report, finding: Finding, limit: int = MAX_EVIDENCE_LISTED) -> str:
    """'clause 3.1 Service Levels (p. 3); clause 3.2 (p. 3); and 18 more', or '' when none."""
    clauses = evidence_clauses(report, finding)
    named = [clause_title(c) + (f" (p. {c.page})" if c.page else "") for c in clauses[:limit]]
    more = len(clauses) - limit
    return "; ".join(named) + (f"; and {more} more" if more > 0 else "")


def evidence_pages(report: Report, finding: Finding) -> list[int]:
    """The pages the finding's evidence is on, ascending."""
    return sorted({c.page for c in evidence_clauses(report, finding) if c.page})


def pages_text(pages: list[int]) -> str:
    """'1, 3–5, 8' for a summary cell; '—' when there are none."""
    if not pages:
        return "—"
    runs: list[list[int]] = []
    for page in pages:
        if runs and page == runs[-1][-1] + 1:
            runs[-1].append(page)
        else:
            runs.append([page])
    return ", ".join(f"{r[0]}–{r[-1]}" if len(r) > 2 else ", ".join(map(str, r)) for r in runs)


def all_issues(report: Report) -> list[Issue]:
    """Every issue of every finding, then the whole-document issues."""
    return [i for f in report.findings for i in f.issues] + list(report.issues)


def flagged_phrases(report: Report, clause: Clause) -> list[str]:
    """The phrases issues quote from this clause (vague words, placeholders), not whole quotes."""
    text = flatten(clause.text).lower()
    phrases = []
    for issue in all_issues(report):
        if issue.clause_id != clause.id or not issue.quote:
            continue
        quote = flatten(issue.quote)
        if quote.lower() in text and len(quote) < FLAGGED_SHARE * len(text):
            phrases.append(quote)
    return list(dict.fromkeys(phrases))


def mark_phrases(text: str, phrases: list[str]) -> list[Segment]:
    """Split ``text`` into segments, flagging every occurrence of each phrase (any case)."""
    spans: list[tuple[int, int]] = []
    for phrase in phrases:
        if phrase:
            spans += [m.span() for m in re.finditer(re.escape(phrase), text, re.IGNORECASE)]
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    segments: list[Segment] = []
    position = 0
    for start, end in merged:
        if start > position:
            segments.append((text[position:start], False))
        segments.append((text[start:end], True))
        position = end
    if position < len(text):
        segments.append((text[position:], False))
    return segments


def clause_segments(report: Report, clause: Clause) -> list[Segment]:
    """The clause's whole text with every phrase an issue flags in it highlighted."""
    return mark_phrases(flatten(clause.text), flagged_phrases(report, clause))


def _window(text: str, start: int, end: int, width: int) -> tuple[str, int, int]:
    """The text around [start, end), cut at word boundaries, with '…' where it was cut."""
    left = max(0, start - width)
    right = min(len(text), end + width)
    if left > 0:
        cut = text.find(" ", left, start)
        left = cut + 1 if cut >= 0 else left
    if right < len(text):
        cut = text.rfind(" ", end, right)
        right = cut if cut > end else right
    prefix = "… " if left > 0 else ""
    suffix = " …" if right < len(text) else ""
    return prefix + text[left:right] + suffix, len(prefix) + start - left, len(prefix) + end - left


def quote_segments(report: Report, issue: Issue, width: int = CONTEXT_CHARS) -> list[Segment]:
    """The issue's quote as a reader should see it: a flagged phrase in its surrounding words,
    highlighted; a longer quote as it is. Empty when the issue quotes nothing."""
    if not issue.quote:
        return []
    quote = flatten(issue.quote)
    clause = report.clause(issue.clause_id) if issue.clause_id else None
    if clause is None:
        return [(quote, False)]
    text = flatten(clause.text)
    start = text.lower().find(quote.lower())
    if start < 0 or len(quote) >= FLAGGED_SHARE * len(text):
        return [(quote, False)]
    window, mark_start, mark_end = _window(text, start, start + len(quote), width)
    return [
        piece
        for piece in (
            (window[:mark_start], False),
            (window[mark_start:mark_end], True),
            (window[mark_end:], False),
        )
        if piece[0]
    ]
