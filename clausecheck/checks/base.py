"""What every check shares: the inputs it sees and how it makes an issue."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from clausecheck.playbooks import Playbook
from clausecheck.types import Clause, Issue, Severity

MIN_PRIMARY_WORDS = 8
"""An issue about a whole category points at evidence with at least this many words where there
is some: '10.' or 'Severity Definition Level' is no place to show a reader."""
QUOTE_CHARS = 240
"""Quotes longer than this are cut at a word boundary."""


@dataclass(slots=True)
class Context:
    """The classified document as the checks see it."""

    clauses: list[Clause]
    playbook: Playbook
    evidence: dict[str, list[Clause]] = field(default_factory=dict)
    terms: dict[str, dict[str, Any]] = field(default_factory=dict)

    def primary(self, category: str) -> Clause | None:
        """The category's most confident evidence clause that reads as a clause (a sentence,
        not a stray number or table header): the one an issue should point at."""
        found = self.evidence.get(category, [])
        sentences_ = [c for c in found if len(c.text.split()) >= MIN_PRIMARY_WORDS] or found
        return max(sentences_, key=lambda c: c.scores.get(category, 0.0)) if found else None

    @property
    def numbers(self) -> set[str]:
        """Clause numbers in the document, normalised ('Section 9.07' -> '9.07')."""
        return {normalise_number(c.number) for c in self.clauses if c.number}


def normalise_number(number: str) -> str:
    """'Section 9.07.' -> '9.07'; '(a)' -> '(a)'; 'Article IV' -> 'iv'."""
    text = number.strip().rstrip(".").lower()
    for word in (
        "section",
        "article",
        "clause",
        "schedule",
        "annex",
        "exhibit",
        "appendix",
        "part",
    ):
        if text.startswith(word + " "):
            text = text[len(word) + 1 :]
    return text.strip()


def excerpt(text: str, limit: int = QUOTE_CHARS) -> str:
    """The text, cut at a word boundary with an ellipsis when longer than ``limit``."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + " …"


REDACTION = re.compile(
    r"\[{1,2}\s*(?:\*\s*){1,6}\]{1,2}|\[\s*redacted\s*\]|\*{3,}|\[\s*X{3,}\s*\]", re.IGNORECASE
)
"""A redaction mark ('[***]', '[* * *]', '[REDACTED]', '*****', '[XXXXX]'): something was
stated, then hidden."""


def issue(
    code: str,
    severity: Severity,
    message: str,
    clause: Clause | None = None,
    quote: str | None = None,
    suggestion: str | None = None,
    element: str | None = None,
) -> Issue:
    return Issue(
        code=code,
        severity=severity,
        message=message,
        clause_id=clause.id if clause else None,
        quote=quote if quote is not None else (excerpt(clause.text) if clause else None),
        page=clause.page if clause else None,
        suggestion=suggestion,
        element=element,
    )


FIRST_WORDS = 6
"""A clause with neither number nor heading is named by this many of its first words."""


def clause_ref(clause: Clause) -> str:
    """How a message names a clause, as the reader finds it: 'clause 9.2 (Termination)', 'the
    clause headed Termination (page 4)', or 'the clause beginning "The Supplier shall ..."
    (page 4)'; never an internal id."""
    page = f" (page {clause.page})" if clause.page else ""
    if clause.number:
        number = clause.number.rstrip(".")
        label = number if re.match(r"^[A-Za-z]{3,}", number) else f"clause {number}"
        return label + (f" ({clause.heading})" if clause.heading else "")
    if clause.heading:
        return f"the clause headed {clause.heading}{page}"
    return f'the clause beginning "{first_words(clause.text)}"{page}'


def first_words(text: str, count: int = FIRST_WORDS) -> str:
    """The first words of a text, with an ellipsis when there are more."""
    words = text.split()
    return " ".join(words[:count]) + (" …" if len(words) > count else "")


def upper_first(text: str) -> str:
    """The text with its first letter in capitals, to open a sentence."""
    return text[:1].upper() + text[1:]


def sentences(text: str) -> list[tuple[int, str]]:
    """(offset, sentence) pairs: split after '.', '!' or '?' and a space before a capital, a
    digit, a quote or a bracket, except after an abbreviation or an initial, so that 'e.g. the',
    'No. 5' and 'U.S. law' stay whole."""
    parts = []
    start = 0
    for match in _SENTENCE_BREAK.finditer(text):
        word = re.search(r"(\S+)$", text[start : match.start()])
        before = word.group(1).lower() if word else ""
        if before in ABBREVIATIONS or re.fullmatch(r"(?:[a-z]\.)*[a-z]", before):
            continue
        parts.append((start, text[start : match.start() + 1]))
        start = match.end()
    parts.append((start, text[start:]))
    return [(offset, part) for offset, part in parts if part.strip()]


ABBREVIATIONS = frozenset(
    "no nos co inc ltd corp st mr ms mrs dr vs cf art sec para e.g i.e etc approx esq jr sr u.s"
    " u.k p pp ch".split()
)
"""Words after which a full stop does not end a sentence."""
_SENTENCE_BREAK = re.compile(r"[.!?][\"”')\]]*\s+(?=[\"“(\[]?[A-Z0-9])")


ATTACHMENT_HEADING = re.compile(
    r"^\s*(?:exhibit|schedule|annex|appendix|attachment|addendum)\b|\bform of\b", re.IGNORECASE
)
"""A heading that opens an attachment: it defines, numbers and chooses its own terms."""
TESTIMONIUM_OPENING = re.compile(r"^\s*IN\s+WITNESS\s+(?:WHEREOF|THEREOF|HEREOF)", re.IGNORECASE)


def document_parts(clauses: list[Clause]) -> dict[str, int]:
    """The part of the document each clause is in: 0 for the agreement itself, then one more for
    each attachment (an exhibit, a schedule, a form) and for whatever follows the signatures."""
    part = 0
    parts = {}
    for clause in clauses:
        label = " ".join(filter(None, (clause.number, clause.heading)))
        if (label and ATTACHMENT_HEADING.search(label)) or TESTIMONIUM_OPENING.match(clause.text):
            part += 1
        parts[clause.id] = part
    return parts
