"""Cross-references to sections the document does not contain.

A reference is judged only when it points into this document: 'Section 8.2 of the Separation
Agreement', 'Section 2.14(a) of the Indenture', 'Section 15 of the 1933 Act', '9 CFR ... Sections
2.25-2.28' and 'Section 4.6 or 4.7, respectively, of the applicable Transfer Agreement' point
elsewhere, and an amendment's references point into the agreement it amends.
"""

from __future__ import annotations

import re

from clausecheck.checks.base import Context, clause_ref, issue, upper_first
from clausecheck.types import Clause, Issue

CODE_DANGLING_REFERENCE = "dangling_reference"
MIN_TOP_LEVEL_SECTIONS = 5
"""References are judged only in documents numbered into at least this many sections."""
PAST_THE_END = 10
"""A reference at most this far past the last section is to one deleted or renumbered; further
on ('Section 101'), it is to a statute or another document."""

_NUMBER = r"\d{1,3}(?:\.\d{1,3}){0,3}(?:\s*\((?:[a-z]{1,3}|[ivx]{1,5}|\d{1,2})\))*"
REFERENCE = re.compile(
    rf"\b(?P<word>Section|Clause|Article|Paragraph|clause)s?\s+(?P<target>\d{{1,3}}(?:\.\d{{1,3}}){{0,3}})(?![A-Za-z\d])"
    rf"(?:\s*\((?:[a-z]{{1,3}}|[ivx]{{1,5}}|\d{{1,2}})\))*"
    rf"(?P<more>(?:\s*(?:,|and|or|and/or|through|to|-|–)\s*{_NUMBER})*)",
)
"""'Section 9.2', 'Sections 4.6 or 4.7', 'Section 2.14(a)', 'Sections 2.25-2.28'."""
_ELSEWHERE = re.compile(
    r"^[\s,]*(?:\([^()]{1,6}\)\s*|\d[\d.]*\s*){0,3}(?:respectively[\s,]*)?"
    r"(?:of|under|in|to|pursuant\s+to|as\s+defined\s+in)\s+"
    r"(?:(?:the|that|such|each|any|an?|its|their|applicable|relevant|said)\s+)*"
    r"(?!this\b|these\b|hereof\b|herein\b|hereunder\b)"
    r"(?:[A-Z0-9\"“(]|U\.S\.|title\b|regulation\b|rule\b)",
)
"""After the reference: 'of the Indenture', 'of the 1940 Act', 'under the LSA', 'of Exhibit B'."""
_AGREEMENT_ITSELF = re.compile(
    r"^[\s,]*(?:of|under|in|to)\s+(?:the\s+)?(?:Agreement|Contract)\b(?!\s+(?:dated|between|among))"
)
"""'Section 9 of the Agreement' in an agreement that calls itself 'the Agreement'."""
_STATUTE_BEFORE = re.compile(
    r"(?:U\.S\.C\.|C\.F\.R\.|\bCFR\b|\bAct\b|\bCode\b|\bRegulations?\b|\bRules?\b|\bTreaty\b|"
    r"\bDirective\b|\bStatute\b|\bD?FARS?\b|\bERISA\b|\bIRC\b|\bUCC\b)[^.;,]{0,30}$"
)
"""Just before the reference: '7 U.S.C. 2316 and 9 CFR by OLAW Sections 2.25'."""
AMENDMENT = re.compile(
    r"\bamendment\b|\bhereby\s+amended\b|\bis\s+amended\s+(?:and\s+restated\s+)?to\s+read\b|"
    r"\bamended\s+by\s+(?:deleting|adding|inserting|replacing)",
    re.IGNORECASE,
)
"""An amendment refers throughout to the sections of the agreement it amends."""


def dangling_references(ctx: Context) -> list[Issue]:
    """References to sections the document does not contain.

    Only references inside the document's own numbering are judged: 'Section 14.2' in an
    agreement whose sections end at 13, or 'Section 9.8' where section 9 stops at 9.5. A
    reference far beyond the last section ('Section 101') is to a statute, and a gap inside a
    run the segmenter found ('10.4' between 10.3 and 10.5) is more likely a missed heading.
    """
    if is_amendment(ctx.clauses):
        return []
    numbers = ctx.numbers
    dotted = {n for n in numbers if re.fullmatch(r"\d+(?:\.\d+)*", n)}
    normalised = {_normalise_dotted(n) for n in dotted}
    tops = {int(n.split(".")[0]) for n in dotted}
    if len(tops) < MIN_TOP_LEVEL_SECTIONS:
        return []
    last = max(tops)
    issues = []
    reported: set[str] = set()
    for clause in ctx.clauses:
        for match in REFERENCE.finditer(clause.text):
            if points_elsewhere(clause.text, match.start(), match.end()):
                continue
            if _names_itself(clause, clause.text, match):
                continue
            targets = [match.group("target")] + re.findall(
                r"(?<![\d.(])\d{1,3}(?:\.\d{1,3}){0,3}", match.group("more") or ""
            )
            missing = [
                t
                for t in targets
                if t not in reported
                and not _exists(t, dotted, normalised)
                and _within_numbering(t, dotted, last)
            ]
            if not missing:
                continue
            target = missing[0]
            reported.add(target)
            quote = f"{match.group('word')} {target}"
            issues.append(
                issue(
                    CODE_DANGLING_REFERENCE,
                    "medium",
                    f'{upper_first(clause_ref(clause))} refers to "{quote}", which the document '
                    "does not contain.",
                    clause,
                    quote=quote,
                    suggestion="Correct the cross-reference or add the missing section.",
                )
            )
    return issues


def points_elsewhere(text: str, start: int, end: int) -> bool:
    """Whether the reference at text[start:end] points into another document."""
    after = text[end : end + 120]
    if _ELSEWHERE.match(after) and not _AGREEMENT_ITSELF.match(after):
        return True
    return bool(_STATUTE_BEFORE.search(text[max(0, start - 60) : start]))


def _names_itself(clause: Clause, text: str, match: re.Match[str]) -> bool:
    """'this Section 8.4(b)' inside a clause whose own number the reader did not see: the section
    exists, it is the one the words are in. Where the clause's number is known and differs
    ('this Section 11.9' in clause 10.9) the reference is checked as any other."""
    if not re.search(r"\bthis\s+$", text[max(0, match.start() - 6) : match.start()], re.I):
        return False
    own = _normalise_dotted_safe(clause.number or "")
    return not own or own == match.group("target")  # '(i)' names no section: the reader lost it


def _normalise_dotted_safe(number: str) -> str:
    digits = re.sub(r"^\D+", "", number).rstrip(".")
    return digits if re.fullmatch(r"\d+(?:\.\d+)*", digits) else ""


def is_amendment(clauses: list[Clause]) -> bool:
    """Whether the document amends another agreement: its title says so, or it amends sections."""
    opening = " ".join(" ".join(filter(None, (c.heading, c.text[:300]))) for c in clauses[:4])
    if re.search(r"\bamendment\b", opening, re.IGNORECASE):
        return True
    everything = " ".join(c.text for c in clauses)
    return len(re.findall(r"\bhereby\s+amended\b|\bis\s+amended\s+to\b", everything, re.I)) >= 2


def _within_numbering(target: str, numbers: set[str], last: int) -> bool:
    """Whether a missing target would be beyond the end of a section or of the document."""
    parts = [int(p) for p in target.split(".")]
    if parts[0] > last:
        return parts[0] <= last + PAST_THE_END
    if len(parts) == 1:
        return False  # a top-level number inside the range that we did not detect
    siblings = [
        [int(p) for p in n.split(".")] for n in numbers if n.count(".") == target.count(".")
    ]
    siblings = [s for s in siblings if s[:-1] == parts[:-1]]
    return bool(siblings) and parts[-1] > max(s[-1] for s in siblings)


def _normalise_dotted(number: str) -> str:
    """'9.07' -> '9.7', so references and headings numbered either way compare equal."""
    return ".".join(str(int(p)) for p in number.split("."))


def _exists(target: str, numbers: set[str], normalised: set[str]) -> bool:
    if target in numbers:
        return True
    # "Section 9" exists when "9.1" does; "Section 9.07" matches "9.7" numbering.
    stripped = _normalise_dotted(target)
    return stripped in normalised or any(n.startswith(stripped + ".") for n in normalised)
