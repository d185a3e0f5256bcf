"""PDF documents through pdfplumber: lines with fonts, headings, running headers dropped."""

from __future__ import annotations

import io
import logging
import math
import re
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfparser import PDFSyntaxError
from pdfplumber.utils import extract_words
from pdfplumber.utils.exceptions import PdfminerException

from clausecheck.errors import InputError
from clausecheck.numbering import (
    PAGE_NUMBER_LINE,
    is_caps_heading,
    join_lines,
    starts_with_number,
)
from clausecheck.types import Block, Box

# pdfminer logs the tokens of content streams (contract text) at DEBUG and complaints about
# damaged fonts at WARNING: neither may reach a user's terminal or an application's log.
logging.getLogger("pdfminer").setLevel(logging.ERROR)

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
EOF_MARKER = b"%%EOF"
EOF_WINDOW = 1024
"""A complete PDF ends with its end-of-file marker, give or take some trailing bytes."""
GLYPH_CODE = re.compile(r"\(cid:\d+\)")
"""What pdfminer writes for a glyph it cannot map to Unicode."""
MAX_GLYPH_CODE_SHARE = 0.3
"""Text in which glyph codes fill more than this share of the characters is garbage, not text.
Real PDFs show a few codes for bullets and symbols; a font without a Unicode map shows nothing
else."""


@dataclass(slots=True)
class Line:
    text: str
    page: int
    top: float
    bottom: float
    size: float
    bold: bool
    page_height: float
    x0: float = 0.0
    x1: float = 0.0
    page_width: float = 0.0
    """0 when the line's horizontal position is unknown (then it gets no box)."""

    def box(self) -> Box | None:
        """Where the line sits, as fractions of the page, or None when that is unknown."""
        if self.page_width <= 0 or self.page_height <= 0:
            return None
        return Box(
            page=self.page,
            x0=_fraction(self.x0, self.page_width),
            top=_fraction(self.top, self.page_height),
            x1=_fraction(self.x1, self.page_width),
            bottom=_fraction(self.bottom, self.page_height),
        )


BOX_DIGITS = 4
"""Box corners are kept to a ten-thousandth of the page: finer than a point on any page size."""


def _fraction(value: float, whole: float) -> float:
    return round(min(1.0, max(0.0, value / whole)), BOX_DIGITS)


def read_pdf(
    data: bytes, password: str | None = None, max_pages: int | None = None, ocr: bool = False
) -> tuple[int, list[Block], list[str]]:
    """Read a PDF into blocks; raise InputError for encrypted, damaged, unreadable or too long
    files (more than ``max_pages`` pages). With ``ocr``, pages without a usable text layer are
    read by Tesseract."""
    try:
        lines, page_count, warnings = _extract_lines(data, password, max_pages, ocr)
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


def glyph_code_share(text: str) -> float:
    """The share of non-space characters that belong to (cid:NN) glyph codes."""
    visible = len(text) - text.count(" ")
    coded = sum(len(match) for match in GLYPH_CODE.findall(text))
    return coded / visible if visible else 0.0


def _extract_lines(
    data: bytes, password: str | None, max_pages: int | None, ocr: bool
) -> tuple[list[Line], int, list[str]]:
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
                    from clausecheck.ingest.ocr import ocr_page_lines

                    page_lines = ocr_page_lines(page)
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


def _unwrap(exc: PdfminerException) -> object:
    """The error pdfplumber wrapped; running out of memory is re-raised for the isolation layer
    to report as the memory limit (E011), not as a damaged file."""
    inner = exc.args[0] if exc.args else exc
    if isinstance(inner, MemoryError):
        raise inner
    return inner


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
    """The page's text lines in reading order; text turned sideways or upside down (a rotated
    page, a landscape table) is first turned upright, one reading direction at a time."""
    lines = []
    width = float(page.width)
    for chars, frame_height in reading_frames(page.chars, width, float(page.height)):
        words = extract_words(chars, extra_attrs=["fontname", "size"], use_text_flow=False)
        # Text turned upright has coordinates of its own frame, not of the page: no box.
        upright = _quarter_turn(chars[0]) == 0
        lines.extend(
            words_to_lines(words, page.page_number, frame_height, width if upright else 0.0)
        )
    return lines


def words_to_lines(
    words: list[dict], page_number: int, page_height: float, page_width: float = 0.0
) -> list[Line]:
    """Group words whose tops (nearly) agree into lines, top to bottom, left to right.

    With ``page_width``, each line also records its left and right edges (for its box)."""
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
                page=page_number,
                top=min(w["top"] for w in row),
                bottom=max(w["bottom"] for w in row),
                size=statistics.median(w["size"] for w in row),
                bold=all(BOLD_FONT.search(w.get("fontname") or "") for w in row),
                page_height=page_height,
                x0=min(w["x0"] for w in row),
                x1=max(w.get("x1", w["x0"]) for w in row),
                page_width=page_width,
            )
        )
    return lines


def reading_frames(
    chars: list[dict], width: float, height: float
) -> list[tuple[list[dict], float]]:
    """Split characters by the quarter turn of their baseline and turn each group upright.

    Returns (characters, page height in that frame) per direction, the most used direction
    first. Upright characters are passed through untouched.
    """
    by_turn: dict[int, list[dict]] = defaultdict(list)
    for char in chars:
        by_turn[_quarter_turn(char)].append(char)
    frames = []
    for turn, group in sorted(by_turn.items(), key=lambda item: -len(item[1])):
        if turn == 0:
            frames.append((group, height))
        else:
            frames.append(_turn_upright(group, turn, width, height))
    return frames


def _quarter_turn(char: dict) -> int:
    """0, 1, 2 or 3 quarter turns anticlockwise of the character's baseline."""
    a, b = char["matrix"][:2]
    return round(math.degrees(math.atan2(b, a)) / 90) % 4


def _turn_upright(
    chars: list[dict], turn: int, width: float, height: float
) -> tuple[list[dict], float]:
    """Map characters whose baseline points ``turn`` quarter turns anticlockwise into a frame in
    which it points right and lines follow each other downwards."""
    # In page coordinates (y grows downwards) the reading direction is (cos, -sin) and the next
    # line lies along its normal (sin, cos).
    cos, sin = round(math.cos(turn * math.pi / 2)), round(math.sin(turn * math.pi / 2))

    def along(x: float, y: float) -> float:
        return x * cos - y * sin

    def across(x: float, y: float) -> float:
        return x * sin + y * cos

    corners = [(0.0, 0.0), (width, 0.0), (0.0, height), (width, height)]
    u0 = min(along(x, y) for x, y in corners)
    v0 = min(across(x, y) for x, y in corners)
    turned = []
    for char in chars:
        box = [(x, y) for x in (char["x0"], char["x1"]) for y in (char["top"], char["bottom"])]
        top = min(across(x, y) for x, y in box) - v0
        bottom = max(across(x, y) for x, y in box) - v0
        turned.append(
            {
                **char,
                "x0": min(along(x, y) for x, y in box) - u0,
                "x1": max(along(x, y) for x, y in box) - u0,
                "top": top,
                "bottom": bottom,
                "doctop": top,
                "upright": True,
                # pdfminer gives sideways characters their advance as size; the line height is
                # what upright characters carry, and words split where sizes differ.
                "size": bottom - top,
            }
        )
    frame_height = max(across(x, y) for x, y in corners) - v0
    return turned, frame_height


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
    usual_gap = usual_line_gap(gaps)
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
        _extend_boxes(blocks[-1].boxes, line.box())
        previous = line
    return blocks


def _extend_boxes(boxes: list[Box], box: Box | None) -> None:
    """Grow the block's box on the line's page to cover the line, or start one on a new page."""
    if box is None:
        return
    last = boxes[-1] if boxes else None
    if last is None or last.page != box.page:
        boxes.append(box)
        return
    last.x0, last.top = min(last.x0, box.x0), min(last.top, box.top)
    last.x1, last.bottom = max(last.x1, box.x1), max(last.bottom, box.bottom)


LINE_GAP_SHARE = 0.2
"""The gap between lines of one paragraph is the smallest gap that at least this share of all
gaps have. The median is not enough: in an agreement of short paragraphs as many gaps lie
between paragraphs as within them, and the median then lands on the paragraph gap, so that
every paragraph ran into the next (an unheaded scope paragraph was lost in its neighbours)."""


def usual_line_gap(gaps: list[float]) -> float:
    """The usual gap between two lines of one paragraph, in points."""
    if not gaps:
        return 2.0
    rounded = Counter(round(g * 2) / 2 for g in gaps)
    for gap in sorted(rounded):
        if rounded[gap] >= LINE_GAP_SHARE * len(gaps):
            return gap
    return statistics.median(gaps)


def _is_heading(line: Line, body_size: float) -> bool:
    words = len(line.text.split())
    if words > HEADING_MAX_WORDS:
        return False
    if line.size >= body_size * HEADING_SIZE_RATIO:
        return True
    if line.bold and not line.text.rstrip().endswith((",", ";")):
        return True
    return is_caps_heading(line.text, max_words=8) and not line.text.rstrip().endswith(",")
