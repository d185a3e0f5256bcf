"""Decide what a file is from its first bytes, never from its name."""

from __future__ import annotations

import io
import zipfile
from typing import Literal

from clausecheck.errors import InputError

PDF_MAGIC = b"%PDF-"
ZIP_MAGIC = b"PK\x03\x04"
PDF_MAGIC_WINDOW = 1024
"""PDF readers accept the header anywhere in the first kilobyte."""
TEXT_SAMPLE_BYTES = 65536
MAX_CONTROL_CHAR_RATIO = 0.01


def sniff_format(data: bytes) -> Literal["pdf", "docx", "text"]:
    """Return 'pdf', 'docx' or 'text', or raise InputError(E003)."""
    if PDF_MAGIC in data[:PDF_MAGIC_WINDOW]:
        return "pdf"
    if data.startswith(ZIP_MAGIC):
        from clausecheck.ingest.docx import main_part

        try:
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                names = set(zf.namelist())
                # A Word file names its main part in its relationships, under any name.
                main = main_part(zf) if "word/document.xml" not in names else "word/document.xml"
        except zipfile.BadZipFile:
            raise InputError("E006", detail="broken zip container") from None
        except InputError as exc:  # a DTD in the package's relationships: still a Word file
            if exc.code == "E015":
                return "docx"
            raise
        if main is not None:
            return "docx"
        raise InputError("E003", detail="a zip archive that is not a Word document")
    if looks_like_text(data[:TEXT_SAMPLE_BYTES]):
        return "text"
    raise InputError("E003", detail="binary data")


def looks_like_text(sample: bytes) -> bool:
    """True when the sample decodes as text in a common encoding with few control characters."""
    from clausecheck.ingest.text import decode_text

    try:
        text = decode_text(sample, strict_tail=False)
    except UnicodeDecodeError:
        return False
    if not text:
        return False
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    return controls / len(text) <= MAX_CONTROL_CHAR_RATIO
