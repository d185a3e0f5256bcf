"""Comparison of agreements: one row each, typed cells with their sources, outliers among
comparable values only, and the CSV/XLSX/Markdown outputs."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from datetime import date

import pytest
from openpyxl import load_workbook

from clausecheck.analysis import analyze
from clausecheck.compare import (
    NOT_FOUND,
    TERM_COLUMNS,
    compare_reports,
    to_csv,
    to_markdown,
    to_xlsx,
)
from clausecheck.types import KeyTerm, Report

STEMS = ["call-centre-services", "bpo-outsourcing-uk", "saas-support", "contact-centre-vague"]


@pytest.fixture(scope="module")
def reports(rendered, model) -> list[Report]:
    return [analyze(rendered[stem]["pdf"], model=model) for stem in STEMS]


def _copy(report: Report, tag: str) -> Report:
    copy = Report.from_dict(report.to_dict())
    copy.document.sha256 = tag.rjust(64, "0")
    copy.document.name = f"{tag}.pdf"
    return copy


def _with_term(report: Report, tag: str, name: str, term: KeyTerm | None) -> Report:
    copy = _copy(report, tag)
    if term is None:
        copy.key_terms.pop(name, None)
    else:
        copy.key_terms[name] = term
    return copy


def test_each_agreement_is_a_row_with_its_statuses_and_key_terms(reports):
    comparison = compare_reports(reports)
    assert [row.document for row in comparison.rows] == [r.document.name for r in reports]
    for row, report in zip(comparison.rows, reports, strict=True):
        assert row.statuses == {f.category: f.status for f in report.findings}
    by_name = {row.document: row for row in comparison.rows}
    assert by_name["bpo-outsourcing-uk.pdf"].terms["governing_law"] == "England and Wales"
    centre = by_name["call-centre-services.pdf"]
    assert centre.terms["governing_law"] == "New York"
    # The notice needed to stop a renewal, told apart from the other notice periods.
    assert centre.numbers["renewal_notice_days"] == 90
    assert centre.cells["auto_renewal"].text == "yes"
    assert centre.cells["payment_days"].value == 30
    assert "twelve" in by_name["saas-support.pdf"].terms["liability_cap"].lower()


def test_every_value_points_back_at_its_clause(reports):
    comparison = compare_reports(reports)
    for row, report in zip(comparison.rows, reports, strict=True):
        for name, term in report.key_terms.items():
            if name not in row.cells:
                continue
            cell = row.cells[name]
            assert cell.clause_id == term.clause_id and cell.page == term.page
            assert report.clause(term.clause_id) is not None
            assert cell.page is not None  # rendered PDFs have pages


def test_not_found_is_told_apart_from_no(reports):
    base = reports[0]
    found = _with_term(base, "a", "exclusivity", KeyTerm(True, "exclusive", "c1", 1))
    said_no = _with_term(base, "b", "exclusivity", KeyTerm(False, "non-exclusive", "c1", 1))
    absent = _with_term(base, "c", "exclusivity", None)
    cells = [
        row.cells["exclusivity"].text for row in compare_reports([found, said_no, absent]).rows
    ]
    assert cells == ["yes", "no", NOT_FOUND]


def test_a_period_far_from_the_median_is_an_outlier(reports):
    base = reports[0]
    agreements = [
        _with_term(base, str(days), "payment_days", KeyTerm(days, f"{days} days", "c1", 1))
        for days in (30, 30, 45, 120)
    ]
    comparison = compare_reports(agreements)
    flagged = {sha for (sha, key) in comparison.outliers if key == "payment_days"}
    assert flagged == {"120".rjust(64, "0")}
    assert not any(key == "payment_days" for _, key in compare_reports(agreements[:2]).outliers)


def test_sums_are_compared_only_within_one_currency(reports):
    base = reports[0]

    def cap(tag: str, amount: float, currency: str) -> Report:
        term = KeyTerm(f"{currency} {amount:g}", "cap", "c1", 1, amount=amount, currency=currency)
        return _with_term(base, tag, "liability_cap", term)

    # Three dollar caps near each other and one yen cap: the yen figure is not an outlier,
    # and neither is any dollar cap.
    agreements = [
        cap("a", 1e6, "USD"),
        cap("b", 1.2e6, "USD"),
        cap("c", 1.1e6, "USD"),
        cap("d", 150e6, "JPY"),
    ]
    assert not any(key == "liability_cap" for _, key in compare_reports(agreements).outliers)
    agreements.append(cap("e", 9e6, "USD"))
    flagged = {sha for (sha, key) in compare_reports(agreements).outliers if key == "liability_cap"}
    assert flagged == {"e".rjust(64, "0")}


def test_a_missing_category_most_others_have_is_an_outlier(reports):
    comparison = compare_reports(reports)
    for (sha, key), reason in comparison.outliers.items():
        if key in comparison.categories:
            row = next(r for r in comparison.rows if r.sha256 == sha)
            assert row.statuses[key] == "missing"
            assert "missing" in reason


def test_csv_and_markdown_hold_the_matrix(reports):
    comparison = compare_reports(reports)
    header, body = comparison.table()
    rows = list(csv.reader(io.StringIO(to_csv(comparison))))
    assert rows == [header, *body]
    markdown = to_markdown(comparison)
    for row in comparison.rows:
        assert row.document in markdown


def test_xlsx_stores_numbers_as_numbers_dates_as_dates_with_sources(reports):
    comparison = compare_reports(reports)
    workbook = load_workbook(io.BytesIO(to_xlsx(comparison)))
    sheet = workbook["Comparison"]
    header = [c.value for c in sheet[1]]
    assert sheet.freeze_panes == "B2"
    assert sheet.auto_filter.ref and sheet.auto_filter.ref.startswith("A1:")
    centre = next(r for r in sheet.iter_rows(min_row=2) if r[0].value == "call-centre-services.pdf")
    by_title = dict(zip(header, centre, strict=True))
    assert by_title["Payment (days)"].value == 30
    assert isinstance(by_title["Payment (days)"].value, int)
    effective = by_title["Effective date"].value
    assert effective.date() == date(2025, 2, 3)  # openpyxl reads dates back as datetimes
    assert by_title["Auto-renewal"].value == "yes"
    comment = by_title["Payment (days)"].comment
    assert comment is not None and comment.text.startswith("clause ")
    sources = list(workbook["Sources"].iter_rows(values_only=True))
    assert sources[0] == ("Agreement", "Term", "Value", "Clause", "Page", "Quote")
    payment = [
        s for s in sources if s[0] == "call-centre-services.pdf" and s[1] == "Payment (days)"
    ]
    assert payment and payment[0][2] == "30" and isinstance(payment[0][4], int)
    assert workbook["Coverage"].max_row == len(comparison.categories) + 1


def test_hostile_text_never_becomes_a_formula(reports):
    base = reports[0]
    hostile = _copy(base, "x")
    hostile.document.name = "=HYPERLINK(evil).pdf"
    hostile.key_terms["parties"] = KeyTerm(["=cmd|' /C calc'!A0", "+Beta"], "q", "c1", 1)
    comparison = compare_reports([hostile, reports[1]])
    rows = list(csv.reader(io.StringIO(to_csv(comparison))))
    assert rows[1][0] == "'=HYPERLINK(evil).pdf"
    assert rows[1][rows[0].index("Parties")].startswith("'=")
    sheet = load_workbook(io.BytesIO(to_xlsx(comparison)))["Comparison"]
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            assert cell.data_type != "f"
            assert not (isinstance(cell.value, str) and cell.value.startswith(("=", "+")))


def test_columns_cover_every_key_term_a_buyer_compares():
    keys = {column.key for column in TERM_COLUMNS}
    assert {
        "parties",
        "effective_date",
        "expiration_date",
        "renewal_notice_days",
        "renewal_notice_deadline",
        "termination_for_convenience",
        "liability_cap",
        "exclusivity",
        "post_termination_services",
    } <= keys


def test_cli_compares_files_and_saved_reports(rendered, tmp_path):
    cli = [sys.executable, "-m", "clausecheck.cli"]
    saved = tmp_path / "reports"
    saved.mkdir()
    report = subprocess.run(
        [*cli, "analyze", str(rendered["bpo-outsourcing-uk"]["docx"]), "--format", "json"],
        capture_output=True,
        timeout=300,
    )
    assert report.returncode == 0, report.stderr
    (saved / "bpo.json").write_bytes(report.stdout)
    out = tmp_path / "comparison.xlsx"
    result = subprocess.run(
        [
            *cli,
            "compare",
            str(rendered["saas-support"]["pdf"]),
            str(saved),
            "--format",
            "xlsx",
            "--output",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    names = [
        row[0] for row in load_workbook(out)["Comparison"].iter_rows(min_row=2, values_only=True)
    ]
    assert names == ["saas-support.pdf", json.loads(report.stdout)["document"]["name"]]


def test_cli_compare_reports_a_bad_file_and_goes_on(rendered, tmp_path):
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.7 truncated")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "clausecheck.cli",
            "compare",
            str(bad),
            str(rendered["mutual-nda"]["txt"]),
            "--format",
            "csv",
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "broken.pdf" in result.stderr
    assert "mutual-nda.txt" in result.stdout
