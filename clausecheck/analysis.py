"""The public entry point: ``analyze(path_or_bytes) -> Report``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from clausecheck.checks import build_findings
from clausecheck.classify import ClauseModel, classify_clauses, load_model
from clausecheck.ingest import DEFAULT_LIMITS, Limits, read_document
from clausecheck.playbooks import Playbook, load_playbook
from clausecheck.report.schema import SCHEMA_VERSION
from clausecheck.segment import segment
from clausecheck.terms import extract_key_terms
from clausecheck.types import DocumentInfo, Report

Progress = Callable[[float, str], None]
"""Called with the share of the work done (0 to 1) and the stage starting, for progress bars."""


def _no_progress(done: float, stage: str) -> None:
    """The default: nobody is watching."""


def analyze(
    source: str | Path | bytes,
    *,
    name: str | None = None,
    playbook: str | Path | Playbook | None = None,
    model: ClauseModel | None = None,
    password: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
    progress: Progress = _no_progress,
    ocr: bool = False,
) -> Report:
    """Read, segment, classify and check one agreement.

    ``source`` is a path or the file's bytes (then ``name`` is shown in the report). Raises
    ``InputError`` for unreadable input (parsing runs in a child process within ``limits``) and ``PlaybookError`` for a bad playbook.
    ``progress`` hears of each stage as it starts. With ``ocr``, PDF pages without a usable
    text layer are read by Tesseract (if installed).
    """
    active = playbook if isinstance(playbook, Playbook) else load_playbook(playbook)
    progress(0.0, "reading pages")
    document = read_document(source, name=name, password=password, limits=limits, ocr=ocr)
    progress(0.5, "finding clauses")
    clauses = segment(document)
    model = model or load_model()
    progress(0.6, "classifying clauses")
    classify_clauses(clauses, model)
    progress(0.9, "checking the playbook")
    key_terms = extract_key_terms(clauses)
    findings, issues = build_findings(clauses, active, key_terms)
    progress(1.0, "done")
    return Report(
        schema_version=SCHEMA_VERSION,
        document=DocumentInfo(
            name=document.name,
            sha256=document.sha256,
            format=document.format,
            pages=document.pages,
            engine="pdfplumber" if document.format == "pdf" else None,
        ),
        playbook=active.name,
        model={
            "sha256": model.metadata.get("sha256"),
            "corpus_sha256": model.metadata.get("corpus_sha256"),
        },
        clauses=clauses,
        findings=findings,
        issues=issues,
        warnings=document.warnings,
        key_terms=key_terms,
    )
