"""Word documents through python-docx: heading styles, numbered paragraphs, tables in order."""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from dataclasses import dataclass

import docx
from docx.oxml.ns import qn
from lxml import etree

from clausecheck.errors import InputError
from clausecheck.ingest.budget import MAX_DOCX_XML_MB
from clausecheck.ingest.tables import join_cells
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
                    blocks.append(Block(text=join_cells(cells), kind="table"))
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
    understates its size cannot unpack beyond it: zipfile stops at the declared size. The XML
    parts python-docx will parse are found as it finds them, by following the relationships
    from the package's root, whatever they are named; each is parsed (not scanned) far enough
    to see a DOCTYPE, in whatever encoding it declares.
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
    parts = xml_parts(container)
    xml_bytes = sum(container.getinfo(name).file_size for name in parts)
    if xml_bytes > MAX_DOCX_XML_MB * 1024 * 1024:
        raise InputError(
            "E014",
            detail=f"its XML unpacks to {xml_bytes / 2**20:,.0f} MiB, more than the limit of "
            f"{MAX_DOCX_XML_MB} MiB",
        )
    for name in parts:
        if _declares_dtd(container, name):
            raise InputError("E015", part=name)


CONTENT_TYPES_PART = "[Content_Types].xml"
PACKAGE_RELS_PART = "_rels/.rels"
OFFICE_DOCUMENT = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
)
"""The relationship type that names a package's main part (word/document.xml by convention)."""
_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_TYPES = "{http://schemas.openxmlformats.org/package/2006/content-types}"
MAX_RELS_BYTES = 4 * 1024 * 1024
"""A relationships part or the content types part is a few KB; bigger ones are not followed."""


def _safe_parser() -> etree.XMLParser:
    """lxml as python-docx uses it, and stricter: no DTD loaded, no entity resolved, no network."""
    return etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True, huge_tree=False)


def _small_part(container: zipfile.ZipFile, name: str) -> etree._Element | None:
    """A relationships or content-types part, parsed; None when absent, too big or not XML.

    Refuses it (E015) when it declares a DTD.
    """
    try:
        info = container.getinfo(name)
    except KeyError:
        return None
    if info.file_size > MAX_RELS_BYTES:
        return None
    try:
        root = etree.fromstring(container.read(info), _safe_parser())
    except etree.XMLSyntaxError:
        return None
    docinfo = root.getroottree().docinfo
    if docinfo.doctype or docinfo.internalDTD is not None:
        raise InputError("E015", part=name)
    return root


def relationship_targets(container: zipfile.ZipFile, part: str) -> list[tuple[str, str]]:
    """(relationship type, part name) of each internal relationship of ``part`` ('' for the
    package itself), resolved against the part's folder as OPC does."""
    folder, base = posixpath.split(part)
    rels = posixpath.join(folder, "_rels", f"{base}.rels") if part else PACKAGE_RELS_PART
    root = _small_part(container, rels)
    if root is None:
        return []
    targets = []
    for relationship in root.iter(_RELS):
        target = relationship.get("Target") or ""
        if relationship.get("TargetMode") == "External" or not target:
            continue
        joined = target[1:] if target.startswith("/") else posixpath.join(folder, target)
        targets.append((relationship.get("Type") or "", posixpath.normpath(joined)))
    return targets


def main_part(container: zipfile.ZipFile) -> str | None:
    """The name of the main document part the package's relationships point to."""
    names = set(container.namelist())
    for kind, name in relationship_targets(container, ""):
        if kind == OFFICE_DOCUMENT and name in names:
            return name
    return None


def xml_parts(container: zipfile.ZipFile) -> list[str]:
    """Every part python-docx may parse as XML: the content types, and each part reachable by
    relationships from the package root whose content type (or name) is XML, with their
    relationship parts."""
    names = set(container.namelist())
    types = _content_types(container)
    found = [n for n in (CONTENT_TYPES_PART, PACKAGE_RELS_PART) if n in names]
    seen = {""}
    pending = [""]
    while pending:
        part = pending.pop()
        for _, target in relationship_targets(container, part):
            if target in seen or target not in names:
                continue
            seen.add(target)
            pending.append(target)
            folder, base = posixpath.split(target)
            rels = posixpath.join(folder, "_rels", f"{base}.rels")
            if rels in names and rels not in found:
                found.append(rels)
            if _is_xml(target, types):
                found.append(target)
    return found


def _content_types(container: zipfile.ZipFile) -> dict[str, str]:
    """Content types by '/part/name' (overrides) and by 'extension' (defaults), lower case."""
    root = _small_part(container, CONTENT_TYPES_PART)
    types: dict[str, str] = {}
    if root is None:
        return types
    for element in root:
        kind = (element.get("ContentType") or "").lower()
        if element.tag == f"{_TYPES}Default":
            types[(element.get("Extension") or "").lower()] = kind
        elif element.tag == f"{_TYPES}Override":
            types[(element.get("PartName") or "").lower()] = kind
    return types


def _is_xml(part: str, types: dict[str, str]) -> bool:
    extension = part.rsplit(".", 1)[-1].lower() if "." in part else ""
    kind = types.get("/" + part.lower()) or types.get(extension, "")
    return kind.endswith(("+xml", "/xml")) or extension in ("xml", "rels")


def _declares_dtd(container: zipfile.ZipFile, name: str) -> bool:
    """True when the part has a DOCTYPE, wherever it stands before the root and in whatever
    encoding the part is written. The part is parsed as python-docx parses it (lxml's
    ``fromstring``: a streaming parse misses a UTF-32 part that python-docx reads), within the
    XML size cap checked before."""
    try:
        root = etree.fromstring(container.read(name), _safe_parser())
    except etree.XMLSyntaxError:
        return False  # not XML: python-docx refuses it as damaged if it reads it
    docinfo = root.getroottree().docinfo
    return bool(docinfo.doctype) or docinfo.internalDTD is not None


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
