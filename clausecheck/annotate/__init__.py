"""The review in the user's own draft: the agreement's PDF or Word file with a comment on each
flagged clause and each missing section suggested at the end.

``annotate_document(data, report)`` takes the file's bytes and its report, usually with a
review applied (``clausecheck.decisions.apply_review``): dismissed issues are left out, notes
and the reviewer's own issues are written in. Text files are refused: their only place for a
comment is their wording, and a note typed into a contract's text can end up signed.
"""

from __future__ import annotations

from dataclasses import dataclass

from clausecheck.annotate.docx import annotate_docx
from clausecheck.annotate.notes import Placed
from clausecheck.annotate.pdf import annotate_pdf
from clausecheck.errors import ClausecheckError
from clausecheck.escaping import display_name
from clausecheck.types import Report

MIME_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


@dataclass(frozen=True, slots=True)
class Annotated:
    """An annotated copy: its bytes, what it holds, and how to offer it for download."""

    data: bytes
    placed: Placed
    extension: str
    mime: str
    file_name: str


def annotated_name(name: str, extension: str) -> str:
    """'msa.docx' -> 'msa-annotated.docx'."""
    stem = name.rsplit("/", 1)[-1].rsplit("\\", 1)[-1]
    stem = stem[: -len(extension) - 1] if stem.lower().endswith("." + extension) else stem
    return f"{stem or 'agreement'}-annotated.{extension}"


def annotate_document(data: bytes, report: Report, password: str | None = None) -> Annotated:
    """The agreement ``data`` (PDF or DOCX, the file ``report`` was made from) with comments.

    Raises ``ClausecheckError`` E821 for a text agreement."""
    kind = report.document.format
    if kind == "pdf":
        content, placed = annotate_pdf(data, report, password=password)
    elif kind == "docx":
        content, placed = annotate_docx(data, report)
    else:
        raise ClausecheckError("E821", name=display_name(report.document.name))
    return Annotated(
        content, placed, kind, MIME_TYPES[kind], annotated_name(report.document.name, kind)
    )


__all__ = ["Annotated", "Placed", "annotate_document", "annotated_name"]
