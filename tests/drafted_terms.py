"""What the drafting tests share: key terms read from agreements they write as (heading, text)
clauses, and the cost of a provision rule over hostile text."""

from __future__ import annotations

import time

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


HOSTILE_LENGTH = 200_000
"""Characters of hostile text a rule is read over: one 'sentence' with no full stop to end it."""
LINEAR_GROWTH = 8.0
"""How much more four times the text may cost: four for a linear pattern, sixteen for one that
backtracks quadratically; eight leaves room for noise and still tells them apart."""
MOST_SECONDS = 3.0
"""Processor seconds the whole hostile text may cost: a bound, not a speed goal (those live in
``benchmarks/``); a backtracking pattern takes minutes."""


def _rule_seconds(label: str, text: str) -> float:
    from clausecheck.terms.evidence import sentences
    from clausecheck.terms.provisions import RULES
    from clausecheck.terms.rules import provision, vetoes

    found = list(sentences([Clause(id="1", text=text)]))
    best = float("inf")
    for _ in range(2):
        started = time.process_time()
        provision(found, RULES[label])
        for sentence in found:  # the whole-sentence vetoes, as the classifier's reading asks them
            vetoes(sentence.text, RULES[label])
        best = min(best, time.process_time() - started)
    return best


def assert_rule_reads_hostile_text_in_linear_time(label: str, unit: str) -> None:
    """The provision rule ``label`` over ``unit`` repeated to a quarter of, and to all of,
    HOSTILE_LENGTH characters: processor time (not wall time, which other work on the machine
    inflates), best of two, growing about as the text does and within MOST_SECONDS."""
    whole = (unit * (HOSTILE_LENGTH // len(unit) + 1))[:HOSTILE_LENGTH]
    quarter_cost = _rule_seconds(label, whole[: HOSTILE_LENGTH // 4])
    whole_cost = _rule_seconds(label, whole)
    assert whole_cost < LINEAR_GROWTH * quarter_cost + 0.05, (quarter_cost, whole_cost)
    assert whole_cost < MOST_SECONDS, whole_cost
