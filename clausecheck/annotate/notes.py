"""What an annotated copy says, whatever its format: one note per flagged clause, and one per
missing section or whole-agreement issue, in plain words (no internal codes)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from clausecheck.checks.elements import CODE_MISSING
from clausecheck.decisions import ADDED_CODE, open_issues
from clausecheck.types import CATEGORY_TITLES, Clause, Issue, Report

AUTHOR = "clausecheck"
"""The comments' author when the review names no reviewer."""
SEVERITY_WORDS = {"high": "High", "medium": "Medium", "low": "Low", "info": "Note"}
_NOT_XML = re.compile(r"[^\x09\x0a\x0d\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
"""Characters XML 1.0 cannot hold (NUL, other controls, lone surrogates): Word files and PDF
strings get the text without them."""


@dataclass(slots=True)
class ClauseNote:
    """The comment on one flagged clause."""

    clause: Clause
    text: str
    issues: list[Issue]


@dataclass(slots=True)
class ClosingNote:
    """A comment for the end of the document: a missing section or a whole-agreement issue."""

    title: str
    text: str
    issue: Issue


@dataclass(slots=True)
class Placed:
    """What an annotated copy holds: the clauses commented, the end-of-document notes, and the
    clauses that could not be found in the file (their notes go to the end instead)."""

    clauses: list[str]
    closing: int
    not_found: list[str]


def safe_text(text: str) -> str:
    """Text without the characters a Word or PDF comment cannot hold."""
    return _NOT_XML.sub("", text)


def categories_of(report: Report) -> dict[int, str | None]:
    """id(issue) -> the category whose finding holds it (None: the whole agreement)."""
    found: dict[int, str | None] = {id(i): f.category for f in report.findings for i in f.issues}
    found.update({id(i): None for i in report.issues})
    return found


def issue_text(issue: Issue, category: str | None) -> str:
    """One issue as a reader of the agreement should see it."""
    where = CATEGORY_TITLES.get(category or "", "Whole agreement")
    lines = [f"{SEVERITY_WORDS[issue.severity]} · {where}: {issue.message}"]
    if issue.suggestion:
        lines.append(f"Suggestion: {issue.suggestion}")
    decision = issue.decision
    if issue.code == ADDED_CODE:
        lines[0] = "Added by the reviewer. " + lines[0]
    elif decision is not None and decision.outcome == "accepted":
        lines.append("Reviewer: accepted.")
    if decision is not None and decision.note:
        lines.append(f"Reviewer's note: {decision.note}")
    return safe_text("\n".join(lines))


def clause_notes(report: Report) -> list[ClauseNote]:
    """A note per clause that open issues point at, in document order."""
    categories = categories_of(report)
    by_clause: dict[str, list[Issue]] = {}
    for issue in open_issues(report):
        if issue.clause_id and report.clause(issue.clause_id) is not None:
            by_clause.setdefault(issue.clause_id, []).append(issue)
    notes = []
    for clause in report.clauses:
        issues = by_clause.get(clause.id)
        if issues:
            text = "\n\n".join(issue_text(i, categories[id(i)]) for i in issues)
            notes.append(ClauseNote(clause, text, issues))
    return notes


def closing_notes(report: Report) -> list[ClosingNote]:
    """A note per missing section (with what to add) and per open issue tied to no clause."""
    categories = categories_of(report)
    notes = []
    for issue in open_issues(report):
        if issue.clause_id and report.clause(issue.clause_id) is not None:
            continue
        category = categories[id(issue)]
        if issue.code == CODE_MISSING and category:
            title = f"Missing section: {CATEGORY_TITLES[category]}"
            lines = [f"{title}. The agreement has no clause on this."]
            if issue.suggestion:
                lines.append(f"Suggested clause: {issue.suggestion}")
            if issue.decision is not None and issue.decision.note:
                lines.append(f"Reviewer's note: {issue.decision.note}")
            notes.append(ClosingNote(title, safe_text("\n".join(lines)), issue))
        else:
            notes.append(ClosingNote("Whole agreement", issue_text(issue, category), issue))
    return notes


def unplaced_text(note: ClauseNote) -> str:
    """A clause note that could not be anchored in the file, naming the clause it is about."""
    clause = note.clause
    name = " ".join(
        p
        for p in (
            f"clause {clause.number.rstrip('.')}" if clause.number else "",
            clause.heading or "",
        )
        if p
    )
    words = " ".join(clause.text.split()[:12])
    where = f" on page {clause.page}" if clause.page else ""
    lead = f"{name}{where}" if name else f'the clause{where} beginning "{words}…"'
    return safe_text(f"About {lead} (its place in the file could not be marked):\n\n{note.text}")


def author_of(report: Report) -> str:
    """The reviewer's name from the review, or 'clausecheck'."""
    name = report.review.reviewer if report.review is not None else None
    return safe_text(name) if name else AUTHOR


def initials(author: str) -> str:
    """'Ada Lovelace' -> 'AL' (Word shows them in the margin)."""
    return "".join(word[0] for word in author.split()[:3]).upper() or "CC"
