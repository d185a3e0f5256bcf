"""The page's session state: every key, created before anything reads it.

Everything here lives in ``st.session_state``, which belongs to one browser session: uploaded
documents, their reports and their rendered pages are never put in ``st.cache_data``, whose
cache every session shares, and never written to disk.
"""

from __future__ import annotations

import streamlit as st

ANALYSED = "analysed"
"""sha256 of an upload -> its Report (labels from the model), or the one-line error message."""
DOCUMENTS = "documents"
"""sha256 -> the uploaded bytes (for the document view and the annotated draft); memory only."""
REVIEWS = "reviews"
"""sha256 -> the Review the reviewer is making (decisions, added issues, corrections)."""
REVIEWED = "reviewed"
"""(sha256, playbook fingerprint, review fingerprint) -> the Report with the review applied."""
SELECTED = "selected"
"""sha256 -> what the document view shows: a Selection."""
PAGE_IMAGES = "page_images"
"""(sha256, page, width) -> the page rendered as PNG bytes, made once per session."""
OPENED = "opened"
"""sha256 -> a Report reopened from the review database (its text was kept), no upload."""
NOTICES = "notices"
"""sha256 -> a one-time message about the saved review (restored, needs the upload again)."""
PENDING = "pending"
"""sha256 -> the file name of a saved review reopened without its text: it waits for an upload."""
READ_WITH = "read_with"
"""sha256 -> the PDF engine its entry in ANALYSED was read with (another engine reads again)."""
SESSION_KEYS = (
    PENDING,
    ANALYSED,
    DOCUMENTS,
    REVIEWS,
    REVIEWED,
    SELECTED,
    PAGE_IMAGES,
    OPENED,
    NOTICES,
    READ_WITH,
)
REVIEWED_KEPT = 32
"""Reviewed reports kept per session; older ones are rebuilt (in well under a second) if needed."""
PAGE_IMAGES_KEPT = 24
"""Rendered pages kept per session: a few hundred kilobytes each."""


def init_state() -> None:
    """Create every session key before anything reads it."""
    for key in SESSION_KEYS:
        if key not in st.session_state:
            st.session_state[key] = {}


def forget_other_documents(kept: set[str]) -> None:
    """Drop what belongs to documents no longer uploaded or opened, so their bytes and text
    leave memory with them."""
    kept = kept | set(st.session_state[OPENED])
    for key in (ANALYSED, DOCUMENTS, REVIEWS, SELECTED, NOTICES, READ_WITH):
        for sha256 in [s for s in st.session_state[key] if s not in kept]:
            del st.session_state[key][sha256]
    for key in (REVIEWED, PAGE_IMAGES):
        cache = st.session_state[key]
        for cache_key in [k for k in cache if k[0] not in kept]:
            del cache[cache_key]


def remember(key: str, cache_key: tuple, value, limit: int) -> None:
    """Keep ``value`` in the session cache ``key``, evicting the oldest beyond ``limit``."""
    cache = st.session_state[key]
    cache[cache_key] = value
    while len(cache) > limit:
        del cache[next(iter(cache))]


def remember_reviewed(cache_key: tuple, report) -> None:
    """Keep a reviewed report, evicting the oldest beyond ``REVIEWED_KEPT``."""
    remember(REVIEWED, cache_key, report, REVIEWED_KEPT)
