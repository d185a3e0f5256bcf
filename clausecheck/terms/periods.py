"""Periods in days and their roles: notice, cure, payment, survival, breach notification."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from clausecheck.terms.base import entities, parse, unique
from clausecheck.terms.numbers import parse_number

DAYS_PER_UNIT = {
    "day": 1,
    "days": 1,
    "week": 7,
    "weeks": 7,
    "month": 30,
    "months": 30,
    "year": 365,
    "years": 365,
}
SECONDS_PER_UNIT = {
    "second": 1,
    "seconds": 1,
    "minute": 60,
    "minutes": 60,
    "hour": 3600,
    "hours": 3600,
}
_NOTICE_AFTER = re.compile(
    r"^\W*(?:'s|’s|s'|’)?\s*(?:(?:prior|advance|written|clear|calendar|business|working)\s+)*notice",
    re.IGNORECASE,
)
_NOTICE_BEFORE = re.compile(
    r"notice\s+(?:period\s+)?(?:of\s+)?(?:at\s+least\s+|not\s+less\s+than\s+)?$", re.IGNORECASE
)
_BEFORE_END = re.compile(
    r"^\s*(?:before|prior to|in advance of)\s+(?:the\s+)?(?:end|expir|expiration|commencement|renewal|then[- ]current|last day)",
    re.IGNORECASE,
)
_CURE_NEAR = re.compile(r"\b(?:cure|cured|uncured|remed(?:y|ied)|rectif)", re.IGNORECASE)
_PAYMENT_NEAR = re.compile(r"\b(?:pa(?:y|id|yable|yment)|invoice|remit|settle)", re.IGNORECASE)
_NET_TERMS = re.compile(r"\bnet\s*(\d{1,3})\b", re.IGNORECASE)
_BREACH_NOTICE = re.compile(r"(?:breach|incident|unauthori[sz]ed)", re.IGNORECASE)
_SURVIVAL = re.compile(
    r"surviv|afterwards?|thereafter|continue|for a period of|(?:after|following|beyond) (?:the |its |any |such )?(?:termination|expiry|expiration|end)|from (?:the )?date of (?:disclosure|receipt)|perpetu|indefinite",
    re.IGNORECASE,
)


def duration_value(span: Span) -> tuple[float, str] | None:
    """(number, unit) of a DURATION entity: 'thirty (30) days' -> (30, 'days')."""
    numbers = [parse_number(t.text) for t in span if t.like_num]
    numbers = [n for n in numbers if n is not None]
    if not numbers:
        return None
    unit = span[-1].lower_
    return numbers[-1], unit


def duration_days(span: Span) -> int | None:
    """A DURATION entity in days (months count 30, years 365); None for hours and less."""
    value = duration_value(span)
    if value is None or value[1] not in DAYS_PER_UNIT:
        return None
    return int(round(value[0] * DAYS_PER_UNIT[value[1]]))


def notice_days(text: str, doc: Doc | None = None) -> list[int]:
    """Notice periods in days: '90 days' prior written notice', 'on not less than thirty (30) days notice'."""
    doc = doc if doc is not None else parse(text)
    days = []
    for span in entities(doc, "DURATION"):
        after = text[span.end_char : span.end_char + 60]
        before = text[max(0, span.start_char - 40) : span.start_char]
        before_end = _BEFORE_END.match(after) and re.search(
            r"notice", text[max(0, span.start_char - 80) : span.start_char], re.IGNORECASE
        )
        if _NOTICE_AFTER.match(after) or _NOTICE_BEFORE.search(before) or before_end:
            value = duration_days(span)
            if value:
                days.append(value)
    return unique(days)


def cure_days(text: str, doc: Doc | None = None) -> list[int]:
    """Cure periods in days: 'fails to cure within thirty (30) days'."""
    doc = doc if doc is not None else parse(text)
    days = []
    for span in entities(doc, "DURATION"):
        window = text[max(0, span.start_char - 100) : span.end_char + 60]
        if _CURE_NEAR.search(window) and not _NOTICE_AFTER.match(
            text[span.end_char : span.end_char + 60]
        ):
            value = duration_days(span)
            if value:
                days.append(value)
    return unique(days)


def payment_days(text: str, doc: Doc | None = None) -> list[int]:
    """Payment terms in days: 'within thirty (30) days of receipt of invoice', 'net 45'."""
    doc = doc if doc is not None else parse(text)
    days = [int(m.group(1)) for m in _NET_TERMS.finditer(text)]
    for span in entities(doc, "DURATION"):
        before = text[max(0, span.start_char - 90) : span.start_char]
        after = text[span.end_char : span.end_char + 60]
        if (
            (
                _PAYMENT_NEAR.search(before)
                and re.search(
                    r"within\s+$|no later than\s+$|not later than\s+$", before, re.IGNORECASE
                )
            )
            or re.match(
                r"\s*(?:after|of|from|following)\s+(?:the\s+)?(?:receipt|date of|invoice)",
                after,
                re.IGNORECASE,
            )
            and _PAYMENT_NEAR.search(before + after)
        ):
            value = duration_days(span)
            if value:
                days.append(value)
    return unique(days)


_ENDING = re.compile(
    r"terminat|cancel|non-?renew|not (?:to )?(?:be )?renew|prevent (?:the )?(?:automatic )?renewal|expir|"
    r"end (?:this|the) (?:agreement|contract)|withdraw",
    re.IGNORECASE,
)


def ending_sentences(text: str) -> list[str]:
    """Sentences about ending the agreement: where a termination notice period lives."""
    return [s for s in re.split(r"(?<=[.;])\s+", text) if _ENDING.search(s)]


def initial_term(texts: list[str], docs: list[Doc]) -> str | None:
    for text, doc in zip(texts, docs, strict=True):
        for span in entities(doc, "DURATION"):
            before = text[max(0, span.start_char - 120) : span.start_char].lower()
            if (
                re.search(
                    r"(initial|first)?\s*term\b|period of\s*$|continue (?:in (?:full )?force )?for",
                    before,
                )
                and (duration_days(span) or 0) >= 180
            ):
                return span.text
    return None


def survival(texts: list[str], docs: list[Doc]) -> str | None:
    for text, doc in zip(texts, docs, strict=True):
        for span in entities(doc, "DURATION"):
            window = text[max(0, span.start_char - 80) : span.end_char + 80]
            if _SURVIVAL.search(window) and (duration_days(span) or 0) >= 180:
                return span.text
        if re.search(
            r"in perpetuity|perpetual|indefinitely|for so long as .{0,60}remains? confidential",
            text,
            re.IGNORECASE,
        ):
            return "indefinite"
    return None


def breach_notification(texts: list[str], docs: list[Doc]) -> str | None:
    for doc in docs:
        for sentence in doc.sents:
            if _BREACH_NOTICE.search(sentence.text) and re.search(
                r"notif|inform|notice", sentence.text, re.IGNORECASE
            ):
                duration = next((e for e in sentence.ents if e.label_ == "DURATION"), None)
                if duration is not None:
                    return duration.text
    return None
