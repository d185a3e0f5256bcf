"""Dates that cannot be right: a day the calendar lacks, an end before its start, a stated end
that does not match the stated term.

Dates are read as drafters write them: 'January 1, 2024', '1 January 2024', '1st January 2024',
'the 1st day of January, 2024', '2024-01-01', and '31/01/2024' or '01/31/2024' where the day
shows which is which (a date such as 01/02/2024 reads two ways and is left alone).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from clausecheck.checks.base import clause_ref, issue, sentences, upper_first
from clausecheck.terms import NUMBER_WORD, parse_number
from clausecheck.types import Clause, Issue

CODE_INVALID_DATE = "invalid_date"
CODE_DATE_ORDER = "date_order"
CODE_TERM_MISMATCH = "term_mismatch"

TERM_TOLERANCE_DAYS = 3
"""A stated end within this many days of start + term is consistent ('1 January 2024 for one
year, ending 31 December 2024' and '... ending 1 January 2025' are both usual)."""

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS |= {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
_MONTHS["sept"] = 9
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
DATE_FORMS = [
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I),
    re.compile(rf"\b{_DAY}\s+(?:day\s+of\s+)?{_MONTH},?\s+{_YEAR}\b", re.I),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>\d{2})-(?P<day>\d{2})\b"),
    re.compile(r"\b(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<year>(?:19|20)\d\d)\b"),
]


@dataclass(slots=True)
class Written:
    """A date as written: the words, where they are, and the date (None when impossible)."""

    text: str
    start: int
    end: int
    value: date | None


def written_dates(text: str) -> list[Written]:
    """The dates written in a text, impossible ones included (value None), in order."""
    found: list[Written] = []
    taken: list[tuple[int, int]] = []
    for pattern in DATE_FORMS:
        for match in pattern.finditer(text):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            groups = match.groupdict()
            year = int(groups["year"])
            if groups.get("month"):
                month = _MONTHS[groups["month"].lower().rstrip(".")]
                day = int(groups["day"])
            elif groups.get("mnum"):
                month, day = int(groups["mnum"]), int(groups["day"])
            else:
                a, b = int(groups["a"]), int(groups["b"])
                if a > 12 >= b:
                    day, month = a, b
                elif b > 12 >= a:
                    month, day = a, b
                else:
                    continue  # 01/02/2024 reads two ways
            if not 1 <= month <= 12 or day < 1:
                continue
            try:
                value: date | None = date(year, month, day)
            except ValueError:
                value = None if day <= 31 else date(1, 1, 1)
                if value is not None:
                    continue  # '45 March' is not a date at all
            taken.append((match.start(), match.end()))
            found.append(Written(match.group(0), match.start(), match.end(), value))
    return sorted(found, key=lambda w: w.start)


_START_WORD = re.compile(
    r"\b(?:commenc\w*|start\w*|begin\w*|from|"
    r"takes?\s+effect|taking\s+effect|with\s+effect\s+from|come\s+into\s+(?:force|effect))\W+"
    r"(?:(?:on|from|as of|the|date of|with effect from)\W+){0,3}$",
    re.I,
)
_END_WORD = re.compile(
    r"\b(?<!prior )(?:end(?:s|ing)?|expir(?:e|es|ing)|terminat(?:e|es|ing)|until|through|to|till|"
    r"up to and including|ceas(?:e|es|ing)|"
    r"continu\w*\s+(?:in\s+(?:full\s+)?(?:force|effect)\s+)?until)\W+(?:(?:on|at|the|midnight|"
    r"close of business)\W+){0,3}$",
    re.I,
)
_TERM = re.compile(
    rf"\b(?:term|period|duration)\s+of\s+(?P<n>\d+|{NUMBER_WORD})(?:\s*\(\d+\))?\s+"
    r"(?P<unit>years?|months?|days?)\b",
    re.I,
)


def date_issues(clauses: list[Clause]) -> list[Issue]:
    """Impossible dates, ends before starts, and ends that do not match the stated term."""
    issues = []
    for clause in clauses:
        for _, sentence in sentences(clause.text):
            dates = written_dates(sentence)
            for written in dates:
                if written.value is None:
                    issues.append(
                        issue(
                            CODE_INVALID_DATE,
                            "high",
                            f'{upper_first(clause_ref(clause))} gives the date "{written.text}", '
                            "which is not in the calendar.",
                            clause,
                            quote=written.text,
                            suggestion="Correct the date.",
                        )
                    )
            issues += _order_and_term(clause, sentence, [d for d in dates if d.value])
    return issues


def _order_and_term(clause: Clause, sentence: str, dates: list[Written]) -> list[Issue]:
    """In one sentence: a start date, and an end date before it or out of step with the term."""
    start = next((d for d in dates if _START_WORD.search(sentence[: d.start])), None)
    if start is None:
        return []
    end = next(
        (
            d
            for d in dates
            if d.start > start.end and _END_WORD.search(sentence[start.end : d.start][-60:])
        ),
        None,
    )
    if end is None or start.value is None or end.value is None:
        return []
    if end.value < start.value:
        return [
            issue(
                CODE_DATE_ORDER,
                "high",
                f"{upper_first(clause_ref(clause))} ends on {end.text}, before it starts on "
                f"{start.text}.",
                clause,
                quote=sentence[start.start : end.end].strip(),
                suggestion="Correct the start or the end date.",
            )
        ]
    term = _TERM.search(sentence)
    if term is None:
        return []
    count = parse_number(term.group("n"))
    if count is None:
        return []
    expected = _add(start.value, int(count), term.group("unit").lower())
    if expected is None or abs((end.value - expected).days) <= TERM_TOLERANCE_DAYS:
        return []
    return [
        issue(
            CODE_TERM_MISMATCH,
            "medium",
            f"{upper_first(clause_ref(clause))} states a term of {term.group(0).split(' of ', 1)[1]} "
            f"from {start.text}, which would end on or about {expected:%d %B %Y}, but gives "
            f"{end.text} as the end.",
            clause,
            quote=sentence[min(start.start, term.start()) : max(end.end, term.end())].strip(),
            suggestion="Make the stated term and the end date agree.",
        )
    ]


def _add(start: date, count: int, unit: str) -> date | None:
    """start + count units, the day before the anniversary ('1 Jan 2024 + 1 year' -> 31 Dec 2024)."""
    if unit.startswith("day"):
        return start + timedelta(days=count - 1)
    months = count * 12 if unit.startswith("year") else count
    year, month = divmod(start.month - 1 + months, 12)
    try:
        day = min(start.day, calendar.monthrange(start.year + year, month + 1)[1])
        return date(start.year + year, month + 1, day) - timedelta(days=1)
    except ValueError:
        return None
