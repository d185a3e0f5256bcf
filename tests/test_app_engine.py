"""The page's PDF reader setting: the sidebar's engine reads the uploads, and switching it reads
them again; ``clausecheck page --engine`` chooses where it starts."""

from __future__ import annotations

import hashlib
from pathlib import Path

from streamlit.testing.v1 import AppTest

from clausecheck.page import ENGINE_ENV

APP = str(Path(__file__).resolve().parent.parent / "app.py")
TIMEOUT_S = 180


def _upload(at: AppTest, path: Path) -> AppTest:
    at.file_uploader(key="uploads").set_value(
        [(path.name, path.read_bytes(), "application/octet-stream")]
    )
    return at.run()


def test_the_chosen_engine_reads_the_upload(rendered):
    path = rendered["mutual-nda"]["pdf"]
    sha256 = hashlib.sha256(path.read_bytes()).hexdigest()
    at = AppTest.from_file(APP, default_timeout=TIMEOUT_S).run()
    assert at.selectbox(key="engine").value == "pdfplumber"
    at = _upload(at, path)
    assert not at.exception
    assert at.session_state["analysed"][sha256].document.engine == "pdfplumber"
    at.selectbox(key="engine").set_value("pdfium").run()
    assert not at.exception
    assert at.session_state["analysed"][sha256].document.engine == "pdfium"


def test_the_page_starts_on_the_engine_it_was_given(monkeypatch):
    monkeypatch.setenv(ENGINE_ENV, "pdfium")
    at = AppTest.from_file(APP, default_timeout=TIMEOUT_S).run()
    assert not at.exception and at.selectbox(key="engine").value == "pdfium"
