"""Word documents through python-docx: heading styles, numbered paragraphs, tables in order."""

from __future__ import annotations

import codecs
import io
import re
import zipfile
from dataclasses import dataclass

import docx
from docx.oxml.ns import qn

from clausecheck.errors import InputError
from clausecheck.numbering import starts_with_number
from clausecheck.types import Block

HEADING_STYLE_PREFIXES = ("heading", "title")
HEADING_MAX_WORDS = 14
MAX_UNPACKED_MB = 256
"""A Word file may unpack to at most this much in total, by the sizes its zip index declares.
Large real contracts unpack to a few MiB; embedded images rarely reach 100 MiB."""
MAX_COMPRESSION_RATIO = 200
"""A part larger than ``RATIO_CHECK_MIN_BYTES`` may be at most this many times its compressed
size. Word's XML compresses 5-20 fold; a zip bomb of repeated bytes reaches about 1000 fold."""
RATIO_CHECK_MIN_BYTES = 1 << 20
"""Small parts are exempt from the ratio check: a few kilobytes cannot hurt."""
MAX_PARTS = 10_000
"""Word files hold tens of parts; tens of thousands only serve to exhaust the reader."""
PROLOG_BYTES = 64 * 1024
"""A DTD must come before the root element, so the start of each XML part is enough to find one."""
_DTD = re.compile(r"<!DOCTYPE|<!ENTITY", re.IGNORECASE)


def read_docx(data: bytes) -> tuple[None, list[Block], list[str]]:
    """Read paragraphs and tables in document order; pages are unknown in Word files."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as container:
            check_container(container)
        document = docx.Document(io.BytesIO(data))
    except InputError:
        raise
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise InputError("E006", detail=str(exc)[:120] or type(exc).__name__) from None
    except MemoryError:  # the memory limit, reported by the isolation layer
        raise
    except Exception as exc:  # lxml and python-docx raise many types on damaged parts
        raise InputError("E006", detail=str(exc)[:120] or type(exc).__name__) from None
    numbering = _AutoNumbering(_numbering_element(document))
    blocks: list[Block] = []
    body = document.element.body
    for child in body.iterchildren():
        if child.tag == qn("w:p"):
            block = _paragraph_block(docx.text.paragraph.Paragraph(child, document), numbering)
            if block is not None:
                blocks.append(block)
        elif child.tag == qn("w:tbl"):
            table = docx.table.Table(child, document)
            for row in table.rows:
                cells = []
                for cell in row.cells:
                    text = " ".join(p.text.strip() for p in cell.paragraphs if p.text.strip())
                    if text and (not cells or cells[-1] != text):  # merged cells repeat
                        cells.append(text)
                if cells:
                    blocks.append(Block(text=" | ".join(cells), kind="table"))
    return None, blocks, []


def _numbering_element(document):
    """numbering.xml's root element, or None when the document defines no lists."""
    try:
        return document.part.numbering_part.element
    except (KeyError, NotImplementedError, AttributeError):
        return None


def check_container(container: zipfile.ZipFile) -> None:
    """Refuse zip bombs and XML entity tricks before python-docx unpacks anything.

    The sizes come from the zip index, which costs nothing to read. A part whose index
    understates its size cannot unpack beyond it: zipfile stops at the declared size.
    """
    infos = container.infolist()
    if len(infos) > MAX_PARTS:
        raise InputError("E014", detail=f"{len(infos)} parts, more than the limit of {MAX_PARTS}")
    total = sum(info.file_size for info in infos)
    if total > MAX_UNPACKED_MB * 1024 * 1024:
        raise InputError(
            "E014",
            detail=f"it unpacks to {total / 2**20:,.0f} MiB, more than the limit of "
            f"{MAX_UNPACKED_MB} MiB",
        )
    for info in infos:
        ratio = info.file_size / max(1, info.compress_size)
        if info.file_size >= RATIO_CHECK_MIN_BYTES and ratio > MAX_COMPRESSION_RATIO:
            raise InputError(
                "E014",
                detail=f"{info.filename} is compressed {ratio:,.0f} to 1, more than the limit "
                f"of {MAX_COMPRESSION_RATIO} to 1",
            )
    for info in infos:
        if info.filename.endswith((".xml", ".rels")) and _declares_dtd(container, info):
            raise InputError("E015", part=info.filename)


def _declares_dtd(container: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    """True when the start of an XML part holds a DOCTYPE or ENTITY declaration."""
    with container.open(info) as part:
        head = part.read(PROLOG_BYTES)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or b"\x00" in head[:4]:
        encoding = "utf-16-be" if head.startswith((codecs.BOM_UTF16_BE, b"\x00")) else "utf-16-le"
        text = head.decode(encoding, errors="ignore")
    else:
        text = head.decode("utf-8", errors="ignore")
    return _DTD.search(text) is not None


MAX_LIST_LEVELS = 9
"""Word lists have nine levels (w:ilvl 0-8)."""
_LEVEL_PLACEHOLDER = re.compile(r"%([1-9])")


@dataclass(slots=True)
class _Level:
    """One level of a Word list as numbering.xml defines it."""

    start: int = 1
    fmt: str = "decimal"
    text: str | None = None
    """Word's lvlText, e.g. '%1.%2' or '(%3)' or 'Article %1'; None: the level shows nothing."""
    legal: bool = False
    """w:isLgl: every level shown in decimal ('1.1.1' under 'Article I')."""


class _AutoNumbering:
    """The list numbers Word shows but paragraph text omits ('1.', '1.1', '(a)', 'Article I').

    Read from numbering.xml: each list (w:num) points at a definition (w:abstractNum) whose levels
    give the start value, the format (decimal, letters, roman) and the text around the numbers
    (w:lvlText). Counters run per definition, as in Word, unless a list restarts them with a
    w:startOverride; a level's counter restarts whenever a shallower level is numbered.
    """

    def __init__(self, numbering_element=None) -> None:
        self.abstract: dict[str, dict[int, _Level]] = {}
        self.num_to_abstract: dict[str, str] = {}
        self.overrides: dict[str, dict[int, int]] = {}
        self.counters: dict[str, list[int | None]] = {}
        self.started: set[str] = set()
        if numbering_element is not None:
            self._read(numbering_element)

    def _read(self, root) -> None:
        for abstract in root.findall(qn("w:abstractNum")):
            levels: dict[int, _Level] = {}
            for lvl in abstract.findall(qn("w:lvl")):
                level = _Level()
                start = lvl.find(qn("w:start"))
                fmt = lvl.find(qn("w:numFmt"))
                text = lvl.find(qn("w:lvlText"))
                if start is not None and str(start.get(qn("w:val"), "")).isdigit():
                    level.start = int(start.get(qn("w:val")))
                if fmt is not None:
                    level.fmt = fmt.get(qn("w:val"), "decimal")
                level.text = text.get(qn("w:val")) if text is not None else None
                level.legal = lvl.find(qn("w:isLgl")) is not None
                levels[int(lvl.get(qn("w:ilvl"), "0"))] = level
            self.abstract[abstract.get(qn("w:abstractNumId"), "")] = levels
        for num in root.findall(qn("w:num")):
            num_id = num.get(qn("w:numId"), "")
            ref = num.find(qn("w:abstractNumId"))
            if ref is None:
                continue
            self.num_to_abstract[num_id] = ref.get(qn("w:val"), "")
            for override in num.findall(qn("w:lvlOverride")):
                start = override.find(qn("w:startOverride"))
                if start is not None and str(start.get(qn("w:val"), "")).isdigit():
                    level = int(override.get(qn("w:ilvl"), "0"))
                    self.overrides.setdefault(num_id, {})[level] = int(start.get(qn("w:val")))

    def next_number(self, num_id: str, level: int) -> str:
        """The number Word shows for the next paragraph of this list at this level ('' for a
        bullet or a level that shows no number)."""
        level = max(0, min(level, MAX_LIST_LEVELS - 1))
        abstract_id = self.num_to_abstract.get(num_id)
        levels = self.abstract.get(abstract_id, {}) if abstract_id is not None else {}
        key = abstract_id if abstract_id is not None else f"num:{num_id}"
        counters = self.counters.setdefault(key, [None] * MAX_LIST_LEVELS)
        if num_id not in self.started:
            self.started.add(num_id)
            for lvl, start in self.overrides.get(num_id, {}).items():
                counters[lvl] = start - 1
        definition = levels.get(level, _Level(text=None if levels else _default_text(level)))
        current = counters[level]
        counters[level] = definition.start if current is None else current + 1
        for deeper in range(level + 1, MAX_LIST_LEVELS):
            counters[deeper] = None
        if definition.fmt in ("bullet", "none") or definition.text is None:
            return ""

        def shown(match: re.Match[str]) -> str:
            at = int(match.group(1)) - 1
            spec = levels.get(at, _Level())
            value = counters[at] if counters[at] is not None else spec.start
            fmt = "decimal" if definition.legal and at < level else spec.fmt
            return format_list_number(value, fmt)

        return _LEVEL_PLACEHOLDER.sub(shown, definition.text).strip()


def _default_text(level: int) -> str:
    """Without a definition, number as '1.', '1.1', '1.1.1'."""
    return ".".join(f"%{i + 1}" for i in range(level + 1)) + ("." if level == 0 else "")


def format_list_number(value: int, fmt: str) -> str:
    """A counter in one of Word's number formats: 3 -> '3', 'c', 'C', 'iii', 'III', '03'."""
    if fmt in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1) if value > 0 else ""
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(value)
        return roman.lower() if fmt == "lowerRoman" else roman
    if fmt == "decimalZero":
        return f"{value:02d}"
    return str(value)


def _roman(value: int) -> str:
    numerals = (
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    )  # fmt: skip
    out = []
    for amount, numeral in numerals:
        count, value = divmod(value, amount)
        out.append(numeral * count)
    return "".join(out)


def _numbering_of(paragraph) -> tuple[str, int] | None:
    """(numId, level) of a numbered paragraph: its own w:numPr, else its style's (Heading 1
    linked to a list), following the style's basedOn chain."""
    p_pr = paragraph._p.pPr
    num_pr = p_pr.numPr if p_pr is not None else None
    style = paragraph.style
    seen = 0
    while (num_pr is None or num_pr.numId is None) and style is not None and seen < 10:
        style_pr = style.element.pPr
        num_pr = style_pr.numPr if style_pr is not None else None
        style = style.base_style
        seen += 1
    if num_pr is None or num_pr.numId is None:
        return None
    num_id = str(num_pr.numId.val)
    if num_id == "0":  # numId 0 switches numbering off for this paragraph
        return None
    level = num_pr.ilvl.val if num_pr.ilvl is not None else 0
    return num_id, int(level)


def _paragraph_block(paragraph, numbering: _AutoNumbering) -> Block | None:
    text = paragraph.text.strip()
    if not text:
        return None
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    listed = _numbering_of(paragraph)
    if listed is not None:
        number = numbering.next_number(*listed)  # counted even where the number is also typed
        if number and not starts_with_number(text):
            text = f"{number} {text}"
    is_heading = style.lower().startswith(HEADING_STYLE_PREFIXES) or _all_bold(paragraph)
    if len(text.split()) > HEADING_MAX_WORDS:
        is_heading = False
    return Block(text=text, kind="heading" if is_heading else "paragraph")


def _all_bold(paragraph) -> bool:
    runs = [r for r in paragraph.runs if r.text.strip()]
    return bool(runs) and all(r.bold for r in runs)
