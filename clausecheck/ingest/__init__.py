"""Ingest: bytes in, a `Document` of blocks out. The format is sniffed from the bytes."""

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
from clausecheck.ingest.docx import read_docx
from clausecheck.ingest.isolation import DEFAULT_LIMITS, Limits, read_isolated
from clausecheck.ingest.pdf import read_pdf
from clausecheck.ingest.sniff import sniff_format
from clausecheck.ingest.text import read_text
from clausecheck.types import Document

__all__ = ["DEFAULT_LIMITS", "Limits", "load_bytes", "read_bytes", "read_document", "sniff_format"]


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
) -> Document:
    """Read a PDF, DOCX or text document from a path or bytes, parsing within ``limits``.

    With ``ocr``, PDF pages without a usable text layer are read by Tesseract.
    """
    data, display_name = load_bytes(source, name)
    if not data:
        raise InputError("E002")
    return read_isolated(data, display_name, password, limits, ocr)


def read_bytes(
    data: bytes,
    name: str,
    password: str | None = None,
    max_pages: int | None = None,
    ocr: bool = False,
) -> Document:
    """Read a document's bytes in this process (``read_document`` isolates this call)."""
    if not data:
        raise InputError("E002")
    fmt = sniff_format(data)
    sha256 = hashlib.sha256(data).hexdigest()
    if fmt == "pdf":
        # The caps hold for any engine: checked before it starts, and on all pdfminer inflates.
        check_pdf(data, password, max_pages)
        try:
            with inflation_budget(MAX_INFLATED_MB * 1024 * 1024):
                pages, blocks, warnings = read_pdf(
                    data, password=password, max_pages=max_pages, ocr=ocr
                )
        except BudgetExceeded:
            raise inflation_refusal() from None
    elif fmt == "docx":
        pages, blocks, warnings = read_docx(data)
    else:
        pages, blocks, warnings = read_text(data)
    check_text_size(sum(len(b.text) for b in blocks))
    if not any(b.text.strip() for b in blocks):
        raise InputError("E007") if fmt == "pdf" else InputError("E002")
    return Document(
        name=name, sha256=sha256, format=fmt, pages=pages, blocks=blocks, warnings=warnings
    )
