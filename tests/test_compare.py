"""Comparison of agreements: statuses, key terms, outliers, and the CSV/XLSX/Markdown outputs."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest
from openpyxl import load_workbook

from clausecheck.analysis import analyze
from clausecheck.compare import compare_reports, to_csv, to_markdown, to_xlsx
from clausecheck.types import Report

STEMS = ["call-centre-services", "bpo-outsourcing-uk", "saas-support", "contact-centre-vague"]


@pytest.fixture(scope="module")
def reports(rendered, model) -> list[Report]:
    return [analyze(rendered[stem]["pdf"], model=model) for stem in STEMS]


def _with_notice(report: Report, days: int) -> Report:
    copy = Report.from_dict(report.to_dict())
    copy.document.sha256 = f"{days:064d}"
    copy.document.name = f"notice-{days}.pdf"
    copy.finding("termination").terms["notice_days"] = [days]
    return copy


def test_each_agreement_is_a_row_with_its_statuses_and_terms(reports):
    comparison = compare_reports(reports)
    assert [row.document for row in comparison.rows] == [r.document.name for r in reports]
    for row, report in zip(comparison.rows, reports, strict=True):
        assert row.statuses == {f.category: f.status for f in report.findings}
    by_name = {row.document: row for row in comparison.rows}
    assert by_name["bpo-outsourcing-uk.pdf"].terms["jurisdiction"] == "England and Wales"
    assert by_name["call-centre-services.pdf"].terms["jurisdiction"] == "New York"
    assert by_name["call-centre-services.pdf"].numbers["notice_days"] == 90
    assert "twelve (12) months" in by_name["saas-support.pdf"].terms["liability_cap"]


def test_coverage_counts_every_agreement_once_per_category(reports):
    coverage = compare_reports(reports).coverage()
    assert all(sum(counts.values()) == len(reports) for counts in coverage.values())


def test_a_notice_period_far_from_the_median_is_an_outlier(reports):
    base = reports[0]
    comparison = compare_reports([_with_notice(base, d) for d in (60, 90, 90, 365)])
    flagged = {sha for (sha, key) in comparison.outliers if key == "notice_days"}
    assert flagged == {f"{365:064d}"}
    assert compare_reports([_with_notice(base, d) for d in (60, 90)]).outliers == {}


def test_a_missing_category_most_others_have_is_an_outlier(reports):
    comparison = compare_reports(reports)
    for (sha, key), reason in comparison.outliers.items():
        if key in comparison.categories:
            row = next(r for r in comparison.rows if r.sha256 == sha)
            assert row.statuses[key] == "missing"
            assert "missing" in reason


def test_csv_xlsx_and_markdown_hold_the_same_matrix(reports):
    comparison = compare_reports(reports)
    header, body = comparison.table()
    rows = list(csv.reader(io.StringIO(to_csv(comparison))))
    assert rows == [header, *body]
    workbook = load_workbook(io.BytesIO(to_xlsx(comparison)))
    sheet = workbook["Comparison"]
    cells = [
        ["" if c is None else str(c) for c in row] for row in sheet.iter_rows(values_only=True)
    ]
    assert cells == [header, *body]
    assert workbook["Coverage"].max_row == len(comparison.categories) + 1
    markdown = to_markdown(comparison)
    for row in comparison.rows:
        assert row.document.replace("_", "\\_") in markdown


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
