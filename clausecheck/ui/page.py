"""The frame of the review page: configuration, session state, look, title."""

from __future__ import annotations

import streamlit as st

from clausecheck.ui.state import init_state

PAGE_STYLE = """
<style>
.cc-issue { margin: 0.4rem 0 0.8rem; }
.cc-issue blockquote { margin: 0.25rem 0 0.25rem 0.2rem; padding: 0.1rem 0.8rem;
  border-left: 3px solid #d0d7de; color: #24292f; }
.cc-high > b:first-child { color: #b42318; }
.cc-medium > b:first-child { color: #9a6700; }
.cc-suggestion { color: #1a7f37; font-size: 0.92rem; }
.cc-terms { color: #57606a; margin-bottom: 0.5rem; }
.cc-clause { border-top: 1px solid #eaeef2; padding: 0.4rem 0; font-size: 0.92rem; }
.cc-meta { color: #57606a; font-size: 0.85rem; }
.cc-issue.dismissed { color: #6e7781; } .cc-issue.dismissed .message { text-decoration: line-through; }
.cc-issue .where { color: #57606a; } .cc-issue .decision { color: #084298; font-style: italic; }
.cc-para { padding: 0.35rem 0.5rem; border-left: 3px solid transparent; font-size: 0.92rem; }
.cc-selected { background: #fff3c4; border-left-color: #d97706; }
mark { background: #ffe08a; padding: 0 0.1rem; border-radius: 2px; }
</style>
"""
"""The few styles Streamlit has no option for: issue quotes, highlights, evidence clauses."""


def start_page() -> None:
    """Configure the page, create the session state, and show the title."""
    st.set_page_config(page_title="clausecheck: review agreements", layout="wide")
    init_state()
    st.markdown(PAGE_STYLE, unsafe_allow_html=True)
    st.title("clausecheck")
    st.caption(
        "Upload agreements to see which key sections are missing, ambiguous or against your "
        "playbook, with the clause highlighted in the document. Decide on each issue; your "
        "review is saved as you go. The file you upload stays in this browser session: only "
        "your review is stored (see the sidebar)."
    )
