"""What every check shares: the inputs it sees and how it makes an issue."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from clausecheck.playbooks import Playbook
from clausecheck.types import Clause, Issue, Severity

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
        """The category's most confident evidence clause: the one an issue should point at."""
        found = self.evidence.get(category, [])
        return max(found, key=lambda c: c.scores.get(category, 0.0)) if found else None

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


REDACTION = re.compile(r"\[\s*(?:\*\s*){1,5}\]|\[\s*redacted\s*\]|\*{3,}", re.IGNORECASE)
"""A redaction mark ('[***]', '[* * *]', '[REDACTED]', '*****'): something was stated, then hidden."""


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


def clause_ref(clause: Clause) -> str:
    """How a message names a clause: 'clause 9.2 (Termination)' or 'an unnumbered clause'."""
    label = f"clause {clause.number.rstrip('.')}" if clause.number else "an unnumbered clause"
    if clause.heading:
        label += f" ({clause.heading})"
    return label
