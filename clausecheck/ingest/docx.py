"""Word documents through python-docx: heading styles, numbered paragraphs, tables in order."""

from __future__ import annotations

import codecs
import io
import re
import zipfile

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
    numbering = _AutoNumbering()
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


class _AutoNumbering:
    """Reconstruct Word's automatic list numbers ('1.', '1.1') that paragraph text omits."""

    def __init__(self) -> None:
        self.counters: dict[str, list[int]] = {}

    def next_number(self, num_id: str, level: int) -> str:
        counters = self.counters.setdefault(num_id, [0] * 9)
        counters[level] += 1
        for deeper in range(level + 1, 9):
            counters[deeper] = 0
        parts = [str(max(c, 1)) for c in counters[: level + 1]]
        return ".".join(parts) + ("." if level == 0 else "")


def _paragraph_block(paragraph, numbering: _AutoNumbering) -> Block | None:
    text = paragraph.text.strip()
    if not text:
        return None
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    num_pr = paragraph._p.pPr.numPr if paragraph._p.pPr is not None else None
    if num_pr is not None and num_pr.numId is not None and not starts_with_number(text):
        level = num_pr.ilvl.val if num_pr.ilvl is not None else 0
        text = f"{numbering.next_number(str(num_pr.numId.val), int(level))} {text}"
    is_heading = style.lower().startswith(HEADING_STYLE_PREFIXES) or _all_bold(paragraph)
    if len(text.split()) > HEADING_MAX_WORDS:
        is_heading = False
    return Block(text=text, kind="heading" if is_heading else "paragraph")


def _all_bold(paragraph) -> bool:
    runs = [r for r in paragraph.runs if r.text.strip()]
    return bool(runs) and all(r.bold for r in runs)
