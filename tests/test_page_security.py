"""The review page served by ``streamlit run`` on a loopback port, attacked over HTTP.

- Uploads never touch the disk: a real multipart upload, sent slowly to the real upload
  endpoint (with the session and XSRF token the page gave a real browser), while every file
  the server holds open, deleted ones included, is searched for the upload's bytes.
- Hostile file names and text are shown as text: no script runs, no request leaves the page.
- Analyses are limited in number across sessions, and stop when their tab is closed.
"""

from __future__ import annotations

import http.client
import os
import secrets
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from injection import chromium, origin, serve
from reportlab.lib.pagesizes import LETTER
from reportlab.pdfgen import canvas
from test_e2e import SERVER_START_S, free_port
from test_injection import AGREEMENT

from clausecheck.ui.uploads import MAX_CONCURRENT_ANALYSES

pytestmark = pytest.mark.slow

REPO_ROOT = Path(__file__).resolve().parent.parent
PAGE_READY_MS = 120_000
UPLOAD_BYTES = 3 * 1024 * 1024
"""Bigger than Starlette's default spool threshold (1 MiB), as the issue's 2.9 MB PDF."""


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """``streamlit run app.py`` on a free loopback port: (url, process id)."""
    port = free_port()
    log = tmp_path_factory.mktemp("streamlit") / "server.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port),
             "--server.address", "127.0.0.1", "--server.headless", "true"],
            cwd=REPO_ROOT,
            stdout=out,
            stderr=subprocess.STDOUT,
        )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + SERVER_START_S
        while True:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as answer:
                    if answer.read() == b"ok":
                        break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"streamlit did not start:\n{log.read_text()[-2000:]}")
                time.sleep(0.5)
        yield url, process.pid
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


def open_page(browser, url: str):
    page = browser.new_page()
    page.goto(url)
    page.get_by_text("Agreements (PDF, DOCX or TXT)").wait_for(timeout=PAGE_READY_MS)
    return page


# --- Uploads stay in memory ---------------------------------------------------------------------


def files_holding(pid: int, marker: bytes) -> list[str]:
    """Every regular file the process has open (deleted ones too) that contains ``marker``."""
    found = []
    folder = Path(f"/proc/{pid}/fd")
    for fd in folder.iterdir():
        try:
            target = os.readlink(fd)
            if not Path(fd).is_file():
                continue
            with open(fd, "rb") as handle:
                if marker in handle.read():
                    found.append(target)
        except OSError:
            continue  # closed meanwhile, or not readable
    return found


def files_written_since(folder: Path, since: float, marker: bytes) -> list[str]:
    found = []
    for path in folder.rglob("*"):
        try:
            if path.is_file() and path.stat().st_mtime >= since and marker in path.read_bytes():
                found.append(str(path))
        except OSError:
            continue
    return found


def capture_upload_request(browser, url: str) -> tuple[str, dict[str, str]]:
    """Upload a small file through the real page and keep its request's address and headers:
    the session id, the XSRF token and its cookie, as the browser sends them."""
    page = open_page(browser, url)
    seen: dict = {}

    def record(route, request) -> None:
        if request.method == "PUT":
            seen["url"], seen["headers"] = request.url, request.headers
        route.continue_()

    page.route("**/_stcore/upload_file/**", record)
    page.locator("input[type=file]").first.set_input_files(
        [{"name": "small.txt", "mimeType": "text/plain", "buffer": b"1. Term. Two years.\n"}]
    )
    deadline = time.monotonic() + 60
    while "url" not in seen and time.monotonic() < deadline:
        page.wait_for_timeout(200)
    cookies = "; ".join(f"{c['name']}={c['value']}" for c in page.context.cookies())
    assert "url" in seen, "the page made no upload request"
    headers = {"X-Xsrftoken": seen["headers"].get("x-xsrftoken", ""), "Cookie": cookies}
    return seen["url"], headers


def test_an_upload_is_never_written_to_disk(server, tmp_path):
    url, pid = server
    marker = secrets.token_hex(16).encode()
    content = (marker + b" The Supplier shall answer calls.\n") * (UPLOAD_BYTES // 50)
    with chromium() as browser:  # the page stays open: its session must live
        upload_url, headers = capture_upload_request(browser, url)
        during, status, started = slow_upload(upload_url, headers, content, pid, marker)
    assert status == 204  # the upload was accepted: it was real
    assert during == [], f"the upload's bytes are in {during}"
    assert files_written_since(Path("/tmp"), started, marker) == []
    assert files_written_since(REPO_ROOT, started, marker) == []


def slow_upload(
    upload_url: str, headers: dict[str, str], content: bytes, pid: int, marker: bytes
) -> tuple[list[str], int, float]:
    """PUT ``content`` as multipart form data, pausing before the end to look at the server's
    open files: (files holding the marker, HTTP status, when the upload started)."""
    boundary = secrets.token_hex(12)
    head = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; '
        f'filename="agreement.txt"\r\nContent-Type: text/plain\r\n\r\n'
    ).encode()
    body = head + content + f"\r\n--{boundary}--\r\n".encode()
    target = urlsplit(upload_url)
    connection = http.client.HTTPConnection(target.hostname, target.port, timeout=60)
    connection.putrequest("PUT", target.path)
    for name, value in headers.items():
        connection.putheader(name, value)
    connection.putheader("Content-Type", f"multipart/form-data; boundary={boundary}")
    connection.putheader("Content-Length", str(len(body)))
    connection.endheaders()
    started = time.time()
    # Most of the file, then a pause: the server holds the part while it waits for the rest.
    split = len(body) * 9 // 10
    for offset in range(0, split, 64 * 1024):
        connection.send(body[offset : min(split, offset + 64 * 1024)])
    time.sleep(2)
    during = files_holding(pid, marker)
    connection.send(body[split:])
    response = connection.getresponse()
    response.read()
    connection.close()
    return during, response.status, started


# --- Names and text are text ----------------------------------------------------------------------


def test_hostile_names_and_text_are_shown_as_text(server):
    url, _ = server
    with serve() as beacon, chromium() as browser:
        host = beacon.url.split("://", 1)[1]
        name = f"![s](http:&#47;&#47;{host}&#47;x.png) b.txt"
        files = [
            {"name": name, "mimeType": "text/plain",
             "buffer": AGREEMENT.format(beacon=beacon.url).encode()},
            {"name": f"<img src={beacon.url}/e.png> ![e]({beacon.url}/err.png).txt",
             "mimeType": "text/plain", "buffer": b""},
        ]  # fmt: skip
        page = open_page(browser, url)
        requests: list[str] = []
        page.on("request", lambda request: requests.append(request.url))
        page.locator("input[type=file]").first.set_input_files(files)
        page.get_by_text("The review report", exact=True).wait_for(timeout=PAGE_READY_MS)
        page.get_by_text("file is empty").wait_for(timeout=PAGE_READY_MS)
        for expander in page.locator("[data-testid=stExpander] summary").all():
            expander.click()  # open every category: issues and evidence are rendered
        page.wait_for_timeout(2000)
        pwned = page.evaluate("() => window.__pwned")
        text = page.inner_text("body")
        page.close()
    assert beacon.hits == [], beacon.hits
    assert [r for r in requests if origin(r) != url] == []
    assert pwned is None
    assert name in text  # the heading shows the name as it is
    assert f"<img src={beacon.url}/e.png>" in text  # and so does the error box


# --- Limited analyses that stop with their session ------------------------------------------


def slow_pdf(path: Path, pages: int = 120) -> Path:
    """An honest long agreement (within every cap) that takes a while to read."""
    pdf = canvas.Canvas(str(path), pagesize=LETTER)
    for page in range(pages):
        for line in range(48):
            pdf.drawString(
                60, 740 - 14 * line, f"{page + 1}.{line + 1} The Supplier shall answer calls "
                "within twenty seconds and keep records of every call for the Customer."
            )  # fmt: skip
        pdf.showPage()
    pdf.save()
    return path


def children_of(pid: int) -> set[int]:
    children: set[int] = set()
    try:
        tasks = list(Path(f"/proc/{pid}/task").iterdir())
    except OSError:
        return children  # gone
    for task in tasks:
        try:
            children.update(int(c) for c in (task / "children").read_text().split())
        except OSError:
            continue
    return children


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_analyses_are_limited_and_stop_when_their_tab_closes(server, tmp_path):
    url, pid = server
    document = slow_pdf(tmp_path / "long-agreement.pdf")
    sessions = MAX_CONCURRENT_ANALYSES + 1
    with chromium() as browser:
        pages = [open_page(browser, url) for _ in range(sessions)]
        for page in pages:
            page.locator("input[type=file]").first.set_input_files(str(document))
        most = set()
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            running = children_of(pid)
            most = max(most, running, key=len)
            waiting = sum(p.get_by_text("waiting for one of the analyses").count() for p in pages)
            if len(running) == MAX_CONCURRENT_ANALYSES and waiting:
                break
            time.sleep(0.5)
        assert len(most) == MAX_CONCURRENT_ANALYSES, most
        assert waiting == sessions - MAX_CONCURRENT_ANALYSES
        started = children_of(pid)
        for page in pages:
            page.close()
        deadline = time.monotonic() + 15
        while any(alive(child) for child in started) and time.monotonic() < deadline:
            time.sleep(0.5)
        assert not any(alive(child) for child in started), "analyses outlived their tabs"
        time.sleep(3)  # the waiting session must not start one after its tab closed
        assert not any(alive(child) for child in children_of(pid))
