"""PDF documents through pdfplumber: lines with fonts, headings, running headers dropped."""

from __future__ import annotations

import io
import re
import statistics
from collections import Counter
from dataclasses import dataclass

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfparser import PDFSyntaxError
from pdfplumber.utils.exceptions import PdfminerException

from clausecheck.errors import InputError
from clausecheck.numbering import (
    PAGE_NUMBER_LINE,
    is_caps_heading,
    join_lines,
    starts_with_number,
)
from clausecheck.types import Block

LINE_TOLERANCE = 3.0
"""Words whose tops differ by less than this many points sit on one line."""
MARGIN_FRACTION = 0.12
"""Running headers and footers live in this top or bottom fraction of the page."""
REPEAT_FRACTION = 0.4
"""A margin line repeated on at least this share of pages (and on two or more) is furniture."""
HEADING_SIZE_RATIO = 1.12
"""A line set this much larger than body text is a heading."""
PARAGRAPH_GAP_RATIO = 1.6
"""A vertical gap this many times the usual line gap starts a new paragraph."""
HEADING_MAX_WORDS = 14
BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)


@dataclass(slots=True)
class Line:
    text: str
    page: int
    top: float
    bottom: float
    size: float
    bold: bool
    page_height: float


def read_pdf(
    data: bytes, password: str | None = None, max_pages: int | None = None
) -> tuple[int, list[Block], list[str]]:
    """Read a PDF into blocks; raise InputError for encrypted, damaged, unreadable or too long
    files (more than ``max_pages`` pages)."""
    lines, page_count = _extract_lines(data, password, max_pages)
    lines = drop_running_furniture(lines, page_count)
    return page_count, assemble_blocks(lines), []


def _extract_lines(
    data: bytes, password: str | None, max_pages: int | None
) -> tuple[list[Line], int]:
    try:
        pdf = pdfplumber.open(io.BytesIO(data), password=password or "")
    except PdfminerException as exc:
        raise _pdf_error(exc.args[0] if exc.args else exc, password) from None
    except (PDFSyntaxError, PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise _pdf_error(exc, password) from None
    except MemoryError:  # the memory limit, reported by the isolation layer
        raise
    except Exception as exc:  # pdfminer raises many internal types on damaged files
        raise InputError("E004", detail=_short(exc)) from None
    lines: list[Line] = []
    try:
        with pdf:
            page_count = len(pdf.pages)
            if max_pages is not None and page_count > max_pages:
                raise InputError("E012", pages=page_count, limit=max_pages)
            for page in pdf.pages:
                lines.extend(_page_lines(page))
                page.close()
    except PdfminerException as exc:
        raise _pdf_error(exc.args[0] if exc.args else exc, password) from None
    except InputError:
        raise
    except MemoryError:  # the memory limit, reported by the isolation layer
        raise
    except Exception as exc:
        raise InputError("E004", detail=_short(exc)) from None
    return lines, page_count


def _pdf_error(exc: object, password: str | None) -> InputError:
    if isinstance(exc, PDFPasswordIncorrect):
        return InputError("E009") if password else InputError("E005")
    if isinstance(exc, PDFEncryptionError):
        return InputError("E005")
    return InputError("E004", detail=_short(exc))


def _short(exc: object) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:120]


def _page_lines(page: pdfplumber.page.Page) -> list[Line]:
    words = page.extract_words(extra_attrs=["fontname", "size"], use_text_flow=False)
    rows: list[list[dict]] = []
    for word in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        if rows and abs(rows[-1][0]["top"] - word["top"]) <= LINE_TOLERANCE:
            rows[-1].append(word)
        else:
            rows.append([word])
    lines = []
    for row in rows:
        row.sort(key=lambda w: w["x0"])
        lines.append(
            Line(
                text=" ".join(w["text"] for w in row),
                page=page.page_number,
                top=min(w["top"] for w in row),
                bottom=max(w["bottom"] for w in row),
                size=statistics.median(w["size"] for w in row),
                bold=all(BOLD_FONT.search(w["fontname"] or "") for w in row),
                page_height=float(page.height),
            )
        )
    return lines


def _furniture_key(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"\d+", "#", text.lower())).strip()


def drop_running_furniture(lines: list[Line], page_count: int) -> list[Line]:
    """Remove running headers, footers and page numbers that repeat across pages."""

    def in_margin(line: Line) -> bool:
        return line.top < line.page_height * MARGIN_FRACTION or line.bottom > line.page_height * (
            1 - MARGIN_FRACTION
        )

    pages_with_key: Counter[str] = Counter()
    for key in {(ln.page, _furniture_key(ln.text)) for ln in lines if in_margin(ln)}:
        pages_with_key[key[1]] += 1
    threshold = max(2, REPEAT_FRACTION * page_count)
    kept = []
    for line in lines:
        if in_margin(line):
            key = _furniture_key(line.text)
            if pages_with_key[key] >= threshold or PAGE_NUMBER_LINE.match(key):
                continue
        kept.append(line)
    return kept


def assemble_blocks(lines: list[Line]) -> list[Block]:
    """Join lines into paragraphs and headings, mending words hyphenated across line ends."""
    if not lines:
        return []
    body_size = statistics.median(ln.size for ln in lines)
    gaps = [
        b.top - a.bottom
        for a, b in zip(lines, lines[1:], strict=False)
        if a.page == b.page and b.top > a.bottom
    ]
    usual_gap = statistics.median(gaps) if gaps else 2.0
    blocks: list[Block] = []
    previous: Line | None = None
    for line in lines:
        heading = _is_heading(line, body_size)
        new_block = (
            previous is None
            or heading
            or blocks[-1].kind == "heading"
            or starts_with_number(line.text)
            or (
                line.page == previous.page
                and line.top - previous.bottom > PARAGRAPH_GAP_RATIO * usual_gap + 1
            )
        )
        if new_block:
            blocks.append(
                Block(text=line.text, page=line.page, kind="heading" if heading else "paragraph")
            )
        else:
            blocks[-1].text = join_lines(blocks[-1].text, line.text)
        previous = line
    return blocks


def _is_heading(line: Line, body_size: float) -> bool:
    words = len(line.text.split())
    if words > HEADING_MAX_WORDS:
        return False
    if line.size >= body_size * HEADING_SIZE_RATIO:
        return True
    if line.bold and not line.text.rstrip().endswith((",", ";")):
        return True
    return is_caps_heading(line.text, max_words=8) and not line.text.rstrip().endswith(",")
