"""The public entry point: ``analyze(path_or_bytes) -> Report``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from clausecheck.checks import build_findings
from clausecheck.classify import ClauseModel, classify_clauses, load_model
from clausecheck.errors import InputError
from clausecheck.ingest import (
    DEFAULT_ENGINE,
    DEFAULT_LIMITS,
    Limits,
    load_bytes,
    pdf_engine,
    preload_reader,
    read_bytes,
)
from clausecheck.ingest.isolation import IsolatedCrash, Progress, run_isolated
from clausecheck.locate import locate_clauses
from clausecheck.playbooks import Playbook, load_playbook
from clausecheck.report.schema import SCHEMA_VERSION
from clausecheck.segment import segment
from clausecheck.terms import extract_key_terms
from clausecheck.terms.base import one_parse_per_text
from clausecheck.terms.provision_model import provision_model_beside
from clausecheck.types import DocumentInfo, Report

__all__ = ["Progress", "analyze"]


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
    engine: str = DEFAULT_ENGINE,
) -> Report:
    """Read, segment, classify and check one agreement.

    ``source`` is a path or the file's bytes (then ``name`` is shown in the report). Raises
    ``InputError`` for unreadable input and ``PlaybookError`` for a bad playbook. The whole
    analysis runs in a forked child within ``limits`` (time, memory, pages); the model and the
    spaCy pipeline are loaded first, so the child shares them. ``progress`` hears of each stage
    as it starts, and again every second while the child works: raising in it cancels the
    analysis and kills the child. With ``ocr``, PDF pages without a usable text layer are read
    by Tesseract (if installed). ``engine`` reads PDFs: "pdfplumber" (the default) or "pdfium"
    (faster, for large portfolios); the report records which.
    """
    pdf_engine(engine)  # an unknown engine is refused before any work (E021)
    active = playbook if isinstance(playbook, Playbook) else load_playbook(playbook)
    data, display_name = load_bytes(source, name)
    if not data:
        raise InputError("E002")
    model = model or load_model()
    if not limits.isolate:
        return _pipeline(data, display_name, active, model, password, limits, progress, ocr, engine)
    from clausecheck.nlp import get_nlp

    get_nlp()  # loaded before the fork, shared copy-on-write
    provision_model_beside(model)  # and the provision classifier, once per process
    preload_reader(data, engine)  # the same for the PDF reader: once per process

    def work(child_progress: Progress) -> dict[str, Any]:
        report = _pipeline(
            data, display_name, active, model, password, limits, child_progress, ocr, engine
        )
        return report.to_dict()

    try:
        return Report.from_dict(run_isolated(work, limits, progress))
    except IsolatedCrash as exc:  # one broken document must not stop the others
        raise InputError("E605", kind=str(exc).split(":", 1)[0]) from None


def _pipeline(
    data: bytes,
    name: str,
    playbook: Playbook,
    model: ClauseModel,
    password: str | None,
    limits: Limits,
    progress: Progress,
    ocr: bool,
    engine: str,
) -> Report:
    """The analysis itself, in whatever process runs it."""
    progress(0.0, "reading pages")
    document = read_bytes(data, name, password, limits.max_pages, ocr, engine)
    progress(0.5, "finding clauses")
    clauses = segment(document)
    locate_clauses(document, clauses)
    progress(0.6, "classifying clauses")
    classify_clauses(clauses, model)
    progress(0.9, "checking the playbook")
    with one_parse_per_text():  # the key terms and the checks share each clause's parse
        key_terms = extract_key_terms(clauses, provision_model_beside(model))
        findings, issues = build_findings(clauses, playbook, key_terms)
    progress(1.0, "done")
    return Report(
        schema_version=SCHEMA_VERSION,
        document=DocumentInfo(
            name=document.name,
            sha256=document.sha256,
            format=document.format,
            pages=document.pages,
            engine=engine if document.format == "pdf" else None,
        ),
        playbook=playbook.name,
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
