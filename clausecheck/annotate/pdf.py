"""The agreement's own PDF with a highlight and a note on each flagged clause (pypdf, BSD-3).

Each clause carries its rectangle per page as fractions of the page (``Clause.boxes``, found
when it was read); here they become highlight annotations in PDF user space, the note in the
first one. Missing sections become sticky notes in the margin of the last page. The PDF is
written as an incremental update: the original bytes stay as they were, the annotations are
appended after them, so whatever the file held (signatures, forms, metadata) is untouched.
"""

from __future__ import annotations

import codecs
import io

from pypdf import PdfReader, PdfWriter
from pypdf.annotations import Highlight, Text
from pypdf.generic import ArrayObject, FloatObject, NameObject, TextStringObject

from clausecheck.annotate.notes import (
    Placed,
    author_of,
    clause_notes,
    closing_notes,
    unplaced_text,
)
from clausecheck.types import Box, Report

HIGHLIGHT_COLOUR = "ffe066"
"""A pale yellow: the clause stays readable under it, on screen and printed."""
NOTE_SIZE = 20.0
"""A sticky note's icon, in points."""
NOTE_MARGIN = 12.0
"""Distance of the end-of-document notes from the page's right and top edges, in points."""
NOTE_STEP = 28.0
"""Vertical distance between successive end-of-document notes, in points."""


def pdf_rect(page, box: Box) -> tuple[float, float, float, float]:
    """The box (fractions of the page as displayed, from the top left) in PDF user space.

    Pages turned by /Rotate are mapped back to user space; today ingest gives boxes only for
    upright text, so a clause on a turned page has none and gets an end note instead."""
    left, bottom, right, top = (float(v) for v in page.mediabox)
    width, height = right - left, top - bottom
    corners = [(box.x0, box.top), (box.x1, box.bottom)]
    rotation = (page.get("/Rotate", 0) or 0) % 360
    points = []
    for fx, fy in corners:
        if rotation == 90:
            points.append((left + fy * width, bottom + fx * height))
        elif rotation == 180:
            points.append((right - fx * width, bottom + fy * height))
        elif rotation == 270:
            points.append((right - fy * width, top - fx * height))
        else:
            points.append((left + fx * width, top - fy * height))
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return min(xs), min(ys), max(xs), max(ys)


def unicode_text(text: str) -> TextStringObject:
    """A PDF text string always written as UTF-16 with its byte-order mark, the form every
    reader decodes the same way (PDFDocEncoding's bytes above 127 are read as UTF-8 by some)."""
    value = TextStringObject(text)
    value.autodetect_utf16 = True
    value.utf16_bom = codecs.BOM_UTF16_BE
    return value


def _highlight(rect: tuple[float, float, float, float], text: str, author: str) -> Highlight:
    x0, y0, x1, y1 = rect
    quad = ArrayObject(FloatObject(v) for v in (x0, y1, x1, y1, x0, y0, x1, y0))
    annotation = Highlight(
        rect=rect, quad_points=quad, highlight_color=HIGHLIGHT_COLOUR, printing=True
    )
    annotation[NameObject("/Contents")] = unicode_text(text)
    annotation[NameObject("/T")] = unicode_text(author)
    return annotation


def _sticky(page, index: int, text: str, author: str) -> Text:
    left, bottom, right, top = (float(v) for v in page.mediabox)
    # Down the right margin, then in further columns leftwards: no two notes on one spot.
    rows = max(1, int((top - bottom - 2 * NOTE_MARGIN - NOTE_SIZE) // NOTE_STEP) + 1)
    column, row = divmod(index, rows)
    y = top - NOTE_MARGIN - NOTE_SIZE - row * NOTE_STEP
    x = max(left, right - NOTE_MARGIN - NOTE_SIZE - column * NOTE_STEP)
    note = Text(rect=(x, y, x + NOTE_SIZE, y + NOTE_SIZE), text=text)
    note[NameObject("/Contents")] = unicode_text(text)
    note[NameObject("/T")] = unicode_text(author)
    note[NameObject("/Name")] = NameObject("/Comment")
    return note


def annotate_pdf(data: bytes, report: Report, password: str | None = None) -> tuple[bytes, Placed]:
    """The PDF ``data`` with the report's highlights and notes; the report must be of this file."""
    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted:
        reader.decrypt(password or "")
        writer = PdfWriter(clone_from=reader)
        # The annotated copy stays as closed as the original.
        writer.encrypt(user_password=password or "", algorithm="AES-256")
    else:
        writer = PdfWriter(io.BytesIO(data), incremental=True)
    author = author_of(report)
    placed = Placed([], 0, [])
    pages = writer.pages
    leftovers = []
    for note in clause_notes(report):
        boxes = [b for b in note.clause.boxes if 1 <= b.page <= len(pages)]
        if not boxes:
            placed.not_found.append(note.clause.id)
            leftovers.append(unplaced_text(note))
            continue
        for index, box in enumerate(boxes):
            text = (
                note.text if index == 0 else f"Continued from page {boxes[0].page}.\n\n{note.text}"
            )
            rect = pdf_rect(pages[box.page - 1], box)
            writer.add_annotation(box.page - 1, _highlight(rect, text, author))
        placed.clauses.append(note.clause.id)
    closing = [n.text for n in closing_notes(report)] + leftovers
    if closing and pages:
        last = pages[-1]
        for index, text in enumerate(closing):
            writer.add_annotation(len(pages) - 1, _sticky(last, index, text, author))
            placed.closing += 1
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue(), placed
