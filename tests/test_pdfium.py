"""The pdfium engine reads what pdfplumber reads: the same blocks from real PDFs, the same error
codes from hostile ones, and the awkward layouts an engine must handle itself."""

from __future__ import annotations

import json
import re
from pathlib import Path

import hostile_files
import pytest
from reportlab.lib.pagesizes import LETTER
from reportlab.pdfgen import canvas
from test_cli import run
from test_hostile import (
    CLAUSES,
    WITHIN_GOAL,
    cid_garbage_pdf,
    many_pages_pdf,
    needs_tesseract,
    pdf_bomb,
    rotated_pdf,
    scanned_pdf,
    text_with_glyph_bullets_pdf,
)

from clausecheck.analysis import analyze
from clausecheck.errors import InputError
from clausecheck.ingest import PDF_ENGINES, read_document
from clausecheck.segment import segment

PDFIUM = {"engine": "pdfium"}


def _blocks(document):
    return [(b.text, b.kind, b.page) for b in document.blocks]


def _refusal(source, **kwargs) -> InputError:
    with pytest.raises(InputError) as info:
        read_document(source, **kwargs)
    return info.value


def test_both_engines_give_the_same_blocks_for_every_sample(rendered):
    """Running headers and page numbers dropped, bold headings found, wrapped paragraphs joined:
    line for line what pdfplumber gives."""
    for stem, paths in rendered.items():
        plumber = read_document(paths["pdf"])
        pdfium = read_document(paths["pdf"], **PDFIUM)
        assert len(plumber.blocks) > 50, stem
        assert _blocks(pdfium) == _blocks(plumber), stem
        assert any(b.kind == "heading" for b in pdfium.blocks), stem


def test_the_report_records_the_engine(rendered, model):
    path = rendered["mutual-nda"]["pdf"]
    reports = {engine: analyze(path, model=model, engine=engine) for engine in PDF_ENGINES}
    assert {e: r.document.engine for e, r in reports.items()} == {e: e for e in PDF_ENGINES}
    statuses = {e: [(f.category, f.status) for f in r.findings] for e, r in reports.items()}
    assert statuses["pdfium"] == statuses["pdfplumber"]
    text = analyze(rendered["mutual-nda"]["txt"], model=model, engine="pdfium")
    assert text.document.engine is None  # no PDF engine read it


def test_an_unknown_engine_is_a_one_line_error(rendered):
    error = _refusal(rendered["mutual-nda"]["pdf"], engine="pdfminer")
    assert error.code == "E021" and "pdfplumber, pdfium" in str(error)


def test_the_command_line_chooses_the_engine(rendered):
    path = rendered["mutual-nda"]["pdf"]
    result = run("analyze", str(path), "--engine", "pdfium", "--format", "json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["document"]["engine"] == "pdfium"
    result = run("analyze", str(path), "--engine", "fast")
    assert result.returncode == 2 and "invalid choice" in result.stderr


# --- Layouts the engine handles itself -----------------------------------------------------


def test_a_number_drawn_apart_from_its_heading_stays_a_number(tmp_path):
    """'2.2' in the body font and 'Weekly Reports' in bold, with no space character between
    them: pdfium gives one run each, which must not be glued into '2.2Weekly'."""
    path = tmp_path / "numbers.pdf"
    pdf = canvas.Canvas(str(path), pagesize=LETTER)
    y = 700
    for number, heading, body in [
        ("2.1", "Monthly Reports", "The Supplier shall report on every service level monthly."),
        ("2.2", "Weekly Reports", "The Supplier shall send call volumes every week."),
    ]:
        pdf.setFont("Helvetica", 11)
        pdf.drawString(72, y, number)
        pdf.setFont("Helvetica-Bold", 11)
        pdf.drawString(72 + pdf.stringWidth(number, "Helvetica", 11) + 0.5, y, heading)
        pdf.setFont("Helvetica", 11)
        pdf.drawString(72, y - 14, body)
        y -= 40
    pdf.save()
    for engine in PDF_ENGINES:
        document = read_document(path, engine=engine)
        assert document.blocks[1].text.startswith("2.2 Weekly Reports The Supplier"), engine
        numbers = [c.number for c in segment(document)]
        assert numbers == ["2.1", "2.2"], engine


def test_a_number_inside_the_same_run_as_its_text_is_split(tmp_path):
    path = tmp_path / "stuck.pdf"
    pdf = canvas.Canvas(str(path), pagesize=LETTER)
    text = pdf.beginText(72, 700)
    text.setFont("Helvetica", 11)
    # One text object: '1.1', a gap made by the text position, 'The Supplier ...'.
    text.textOut("1.1")
    text.moveCursor(30, 0)
    text.textLine("The Supplier shall staff the help desk from 8:00 to 18:00.")
    pdf.drawText(text)
    pdf.save()
    clause = segment(read_document(path, **PDFIUM))[0]
    assert clause.number == "1.1" and clause.text.startswith("The Supplier shall staff")


def test_text_inside_a_scaled_form_is_placed_on_the_page(tmp_path):
    """Many filings draw each page as a form XObject scaled onto the page: its text must get
    page positions and sizes, so headers, footers and headings are recognised as on any page."""
    path = tmp_path / "forms.pdf"
    pdf = canvas.Canvas(str(path), pagesize=LETTER)
    for page in range(1, 4):
        pdf.beginForm(f"page{page}", lowerx=0, lowery=0, upperx=1224, uppery=1584)
        pdf.setFont("Helvetica", 20)
        pdf.drawString(144, 1500, "ACME CONFIDENTIAL")  # a running header, in form space
        pdf.setFont("Helvetica-Bold", 26)
        pdf.drawString(144, 1300, f"{page}. Heading Number {page}")
        pdf.setFont("Helvetica", 20)
        pdf.drawString(144, 1260, f"Body text of clause {page}, drawn at twice the size.")
        pdf.drawString(144, 80, f"Page {page}")
        pdf.endForm()
        pdf.saveState()
        pdf.scale(0.5, 0.5)
        pdf.doForm(f"page{page}")
        pdf.restoreState()
        pdf.showPage()
    pdf.save()
    plumber, pdfium = read_document(path), read_document(path, **PDFIUM)
    assert _blocks(pdfium) == _blocks(plumber)
    texts = [b.text for b in pdfium.blocks]
    assert not any("CONFIDENTIAL" in t or re.match(r"Page \d", t) for t in texts)
    assert [b.text for b in pdfium.blocks if b.kind == "heading"] == [
        f"{n}. Heading Number {n}" for n in range(1, 4)
    ]


def test_text_drawn_twice_to_look_bold_is_read_once(tmp_path):
    path = tmp_path / "overprint.pdf"
    pdf = canvas.Canvas(str(path), pagesize=LETTER)
    for dx in (0, 0.4):
        pdf.drawString(72 + dx, 700, "ARTICLE 5 CONFIDENTIALITY")
    pdf.drawString(72, 680, "Each party shall keep the other's information secret.")
    pdf.save()
    assert [b.text for b in read_document(path, **PDFIUM).blocks][0] == "ARTICLE 5 CONFIDENTIALITY"


def test_rotated_pages_read_in_order(tmp_path):
    document = read_document(rotated_pdf(tmp_path / "rotated.pdf"), **PDFIUM)
    for page in range(1, 7):
        assert [b.text for b in document.blocks if b.page == page] == CLAUSES, page


# --- The same refusals, with the same codes --------------------------------------------------


def test_encrypted_pdf_needs_its_password(tmp_path):
    path = tmp_path / "locked.pdf"
    pdf = canvas.Canvas(str(path), encrypt="s3cret")
    pdf.drawString(72, 700, CLAUSES[0])
    pdf.save()
    assert _refusal(path, **PDFIUM).code == "E005"
    assert _refusal(path, password="wrong", **PDFIUM).code == "E009"
    assert read_document(path, password="s3cret", **PDFIUM).blocks[0].text == CLAUSES[0]


@pytest.mark.parametrize("fraction", [0.1, 0.5, 0.9, 0.99])
def test_truncated_pdf_says_it_is_cut_short(rendered, fraction):
    data = rendered["call-centre-services"]["pdf"].read_bytes()
    error = _refusal(data[: int(len(data) * fraction)], name="cut.pdf", **PDFIUM)
    assert error.code == "E004" and "cut short" in str(error)


def test_a_broken_cross_reference_table_is_repaired_or_refused(rendered):
    """pdfium rebuilds a cross-reference table that points nowhere (pdfplumber refuses the
    file with E004): what it reads must then be the document itself."""
    data = rendered["mutual-nda"]["pdf"].read_bytes()
    table = data.rindex(b"\nxref\n")
    broken = data[:table] + re.sub(rb"\d{10} 00000 n", b"0000000100 00000 n", data[table:])
    try:
        document = read_document(broken, name="nda.pdf", **PDFIUM)
    except InputError as error:
        assert error.code == "E004"
    else:
        assert _blocks(document) == _blocks(read_document(data, **PDFIUM))


def test_scanned_pdf_says_so(tmp_path):
    assert _refusal(scanned_pdf(tmp_path / "scan.pdf"), **PDFIUM).code == "E007"


def test_text_without_a_unicode_map_is_refused():
    assert _refusal(cid_garbage_pdf(), name="garbled.pdf", **PDFIUM).code == "E013"


def test_a_few_unmapped_glyphs_among_real_text_are_read():
    document = read_document(text_with_glyph_bullets_pdf(), name="bullets.pdf", **PDFIUM)
    text = " ".join(block.text for block in document.blocks)
    for clause in CLAUSES:
        assert clause in text


def test_too_many_pages_hit_the_page_limit():
    assert _refusal(many_pages_pdf(2000), name="long.pdf", **PDFIUM).code == "E012"


@pytest.mark.parametrize(
    ("make", "code"),
    [
        (hostile_files.inflating_pdf, "E019"),
        (pdf_bomb, "E019"),
        (hostile_files.dense_pages_pdf, "E020"),
    ],
)
def test_the_caps_hold_for_pdfium_too(make, code):
    """Streams inflating past the budget, and pages crammed with text, are refused with the
    same codes and within the same goal (pdfium counts each page's characters itself)."""
    error = _refusal(make(), name="hostile.pdf", limits=WITHIN_GOAL, **PDFIUM)
    assert error.code == code


@needs_tesseract
def test_ocr_reads_a_scanned_pdf(tmp_path):
    document = read_document(scanned_pdf(tmp_path / "scan.pdf"), ocr=True, **PDFIUM)
    assert any("OCR" in warning for warning in document.warnings)
    assert [c.number for c in segment(document)] == ["1.", "2.", "3.", "4."]


def test_pdfium_reads_without_importing_pdfplumber(rendered):
    """pdfplumber's pages are never built (pdfminer still parses the file for the inflation
    cap of ingest/budget.py, which holds for both engines)."""
    import subprocess
    import sys

    probe = (
        "import sys; from clausecheck.ingest import Limits, read_document; "
        f"read_document({str(rendered['mutual-nda']['pdf'])!r}, engine='pdfium', "
        "limits=Limits(isolate=False)); "
        "print(sorted(m for m in ('pdfplumber', 'pypdfium2') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "['pypdfium2']"


@pytest.mark.cuad
def test_cuad_pdfs_read_alike(cuad_dir: Path):
    """Three real filings (the first three of the study half by name): at least 99% of their
    lines the same, and the same clause numbers found."""
    from clausecheck.evaluate import STUDY, split_of

    paths = [p for p in sorted((cuad_dir / "pdf").glob("*.pdf")) if split_of(p.stem) == STUDY]
    for path in paths[:3]:
        numbers = {}
        for engine in PDF_ENGINES:
            clauses = segment(read_document(path, engine=engine))
            numbers[engine] = [c.number for c in clauses if c.number]
        assert numbers["pdfium"] == numbers["pdfplumber"], path.name
