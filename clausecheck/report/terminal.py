"""A compact table for the terminal."""

from __future__ import annotations

import shutil
import textwrap

from clausecheck.escaping import display_name, terminal_text
from clausecheck.types import CATEGORY_TITLES, Report

STATUS_WORD = {
    "present": "present",
    "deviates": "DEVIATES",
    "missing": "MISSING",
    "ambiguous": "AMBIGUOUS",
}


SEVERITIES = ("high", "medium", "low", "info")


def _issue_lines(report: Report, issues: list, width: int, limit: int) -> list[str]:
    """Issues by severity, each with its code, clause, page and the quoted words."""
    lines = []
    shown = 0
    for severity in SEVERITIES:
        for issue in (i for i in issues if i.severity == severity):
            if shown == limit:
                lines.append(f"    … {len(issues) - limit} more (use --format md for all)")
                return lines
            clause = report.clause(issue.clause_id) if issue.clause_id else None
            where = ", ".join(
                part
                for part in (
                    f"clause {clause.number.rstrip('.')}"
                    if clause is not None and clause.number
                    else "",
                    f"p. {issue.page}" if issue.page else "",
                )
                if part
            )
            head = (
                f"[{severity}] {issue.code}"
                + (f" ({where})" if where else "")
                + f": {terminal_text(issue.message)}"
            )
            for n, chunk in enumerate(textwrap.wrap(head, width - 6)):
                lines.append(("  - " if n == 0 else "    ") + chunk)
            if issue.quote and issue.code != "missing":
                text = terminal_text(" ".join(issue.quote.split()))
                quote = text if len(text) <= width - 10 else text[: width - 11] + "…"
                lines.append(f'      "{quote}"')
            shown += 1
    return lines


def to_table(report: Report, width: int | None = None, limit: int = 4) -> str:
    """Categories with status and evidence pages, then each one's issues by severity."""
    width = width or min(shutil.get_terminal_size((100, 20)).columns, 120)
    doc = report.document
    lines = [
        f"{display_name(doc.name)}  ({doc.format}, {_pages(doc.pages)}, {len(report.clauses)} clauses, playbook {terminal_text(report.playbook)})",
        "",
        f"{'CATEGORY':<36} {'STATUS':<10} {'PAGES':<10} ISSUES",
    ]
    for finding in report.findings:
        pages = sorted(
            {c.page for c in (report.clause(i) for i in finding.clause_ids) if c and c.page}
        )
        page_text = ",".join(str(p) for p in pages[:4]) + ("…" if len(pages) > 4 else "")
        lines.append(
            f"{CATEGORY_TITLES[finding.category]:<36} {STATUS_WORD[finding.status]:<10} {page_text or '-':<10} {len(finding.issues)}"
        )
    for finding in report.findings:
        if finding.issues:
            lines += ["", f"{CATEGORY_TITLES[finding.category]} — {finding.status}"]
            lines += _issue_lines(report, finding.issues, width, limit)
    if report.issues:
        lines += ["", "Whole document"]
        lines += _issue_lines(report, report.issues, width, limit)
    return "\n".join(lines) + "\n"


def _pages(count: int | None) -> str:
    """'1 page', '8 pages', or 'no page numbers' for a text file."""
    if not count:
        return "no page numbers"
    return f"{count} page" + ("" if count == 1 else "s")
