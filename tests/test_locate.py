"""Clause boxes: each clause of a real PDF points at the place on the page where its words are."""

from __future__ import annotations

import pdfplumber
import pytest

from clausecheck.ingest import read_document
from clausecheck.locate import locate_clauses
from clausecheck.segment import segment

WORDS_CHECKED = 6
"""Leading words of a clause that must be found inside its first box."""


@pytest.mark.parametrize("stem", ["call-centre-services", "bpo-outsourcing-uk"])
def test_every_clause_of_a_pdf_is_boxed_where_its_words_are(rendered, stem):
    path = rendered[stem]["pdf"]
    document = read_document(path)
    clauses = segment(document)
    locate_clauses(document, clauses)
    with pdfplumber.open(path) as pdf:
        for clause in clauses:
            assert clause.boxes, f"{clause.id} has no box"
            assert clause.boxes[0].page == clause.page
            inside = " ".join(_text_in(pdf, box) for box in clause.boxes)
            # The text is cut from the page verbatim; a heading may be joined from parts.
            words = (clause.text or clause.heading).split()[:WORDS_CHECKED]
            if "|" in words:
                # a table's row, read cell by cell: the page reads its cells' lines across
                cells = [w for w in (clause.text or "").split() if w != "|"]
                missing = [w for w in cells if w not in inside.split()]
                assert not missing, f"{clause.id}: {missing} not in its box"
            else:
                assert " ".join(words) in inside, f"{clause.id}: {words} not in its box"


def _text_in(pdf, box) -> str:
    assert 0 <= box.x0 < box.x1 <= 1 and 0 <= box.top < box.bottom <= 1
    page = pdf.pages[box.page - 1]
    # A point of slack around the box: glyphs overhang their line's measured edges.
    crop = page.crop(
        (
            max(0, box.x0 * page.width - 1),
            max(0, box.top * page.height - 1),
            min(page.width, box.x1 * page.width + 1),
            min(page.height, box.bottom * page.height + 1),
        )
    )
    return " ".join((crop.extract_text() or "").split())


def test_text_and_docx_clauses_have_no_boxes(rendered):
    for kind in ("txt", "docx"):
        document = read_document(rendered["call-centre-services"][kind])
        clauses = segment(document)
        locate_clauses(document, clauses)
        assert all(not clause.boxes for clause in clauses)
