"""The report's ``key_terms``: one extraction over the classified clauses, each term with its
value and evidence (``docs/key-terms.md`` says what each name means; other tools read them).

The clause classifier's labels are context: payment terms are read from pricing clauses, the
cure period from termination clauses, the law from governing-law clauses. Provisions and the
agreement's term are read from every clause, since CUAD-style contracts bury them anywhere.
"""

from __future__ import annotations

import re

from clausecheck.classify import ClauseModel
from clausecheck.terms.base import parse
from clausecheck.terms.convenience import convenience, notice_given
from clausecheck.terms.duration import (
    effective_date,
    initial_term,
    renewal,
    renewal_deadline,
)
from clausecheck.terms.evidence import Found, Sentence, sentences
from clausecheck.terms.law import courts, jurisdictions
from clausecheck.terms.liability import liability_cap
from clausecheck.terms.money import late_interest
from clausecheck.terms.parties import parties
from clausecheck.terms.periods import cure_days, payment_days
from clausecheck.terms.provision_model import score_provisions, weigh
from clausecheck.terms.provisions import RULES
from clausecheck.terms.rules import provision
from clausecheck.types import Clause, KeyTerm

KEY_TERM_NAMES: tuple[str, ...] = (
    "parties",
    "effective_date",
    "expiration_date",
    "initial_term_days",
    "auto_renewal",
    "renewal_term_days",
    "renewal_notice_days",
    "renewal_notice_deadline",
    "termination_for_convenience",
    "convenience_notice_days",
    "cure_days",
    "governing_law",
    "courts",
    "payment_days",
    "late_payment_interest",
    "liability_cap",
    *RULES,
)
"""Every key-term name, in report order (the contract other tools read)."""
_LATE = re.compile(
    r"\binterest\b|\blate\b|\boverdue\b|\bpast\s+due\b|\bdelinquen|\barrears|\bnot\s+(?:been\s+)?"
    r"paid\b|\bunpaid\b|\bfails?\s+to\s+pay\b|\bsuspend",
    re.I,
)
"""Words after which a number of days is when lateness bites, not when an invoice is due."""


def _labelled(found: list[Sentence], label: str) -> list[Sentence]:
    return [s for s in found if label in s.clause.labels]


def _first_value(found: list[Sentence], read) -> Found | None:
    """The first sentence from which ``read(text)`` gives a value, with that value."""
    for sentence in found:
        values = read(sentence.text)
        if values:
            return Found(values[0], sentence)
    return None


def _payment(found: list[Sentence]) -> Found | None:
    """Days until an invoice is due, not the day interest or late charges start: a sentence is
    read only up to its first word about lateness ('unpaid after sixty days bears interest')."""
    for sentence in found:
        late = _LATE.search(sentence.text)
        days = payment_days(sentence.text[: late.start()] if late else sentence.text)
        if days:
            return Found(days[0], sentence)
    return None


def _law(found: list[Sentence]) -> tuple[Found | None, Found | None]:
    law = _first_value(found, jurisdictions)
    seats: list[str] = []
    first: Sentence | None = None
    for sentence in found:
        for seat in courts(sentence.text):
            if seat not in seats:
                seats.append(seat)
                first = first or sentence
    return law, Found(", ".join(seats), first) if seats else None


def extract_key_terms(
    clauses: list[Clause], provision_model: ClauseModel | None = None
) -> dict[str, KeyTerm]:
    """Every key term found in the agreement, by name; a term not found is absent. The yes/no
    provisions are read with ``provision_model`` (default: the one ``provision_model_dir``
    names) beside the rules."""
    every = list(sentences([c for c in clauses if c.text]))
    ids = [c.id for c in clauses]
    found: dict[str, Found | None] = {}
    found["parties"] = parties(clauses)
    start = effective_date(every, ids)
    found["effective_date"] = start
    term, expiry = initial_term(every, start.value if start else None)
    found["expiration_date"] = expiry
    found["initial_term_days"] = term
    auto, renewal_days, notice = renewal(every, term)
    found["auto_renewal"] = auto
    found["renewal_term_days"] = renewal_days
    found["renewal_notice_days"] = notice
    renews = auto is not None and auto.value
    found["renewal_notice_deadline"] = renewal_deadline(expiry, notice) if renews else None
    scores = score_provisions(every, provision_model)
    by_rule, convenience_notice = convenience(every)
    convenient = weigh("termination_for_convenience", by_rule, scores)
    found["termination_for_convenience"] = convenient
    if convenient is not by_rule:  # the classifier's sentence, or the rule's ruled out
        convenience_notice = notice_given(convenient.sentence) if convenient else None
    found["convenience_notice_days"] = convenience_notice
    termination = _labelled(every, "termination")
    found["cure_days"] = _first_value(termination, cure_days)
    law, seats = _law(_labelled(every, "governing_law"))
    found["governing_law"] = law
    found["courts"] = seats
    pricing = _labelled(every, "pricing")
    found["payment_days"] = _payment(pricing)
    found["late_payment_interest"] = _interest(pricing)
    found["liability_cap"] = liability_cap(every)
    for name, rule in RULES.items():
        found[name] = weigh(name, provision(every, rule), scores)
    return {name: f.key_term() for name in KEY_TERM_NAMES if (f := found.get(name)) is not None}


def _interest(found: list[Sentence]) -> Found | None:
    for sentence in found:
        if re.search(r"\binterest\b", sentence.text, re.I):
            rate = late_interest([parse(sentence.text)])
            if rate:
                return Found(rate, sentence)
    return None
