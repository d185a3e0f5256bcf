"""Word documents through python-docx: heading styles, numbered paragraphs, tables in order."""

from __future__ import annotations

import io
import zipfile

import docx
from docx.oxml.ns import qn

from clausecheck.errors import InputError
from clausecheck.numbering import starts_with_number
from clausecheck.types import Block

HEADING_STYLE_PREFIXES = ("heading", "title")
HEADING_MAX_WORDS = 14


def read_docx(data: bytes) -> tuple[None, list[Block], list[str]]:
    """Read paragraphs and tables in document order; pages are unknown in Word files."""
    try:
        document = docx.Document(io.BytesIO(data))
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
