"""Reading key terms from agreements the drafting tests write as (heading, text) clauses."""

from __future__ import annotations

from clausecheck.terms import extract_key_terms
from clausecheck.types import Clause


def agreement_terms(*clauses: tuple[str, str]) -> dict:
    """Key-term values of an agreement given as (heading, text) clauses, one clause a page."""
    found = extract_key_terms(
        [
            Clause(id=f"{n}", text=text, heading=heading or None, page=n)
            for n, (heading, text) in enumerate(clauses, start=1)
        ]
    )
    return {name: term.value for name, term in found.items()}
