"""The Streamlit page starts and shows the analysis of a document (issue 5 builds it out)."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parent.parent / "app.py")


def test_page_starts_without_error():
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception
    assert at.title[0].value == "clausecheck"
    assert at.selectbox(key="playbook").value == "call-centre"
