"""Agreements side by side: each category's status and the key terms procurement asks about.

``compare_reports(reports) -> Comparison`` builds the matrix; ``to_csv``, ``to_xlsx`` and
``to_markdown`` write it. ``load_reports`` accepts agreements (analysed on the way), saved JSON
reports, and folders of either (a ``clausecheck batch`` output folder is a folder of reports).
"""

from __future__ import annotations

import csv
import io
import json
import statistics
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from clausecheck.report.terms_text import metric_text, term_text
from clausecheck.terms import liability_cap
from clausecheck.types import CATEGORY_TITLES, Report

OUTLIER_RATIO = 1.5
"""A number this many times above (or below) the median of the agreements is an outlier."""
MIN_AGREEMENTS_FOR_OUTLIERS = 3
"""Fewer agreements than this have no meaningful 'usual' value to differ from."""
COVERAGE_STATUSES: tuple[str, ...] = ("present", "deviates", "ambiguous", "missing")
"""The coverage columns, best first: the statuses of ``types.STATUSES`` in reading order."""
REPORT_SUFFIX = ".json"
BATCH_RECORDS_DIR = ".clausecheck-batch"
"""The folder a ``clausecheck batch`` output keeps its per-document records in; its presence
marks a batch output folder, whose agreements are its ``.json`` reports only."""


@dataclass(frozen=True, slots=True)
class TermColumn:
    """One key-term column: where it comes from and how a number is read from it."""

    key: str
    title: str
    category: str | None
    read: Callable[[Report], Any]
    numeric: bool = False


def _term(category: str, key: str) -> Callable[[Report], Any]:
    def read(report: Report) -> Any:
        finding = report.finding(category)
        return finding.terms.get(key) if finding is not None else None

    return read


def _longest(category: str, key: str) -> Callable[[Report], Any]:
    def read(report: Report) -> int | None:
        values = _term(category, key)(report)
        return max(values) if values else None

    return read


def _rates(report: Report) -> str | None:
    amounts = _term("pricing", "amounts")(report) or []
    rated = [a for a in amounts if a.get("basis")]
    return term_text("amounts", rated or amounts)


def _sla_targets(report: Report) -> str | None:
    metrics = _term("sla", "metrics")(report) or []
    measured = [metric_text(m) for m in metrics if m.get("target") is not None]
    return ", ".join(dict.fromkeys(measured)) or None


def _liability_cap(report: Report) -> str | None:
    return liability_cap([c.text for c in report.clauses if "liab" in c.text.lower()])


TERM_COLUMNS: tuple[TermColumn, ...] = (
    TermColumn(
        "jurisdiction", "Law chosen", "governing_law", _term("governing_law", "jurisdiction")
    ),
    TermColumn("courts", "Courts", "governing_law", _term("governing_law", "courts")),
    TermColumn("initial_term", "Initial term", "termination", _term("termination", "initial_term")),
    TermColumn(
        "notice_days", "Notice (days)", "termination", _longest("termination", "notice_days"), True
    ),
    TermColumn(
        "cure_days", "Cure (days)", "termination", _longest("termination", "cure_days"), True
    ),
    TermColumn(
        "termination_for_convenience",
        "Convenience",
        "termination",
        _term("termination", "termination_for_convenience"),
    ),
    TermColumn(
        "payment_days", "Payment (days)", "pricing", _longest("pricing", "payment_days"), True
    ),
    TermColumn("rates", "Rates", "pricing", _rates),
    TermColumn("late_interest", "Late interest", "pricing", _term("pricing", "late_interest")),
    TermColumn("sla_targets", "SLA targets", "sla", _sla_targets),
    TermColumn("service_credit_cap", "Credit cap", "sla", _term("sla", "service_credit_cap")),
    TermColumn(
        "confidentiality_survival",
        "Confidentiality",
        "confidentiality",
        _term("confidentiality", "survival"),
    ),
    TermColumn(
        "data_protection",
        "Data protection",
        "confidentiality",
        _term("confidentiality", "data_protection"),
    ),
    TermColumn("liability_cap", "Liability cap", None, _liability_cap),
)
"""The key terms compared, in column order."""


@dataclass(frozen=True, slots=True)
class RunInfo:
    """How a batch run fared with one document: the summary's extra columns."""

    source: str
    status: Literal["ok", "failed"]
    pages: int | None = None
    seconds: float | None = None
    reason: str = ""


RUN_COLUMNS: tuple[str, ...] = ("Source", "Run status", "Pages", "Seconds", "Failure reason")
"""Columns added after the key terms when the rows come from a batch run."""


@dataclass(slots=True)
class ComparisonRow:
    """One agreement: its status per category and its key terms as text (None: not found).

    A document a batch could not analyse is a row with no statuses or terms and a failed ``run``.
    """

    document: str
    sha256: str
    statuses: dict[str, str]
    terms: dict[str, str | None]
    numbers: dict[str, float | None]
    high_issues: int
    run: RunInfo | None = None

    @classmethod
    def failed(cls, document: str, sha256: str, run: RunInfo) -> ComparisonRow:
        """The row of a document that has no report, with the reason in ``run``."""
        empty_terms: dict[str, str | None] = {column.key: None for column in TERM_COLUMNS}
        empty_numbers: dict[str, float | None] = {column.key: None for column in TERM_COLUMNS}
        return cls(document, sha256, {}, empty_terms, empty_numbers, 0, run)


@dataclass(slots=True)
class Comparison:
    """Agreements by category; ``outliers`` maps (document sha256, column key) to a reason."""

    categories: list[str]
    rows: list[ComparisonRow]
    outliers: dict[tuple[str, str], str] = field(default_factory=dict)

    def coverage(self) -> dict[str, dict[str, int]]:
        """For each category, how many agreements have it present, deviating, ambiguous or missing."""
        analysed = [row for row in self.rows if row.statuses]
        return {
            category: dict(Counter(row.statuses.get(category, "n/a") for row in analysed))
            for category in self.categories
        }

    def has_runs(self) -> bool:
        """True when the rows come from a batch run (then the run columns are shown)."""
        return any(row.run is not None for row in self.rows)

    def table(self) -> tuple[list[str], list[list[str]]]:
        """Header and rows of text, as the CSV, XLSX and Markdown outputs show them."""
        header = [
            "Agreement",
            *(CATEGORY_TITLES[c] for c in self.categories),
            *(column.title for column in TERM_COLUMNS),
            "High-severity issues",
            "Outliers",
            *(RUN_COLUMNS if self.has_runs() else ()),
        ]
        body = []
        for row in self.rows:
            marks = [reason for (sha, _), reason in self.outliers.items() if sha == row.sha256]
            failed = row.run is not None and row.run.status == "failed"
            body.append(
                [
                    row.document,
                    *(row.statuses.get(c, "" if failed else "n/a") for c in self.categories),
                    *(row.terms[column.key] or "" for column in TERM_COLUMNS),
                    "" if failed else str(row.high_issues),
                    "; ".join(marks),
                    *(_run_cells(row.run) if self.has_runs() else ()),
                ]
            )
        return header, body


def _run_cells(run: RunInfo | None) -> list[str]:
    if run is None:
        return [""] * len(RUN_COLUMNS)
    pages = "" if run.pages is None else str(run.pages)
    seconds = "" if run.seconds is None else f"{run.seconds:.2f}"
    return [run.source, run.status, pages, seconds, run.reason]


def compare_reports(reports: Sequence[Report], runs: Sequence[RunInfo] | None = None) -> Comparison:
    """Build the comparison matrix of ``reports`` and mark outliers.

    ``runs``, one per report in the same order, adds the batch columns (source, pages, seconds).
    """
    if runs is not None and len(runs) != len(reports):
        raise ValueError(f"{len(runs)} runs for {len(reports)} reports")
    categories = list(dict.fromkeys(f.category for report in reports for f in report.findings))
    rows = []
    for index, report in enumerate(reports):
        terms: dict[str, str | None] = {}
        numbers: dict[str, float | None] = {}
        for column in TERM_COLUMNS:
            value = column.read(report)
            numbers[column.key] = float(value) if column.numeric and value is not None else None
            terms[column.key] = (
                str(value) if column.numeric and value is not None else term_text(column.key, value)
            )
        rows.append(
            ComparisonRow(
                document=report.document.name,
                sha256=report.document.sha256,
                statuses={f.category: f.status for f in report.findings},
                terms=terms,
                numbers=numbers,
                high_issues=sum(
                    1 for f in report.findings for i in f.issues if i.severity == "high"
                ),
                run=runs[index] if runs is not None else None,
            )
        )
    comparison = Comparison(categories=categories, rows=rows)
    comparison.outliers = find_outliers(comparison)
    return comparison


def find_outliers(comparison: Comparison) -> dict[tuple[str, str], str]:
    """Numbers far from the agreements' median, and gaps where most agreements have the clause."""
    outliers: dict[tuple[str, str], str] = {}
    rows = comparison.rows
    if len(rows) < MIN_AGREEMENTS_FOR_OUTLIERS:
        return outliers
    for column in (c for c in TERM_COLUMNS if c.numeric):
        values = [row.numbers[column.key] for row in rows if row.numbers[column.key] is not None]
        if len(values) < MIN_AGREEMENTS_FOR_OUTLIERS:
            continue
        median = statistics.median(values)
        for row in rows:
            value = row.numbers[column.key]
            if value is None or median <= 0:
                continue
            if value > median * OUTLIER_RATIO or value < median / OUTLIER_RATIO:
                outliers[(row.sha256, column.key)] = (
                    f"{column.title.lower()} {value:g} vs median {median:g}"
                )
    for category in comparison.categories:
        present = sum(1 for row in rows if row.statuses.get(category) == "present")
        if present * 2 <= len(rows):
            continue
        for row in rows:
            if row.statuses.get(category) == "missing":
                outliers[(row.sha256, category)] = (
                    f"{CATEGORY_TITLES[category].lower()} missing; {present} of {len(rows)} have it"
                )
    return outliers


def to_csv(comparison: Comparison) -> str:
    """The comparison as CSV (UTF-8, one row per agreement)."""
    header, body = comparison.table()
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(body)
    return buffer.getvalue()


def to_xlsx(comparison: Comparison) -> bytes:
    """The comparison as an Excel workbook: the matrix with outliers highlighted, and coverage."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    header, body = comparison.table()
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Comparison"
    sheet.append(header)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    fills = {
        "missing": PatternFill("solid", fgColor="F8D7DA"),
        "ambiguous": PatternFill("solid", fgColor="FFF3CD"),
        "deviates": PatternFill("solid", fgColor="E2D9F3"),
        "present": PatternFill("solid", fgColor="D1E7DD"),
    }
    outlier_fill = PatternFill("solid", fgColor="F5C2C7")
    keys = [*comparison.categories, *(column.key for column in TERM_COLUMNS)]
    for row_number, (row, values) in enumerate(zip(comparison.rows, body, strict=True), start=2):
        sheet.append(values)
        for offset, key in enumerate(keys, start=2):
            cell = sheet.cell(row=row_number, column=offset)
            if key in comparison.categories and cell.value in fills:
                cell.fill = fills[cell.value]
            if (row.sha256, key) in comparison.outliers:
                cell.fill = outlier_fill
                cell.font = Font(bold=True)
    for index, title in enumerate(header, start=1):
        widest = max([len(title), *(len(str(values[index - 1])) for values in body)])
        sheet.column_dimensions[get_column_letter(index)].width = min(60, max(10, widest + 2))
    sheet.freeze_panes = "B2"
    coverage = workbook.create_sheet("Coverage")
    coverage.append(["Category", *COVERAGE_STATUSES])
    for category, counts in comparison.coverage().items():
        coverage.append(
            [
                CATEGORY_TITLES[category],
                *(counts.get(s, 0) for s in COVERAGE_STATUSES),
            ]
        )
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def to_markdown(comparison: Comparison) -> str:
    """The comparison as a Markdown table, outliers in bold, then the coverage counts."""
    from clausecheck.report.markdown import escape_markdown

    header, body = comparison.table()
    keys = [
        "document",
        *comparison.categories,
        *(c.key for c in TERM_COLUMNS),
        "high",
        "outliers",
        *(RUN_COLUMNS if comparison.has_runs() else ()),
    ]
    lines = [
        f"# Comparison of {len(comparison.rows)} agreements",
        "",
        "| " + " | ".join(header) + " |",
        "|" + "---|" * len(header),
    ]
    for row, values in zip(comparison.rows, body, strict=True):
        cells = []
        for key, value in zip(keys, values, strict=True):
            text = escape_markdown(value)
            cells.append(f"**{text}**" if (row.sha256, key) in comparison.outliers else text)
        lines.append("| " + " | ".join(cells) + " |")
    lines += [
        "",
        "## Coverage",
        "",
        "| Category | Present | Deviates | Ambiguous | Missing |",
        "|---|---|---|---|---|",
    ]
    for category, counts in comparison.coverage().items():
        lines.append(
            f"| {CATEGORY_TITLES[category]} | "
            + " | ".join(str(counts.get(s, 0)) for s in COVERAGE_STATUSES)
            + " |"
        )
    return "\n".join(lines) + "\n"


def expand_inputs(inputs: Iterable[str | Path]) -> list[Path]:
    """Files as given; folders replaced by the files directly inside them, sorted.

    A ``clausecheck batch`` output folder contributes its reports only, not its summary files.
    """
    paths: list[Path] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            batch_output = (path / BATCH_RECORDS_DIR).is_dir()
            paths.extend(
                sorted(
                    p
                    for p in path.iterdir()
                    if p.is_file()
                    and not p.name.startswith(".")
                    and (not batch_output or p.suffix == REPORT_SUFFIX)
                )
            )
        else:
            paths.append(path)
    return paths


def read_saved_report(path: Path) -> Report | None:
    """The report in a ``.json`` file written by ``analyze --format json`` or ``batch``, or None
    when the file is not a clausecheck report (then it is analysed as an agreement)."""
    if path.suffix.lower() != REPORT_SUFFIX:
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    if not isinstance(data, dict) or "schema_version" not in data or "findings" not in data:
        return None
    return Report.from_dict(data)
