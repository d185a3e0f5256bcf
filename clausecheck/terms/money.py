"""Money: amounts with their currency and basis ('$28.50 per productive hour'), interest, caps."""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc

from clausecheck.terms.base import entities, parse
from clausecheck.terms.numbers import SCALE_WORDS, parse_number

BASIS_WORDS = {
    "hour": "hour",
    "hours": "hour",
    "minute": "minute",
    "minutes": "minute",
    "call": "call",
    "calls": "call",
    "email": "email",
    "e-mail": "email",
    "contact": "contact",
    "fte": "FTE",
    "agent": "agent",
    "seat": "seat",
    "month": "month",
    "year": "year",
    "annum": "year",
    "transaction": "transaction",
    "unit": "unit",
    "user": "user",
    "day": "day",
    "interaction": "interaction",
    "chat": "chat",
    "page": "page",
}


_RATE_BASIS = re.compile(r"\s*(?:\(\s*[^)]*\)\s*)?(?:per|an?|each|/)\s*((?:[a-z-]+\s*){1,4})")


def rate_basis(after: str) -> str | None:
    """The unit a rate is charged by, from the words after the amount ('per productive agent hour')."""
    match = _RATE_BASIS.match(after.lower())
    if not match:
        return None
    words = match.group(1).split()
    # 'agent' qualifies the unit in 'per agent hour' but is the unit in 'per agent per month'.
    specific = [BASIS_WORDS[w] for w in words if w in BASIS_WORDS and w != "agent"]
    return (
        specific[0] if specific else next((BASIS_WORDS[w] for w in words if w in BASIS_WORDS), None)
    )


def amounts(text: str, doc: Doc | None = None) -> list[dict[str, Any]]:
    """Money amounts with their basis: {'amount': 28.5, 'currency': '$', 'basis': 'hour'}."""
    doc = doc if doc is not None else parse(text)
    found = []
    for span in entities(doc, "MONEY"):
        # The amount is the number before any parenthesised repeat: 'forty thousand (40,000)'.
        head = []
        for token in span:
            if token.text == "(":
                break
            if token.like_num or token.lower_ in SCALE_WORDS:
                head.append(token.text)
        number = parse_number(" ".join(head)) if head else None
        suffix = re.match(
            r"\s*(?:([MKmk])\b|(bn|mm|mn)\b)", text[span.end_char : span.end_char + 4]
        )
        if number is not None and suffix:
            # '$1.5M', '$250K', '$2bn': the letter after the figure scales it.
            letter = (suffix.group(1) or suffix.group(2)).lower()
            number *= {"m": 1e6, "mm": 1e6, "mn": 1e6, "k": 1e3, "bn": 1e9}[letter]
        currency = next((t.text for t in span if not t.like_num), "")
        after = text[span.end_char : span.end_char + 40].lower()
        basis = rate_basis(after)
        found.append({"amount": number, "currency": currency, "basis": basis, "text": span.text})
    return found


def late_interest(docs: list[Doc]) -> str | None:
    for doc in docs:
        for sentence in doc.sents:
            if re.search(r"interest", sentence.text, re.IGNORECASE):
                percent = next((e for e in sentence.ents if e.label_ == "PERCENT"), None)
                if percent is not None:
                    return percent.text
                if re.search(
                    r"statutory interest|Late Payment of Commercial Debts|prime rate|base rate|LIBOR|SOFR",
                    sentence.text,
                    re.IGNORECASE,
                ):
                    return "statutory or reference rate"
    return None
