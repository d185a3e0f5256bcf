"""Contracts never leave the machine: no network, no uploaded bytes on disk, no text in logs.

A tampered or foreign model file is refused before it is loaded: see test_classify.py
(test_tampered_model_is_refused, test_foreign_model_with_matching_hash_is_refused).
The Streamlit settings (no usage statistics, no error details, XSRF protection, upload size
limit) are checked here against .streamlit/config.toml. AppTest never reaches the server's
upload endpoint: test_page_security.py uploads to a real ``streamlit run`` server over HTTP and
searches every file it holds open for the bytes.
"""

from __future__ import annotations

import logging
import os
import socket
import sys
import tomllib
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest
from test_app import start, statuses, upload

from clausecheck.analysis import analyze
from clausecheck.ingest import read_document

REPO_ROOT = Path(__file__).resolve().parent.parent
APP = str(REPO_ROOT / "app.py")
SAMPLE = "call-centre-services"
MIN_QUOTED_CHARS = 40
"""Clause texts at least this long are distinctive enough to search for in logs."""


class NetworkUsed(OSError):
    """Raised instead of opening a connection or looking up a name."""


@pytest.fixture
def no_network(monkeypatch) -> list[str]:
    """Make every way out (connect, name lookup) fail loudly and record who tried.

    The parsing child is forked from this process, so it is blocked too: an attempt there
    makes the document fail to read, which the tests see.
    """
    attempts: list[str] = []

    def refuse(what: str):
        def blocked(*args, **kwargs):
            attempts.append(f"{what}{args[1:2] or args[:1]}")
            raise NetworkUsed(f"network access during analysis: {what}")

        return blocked

    monkeypatch.setattr(socket.socket, "connect", refuse("connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("connect_ex"))
    monkeypatch.setattr(socket.socket, "sendto", refuse("sendto"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    monkeypatch.setattr(socket, "gethostbyname", refuse("gethostbyname"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    return attempts


def _upload_and_run(path: Path) -> AppTest:
    return upload(start(), path)


def _assert_page_shows_report(at: AppTest, name: str) -> None:
    assert not at.exception, at.exception
    assert not at.error, [e.value for e in at.error]
    assert len(statuses(at)) == 7  # one status per category: the analysis really ran


def test_the_network_blocker_would_notice(no_network):
    with pytest.raises(NetworkUsed):
        socket.create_connection(("example.org", 443), timeout=1)
    with pytest.raises(NetworkUsed):
        socket.getaddrinfo("example.org", 443)
    assert len(no_network) == 2


def test_analysis_and_page_never_touch_the_network(rendered, no_network):
    path = rendered[SAMPLE]["pdf"]
    report = analyze(path)
    assert report.clauses and report.document.pages
    _assert_page_shows_report(_upload_and_run(path), path.name)
    assert no_network == []


# --- No uploaded bytes on disk -------------------------------------------------------------------

_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC


class _WriteWatch:
    """A Python audit hook that records every file opened for writing while it is on.

    Audit hooks cannot be removed, so the hook is installed once and switched on and off.
    In a forked child (the parser) a write is refused outright, so the read fails visibly.
    """

    def __init__(self) -> None:
        self.on = False
        self.owner = os.getpid()
        self.writes: list[str] = []
        sys.addaudithook(self._hook)

    def _hook(self, event: str, args: tuple) -> None:
        if not self.on or event != "open":
            return
        path, mode, flags = args
        writing = (mode is not None and any(c in mode for c in "wax+")) or (
            mode is None and flags & _WRITE_FLAGS
        )
        if not writing:
            return
        if os.getpid() != self.owner:
            raise PermissionError(f"the parsing child opened {path!r} for writing")
        self.writes.append(str(path))


@pytest.fixture(scope="session")
def write_watch() -> _WriteWatch:
    return _WriteWatch()


def test_the_write_watch_would_notice(write_watch, tmp_path):
    write_watch.on = True
    try:
        (tmp_path / "upload.pdf").write_bytes(b"%PDF-")
        os.close(os.open(tmp_path / "other.bin", os.O_WRONLY | os.O_CREAT))
    finally:
        write_watch.on = False
    assert write_watch.writes == [str(tmp_path / "upload.pdf"), str(tmp_path / "other.bin")]
    write_watch.writes.clear()


def test_uploaded_bytes_are_never_written_to_disk(rendered, write_watch):
    path = rendered[SAMPLE]["pdf"]
    AppTest.from_file(APP, default_timeout=180).run()  # imports and caches outside the watch
    write_watch.on = True
    try:
        at = _upload_and_run(path)
    finally:
        write_watch.on = False
    _assert_page_shows_report(at, path.name)
    assert write_watch.writes == []


# --- No contract text in logs ------------------------------------------------------------------


@pytest.fixture
def debug_log(tmp_path, capfd):
    """Everything logged at DEBUG by this process and its forked children, as one string.

    Streamlit's loggers do not propagate to the root logger and are set to DEBUG here as by
    ``streamlit run --logger.level=debug``; the file handler is opened before any fork, so the
    parsing child appends to it too; and whatever reaches stdout or stderr (Streamlit's own
    console handler, Python's last-resort handler, the child) is captured at the descriptors.
    """
    import streamlit.logger
    from streamlit import config

    AppTest.from_file(APP, default_timeout=180).run()  # Streamlit creates its loggers
    log_file = tmp_path / "debug.log"
    handler = logging.FileHandler(log_file)
    handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
    loggers = [logging.getLogger(), *streamlit.logger._loggers.values()]
    root_level = logging.getLogger().level
    for logger in loggers:
        logger.addHandler(handler)
    logging.getLogger().setLevel(logging.DEBUG)
    config.set_option("logger.level", "debug")
    streamlit.logger.set_log_level("DEBUG")
    capfd.readouterr()

    def logged() -> str:
        handler.flush()
        captured = capfd.readouterr()
        return log_file.read_text() + captured.out + captured.err

    try:
        yield logged
    finally:
        config.set_option("logger.level", "info")
        streamlit.logger.set_log_level("INFO")
        logging.getLogger().setLevel(root_level)
        for logger in loggers:
            logger.removeHandler(handler)
        handler.close()


def _distinctive_texts(report) -> list[str]:
    return [c.text for c in report.clauses if len(c.text) >= MIN_QUOTED_CHARS]


def test_contract_text_never_reaches_the_logs(rendered, debug_log):
    path = rendered[SAMPLE]["pdf"]
    report = analyze(path)
    _assert_page_shows_report(_upload_and_run(path), path.name)
    logged = debug_log()
    assert "Running script" in logged  # the capture works: Streamlit's debug records are there
    texts = _distinctive_texts(report)
    assert len(texts) > 20
    for text in texts:
        assert text[:MIN_QUOTED_CHARS] not in logged


def test_pdfminer_would_log_contract_text_at_debug(rendered, debug_log):
    """Why ingest turns pdfminer's logging down: at DEBUG it logs content-stream tokens, and
    the capture above would see them, from the forked parsing child too."""
    path = rendered[SAMPLE]["pdf"]
    pdfminer = logging.getLogger("pdfminer")
    kept = pdfminer.level
    pdfminer.setLevel(logging.NOTSET)
    try:
        document = read_document(path)  # parsed in the forked child
    finally:
        pdfminer.setLevel(kept)
    assert kept == logging.ERROR
    first_words = " ".join(document.blocks[5].text.split()[:3])
    assert first_words in debug_log()


# --- Streamlit settings ------------------------------------------------------------------------


def test_streamlit_settings_keep_uploads_private():
    config = tomllib.loads((REPO_ROOT / ".streamlit" / "config.toml").read_text())
    assert config["browser"]["gatherUsageStats"] is False
    assert config["client"]["showErrorDetails"] is False
    assert config["server"]["enableXsrfProtection"] is True
    assert 0 < config["server"]["maxUploadSize"] <= 50
