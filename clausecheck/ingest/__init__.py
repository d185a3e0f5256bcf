"""Ingest: bytes in, a `Document` of blocks out. The format is sniffed from the bytes.

Readers load on first use: a text file never imports pdfplumber, pdfium or python-docx.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from clausecheck.errors import InputError
from clausecheck.ingest.budget import (
    MAX_INFLATED_MB,
    BudgetExceeded,
    check_pdf,
    check_text_size,
    inflation_budget,
    inflation_refusal,
)
from clausecheck.ingest.isolation import DEFAULT_LIMITS, Limits, read_isolated
from clausecheck.ingest.pdf import DEFAULT_ENGINE, PDF_ENGINES, pdf_engine
from clausecheck.ingest.sniff import sniff_format
from clausecheck.types import Document

__all__ = [
    "DEFAULT_ENGINE",
    "DEFAULT_LIMITS",
    "Limits",
    "PDF_ENGINES",
    "load_bytes",
    "preload_reader",
    "read_bytes",
    "read_document",
    "sniff_format",
]


def load_bytes(source: str | Path | bytes, name: str | None = None) -> tuple[bytes, str]:
    """Return the bytes and display name of a path or an in-memory upload."""
    if isinstance(source, bytes | bytearray):
        return bytes(source), name or "document"
    path = Path(source)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError("E001") from None
    except IsADirectoryError:
        raise InputError("E008", detail="it is a directory") from None
    except OSError as exc:
        raise InputError("E008", detail=exc.strerror or type(exc).__name__) from None
    return data, name or path.name


def read_document(
    source: str | Path | bytes,
    name: str | None = None,
    password: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
    ocr: bool = False,
    engine: str = DEFAULT_ENGINE,
) -> Document:
    """Read a PDF, DOCX or text document from a path or bytes, parsing within ``limits``.

    ``engine`` reads PDFs (``PDF_ENGINES``). With ``ocr``, PDF pages without a usable text
    layer are read by Tesseract.
    """
    pdf_engine(engine)  # an unknown engine is refused before any work (E021)
    data, display_name = load_bytes(source, name)
    if not data:
        raise InputError("E002")
    return read_isolated(data, display_name, password, limits, ocr, engine)


def preload_reader(data: bytes, engine: str = DEFAULT_ENGINE) -> None:
    """Import, in this process, the modules reading ``data`` will need, when it is a PDF.

    The analysis runs in a child forked per document: what the parent has imported, the child
    has for nothing, while what the child imports dies with it. A batch worker or the page's
    server so loads pdfplumber (or pdfium) and the caps' pdfminer once, not once per document;
    a text agreement still never imports them."""
    try:
        if sniff_format(data) != "pdf":
            return
    except InputError:
        return  # the child reports it
    from clausecheck.ingest.budget import preload_pdf_checks

    preload_pdf_checks()
    if engine == "pdfium":
        import clausecheck.ingest.pdfium  # noqa: F401
    else:
        import pdfplumber  # noqa: F401
        from pdfplumber.utils import extract_words  # noqa: F401


def read_bytes(
    data: bytes,
    name: str,
    password: str | None = None,
    max_pages: int | None = None,
    ocr: bool = False,
    engine: str = DEFAULT_ENGINE,
) -> Document:
    """Read a document's bytes in this process (``read_document`` isolates this call)."""
    if not data:
        raise InputError("E002")
    fmt = sniff_format(data)
    sha256 = hashlib.sha256(data).hexdigest()
    if fmt == "pdf":
        # The caps hold for any engine: checked before it starts, and on all pdfminer inflates.
        check_pdf(data, password, max_pages, characters=engine != "pdfium")
        from clausecheck.ingest.pdf import read_pdf

        try:
            with inflation_budget(MAX_INFLATED_MB * 1024 * 1024):
                pages, blocks, warnings = read_pdf(data, password, max_pages, ocr, engine)
        except BudgetExceeded:
            raise inflation_refusal() from None
    elif fmt == "docx":
        from clausecheck.ingest.docx import read_docx

        pages, blocks, warnings = read_docx(data)
    else:
        from clausecheck.ingest.text import read_text

        pages, blocks, warnings = read_text(data)
    check_text_size(sum(len(b.text) for b in blocks))
    if not any(b.text.strip() for b in blocks):
        raise InputError("E007") if fmt == "pdf" else InputError("E002")
    return Document(
        name=name, sha256=sha256, format=fmt, pages=pages, blocks=blocks, warnings=warnings
    )
