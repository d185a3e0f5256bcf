"""Reports group issues by category and severity and quote the words with their page."""

from __future__ import annotations

import re

import pytest

from clausecheck.analysis import analyze
from clausecheck.report import to_markdown, to_table, validate_report
from clausecheck.types import Report


@pytest.fixture(scope="module")
def vague_pdf_report(rendered, model) -> Report:
    return analyze(rendered["contact-centre-vague"]["pdf"], model=model)


def test_terminal_groups_by_category_then_severity_with_quote_and_page(vague_pdf_report):
    text = to_table(vague_pdf_report, width=120, limit=50)
    section = text.split("Governing law — ambiguous", 1)[1].split("\n\n", 1)[0]
    assert re.search(r"\[high\] contradiction \(clause 10\.6, p\. \d+\)", section)
    assert '"This Agreement is governed by the laws of the State of New York."' in section
    severities = re.findall(
        r"\[(high|medium|low|info)\]",
        text.split("Service levels — ambiguous", 1)[1].split("\n\n", 1)[0],
    )
    order = ["high", "medium", "low", "info"]
    assert severities == sorted(severities, key=order.index)
    first = text.splitlines()[0]
    assert "page(s)" not in first and re.search(r"\(pdf, \d+ pages, ", first), first


def test_markdown_names_the_issue_in_words_with_its_clause_and_page(vague_pdf_report):
    md = to_markdown(vague_pdf_report)
    assert re.search(
        r"\*\*High · Waiver worded the wrong way round\*\* — clause 10\.3 \(Waiver\), page \d+", md
    )
    assert "> delay by a party in enforcing a right" in md
    assert "`" not in md  # no code spans: nothing internal is shown


def test_report_round_trips_through_json(vague_pdf_report):
    data = vague_pdf_report.to_dict()
    validate_report(data)
    again = Report.from_dict(data)
    assert again.to_dict() == data


def test_markdown_service_levels_name_each_metric_once_with_its_target(rendered, model):
    """Sentences that only refer to 'each Service Level' add nothing beside the schedule's
    targets, and 'Email Response Time' is not also a bare 'response time'."""
    md = to_markdown(analyze(rendered["call-centre-services"]["pdf"], model=model))
    line = next(
        ln for ln in md.split("## ✓ Service levels", 1)[1].splitlines() if "Key terms:" in ln
    )
    metrics = line.split("metrics: ", 1)[1].split(";", 1)[0].split(", ")
    assert "service level 80% within 20 seconds" in metrics
    assert "email response time 95% within 24 hours" in metrics
    assert len(metrics) == len({m.split(" ")[0] + m.split(" ")[1] for m in metrics}), metrics
    assert all(any(ch.isdigit() for ch in m) for m in metrics), metrics
