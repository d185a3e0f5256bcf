"""The review report as a PDF (reportlab): the agreement's facts, a summary with the status of
each section, then each section's points in plain words with the reviewer's decisions. A header
and a footer with 'Page 3 of 9' on every page; title, author (the reviewer), subject and date in
the document's properties.

Text is set in Bitstream Vera, which ships inside reportlab, so the output is the same on every
machine and covers what agreements contain: “smart quotes”, €, £, ≥, §, dashes and ellipses.
Status marks are drawn as shapes, not characters, so no font can lack them. Every string is
escaped for reportlab's paragraph markup (``printable``).
"""

from __future__ import annotations

import io
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

from clausecheck.escaping import display_name
from clausecheck.report.content import (
    IssueView,
    Segment,
    agreement_facts,
    correction_lines,
    evidence_clauses,
    evidence_list,
    issue_view,
    issues_in_order,
    open_issues,
    report_title,
    section_title,
    summary_paragraph,
)
from clausecheck.report.settings import ExportSettings, long_date
from clausecheck.report.statuses import STATUS_STYLES, status_style
from clausecheck.report.terms_text import terms_line
from clausecheck.types import Finding, Issue, Report

FONT_NAME = "ClausecheckSans"
FONT_FILES = {
    FONT_NAME: "Vera.ttf",
    f"{FONT_NAME}-Bold": "VeraBd.ttf",
    f"{FONT_NAME}-Italic": "VeraIt.ttf",
    f"{FONT_NAME}-BoldItalic": "VeraBI.ttf",
}
"""The font family (in reportlab's own fonts folder) every paragraph is set in."""
GLYPH_FALLBACKS = {
    "●": "•",
    "○": "•",
    "✓": "v",
    "✔": "v",
    "✗": "x",
    "⚠": "!",
    "☐": "[ ]",
    "\u00a0": " ",
}
"""Characters the font lacks, replaced by the nearest one it has; others become '?'."""
HIGHLIGHT = "#ffe08a"
"""Background of a flagged phrase inside a quote."""
GREY = "#57606a"
DECISION_INK = "#084298"
MARGIN_MM = 18
EVIDENCE_IN_TABLE = 3
"""Clauses named in a summary-table cell; the rest are counted."""
EVIDENCE_IN_SECTION = 8
"""Clauses named under a section's heading; the rest are counted."""
HEADER_TITLE_CHARS = 70
"""Characters of the title in the running header; a long title is cut with '…'."""


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


def _badge_class():
    """The status badge flowable (a class made on first use: reportlab is imported lazily)."""
    from reportlab.lib import colors
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Flowable

    class StatusBadge(Flowable):
        """A rounded badge in the status's colour, with its mark drawn as lines and its word."""

        def __init__(self, status: str, size: float = 8.5) -> None:
            super().__init__()
            self.style = status_style(status)
            self.size = size
            self.height = size * 1.8
            self.text_width = stringWidth(self.style.label, f"{FONT_NAME}-Bold", size)
            self.width = self.height * 1.05 + self.text_width + size * 0.9

        def wrap(self, available_width, available_height):
            return self.width, self.height

        def draw(self) -> None:
            canvas, h, s = self.canv, self.height, self.size
            canvas.saveState()
            canvas.setFillColor(colors.HexColor(self.style.fill))
            canvas.roundRect(0, 0, self.width, h, h / 2, stroke=0, fill=1)
            ink = colors.HexColor(self.style.ink)
            canvas.setStrokeColor(ink)
            canvas.setFillColor(ink)
            canvas.setLineWidth(1.3)
            canvas.setLineCap(1)
            self._icon(canvas, x=h * 0.35, y=h * 0.25, size=h * 0.5)
            canvas.setFont(f"{FONT_NAME}-Bold", s)
            canvas.drawString(h * 1.0, h * 0.5 - s * 0.35, self.style.label)
            canvas.restoreState()

        def _icon(self, canvas, x: float, y: float, size: float) -> None:
            label = self.style.label
            if label == "present":
                path = canvas.beginPath()
                path.moveTo(x, y + size * 0.5)
                path.lineTo(x + size * 0.38, y + size * 0.1)
                path.lineTo(x + size, y + size * 0.95)
                canvas.drawPath(path, stroke=1, fill=0)
            elif label == "missing":
                canvas.line(x + size * 0.1, y + size * 0.1, x + size * 0.9, y + size * 0.9)
                canvas.line(x + size * 0.1, y + size * 0.9, x + size * 0.9, y + size * 0.1)
            elif label == "ambiguous":
                path = canvas.beginPath()
                path.moveTo(x, y)
                path.lineTo(x + size, y)
                path.lineTo(x + size / 2, y + size)
                path.close()
                canvas.setLineWidth(0.9)
                canvas.drawPath(path, stroke=1, fill=0)
                canvas.line(x + size / 2, y + size * 0.38, x + size / 2, y + size * 0.68)
                canvas.circle(x + size / 2, y + size * 0.18, size * 0.05, stroke=0, fill=1)
            elif label == "deviates":
                canvas.line(x, y + size * 0.32, x + size, y + size * 0.32)
                canvas.line(x, y + size * 0.68, x + size, y + size * 0.68)
                canvas.line(x + size * 0.3, y, x + size * 0.7, y + size)
            else:
                canvas.circle(x + size / 2, y + size / 2, size * 0.25, stroke=0, fill=1)

    return StatusBadge


def _styles() -> dict:
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle

    base = ParagraphStyle("body", fontName=FONT_NAME, fontSize=9.5, leading=13.5, spaceAfter=3)
    grey = colors.HexColor(GREY)
    return {
        "body": base,
        "title": ParagraphStyle("title", base, fontSize=18, leading=23, spaceAfter=8),
        "meta": ParagraphStyle("meta", base, fontSize=8.5, textColor=grey),
        "fact": ParagraphStyle("fact", base, spaceAfter=0),
        "label": ParagraphStyle("label", base, spaceAfter=0, textColor=grey),
        "h2": ParagraphStyle("h2", base, fontSize=13, leading=17, spaceBefore=0, spaceAfter=0),
        "summary": ParagraphStyle("summary", base, fontSize=10, leading=14.5, spaceAfter=6),
        "cell": ParagraphStyle("cell", base, spaceAfter=0, fontSize=9, leading=12),
        "issue": ParagraphStyle("issue", base, leftIndent=14, firstLineIndent=-14, spaceBefore=7),
        "detail": ParagraphStyle("detail", base, leftIndent=14),
        "quote": ParagraphStyle(
            "quote", base, leftIndent=24, textColor=colors.HexColor("#24292f"), fontSize=9
        ),
        "suggestion": ParagraphStyle(
            "suggestion", base, leftIndent=14, textColor=colors.HexColor("#0f5132")
        ),
        "decision": ParagraphStyle(
            "decision", base, leftIndent=14, textColor=colors.HexColor(DECISION_INK)
        ),
        "disclaimer": ParagraphStyle("disclaimer", base, fontSize=8.5, textColor=grey),
    }


def _facts_table(facts: list[tuple[str, str]], styles: dict):
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Table, TableStyle

    rows = [
        [Paragraph(printable(label), styles["label"]), Paragraph(printable(value), styles["fact"])]
        for label, value in facts
    ]
    table = Table(rows, colWidths=[32 * mm, 142 * mm], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return table


def _summary_table(report: Report, styles: dict):
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Table, TableStyle

    badge = _badge_class()
    rows = [
        [
            Paragraph(f"<b>{h}</b>", styles["cell"])
            for h in ("Section", "Status", "Where in the agreement", "Open points")
        ]
    ]
    for finding in report.findings:
        where = evidence_list(report, finding, EVIDENCE_IN_TABLE) or "—"
        rows.append(
            [
                Paragraph(printable(section_title(finding.category)), styles["cell"]),
                badge(finding.status),
                Paragraph(printable(where), styles["cell"]),
                Paragraph(str(len(open_issues(finding.issues))), styles["cell"]),
            ]
        )
    table = Table(rows, colWidths=[46 * mm, 27 * mm, 80 * mm, 21 * mm], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#d0d7de")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
            ]
        )
    )
    return table


def _legend(styles: dict):
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Table, TableStyle

    badge = _badge_class()
    rows = [
        [badge(key, size=7.5), Paragraph(printable(style.meaning), styles["meta"])]
        for key, style in STATUS_STYLES.items()
    ]
    table = Table(rows, colWidths=[25 * mm, 149 * mm], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return table


def _issue_flowables(view: IssueView, number: int, styles: dict) -> list:
    from reportlab.platypus import KeepTogether, Paragraph

    grey = f'<font color="{GREY}">' if view.dismissed else "<font>"
    where = f" — {printable(view.location)}" if view.location else ""
    severity_ink = {"high": "#842029", "medium": "#664d03"}.get(view.severity, "#1f2328")
    head = (
        f'{number}.&nbsp;&nbsp;{grey}<b><font color="{severity_ink}">'
        f"{printable(view.severity_title)}</font> · {printable(view.kind)}</b>{where}</font>"
    )
    message = printable(view.message)
    if view.dismissed:
        message = f'<font color="{GREY}"><strike>{message}</strike></font>'
    parts = [Paragraph(head, styles["issue"]), Paragraph(message, styles["detail"])]
    if view.quote:
        quoted = _marked(view.quote)
        if not view.quote[0][0].startswith(("“", '"')):  # a quote of a definition has its own
            quoted = f"“{quoted}”"
        parts.append(Paragraph(quoted, styles["quote"]))
    if view.suggestion:
        parts.append(
            Paragraph(
                f"<b>Suggested change:</b> {printable(view.suggestion)}", styles["suggestion"]
            )
        )
    if view.decision:
        parts.append(Paragraph(f"<i>{printable(view.decision)}</i>", styles["decision"]))
    if view.note:
        parts.append(Paragraph(f"<b>Reviewer's note:</b> {printable(view.note)}", styles["detail"]))
    return [KeepTogether(parts)]


def _issues(report: Report, issues: list[Issue], styles: dict) -> list:
    flowables = []
    for number, issue in enumerate(issues_in_order(issues), start=1):
        flowables += _issue_flowables(issue_view(report, issue), number, styles)
    return flowables


def _section_heading(title: str, status: str | None, styles: dict):
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Table, TableStyle

    cells = [Paragraph(printable(title), styles["h2"])]
    widths = [174 * mm]
    if status is not None:
        badge = _badge_class()(status)
        cells.append(badge)
        widths = [174 * mm - badge.width - 4, badge.width + 4]
    table = Table([cells], colWidths=widths, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 14),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.HexColor("#d0d7de")),
            ]
        )
    )
    return table


def _finding_flowables(report: Report, finding: Finding, styles: dict) -> list:
    from reportlab.platypus import Paragraph

    flowables = [_section_heading(section_title(finding.category), finding.status, styles)]
    terms = terms_line(finding.terms)
    if terms:
        flowables.append(Paragraph(f"<b>Key terms:</b> {printable(terms)}", styles["meta"]))
    if evidence_clauses(report, finding):
        where = evidence_list(report, finding, EVIDENCE_IN_SECTION)
        flowables.append(Paragraph(f"<b>Covered by:</b> {printable(where)}", styles["meta"]))
    if finding.issues:
        flowables += _issues(report, finding.issues, styles)
    else:
        flowables.append(Paragraph("No points to raise.", styles["body"]))
    return flowables


def _numbered_canvas(header: str, right: str, footer: str):
    """A canvas class that writes the running header and 'Page n of N' once every page is
    known (reportlab lays pages out one by one: the total is known only at the end)."""
    from reportlab.lib import colors
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            width, height = self._pagesize
            left, right_edge = MARGIN_MM * 2.8346, width - MARGIN_MM * 2.8346
            self.saveState()
            self.setFont(FONT_NAME, 7.5)
            self.setFillColor(colors.HexColor(GREY))
            self.setStrokeColor(colors.HexColor("#d0d7de"))
            self.setLineWidth(0.4)
            if self._pageNumber > 1:
                self.drawString(left, height - 11 * 2.8346, drawable(header))
                self.drawRightString(right_edge, height - 11 * 2.8346, drawable(right))
                self.line(left, height - 12.5 * 2.8346, right_edge, height - 12.5 * 2.8346)
            self.line(left, 13.5 * 2.8346, right_edge, 13.5 * 2.8346)
            self.drawString(left, 9.5 * 2.8346, drawable(footer))
            self.drawRightString(right_edge, 9.5 * 2.8346, f"Page {self._pageNumber} of {total}")
            self.restoreState()

    return NumberedCanvas


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def to_pdf(report: Report, settings: ExportSettings | None = None) -> bytes:
    """The review report as PDF bytes (A4)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    _font_characters()
    settings = ExportSettings.make(settings).resolve(report)
    styles = _styles()
    title = report_title(report)
    name = display_name(report.document.name)
    when = long_date(settings.review_date)
    by = f"Reviewed by {settings.reviewer}, {when}" if settings.reviewer else f"Reviewed {when}"
    facts = list(agreement_facts(report))
    if settings.reviewer:
        facts.append(("Reviewed by", settings.reviewer))
    facts.append(("Date of review", when))

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_MM * mm,
        rightMargin=MARGIN_MM * mm,
        topMargin=18 * mm,
        bottomMargin=20 * mm,
        title=drawable(title),
        author=drawable(settings.reviewer or "clausecheck"),
        subject=drawable(f"Contract review of {name} against the {report.playbook} playbook"),
        creator="clausecheck",
        keywords=["contract review", report.playbook],
    )
    story = [
        Paragraph(printable(title), styles["title"]),
        _facts_table(facts, styles),
        _section_heading("Summary", None, styles),
        Spacer(1, 2 * mm),
        Paragraph(printable(summary_paragraph(report)), styles["summary"]),
        _summary_table(report, styles),
        Spacer(1, 3 * mm),
        _legend(styles),
    ]
    for finding in report.findings:
        story += _finding_flowables(report, finding, styles)
    if report.issues:
        story.append(_section_heading("The agreement as a whole", None, styles))
        story += _issues(report, report.issues, styles)
    notes = []
    if report.review and report.review.note:
        notes.append(Paragraph(printable(report.review.note), styles["body"]))
    notes += [Paragraph(printable(c), styles["body"]) for c in correction_lines(report)]
    if notes:
        story += [_section_heading("The reviewer's notes", None, styles), Spacer(1, 2 * mm)]
        story += notes
    if report.warnings:
        story += [_section_heading("Reading notes", None, styles), Spacer(1, 2 * mm)]
        story += [Paragraph(printable(w), styles["meta"]) for w in report.warnings]
    if settings.disclaimer:
        story += [
            Spacer(1, 8 * mm),
            Paragraph(printable(settings.disclaimer), styles["disclaimer"]),
        ]
    canvas = _numbered_canvas(
        _short(title, HEADER_TITLE_CHARS), by, _short(f"{name} · {report.playbook} playbook", 90)
    )
    doc.build(story, canvasmaker=canvas)
    return buffer.getvalue()
