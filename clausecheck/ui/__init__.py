"""Page parts for the Streamlit app; each calls the same clausecheck API as the command line."""

from clausecheck.ui.page import render_page

__all__ = ["render_page"]
