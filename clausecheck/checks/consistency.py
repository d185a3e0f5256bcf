"""Problems between clauses: contradictions, inverted waivers, dangling references."""

from __future__ import annotations

import re

from clausecheck.checks.base import Context, clause_ref, issue
from clausecheck.terms import FEDERAL_OF, jurisdictions, notice_days
from clausecheck.types import Clause, Issue

CODE_CONTRADICTION = "contradiction"
CODE_INVERTED_WAIVER = "inverted_waiver"
CODE_DANGLING_REFERENCE = "dangling_reference"
CODE_UNDEFINED_TERM = "undefined_term"
MIN_TOP_LEVEL_SECTIONS = 5
"""References are judged only in documents numbered into at least this many sections."""

INVERTED_WAIVER = re.compile(
    r"(?:failure|delay|omission|forbearance|neglect)[^.;]{0,80}?\b(?:shall|will|is to)\s+(?:be\s+)?"
    r"(?:deemed|considered|treated as|construed as|constitute|operate as|amount to)\s+(?:to be\s+)?"
    r"(?:a|an)\s+waiver",
    re.IGNORECASE,
)
NEGATED = re.compile(r"\b(?:not|never|no|nor|neither|without)\b", re.IGNORECASE)
NOTICE_RIGHTS = {
    "convenience": re.compile(r"convenience|without cause|for any reason", re.IGNORECASE),
    "non-renewal": re.compile(
        r"non-?renew|not (?:to )?(?:be )?renew|prevent (?:the )?(?:automatic )?renewal",
        re.IGNORECASE,
    ),
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


def dangling_references(ctx: Context) -> list[Issue]:
    """References to sections the document does not contain.

    Only references inside the document's own numbering are judged: 'Section 14.2' in an
    agreement whose sections end at 13, or 'Section 9.8' where section 9 stops at 9.5. A
    reference far beyond the last section ('Section 101') is to a statute, and a gap inside a
    run the segmenter found ('10.4' between 10.3 and 10.5) is more likely a missed heading.
    """
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
            target = match.group(2)
            if (
                target in reported
                or _exists(target, dotted, normalised)
                or not _within_numbering(target, dotted, last)
            ):
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


def _within_numbering(target: str, numbers: set[str], last: int) -> bool:
    """Whether a missing target would be beyond the end of a section or of the document."""
    parts = [int(p) for p in target.split(".")]
    if parts[0] > last:
        return parts[0] <= last + 3  # just past the end: a section that was deleted or renumbered
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


_DEFINED = re.compile(
    r'[("“]\s*(?:the\s+)?([A-Z][\w&/-]*(?:\s+(?:of|and|for|to|the|[A-Z][\w&/-]*)){0,5})\s*[")”]'
)
_DEFINED_BY_MEANS = re.compile(
    r"\b((?:[A-Z][\w-]{0,40}\s+){0,4}[A-Z][\w-]{0,40})\s+(?:shall\s+)?means?\b"
)
"""A definition written without quotes: 'Effective Date means the date ...'."""
_USED = re.compile(r"(?<=\b[Tt]he )((?:[A-Z][a-z][\w-]*\s+){1,3}[A-Z][a-z][\w-]*)")
_NOT_TERMS = re.compile(
    r"\b(?:Section|Sections|Article|Schedule|Exhibit|Annex|Appendix|Clause|Part|United|States|State|"
    r"Court|Courts|Inc|Ltd|LLC|Limited|Corporation|Company|Act|Code|Rules|Commission|Association|"
    r"January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Internal|Revenue|Federal|Department|Office|Bank|University|Republic|Kingdom|Province|County|"
    r"Union|Islands?|Nations|Administration|Chamber|Web|Occupational|Government)\b"
)
MIN_DEFINED_TERMS = 5
"""Undefined terms are looked for only in documents that define at least this many terms."""
MIN_TERM_USES = 3


def undefined_terms(clauses: list[Clause]) -> list[Issue]:
    """Capitalised terms used as defined terms ('the Service Credits') but never defined."""
    text = " ".join(c.text for c in clauses)
    defined = {d.strip().lower() for d in _DEFINED.findall(text)}
    defined |= {d.strip().lower() for d in _DEFINED_BY_MEANS.findall(text)}
    if len(defined) < MIN_DEFINED_TERMS:
        return []
    headings = {(c.heading or "").lower() for c in clauses}
    uses: dict[str, int] = {}
    for term in _USED.findall(text):
        uses[term.strip()] = uses.get(term.strip(), 0) + 1
    issues = []
    for term, count in uses.items():
        lowered = term.lower()
        if (
            count < MIN_TERM_USES
            or lowered in defined
            or lowered in headings
            or _NOT_TERMS.search(term)
        ):
            continue
        if any(lowered in d or d in lowered for d in defined if len(d) > 3):
            continue  # 'Service Credit' defined, 'Service Credits' used
        clause = next(c for c in clauses if term in c.text)
        issues.append(
            issue(
                CODE_UNDEFINED_TERM,
                "low",
                f'"{term}" is used as a defined term ({count} times) but is never defined.',
                clause,
                quote=term,
                suggestion=f'Define "{term}" or write it in lower case.',
            )
        )
    return issues


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
    document += undefined_terms(ctx.clauses)
    return per_category, document


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]
