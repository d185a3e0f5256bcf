"""Dates as ISO strings: 'June 1, 1998', 'the 23rd day of September, 2016', '1 May 2013', '6/1/1998'.

``find_dates`` is a generator of (ISO date, start, end) over a text; ``add_period`` moves a date
by a period as the agreement counts it (calendar years and months, not 365-day blocks).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from datetime import date, timedelta

from clausecheck.terms.numbers import (
    NUMBER_WORD,
    ORDINAL_SUFFIX,
    ORDINAL_WORD,
    ordinal_value,
    parse_number,
)

MONTHS = (
    {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
    | {name.lower(): number for number, name in enumerate(calendar.month_abbr) if name}
    | {"sept": 9}
)
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = rf"(?:(?<!\d)(?P<day>\d{{1,2}})(?:\s?{ORDINAL_SUFFIX})?\b|(?P<dayword>\b{ORDINAL_WORD}))"
"""A day in figures ('1', '1st', '01') or in words ('first', 'twenty-first')."""
_YEAR_WORDS = (
    rf"(?P<yearword>\btwo[\s-]+thousand(?:[\s-]+(?:and[\s-]+)?{NUMBER_WORD}(?:[\s-]{NUMBER_WORD})?)?"
    rf"|\bnineteen[\s-]+(?:hundred[\s-]+(?:and[\s-]+)?)?{NUMBER_WORD}(?:[\s-]{NUMBER_WORD})?)\b"
)
"""A year in words: 'two thousand and ten', 'two thousand twenty-one', 'nineteen ninety-nine',
'nineteen hundred and ninety-eight'."""
_YEAR = rf"(?:(?P<year>(?:19|20)\d\d)\b|{_YEAR_WORDS})"
_NUMERIC = re.compile(
    r"(?<![\d./-])(?P<first>\d{1,2})(?P<sep>[/.-])(?P<second>\d{1,2})(?P=sep)"
    r"(?P<year>(?:19|20)\d\d|(?<=[/-])\d\d)(?![\d/-]|\.\d)"
)
"""'6/1/1998', '06-01-1998', '1.6.1998', '6/1/98', '3-14-18' (no two-digit years with dots:
'1.4.11' is more often a section number than a date)."""
DATE_PATTERNS = (
    re.compile(rf"\b{_MONTH}\s+(?:the\s+)?{_DAY}\s*,?\s*{_YEAR}", re.I),
    re.compile(
        rf"{_DAY}\s+(?:day\s+)?(?:of\s+)?[-–—_\s]*(?:the\s+month\s+of\s+)?{_MONTH}[\s,.]*"
        rf"(?:in\s+the\s+year\s+(?:of\s+)?(?:our\s+Lord\s+)?|A\.?\s?D\.?\s*)?{_YEAR}",
        re.I,
    ),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>\d{1,2})-(?P<day>\d{1,2})\b"),
    re.compile(
        rf"(?<![\w-])(?P<day>\d{{1,2}})(?P<sep>[-/])(?P<month>{'|'.join(sorted(MONTHS, key=len, reverse=True))})"
        r"\.?(?P=sep)(?P<year>(?:19|20)\d\d|\d\d)(?![\w-])",
        re.I,
    ),
)
"""'June 1, 1998' and 'March 1st, 2003'; 'the 1st day of June, 1998', '1st of June 1998', 'the
first day of June, 1998', '1 June 1998' and a blank's dashes left in ('1st day of --- June,
1998'); ISO '1998-06-01'; a day and a month's short name with hyphens or slashes ('1-Jul-2009',
'01/Aug/12'). Years may be written in words ('the tenth day of May, two thousand and ten'). Numeric dates are ``_NUMERIC``."""
_LAST_DAY_OF = re.compile(rf"\blast\s+day\s+of\s+{_MONTH}[\s,]*(?:of\s+)?{_YEAR}", re.I)
"""'The last day of February, 2012': that month's last day."""
MIN_YEAR, MAX_YEAR = 1950, 2100
"""Years outside this range are not the dates of a commercial agreement."""
TWO_DIGIT_PIVOT = 50
"""'6/1/49' is 2049 and '6/1/98' is 1998: agreements in the corpus run from the 1990s on."""


def _month(text: str) -> int | None:
    return int(text) if text.isdigit() else MONTHS.get(text.lower().rstrip("."))


def _year(match: re.Match[str]) -> int:
    """The year of a match, from figures ('2009', '09') or words ('two thousand and nine')."""
    groups = match.groupdict()
    if groups.get("year"):
        year = int(groups["year"])
        return year + (2000 if year < TWO_DIGIT_PIVOT else 1900) if year < 100 else year
    words = re.split(r"[\s-]+", groups["yearword"].lower(), maxsplit=1)
    rest = (
        re.sub(r"^(?:thousand|hundred)(?:[\s-]+and)?[\s-]*", "", words[1]) if len(words) > 1 else ""
    )
    base = 2000 if words[0] == "two" else 1900
    return base + int(parse_number(rest) or 0) if rest else base


def _day(match: re.Match[str]) -> int:
    """The day of a match, from figures or from an ordinal word ('twenty-first')."""
    if match.groupdict().get("day"):
        return int(match.group("day"))
    return ordinal_value(match.group("dayword"))


def _numeric(match: re.Match[str]) -> tuple[int, int, int]:
    """(year, month, day) of a numeric date. Slashes and hyphens are read the US way, month
    first; dots the European way, day first ('1.4.2011' is 1 April), as each convention writes
    them; either way a first number above 12 can only be the day."""
    first, second = int(match.group("first")), int(match.group("second"))
    year = int(match.group("year"))
    if year < 100:
        year += 2000 if year < TWO_DIGIT_PIVOT else 1900
    day_first = match.group("sep") == "." or first > 12
    if day_first and second > 12:
        day_first = False
    month, day = (second, first) if day_first else (first, second)
    return year, month, day


def find_dates(text: str) -> Iterator[tuple[str, int, int]]:
    """Each date in ``text`` as (ISO date, start, end), in order; invalid dates skipped."""
    found: list[tuple[str, int, int]] = []

    def keep(match: re.Match[str], year: int, month: int, day: int) -> None:
        if any(s < match.end() and match.start() < e for _, s, e in found):
            return
        try:
            value = date(year, month, day)
        except ValueError:
            return
        if MIN_YEAR <= value.year <= MAX_YEAR:
            found.append((value.isoformat(), match.start(), match.end()))

    for match in _LAST_DAY_OF.finditer(text):
        year, month = _year(match), _month(match.group("month")) or 0
        if 1 <= month <= 12:
            keep(match, year, month, calendar.monthrange(year, month)[1])
    for pattern in DATE_PATTERNS:
        for match in pattern.finditer(text):
            keep(match, _year(match), _month(match.group("month")) or 0, _day(match))
    for match in _NUMERIC.finditer(text):
        keep(match, *_numeric(match))
    yield from sorted(found, key=lambda item: item[1])


def add_period(start: str, count: int, unit: str) -> str:
    """``start`` moved by ``count`` units: years and months by the calendar, days and weeks as
    days. 29 February plus a year is 28 February."""
    day = date.fromisoformat(start)
    unit = unit.lower().rstrip("s")
    if unit in ("day", "week"):
        return (day + timedelta(days=count * (7 if unit == "week" else 1))).isoformat()
    months = count * (12 if unit == "year" else 1)
    year, month = divmod(day.month - 1 + months, 12)
    year += day.year
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last)).isoformat()


PERIOD_MONTHS = {"month": 1, "quarter": 3, "year": 12}


def end_of_period(day: str, unit: str, after: int = 0) -> str:
    """The last day of the calendar month, quarter or year that comes ``after`` such periods
    after the one ``day`` falls in: ('2020-01-15', 'month', 24) is '2022-01-31', the last day of
    the 24th full calendar month following it; ('2019-09-03', 'month') is '2019-09-30'."""
    months = PERIOD_MONTHS[unit]
    first = date.fromisoformat(day)
    period = (first.year * 12 + first.month - 1) // months + after
    year, month = divmod(period * months + months - 1, 12)
    return date(year, month + 1, calendar.monthrange(year, month + 1)[1]).isoformat()


def days_between(start: str, end: str) -> int:
    """Whole days from one ISO date to another."""
    return (date.fromisoformat(end) - date.fromisoformat(start)).days


def minus_days(day: str, days: int) -> str:
    """An ISO date ``days`` earlier."""
    return (date.fromisoformat(day) - timedelta(days=days)).isoformat()
