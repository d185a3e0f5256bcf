"""Problems between clauses: contradictions and inverted waivers.

References, definitions, numbering, parties and dates each have a module of their own; their
checks are importable from here by the names used before (``dangling_references``,
``undefined_terms``).
"""

from __future__ import annotations

import re

from clausecheck.checks.base import (
    Context,
    clause_ref,
    document_parts,
    issue,
    sentences,
    upper_first,
)
from clausecheck.checks.definitions import undefined_terms  # noqa: F401  (importable from here)
from clausecheck.checks.references import dangling_references  # noqa: F401
from clausecheck.terms import FEDERAL_OF, NUMBER_WORD, jurisdictions, notice_days
from clausecheck.types import Clause, Issue

CODE_CONTRADICTION = "contradiction"
CODE_INVERTED_WAIVER = "inverted_waiver"

WAIVER_SUBJECT = re.compile(
    r"\b(?:failures?|failing|fails?|delays?|delaying|breach(?:es)?|omissions?|omitting|omits?|"
    r"forbearances?|forbearing|neglect(?:s|ing)?|indulgences?|lapse of time|(?:course|courses) of "
    r"(?:dealing|conduct|performance)|(?:does|do|did|shall|will|should|may) not (?:exercise|enforce|"
    r"insist|act|assert|pursue|invoke)|not (?:exercising|enforcing|insisting|acting)|"
    r"(?:inaction|tolerance|acquiescence|acceptance\s+(?:by\s+(?:the\s+)?\w+\s+)?of\s+(?:any\s+)?(?:late|partial)\s+payments?))\b",
    re.IGNORECASE,
)
"""What a no-waiver clause says does not waive a right: a failure, delay, breach, omission,
forbearance, course of dealing, or not exercising the right."""
WAIVER_PREDICATE = re.compile(
    r"\b(?:(?:is|are|be|been|was|were)\s+(?:(?:hereby|thereby|automatically)\s+)?)?"
    r"(?:(?:deemed|considered|construed|treated|taken|regarded|held|interpreted|understood|"
    r"presumed|read)\s+(?:as|to\s+be|to\s+constitute|to\s+amount\s+to)?\s*(?:an?\s+)?waiver"
    r"|(?:deemed|considered|taken|treated|held|presumed|understood)\s+(?:to\s+have|as\s+having)\s+"
    r"(?:been\s+)?waived"
    r"|constitut\w*\s+(?:an?\s+)?waiver|operat\w*\s+as\s+(?:an?\s+)?waiver"
    r"|amount\w*\s+to\s+(?:an?\s+)?waiver|counts?\s+as\s+(?:an?\s+)?waiver"
    r"|result\w*\s+in\s+(?:an?\s+)?waiver|effect\w*\s+(?:an?\s+)?waiver"
    r"|(?:is|are|be|was|will\s+be|shall\s+be)\s+(?:an?\s+)?waiver"
    r"|(?:shall|will|does|do|is\s+to)\s+waive\b|waives\s+(?:that|the|such|its|any)\b)",
    re.IGNORECASE,
)
"""What makes it count as a waiver: is, is considered, is deemed, constitutes, operates as, is
taken to be (or to have waived) a waiver."""
WAIVER_NEGATION = re.compile(
    r"\b(?:not|never|no|nor|neither|cannot|none|without)\b|n't\b|\bin no (?:event|way|case|manner)\b"
    r"|\bunder no circumstances\b|\bshall in no\b",
    re.IGNORECASE,
)
_SUBJECT_NEGATION = re.compile(r"\b(?:no|neither|nor|none|without)\b[^;]{0,120}$", re.IGNORECASE)
"""'No failure ...', 'Neither party's delay ...', '... and no failure to enforce ...': the subject
denied."""
_OPENS_NEGATED = re.compile(
    r"^\W*(?:\d{1,3}(?:\.\d{1,3})*\.?\s*)?(?:\([a-z0-9]{1,4}\)\s*)?(?:no|neither|nor|none)\b",
    re.IGNORECASE,
)
"""'8. No condoning, excusing or overlooking of any breach ... shall operate as a waiver'."""
CLAIM_BAR = re.compile(
    r"\bto\s+(?:give|provide|send|deliver|serve|make|submit|file|raise|assert)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:notice|notification|objection|claim|dispute|request|written)"
    r"|\bto\s+(?:notify|object|dispute|claim|reject|inspect|elect|respond|contest|protest|report)\b",
    re.IGNORECASE,
)
"""A failure to give notice of a defect or to object within a period that bars the claim: a
deliberate time bar, not a no-waiver clause turned round."""
_NUMBERED_PERIOD = re.compile(
    rf"\b(?:within|after|before|no later than|not later than)\s+(?:\d+|{NUMBER_WORD}|\[\*+\])"
    r"|\bwithin\s+(?:such|the|that|this)\s+(?:\[\*+\]\s+)?(?:period|time)"
    r"|\b(?:on\s+or\s+before|by|before|prior\s+to)\s+the\s+(?:[A-Z][\w-]*\s+){0,4}Date\b",
    re.I,
)
"""A stated deadline ('within 30 days', 'within such [***] period', 'on or before the Option
Expiration Date'): what lapses after it is a deliberate time bar, not a no-waiver clause."""
NOTICE_RIGHTS = {
    "convenience": re.compile(r"convenience|without cause|for any reason", re.IGNORECASE),
    "non-renewal": re.compile(
        r"non-?renew|not (?:to )?(?:be )?renew|prevent (?:the )?(?:automatic )?renewal",
        re.IGNORECASE,
    ),
}


def inverted_waivers(clauses: list[Clause]) -> list[Issue]:
    """A clause that makes a failure, delay, breach or course of dealing count as a waiver: the
    inverse of a no-waiver clause, in any wording and in any clause, unless negated."""
    issues = []
    for clause in clauses:
        for sentence, start, end in inverted_waiver_spans(clause.text):
            issues.append(
                issue(
                    CODE_INVERTED_WAIVER,
                    "high",
                    f"{upper_first(clause_ref(clause))} makes a delay or failure to act count as a "
                    "waiver, the reverse of a no-waiver clause.",
                    clause,
                    quote=sentence[start:end].strip(),
                    suggestion="Say that no failure or delay in exercising a right operates as a waiver of it.",
                )
            )
            break  # one issue per clause
    return issues


def inverted_waiver_spans(text: str) -> list[tuple[str, int, int]]:
    """(sentence, start, end) of each inverted waiver in a text: from its subject ('delay by a
    party ...') to its predicate ('... shall be deemed a waiver')."""
    found = []
    for _, sentence in sentences(text):
        for part in re.split(r";", sentence):
            for predicate in WAIVER_PREDICATE.finditer(part):
                subjects = [
                    m
                    for m in WAIVER_SUBJECT.finditer(part, 0, predicate.start())
                    if predicate.start() - m.end() <= MAX_WAIVER_SPAN
                ]
                if not subjects:
                    continue
                subject = subjects[-1]
                lead = part[max(0, subject.start() - MAX_WAIVER_SPAN) : subject.start()]
                between = part[subject.end() : predicate.end()]
                if (
                    _OPENS_NEGATED.match(part)
                    or _SUBJECT_NEGATION.search(lead)
                    or WAIVER_NEGATION.search(between)
                ):
                    continue
                action = part[subject.start() : predicate.start()]
                if CLAIM_BAR.search(action) or _NUMBERED_PERIOD.search(action):
                    continue
                offset = sentence.find(part)
                found.append((sentence, offset + subject.start(), offset + predicate.end()))
                break
    return found


MAX_WAIVER_SPAN = 160
"""A subject more than this many characters before the predicate belongs to another thought."""


def conflicting_laws(clauses: list[Clause]) -> list[Issue]:
    """Two clauses choosing different governing laws."""
    chosen: dict[str, Clause] = {}
    for clause in clauses:
        places = [p for p in jurisdictions(clause.text) if p not in ("United States",)]
        if places:
            chosen.setdefault(places[0], clause)
    for country, provinces in FEDERAL_OF.items():
        if country in chosen and provinces & set(chosen):
            del chosen[country]
    if len(chosen) < 2:
        return []
    places = list(chosen)
    second = chosen[places[1]]
    return [
        issue(
            CODE_CONTRADICTION,
            "high",
            f"Two governing laws are chosen: {places[0]} ({clause_ref(chosen[places[0]])}) and "
            f"{places[1]} ({clause_ref(second)}).",
            second,
            suggestion="Keep one governing-law clause and delete or align the other.",
        )
    ]


def conflicting_notice(clauses: list[Clause]) -> list[Issue]:
    """The same termination right given two different notice periods."""
    seen: dict[str, dict[int, Clause]] = {}
    for clause in clauses:
        for sentence in re.split(r"(?<=[.;])\s+", clause.text):
            days = notice_days(sentence)
            if not days or not re.search(r"terminat|renew", sentence, re.IGNORECASE):
                continue
            for right, pattern in NOTICE_RIGHTS.items():
                if pattern.search(sentence):
                    for d in days:
                        seen.setdefault(right, {}).setdefault(d, clause)
    issues = []
    for right, periods in seen.items():
        if len(periods) > 1:
            values = sorted(periods)
            clause = periods[values[-1]]
            issues.append(
                issue(
                    CODE_CONTRADICTION,
                    "high",
                    f"Termination for {right} is given different notice periods: "
                    + " and ".join(
                        f"{d} days ({clause_ref(c)})" for d, c in sorted(periods.items())
                    )
                    + ".",
                    clause,
                    suggestion="State one notice period for each termination right.",
                )
            )
    return issues


def check_consistency(ctx: Context) -> tuple[dict[str, list[Issue]], list[Issue]]:
    """Issues per category and for the whole document."""
    per_category: dict[str, list[Issue]] = {c: [] for c in ctx.playbook.require}
    parts = document_parts(ctx.clauses)
    # An attached form (an end-user licence, a form of guarantee) may choose its own law.
    law_clauses = [c for c in ctx.clauses if "governing_law" in c.labels and parts[c.id] == 0]
    if "governing_law" in per_category:
        per_category["governing_law"] += conflicting_laws(law_clauses)
    if "termination" in per_category:
        per_category["termination"] += conflicting_notice(ctx.evidence.get("termination", []))
    waiver_issues = inverted_waivers(ctx.clauses)
    if ctx.evidence.get("waiver") and "waiver" in per_category:
        per_category["waiver"] += waiver_issues
        return per_category, []
    return per_category, waiver_issues
