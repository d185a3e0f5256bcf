"""Typed results with their spans, in LexNLP's shape: every term found points back at its words.

A ``Found`` is one reading of one term: its typed value, the sentence it came from, and the
clause and page. ``Sentence`` cuts a clause into sentences once, so every family reads the same
pieces.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from clausecheck.types import Clause, KeyTerm

MAX_QUOTE = 400
"""A quote longer than this is cut at a word boundary: the evidence, not the whole clause."""
_SENTENCE_END = re.compile(r"(?<=[.;])\s+(?=[\"“(]?[A-Z0-9(])|(?<=:)\s+(?=\(?[a-z0-9ivx]{1,4}\)\s)")
_ABBREVIATION = re.compile(
    r"(?:\b(?:Inc|Ltd|Co|Corp|No|Nos|Sec|Secs|Art|U\.S|S\.A|N\.V|B\.V|L\.P|L\.L\.C|Mr|Ms|Dr|St|"
    r"vs|v|e\.g|i\.e|etc|approx|[ap]\.m|[A-Z])\.)$"
)


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a clause, with the clause it belongs to."""

    text: str
    clause: Clause
    index: int

    @property
    def heading(self) -> str:
        return " ".join(h for h in (self.clause.context_heading, self.clause.heading) if h)


@dataclass(slots=True)
class Found:
    """A term's typed value and the sentence it was read from."""

    value: Any
    sentence: Sentence | None
    quote: str = ""
    amount: float | None = None
    currency: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def key_term(self) -> KeyTerm:
        """The report's form: value, quote, clause id and page."""
        clause = self.sentence.clause if self.sentence else None
        quote = self.quote or (self.sentence.text if self.sentence else "")
        return KeyTerm(
            value=self.value,
            quote=short_quote(quote),
            clause_id=clause.id if clause else None,
            page=clause.page if clause else None,
            amount=self.amount,
            currency=self.currency,
        )


def short_quote(text: str) -> str:
    """The quote as one line, cut at a word boundary past MAX_QUOTE characters."""
    text = " ".join(text.split())
    if len(text) <= MAX_QUOTE:
        return text
    return text[:MAX_QUOTE].rsplit(" ", 1)[0] + " …"


def split_sentences(text: str) -> list[str]:
    """Sentences of a clause: at '.', ';' and enumerations, not after 'Inc.' or 'U.S.'."""
    pieces: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        before = text[start : match.start()]
        if _ABBREVIATION.search(before):
            continue
        pieces.append(before.strip())
        start = match.end()
    pieces.append(text[start:].strip())
    return [p for p in pieces if p]


def sentences(clauses: list[Clause]) -> Iterator[Sentence]:
    """Every sentence of every clause, in document order."""
    for clause in clauses:
        for index, text in enumerate(split_sentences(clause.text)):
            yield Sentence(text, clause, index)
