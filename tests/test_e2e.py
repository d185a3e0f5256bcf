"""The review page in a real headless Chromium: upload, findings, Markdown download, comparison.

Playwright drives the system's Chromium (Debian's ``chromium`` package) through
``executable_path``: browsers are never downloaded. The test takes screenshots of both views
into build/screenshots/ (``make screenshots`` writes them to docs/screenshots/, which the README
shows, so a test run never changes tracked files). It skips, saying why, when Playwright or Chromium is
missing (``make browser`` installs Chromium where apt is usable).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from clausecheck.analysis import analyze
from clausecheck.report import to_markdown
from clausecheck.types import CATEGORY_TITLES

pytestmark = pytest.mark.slow

REPO_ROOT = Path(__file__).resolve().parent.parent
SCREENSHOTS_ENV = "CLAUSECHECK_SCREENSHOTS"
"""Folder for the screenshots; build/screenshots unless set (``make screenshots``)."""
SCREENSHOTS = Path(os.environ.get(SCREENSHOTS_ENV) or REPO_ROOT / "build" / "screenshots")
CHROMIUM_ENV = "CLAUSECHECK_CHROMIUM"
"""Set to a Chromium or Chrome binary to use instead of the ones looked for on PATH."""
CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
VIEWPORT = {"width": 1400, "height": 1000}
SERVER_START_S = 90
ANALYSIS_MS = 180_000
"""Generous: two cores shared with other test runs; one agreement takes a few seconds alone."""


def chromium_binary() -> str | None:
    configured = os.environ.get(CHROMIUM_ENV)
    if configured:
        return configured if Path(configured).is_file() else None
    return next((path for name in CHROMIUM_NAMES if (path := shutil.which(name))), None)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    binary = chromium_binary()
    if binary is None:
        pytest.skip(f"no Chromium found (looked for {', '.join(CHROMIUM_NAMES)}; run make browser)")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=binary, headless=True)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def server_url(tmp_path_factory):
    port = free_port()
    log = tmp_path_factory.mktemp("streamlit") / "server.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "streamlit",
                "run",
                "app.py",
                "--server.port",
                str(port),
                "--server.address",
                "127.0.0.1",
                "--server.headless",
                "true",
            ],
            cwd=REPO_ROOT,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
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
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


CONTENT_HEIGHT_JS = """() => Math.max(document.body.scrollHeight, ...[...document.querySelectorAll(
    '[data-testid=stMain], [data-testid=stAppViewContainer], [data-testid=stMainBlockContainer]'
)].map(e => e.scrollHeight))"""
"""Streamlit scrolls inside its main block, not the window, so the page's height is in there."""


def screenshot_whole_page(page, path: Path) -> None:
    """Grow the viewport until the whole page fits (tables re-lay out), then take it."""
    height = VIEWPORT["height"]
    for _ in range(5):
        page.set_viewport_size({"width": VIEWPORT["width"], "height": height})
        page.wait_for_timeout(800)  # let charts and tables lay themselves out again
        needed = page.evaluate(CONTENT_HEIGHT_JS)
        if needed <= height:
            break
        height = needed
    path.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(path), full_page=True)
    page.set_viewport_size(VIEWPORT)


def test_upload_review_download_and_compare(browser, server_url, rendered, model):
    first = rendered["contact-centre-vague"]["pdf"]
    others = [rendered["call-centre-services"]["pdf"], rendered["bpo-outsourcing-uk"]["pdf"]]
    page = browser.new_page(viewport=VIEWPORT)
    page.goto(server_url)
    page.get_by_text("Agreements (PDF, DOCX or TXT)").wait_for(timeout=ANALYSIS_MS)

    page.locator("input[type=file]").first.set_input_files(str(first))
    page.get_by_text("Download the gap report").wait_for(timeout=ANALYSIS_MS)
    report = analyze(first, model=model)
    categories = page.locator("[data-testid=stExpander] summary")
    labels = " | ".join(categories.all_inner_texts())
    for finding in report.findings:
        title = CATEGORY_TITLES[finding.category]
        count = len(finding.issues)
        assert f"{finding.status} · {title} · {count} issue" in " ".join(labels.split()), labels
    categories.filter(has_text="Service levels").click()  # open one, as a reviewer would
    page.get_by_text(report.finding("sla").issues[0].message).wait_for()
    screenshot_whole_page(page, SCREENSHOTS / "agreement.png")

    with page.expect_download() as download:
        page.get_by_role("button", name="Markdown").click()
    assert download.value.suggested_filename == "contact-centre-vague-gap-report.md"
    markdown = Path(download.value.path()).read_text(encoding="utf-8")
    assert markdown == to_markdown(report)

    page.locator("input[type=file]").first.set_input_files([str(p) for p in others])
    page.get_by_role("tab", name="Compare agreements").click()
    page.get_by_text("3 agreements side by side").wait_for(timeout=ANALYSIS_MS)
    page.get_by_text("Coverage across the agreements").wait_for()
    page.locator("[data-testid=stVegaLiteChart]").first.wait_for()
    assert page.get_by_text("contact-centre-vague.pdf").count() >= 1
    screenshot_whole_page(page, SCREENSHOTS / "comparison.png")
    page.close()
