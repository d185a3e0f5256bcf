"""The gap report as a PDF (reportlab): title, summary of statuses, evidence, issues and quotes.

Text is set in Bitstream Vera, which ships inside reportlab, so the output is the same on every
machine and covers what agreements contain: “smart quotes”, €, £, ≥, §, dashes and ellipses.
"""

from __future__ import annotations

import io
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

from clausecheck.escaping import display_name
from clausecheck.report.content import (
    Segment,
    document_line,
    evidence_list,
    evidence_pages,
    issue_location,
    pages_text,
    quote_segments,
)
from clausecheck.report.markdown import SEVERITY_TITLES
from clausecheck.report.terms_text import terms_line
from clausecheck.types import CATEGORY_TITLES, Finding, Issue, Report

FONT_NAME = "ClausecheckSans"
FONT_FILES = {
    FONT_NAME: "Vera.ttf",
    f"{FONT_NAME}-Bold": "VeraBd.ttf",
    f"{FONT_NAME}-Italic": "VeraIt.ttf",
    f"{FONT_NAME}-BoldItalic": "VeraBI.ttf",
}
"""The font family (in reportlab's own fonts folder) every paragraph is set in."""
GLYPH_FALLBACKS = {"●": "•", "○": "•", "✓": "v", "✔": "v", "☐": "[ ]", "\u00a0": " "}
"""Characters the font lacks, replaced by the nearest one it has; others become '?'."""
STATUS_COLOURS = {
    "present": "#d1e7dd",
    "deviates": "#e2d9f3",
    "ambiguous": "#fff3cd",
    "missing": "#f8d7da",
}
HIGHLIGHT = "#ffe08a"
"""Background of a flagged phrase inside a quote."""


@lru_cache(maxsize=1)
def _font_characters() -> frozenset[int]:
    """Register the font family once and return the code points it can draw."""
    import reportlab
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    folder = Path(reportlab.__file__).resolve().parent / "fonts"
    fonts = {name: TTFont(name, str(folder / file)) for name, file in FONT_FILES.items()}
    for font in fonts.values():
        pdfmetrics.registerFont(font)
    for bold, italic, suffix in (
        (0, 0, ""),
        (1, 0, "-Bold"),
        (0, 1, "-Italic"),
        (1, 1, "-BoldItalic"),
    ):
        addMapping(FONT_NAME, bold, italic, FONT_NAME + suffix)
    return frozenset(fonts[FONT_NAME].face.charToGlyph)


def drawable(text: str) -> str:
    """``text`` with the characters the font cannot draw replaced by ones it can."""
    known = _font_characters()
    return "".join(c if ord(c) in known else GLYPH_FALLBACKS.get(c, "?") for c in text)


def printable(text: str) -> str:
    """``text`` made drawable and escaped for reportlab's paragraph markup."""
    return escape(drawable(text))


def _marked(segments: list[Segment]) -> str:
    return "".join(
        f'<font backColor="{HIGHLIGHT}"><b>{printable(t)}</b></font>' if flagged else printable(t)
        for t, flagged in segments
    )


def _styles() -> dict:
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle

    base = ParagraphStyle("body", fontName=FONT_NAME, fontSize=9.5, leading=13, spaceAfter=3)
    return {
        "body": base,
        "title": ParagraphStyle("title", base, fontSize=17, leading=22, spaceAfter=4),
        "meta": ParagraphStyle("meta", base, fontSize=8.5, textColor=colors.HexColor("#57606a")),
        "h2": ParagraphStyle("h2", base, fontSize=12.5, leading=16, spaceBefore=12, spaceAfter=4),
        "cell": ParagraphStyle("cell", base, spaceAfter=0),
        "issue": ParagraphStyle("issue", base, leftIndent=10, spaceBefore=4),
        "quote": ParagraphStyle(
            "quote", base, leftIndent=22, textColor=colors.HexColor("#24292f"), fontSize=9
        ),
        "suggestion": ParagraphStyle(
            "suggestion", base, leftIndent=22, textColor=colors.HexColor("#0f5132")
        ),
    }


def _summary_table(report: Report, styles: dict):
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Table, TableStyle

    rows = [
        [
            Paragraph(f"<b>{h}</b>", styles["cell"])
            for h in ("Category", "Status", "Pages", "Issues")
        ]
    ]
    commands = [
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#d0d7de")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]
    for row, finding in enumerate(report.findings, start=1):
        rows.append(
            [
                Paragraph(printable(CATEGORY_TITLES[finding.category]), styles["cell"]),
                Paragraph(f"<b>{finding.status}</b>", styles["cell"]),
                Paragraph(printable(pages_text(evidence_pages(report, finding))), styles["cell"]),
                Paragraph(str(len(finding.issues)), styles["cell"]),
            ]
        )
        colour = colors.HexColor(STATUS_COLOURS[finding.status])
        commands.append(("BACKGROUND", (1, row), (1, row), colour))
    table = Table(rows, colWidths=[70 * mm, 30 * mm, 50 * mm, 20 * mm], hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table


def _issue_flowables(report: Report, issues: list[Issue], styles: dict) -> list:
    from reportlab.platypus import Paragraph

    flowables = []
    for issue in issues:
        location = issue_location(report, issue)
        where = f" ({printable(location)})" if location else ""
        flowables.append(
            Paragraph(
                f"<b>{SEVERITY_TITLES[issue.severity]}</b> · {printable(issue.code)}{where}: "
                f"{printable(issue.message)}",
                styles["issue"],
            )
        )
        quote = quote_segments(report, issue)
        if quote:
            flowables.append(Paragraph(f"“{_marked(quote)}”", styles["quote"]))
        if issue.suggestion:
            flowables.append(
                Paragraph(f"Suggestion: {printable(issue.suggestion)}", styles["suggestion"])
            )
    return flowables


def _finding_flowables(report: Report, finding: Finding, styles: dict) -> list:
    from reportlab.platypus import Paragraph

    flowables = [
        Paragraph(
            f"{printable(CATEGORY_TITLES[finding.category])} — {finding.status}", styles["h2"]
        )
    ]
    terms = terms_line(finding.terms)
    if terms:
        flowables.append(Paragraph(f"<b>Key terms:</b> {printable(terms)}", styles["body"]))
    evidence = evidence_list(report, finding)
    if evidence:
        flowables.append(Paragraph(f"<b>Evidence:</b> {printable(evidence)}", styles["body"]))
    if finding.issues:
        flowables += _issue_flowables(report, finding.issues, styles)
    else:
        flowables.append(Paragraph("No issues found.", styles["body"]))
    return flowables


def to_pdf(report: Report) -> bytes:
    """The gap report as PDF bytes (A4)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    _font_characters()
    styles = _styles()
    name = display_name(report.document.name)

    def footer(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(FONT_NAME, 7.5)
        canvas.drawString(18 * mm, 10 * mm, drawable(f"Gap report: {name}"))
        canvas.drawRightString(A4[0] - 18 * mm, 10 * mm, f"Page {doc.page}")
        canvas.restoreState()

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=18 * mm,
        title=f"Gap report: {name}",
        author="clausecheck",
    )
    story = [
        Paragraph(f"Gap report: {printable(name)}", styles["title"]),
        Paragraph(printable(document_line(report)), styles["meta"]),
        Spacer(1, 6 * mm),
        _summary_table(report, styles),
    ]
    for finding in report.findings:
        story += _finding_flowables(report, finding, styles)
    if report.issues:
        story.append(Paragraph("Whole document", styles["h2"]))
        story += _issue_flowables(report, report.issues, styles)
    if report.warnings:
        story.append(Paragraph("Warnings", styles["h2"]))
        story += [Paragraph(printable(w), styles["body"]) for w in report.warnings]
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
