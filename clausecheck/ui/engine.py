"""The PDF engine picker: pdfplumber (the default) or pdfium, in the sidebar."""

from __future__ import annotations

import os

import streamlit as st

from clausecheck.ingest.pdf import DEFAULT_ENGINE, PDF_ENGINES
from clausecheck.page import ENGINE_ENV


def engine_picker() -> str:
    """The engine that reads uploaded PDFs; it starts on ``clausecheck page --engine``'s."""
    start = os.environ.get(ENGINE_ENV, DEFAULT_ENGINE)
    return st.sidebar.selectbox(
        "PDF reader",
        PDF_ENGINES,
        index=PDF_ENGINES.index(start) if start in PDF_ENGINES else 0,
        key="engine",
        help="pdfplumber reads PDFs by default; pdfium analyses them about 8 times faster. "
        "Each report records which one read it.",
    )
