"""A compact table for the terminal."""

from __future__ import annotations

import shutil
import textwrap

from clausecheck.types import CATEGORY_TITLES, Report

STATUS_WORD = {"present": "present", "missing": "MISSING", "ambiguous": "AMBIGUOUS"}


def to_table(report: Report, width: int | None = None) -> str:
    """Categories with status, evidence pages and the top issues, wrapped to the terminal."""
    width = width or min(shutil.get_terminal_size((100, 20)).columns, 120)
    doc = report.document
    lines = [
        f"{doc.name}  ({doc.format}, {doc.pages or '?'} page(s), {len(report.clauses)} clauses, playbook {report.playbook})",
        "",
    ]
    lines.append(f"{'CATEGORY':<36} {'STATUS':<10} {'PAGES':<10} ISSUES")
    for finding in report.findings:
        pages = sorted(
            {c.page for c in (report.clause(i) for i in finding.clause_ids) if c and c.page}
        )
        page_text = ",".join(str(p) for p in pages[:4]) + ("…" if len(pages) > 4 else "")
        lines.append(
            f"{CATEGORY_TITLES[finding.category]:<36} {STATUS_WORD[finding.status]:<10} {page_text or '-':<10} {len(finding.issues)}"
        )
        for issue in [i for i in finding.issues if i.severity == "high"][:3]:
            for n, chunk in enumerate(textwrap.wrap(issue.message, width - 6)):
                lines.append(("  - " if n == 0 else "    ") + chunk)
    if report.issues:
        lines += ["", "Whole document:"]
        for issue in report.issues[:6]:
            for n, chunk in enumerate(
                textwrap.wrap(f"[{issue.severity}] {issue.message}", width - 6)
            ):
                lines.append(("  - " if n == 0 else "    ") + chunk)
    return "\n".join(lines) + "\n"
