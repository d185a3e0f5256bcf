"""Page layout, whichever engine read the PDF: words into lines, sideways text turned upright,
running headers and footers dropped, lines into headings and paragraphs.

An engine (``pdf.py`` with pdfplumber, ``pdfium.py`` with pypdfium2, ``ocr.py`` with Tesseract)
gives words or characters with positions, sizes and font names; everything after that is here,
so one document gets the same running-line removal and heading rules from every engine.
"""

from __future__ import annotations

import math
import re
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass

from clausecheck.ingest.tables import Rule, TableRow, split_table_words
from clausecheck.numbering import (
    LEADING_NUMBER,
    PAGE_NUMBER_LINE,
    is_caps_heading,
    join_lines,
    starts_a_term_field,
    starts_with_number,
)
from clausecheck.types import Block, Box

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
BOLD_BODY_SHARE = 0.5
"""Where at least this share of lines is bold (a whole agreement set in Arial Black), bold is the
body face, not a heading cue: every line had become a heading with an empty clause under it."""
_PREAMBLE_OPENING = re.compile(
    r"^\W*this\s+(?:[\w&,.'-]+\s+){0,6}?(?:agreement|contract|deed|licen[cs]e|lease|amendment)\b"
    r"|\bshall\b",
    re.IGNORECASE,
)
"""A sentence, not a heading, however it is set: the preamble's opening ('THIS AGREEMENT IS MADE
ON THE 19TH DAY OF MAY, 2010'), or a line that says 'shall'. Read as a heading, its date and
parties were lost to every key term."""
_SIGNATURE_FIELD = re.compile(
    r"^\W{0,3}(?:(?:by|name|title|its|dated?|signature|signed|per|witness|attest)\s{0,3}:"
    r"|by\s{0,3}(?:/s/|_{2,})|/s/|_{3,}|\((?:date|signature|name|title)\b[^)]{0,20}\))",
    re.IGNORECASE,
)
"""A line of a signature block: 'By:', 'Name:', 'Title:', '/s/ Jane Doe', '________', '(Date)'."""
SIGNATURE_NAME_REACH = 2
"""A party's name sits at most this many lines above its block's first field (a name may wrap:
'Northwind Growth Fund' over 'Offshore, LP' over 'By:')."""
_CONNECTOR_LINE = re.compile(
    r"^\W{0,2}(?:(?:by\s+)?(?:and\s+)?(?:between|among|amongst)|and|with|-and-)\W{0,2}$",
    re.IGNORECASE,
)
"""A cover page's line that only links the parties: 'by and between', 'and', 'among'. It and the
lines either side of it are one title ('MEDIWOUND LTD. and VERICEL CORPORATION'): set apart,
each name was a heading of its own, and the cover's empty headings filled the leading clauses
in which the parties are looked for."""
_SPELLED_THEN_FIGURES = re.compile(r"^\(\d{1,3}\)\s+[a-z]")
"""A line opening '(2) years' after a line ending 'two': the figures of a number spelled out,
wrapped to the next line, not a clause numbered (2)."""


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
    table: bool = False
    """A row of a ruled table, its cells joined by " | " (``tables.py``): a block of its own."""

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


def words_to_lines(
    words: list[dict],
    page_number: int,
    page_height: float,
    page_width: float = 0.0,
    rules: list[Rule] | None = None,
) -> list[Line]:
    """Group words whose tops (nearly) agree into lines, top to bottom, left to right.

    With ``page_width``, each line also records its left and right edges (for its box). A
    "word" may hold several words (a pdfium run, "the Supplier shall"): its ``words`` count, 1
    when absent, weighs its size in the line's median as that many words. With the page's
    ``rules``, the rows of a ruled table are read cell by cell, each row one line."""

    def cell_text(cell: list[dict]) -> str:
        text = ""
        for line in _rows_to_lines(cell, page_number, page_height, page_width):
            text = join_lines(text, line.text) if text else line.text
        return text

    outside, table_rows = split_table_words(words, rules or [], cell_text)
    lines = _rows_to_lines(outside, page_number, page_height, page_width)
    for row in table_rows:
        line = _table_line(row, page_number, page_height, page_width)
        at = next((n for n, other in enumerate(lines) if other.top > line.top), len(lines))
        lines.insert(at, line)
    return lines


def _rows_to_lines(
    words: list[dict], page_number: int, page_height: float, page_width: float
) -> list[Line]:
    rows: list[list[dict]] = []
    for word in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        if rows and abs(rows[-1][0]["top"] - word["top"]) <= LINE_TOLERANCE:
            rows[-1].append(word)
        else:
            rows.append([word])
    lines = []
    for row in rows:
        row.sort(key=lambda w: w["x0"])
        sizes = [w["size"] for w in row for _ in range(w.get("words", 1))]
        lines.append(
            Line(
                text=_plain(_row_text(row)),
                page=page_number,
                top=min(w["top"] for w in row),
                bottom=max(w["bottom"] for w in row),
                size=statistics.median(sizes) if len(sizes) > 1 else sizes[0],
                bold=all(BOLD_FONT.search(w.get("fontname") or "") for w in row),
                page_height=page_height,
                x0=min(w["x0"] for w in row),
                x1=max(w.get("x1", w["x0"]) for w in row),
                page_width=page_width,
            )
        )
    return lines


def _table_line(row: TableRow, page_number: int, page_height: float, page_width: float) -> Line:
    """A ruled table's row as one line of cells."""
    words = row.words
    sizes = [w["size"] for w in words for _ in range(w.get("words", 1))]
    return Line(
        text=row.text,
        page=page_number,
        top=min(w["top"] for w in words),
        bottom=max(w["bottom"] for w in words),
        size=statistics.median(sizes),
        bold=all(BOLD_FONT.search(w.get("fontname") or "") for w in words),
        page_height=page_height,
        x0=min(w["x0"] for w in words),
        x1=max(w.get("x1", w["x0"]) for w in words),
        page_width=page_width,
        table=True,
    )


TOUCH_FRACTION = 0.2
"""Words or runs closer than this share of the font size touch: one word the engine or the
producer cut in two ("Con" + "tract", "B" + "IOCEPT" in small capitals). A word space is wider,
and pdfium's boxes, which hug the ink, leave about a tenth of the size between letters."""
SMALL_CAPS_RATIO = 0.92
"""A capital set at most this share of the size of the capital it touches is a small capital."""
_CLOSING_PUNCTUATION = re.compile(r"^[,.;:)\]”’]")
"""A word that opens with these belongs to the word before it (a pdfium run may go on: ', I')."""


_OPENING_ONLY = re.compile(r"(?:^|\s)(?:\(?[“‘]|\(\"?)$")
"""An opening bracket or quote (ending an engine's run) set apart from its word ('( “NFLA”)', '(the “ Agreement”)',
'(" Agreement ")'): the producer drew a gap where the font changed; a text file has none, and
the defined name of a party was read with stray spaces in it."""
_CLOSING_ONLY = re.compile(r"^(?:[”’]\)?|\"\)|\))[,.;:]?(?:\s|$)")
"""A closing quote or bracket set apart from the word it closes: 'Agreement ”)', '“Buyer” ),'."""
_ORDINAL_SUFFIX = re.compile(r"^(?:st|nd|rd|th)\b", re.IGNORECASE)
"""A superscript ordinal's letters: '22' + 'nd' is '22nd'."""


LOOKALIKES = str.maketrans(
    {
        "\u037e": ";",  # Greek question mark, drawn as a semicolon
        "\ufb00": "ff",
        "\ufb01": "fi",
        "\ufb02": "fl",
        "\ufb03": "ffi",
        "\ufb04": "ffl",
        "\ufb05": "st",
        "\ufb06": "st",
    }
)
"""Characters a PDF draws as others: a producer's Greek question mark for a semicolon, and the
ligatures of a typeset font ('ﬁ' for 'fi'). A text file has the plain characters; kept, the
semicolon between two parties in a preamble ('CA 94061; Beta Inc.') no longer divided them,
and 'ﬁxed term' matched no word."""


_APOSTROPHE = re.compile(r"(?<=[^\W\d_])\u2019(?=[^\W\d_])|(?<=[^\W\d_])\u2019 (?=[sS]\b)")
"""A typographic apostrophe inside a word ('People’s', 'PARTY’S', or 'PARTY’ S' where the
producer set the 's' apart): a text file has the straight one, which the term readers spell
('People's Republic of China', "either party's aggregate liability"). A closing quote after a
word ('the ‘Buyer’ shall') is left as it is."""


def _plain(text: str) -> str:
    """The line as a text file gives it: lookalike characters and apostrophes made plain."""
    return _APOSTROPHE.sub("'", text.translate(LOOKALIKES))


def _row_text(row: list[dict]) -> str:
    """The line's words joined by spaces, except where the engine split one word where its size
    changed: small capitals ('B' + 'IOCEPT' is 'BIOCEPT'), punctuation set in the body size
    after them ('BIOCEPT' + ','), a superscript ordinal ('22' + 'nd'). Read apart,
    'B IOCEPT , I NC .' named no party and 'November 22 nd, 2017' was no date."""
    text = row[0]["text"]
    for before, word in zip(row, row[1:], strict=False):
        gap = word["x0"] - before.get("x1", before["x0"])
        touching = gap <= TOUCH_FRACTION * min(word["size"], before["size"])
        small_caps = (
            before["text"][-1:].isupper()
            and word["text"][:1].isupper()
            and word["text"].upper() == word["text"]
            and word["size"] <= SMALL_CAPS_RATIO * before["size"]
        )
        ordinal = before["text"][-1:].isdigit() and _ORDINAL_SUFFIX.match(word["text"])
        joined = (
            (touching and (small_caps or ordinal or _CLOSING_PUNCTUATION.match(word["text"])))
            or _OPENING_ONLY.match(before["text"])
            or _CLOSING_ONLY.match(word["text"])
        )
        text += word["text"] if joined else " " + word["text"]
    return text


def reading_frames(
    chars: list[dict], width: float, height: float
) -> list[tuple[list[dict], float]]:
    """Split characters by the quarter turn of their baseline and turn each group upright.

    Returns (characters, page height in that frame) per direction, the most used direction
    first. Upright characters are passed through untouched.
    """
    by_turn: dict[int, list[dict]] = defaultdict(list)
    for char in chars:
        by_turn[quarter_turn(char)].append(char)
    frames = []
    for turn, group in sorted(by_turn.items(), key=lambda item: -len(item[1])):
        if turn == 0:
            frames.append((group, height))
        else:
            frames.append(_turn_upright(group, turn, width, height))
    return frames


def quarter_turn(char: dict) -> int:
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
    return _drop_page_numbers(kept)


_ROMAN_PAGE_NUMBER = re.compile(r"^[-–—]?\s*[ivxl]{1,6}\s*[-–—]?$", re.IGNORECASE)
"""A front-matter page number in roman figures: 'iii', '- ii -'."""


def _drop_page_numbers(lines: list[Line]) -> list[Line]:
    """Drop a page number that is the last or first line of its page, wherever it sits.

    On a page whose text ends halfway down (a filing printed from HTML, a signature page) the
    page number follows the last paragraph, outside any margin; kept, it ran into the next
    page's first sentence ('1 THIS AGREEMENT IS MADE ...', so the preamble named no parties)
    or stood alone as a clause between two halves of a sentence."""
    ends: set[int] = set()
    for n, line in enumerate(lines):
        if n == 0 or lines[n - 1].page != line.page:
            ends.add(n)
        if n == len(lines) - 1 or lines[n + 1].page != line.page:
            ends.add(n)
    return [
        line
        for n, line in enumerate(lines)
        if not (
            n in ends
            and (
                PAGE_NUMBER_LINE.match(_furniture_key(line.text))
                or _ROMAN_PAGE_NUMBER.match(line.text.strip())
            )
        )
    ]


def assemble_blocks(lines: list[Line]) -> list[Block]:
    """Join lines into paragraphs and headings, mending words hyphenated across line ends."""
    if not lines:
        return []
    body_size = statistics.median(ln.size for ln in lines)
    bold_is_body = sum(ln.bold for ln in lines) >= BOLD_BODY_SHARE * len(lines)
    gaps = [
        b.top - a.bottom
        for a, b in zip(lines, lines[1:], strict=False)
        if a.page == b.page and b.top > a.bottom
    ]
    usual_gap = usual_line_gap(gaps)
    blocks: list[Block] = []
    previous: Line | None = None
    signing = _signature_lines(lines)
    margins = _text_margins(lines)
    for index, line in enumerate(lines):
        in_block = index in signing and index - 1 in signing
        heading = (
            not line.table
            and _is_heading(line, body_size, bold_is_body, index in signing)
            and not (
                previous is not None
                and blocks[-1].kind == "paragraph"
                and _ends_a_capitals_sentence(previous, line, body_size, usual_gap)
            )
        )
        linked = previous is not None and (
            _CONNECTOR_LINE.match(line.text) or _CONNECTOR_LINE.match(previous.text)
        )
        beside_a_table = line.table or (previous is not None and previous.table)
        new_block = beside_a_table or (
            not linked
            and (
                previous is None
                or heading
                or blocks[-1].kind == "heading"
                or (
                    starts_with_number(line.text)
                    and not _wrapped_figures(previous.text, line.text)
                    and not _wrapped_enumerator(previous, line, margins, blocks[-1].text)
                )
                or (
                    index in signing and index - 1 not in signing and _dated_sentence(previous.text)
                )
                or (not in_block and starts_a_term_field(previous.text, line.text))
                or (
                    not in_block
                    and line.page == previous.page
                    and line.top - previous.bottom > PARAGRAPH_GAP_RATIO * usual_gap + 1
                )
            )
        )
        if new_block:
            kind = "table" if line.table else "heading" if heading else "paragraph"
            blocks.append(Block(text=line.text, page=line.page, kind=kind))
        else:
            blocks[-1].text = join_lines(blocks[-1].text, line.text)
        _extend_boxes(blocks[-1].boxes, line.box())
        previous = line
    return blocks


_SENTENCE_STOP = re.compile(r"[.;:!?][\"”’)\]]*$")
CAPITALS_WORDS = 9
"""A line of at least this many words in capitals is body text set in capitals, not a heading
(``is_caps_heading`` allows eight)."""


def _ends_a_capitals_sentence(
    previous: Line, line: Line, body_size: float, usual_gap: float
) -> bool:
    """Whether ``line``, which only its capitals make a heading, is the last line of a paragraph
    set in capitals: the line before it is long, in capitals, stops mid-sentence ('... SHALL
    NOT EXCEED AN') and sits the usual line gap above. Read as a heading ('AMOUNT EQUAL TO
    $50,000.'), the sum was cut from its cap, which a text file keeps in one paragraph."""
    letters = [c for c in previous.text if c.isalpha()]
    return (
        line.page == previous.page
        and line.size < body_size * HEADING_SIZE_RATIO
        and len(previous.text.split()) >= CAPITALS_WORDS
        and sum(c.isupper() for c in letters) > 0.8 * len(letters)
        and not _SENTENCE_STOP.search(previous.text.rstrip())
        and line.top - previous.bottom <= PARAGRAPH_GAP_RATIO * usual_gap + 1
    )


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


def _wrapped_figures(previous: str, line: str) -> bool:
    """Whether ``line`` opens with the figures of a number ``previous`` ended spelling out."""
    return bool(
        _SPELLED_THEN_FIGURES.match(line)
        and previous[-1:].isalpha()
        and not re.search(r"\b(?:and|or)$", previous, re.IGNORECASE)
    )


FULL_LINE_SLACK = 0.02
"""A line ending within this share of the text's width of its right margin is full: the
sentence went on below it. Tight, since a ragged line may end near the margin by chance."""
_LIST_STOP = re.compile(
    r"(?:[:;.!?—–]|:-|\s-|;\s*(?:and|or|plus|less)|\b(?:and|or)\s*/\s*or)[\"”’)\]]*$", re.I
)
"""How the line before a list item ends: 'the following:', 'as follows:-', 'it —', 'the Fees;',
'...; and'."""
MARGIN_PERCENTILE = 0.9
"""The text's right margin is where this share of lines with a known position end (and its
left margin where as large a share begin): full lines of body text, not a wide table."""
MIN_MARGIN_LINES = 20
"""Fewer lines than this give no margin to trust (a page of short list items sets it short)."""
_FIRST_ITEM = frozenset({"a", "i", "1", "A", "I"})
_ROMAN_BEFORE = {"ii": "i", "iii": "ii", "iv": "iii", "v": "iv", "vi": "v", "vii": "vi"}
_PREVIOUS_ITEM = {
    **{chr(c): chr(c - 1) for c in range(ord("b"), ord("z") + 1)},
    **{chr(c): chr(c - 1) for c in range(ord("B"), ord("Z") + 1)},
    **{str(n): str(n - 1) for n in range(2, 100)},
    **_ROMAN_BEFORE,
    **{"viii": "vii", "ix": "viii", "x": "ix"},
}
"""The item before each list marker ('b' after 'a', 'iv' after 'iii'); 'v' and 'x' are read as
roman numerals, the commoner use in contracts."""


def _text_margins(lines: list[Line]) -> tuple[float, float] | None:
    """(left, right) edge of the body text, in points, or None when too few lines have a
    known position."""
    placed = [line for line in lines if line.page_width > 0 and not line.table]
    if len(placed) < MIN_MARGIN_LINES:
        return None
    lefts = sorted(line.x0 for line in placed)
    rights = sorted(line.x1 for line in placed)
    at = int(MARGIN_PERCENTILE * (len(placed) - 1))
    return lefts[len(placed) - 1 - at], rights[at]


def _wrapped_enumerator(
    previous: Line, line: Line, margins: tuple[float, float] | None, paragraph: str
) -> bool:
    """Whether ``line`` opens with '(a)' or 'b)' only because the sentence above wrapped there:
    the line above is full and ends mid-sentence ('..., or for fraud or wilful misconduct,'
    over '(a) neither Party shall be liable ...'). Set apart, the exclusion lost its opening
    words, and the uncapped liability a text file gives was not read from the PDF.

    Only a list's first item is joined this way, or a later one whose item before it runs
    inside the ``paragraph`` so far (its list is inline): a list set out item by item, each
    opening a line, keeps its items apart however its lines end."""
    match = LEADING_NUMBER.match(line.text)
    if margins is None or not match or not (match.group("paren") or match.group("letter")):
        return False
    marker = match.group(0).strip().strip("()")
    if marker not in _FIRST_ITEM:
        before = _PREVIOUS_ITEM.get(marker)
        if before is None or paragraph.find(f"({before})") <= 0:
            return False
    left, right = margins
    return (
        previous.page == line.page
        and previous.page_width > 0
        and not previous.table
        and not _LIST_STOP.search(previous.text.rstrip())
        and previous.x1 >= right - FULL_LINE_SLACK * (right - left)
    )


def _signature_lines(lines: list[Line]) -> set[int]:
    """The indexes of the lines of signature blocks: each field ('By:', '/s/', 'Name:') and
    the party's name up to ``SIGNATURE_NAME_REACH`` lines above a block's first field, on its
    page. A text file gives a signature page as one paragraph ('ACME TRUST By: /s/ ...'); read
    line by line, a name in capitals or in bold was a heading with an empty clause, and its
    spaced-out fields paragraphs of their own, so the parties and the dates of signing read
    from signature blocks were lost."""
    fields = {n for n, line in enumerate(lines) if _SIGNATURE_FIELD.match(line.text)}
    signing = set(fields)
    for n in fields:
        for above in range(n - 1, max(0, n - SIGNATURE_NAME_REACH) - 1, -1):
            if _dated_sentence(lines[above].text):
                break  # the agreement's last sentence, not a name: the block starts below it
            if lines[above].page == lines[n].page and not starts_with_number(lines[above].text):
                signing.add(above)
    return signing


LOWER_WORDS = 3
"""A party's name has at most a word or two in lower case ('Bank of New York'); a sentence more."""


def _dated_sentence(text: str) -> bool:
    """Whether a line just above a signature block is a dated sentence of its own ('Signed and
    effective this 25th day of May, 1999.'), not the party's name. Taken for the name, it went
    into the block, and the whole block, a short run of fields, was dropped as a signature
    page with it: the agreement's date was lost, which a text file keeps as a paragraph."""
    words = text.split()
    return (
        text.rstrip().endswith(".")
        and words[0][:1].isupper()
        and any(c.isdigit() for c in text)
        and sum(w[:1].islower() for w in words) >= LOWER_WORDS
    )


def _is_heading(
    line: Line, body_size: float, bold_is_body: bool = False, signing: bool = False
) -> bool:
    words = len(line.text.split())
    if words > HEADING_MAX_WORDS or _PREAMBLE_OPENING.search(line.text):
        return False
    if line.size >= body_size * HEADING_SIZE_RATIO:
        return True
    if signing:
        return False  # a party's name over its signature, a field: not a heading, however set
    if line.bold and not bold_is_body and not line.text.rstrip().endswith((",", ";")):
        return True
    return is_caps_heading(line.text, max_words=8) and not line.text.rstrip().endswith(",")
