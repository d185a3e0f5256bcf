"""Every user-facing error message, in one table.

Messages are one line, name the thing that is wrong and, where there is one, what to do next.
The command line prints ``str(error)`` and exits with code 2; it never shows a traceback.
"""

from __future__ import annotations

from typing import Any


class Errors:
    """Message templates, keyed by a stable code (the attribute name)."""

    E001 = "file not found"
    E002 = "file is empty"
    E003 = "not a PDF, DOCX or text file ({detail})"
    E004 = "PDF is damaged and cannot be read ({detail})"
    E005 = "PDF is encrypted; pass its password with --password"
    E006 = "DOCX is damaged and cannot be read ({detail})"
    E007 = "no text could be extracted (a scanned PDF with no text layer?); run OCR first"
    E008 = "cannot read file ({detail})"
    E009 = "PDF password is wrong"
    E010 = (
        "reading the document took longer than the limit of {seconds} s (a malformed file?); "
        "raise it with --time-limit"
    )
    E011 = (
        "reading the document needed more memory than the limit of {limit} MiB "
        "(a malformed file?); raise it with --memory-limit"
    )
    E012 = "document has {pages} pages, more than the limit of {limit}; raise it with --max-pages"
    E101 = (
        "unknown playbook '{name}'; shipped playbooks: {available}, or give a YAML/TOML file path"
    )
    E102 = "playbook {name} is invalid: {detail}"
    E201 = "no trained model at {path}; run 'clausecheck train' to build it"
    E202 = (
        "model file {path} does not match its recorded sha256 (tampered or foreign file); "
        "rebuild it with 'clausecheck train'"
    )
    E203 = "model metadata {path} is unreadable ({detail}); rebuild it with 'clausecheck train'"
    E204 = "model file {path} contains types that are not allowed: {types}"
    E301 = "line {line}: {detail}"
    E401 = "corpus problem: {detail}"
    E501 = "{path}: ../shared/cuad not found; evaluation needs the CUAD data beside the checkout"
    E701 = (
        "the worker process analysing this document died ({detail}); "
        "it was retried alone and is skipped"
    )
    E702 = "analysis failed unexpectedly ({detail}); please report this document"
    E703 = "cannot reach the Dask scheduler at {address} ({detail}); is 'dask scheduler' running?"
    E704 = "no documents found in {inputs}; give PDF, DOCX, .txt or .md files, folders or globs"
    E705 = "cannot write to output folder {path} ({detail})"


class ClausecheckError(Exception):
    """An expected problem with user input. ``str()`` is the one-line message."""

    def __init__(self, code: str, **details: Any) -> None:
        self.code = code
        self.details = details
        template = getattr(Errors, code)
        super().__init__(template.format(**details))


class InputError(ClausecheckError):
    """A document that cannot be read."""


class PlaybookError(ClausecheckError):
    """A playbook that does not exist or does not validate."""


class ModelError(ClausecheckError):
    """A missing, tampered or unloadable model."""
