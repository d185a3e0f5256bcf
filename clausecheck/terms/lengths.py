"""Lengths of time written out in a sentence: 'five (5) years', '3 (three) years', 'twelve months', 'ten (10) Contract
Years', 'the twentieth (20th) anniversary'. A generator of typed results with their spans."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from clausecheck.terms.numbers import (
    NUMBER_WORD,
    ORDINAL_SUFFIX,
    ORDINAL_WORD,
    ordinal_value,
    parse_number,
)

DAYS_PER = {"day": 1, "week": 7, "month": 30, "year": 365}
"""Whole days per unit, as the report counts them: a month is 30 days, a year 365."""
_NUMBER = rf"(?P<number>\d{{1,3}}(?:\.\d)?|{NUMBER_WORD}(?:(?:[\s-]+|\s+and\s+){NUMBER_WORD}){{0,2}}|an?|one)"
"""A count in figures or words, 'one hundred and twenty' as well as 'forty-five'."""
_LENGTH = re.compile(
    rf"\b{_NUMBER}[\s-]*(?:\(\s*(?:(?P<figure>\d{{1,3}}|[Il])|{NUMBER_WORD}(?:[\s-]{NUMBER_WORD})?)\s*\)[\s-]*)?"
    r"(?:full\s+|consecutive\s+|calendar\s+|contract\s+|business\s+|working\s+|additional\s+|"
    r"successive\s+|further\s+|renewal\s+|lease\s+|agreement\s+)*"
    r"(?P<unit>day|week|month|year|yr)s?\b(?!\s*(?:old|of\s+age))",
    re.I,
)
_ANNIVERSARY = re.compile(
    rf"\b(?P<ordinal>{ORDINAL_WORD}|\d{{1,2}}(?:st|nd|rd|th))"
    rf"\s*(?:\(\s*\d{{1,2}}\s?{ORDINAL_SUFFIX}?\s*\)\s*)?anniversary",
    re.I,
)
_BUSINESS = re.compile(r"business|working", re.I)


@dataclass(frozen=True, slots=True)
class Length:
    """A length of time read from text, with where it sits."""

    count: float
    unit: str
    start: int
    end: int
    business: bool = False
    whole_years: int = 0
    """Of a length in months, how many whole years it was written with ('two years and six
    months' is 30 months, 2 of them years): a year counts 365 days, not 12 x 30."""

    @property
    def days(self) -> int:
        months_as_years = self.whole_years * 12
        return int(
            round(
                self.whole_years * DAYS_PER["year"]
                + (self.count - months_as_years) * DAYS_PER[self.unit]
            )
        )


def find_lengths(text: str) -> Iterator[Length]:
    """Each length of time in ``text``: the figure in brackets wins over the words. Lengths
    written out come in the order they stand, 'two years and six months' as one; then each
    anniversary, except that an anniversary the agreement runs to ('shall terminate on the fifth
    anniversary') stands in its place, since it is the term, not a day to review or renew on."""
    plain = list(_joined(text, list(_written_lengths(text))))
    ends, others = [], []
    for anniversary in _anniversaries(text):
        runs_to = _RUNS_TO.search(text[max(0, anniversary.start - 100) : anniversary.start])
        (ends if runs_to else others).append(anniversary)
    return iter([*sorted([*plain, *ends], key=lambda length: length.start), *others])


_RUNS_TO = re.compile(
    r"\b(?:agreement|contract|term|licen[cs]e)\b[^.;]{0,80}?"
    r"\b(?:until|through|thru|to\s+and\s+including|(?:expire|end|terminate|lapse)[sd]?\s+(?:on|at|upon)|"
    r"(?:expiring|ending|terminating)\s+on|through\s+and\s+including)\s+(?:the\s+)?(?:day\s+(?:immediately\s+)?(?:before|preceding|prior\s+to)\s+the\s+)?$",
    re.I,
)
"""Words before an anniversary the agreement runs to: 'this Agreement shall remain in effect until
the', 'the Term shall terminate on the' (not 'the pricing shall be fixed until the')."""
_AND = re.compile(r"\s*,?\s*(?:and|plus)\s+", re.I)
"""Between the two parts of one length: 'two years and six months'."""
_A_PERIOD_OF_ITS_OWN = re.compile(
    r"\W{0,3}(?:s\b\W{0,2})?(?:before|prior|(?:after|following)\s+(?:its\s+|the\s+)?(?:expir|terminat|end\b))",
    re.I,
)
"""Words after the months that make them a period of their own: 'three years and six months
before its expiry'."""


def _joined(text: str, lengths: list[Length]) -> Iterator[Length]:
    """'Two (2) years and six (6) months': one length, counted in months."""
    last: Length | None = None
    for length in lengths:
        if (
            last
            and last.unit == "year"
            and length.unit == "month"
            and not last.business
            and _AND.fullmatch(text, last.end, length.start)
            and not _A_PERIOD_OF_ITS_OWN.match(text, length.end)
        ):
            last = Length(
                last.count * 12 + length.count,
                "month",
                last.start,
                length.end,
                whole_years=int(last.count),
            )
            continue
        if last:
            yield last
        last = length
    if last:
        yield last


def _written_lengths(text: str) -> Iterator[Length]:
    for match in _LENGTH.finditer(text):
        # 'one (I) year': a text layer reads the figure 1 in brackets as a capital I or an l.
        figure = match.group("figure") or ""
        figure = "1" if figure.lower() in ("i", "l") else figure
        word = match.group("number")
        number = (
            float(figure)
            if figure
            else (
                1.0
                if word.lower() in ("a", "an", "one")
                else parse_number(re.sub(r"\s+and\s+", " ", word, flags=re.I))
            )
        )
        if not number:
            continue
        unit = match.group("unit").lower().replace("yr", "year")  # '2 yrs'
        business = bool(_BUSINESS.search(match.group(0)))
        yield Length(number, unit, match.start(), match.end(), business)


def _anniversaries(text: str) -> Iterator[Length]:
    for match in _ANNIVERSARY.finditer(text):
        ordinal = match.group("ordinal")
        figures = re.sub(r"\D", "", ordinal)
        count = int(figures) if figures else ordinal_value(ordinal)
        yield Length(float(count), "year", match.start(), match.end())
