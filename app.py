"""The review page. Thin: it only arranges parts from clausecheck.ui."""

from clausecheck.ui import render_page

render_page()
