"""Dates a buyer must not miss, as an iCalendar file: each agreement's last day to give notice
before it renews, and its expiry, each event naming the agreement, the clause and the page, with
a reminder ahead of it (``clausecheck calendar``, and the page's download).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from clausecheck.types import KeyTerm, Report

REMINDER_DAYS = 30
"""The reminder goes off this many days before a deadline: time to decide and send a notice."""
PRODID = "-//clausecheck//deadlines//EN"
EVENT_TERMS: dict[str, str] = {
    "renewal_notice_deadline": "Last day to give notice not to renew",
    "expiration_date": "Agreement expires",
}
"""The key terms that become events, and how each event's title begins."""


@dataclass(frozen=True, slots=True)
class Deadline:
    """One dated event of one agreement, with the words it was read from."""

    agreement: str
    sha256: str
    term: str
    day: date
    clause_id: str | None
    page: int | None
    quote: str
    clause: str = ""
    """How a reader finds the clause: 'clause 10.2 Renewal'."""

    @property
    def title(self) -> str:
        return f"{EVENT_TERMS[self.term]}: {self.agreement}"

    @property
    def description(self) -> str:
        where = self.clause or (f"clause {self.clause_id}" if self.clause_id else "the agreement")
        if self.page is not None:
            where += f", page {self.page}"
        return f"{self.agreement}, {where}: \u201c{self.quote}\u201d"


def _day(term: KeyTerm) -> date | None:
    try:
        return date.fromisoformat(str(term.value))
    except ValueError:
        return None


def deadlines(report: Report) -> list[Deadline]:
    """The agreement's renewal-notice deadline and expiry, where the key terms state them."""
    from clausecheck.report.content import clause_name  # the exporters load lazily

    found = []
    for name in EVENT_TERMS:
        term = report.key_terms.get(name)
        day = _day(term) if term is not None else None
        if term is None or day is None:
            continue
        found.append(
            Deadline(
                report.document.name,
                report.document.sha256,
                name,
                day,
                term.clause_id,
                term.page,
                term.quote,
                clause_name(report, term.clause_id),
            )
        )
    return found


def _uid(deadline: Deadline) -> str:
    """Stable across runs, so a calendar that imports the file again updates the event."""
    key = f"{deadline.sha256}\0{deadline.term}".encode()
    return f"{hashlib.sha256(key).hexdigest()[:32]}@clausecheck"


def to_ics(reports: Sequence[Report], now: datetime | None = None) -> bytes:
    """Every deadline of ``reports`` as one iCalendar file (all-day events with a reminder)."""
    from icalendar import Alarm, Calendar, Event

    stamp = now or datetime.now(UTC)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "Contract deadlines")
    for report in reports:
        for deadline in deadlines(report):
            event = Event()
            event.add("uid", _uid(deadline))
            event.add("dtstamp", stamp)
            event.add("dtstart", deadline.day)
            event.add("dtend", deadline.day + timedelta(days=1))
            event.add("summary", deadline.title)
            event.add("description", deadline.description)
            event.add("categories", ["contract deadline"])
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", f"In {REMINDER_DAYS} days: {deadline.title}")
            alarm.add("trigger", timedelta(days=-REMINDER_DAYS))
            event.add_component(alarm)
            calendar.add_component(event)
    return calendar.to_ical()
