"""The agreement's own Word file with a comment on each flagged clause (python-docx 1.2).

A clause does not know the paragraphs it came from, but its words appear in them in order: the
paragraphs' text is joined and compared letters-and-digits only (Word's automatic numbers, table
cell separators and spacing differ between the file and the clause), each clause is found after
the one before it, and its comment spans its paragraphs, heading included. Missing sections are
commented at the end, on the last paragraph: nothing is added to the agreement's own text.
"""

from __future__ import annotations

import io
from bisect import bisect_right

import docx
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from clausecheck.annotate.notes import (
    ClosingNote,
    Placed,
    author_of,
    clause_notes,
    closing_notes,
    initials,
    unplaced_text,
)
from clausecheck.types import Clause, Report

ANCHOR_CHARS = 60
"""Letters and digits at each end of a clause that are looked up to find where it sits."""
SKIPPED_WORDS = 3
"""Leading words of a clause that may be absent from the paragraph (a number Word generates)."""
HEADING_REACH = 300
"""A clause's heading is looked for at most this many letters before its text."""


def key(text: str) -> str:
    """Text reduced to its lower-case letters and digits, the form clauses are matched in."""
    return "".join(ch for ch in text.lower() if ch.isalnum())


class ParagraphText:
    """The document's paragraphs joined in key form, to find where a clause's words are."""

    def __init__(self, paragraphs: list[Paragraph]) -> None:
        self.starts: list[int] = []
        pieces = []
        offset = 0
        for paragraph in paragraphs:
            piece = key(paragraph.text)
            self.starts.append(offset)
            pieces.append(piece)
            offset += len(piece)
        self.whole = "".join(pieces)
        self.cursor = 0

    def find(self, clause: Clause) -> tuple[int, int] | None:
        """The first and last paragraph index of the clause, searched after the last found."""
        words = (clause.text or clause.heading or "").split()
        start = -1
        text_key = ""
        for skip in range(min(SKIPPED_WORDS, max(0, len(words) - 1)) + 1):
            text_key = key(" ".join(words[skip:]))
            if text_key:
                start = self.whole.find(text_key[:ANCHOR_CHARS], self.cursor)
            if start >= 0:
                break
        if start < 0 or not text_key:
            return None
        tail = text_key[-ANCHOR_CHARS:]
        end_at = self.whole.find(tail, start + max(0, len(text_key) - len(tail)) // 2)
        end = end_at + len(tail) if end_at >= 0 else start + len(text_key)
        heading_key = key(clause.heading or "")
        if heading_key and clause.text:
            before = self.whole.rfind(heading_key, max(self.cursor, start - HEADING_REACH), start)
            if before >= 0:
                start = before
        self.cursor = start + 1
        first = bisect_right(self.starts, start) - 1
        last = bisect_right(self.starts, max(start, end - 1)) - 1
        return first, last


def body_paragraphs(document) -> list[Paragraph]:
    """Every paragraph of the body in reading order, table cells included (text boxes are not:
    a comment cannot be anchored there)."""
    paragraphs = []
    for element in document.element.body.iter(qn("w:p")):
        if any(a.tag == qn("w:txbxContent") for a in element.iterancestors()):
            continue
        paragraphs.append(Paragraph(element, document._body))
    return paragraphs


def runs_of(paragraph: Paragraph) -> list[Run]:
    """The paragraph's runs, including those inside hyperlinks and fields."""
    runs = paragraph.runs
    if runs:
        return runs
    return [Run(r, paragraph) for r in paragraph._p.iter(qn("w:r"))]


def annotate_docx(data: bytes, report: Report) -> tuple[bytes, Placed]:
    """The Word file ``data`` with the report's comments; the report must be of this file."""
    document = docx.Document(io.BytesIO(data))
    paragraphs = body_paragraphs(document)
    text = ParagraphText(paragraphs)
    author = author_of(report)
    placed = Placed([], 0, [])
    leftovers: list[ClosingNote] = []
    for note in clause_notes(report):
        span = text.find(note.clause)
        runs = []
        if span is not None:
            first, last = span
            runs = [r for p in paragraphs[first : last + 1] for r in runs_of(p)]
        if not runs:
            placed.not_found.append(note.clause.id)
            leftovers.append(ClosingNote("Clause not found", unplaced_text(note), note.issues[0]))
            continue
        document.add_comment(runs, text=note.text, author=author, initials=initials(author))
        placed.clauses.append(note.clause.id)
    closing = closing_notes(report) + leftovers
    last_runs = next((runs_of(p) for p in reversed(paragraphs) if runs_of(p)), [])
    if closing and last_runs:
        for note in closing:
            document.add_comment(
                last_runs, text=note.text, author=author, initials=initials(author)
            )
            placed.closing += 1
    out = io.BytesIO()
    document.save(out)
    return out.getvalue(), placed
