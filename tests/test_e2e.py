"""The review page in a real headless Chromium: upload, the document view with its highlight,
decisions, the saved review after a reload, the exported PDF, the comparison.

Playwright drives the system's Chromium (Debian's ``chromium`` package) through
``executable_path``: browsers are never downloaded. The test takes screenshots of both views
into build/screenshots/ (``make screenshots`` writes them to docs/screenshots/, which the README
shows, so a test run never changes tracked files). It skips, saying why, when Playwright or Chromium is
missing (``make browser`` installs Chromium where apt is usable).
"""

from __future__ import annotations

import io
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pdfplumber
import pytest

from clausecheck.analysis import analyze
from clausecheck.report import to_markdown
from clausecheck.report.content import issue_kind, issue_location
from clausecheck.types import CATEGORY_TITLES
from clausecheck.ui.document import HIGHLIGHT_EDGE

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
    folder = tmp_path_factory.mktemp("streamlit")
    log = folder / "server.log"
    # A review database of the test's own: the page saves every decision in it.
    env = {**os.environ, "CLAUSECHECK_DB": str(folder / "reviews.sqlite3")}
    env.pop("CLAUSECHECK_KEEP_TEXT", None)
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
            env=env,
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
    page.get_by_text("The review report").wait_for(timeout=ANALYSIS_MS)
    report = analyze(first, model=model)
    categories = page.locator("[data-testid=stExpander] summary")
    labels = " | ".join(categories.all_inner_texts())
    for finding in report.findings:
        title = CATEGORY_TITLES[finding.category]
        count = len(finding.issues)
        assert f"{finding.status} · {title} · {count} issue" in " ".join(labels.split()), labels
    categories.filter(has_text="Service levels").click()  # open one, as a reviewer would
    page.get_by_text(report.finding("sla").issues[0].message).wait_for()

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


def screenshot_workspace(page, path: Path) -> None:
    """The findings and the document side by side, as a reviewer sees them (one screen)."""
    page.get_by_text("Findings", exact=True).scroll_into_view_if_needed()
    page.get_by_text("Findings", exact=True).evaluate("e => e.scrollIntoView({block: 'start'})")
    page.wait_for_timeout(800)
    path.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(path))


def wait_for_rerun(page) -> None:
    """Wait until Streamlit has finished running the script (its status widget is gone)."""
    page.wait_for_timeout(300)
    page.locator("[data-testid=stStatusWidget]").wait_for(state="detached", timeout=ANALYSIS_MS)


def upload(page, path: Path) -> None:
    page.locator("[data-testid=stFileUploader] input[type=file]").first.set_input_files(str(path))
    page.get_by_text("Findings", exact=True).wait_for(timeout=ANALYSIS_MS)
    wait_for_rerun(page)


def highlighted_pixels(png: bytes, box) -> int:
    """Pixels of the highlight's edge colour inside the box (with a margin), on the page image."""
    from PIL import Image

    image = Image.open(io.BytesIO(png)).convert("RGB")
    width, height = image.size
    crop = image.crop(
        (
            max(0, int(box.x0 * width) - 8),
            max(0, int(box.top * height) - 8),
            min(width, int(box.x1 * width) + 8),
            min(height, int(box.bottom * height) + 8),
        )
    )
    edge = HIGHLIGHT_EDGE[:3]
    data = crop.tobytes()
    pixels = (data[i : i + 3] for i in range(0, len(data), 3))
    return sum(1 for p in pixels if all(abs(a - b) <= 12 for a, b in zip(p, edge, strict=True)))


def test_review_in_the_document_view_survives_a_reload_and_reaches_the_pdf(
    browser, server_url, rendered, model
):
    agreement = rendered["contact-centre-vague"]["pdf"]
    report = analyze(agreement, model=model)
    issue = report.finding("sla").issues[0]
    clause = report.clause(issue.clause_id)
    assert clause is not None and clause.boxes, "the issue must point at a clause with boxes"
    page = browser.new_page(viewport=VIEWPORT)
    page.goto(server_url)
    page.get_by_text("Agreements (PDF, DOCX or TXT)").wait_for(timeout=ANALYSIS_MS)
    upload(page, agreement)

    # Click an issue: its page comes up, with its clause painted.
    section = page.locator("[data-testid=stExpander]").filter(has_text="Service levels").first
    section.locator("summary").click()
    section.get_by_role("button", name="Show and decide ›").first.click()
    wait_for_rerun(page)
    where = issue_location(report, issue)
    page.get_by_text(f"Highlighted: {issue_kind(issue)} — {where}").wait_for()
    assert page.get_by_label(f"Page (of {report.document.pages})").input_value() == str(
        clause.boxes[0].page
    )
    source = page.locator("[data-testid=stImage] img").first.get_attribute("src")
    png = page.request.get(server_url + source if source.startswith("/") else source).body()
    assert highlighted_pixels(png, clause.boxes[0]) > 50
    screenshot_workspace(page, SCREENSHOTS / "document-view.png")

    # Dismiss it, with a reason; add one the tool missed.
    reason = "The service levels are in the schedule signed with it"
    page.get_by_label("Reason (to dismiss)").fill(reason)
    page.get_by_label("Reason (to dismiss)").press("Enter")
    wait_for_rerun(page)
    page.get_by_role("button", name="Dismiss", exact=True).click()
    wait_for_rerun(page)
    page.get_by_text(f"Dismissed by the reviewer: {reason}").first.wait_for()
    added = "No cap on either party's liability"
    page.locator("[data-testid=stExpander] summary").filter(
        has_text="Add an issue the tool missed"
    ).click()
    page.get_by_label("The issue").fill(added)
    page.get_by_role("button", name="Add the issue").click()
    wait_for_rerun(page)
    page.get_by_text(added).filter(visible=True).first.wait_for()
    screenshot_workspace(page, SCREENSHOTS / "decisions.png")

    # Reload: the session is gone, the saved review is listed; the text was not kept, so the
    # page asks for the file, and uploading it brings the decisions back.
    page.reload()
    page.get_by_text("Agreements (PDF, DOCX or TXT)").wait_for(timeout=ANALYSIS_MS)
    sidebar = page.locator("[data-testid=stSidebar]")
    sidebar.get_by_text(agreement.name).wait_for()
    sidebar.locator(f".st-key-open-{report.document.sha256[:12]} button").click()
    wait_for_rerun(page)
    page.get_by_text("upload the agreement again").wait_for()
    upload(page, agreement)
    page.get_by_text("Your saved review of this agreement is back").wait_for()
    section = page.locator("[data-testid=stExpander]").filter(has_text="Service levels").first
    section.locator("summary").click()
    section.get_by_text(f"Dismissed by the reviewer: {reason}").wait_for()

    # The exported PDF says what the reviewer decided.
    with page.expect_download() as download:
        page.get_by_role("button", name="PDF", exact=True).click()
    with pdfplumber.open(download.value.path()) as pdf:
        text = " ".join(" ".join((p.extract_text() or "") for p in pdf.pages).split())
    assert f"Dismissed by the reviewer: {reason}" in text
    assert added in text and "Raised by the reviewer" in text and "Added by the reviewer" in text
    assert "vague_language" not in text and "missing_element" not in text
    page.close()
