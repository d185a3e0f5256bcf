"""`clausecheck calendar`: renewal-notice deadlines and expiries as iCalendar events, read back
with the icalendar library."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, timedelta

import pytest
from icalendar import Calendar

from clausecheck.analysis import analyze
from clausecheck.deadlines import REMINDER_DAYS, deadlines, to_ics
from clausecheck.types import KeyTerm, Report

CLI = [sys.executable, "-m", "clausecheck.cli"]


@pytest.fixture(scope="module")
def centre(rendered, model) -> Report:
    return analyze(rendered["call-centre-services"]["pdf"], model=model)


def _events(data: bytes) -> list:
    return [c for c in Calendar.from_ical(data).walk() if c.name == "VEVENT"]


def test_deadline_and_expiry_become_events_naming_agreement_clause_and_page(centre):
    notice = centre.key_terms["renewal_notice_deadline"]
    expiry = centre.key_terms["expiration_date"]
    events = {str(e["summary"]): e for e in _events(to_ics([centre]))}
    assert len(events) == 2
    stop = events[f"Last day to give notice not to renew: {centre.document.name}"]
    assert stop.decoded("dtstart") == date.fromisoformat(notice.value)
    # The clause as a reader finds it ('clause 10.2 Renewal'), not the report's internal id.
    clause = centre.clause(notice.clause_id)
    assert clause is not None and clause.number
    assert f"clause {clause.number.rstrip('.')}" in str(stop["description"])
    assert f"page {notice.page}" in str(stop["description"])
    ends = events[f"Agreement expires: {centre.document.name}"]
    assert ends.decoded("dtstart") == date.fromisoformat(expiry.value)
    # The deadline is the expiry less the notice needed to stop the renewal.
    days = centre.key_terms["renewal_notice_days"].value
    assert date.fromisoformat(expiry.value) - timedelta(days=days) == stop.decoded("dtstart")
    for event in events.values():
        (alarm,) = [c for c in event.walk() if c.name == "VALARM"]
        assert alarm.decoded("trigger") == timedelta(days=-REMINDER_DAYS)
        assert str(alarm["action"]) == "DISPLAY"


def test_event_ids_are_stable_so_a_reimport_updates_them(centre):
    first = [str(e["uid"]) for e in _events(to_ics([centre]))]
    assert first == [str(e["uid"]) for e in _events(to_ics([centre]))]
    assert len(set(first)) == len(first)


def test_an_agreement_without_dates_gives_no_event_and_hostile_names_stay_text(centre):
    undated = Report.from_dict(centre.to_dict())
    undated.key_terms = {}
    assert deadlines(undated) == []
    hostile = Report.from_dict(centre.to_dict())
    hostile.document.name = "evil\r\nEND:VCALENDAR\r\nBEGIN:VEVENT.pdf"
    hostile.key_terms = {"expiration_date": KeyTerm("2030-01-01", "ends\nBEGIN:VALARM", "c1", 2)}
    calendar = Calendar.from_ical(to_ics([undated, hostile]))
    (event,) = [c for c in calendar.walk() if c.name == "VEVENT"]
    assert "END:VCALENDAR" in str(event["summary"])  # kept as text inside the one event
    assert [c.name for c in event.walk()] == ["VEVENT", "VALARM"]


def test_cli_writes_the_ics_from_agreements_and_saved_reports(rendered, tmp_path):
    saved = tmp_path / "centre.json"
    report = subprocess.run(
        [*CLI, "analyze", str(rendered["call-centre-services"]["txt"]), "--format", "json"],
        capture_output=True,
        timeout=300,
    )
    assert report.returncode == 0, report.stderr
    saved.write_bytes(report.stdout)
    out = tmp_path / "deadlines.ics"
    result = subprocess.run(
        [
            *CLI,
            "calendar",
            str(saved),
            str(rendered["supply-agreement"]["pdf"]),
            "--output",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    summaries = sorted(str(e["summary"]) for e in _events(out.read_bytes()))
    assert "Agreement expires: supply-agreement.pdf" in summaries
    assert "Last day to give notice not to renew: call-centre-services.txt" in summaries


def test_cli_calendar_reports_a_bad_file_in_one_line(tmp_path):
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.7 truncated")
    result = subprocess.run(
        [*CLI, "calendar", str(bad), "--output", str(tmp_path / "d.ics")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 2 and "broken.pdf" in result.stderr
    assert not (tmp_path / "d.ics").exists()
