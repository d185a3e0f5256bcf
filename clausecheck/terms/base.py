"""Shared helpers of the term families: the one parse of a text, its entities, order-keeping de-duplication."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.tokens import Doc, Span

from clausecheck.nlp import get_nlp


def parse(text: str) -> Doc:
    """The clause text through the shared spaCy pipeline."""
    return get_nlp()(text)


def entities(doc: Doc, label: str) -> list[Span]:
    return [e for e in doc.ents if e.label_ == label]


def unique(items: Iterable[Any]) -> list[Any]:
    seen: list[Any] = []
    for item in items:
        if item not in seen:
            seen.append(item)
    return seen
