"""What a report says, independent of its format: the agreement's facts, the summary, clause
references, issues in plain words, the reviewer's decisions, flagged phrases.

The HTML, Markdown, PDF and DOCX exporters, the negotiation list and the review page all build
on these helpers, so a clause or an issue is named and quoted the same way everywhere; each
format only adds its own markup. Nothing here prints an internal code or clause id: a client
reads these words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from clausecheck.escaping import display_name
from clausecheck.report.settings import long_date
from clausecheck.report.statuses import status_style
from clausecheck.types import CATEGORY_TITLES, Clause, Finding, Issue, Report

CONTEXT_CHARS = 140
"""Characters of clause text shown on each side of a flagged phrase, so it is read in context."""
FLAGGED_SHARE = 0.8
"""A quote shorter than this share of its clause is a flagged phrase, not the clause itself."""
MAX_EVIDENCE_LISTED = 12
"""Evidence clauses named per category in exported reports; the rest are counted."""
FIRST_WORDS = 6
"""Words of an unnumbered, unheaded clause that name it ('the paragraph beginning “…”')."""
TITLE_WORDS = 14
"""A document title is a short line; longer capitals are a shouted paragraph."""
TITLE_LOOKAHEAD = 4
"""Clauses at the start of a document searched for its title."""
TITLE_WORD = re.compile(
    r"\b(agreement|contract|terms|licen[cs]e|addendum|amendment|memorandum|order|statement of"
    r" work|deed|schedule|letter)\b",
    re.IGNORECASE,
)
"""What a document title names (a line 'CONTACT CENTRE SERVICES AGREEMENT')."""
SMALL_WORDS = frozenset("a an and as at by for in of on or the to with".split())
ACRONYMS = {"saas": "SaaS", "paas": "PaaS", "iaas": "IaaS", "b2b": "B2B"}
"""Words of a title in capitals whose own spelling is not 'Title case'."""

Segment = tuple[str, bool]
"""A piece of quoted text and whether it is a flagged phrase (to highlight)."""

ISSUE_KINDS: dict[str, str] = {
    "missing": "Section missing",
    "missing_element": "Term missing",
    "vague_language": "Vague wording",
    "mixed_efforts": "Inconsistent effort standard",
    "placeholder": "Blank left to fill in",
    "redaction": "Redacted text",
    "contradiction": "Contradiction",
    "inverted_waiver": "Waiver worded the wrong way round",
    "dangling_reference": "Reference to a clause that is not there",
    "undefined_term": "Term used but not defined",
    "position": "Differs from the playbook",
    "reviewer_added": "Raised by the reviewer",
}
"""Each check's code in plain words: what a reader sees instead of the code."""
SEVERITY_TITLES = {"high": "High", "medium": "Medium", "low": "Low", "info": "Note"}
"""How much an issue matters, as the reports say it."""
OUTCOME_TEXT = {
    "accepted": "Accepted by the reviewer",
    "dismissed": "Dismissed by the reviewer",
    "noted": "Noted by the reviewer",
    "added": "Added by the reviewer",
}
"""What a reviewer did with an issue, as every export says it."""
UNNUMBERED = re.compile(r"\ban unnumbered clause(?: \([^()]*\))?")
"""How a check's message names a clause without number (checks.base.clause_ref): the reports
name that clause by its heading or first words instead."""


# ---------------------------------------------------------------- clauses and issues


def flatten(text: str) -> str:
    """Text on one line with single spaces, as quotes are compared and shown."""
    return " ".join(text.split())


def counted(count: int, noun: str, plural: str | None = None) -> str:
    """'1 issue', '3 issues'."""
    return f"{count} {noun if count == 1 else plural or noun + 's'}"


def pages_phrase(count: int | None) -> str:
    """'1 page', '9 pages', or '' when unknown."""
    return counted(count, "page") if count else ""


def clause_number(report: Report, clause: Clause) -> str | None:
    """'clause 10.3', 'clause 2.1(a)' for a lettered sub-clause, or None without a number."""
    if not clause.number:
        return None
    number = clause.number.rstrip(".")
    if number.startswith("(") and clause.parent:
        parent = report.clause(clause.parent)
        if parent is not None and parent.number and not parent.number.startswith("("):
            number = parent.number.rstrip(".") + number
    if re.match(r"(?i)(section|article|clause|schedule|annex|exhibit|appendix|part)\b", number):
        return number
    return f"clause {number}"


def first_words(text: str, count: int = FIRST_WORDS) -> str:
    """The first ``count`` words, with '…' when there are more."""
    words = flatten(text).split(" ")
    return " ".join(words[:count]) + ("…" if len(words) > count else "")


def clause_title(report: Report, clause: Clause) -> str:
    """How a reader finds a clause: 'clause 10.3 (Waiver)', 'clause 4.2', 'the clause headed
    “Waiver”' or 'the paragraph beginning “This Agreement is made…”'."""
    number = clause_number(report, clause)
    if number and clause.heading:
        return f"{number} ({clause.heading})"
    if number:
        return number
    if clause.heading:
        return f"the clause headed “{clause.heading}”"
    if clause.text.strip():
        return f"the paragraph beginning “{first_words(clause.text)}”"
    return "an untitled paragraph"


def clause_reference(report: Report, clause: Clause) -> str:
    """``clause_title`` with its page: 'clause 10.3 (Waiver), page 4'."""
    page = f", page {clause.page}" if clause.page else ""
    return clause_title(report, clause) + page


def clause_name(report: Report, clause_id: str | None) -> str:
    """``clause_title`` of the clause with this id, or '' when there is none."""
    clause = report.clause(clause_id) if clause_id else None
    return clause_title(report, clause) if clause is not None else ""


def issue_location(report: Report, issue: Issue) -> str:
    """'clause 10.3 (Waiver), page 4', 'page 4', or '' when the issue belongs to no place."""
    clause = report.clause(issue.clause_id) if issue.clause_id else None
    if clause is not None:
        return clause_reference(report, clause)
    return f"page {issue.page}" if issue.page else ""


def issue_kind(issue: Issue) -> str:
    """The issue's kind in plain words ('Vague wording'); an unknown code is spelt out."""
    return ISSUE_KINDS.get(issue.code) or issue.code.replace("_", " ").strip().capitalize()


def plain_message(report: Report, issue: Issue) -> str:
    """The issue's message with a clause without number named by its heading or first words."""
    clause = report.clause(issue.clause_id) if issue.clause_id else None
    if clause is None or clause.number:
        return issue.message
    return UNNUMBERED.sub(lambda _: clause_title(report, clause), issue.message)


def decision_text(issue: Issue) -> str | None:
    """'Dismissed by the reviewer: the SLA schedule covers it', or None if none was taken."""
    decision = issue.decision
    if decision is None:
        return None
    text = OUTCOME_TEXT.get(decision.outcome, decision.outcome.capitalize())
    if decision.reviewer:
        text = text.replace("the reviewer", decision.reviewer)
    if decision.reason:
        text += f": {flatten(decision.reason)}"
    return text


def reviewer_note(issue: Issue) -> str | None:
    """The note a reviewer wrote on the issue, or None."""
    return issue.decision.note if issue.decision and issue.decision.note else None


def all_issues(report: Report) -> list[Issue]:
    """Every issue of every finding, then the whole-document issues."""
    return [i for f in report.findings for i in f.issues] + list(report.issues)


def open_issues(issues: Iterable[Issue]) -> list[Issue]:
    """The issues a reviewer has not dismissed."""
    return [i for i in issues if not i.dismissed]


def evidence_clauses(report: Report, finding: Finding) -> list[Clause]:
    """The clauses that carry the finding's category, in document order."""
    return [c for c in (report.clause(i) for i in finding.clause_ids) if c is not None]


def evidence_list(report: Report, finding: Finding, limit: int = MAX_EVIDENCE_LISTED) -> str:
    """'clause 3.1, page 3; clause 3.2 (Service Levels), page 3; and 18 more', or ''."""
    clauses = evidence_clauses(report, finding)
    named = [clause_reference(report, c) for c in clauses[:limit]]
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


# ---------------------------------------------------------------- the agreement's facts


def document_line(report: Report) -> str:
    """'PDF, 4 pages, 74 clauses · playbook call-centre · sha256 5923d6397d48…' (the page)."""
    doc = report.document
    parts = [doc.format.upper(), pages_phrase(doc.pages), counted(len(report.clauses), "clause")]
    return (
        ", ".join(p for p in parts if p)
        + f" · playbook {report.playbook} · sha256 {doc.sha256[:12]}…"
    )


def _title_word(word: str, first: bool) -> str:
    lower = word.lower()
    if lower in ACRONYMS:
        return ACRONYMS[lower]
    if not first and lower in SMALL_WORDS:
        return lower
    if len(word.strip("().,")) <= 3 and word.isalpha():
        return word  # 'BPO', 'NDA', 'UK': initials stay capitals
    return lower[:1].upper() + lower[1:]


def _title_case(text: str) -> str:
    """'CONTACT CENTRE SERVICES AGREEMENT' -> 'Contact Centre Services Agreement'; a title
    already in mixed case is left as written."""
    if text != text.upper():
        return text
    return " ".join(_title_word(w, i == 0) for i, w in enumerate(text.split()))


def document_type(report: Report) -> str | None:
    """The agreement's kind as its title says it ('Contact Centre Services Agreement'), else as
    the playbook describes it, else None."""
    term = report.key_terms.get("document_type")
    if term is not None and isinstance(term.value, str) and term.value.strip():
        return flatten(term.value)
    for clause in report.clauses[:TITLE_LOOKAHEAD]:
        if clause.number:
            break
        line = flatten(clause.heading or clause.text)
        if line and len(line.split()) <= TITLE_WORDS and TITLE_WORD.search(line):
            return _title_case(line.rstrip(".:"))
    return playbook_kind(report.playbook)


def playbook_kind(name: str) -> str | None:
    """A shipped playbook's description without its parenthesis, or None for another."""
    from clausecheck.errors import PlaybookError
    from clausecheck.playbooks import load_playbook, shipped_playbooks

    if name not in shipped_playbooks():
        return None
    try:
        description = load_playbook(name).description
    except PlaybookError:
        return None
    return re.sub(r"\s*\(.*?\)", "", description).rstrip(". ") or None


def parties(report: Report) -> list[str]:
    """The parties as the key terms name them (none when they were not found)."""
    term = report.key_terms.get("parties")
    if term is None:
        return []
    value = term.value if isinstance(term.value, list) else [term.value]
    return [flatten(str(v)) for v in value if str(v).strip()]


def effective_date(report: Report) -> str | None:
    """'1 March 2026' from the key terms, or None."""
    term = report.key_terms.get("effective_date")
    if term is None or not term.value:
        return None
    try:
        return long_date(date.fromisoformat(str(term.value)))
    except ValueError:
        return flatten(str(term.value))


def report_title(report: Report) -> str:
    """'Review of the Contact Centre Services Agreement', else of the file."""
    kind = document_type(report)
    if kind:
        article = "" if kind.lower().startswith("the ") else "the "
        return f"Review of {article}{kind}"
    return f"Review of {display_name(report.document.name)}"


def agreement_facts(report: Report) -> list[tuple[str, str]]:
    """The opening lines of a report: what the agreement is and who reviewed it, as (label,
    value); a fact that was not found is left out."""
    facts = []
    names = parties(report)
    if names:
        facts.append(("Parties", " and ".join([", ".join(names[:-1]), names[-1]]).lstrip(", ")))
    kind = document_type(report)
    if kind:
        facts.append(("Agreement", kind))
    when = effective_date(report)
    if when:
        facts.append(("Effective date", when))
    doc = report.document
    kind = {"text": "plain text"}.get(doc.format, doc.format.upper())
    described = ", ".join(p for p in (kind, pages_phrase(doc.pages)) if p)
    facts.append(("File", f"{display_name(doc.name)} ({described})"))
    facts.append(("Playbook", report.playbook))
    return facts


# ---------------------------------------------------------------- the summary


def _names(findings: list[Finding]) -> str:
    titles = [CATEGORY_TITLES.get(f.category, f.category).lower() for f in findings]
    return titles[0] if len(titles) == 1 else ", ".join(titles[:-1]) + " and " + titles[-1]


def summary_paragraph(report: Report) -> str:
    """One paragraph: what is missing, what is ambiguous, what deviates, what is in order, how
    many points are open, and what the reviewer decided."""
    by_status: dict[str, list[Finding]] = {}
    for finding in report.findings:
        by_status.setdefault(finding.status, []).append(finding)
    total = len(report.findings)
    sentences = [
        f"We checked the agreement for the {counted(total, 'section')} the "
        f"{report.playbook} playbook expects."
    ]
    phrases = {
        "missing": ("is missing", "are missing"),
        "ambiguous": ("is unclear or incomplete", "are unclear or incomplete"),
        "deviates": (
            "departs from the position the playbook asks for",
            "depart from the position the playbook asks for",
        ),
        "present": ("is in order", "are in order"),
    }
    parts = []
    for status, (one, several) in phrases.items():
        found = by_status.get(status, [])
        if found:
            verb = one if len(found) == 1 else several
            parts.append(f"{_names(found)} {verb}")
    for status in by_status:
        if status not in phrases:
            parts.append(f"{_names(by_status[status])}: {status_style(status).label}")
    if parts:
        joined = parts[0] if len(parts) == 1 else "; ".join(parts[:-1]) + "; and " + parts[-1]
        sentences.append(joined[:1].upper() + joined[1:] + ".")
    points = open_issues(all_issues(report))
    high = sum(i.severity == "high" for i in points)
    if points:
        sentences.append(
            f"The report lists {counted(len(points), 'point')} to raise"
            + (f", {high} of them of high importance." if high else ".")
        )
    else:
        sentences.append("The report lists no point to raise.")
    decided = review_counts(report)
    if decided:
        sentences.append(f"The reviewer {decided}.")
    return " ".join(sentences)


def review_counts(report: Report) -> str | None:
    """'dismissed 1 point, added 2 and noted 1', or None when the reviewer decided nothing."""
    counts: dict[str, int] = {}
    for issue in all_issues(report):
        if issue.decision is not None:
            counts[issue.decision.outcome] = counts.get(issue.decision.outcome, 0) + 1
    corrected = len(report.review.corrections) if report.review else 0
    parts = [
        f"{verb} {counted(counts[outcome], 'point')}"
        for outcome, verb in (
            ("accepted", "accepted"),
            ("dismissed", "dismissed"),
            ("noted", "noted"),
            ("added", "added"),
        )
        if counts.get(outcome)
    ]
    if corrected:
        parts.append(f"changed the categories of {counted(corrected, 'clause')}")
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def correction_lines(report: Report) -> list[str]:
    """Each label correction in words: 'clause 4.2, page 2: the reviewer set the categories to
    Pricing and payment (the tool had found none)'."""
    if report.review is None:
        return []
    lines = []
    for correction in report.review.corrections:
        clause = report.clause(correction.clause_id)
        where = clause_reference(report, clause) if clause else "a clause no longer found"
        now = ", ".join(CATEGORY_TITLES.get(c, c) for c in correction.labels) or "no category"
        before = ", ".join(CATEGORY_TITLES.get(c, c) for c in correction.model_labels) or "none"
        lines.append(
            f"{where[:1].upper()}{where[1:]}: the reviewer set the categories to {now} "
            f"(the tool had found {before})."
        )
    return lines


# ---------------------------------------------------------------- flagged phrases


def flagged_phrases(report: Report, clause: Clause) -> list[str]:
    """The phrases open issues quote from this clause (vague words, blanks), not whole quotes."""
    text = flatten(clause.text).lower()
    phrases = []
    for issue in open_issues(all_issues(report)):
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


# ---------------------------------------------------------------- the negotiation list


@dataclass(frozen=True, slots=True)
class NegotiationRow:
    """One point to put to the other side."""

    clause: str
    section: str
    issue: str
    suggestion: str
    decision: str
    note: str


UNDECIDED = "To discuss"
"""The decision column of a point the reviewer has not decided on."""
NEGOTIATION_COLUMNS = ("Clause", "Section", "Issue", "Suggested change", "Decision", "Note")
"""The columns of the negotiation list, in the XLSX and the DOCX alike."""


def negotiation_rows(report: Report) -> list[NegotiationRow]:
    """Every point not dismissed, in the agreement's order (points on no clause last), each
    with its suggestion and what the reviewer decided. A point two sections share (a vague word
    in a clause both cover) is one row naming both."""
    order = {c.id: n for n, c in enumerate(report.clauses)}
    located = [(f.category, i) for f in report.findings for i in f.issues]
    located += [(None, i) for i in report.issues]
    merged: dict[tuple, tuple[list[str], Issue]] = {}
    for category, issue in located:
        if issue.dismissed:
            continue
        key = (issue.clause_id, issue.code, issue.quote, issue.message)
        sections, kept = merged.setdefault(key, ([], issue))
        if kept.decision is None and issue.decision is not None:
            merged[key] = (sections, issue)  # the copy the reviewer decided on speaks for both
        title = section_title(category) if category else "Whole agreement"
        if title not in sections:
            sections.append(title)
    points = sorted(merged.values(), key=lambda si: order.get(si[1].clause_id or "", len(order)))
    rows = []
    for sections, issue in points:
        decision = issue.decision
        outcome = OUTCOME_TEXT.get(decision.outcome, "") if decision else UNDECIDED
        where = issue_location(report, issue) or "The agreement as a whole"
        rows.append(
            NegotiationRow(
                clause=where[:1].upper() + where[1:],
                section=", ".join(sections),
                issue=f"{issue_kind(issue)}: {plain_message(report, issue)}",
                suggestion=issue.suggestion or "",
                decision=outcome,
                note=reviewer_note(issue) or "",
            )
        )
    return rows


# ---------------------------------------------------------------- issues as a report shows them


@dataclass(frozen=True, slots=True)
class IssueView:
    """One issue in the words every format shows: no code, no clause id."""

    severity: str
    """The severity key ('high'), for a format's colour."""
    severity_title: str
    kind: str
    location: str
    message: str
    quote: list[Segment]
    suggestion: str | None
    decision: str | None
    note: str | None
    dismissed: bool
    added: bool


def issue_view(report: Report, issue: Issue) -> IssueView:
    """The issue as a report shows it."""
    return IssueView(
        severity=issue.severity,
        severity_title=SEVERITY_TITLES.get(issue.severity, issue.severity.capitalize()),
        kind=issue_kind(issue),
        location=issue_location(report, issue),
        message=plain_message(report, issue),
        quote=quote_segments(report, issue),
        suggestion=issue.suggestion,
        decision=decision_text(issue),
        note=reviewer_note(issue),
        dismissed=issue.dismissed,
        added=issue.decision is not None and issue.decision.outcome == "added",
    )


def issues_in_order(issues: list[Issue]) -> list[Issue]:
    """Open issues first (as the checks ordered them, by severity), then the dismissed ones."""
    return [i for i in issues if not i.dismissed] + [i for i in issues if i.dismissed]


def section_title(category: str) -> str:
    """'Service levels' for 'sla'; an unknown category as itself."""
    return CATEGORY_TITLES.get(category, category.replace("_", " ").capitalize())
