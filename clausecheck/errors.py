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
    E007 = (
        "the PDF has no text layer (a scanned document?); run it through OCR first, "
        "or pass --ocr to use Tesseract"
    )
    E008 = "cannot read file ({detail})"
    E009 = "PDF password is wrong"
    E010 = (
        "analysing the document needed more than the limit of {seconds} s of processor time "
        "(a malformed file?); raise it with --time-limit"
    )
    E011 = (
        "analysing the document needed more memory than the limit of {limit} MiB "
        "(a malformed file?); raise it with --memory-limit"
    )
    E012 = "document has {pages} pages, more than the limit of {limit}; raise it with --max-pages"
    E013 = (
        "the PDF's text comes out as unreadable glyph codes like (cid:12) (fonts without a "
        "Unicode map); run it through OCR first, or pass --ocr to use Tesseract"
    )
    E014 = "DOCX refused as a possible zip bomb: {detail}"
    E015 = "DOCX refused: {part} declares a DTD, which Word never writes (an XML entity attack?)"
    E016 = "--ocr needs Tesseract, which is not installed (on Debian: apt install tesseract-ocr)"
    E017 = "OCR with Tesseract failed on page {page} ({detail})"
    E018 = (
        "document has {size} of text, more than the limit of {limit:,} characters "
        "(about 500 dense pages); split it, or analyse the parts you need"
    )
    E019 = (
        "PDF refused as a possible decompression bomb: its streams inflate to more than {limit} MiB"
    )
    E020 = (
        "page {page} of the PDF holds {chars:,} characters, more than the limit of {limit:,} "
        "a page (text too small to read: a file made to slow the reader?)"
    )
    E021 = "unknown PDF engine '{name}'; choose one of: {choices}"
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
    E402 = (
        "training needs {missing}: this clausecheck is installed, not a checkout of the "
        "repository; give --corpus DIR (clauses/*.jsonl inside) and --model-dir DIR"
    )
    E501 = "{path}: ../shared/cuad not found; evaluation needs the CUAD data beside the checkout"
    E601 = "{format} is a binary format; give --output FILE or redirect standard output to a file"
    E602 = (
        "--format {format} writes one file per agreement; give --output FOLDER for the "
        "{count} agreements"
    )
    E603 = "--output {path} is a file; with several agreements it must be a folder"
    E604 = "two agreements would both be written to {path}; rename one or run them separately"
    E605 = "could not analyse this file (unexpected {kind}); please report it with the file"
    E701 = (
        "the worker process analysing this document died ({detail}); "
        "it was retried alone and is skipped"
    )
    E702 = "analysis failed unexpectedly ({detail}); please report this document"
    E703 = "cannot reach the Dask scheduler at {address} ({detail}); is 'dask scheduler' running?"
    E704 = "no documents found in {inputs}; give PDF, DOCX, .txt or .md files, folders or globs"
    E705 = "cannot write to output folder {path} ({detail})"
    E706 = (
        "refused: a symbolic link to {target}, outside the input folders; "
        "give that file on the command line if you mean it"
    )
    E801 = "dismissing an issue needs a reason (why is it not a problem?)"
    E802 = "unknown decision '{action}'; choose accept, dismiss or note"
    E803 = "{field} is empty; write a few words"
    E804 = "{field} is longer than the limit of {limit} characters"
    E805 = "unknown category '{category}'; known: {known}"
    E806 = "unknown severity '{severity}'; choose high, medium, low or info"
    E807 = "{field} '{value}' is not a valid id"
    E811 = "cannot open the review database {url} ({detail})"
    E812 = "'{url}' is not a database URL; give sqlite:///PATH, a file path, or postgresql://..."
    E813 = "review databases are SQLite or PostgreSQL, not '{dialect}'"
    E814 = (
        "the review database {url} was written by a newer clausecheck (revision {revision}); "
        "upgrade clausecheck to read it"
    )
    E815 = "no saved review matches '{ref}'; 'clausecheck review list' shows them"
    E816 = "'{ref}' matches {count} saved reviews; give more of the sha256"
    E817 = "{path} is not a clausecheck review export ({detail})"
    E818 = "a review is identified by at least {minimum} characters of its sha256, not '{ref}'"
    E819 = (
        "the gap report needs the agreement: give its file instead of the sha256 (its text is "
        "not kept with the review), or use --format review"
    )
    E820 = "the review export {path} holds a report of another document than its review"
    E821 = (
        "annotate writes comments into PDF and DOCX files; {name} is a text file, whose only "
        "place for a comment is its wording (use 'clausecheck analyze --format md' instead)"
    )
    E822 = "--output must be a new file, not the agreement itself"
    E823 = "--output {path} must end in .{extension} for a {format} agreement"


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


class ReviewError(ClausecheckError):
    """A decision, note or added issue that cannot be recorded as given."""


class StoreError(ClausecheckError):
    """A review database that cannot be opened, or a saved review that cannot be found."""
