"""Dates as ISO strings: 'June 1, 1998', 'the 23rd day of September, 2016', '1 May 2013', '6/1/1998'.

``find_dates`` is a generator of (ISO date, start, end) over a text; ``add_period`` moves a date
by a period as the agreement counts it (calendar years and months, not 365-day blocks).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from datetime import date, timedelta

MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name} | {
    name.lower(): number for number, name in enumerate(calendar.month_abbr) if name
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})\s*(?:st|nd|rd|th|t\s?h)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
DATE_PATTERNS = (
    re.compile(rf"\b{_MONTH}\s+{_DAY}\s*,?\s*{_YEAR}\b", re.I),
    re.compile(
        rf"\b{_DAY}\s+(?:day\s+of\s+)?{_MONTH}\s*,?\s*(?:in\s+the\s+year\s+)?{_YEAR}\b", re.I
    ),
    re.compile(r"\b(?P<month>\d{1,2})/(?P<day>\d{1,2})/(?P<year>(?:19|20)\d\d)\b"),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>\d{1,2})-(?P<day>\d{1,2})\b"),
)
"""'June 1, 1998'; '1st day of June, 1998' and '1 June 1998'; US '6/1/1998'; ISO."""
MIN_YEAR, MAX_YEAR = 1950, 2100
"""Years outside this range are not the dates of a commercial agreement."""


def _month(text: str) -> int | None:
    return int(text) if text.isdigit() else MONTHS.get(text.lower().rstrip("."))


def find_dates(text: str) -> Iterator[tuple[str, int, int]]:
    """Each date in ``text`` as (ISO date, start, end), in order; invalid dates skipped."""
    found: list[tuple[str, int, int]] = []
    for pattern in DATE_PATTERNS:
        for match in pattern.finditer(text):
            if any(s < match.end() and match.start() < e for _, s, e in found):
                continue
            month = _month(match.group("month"))
            try:
                value = date(int(match.group("year")), month or 0, int(match.group("day")))
            except ValueError:
                continue
            if MIN_YEAR <= value.year <= MAX_YEAR:
                found.append((value.isoformat(), match.start(), match.end()))
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


def days_between(start: str, end: str) -> int:
    """Whole days from one ISO date to another."""
    return (date.fromisoformat(end) - date.fromisoformat(start)).days


def minus_days(day: str, days: int) -> str:
    """An ISO date ``days`` earlier."""
    return (date.fromisoformat(day) - timedelta(days=days)).isoformat()
