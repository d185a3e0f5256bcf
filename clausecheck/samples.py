"""Render the sample agreements in ``corpus/samples/*.txt`` to real PDF and DOCX files.

The PDFs have what real agreements have: a running header and footer with page numbers, bold
headings and wrapped paragraphs, so tests exercise ingest on genuine layout. Run
``python -m clausecheck.samples OUT_DIR`` (or ``make samples``).
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from clausecheck.corpus import DEFAULT_CORPUS_DIR

SAMPLES_DIR = DEFAULT_CORPUS_DIR / "samples"
RUNNING_HEADER = "CONFIDENTIAL — {title}"
RUNNING_FOOTER = "Page {page}"
FONT_SIZE = 10


@dataclass(slots=True)
class SampleLine:
    kind: str  # title | heading | paragraph | table
    text: str
    cells: list[str] | None = None


def sample_paths(samples_dir: Path = SAMPLES_DIR) -> list[Path]:
    """The sample agreements, in name order."""
    return sorted(samples_dir.glob("*.txt"))


def parse_sample(text: str) -> list[SampleLine]:
    """Read the sample format: '# title', '## heading', '| table | row |', paragraphs."""
    lines: list[SampleLine] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("## "):
            lines.append(SampleLine("heading", line[3:].strip()))
        elif line.startswith("# "):
            lines.append(SampleLine("title", line[2:].strip()))
        elif line.startswith("|"):
            cells = [c.strip() for c in line.strip("|").split("|")]
            if all(re.fullmatch(r":?-{2,}:?", c) for c in cells):
                continue
            lines.append(SampleLine("table", line, cells))
        else:
            lines.append(SampleLine("paragraph", line))
    return lines


def render_pdf(lines: list[SampleLine], target: Path) -> Path:
    """Write a paginated PDF with running header and footer."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import LETTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import inch
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    title = next((ln.text for ln in lines if ln.kind == "title"), target.stem)
    body = ParagraphStyle(
        "body", fontName="Times-Roman", fontSize=FONT_SIZE, leading=13, spaceAfter=6
    )
    heading = ParagraphStyle(
        "heading", fontName="Times-Bold", fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=5
    )
    title_style = ParagraphStyle(
        "title", fontName="Times-Bold", fontSize=15, leading=19, alignment=1, spaceAfter=12
    )
    cell = ParagraphStyle("cell", fontName="Times-Roman", fontSize=9, leading=11)

    def furniture(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(inch, LETTER[1] - 0.55 * inch, RUNNING_HEADER.format(title=title.title()))
        canvas.drawCentredString(LETTER[0] / 2, 0.5 * inch, RUNNING_FOOTER.format(page=doc.page))
        canvas.restoreState()

    story: list = []
    table_rows: list[list] = []

    def flush_table() -> None:
        if table_rows:
            table = Table(
                [[Paragraph(escape(c), cell) for c in row] for row in table_rows], repeatRows=1
            )
            table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey)]))
            story.extend([table, Spacer(1, 8)])
            table_rows.clear()

    for line in lines:
        if line.kind == "table":
            table_rows.append(line.cells or [])
            continue
        flush_table()
        style = {"title": title_style, "heading": heading}.get(line.kind, body)
        story.append(Paragraph(escape(line.text), style))
    flush_table()
    doc = SimpleDocTemplate(
        str(target),
        pagesize=LETTER,
        topMargin=inch,
        bottomMargin=inch,
        title=title,
        author="clausecheck sample",
        invariant=1,
    )
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)
    return target


def render_docx(lines: list[SampleLine], target: Path) -> Path:
    """Write a Word file with Title and Heading 1 styles and real tables."""
    import docx

    document = docx.Document()
    pending: list[list[str]] = []

    def flush_table() -> None:
        if pending:
            width = max(len(r) for r in pending)
            table = document.add_table(rows=len(pending), cols=width)
            for r, row in enumerate(pending):
                for c, value in enumerate(row):
                    table.cell(r, c).text = value
            pending.clear()

    for line in lines:
        if line.kind == "table":
            pending.append(line.cells or [])
            continue
        flush_table()
        if line.kind == "title":
            document.add_heading(line.text, level=0)
        elif line.kind == "heading":
            document.add_heading(line.text, level=1)
        else:
            document.add_paragraph(line.text)
    flush_table()
    document.core_properties.author = "clausecheck sample"
    document.save(str(target))
    return target


def render_samples(out_dir: Path, samples_dir: Path = SAMPLES_DIR) -> list[Path]:
    """Render every sample to ``out_dir`` as PDF and DOCX; return the written paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for path in sample_paths(samples_dir):
        lines = parse_sample(path.read_text(encoding="utf-8"))
        written.append(render_pdf(lines, out_dir / f"{path.stem}.pdf"))
        written.append(render_docx(lines, out_dir / f"{path.stem}.docx"))
    return written


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    out_dir = Path(argv[0]) if argv else Path("build/samples")
    for path in render_samples(out_dir):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
