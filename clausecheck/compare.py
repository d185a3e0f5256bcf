"""Agreements side by side: one row per agreement, each category's status and the key terms
procurement compares, every value with its source.

``compare_reports(reports) -> Comparison`` builds the rows; ``to_csv``, ``to_xlsx`` and
``to_markdown`` write them. Every term is read from the report's one extraction
(``Report.key_terms``) or, for rates, service levels and data protection, from its findings.
``load_reports`` accepts agreements (analysed on the way), saved JSON reports, and folders of
either (a ``clausecheck batch`` output folder is a folder of reports).
"""

from __future__ import annotations

import csv
import io
import json
import statistics
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Literal

from clausecheck.escaping import csv_row, xlsx_cell, xlsx_row, xml_text
from clausecheck.report.terms_text import measured_metrics_text, term_text
from clausecheck.types import CATEGORY_TITLES, KeyTerm, Report

OUTLIER_RATIO = 1.5
"""A number this many times above (or below) the median of comparable values is an outlier."""
MIN_AGREEMENTS_FOR_OUTLIERS = 3
"""Fewer comparable values than this have no meaningful 'usual' value to differ from."""
COVERAGE_STATUSES: tuple[str, ...] = ("present", "deviates", "ambiguous", "missing")
"""The coverage columns, best first: the statuses of ``types.STATUSES`` in reading order."""
REPORT_SUFFIX = ".json"
BATCH_RECORDS_DIR = ".clausecheck-batch"
"""The folder a ``clausecheck batch`` output keeps its per-document records in; its presence
marks a batch output folder, whose agreements are its ``.json`` reports only."""
NOT_FOUND = "not found"
"""A yes/no term the agreement was searched for and not found: not the same as 'no'."""
MAX_COMMENT = 600
"""A cell comment longer than this is cut: the quote, not the clause."""

Kind = Literal["days", "date", "flag", "text", "money", "rates"]


@dataclass(slots=True)
class Cell:
    """One value of one agreement: its text, its typed value, and where it was read.

    ``value`` is an ``int`` for days, a ``date`` for dates, a ``bool`` for yes/no, a ``float``
    for a sum, text otherwise, None when not found. ``groups`` holds the numbers that are
    comparable only within a group (a rate per currency and basis: ``{'USD per hour': 28.5}``).
    """

    text: str = ""
    value: Any = None
    clause_id: str | None = None
    page: int | None = None
    quote: str = ""
    groups: dict[str, float] = field(default_factory=dict)
    clause: str = ""
    """How a reader finds the clause: 'clause 10.2 Renewal'."""

    @property
    def source(self) -> str:
        """'clause 10.2 Renewal, page 4', or '' when the value has no source."""
        if not self.clause_id:
            return ""
        page = f", page {self.page}" if self.page is not None else ""
        return f"{self.clause or 'clause ' + self.clause_id}{page}"


@dataclass(frozen=True, slots=True)
class TermColumn:
    """One key-term column: its key, title, kind and how a report's cell is read."""

    key: str
    title: str
    kind: Kind
    read: Callable[[Report], Cell]

    @property
    def numeric(self) -> bool:
        return self.kind in ("days", "money")


def _from_key_term(term: KeyTerm | None, kind: Kind) -> Cell:
    if term is None:
        return Cell(NOT_FOUND if kind == "flag" else "")
    value = term.value
    if kind == "date":
        try:
            value = date.fromisoformat(str(term.value))
        except ValueError:
            value = None
    if kind == "flag":
        text = "yes" if term.value is True else "no"
    elif isinstance(term.value, list):
        text = ", ".join(str(v) for v in term.value)
    else:
        text = str(term.value)
    groups = {}
    if kind == "money":
        # A cap stated as a formula ('fees paid in the last 12 months') has no number.
        value = term.amount
        if term.amount is not None:
            groups = {term.currency or "?": term.amount}
    return Cell(text, value, term.clause_id, term.page, term.quote, groups)


def _key(name: str, kind: Kind) -> Callable[[Report], Cell]:
    def read(report: Report) -> Cell:
        from clausecheck.report.content import clause_name  # the exporters load lazily

        cell = _from_key_term(report.key_terms.get(name), kind)
        cell.clause = clause_name(report, cell.clause_id)
        return cell

    return read


def _finding_cell(report: Report, category: str, text: str | None, value: Any = None) -> Cell:
    """A finding's term, sourced to the finding's first evidence clause."""
    from clausecheck.report.content import clause_name  # the exporters load lazily

    if text is None:
        return Cell("")
    finding = report.finding(category)
    first = report.clause(finding.clause_ids[0]) if finding and finding.clause_ids else None
    return Cell(
        text,
        value if value is not None else text,
        first.id if first else None,
        first.page if first else None,
        first.text if first else "",
        clause=clause_name(report, first.id) if first else "",
    )


def _finding_term(category: str, key: str) -> Callable[[Report], Cell]:
    def read(report: Report) -> Cell:
        finding = report.finding(category)
        value = finding.terms.get(key) if finding is not None else None
        return _finding_cell(report, category, term_text(key, value))

    return read


CURRENCY_CODES = {"$": "USD", "US$": "USD", "£": "GBP", "€": "EUR", "C$": "CAD", "A$": "AUD"}


def _rates(report: Report) -> Cell:
    """Rates with a basis, grouped by currency and basis ('USD per hour'), each comparable only
    with the same currency and basis in other agreements."""
    finding = report.finding("pricing")
    amounts = (finding.terms.get("amounts") if finding else None) or []
    rated = [a for a in amounts if a.get("basis") and a.get("amount") is not None]
    if not rated:
        return Cell("")
    groups: dict[str, float] = {}
    for amount in rated:
        currency = CURRENCY_CODES.get(amount.get("currency") or "", amount.get("currency") or "?")
        groups.setdefault(f"{currency.upper()} per {amount['basis']}", float(amount["amount"]))
    text = "; ".join(f"{value:g} {group}" for group, value in groups.items())
    cell = _finding_cell(report, "pricing", text)
    cell.groups = groups
    return cell


def _sla_targets(report: Report) -> Cell:
    finding = report.finding("sla")
    metrics = (finding.terms.get("metrics") if finding else None) or []
    return _finding_cell(report, "sla", ", ".join(measured_metrics_text(metrics)) or None)


PROVISIONS: tuple[tuple[str, str], ...] = (
    ("exclusivity", "Exclusivity"),
    ("non_compete", "Non-compete"),
    ("non_solicitation", "Non-solicitation"),
    ("anti_assignment", "Assignment needs consent"),
    ("change_of_control", "Change of control"),
    ("audit_rights", "Audit rights"),
    ("minimum_commitment", "Minimum commitment"),
    ("insurance", "Insurance"),
    ("most_favoured_nation", "Most favoured nation"),
    ("liquidated_damages", "Liquidated damages"),
    ("ip_assignment", "IP assigned"),
    ("uncapped_liability", "Uncapped liability"),
    ("post_termination_services", "Post-termination services"),
)

TERM_COLUMNS: tuple[TermColumn, ...] = (
    TermColumn("parties", "Parties", "text", _key("parties", "text")),
    TermColumn("effective_date", "Effective date", "date", _key("effective_date", "date")),
    TermColumn("expiration_date", "Expiry", "date", _key("expiration_date", "date")),
    TermColumn(
        "initial_term_days", "Initial term (days)", "days", _key("initial_term_days", "days")
    ),
    TermColumn("auto_renewal", "Auto-renewal", "flag", _key("auto_renewal", "flag")),
    TermColumn(
        "renewal_term_days", "Renewal term (days)", "days", _key("renewal_term_days", "days")
    ),
    TermColumn(
        "renewal_notice_days",
        "Notice to stop renewal (days)",
        "days",
        _key("renewal_notice_days", "days"),
    ),
    TermColumn(
        "renewal_notice_deadline",
        "Renewal notice deadline",
        "date",
        _key("renewal_notice_deadline", "date"),
    ),
    TermColumn(
        "termination_for_convenience",
        "Termination for convenience",
        "flag",
        _key("termination_for_convenience", "flag"),
    ),
    TermColumn(
        "convenience_notice_days",
        "Convenience notice (days)",
        "days",
        _key("convenience_notice_days", "days"),
    ),
    TermColumn("cure_days", "Cure (days)", "days", _key("cure_days", "days")),
    TermColumn("governing_law", "Law chosen", "text", _key("governing_law", "text")),
    TermColumn("courts", "Courts", "text", _key("courts", "text")),
    TermColumn("payment_days", "Payment (days)", "days", _key("payment_days", "days")),
    TermColumn(
        "late_payment_interest", "Late interest", "text", _key("late_payment_interest", "text")
    ),
    TermColumn("rates", "Rates", "rates", _rates),
    TermColumn("liability_cap", "Liability cap", "money", _key("liability_cap", "money")),
    TermColumn("sla_targets", "SLA targets", "text", _sla_targets),
    TermColumn(
        "service_credit", "Credit per failure", "text", _finding_term("sla", "service_credit")
    ),
    TermColumn(
        "service_credit_cap", "Credit cap", "text", _finding_term("sla", "service_credit_cap")
    ),
    TermColumn(
        "confidentiality_survival",
        "Confidentiality",
        "text",
        _finding_term("confidentiality", "survival"),
    ),
    TermColumn(
        "data_protection",
        "Data protection",
        "text",
        _finding_term("confidentiality", "data_protection"),
    ),
    *(TermColumn(name, title, "flag", _key(name, "flag")) for name, title in PROVISIONS),
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
    """One agreement: its status per category and its key terms (empty cells: not read).

    A document a batch could not analyse is a row with no statuses or terms and a failed ``run``.
    """

    document: str
    sha256: str
    statuses: dict[str, str]
    cells: dict[str, Cell]
    high_issues: int
    run: RunInfo | None = None

    @property
    def terms(self) -> dict[str, str | None]:
        """Each term as text, None where nothing was found."""
        return {
            key: (cell.text if cell.text and cell.text != NOT_FOUND else None)
            for key, cell in self.cells.items()
        }

    @property
    def numbers(self) -> dict[str, float | None]:
        """Each numeric term as a number, None where nothing was found."""
        columns = {c.key: c for c in TERM_COLUMNS}
        return {
            key: (
                float(cell.value)
                if columns[key].numeric and isinstance(cell.value, int | float)
                else None
            )
            for key, cell in self.cells.items()
        }

    @classmethod
    def failed(cls, document: str, sha256: str, run: RunInfo) -> ComparisonRow:
        """The row of a document that has no report, with the reason in ``run``."""
        return cls(document, sha256, {}, {column.key: Cell() for column in TERM_COLUMNS}, 0, run)


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

    def keys(self) -> list[str]:
        """The key of each column of ``table``, in order."""
        return [
            "document",
            *self.categories,
            *(column.key for column in TERM_COLUMNS),
            "high_issues",
            "outliers",
            *(RUN_COLUMNS if self.has_runs() else ()),
        ]

    def header(self) -> list[str]:
        return [
            "Agreement",
            *(CATEGORY_TITLES[c] for c in self.categories),
            *(column.title for column in TERM_COLUMNS),
            "High-severity issues",
            "Outliers",
            *(RUN_COLUMNS if self.has_runs() else ()),
        ]

    def table(self) -> tuple[list[str], list[list[str]]]:
        """Header and rows of text, as the CSV and Markdown outputs show them."""
        body = []
        for row in self.rows:
            marks = [reason for (sha, _), reason in self.outliers.items() if sha == row.sha256]
            failed = row.run is not None and row.run.status == "failed"
            body.append(
                [
                    row.document,
                    *(row.statuses.get(c, "" if failed else "n/a") for c in self.categories),
                    *(row.cells[column.key].text for column in TERM_COLUMNS),
                    "" if failed else str(row.high_issues),
                    "; ".join(marks),
                    *(_run_cells(row.run) if self.has_runs() else ()),
                ]
            )
        return self.header(), body


def _run_cells(run: RunInfo | None) -> list[str]:
    if run is None:
        return [""] * len(RUN_COLUMNS)
    pages = "" if run.pages is None else str(run.pages)
    seconds = "" if run.seconds is None else f"{run.seconds:.2f}"
    return [run.source, run.status, pages, seconds, run.reason]


def compare_reports(reports: Sequence[Report], runs: Sequence[RunInfo] | None = None) -> Comparison:
    """Build the comparison of ``reports`` (one row each) and mark outliers.

    ``runs``, one per report in the same order, adds the batch columns (source, pages, seconds).
    """
    if runs is not None and len(runs) != len(reports):
        raise ValueError(f"{len(runs)} runs for {len(reports)} reports")
    categories = list(dict.fromkeys(f.category for report in reports for f in report.findings))
    rows = [
        ComparisonRow(
            document=report.document.name,
            sha256=report.document.sha256,
            statuses={f.category: f.status for f in report.findings},
            cells={column.key: column.read(report) for column in TERM_COLUMNS},
            high_issues=sum(1 for f in report.findings for i in f.issues if i.severity == "high"),
            run=runs[index] if runs is not None else None,
        )
        for index, report in enumerate(reports)
    ]
    comparison = Comparison(categories=categories, rows=rows)
    comparison.outliers = find_outliers(comparison)
    return comparison


def _comparable_values(
    rows: list[ComparisonRow], column: TermColumn
) -> dict[str, list[tuple[str, float]]]:
    """(sha256, number) per comparability group: days are all one group; a sum or a rate is
    comparable only with the same currency (and basis)."""
    groups: dict[str, list[tuple[str, float]]] = {}
    for row in rows:
        cell = row.cells[column.key]
        if column.kind == "days" and isinstance(cell.value, int):
            groups.setdefault("days", []).append((row.sha256, float(cell.value)))
        for group, number in cell.groups.items():
            groups.setdefault(group, []).append((row.sha256, number))
    return groups


def find_outliers(comparison: Comparison) -> dict[tuple[str, str], str]:
    """Numbers far from the median of comparable values, and gaps where most agreements have
    the clause."""
    outliers: dict[tuple[str, str], str] = {}
    rows = comparison.rows
    for column in (c for c in TERM_COLUMNS if c.kind in ("days", "money", "rates")):
        for group, values in _comparable_values(rows, column).items():
            if len(values) < MIN_AGREEMENTS_FOR_OUTLIERS:
                continue
            median = statistics.median(v for _, v in values)
            if median <= 0:
                continue
            for sha, value in values:
                if value > median * OUTLIER_RATIO or value < median / OUTLIER_RATIO:
                    unit = "" if group == "days" else f" {group}"
                    outliers[(sha, column.key)] = (
                        f"{column.title.lower()} {value:g}{unit} vs median {median:g}"
                    )
    if len(rows) < MIN_AGREEMENTS_FOR_OUTLIERS:
        return outliers
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
    """The comparison as CSV (UTF-8, one row per agreement), no cell readable as a formula."""
    header, body = comparison.table()
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(csv_row(header))
    writer.writerows(csv_row(values) for values in body)
    return buffer.getvalue()


def _xlsx_value(column: TermColumn | None, cell: Cell | None, text: str) -> Any:
    """What an XLSX cell holds: numbers as numbers, dates as dates, text as (safe) text."""
    if column is not None and cell is not None and cell.value is not None:
        if column.kind == "days" and isinstance(cell.value, int):
            return cell.value
        if column.kind == "date" and isinstance(cell.value, date):
            return cell.value
        if column.kind == "money" and isinstance(cell.value, float):
            return cell.value
    return text or None


def to_xlsx(comparison: Comparison) -> bytes:
    """The comparison as an Excel workbook: one row per agreement with typed cells, a frozen
    header and a filter, each value's source in a comment and in the Sources sheet; coverage."""
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    header, body = comparison.table()
    keys = comparison.keys()
    columns = {column.key: column for column in TERM_COLUMNS}
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Comparison"
    xlsx_row(sheet, header)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    from clausecheck.report.statuses import STATUS_STYLES

    fills = {
        key: PatternFill("solid", fgColor=style.fill.lstrip("#").upper())
        for key, style in STATUS_STYLES.items()
    }
    outlier_fill = PatternFill("solid", fgColor="F5C2C7")
    sources = workbook.create_sheet("Sources")
    xlsx_row(sources, ["Agreement", "Term", "Value", "Clause", "Page", "Quote"])
    for cell in sources[1]:
        cell.font = Font(bold=True)
    for row_number, (row, values) in enumerate(zip(comparison.rows, body, strict=True), start=2):
        for column_number, (key, text) in enumerate(zip(keys, values, strict=True), start=1):
            column = columns.get(key)
            term = row.cells.get(key) if column else None
            cell = xlsx_cell(sheet, row_number, column_number, _xlsx_value(column, term, text))
            if column is not None and column.kind == "date" and isinstance(cell.value, date):
                cell.number_format = "yyyy-mm-dd"
            if key in comparison.categories and text in fills:
                cell.fill = fills[text]
            if (row.sha256, key) in comparison.outliers:
                cell.fill = outlier_fill
                cell.font = Font(bold=True)
            if term is not None and term.source:
                quote = " ".join(term.quote.split())
                if len(quote) > MAX_COMMENT:
                    quote = quote[:MAX_COMMENT] + " …"
                cell.comment = Comment(xml_text(f"{term.source}\n{quote}"), "clausecheck")
                xlsx_row(
                    sources,
                    [
                        row.document,
                        column.title,
                        term.text,
                        term.clause or term.clause_id or "",
                        term.page,
                        quote,
                    ],
                )
    for index, title in enumerate(header, start=1):
        widest = max([len(title), *(len(str(values[index - 1])) for values in body)])
        sheet.column_dimensions[get_column_letter(index)].width = min(40, max(10, widest + 2))
    sheet.freeze_panes = "B2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(header))}{max(1, len(body) + 1)}"
    sources.freeze_panes = "A2"
    sources.auto_filter.ref = f"A1:F{sources.max_row}"
    for letter, width in zip("ABCDEF", (30, 28, 30, 12, 8, 90), strict=True):
        sources.column_dimensions[letter].width = width
    coverage = workbook.create_sheet("Coverage")
    xlsx_row(coverage, ["Category", *COVERAGE_STATUSES])
    for category, counts in comparison.coverage().items():
        xlsx_row(
            coverage,
            [
                CATEGORY_TITLES[category],
                *(counts.get(s, 0) for s in COVERAGE_STATUSES),
            ],
        )
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def to_markdown(comparison: Comparison) -> str:
    """The comparison as a Markdown table, outliers in bold, then the coverage counts."""
    from clausecheck.escaping import markdown_text

    header, body = comparison.table()
    keys = comparison.keys()
    lines = [
        f"# Comparison of {len(comparison.rows)} agreements",
        "",
        "| " + " | ".join(markdown_text(title) for title in header) + " |",
        "|" + "---|" * len(header),
    ]
    for row, values in zip(comparison.rows, body, strict=True):
        cells = []
        for key, value in zip(keys, values, strict=True):
            text = markdown_text(value)
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
