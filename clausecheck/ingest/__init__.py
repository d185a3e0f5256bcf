"""Ingest: bytes in, a `Document` of blocks out. The format is sniffed from the bytes."""

from __future__ import annotations

import hashlib
from pathlib import Path

from clausecheck.errors import InputError
from clausecheck.ingest.docx import read_docx
from clausecheck.ingest.pdf import read_pdf
from clausecheck.ingest.sniff import sniff_format
from clausecheck.ingest.text import read_text
from clausecheck.types import Document

__all__ = ["read_document", "load_bytes", "sniff_format"]


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
    source: str | Path | bytes, name: str | None = None, password: str | None = None
) -> Document:
    """Read a PDF, DOCX or text document from a path or bytes."""
    data, display_name = load_bytes(source, name)
    if not data:
        raise InputError("E002")
    fmt = sniff_format(data)
    sha256 = hashlib.sha256(data).hexdigest()
    if fmt == "pdf":
        pages, blocks, warnings = read_pdf(data, password=password)
    elif fmt == "docx":
        pages, blocks, warnings = read_docx(data)
    else:
        pages, blocks, warnings = read_text(data)
    if not any(b.text.strip() for b in blocks):
        raise InputError("E007") if fmt == "pdf" else InputError("E002")
    return Document(
        name=display_name, sha256=sha256, format=fmt, pages=pages, blocks=blocks, warnings=warnings
    )
