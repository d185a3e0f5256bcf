"""Uploads in, reports out: one progress bar per new document, results kept in this session."""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass

import streamlit as st

from clausecheck.analysis import analyze
from clausecheck.classify import load_model
from clausecheck.decisions import apply_review
from clausecheck.errors import ClausecheckError
from clausecheck.escaping import display_name, markdown_text
from clausecheck.playbooks import Playbook
from clausecheck.types import Report
from clausecheck.ui.review import playbook_fingerprint, review_fingerprint
from clausecheck.ui.saved import opened_reports, review_for
from clausecheck.ui.state import (
    ANALYSED,
    DOCUMENTS,
    READ_WITH,
    REVIEWED,
    forget_other_documents,
    remember_reviewed,
)

AGREEMENT_TYPES = ["pdf", "docx", "txt"]
MAX_CONCURRENT_ANALYSES = 2
"""Analyses the server runs at once, across all sessions: each may take a core and up to the
memory limit, so more at once would only slow them all and add up the memory. Others wait."""
WAIT_TICK_S = 1.0
"""How often a waiting upload looks for a free slot (and notices that its session ended)."""
_RUNNING = threading.BoundedSemaphore(MAX_CONCURRENT_ANALYSES)
"""The server process's analysis slots, shared by every session on purpose."""


@dataclass(frozen=True, slots=True)
class Upload:
    """One uploaded file, held in memory only."""

    name: str
    data: bytes

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


UPLOAD_SPOOL_FACTOR = 2
"""Uploads stay in memory up to this many times the upload limit (multipart framing included)."""


def keep_uploads_in_memory() -> None:
    """Make the server keep every upload in memory, as the page promises.

    Streamlit receives uploads through Starlette, whose multipart parser writes any part over
    1 MiB to a temporary file (deleted, but on disk while the upload lasts). Raising its
    threshold above the upload limit keeps the bytes in memory. It is a class attribute of the
    server process, set when the page's script is first imported there, which is before any
    session can show an uploader.
    """
    from starlette.formparsers import MultiPartParser
    from streamlit import config

    limit = int(config.get_option("server.maxUploadSize")) * 1024 * 1024
    MultiPartParser.spool_max_size = max(
        MultiPartParser.spool_max_size, UPLOAD_SPOOL_FACTOR * limit
    )


def upload_area() -> list[Upload]:
    """The drop zone for agreements; the uploaded files, in the order given."""
    files = st.file_uploader(
        "Agreements (PDF, DOCX or TXT)",
        type=AGREEMENT_TYPES,
        accept_multiple_files=True,
        key="uploads",
        help="Drop one agreement to review it, or several to compare them.",
    )
    return [Upload(f.name, f.getvalue()) for f in files or []]


def analyse_uploads(uploads: list[Upload], engine: str) -> list[Report]:
    """Reports of the uploads that could be read; a one-line error for each that could not.

    A document is analysed once per session and engine (keyed by its sha256); moving around
    the page reuses the result. Each new document gets its own progress bar while it is read
    and classified.
    """
    analysed, read_with = st.session_state[ANALYSED], st.session_state[READ_WITH]
    forget_other_documents({u.sha256 for u in uploads})
    for upload in uploads:
        if upload.sha256 not in analysed or read_with.get(upload.sha256) != engine:
            analysed[upload.sha256] = _analyse_with_progress(upload, engine)
            read_with[upload.sha256] = engine
            reviewed = st.session_state[REVIEWED]
            for stale in [key for key in reviewed if key[0] == upload.sha256]:
                del reviewed[stale]  # reviewed from the other engine's reading
        if isinstance(analysed[upload.sha256], Report):
            # For the document view and the annotated draft: memory only, gone with the upload.
            st.session_state[DOCUMENTS][upload.sha256] = upload.data
    reports = []
    for sha256 in dict.fromkeys(u.sha256 for u in uploads):
        result = analysed[sha256]
        if isinstance(result, str):
            st.error(markdown_text(result))
        else:
            reports.append(result)
    uploaded = {r.document.sha256 for r in reports}
    return reports + [r for r in opened_reports() if r.document.sha256 not in uploaded]


def _analyse_with_progress(upload: Upload, engine: str) -> Report | str:
    """Analyse one upload in a slot, with a progress bar.

    Every progress call is a Streamlit call, and Streamlit stops a script whose session ended
    (a closed tab) at its next call: the exception leaves ``analyze``, which kills the child.
    The analysis repeats the last progress every second, so that happens within a second.
    """
    shown = markdown_text(display_name(upload.name))  # progress text is Markdown too
    bar = st.progress(0.0, text=f"{shown}: starting")
    while not _RUNNING.acquire(timeout=WAIT_TICK_S):
        bar.progress(0.0, text=f"{shown}: waiting for one of the analyses running to finish")

    def show(done: float, stage: str) -> None:
        bar.progress(done, text=f"{shown}: {stage}")

    name = display_name(upload.name)
    try:
        # The model of $CLAUSECHECK_MODEL_DIR (clausecheck page --model-dir), else the shipped one.
        model = load_model()
        return analyze(upload.data, name=upload.name, model=model, progress=show, engine=engine)
    except ClausecheckError as exc:
        return f"{name}: {exc}"
    except Exception as exc:  # one broken file must not stop the others
        return f"{name}: {ClausecheckError('E605', kind=type(exc).__name__)}"
    finally:
        _RUNNING.release()
        bar.empty()


def reviewed_reports(reports: list[Report], playbook: Playbook) -> list[Report]:
    """Each report with its review applied (``decisions.apply_review``): corrected labels, the
    findings ``playbook`` gives them, every issue with its id and decision."""
    fingerprint = playbook_fingerprint(playbook)
    reviewed = []
    for report in reports:
        review = review_for(report, playbook)
        key = (report.document.sha256, fingerprint, review_fingerprint(review))
        result = st.session_state[REVIEWED].get(key)
        if result is None:
            result = apply_review(report, review, playbook)
            remember_reviewed(key, result)
        reviewed.append(result)
    return reviewed
