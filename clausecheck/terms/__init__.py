"""Key terms, one module per family: numbers, periods, dates, money, parties, law, provisions, SLA.

``extract_terms(category, texts)`` gives a playbook category's terms (``Finding.terms``, what
the checks read); the helpers below are the public ones other modules use.
"""

from clausecheck.terms.base import entities, parse
from clausecheck.terms.category import align_with_key_terms, extract_terms
from clausecheck.terms.key_terms import KEY_TERM_NAMES, extract_key_terms
from clausecheck.terms.law import (
    CANONICAL_JURISDICTION,
    FEDERAL_OF,
    courts,
    jurisdictions,
    states_choice_of_law,
)
from clausecheck.terms.liability import liability_cap
from clausecheck.terms.money import amounts, rate_basis
from clausecheck.terms.numbers import NUMBER_WORD, NUMBER_WORDS, parse_number
from clausecheck.terms.periods import (
    cure_days,
    duration_days,
    duration_value,
    notice_days,
    payment_days,
)
from clausecheck.terms.sla import sla_metrics

__all__ = [
    "CANONICAL_JURISDICTION",
    "KEY_TERM_NAMES",
    "extract_key_terms",
    "FEDERAL_OF",
    "NUMBER_WORD",
    "NUMBER_WORDS",
    "align_with_key_terms",
    "amounts",
    "courts",
    "cure_days",
    "duration_days",
    "duration_value",
    "entities",
    "extract_terms",
    "jurisdictions",
    "liability_cap",
    "notice_days",
    "parse",
    "parse_number",
    "payment_days",
    "rate_basis",
    "sla_metrics",
    "states_choice_of_law",
]
