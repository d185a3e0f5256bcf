"""How much a document may make us do, checked before the slow readers start.

The isolation layer (``isolation.py``) stops any reader that runs out of processor time or
memory, but only after it has spent them. These caps refuse a hostile file early, in
milliseconds, with a message that says what is wrong, and they hold for every PDF engine:

- the text a document holds (``MAX_TEXT_CHARS`` in all, ``MAX_PAGE_CHARS`` on one PDF page),
  counted by pypdfium2 before pdfplumber reads a page, and by the text and DOCX readers;
- the bytes a PDF's streams inflate to (``MAX_INFLATED_MB``), counted with a bounded inflater
  before any engine reads the file, and enforced again on everything pdfminer decodes;
- the size of a Word file's XML (``MAX_DOCX_XML_MB``), read from the zip index (``docx.py``).
"""

from __future__ import annotations

import contextlib
import io
import zlib
from collections.abc import Iterator
from dataclasses import dataclass

from clausecheck.errors import InputError

MAX_TEXT_CHARS = 1_500_000
"""Characters of text one document may hold: five times CUAD's longest contract (303,000
characters in 115 pages), about 500 dense pages. A 45 MB text file holds 45 million."""
MAX_PAGE_CHARS = 20_000
"""Characters on one PDF page: twice CUAD's densest page (9,641). More is text set too small
to read, which costs pdfplumber about 0.1 s of processor time per 1,000 characters."""
MAX_TEXT_BYTES_PER_CHAR = 4
"""A text file longer than ``MAX_TEXT_CHARS`` times this (UTF-32) cannot be within the limit."""
MAX_INFLATED_MB = 128
"""MiB the streams of one PDF (all but images, which no engine decodes to read text) may
inflate to, in total: over twice the largest of the 414 CUAD PDFs (55 MiB, 154 pages of
vector drawings; the next is 6 MiB). One stream inflating to 240 MiB of drawing operators held
pdfminer for minutes and 2.3 GB."""
MAX_DOCX_XML_MB = 32
"""MiB of XML a Word file may unpack to, in total (its images are not counted). A contract of
a few hundred pages has a few MiB; lxml needs about ten times the XML's size in memory."""


class BudgetExceeded(BaseException):
    """Raised inside a reader when the inflation budget is spent. Not an ``Exception``, so that
    the readers' and pdfminer's broad ``except Exception`` cannot swallow it."""


@dataclass(slots=True)
class Budget:
    """Bytes that may still be inflated."""

    remaining: int

    def spend(self, size: int) -> None:
        self.remaining -= size
        if self.remaining < 0:
            raise BudgetExceeded


class _BoundedDecompressor:
    """``zlib.decompressobj()`` whose output is counted against a budget."""

    def __init__(self, budget: Budget, *args: object) -> None:
        self._inner = zlib.decompressobj(*args)
        self._budget = budget

    def decompress(self, data: bytes, max_length: int = 0) -> bytes:
        room = self._budget.remaining + 1
        limit = room if max_length == 0 else min(max_length, room)
        out = self._inner.decompress(data, limit)
        self._budget.spend(len(out))
        return out

    def flush(self, *args: int) -> bytes:
        out = self._inner.flush(*args)
        self._budget.spend(len(out))
        return out

    def __getattr__(self, name: str) -> object:
        return getattr(self._inner, name)


class _BoundedZlib:
    """What pdfminer sees as ``zlib``: the same API, every byte it inflates counted."""

    error = zlib.error
    MAX_WBITS = zlib.MAX_WBITS

    def __init__(self, budget: Budget) -> None:
        self._budget = budget

    def decompressobj(self, *args: object) -> _BoundedDecompressor:
        return _BoundedDecompressor(self._budget, *args)

    def decompress(self, data: bytes, *args: object) -> bytes:
        inflater = self.decompressobj(*args[1:2])
        out = inflater.decompress(data)
        if not inflater.eof:
            # What zlib.decompress says of a stream cut short; pdfminer then recovers what it can.
            raise zlib.error("Error -5 while decompressing data: incomplete or truncated stream")
        return out


@contextlib.contextmanager
def inflation_budget(limit_bytes: int) -> Iterator[Budget]:
    """Count everything pdfminer inflates while the block runs; ``BudgetExceeded`` past it.

    pdfminer looks up ``zlib`` and its LZW and run-length decoders in its own module, so they
    are replaced there for the duration (the reader runs in a child process of its own).
    """
    from pdfminer import pdftypes
    from pdfminer.lzw import LZWDecoder
    from pdfminer.runlength import rldecode

    budget = Budget(limit_bytes)

    def bounded_lzw(data: bytes) -> bytes:
        out = bytearray()
        for chunk in LZWDecoder(io.BytesIO(data)).run():
            budget.spend(len(chunk))
            out += chunk
        return bytes(out)

    def bounded_runlength(data: bytes) -> bytes:
        out = rldecode(data)  # at most 64 times its input
        budget.spend(len(out))
        return out

    saved = (pdftypes.zlib, pdftypes.lzwdecode, pdftypes.rldecode)
    pdftypes.zlib, pdftypes.lzwdecode, pdftypes.rldecode = (
        _BoundedZlib(budget),
        bounded_lzw,
        bounded_runlength,
    )
    try:
        yield budget
    finally:
        pdftypes.zlib, pdftypes.lzwdecode, pdftypes.rldecode = saved


def inflation_refusal() -> InputError:
    return InputError("E019", limit=MAX_INFLATED_MB)


def check_pdf(
    data: bytes, password: str | None, max_pages: int | None, characters: bool = True
) -> None:
    """Refuse a PDF before any engine reads it: too many pages (E012), streams that inflate
    beyond ``MAX_INFLATED_MB`` (E019), too much text in all or on one page (E018, E020).

    Damage is left to the reader, which names it: a file these checks cannot open is passed on.
    ``characters`` False leaves the text caps to the reader: the pdfium engine counts each
    page's characters as it loads the page, with the same limits and codes
    (``check_page_characters``), rather than loading every page twice.
    """
    pdf = _open_pdfium(data, password)
    if pdf is not None:
        with contextlib.closing(pdf):
            if max_pages is not None and len(pdf) > max_pages:
                raise InputError("E012", pages=len(pdf), limit=max_pages)
    try:
        with inflation_budget(MAX_INFLATED_MB * 1024 * 1024):
            _inflate_streams(data, password)
    except BudgetExceeded:
        raise inflation_refusal() from None
    if pdf is not None and characters:
        _count_characters(data, password)


def check_page_characters(page: int, count: int, total: int) -> None:
    """Refuse a page of ``count`` characters over ``MAX_PAGE_CHARS`` (E020), or a document
    whose pages so far hold ``total`` characters, over ``MAX_TEXT_CHARS`` (E018)."""
    if count > MAX_PAGE_CHARS:
        raise InputError("E020", page=page, chars=count, limit=MAX_PAGE_CHARS)
    check_text_size(total)


def preload_pdf_checks() -> None:
    """Import what ``check_pdf`` and ``inflation_budget`` use (pdfminer, pypdfium2), so that
    children forked afterwards find them loaded instead of importing them per document."""
    import pypdfium2  # noqa: F401
    from pdfminer import lzw, pdfdocument, pdfpage, pdfparser, pdftypes, runlength  # noqa: F401


def _open_pdfium(data: bytes, password: str | None):
    import pypdfium2

    try:
        return pypdfium2.PdfDocument(data, password=password or None)
    except pypdfium2.PdfiumError:
        return None


def _count_characters(data: bytes, password: str | None) -> None:
    """Characters per page and in all, as pdfium reads them (milliseconds a page)."""
    pdf = _open_pdfium(data, password)
    if pdf is None:
        return
    import pypdfium2

    total = 0
    with contextlib.closing(pdf):
        for index in range(len(pdf)):
            try:
                page = pdf[index]
            except pypdfium2.PdfiumError:
                continue  # a page pdfium cannot load: the reader names the damage
            try:
                text = page.get_textpage()
                count = text.count_chars()
                text.close()
            except pypdfium2.PdfiumError:
                continue
            finally:
                page.close()
            if count > MAX_PAGE_CHARS:
                raise InputError("E020", page=index + 1, chars=count, limit=MAX_PAGE_CHARS)
            total += count
    check_text_size(total)


def _inflate_streams(data: bytes, password: str | None) -> None:
    """Decode every stream an engine may decode to read text, under the budget: all but
    images, which are rendered, never read as text (unless a page names one as its content).

    pdfminer parses the file as pdfplumber will; a file it cannot parse is skipped here and
    refused by the reader, which names the damage.
    """
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import PDFStream, resolve1

    try:
        document = PDFDocument(PDFParser(io.BytesIO(data)), password=password or "")
    except BudgetExceeded:
        raise
    except Exception:
        return
    contents: set[int] = set()
    with contextlib.suppress(Exception):
        for page in PDFPage.create_pages(document):
            streams = page.contents if isinstance(page.contents, list) else [page.contents]
            contents.update(s.objid for s in map(resolve1, streams) if isinstance(s, PDFStream))
    for xref in document.xrefs:
        try:
            objids = list(xref.get_objids())
        except Exception:
            continue
        for objid in objids:
            try:
                stream = document.getobj(objid)
                if not isinstance(stream, PDFStream):
                    continue
                subtype = resolve1(stream.attrs.get("Subtype"))
                if getattr(subtype, "name", None) == "Image" and objid not in contents:
                    continue
                stream.get_data()
                stream.data = b""  # counted; keep memory flat (the reader decodes again)
            except BudgetExceeded:
                raise
            except Exception:
                continue  # damage is the reader's to report


def check_text_size(chars: int) -> None:
    """Refuse a document whose text is longer than ``MAX_TEXT_CHARS`` (E018)."""
    if chars > MAX_TEXT_CHARS:
        raise InputError("E018", size=f"{chars:,} characters", limit=MAX_TEXT_CHARS)
