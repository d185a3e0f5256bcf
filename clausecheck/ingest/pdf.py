"""PDF documents: the reader every engine goes through (``read_pdf``), and the pdfplumber engine.

An engine turns the file into text lines with positions and fonts (``layout.Line``): pdfplumber
here (the default), pypdfium2 in ``pdfium.py``. ``read_pdf`` then applies what does not depend
on the engine: the same error codes, the glyph-code check, running-line removal and heading
rules (``layout.py``). pdfplumber is imported only when it reads a document.
"""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from clausecheck.errors import InputError
from clausecheck.ingest.layout import (
    Line,
    assemble_blocks,
    drop_running_furniture,
    quarter_turn,
    reading_frames,
    words_to_lines,
)
from clausecheck.ingest.tables import MAX_PATH_SEGMENTS, MAX_RULES_PER_PAGE, Rule, shape_rules
from clausecheck.types import Block

if TYPE_CHECKING:
    import pdfplumber

# pdfminer logs the tokens of content streams (contract text) at DEBUG and complaints about
# damaged fonts at WARNING: neither may reach a user's terminal or an application's log.
logging.getLogger("pdfminer").setLevel(logging.ERROR)

PDF_ENGINES = ("pdfplumber", "pdfium")
"""The engines that can read a PDF's text layer."""
DEFAULT_ENGINE = "pdfplumber"
"""The engine every command and the API use unless told otherwise: one document gives one
report, whichever command reads it. pdfium is faster, for large portfolios (docs/benchmarks.md)."""
EOF_MARKER = b"%%EOF"
EOF_WINDOW = 1024
"""A complete PDF ends with its end-of-file marker, give or take some trailing bytes."""
GLYPH_CODE = re.compile(r"\(cid:\d+\)")
"""What pdfminer writes for a glyph it cannot map to Unicode."""
MAX_GLYPH_CODE_SHARE = 0.3
"""Text in which glyph codes fill more than this share of the characters is garbage, not text.
Real PDFs show a few codes for bullets and symbols; a font without a Unicode map shows nothing
else."""

Extractor = Callable[[bytes, str | None, int | None, bool], tuple[list[Line], int, list[str]]]
"""An engine: (data, password, max_pages, ocr) -> (lines, page count, warnings)."""


def read_pdf(
    data: bytes,
    password: str | None = None,
    max_pages: int | None = None,
    ocr: bool = False,
    engine: str = DEFAULT_ENGINE,
) -> tuple[int, list[Block], list[str]]:
    """Read a PDF into blocks with ``engine``; raise InputError for encrypted, damaged,
    unreadable or too long files (more than ``max_pages`` pages). With ``ocr``, pages without
    a usable text layer are read by Tesseract."""
    extract = pdf_engine(engine)
    try:
        lines, page_count, warnings = extract(data, password, max_pages, ocr)
    except InputError as exc:
        if exc.code == "E004" and EOF_MARKER not in data[-EOF_WINDOW:]:
            raise InputError(
                "E004", detail="the file is cut short: no end-of-file marker"
            ) from None
        raise
    if page_count == 0:
        raise InputError("E004", detail="no pages found; its cross-reference table may be broken")
    if lines and glyph_code_share(" ".join(line.text for line in lines)) > MAX_GLYPH_CODE_SHARE:
        raise InputError("E013")
    lines = drop_running_furniture(lines, page_count)
    return page_count, assemble_blocks(lines), warnings


def pdf_engine(name: str) -> Extractor:
    """The line extractor of an engine named in ``PDF_ENGINES`` (E021 for any other name)."""
    if name == "pdfplumber":
        return _extract_lines
    if name == "pdfium":
        from clausecheck.ingest.pdfium import extract_lines

        return extract_lines
    raise InputError("E021", name=str(name)[:40], choices=", ".join(PDF_ENGINES))


def glyph_code_share(text: str) -> float:
    """The share of non-space characters that belong to (cid:NN) glyph codes."""
    visible = len(text) - text.count(" ")
    coded = sum(len(match) for match in GLYPH_CODE.findall(text))
    return coded / visible if visible else 0.0


def _extract_lines(
    data: bytes, password: str | None, max_pages: int | None, ocr: bool
) -> tuple[list[Line], int, list[str]]:
    """The pdfplumber engine."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfplumber.utils.exceptions import PdfminerException

    try:
        pdf = pdfplumber.open(io.BytesIO(data), password=password or "")
    except PdfminerException as exc:
        raise _pdf_error(_unwrap(exc), password) from None
    except (PDFSyntaxError, PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise _pdf_error(exc, password) from None
    except MemoryError:  # the memory limit, reported by the isolation layer
        raise
    except Exception as exc:  # pdfminer raises many internal types on damaged files
        raise InputError("E004", detail=_short(exc)) from None
    lines: list[Line] = []
    ocr_pages: list[int] = []
    try:
        with pdf:
            page_count = len(pdf.pages)
            if max_pages is not None and page_count > max_pages:
                raise InputError("E012", pages=page_count, limit=max_pages)
            for page in pdf.pages:
                page_lines = _page_lines(page)
                if ocr and _needs_ocr(page_lines):
                    from clausecheck.ingest.ocr import OCR_DPI, ocr_image_lines

                    image = page.to_image(resolution=OCR_DPI).original
                    page_lines = ocr_image_lines(
                        image, page.page_number, float(page.width), float(page.height)
                    )
                    ocr_pages.append(page.page_number)
                lines.extend(page_lines)
                page.close()
    except PdfminerException as exc:
        raise _pdf_error(_unwrap(exc), password) from None
    except InputError:
        raise
    except MemoryError:  # the memory limit, reported by the isolation layer
        raise
    except Exception as exc:
        raise InputError("E004", detail=_short(exc)) from None
    pages_read = ", ".join(map(str, ocr_pages))
    warnings = [f"read by OCR (Tesseract): pages {pages_read}"] if ocr_pages else []
    return lines, page_count, warnings


def _needs_ocr(lines: list[Line]) -> bool:
    """A page with no text layer, or one whose text is only glyph codes."""
    text = " ".join(line.text for line in lines)
    return not text.strip() or glyph_code_share(text) > MAX_GLYPH_CODE_SHARE


def _unwrap(exc: Exception) -> object:
    """The error pdfplumber wrapped; running out of memory is re-raised for the isolation layer
    to report as the memory limit (E011), not as a damaged file."""
    inner = exc.args[0] if exc.args else exc
    if isinstance(inner, MemoryError):
        raise inner
    return inner


def _pdf_error(exc: object, password: str | None) -> InputError:
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    if isinstance(exc, PDFPasswordIncorrect):
        return InputError("E009") if password else InputError("E005")
    if isinstance(exc, PDFEncryptionError):
        return InputError("E005")
    return InputError("E004", detail=_short(exc))


def _short(exc: object) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:120]


def _page_lines(page: pdfplumber.page.Page) -> list[Line]:
    """The page's text lines in reading order; text turned sideways or upside down (a rotated
    page, a landscape table) is first turned upright, one reading direction at a time."""
    from pdfplumber.utils import extract_words

    lines = []
    width = float(page.width)
    for chars, frame_height in reading_frames(page.chars, width, float(page.height)):
        words = extract_words(chars, extra_attrs=["fontname", "size"], use_text_flow=False)
        # Text turned upright has coordinates of its own frame, not of the page: no box, and
        # the page's rules do not frame it.
        upright = quarter_turn(chars[0]) == 0
        rules = _rules(page) if upright else None
        lines.extend(
            words_to_lines(words, page.page_number, frame_height, width if upright else 0.0, rules)
        )
    return lines


def _rules(page: pdfplumber.page.Page) -> list[Rule]:
    """The rules the page's lines, rectangles and curves draw, for the grids of ruled tables;
    none where there are more than a table would draw."""
    shapes = (*page.lines, *page.rects, *page.curves)
    if page.rotation % 360 or sum(len(s.get("pts") or ()) for s in shapes) > MAX_PATH_SEGMENTS:
        return []  # a turned page (its text is turned upright, not its rules), or a drawing
    rules = []
    for shape in shapes:
        closed = shape["object_type"] == "rect"
        outline = [(float(x), float(y)) for x, y in shape.get("pts") or []]
        rules += shape_rules([(outline, closed)], bool(shape.get("stroke")))
    return [] if len(rules) > MAX_RULES_PER_PAGE else rules
