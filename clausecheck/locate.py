"""Where each clause sits on the PDF page: its boxes, found from the blocks its text came from.

Segmentation cuts and joins block text (numbers and headings split off, paragraphs carried over
a page break), so a clause does not know its blocks. Its text does appear, in order, in the
blocks' text joined together: each clause is found there after the one before it, and takes the
boxes of the blocks it covers, one per page. DOCX and text documents have no boxes.
"""

from __future__ import annotations

from bisect import bisect_right

from clausecheck.types import Box, Clause, Document

ANCHOR_CHARS = 80
"""Characters at each end of a clause's text that are looked up to find where it starts and ends."""
HEADING_REACH = 300
"""A clause's heading is looked for at most this many characters before its text."""


def locate_clauses(document: Document, clauses: list[Clause]) -> None:
    """Set ``boxes`` on each clause of a PDF document, in place."""
    if not any(block.boxes for block in document.blocks):
        return
    starts: list[int] = []
    pieces: list[str] = []
    offset = 0
    for block in document.blocks:
        text = " ".join(block.text.split())
        starts.append(offset)
        pieces.append(text)
        offset += len(text) + 1
    whole = " ".join(pieces)
    cursor = 0
    for clause in clauses:
        heading = " ".join((clause.heading or "").split())
        text = " ".join(clause.text.split()) or heading
        if not text:
            continue
        start = whole.find(text[:ANCHOR_CHARS], cursor)
        if start < 0:
            continue
        tail = text[-ANCHOR_CHARS:]
        end_at = whole.find(tail, start + max(0, len(text) - len(tail)) // 2)
        end = end_at + len(tail) if end_at >= 0 else start + len(text)
        if heading and text is not heading:
            # The heading is part of the clause a reader sees: start the box there when it
            # stands just before the text (on its own line or run in).
            before = whole.rfind(heading[:ANCHOR_CHARS], cursor, start)
            if before >= 0 and start - before <= HEADING_REACH:
                start = before
        first = bisect_right(starts, start) - 1
        last = bisect_right(starts, max(start, end - 1)) - 1
        clause.boxes = _per_page(
            b for block in document.blocks[first : last + 1] for b in block.boxes
        )
        cursor = start + 1


def _per_page(boxes) -> list[Box]:
    """One box per page: the smallest rectangle holding all the given boxes on that page."""
    merged: dict[int, Box] = {}
    for box in boxes:
        found = merged.get(box.page)
        if found is None:
            merged[box.page] = Box(box.page, box.x0, box.top, box.x1, box.bottom)
            continue
        found.x0, found.top = min(found.x0, box.x0), min(found.top, box.top)
        found.x1, found.bottom = max(found.x1, box.x1), max(found.bottom, box.bottom)
    return [merged[page] for page in sorted(merged)]
