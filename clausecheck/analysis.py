"""The public entry point: ``analyze(path_or_bytes) -> Report``."""

from __future__ import annotations

from pathlib import Path

from clausecheck.checks import build_findings
from clausecheck.classify import ClauseModel, classify_clauses, load_model
from clausecheck.ingest import DEFAULT_LIMITS, Limits, read_document
from clausecheck.playbooks import Playbook, load_playbook
from clausecheck.report.schema import SCHEMA_VERSION
from clausecheck.segment import segment
from clausecheck.types import DocumentInfo, Report


def analyze(
    source: str | Path | bytes,
    *,
    name: str | None = None,
    playbook: str | Path | Playbook | None = None,
    model: ClauseModel | None = None,
    password: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
    ocr: bool = False,
) -> Report:
    """Read, segment, classify and check one agreement.

    ``source`` is a path or the file's bytes (then ``name`` is shown in the report). Raises
    ``InputError`` for unreadable input (parsing runs in a child process within ``limits``) and ``PlaybookError`` for a bad playbook.
    With ``ocr``, PDF pages without a usable text layer are read by Tesseract (if installed).
    """
    active = playbook if isinstance(playbook, Playbook) else load_playbook(playbook)
    document = read_document(source, name=name, password=password, limits=limits, ocr=ocr)
    clauses = segment(document)
    model = model or load_model()
    classify_clauses(clauses, model)
    findings, issues = build_findings(clauses, active)
    return Report(
        schema_version=SCHEMA_VERSION,
        document=DocumentInfo(
            name=document.name, sha256=document.sha256, format=document.format, pages=document.pages
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
    )
