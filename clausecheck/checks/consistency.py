"""Problems between clauses: contradictions, inverted waivers, dangling references."""

from __future__ import annotations

import re

from clausecheck.checks.base import Context, clause_ref, issue, normalise_number
from clausecheck.terms import jurisdictions, notice_days
from clausecheck.types import Clause, Issue

CODE_CONTRADICTION = "contradiction"
CODE_INVERTED_WAIVER = "inverted_waiver"
CODE_DANGLING_REFERENCE = "dangling_reference"
CODE_UNDEFINED_TERM = "undefined_term"

INVERTED_WAIVER = re.compile(
    r"(?:failure|delay|omission|forbearance|neglect)[^.;]{0,80}?\b(?:shall|will|is to)\s+(?:be\s+)?"
    r"(?:deemed|considered|treated as|construed as|constitute|operate as|amount to)\s+(?:to be\s+)?"
    r"(?:a|an)\s+waiver",
    re.IGNORECASE,
)
NEGATED = re.compile(r"\b(?:not|never|no|nor|neither|without)\b", re.IGNORECASE)
NOTICE_RIGHTS = {
    "convenience": re.compile(r"convenience|without cause|for any reason", re.IGNORECASE),
    "non-renewal": re.compile(r"renew", re.IGNORECASE),
}
REFERENCE = re.compile(
    r"\b(Section|Clause|Article|Paragraph)s?\s+(\d{1,3}(?:\.\d{1,3}){0,3})(?:\s*\(([a-z]{1,3}|[ivx]{1,5})\))?",
)
EXTERNAL_REFERENCE = re.compile(
    r"^\s*(?:of|under|in)\s+(?:the\s+)?(?!this\b|these\b|the\s+Agreement\b)(?:[A-Z][\w.&-]*\s*){1,6}"
    r"(?:Act|Code|Regulation|Rules?|Treaty|Convention|Directive|Law|Statute|U\.S\.C\.|Plan|Agreement|Contract|License|Lease)\b"
)


def inverted_waivers(clauses: list[Clause]) -> list[Issue]:
    """A clause that makes a failure or delay count as a waiver: the inverse of a no-waiver clause."""
    issues = []
    for clause in clauses:
        for match in INVERTED_WAIVER.finditer(clause.text):
            sentence_start = max(
                clause.text.rfind(". ", 0, match.start()), clause.text.rfind("; ", 0, match.start())
            )
            lead_in = clause.text[sentence_start + 1 : match.end()]
            if NEGATED.search(lead_in):
                continue
            issues.append(
                issue(
                    CODE_INVERTED_WAIVER,
                    "high",
                    f"{_upper_first(clause_ref(clause))} makes a delay or failure to act count as a waiver, "
                    "the reverse of a no-waiver clause.",
                    clause,
                    quote=match.group(0),
                    suggestion="Say that no failure or delay in exercising a right operates as a waiver of it.",
                )
            )
    return issues


def conflicting_laws(clauses: list[Clause]) -> list[Issue]:
    """Two clauses choosing different governing laws."""
    chosen: dict[str, Clause] = {}
    for clause in clauses:
        for place in jurisdictions(clause.text):
            chosen.setdefault(place, clause)
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


def dangling_references(ctx: Context) -> list[Issue]:
    """References to sections the document does not contain."""
    numbers = ctx.numbers
    dotted = {n for n in numbers if re.fullmatch(r"\d+(?:\.\d+)*", n)}
    if len(dotted) < 3:
        return []  # the document is not numbered in a way references could point into
    issues = []
    reported: set[str] = set()
    for clause in ctx.clauses:
        for match in REFERENCE.finditer(clause.text):
            target = match.group(2)
            if target in reported or _exists(target, dotted):
                continue
            if EXTERNAL_REFERENCE.match(clause.text[match.end() :]):
                continue
            reported.add(target)
            issues.append(
                issue(
                    CODE_DANGLING_REFERENCE,
                    "medium",
                    f'{_upper_first(clause_ref(clause))} refers to "{match.group(0)}", which the document does not contain.',
                    clause,
                    quote=match.group(0),
                    suggestion="Correct the cross-reference or add the missing section.",
                )
            )
    return issues


def _exists(target: str, numbers: set[str]) -> bool:
    if target in numbers:
        return True
    # "Section 9" exists when "9.1" does; "Section 9.07" matches "9.7" numbering.
    stripped = ".".join(str(int(p)) for p in target.split("."))
    normalised = {".".join(str(int(p)) for p in n.split(".")) for n in numbers}
    return stripped in normalised or any(n.startswith(stripped + ".") for n in normalised)


def check_consistency(ctx: Context) -> tuple[dict[str, list[Issue]], list[Issue]]:
    """Issues per category and for the whole document."""
    per_category: dict[str, list[Issue]] = {c: [] for c in ctx.playbook.require}
    law_clauses = [c for c in ctx.clauses if "governing_law" in c.labels]
    if "governing_law" in per_category:
        per_category["governing_law"] += conflicting_laws(law_clauses)
    if "termination" in per_category:
        per_category["termination"] += conflicting_notice(ctx.evidence.get("termination", []))
    waiver_issues = inverted_waivers(ctx.clauses)
    if "waiver" in per_category:
        per_category["waiver"] += waiver_issues
        document = []
    else:
        document = waiver_issues
    document += dangling_references(ctx)
    return per_category, document


__all__ = ["check_consistency", "normalise_number"]


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]
