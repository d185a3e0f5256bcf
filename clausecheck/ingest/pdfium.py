"""The pdfium engine: a PDF's text layer read with pypdfium2 (installed with pdfplumber), one
text object at a time rather than one character at a time.

pdfplumber builds a Python object for every character, which is most of the time ``analyze``
spends on a PDF. Here pdfium parses in C++, and this reader asks it, for each text object (a run
of text drawn in one font and size, often a whole line), for its text, box, size and font name: a
few calls per run instead of several per character. Runs become words the way pdfplumber's
``extract_words`` makes them (``run_words``: split at spaces, at gaps, and where the font or size
changes: "2.2" in a plain font and "Weekly" in bold stay two words, "2.2 Weekly"), and the words
go through the same ``layout`` code as pdfplumber's: the same reading frames for sideways text,
lines, running-line removal and heading rules. Hostile files meet the same defences: the read
runs in the same limited child process (``isolation.py``), and failures map to the same codes.
"""

from __future__ import annotations

import ctypes
import math
import re
import threading
from dataclasses import dataclass
from typing import Any

from clausecheck.errors import InputError
from clausecheck.ingest.budget import check_page_characters
from clausecheck.ingest.layout import (
    LINE_TOLERANCE,
    TOUCH_FRACTION,
    Line,
    quarter_turn,
    reading_frames,
    words_to_lines,
)
from clausecheck.ingest.tables import MAX_PATH_SEGMENTS, MAX_RULES_PER_PAGE, Rule, shape_rules

X_TOLERANCE = 3.0
"""Runs further apart than this (in points) are never one word: pdfplumber's ``x_tolerance``."""
SENTENCE_END = re.compile(r"[.;:,)]$")
WORD_START = re.compile(r"^[A-Z0-9(\"“‘']")
DOTTED_NUMBER = re.compile(r"^\d{1,3}(?:\.\d{1,3})+$")
"""Two touching runs are still two words where the first ends a sentence, a clause number or a
bracket and the second starts a word in capitals, a number or a quote ("1." + "Subject",
"proceeding." + "MD Anderson"), or where the first is a dotted clause number and the second
does not continue it ("1.3" + "Adaptimmune", "7.8" + "***"). pdfplumber splits them too, mostly
because the two runs' sizes differ in their last bits; a clause number stuck to its text
("1.3Adaptimmune") would hide the number from segmentation."""
STUCK_NUMBER = re.compile(r"^(\(?\d{1,3}(?:\.\d{1,3})*[.)]?)([A-Z“\"][a-z].*)$")
"""A run that starts with a clause number glued to a capitalised word ("2.2Weekly"): the number
and its heading were drawn apart with no space character between them."""
DUPLICATE_DISTANCE = 1.5
"""A run repeating the text of one drawn less than this far away (in points) is the same text
drawn twice to look bold; it is read once (pdfplumber interleaves the two: "ccooppyy")."""
MAX_UNMAPPED_SHARE = 0.3
"""The share of characters without a Unicode mapping above which text is garbage (E013):
pdfplumber's ``MAX_GLYPH_CODE_SHARE``, counted on characters instead of (cid:NN) codes."""
UNMAPPED_SAMPLE = 64
"""Characters per page checked for a missing Unicode mapping (spread evenly over the page)."""
TEXT_BUFFER_UNITS = 4096
"""UTF-16 units in the buffer for one text object's text; a longer one gets a larger buffer."""
HYPHEN_MARKS = str.maketrans({"\ufffe": "-", "\x02": "-", "\r": " ", "\n": " "})
"""pdfium writes U+FFFE (or U+0002) for a hyphen at the end of a line, and a line break between
characters of one object drawn on two baselines: a hyphen and a space, as pdfplumber reads them."""
_LOCK = threading.Lock()
"""pdfium is not thread-safe; a process reads one PDF with it at a time."""

Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


@dataclass(slots=True)
class PageText:
    """What one page gave: its lines, and how many sampled characters had no Unicode map."""

    lines: list[Line]
    sampled: int
    unmapped: int


def extract_lines(
    data: bytes, password: str | None, max_pages: int | None, ocr: bool
) -> tuple[list[Line], int, list[str]]:
    """The pdfium engine (see ``pdf.Extractor``)."""
    with _LOCK:
        return _extract_lines(data, password, max_pages, ocr)


def _extract_lines(
    data: bytes, password: str | None, max_pages: int | None, ocr: bool
) -> tuple[list[Line], int, list[str]]:
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data, password=password or None)
    except pdfium.PdfiumError as exc:
        raise _open_error(exc, password) from None
    except MemoryError:  # the memory limit, reported by the isolation layer
        raise
    except Exception as exc:
        raise InputError("E004", detail=_short(exc)) from None
    lines: list[Line] = []
    ocr_pages: list[int] = []
    sampled = unmapped = 0
    try:
        page_count = len(document)
        if max_pages is not None and page_count > max_pages:
            raise InputError("E012", pages=page_count, limit=max_pages)
        reader = _PageReader()
        for index in range(page_count):
            page = document[index]
            try:
                text = reader.read(page, index + 1)
                if ocr and _needs_ocr(text):
                    lines.extend(_ocr_lines(page, index + 1))
                    ocr_pages.append(index + 1)
                else:
                    lines.extend(text.lines)
                    sampled, unmapped = sampled + text.sampled, unmapped + text.unmapped
            finally:
                page.close()
    except InputError:
        raise
    except MemoryError:
        raise
    except Exception as exc:  # pdfium reports a damaged page as a failed call
        raise InputError("E004", detail=_short(exc)) from None
    finally:
        document.close()
    if sampled and unmapped / sampled > MAX_UNMAPPED_SHARE:
        raise InputError("E013")
    pages_read = ", ".join(map(str, ocr_pages))
    warnings = [f"read by OCR (Tesseract): pages {pages_read}"] if ocr_pages else []
    return lines, page_count, warnings


def _open_error(exc: Any, password: str | None) -> InputError:
    import pypdfium2.raw as raw

    code = getattr(exc, "err_code", None)
    if code == raw.FPDF_ERR_PASSWORD:
        return InputError("E009") if password else InputError("E005")
    if code == raw.FPDF_ERR_SECURITY:
        return InputError("E005")
    return InputError("E004", detail=_short(exc))


def _short(exc: object) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:120]


def _needs_ocr(text: PageText) -> bool:
    """A page with no text layer, or one whose text is mostly unmapped glyphs."""
    if not any(line.text.strip() for line in text.lines):
        return True
    return bool(text.sampled) and text.unmapped / text.sampled > MAX_UNMAPPED_SHARE


def _ocr_lines(page: Any, page_number: int) -> list[Line]:
    from clausecheck.ingest.ocr import OCR_DPI, POINTS_PER_INCH, ocr_image_lines

    image = page.render(scale=OCR_DPI / POINTS_PER_INCH).to_pil()
    return ocr_image_lines(image, page_number, float(page.get_width()), float(page.get_height()))


class _PageReader:
    """Reads pages one after the other, reusing its ctypes buffers and font names."""

    def __init__(self) -> None:
        import pypdfium2.raw as raw

        self.raw = raw
        self.text = (ctypes.c_ushort * TEXT_BUFFER_UNITS)()
        self.name = ctypes.create_string_buffer(256)
        self.box = [ctypes.c_float() for _ in range(4)]
        self.box_refs = [ctypes.byref(value) for value in self.box]
        self.matrix = raw.FS_MATRIX()
        self.size = ctypes.c_float()
        self.size_ref = ctypes.byref(self.size)
        self.fonts: dict[int | None, str] = {}
        self.descents: dict[tuple[int | None, float], float] = {}
        self.characters = 0
        """Characters of the pages read so far (for ``MAX_TEXT_CHARS``)."""

    def read(self, page: Any, page_number: int) -> PageText:
        left, bottom, right, top = _media_box(page)
        textpage = page.get_textpage()
        try:
            # The caps of ingest/budget.py on text, counted here as each page loads (the
            # pdfplumber engine has them counted before it starts).
            count = self.raw.FPDFText_CountChars(textpage.raw)
            self.characters += max(count, 0)
            check_page_characters(page_number, count, self.characters)
            runs, rules = self._objects(page.raw, textpage.raw, left, top)
            if page.get_rotation() % 360:
                rules = []  # a turned page: its text is turned upright, not its rules
            sampled, unmapped = self._unmapped(textpage.raw, count)
        finally:
            textpage.close()
        lines = []
        width = right - left
        for words, frame_height in reading_frames(runs, width, top - bottom):
            # Text turned upright has coordinates of its own frame, not of the page: no box.
            upright = quarter_turn(words[0]) == 0
            lines.extend(
                words_to_lines(
                    run_words(words),
                    page_number,
                    frame_height,
                    width if upright else 0.0,
                    rules if upright else None,
                )
            )
        return PageText(lines, sampled, unmapped)

    def _objects(
        self, page: Any, textpage: Any, left: float, top: float
    ) -> tuple[list[dict], list[Rule]]:
        """Every text object of the page (inside form XObjects too), in page coordinates with
        y growing downwards, as pdfplumber gives characters; and the straight strokes of its
        paths, as pdfplumber gives edges (for the grids of ruled tables)."""
        raw = self.raw
        runs: list[dict] = []
        strokes = _Strokes(raw, left, top)
        stack: list[tuple[Any, bool, Matrix]] = [(page, True, IDENTITY)]
        while stack:
            parent, is_page, outer = stack.pop()
            count = (raw.FPDFPage_CountObjects if is_page else raw.FPDFFormObj_CountObjects)(parent)
            get = raw.FPDFPage_GetObject if is_page else raw.FPDFFormObj_GetObject
            for index in range(count):
                item = get(parent, index)
                kind = raw.FPDFPageObj_GetType(item)
                if kind == raw.FPDF_PAGEOBJ_FORM:
                    raw.FPDFPageObj_GetMatrix(item, self.matrix)
                    stack.append((item, False, _multiply(self._matrix(), outer)))
                elif kind == raw.FPDF_PAGEOBJ_TEXT:
                    run = self._run(item, textpage, outer, left, top)
                    if run is not None:
                        runs.append(run)
                elif kind == raw.FPDF_PAGEOBJ_PATH:
                    raw.FPDFPageObj_GetMatrix(item, self.matrix)
                    strokes.add(item, _multiply(self._matrix(), outer))
        return runs, strokes.rules()

    def _matrix(self) -> Matrix:
        m = self.matrix
        return (m.a, m.b, m.c, m.d, m.e, m.f)

    def _run(self, item: Any, textpage: Any, outer: Matrix, left: float, top: float) -> dict | None:
        """One text object as pdfminer would box its characters: along the baseline, as far
        as its glyphs reach; across it, from the font's descent to descent + font size."""
        raw = self.raw
        text = self._text(item, textpage)
        if not text.strip():
            return None
        raw.FPDFPageObj_GetMatrix(item, self.matrix)
        own = self._matrix()
        raw.FPDFPageObj_GetBounds(item, *self.box_refs)
        x0, y0, x1, y1 = (value.value for value in self.box)
        if own[1] == 0 and own[2] == 0 and own[0] != 0:  # upright and unsheared: most text
            along = ((x0 - own[4]) / own[0], (x1 - own[4]) / own[0])
        else:
            inverse = _invert(own)
            if inverse is None:
                return None  # text squashed to nothing
            along = tuple(_apply(inverse, x, y)[0] for x in (x0, x1) for y in (y0, y1))
        raw.FPDFTextObj_GetFontSize(item, self.size_ref)
        size = self.size.value
        font = raw.FPDFTextObj_GetFont(item)
        descent = self._descent(font, size)
        matrix = _multiply(own, outer)
        low, high = min(along), max(along)
        corners = [_apply(matrix, x, y) for x in (low, high) for y in (descent, descent + size)]
        xs, ys = [x for x, _ in corners], [y for _, y in corners]
        return {
            "text": text,
            "x0": min(xs) - left,
            "x1": max(xs) - left,
            "top": top - max(ys),
            "bottom": top - min(ys),
            # pdfminer's size: the font size scaled by the text's vertical scale
            "size": round(size * math.hypot(matrix[2], matrix[3]), 3),
            "fontname": self._font_name(font),
            "matrix": matrix,
        }

    def _descent(self, font: Any, size: float) -> float:
        """The font's descent at ``size`` (negative, in the text object's units)."""
        key = (ctypes.cast(font, ctypes.c_void_p).value, size)
        found = self.descents.get(key)
        if found is None:
            value = ctypes.c_float()
            ok = self.raw.FPDFFont_GetDescent(font, ctypes.c_float(size), ctypes.byref(value))
            found = self.descents[key] = min(value.value, 0.0) if ok else 0.0
        return found

    def _text(self, item: Any, textpage: Any) -> str:
        raw = self.raw
        buffer = self.text
        length = raw.FPDFTextObj_GetText(item, textpage, buffer, TEXT_BUFFER_UNITS * 2)
        if length > TEXT_BUFFER_UNITS * 2:  # too long for the buffer: ask again with room
            buffer = (ctypes.c_ushort * (length // 2 + 1))()
            length = raw.FPDFTextObj_GetText(item, textpage, buffer, ctypes.sizeof(buffer))
        units = max(length // 2 - 1, 0)  # the length counts bytes and the closing NUL
        text = ctypes.string_at(buffer, units * 2).decode("utf-16-le", "replace")
        return text.translate(HYPHEN_MARKS)

    def _font_name(self, font: Any) -> str:
        key = ctypes.cast(font, ctypes.c_void_p).value
        name = self.fonts.get(key)
        if name is None:
            length = self.raw.FPDFFont_GetBaseFontName(font, self.name, ctypes.sizeof(self.name))
            value = self.name.raw[: max(min(length, ctypes.sizeof(self.name)) - 1, 0)]
            name = self.fonts[key] = value.decode("utf-8", "replace")
        return name

    def _unmapped(self, textpage: Any, count: int) -> tuple[int, int]:
        """(characters sampled, of which without a Unicode mapping), of ``count`` on the page."""
        if count <= 0:
            return 0, 0
        step = max(1, count // UNMAPPED_SAMPLE)
        indexes = range(0, count, step)
        missing = sum(1 for i in indexes if self.raw.FPDFText_HasUnicodeMapError(textpage, i) == 1)
        return len(indexes), missing


class _Strokes:
    """The rules a page's paths draw (``tables.shape_rules``), as pdfplumber reads them from
    its lines, rectangles and curves. Reading stops past ``MAX_RULES_PER_PAGE`` rules or
    ``MAX_PATH_SEGMENTS`` segments: such a page is a drawing, and has no table."""

    def __init__(self, raw: Any, left: float, top: float) -> None:
        self.raw, self.left, self.top = raw, left, top
        self.found: list[Rule] = []
        self.segments = 0
        self.x, self.y = ctypes.c_float(), ctypes.c_float()
        self.point_refs = (ctypes.byref(self.x), ctypes.byref(self.y))
        self.fill, self.stroke = ctypes.c_int(), ctypes.c_int()

    def add(self, path: Any, matrix: Matrix) -> None:
        raw = self.raw
        count = raw.FPDFPath_CountSegments(path)
        self.segments += max(count, 0)
        if self._too_many():
            return
        outlines: list[tuple[list[tuple[float, float]], bool]] = []
        for index in range(count):
            segment = raw.FPDFPath_GetPathSegment(path, index)
            if not raw.FPDFPathSegment_GetPoint(segment, *self.point_refs):
                continue
            x, y = _apply(matrix, self.x.value, self.y.value)
            point = (x - self.left, self.top - y)
            if raw.FPDFPathSegment_GetType(segment) == raw.FPDF_SEGMENT_MOVETO or not outlines:
                outlines.append(([point], False))
            else:
                outlines[-1][0].append(point)
            if raw.FPDFPathSegment_GetClose(segment):
                outlines[-1] = (outlines[-1][0], True)
        stroked = raw.FPDFPath_GetDrawMode(
            path, ctypes.byref(self.fill), ctypes.byref(self.stroke)
        ) and bool(self.stroke.value)
        self.found += shape_rules(outlines, stroked)

    def _too_many(self) -> bool:
        return self.segments > MAX_PATH_SEGMENTS or len(self.found) > MAX_RULES_PER_PAGE

    def rules(self) -> list[Rule]:
        return [] if self._too_many() else self.found


def _media_box(page: Any) -> tuple[float, float, float, float]:
    """(left, bottom, right, top) of the page's media box, which pdfplumber measures from."""
    left, bottom, right, top = page.get_mediabox()
    return float(left), float(bottom), float(right), float(top)


def _multiply(first: Matrix, then: Matrix) -> Matrix:
    """The matrix that applies ``first``, then ``then`` (PDF's row-vector convention)."""
    a, b, c, d, e, f = first
    p, q, r, s, t, u = then
    return (
        a * p + b * r,
        a * q + b * s,
        c * p + d * r,
        c * q + d * s,
        e * p + f * r + t,
        e * q + f * s + u,
    )


def _invert(m: Matrix) -> Matrix | None:
    a, b, c, d, e, f = m
    det = a * d - b * c
    if abs(det) < 1e-12:
        return None
    return (d / det, -b / det, -c / det, a / det, (c * f - d * e) / det, (b * e - a * f) / det)


def _apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    return (x * m[0] + y * m[2] + m[4], x * m[1] + y * m[3] + m[5])


def run_words(runs: list[dict]) -> list[dict]:
    """Words for ``layout.words_to_lines`` as pdfplumber's ``extract_words`` makes them from
    the same characters, a run of several words at a time.

    A run's spaces (and no-break spaces) end its words, as in pdfplumber. Where a run ends and
    the next on the same line starts close enough (``TOUCH_FRACTION``), in the same font and
    size, with no space between them, the two touch: the word continues ("Con" + "tract"),
    unless they are a word end and a word start (``_two_words``). Each run carries its word
    count, which weighs its size in the line's median as pdfplumber's words would."""
    words: list[dict] = []
    previous: dict | None = None
    for run in _without_duplicates(sorted(runs, key=lambda r: (round(r["top"]), r["x0"]))):
        raw = run["text"]
        if stuck := STUCK_NUMBER.match(raw):
            raw = f"{stuck.group(1)} {stuck.group(2)}"
        parts = raw.split()
        text = " ".join(parts)
        if (
            previous is not None
            and previous["open_end"]
            and not raw[0].isspace()
            and abs(previous["top"] - run["top"]) <= LINE_TOLERANCE
            and -X_TOLERANCE
            <= run["x0"] - previous["x1"]
            <= min(X_TOLERANCE, TOUCH_FRACTION * run["size"])
            and (previous["fontname"], previous["size"]) == (run["fontname"], run["size"])
            and not _two_words(previous["text"].rsplit(" ", 1)[-1], parts[0])
        ):
            previous["text"] += text
            previous["x1"] = run["x1"]
            previous["bottom"] = max(previous["bottom"], run["bottom"])
            previous["words"] += len(parts) - 1
            previous["open_end"] = not raw[-1].isspace()
            continue
        previous = {**run, "text": text, "words": len(parts), "open_end": not raw[-1].isspace()}
        words.append(previous)
    return words


def _two_words(first: str, second: str) -> bool:
    """Whether touching runs are a word end and a new word (see ``SENTENCE_END``)."""
    if SENTENCE_END.search(first) and WORD_START.match(second):
        return True
    return bool(DOTTED_NUMBER.match(first)) and not second[:1].isdigit() and second[:1] != "."


def _without_duplicates(runs: list[dict]) -> list[dict]:
    """Runs in order, each text drawn again within ``DUPLICATE_DISTANCE`` kept once."""
    kept: list[dict] = []
    recent: dict[str, list[dict]] = {}
    for run in runs:
        twins = recent.setdefault(run["text"], [])
        if any(
            abs(twin["x0"] - run["x0"]) < DUPLICATE_DISTANCE
            and abs(twin["top"] - run["top"]) < DUPLICATE_DISTANCE
            for twin in twins
        ):
            continue
        twins.append(run)
        kept.append(run)
    return kept
