"""Shared helpers of the term families: the one parse of a text, its entities, order-keeping de-duplication."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from spacy.tokens import Doc, Span

from clausecheck.nlp import get_nlp

_parses: dict[str, Doc] | None = None
"""Within ``one_parse_per_text``: each text already parsed, so key terms and checks share it."""


@contextmanager
def one_parse_per_text() -> Iterator[None]:
    """Parse each text once while the block runs: the key terms, the category terms and the
    checks ask for the same clauses (a third of the parses of a real contract were repeats).
    The parses are dropped when the block ends, so no contract text outlives its analysis."""
    global _parses
    outer = _parses
    _parses = {} if outer is None else outer
    try:
        yield
    finally:
        _parses = outer


def parse(text: str) -> Doc:
    """The clause text through the shared spaCy pipeline (once per text inside
    ``one_parse_per_text``)."""
    if _parses is None:
        return get_nlp()(text)
    doc = _parses.get(text)
    if doc is None:
        doc = _parses[text] = get_nlp()(text)
    return doc


def entities(doc: Doc, label: str) -> list[Span]:
    return [e for e in doc.ents if e.label_ == label]


def unique(items: Iterable[Any]) -> list[Any]:
    seen: list[Any] = []
    for item in items:
        if item not in seen:
            seen.append(item)
    return seen
