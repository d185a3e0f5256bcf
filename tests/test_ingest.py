"""Ingest on real files: PDFs and DOCX rendered from the sample agreements, and edge cases."""

from __future__ import annotations

import io
import re
import zipfile

import pdfplumber
import pytest
from reportlab.lib.pagesizes import LETTER
from reportlab.pdfgen import canvas

from clausecheck.errors import InputError
from clausecheck.ingest import PDF_ENGINES, read_document, sniff_format
from clausecheck.samples import RUNNING_HEADER, parse_sample
from clausecheck.segment import segment


def test_sniff_uses_bytes_not_names(rendered, tmp_path):
    pdf = rendered["mutual-nda"]["pdf"]
    disguised = tmp_path / "agreement.txt"
    disguised.write_bytes(pdf.read_bytes())
    assert read_document(disguised).format == "pdf"
    docx = tmp_path / "agreement.pdf"
    docx.write_bytes(rendered["mutual-nda"]["docx"].read_bytes())
    assert read_document(docx).format == "docx"


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "E002"),
        (bytes(range(256)) * 40, "E003"),
        (b"%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage", "E004"),
        (b"PK\x03\x04not really a zip", "E006"),
    ],
)
def test_bad_bytes_raise_documented_errors(data, code):
    with pytest.raises(InputError) as info:
        read_document(data, name="upload")
    assert info.value.code == code


def test_zip_that_is_not_word_is_refused():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("hello.txt", "hi")
    with pytest.raises(InputError) as info:
        sniff_format(buffer.getvalue())
    assert info.value.code == "E003"


def _page_of(pdf_pages: list[str], snippet: str) -> int | None:
    flat = [re.sub(r"\s+", " ", t) for t in pdf_pages]
    hits = [n for n, text in enumerate(flat, start=1) if snippet in text]
    return hits[0] if len(hits) == 1 else None


@pytest.mark.parametrize("stem", ["call-centre-services", "bpo-outsourcing-uk", "supply-agreement"])
def test_pdf_clauses_carry_the_page_they_start_on(rendered, stem):
    path = rendered[stem]["pdf"]
    with pdfplumber.open(path) as pdf:
        pages = [p.extract_text() or "" for p in pdf.pages]
    assert len(pages) >= 4
    clauses = segment(read_document(path))
    checked = 0
    for clause in clauses:
        snippet = clause.text[:50]
        if len(snippet) < 40:
            continue
        expected = _page_of(pages, snippet)
        if expected is None:
            continue  # the snippet wraps across lines or repeats; no unambiguous truth
        assert clause.page == expected, (clause.number, snippet)
        checked += 1
    assert checked >= 30
    assert {c.page for c in clauses} >= set(range(1, len(pages) + 1))


def test_running_headers_and_page_numbers_do_not_leak(rendered):
    for stem, paths in rendered.items():
        title = parse_sample(paths["txt"].read_text())[0].text
        header = RUNNING_HEADER.format(title=title.title())
        document = read_document(paths["pdf"])
        assert document.pages >= 2
        for clause in segment(document):
            assert header not in clause.text, stem
            assert not re.search(r"\bPage \d+\b", clause.text), (stem, clause.text[-80:])
        # The header really is in the PDF: the test would see a leak.
        with pdfplumber.open(paths["pdf"]) as pdf:
            assert header in (pdf.pages[1].extract_text() or "")


def test_pdf_headings_are_found_from_bold_type(rendered):
    clauses = segment(read_document(rendered["call-centre-services"]["pdf"]))
    expected = [
        ln.text
        for ln in parse_sample(rendered["call-centre-services"]["txt"].read_text())
        if ln.kind == "heading"
    ]
    found = {f"{c.number} {c.heading}" for c in clauses if c.number and c.heading}
    for heading in expected:
        assert heading.replace(" – ", " ") in found, heading


def test_docx_headings_and_tables_are_read(rendered):
    paths = rendered["bpo-outsourcing-uk"]
    document = read_document(paths["docx"])
    assert document.format == "docx"
    headings = [b.text for b in document.blocks if b.kind == "heading"]
    expected = [
        ln.text for ln in parse_sample(paths["txt"].read_text()) if ln.kind in ("heading", "title")
    ]
    assert headings == expected
    rows = [b.text for b in document.blocks if b.kind == "table"]
    assert any("To be agreed" in row for row in rows)


@pytest.mark.parametrize("engine", PDF_ENGINES)
def test_words_hyphenated_across_lines_are_joined(tmp_path, engine):
    path = tmp_path / "hyphen.pdf"
    pdf = canvas.Canvas(str(path), pagesize=LETTER)
    y = 700
    for line in [
        "12. Termination for Convenience",
        "The Customer may termi-",
        "nate this Agreement on ninety days' written no-",
        "tice to the Supplier, and self-",
        "Employed contractors are unaffected.",
    ]:
        pdf.drawString(72, y, line)
        y -= 14
    pdf.save()
    clauses = segment(read_document(path, engine=engine))
    text = " ".join(c.text for c in clauses)
    assert "may terminate this Agreement" in text
    assert "written notice" in text
    assert "self- Employed" in text  # a capital after the hyphen is not a broken word
    assert "\ufffe" not in text and "\x02" not in text  # pdfium's soft-hyphen marks are gone


@pytest.mark.parametrize("encoding", ["latin-1", "utf-16", "cp1252", "utf-8-sig"])
def test_text_in_other_encodings(tmp_path, encoding):
    text = "1. Governing Law. This Agreement is governed by the laws of Zürich, Switzerland; fees in €.\n"
    if encoding == "latin-1":
        text = text.replace("€", "EUR")
    path = tmp_path / "agreement.txt"
    path.write_bytes(text.encode(encoding))
    document = read_document(path)
    assert document.format == "text"
    assert "Zürich" in document.blocks[0].text


def test_encrypted_pdf_needs_its_password(tmp_path):
    path = tmp_path / "locked.pdf"
    pdf = canvas.Canvas(str(path), encrypt="s3cret")
    pdf.drawString(72, 700, "1. Governing Law. This Agreement is governed by the laws of Ohio.")
    pdf.save()
    with pytest.raises(InputError) as info:
        read_document(path)
    assert info.value.code == "E005"
    with pytest.raises(InputError) as info:
        read_document(path, password="wrong")
    assert info.value.code == "E009"
    document = read_document(path, password="s3cret")
    assert "laws of Ohio" in document.blocks[0].text


def _draw_lines(path, lines, font="Helvetica", size=10):
    """A one-page PDF with each (text, font) line drawn at the left margin."""
    pdf = canvas.Canvas(str(path), pagesize=LETTER)
    y = 700
    for line in lines:
        text, face = line if isinstance(line, tuple) else (line, font)
        pdf.setFont(face, size)
        pdf.drawString(72, y, text)
        y -= size * 1.4
    pdf.save()
    return path


@pytest.mark.parametrize("engine", PDF_ENGINES)
def test_an_agreement_set_wholly_in_bold_keeps_its_text_in_clauses(tmp_path, engine):
    path = _draw_lines(
        tmp_path / "bold.pdf",
        [
            "1. Term",
            "The Supplier shall provide the help desk from the",
            "Effective Date until the second anniversary of it.",
            "2. Fees",
            "The Customer shall pay each invoice within thirty",
            "days of receiving it.",
        ],
        font="Helvetica-Bold",
    )
    clauses = segment(read_document(path, engine=engine))
    texts = [c.text for c in clauses if c.text.strip()]
    assert any("second anniversary" in t for t in texts), texts
    assert any("within thirty days" in t for t in texts), texts


@pytest.mark.parametrize("engine", PDF_ENGINES)
def test_a_preamble_set_in_bold_capitals_is_text_not_a_heading(tmp_path, engine):
    path = _draw_lines(
        tmp_path / "preamble.pdf",
        [
            ("SERVICES AGREEMENT", "Helvetica-Bold"),
            ("THIS AGREEMENT IS MADE ON THE 19TH DAY OF MAY, 2010", "Helvetica-Bold"),
            "between Northwind Contact Ltd and Harbour Utilities plc.",
            ("1. DEFINITIONS", "Helvetica-Bold"),
            "In this Agreement the following words have these meanings.",
        ],
    )
    document = read_document(path, engine=engine)
    headings = [b.text for b in document.blocks if b.kind == "heading"]
    assert "SERVICES AGREEMENT" in headings
    assert not any("IS MADE ON" in h for h in headings), headings


@pytest.mark.parametrize("engine", PDF_ENGINES)
def test_figures_of_a_spelled_number_wrapped_to_a_new_line_do_not_start_a_clause(tmp_path, engine):
    path = _draw_lines(
        tmp_path / "wrapped.pdf",
        [
            "4. Term",
            "This Agreement shall continue for an initial term of two",
            "(2) years and renew for successive terms of one",
            "(1) year unless either party gives notice.",
            "5. Lists",
            "The Supplier shall:",
            "(1) answer calls; and",
            "(2) answer emails.",
        ],
    )
    clauses = segment(read_document(path, engine=engine))
    term = next(c for c in clauses if "initial term" in c.text)
    assert "initial term of two (2) years" in term.text
    assert "one (1) year unless" in term.text
    assert [c.number for c in clauses if c.text.startswith("answer")] == ["(1)", "(2)"]


@pytest.mark.parametrize("engine", PDF_ENGINES)
def test_small_capitals_and_superscript_ordinals_are_read_as_words(tmp_path, engine):
    path = tmp_path / "small-caps.pdf"
    pdf = canvas.Canvas(str(path), pagesize=LETTER)
    text = pdf.beginText(72, 700)
    text.setFont("Helvetica", 10)
    text.textOut("This Agreement is made between ")
    # Small capitals as typesetters make them: the first capital in the body size, the rest
    # as capitals in a smaller size, and the comma back in the body size.
    for part, size in [("N", 10), ("ORTHWIND", 8), (", I", 10), ("NC", 8), (".", 10)]:
        text.setFont("Helvetica-Bold", size)
        text.textOut(part)
    text.setFont("Helvetica", 10)
    text.textOut(" and Harbour Utilities plc on November 22")
    text.setFont("Helvetica", 7)
    text.setRise(3)  # a superscript ordinal
    text.textOut("nd")
    text.setRise(0)
    text.setFont("Helvetica", 10)
    text.textOut(", 2017.")
    pdf.drawText(text)
    pdf.save()
    document = read_document(path, engine=engine)
    body = " ".join(b.text for b in document.blocks)
    assert "between NORTHWIND, INC. and Harbour Utilities plc on November 22nd, 2017." in body
