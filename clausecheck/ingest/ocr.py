"""OCR for pages without a text layer: the engine renders the page, Tesseract reads it.

Tesseract is an optional system program (Debian: ``tesseract-ocr``), called as a subprocess so
that nothing is downloaded and no Python binding is needed. Its TSV output gives each word's
box, so OCR lines join the same paragraph and heading logic as lines from a text layer.
"""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
from typing import TYPE_CHECKING

from clausecheck.errors import InputError
from clausecheck.ingest.layout import Line, words_to_lines

if TYPE_CHECKING:
    from PIL.Image import Image

TESSERACT = "tesseract"
OCR_DPI = 300
"""Pages are rendered at the resolution Tesseract is trained for."""
OCR_LANGUAGE = "eng"
OCR_PAGE_TIMEOUT_S = 60.0
"""One page should take a few seconds; a stuck Tesseract is stopped after this long."""
MIN_WORD_CONFIDENCE = 30.0
"""Words Tesseract is less sure of than this (0-100) are speckles, not text."""
POINTS_PER_INCH = 72


def tesseract_path() -> str | None:
    """The Tesseract program on PATH, or None when it is not installed."""
    return shutil.which(TESSERACT)


def ocr_image_lines(
    image: Image, page_number: int, page_width: float, page_height: float
) -> list[Line]:
    """Read one page rendered at ``OCR_DPI`` with Tesseract into lines, in PDF points like
    text-layer lines."""
    program = tesseract_path()
    if program is None:
        raise InputError("E016")
    png = io.BytesIO()
    image.save(png, format="PNG")
    try:
        result = subprocess.run(
            [program, "stdin", "stdout", "-l", OCR_LANGUAGE, "--dpi", str(OCR_DPI), "tsv"],
            input=png.getvalue(),
            capture_output=True,
            timeout=OCR_PAGE_TIMEOUT_S,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise InputError("E017", page=page_number, detail="timed out") from None
    if result.returncode != 0:
        message = result.stderr.decode("utf-8", "replace").strip().splitlines()
        detail = message[-1][:120] if message else f"exit code {result.returncode}"
        raise InputError("E017", page=page_number, detail=detail)
    words = tsv_words(result.stdout.decode("utf-8", "replace"), POINTS_PER_INCH / OCR_DPI)
    return words_to_lines(words, page_number, page_height, page_width)


def tsv_words(tsv: str, scale: float) -> list[dict]:
    """Words from Tesseract's TSV as boxes in points, each given the box of its OCR line.

    Tesseract has already grouped words into lines. Giving each word its line's top and height
    keeps those lines intact, and a line's size is its height, not that of its tallest letter.
    """
    words: list[tuple[tuple[str, str, str], dict]] = []
    line_boxes: dict[tuple[str, str, str], tuple[float, float]] = {}
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        text = (row.get("text") or "").strip()
        if row.get("level") != "5" or not text or float(row["conf"]) < MIN_WORD_CONFIDENCE:
            continue
        key = (row["block_num"], row["par_num"], row["line_num"])
        top = float(row["top"]) * scale
        bottom = top + float(row["height"]) * scale
        old_top, old_bottom = line_boxes.get(key, (top, bottom))
        line_boxes[key] = (min(old_top, top), max(old_bottom, bottom))
        left = float(row["left"]) * scale
        right = left + float(row["width"]) * scale
        words.append((key, {"text": text, "x0": left, "x1": right, "fontname": ""}))
    for key, word in words:
        top, bottom = line_boxes[key]
        word.update(top=top, bottom=bottom, size=bottom - top)
    return [word for _, word in words]
