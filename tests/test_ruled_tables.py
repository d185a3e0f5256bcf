"""Ruled tables in PDFs are read row by row, cell by cell, by both engines.

A service-level schedule whose target cell wraps ("Average score of 90% or" over "higher")
was read line by line: the wrapped line landed after the next cells, and the quality score's
target became the credit column's 2%. Every PDF here is drawn by the test (reportlab), with
tables written for it; the sample agreements are rendered by the project's own renderer.
"""

from __future__ import annotations

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from clausecheck.analysis import analyze
from clausecheck.ingest import PDF_ENGINES, read_document
from clausecheck.ingest.tables import MAX_RULES_PER_PAGE, Rule, find_grids, shape_rules
from clausecheck.samples import parse_sample, render_docx, render_pdf, sample_paths

BODY = ParagraphStyle("body", fontName="Times-Roman", fontSize=10, leading=13, spaceAfter=6)
CELL = ParagraphStyle("cell", fontName="Times-Roman", fontSize=9, leading=11)


def _story_pdf(path, story):
    SimpleDocTemplate(str(path), pagesize=LETTER).build(story)
    return path


def _table(rows, style=(("GRID", (0, 0), (-1, -1), 0.5, colors.black),), widths=None):
    table = Table([[Paragraph(c, CELL) for c in row] for row in rows], colWidths=widths)
    table.setStyle(TableStyle(list(style)))
    return table


def _blocks(path, engine):
    return [(b.kind, b.text) for b in read_document(path, engine=engine).blocks]


CREDITS = [
    ["Metric", "Target", "Credit"],
    ["Handle time", "Mean handle time of no more than 240 seconds per contact", "2%"],
    ["Customer satisfaction", "Post-call survey score of 85% or higher", "1.5%"],
]


@pytest.mark.parametrize("engine", PDF_ENGINES)
def test_a_wrapped_cell_is_read_whole_in_its_row(tmp_path, engine):
    pdf = _story_pdf(
        tmp_path / "schedule.pdf",
        [
            Paragraph("Schedule 2. Service levels and credits are set out below.", BODY),
            _table(CREDITS, widths=[110, 110, 60]),
            Paragraph("The credits are the Client's sole remedy for a missed target.", BODY),
        ],
    )
    blocks = _blocks(pdf, engine)
    rows = [text for kind, text in blocks if kind == "table"]
    assert rows == [" | ".join(row) for row in CREDITS]
    # in reading order, between the paragraphs around the table
    kinds = [kind for kind, _ in blocks]
    assert kinds == ["paragraph", "table", "table", "table", "paragraph"], blocks


def test_both_engines_cut_a_table_into_the_same_rows(tmp_path):
    pdf = _story_pdf(tmp_path / "rates.pdf", [_table(CREDITS, widths=[120, 150, 70])])
    assert _blocks(pdf, "pdfplumber") == _blocks(pdf, "pdfium")


@pytest.mark.parametrize("engine", PDF_ENGINES)
def test_a_table_ruled_only_between_rows_and_columns_inside_is_read_by_cells(tmp_path, engine):
    inner = (
        ("INNERGRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("BOX", (0, 0), (-1, -1), 1.0, colors.black),
    )
    pdf = _story_pdf(tmp_path / "inner.pdf", [_table(CREDITS, inner, widths=[110, 110, 60])])
    assert [t for k, t in _blocks(pdf, engine) if k == "table"][1] == " | ".join(CREDITS[1])


@pytest.mark.parametrize("engine", PDF_ENGINES)
def test_shading_behind_lines_of_text_is_not_a_table(tmp_path, engine):
    """Filled boxes without borders (a highlighter, a shaded paragraph) draw no rules."""
    pdf = tmp_path / "shaded.pdf"
    page = canvas.Canvas(str(pdf), pagesize=LETTER)
    lines = [
        "Each Party may publish a press release about this Agreement,",
        "provided that no release contains the other Party's Confidential",
        "Information without that Party's prior written consent.",
    ]
    y = 600
    for n, line in enumerate(lines):
        page.setFillColor(colors.Color(0.95, 0.95, 0.8))
        page.rect(70, y - 3, 240 + 60 * (n % 2), 13, stroke=0, fill=1)
        page.rect(320 + 60 * (n % 2), y - 3, 150, 13, stroke=0, fill=1)
        page.setFillColor(colors.black)
        page.setFont("Helvetica", 10)
        page.drawString(72, y, line)
        y -= 13
    page.save()
    blocks = _blocks(pdf, engine)
    assert [kind for kind, _ in blocks] == ["paragraph"], blocks
    assert blocks[0][1] == " ".join(lines)


@pytest.mark.parametrize("engine", PDF_ENGINES)
def test_a_signature_block_in_a_grid_stays_text(tmp_path, engine):
    signatures = [
        ["HALDANE FREIGHT LIMITED", "MORROW CONTACT SERVICES LLC"],
        ["By: /s/ Iona Pryce", "By: /s/ Callum Reid"],
        ["Name: Iona Pryce", "Name: Callum Reid"],
    ]
    pdf = _story_pdf(
        tmp_path / "signed.pdf",
        [Paragraph("IN WITNESS WHEREOF the Parties have signed this Agreement.", BODY)]
        + [_table(signatures, widths=[200, 200])],
    )
    assert all(kind != "table" for kind, _ in _blocks(pdf, engine))


@pytest.mark.parametrize("engine", PDF_ENGINES)
def test_a_frame_round_one_paragraph_is_not_a_table(tmp_path, engine):
    frame = [["NOTICE: THIS AGREEMENT CONTAINS A BINDING ARBITRATION CLAUSE."]]
    pdf = _story_pdf(tmp_path / "frame.pdf", [_table(frame, widths=[400])])
    assert [kind for kind, _ in _blocks(pdf, engine)] != ["table"]
    assert "BINDING ARBITRATION" in " ".join(text for _, text in _blocks(pdf, engine))


def test_grids_need_crossing_rules_and_two_columns():
    def box(x0, top, x1, bottom):
        outline = [(x0, top), (x1, top), (x1, bottom), (x0, bottom)]
        return shape_rules([(outline, True)], stroked=True)

    two_columns = box(0, 0, 100, 20) + box(100, 0, 200, 20) + box(0, 20, 100, 40)
    two_columns += box(100, 20, 200, 40)
    grids = find_grids(two_columns)
    assert len(grids) == 1
    assert [len(cells) for _, _, cells in grids[0].rows] == [2, 2]
    assert grids[0].cell_of(150, 30) == (1, 1)
    assert find_grids(box(0, 0, 200, 40)) == []  # one cell: a frame
    underlines = [Rule(0, 10, 100, 10.5), Rule(0, 30, 100, 30.5)]
    assert find_grids(underlines) == []  # no upright rule crosses them


def test_shapes_only_filled_give_no_rules_and_thin_ones_are_rules():
    square = [(0.0, 0.0), (50.0, 0.0), (50.0, 50.0), (0.0, 50.0)]
    assert shape_rules([(square, True)], stroked=False) == []
    assert len(shape_rules([(square, True)], stroked=True)) == 4
    hairline = [(0.0, 0.0), (300.0, 0.0), (300.0, 0.5), (0.0, 0.5)]
    assert shape_rules([(hairline, True)], stroked=False) == [Rule(0.0, 0.0, 300.0, 0.5)]
    assert shape_rules([([(0.0, 0.0), (40.0, 30.0)], False)], stroked=True) == []  # slanted


def test_a_page_of_more_rules_than_a_table_draws_has_no_grid():
    rules = [Rule(0, y, 500, y + 0.5) for y in range(0, 2 * MAX_RULES_PER_PAGE, 2)]
    rules += [Rule(0, 0, 0.5, 2000), Rule(250, 0, 250.5, 2000), Rule(500, 0, 500.5, 2000)]
    assert find_grids(rules) == []


@pytest.mark.parametrize("engine", PDF_ENGINES)
def test_a_page_drawn_with_thousands_of_rules_is_still_read_as_text(tmp_path, engine):
    pdf = tmp_path / "hatched.pdf"
    page = canvas.Canvas(str(pdf), pagesize=LETTER)
    for n in range(3000):  # a hatched background: a drawing, not a table
        page.line(40 + (n % 60) * 9, 100 + (n // 60) * 10, 44 + (n % 60) * 9, 100 + (n // 60) * 10)
        page.line(40 + (n % 60) * 9, 100, 40 + (n % 60) * 9, 108)
    page.setFont("Helvetica", 10)
    page.drawString(72, 700, "The Supplier shall provide the Services from 1 May 2026.")
    page.save()
    blocks = _blocks(pdf, engine)
    assert ("paragraph", "The Supplier shall provide the Services from 1 May 2026.") in blocks


def _sla_targets(path):
    report = analyze(path).to_dict()
    return {
        (m["name"], m["target"])
        for f in report["findings"]
        if f.get("category") == "sla" and f.get("terms")
        for m in f["terms"]["metrics"]
        if m.get("target") is not None
    }


def test_the_sample_schedule_gives_the_same_targets_from_its_pdf_as_from_its_word_file(tmp_path):
    sample = next(p for p in sample_paths() if p.stem == "call-centre-services")
    lines = parse_sample(sample.read_text(encoding="utf-8"))
    pdf = render_pdf(lines, tmp_path / "sample.pdf")
    docx = render_docx(lines, tmp_path / "sample.docx")
    from_pdf = _sla_targets(pdf)
    assert ("quality_score", 90.0) in from_pdf  # the wrapped cell, not the credit's 2%
    assert from_pdf == _sla_targets(docx)


TIERS = [
    ["Tier", "Monthly Volume", "Unit Price"],
    ["Bronze", "Up to 10,000", "$0.45"],
    ["Silver", "10,001 to 50,000", "$0.38"],
]


@pytest.mark.parametrize(
    "style",
    [
        (("INNERGRID", (0, 0), (-1, -1), 0.5, colors.black),),
        (
            ("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.black),
            ("LINEAFTER", (0, 0), (-2, -1), 0.5, colors.black),
        ),
    ],
    ids=["inner-grid-only", "rules-below-and-between"],
)
@pytest.mark.parametrize("engine", PDF_ENGINES)
def test_a_table_without_an_outer_border_keeps_its_outer_cells(tmp_path, engine, style):
    pdf = _story_pdf(tmp_path / "open.pdf", [_table(TIERS, style, widths=[90, 120, 80])])
    assert [t for k, t in _blocks(pdf, engine) if k == "table"] == [" | ".join(r) for r in TIERS]


ORDER_FORM = """# ORDER FORM

| Customer: | Kestrel Foods LLC | Supplier: | Norvale Systems Inc. |
| Effective Date: | March 3, 2024 | Term: | 24 months |
| Payment Terms: | Net 30 | Governing Law: | New York |

This Order Form is governed by the Master Services Agreement between the parties.
"""


def test_an_order_form_in_a_grid_reads_its_fields_from_pdf_and_word_alike(tmp_path):
    lines = parse_sample(ORDER_FORM)
    files = [render_pdf(lines, tmp_path / "form.pdf"), render_docx(lines, tmp_path / "form.docx")]
    rows = [[b.text for b in read_document(f).blocks if b.kind == "table"] for f in files]
    assert rows[0] == rows[1]
    assert rows[0][0] == "Customer: Kestrel Foods LLC | Supplier: Norvale Systems Inc."
    for path in files:
        terms = analyze(path).to_dict()["key_terms"]
        assert terms["parties"]["value"] == ["Kestrel Foods LLC", "Norvale Systems Inc."]
        assert terms["initial_term_days"]["value"] == 720
        assert terms["expiration_date"]["value"] == "2026-03-03"


@pytest.mark.parametrize("engine", PDF_ENGINES)
def test_a_page_ruled_into_a_margin_for_clause_numbers_is_not_a_table(tmp_path, engine):
    clauses = [
        ("1.", "The Supplier shall provide the Services from the Effective Date."),
        ("2.", "The Customer shall pay the Fees within thirty (30) days after receipt."),
        ("3.", "This Agreement is governed by the laws of the State of New York."),
    ]
    pdf = tmp_path / "gutter.pdf"
    page = canvas.Canvas(str(pdf), pagesize=LETTER)
    page.rect(50, 50, 512, 692)  # a border round the page
    page.line(100, 50, 100, 742)  # the margin for the numbers
    y = 700
    for number, text in clauses:
        page.setFont("Helvetica", 10)
        page.drawString(60, y, number)
        page.drawString(110, y, text)
        page.line(50, y - 8, 562, y - 8)  # a rule under each clause
        y -= 30
    page.save()
    blocks = _blocks(pdf, engine)
    assert [kind for kind, _ in blocks] == ["paragraph"] * 3
    assert [text for _, text in blocks] == [f"{n} {t}" for n, t in clauses]


def test_a_turned_page_gives_the_same_blocks_from_both_engines(tmp_path):
    pdf = tmp_path / "turned.pdf"
    page = canvas.Canvas(str(pdf), pagesize=LETTER)
    page.setPageRotation(90)
    table = _table(CREDITS, widths=[110, 110, 60])
    table.wrapOn(page, 400, 400)
    table.drawOn(page, 72, 500)
    page.save()
    assert _blocks(pdf, "pdfplumber") == _blocks(pdf, "pdfium")
