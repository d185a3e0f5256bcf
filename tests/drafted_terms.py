"""What the drafting tests share: key terms read from agreements they write as (heading, text)
clauses, and the cost of a provision rule over hostile text."""

from __future__ import annotations

import time
from collections.abc import Callable

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


def _seconds(read: Callable[[list], object], text: str) -> float:
    from clausecheck.terms.evidence import sentences

    found = list(sentences([Clause(id="1", text=text)]))
    best = float("inf")
    for _ in range(2):
        started = time.process_time()
        read(found)
        best = min(best, time.process_time() - started)
    return best


def assert_reads_hostile_text_in_linear_time(read: Callable[[list], object], unit: str) -> None:
    """``read`` (a reader of an agreement's sentences) over ``unit`` repeated to a quarter of,
    and to all of, HOSTILE_LENGTH characters: processor time (not wall time, which other work on
    the machine inflates), best of two, growing about as the text does and within MOST_SECONDS."""
    whole = (unit * (HOSTILE_LENGTH // len(unit) + 1))[:HOSTILE_LENGTH]
    quarter_cost = _seconds(read, whole[: HOSTILE_LENGTH // 4])
    whole_cost = _seconds(read, whole)
    assert whole_cost < LINEAR_GROWTH * quarter_cost + 0.05, (quarter_cost, whole_cost)
    assert whole_cost < MOST_SECONDS, whole_cost


def assert_rule_reads_hostile_text_in_linear_time(label: str, unit: str) -> None:
    """The provision rule ``label``, with its whole-sentence vetoes as the classifier's reading
    asks them, read as ``assert_reads_hostile_text_in_linear_time`` reads."""
    from clausecheck.terms.provisions import RULES
    from clausecheck.terms.rules import provision, vetoes

    rule = RULES[label]

    def read(found: list) -> None:
        provision(found, rule)
        for sentence in found:
            vetoes(sentence.text, rule)

    assert_reads_hostile_text_in_linear_time(read, unit)
