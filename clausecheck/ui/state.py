"""The page's session state: every key, created before anything reads it.

Everything here lives in ``st.session_state``, which belongs to one browser session: uploaded
documents and their reports are never put in ``st.cache_data``, whose cache every session shares.
"""

from __future__ import annotations

import streamlit as st

ANALYSED = "analysed"
"""sha256 of an upload -> its Report (labels from the model), or the one-line error message."""
REVIEWED = "reviewed"
"""(sha256, playbook fingerprint, corrections key) -> the Report with findings for them."""
CORRECTIONS = "corrections"
"""sha256 -> {clause id: labels the reviewer chose}."""
READ_WITH = "read_with"
"""sha256 -> the PDF engine its entry in ANALYSED was read with (another engine reads again)."""
SESSION_KEYS = (ANALYSED, REVIEWED, CORRECTIONS, READ_WITH)
REVIEWED_KEPT = 32
"""Reviewed reports kept per session; older ones are rebuilt (in well under a second) if needed."""


def init_state() -> None:
    """Create every session key before anything reads it."""
    for key in SESSION_KEYS:
        if key not in st.session_state:
            st.session_state[key] = {}


def forget_other_documents(kept: set[str]) -> None:
    """Drop reports of documents no longer uploaded, so their text leaves memory with them."""
    for key in (ANALYSED, CORRECTIONS, READ_WITH):
        for sha256 in [s for s in st.session_state[key] if s not in kept]:
            del st.session_state[key][sha256]
    reviewed = st.session_state[REVIEWED]
    for cache_key in [k for k in reviewed if k[0] not in kept]:
        del reviewed[cache_key]


def remember_reviewed(cache_key: tuple, report) -> None:
    """Keep a reviewed report, evicting the oldest beyond ``REVIEWED_KEPT``."""
    reviewed = st.session_state[REVIEWED]
    reviewed[cache_key] = report
    while len(reviewed) > REVIEWED_KEPT:
        del reviewed[next(iter(reviewed))]
