"""Helpers for the injection tests: hostile strings, a poisoned report, Chromium on a page.

Shared by ``test_injection.py`` (the exports) and ``test_page_security.py`` (the served page).
"""

from __future__ import annotations

import contextlib
import http.server
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from test_e2e import CHROMIUM_NAMES, chromium_binary

from clausecheck.types import Report

BROWSER_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-default-apps",
    "--disable-sync",
    "--no-first-run",
]
"""Chromium flags: no sandbox (tests run as root), no traffic of the browser's own."""


def payloads(beacon: str) -> list[str]:
    """What a counterparty writes into a file name or a contract to run code or call home.

    ``beacon`` is an address on another origin; any request to it is a leak. Every script sets
    ``window.__pwned``.
    """
    host = beacon.split("://", 1)[1]
    return [
        "<script>window.__pwned = 1</script>",
        f'<img src="{beacon}/img.png" onerror="window.__pwned = 2">',
        '<svg onload="window.__pwned = 3"></svg>',
        f"![beacon]({beacon}/markdown.png)",
        f"![s](http:&#47;&#47;{host}&#47;entity.png)",
        f"[open]({beacon}/link)",
        f"<{beacon}/autolink>",
        f'=HYPERLINK("{beacon}/x","open")',
        "+1+cmd|' /C calc'!A0",
        "@SUM(1+1)*cmd|' /C calc'!A0",
        "-2+3",
        "\x1b[2J\x1b[31mred",
        "line\nclausecheck: error: forged",
        "$x^2$ :red[red] **bold**",
        "`code` | pipe | <!-- comment",
    ]


POISONED_TEXT_FIELDS = ("text", "heading", "message", "quote", "suggestion")


def poison(report: Report, text: str) -> Report:
    """A copy of ``report`` with ``text`` added to every string a document can put there:
    its name, clause texts and headings, issue messages, quotes and suggestions, key terms,
    warnings and the playbook name."""
    data = report.to_dict()
    data["document"]["name"] = text + " agreement.txt"
    data["playbook"] = text
    for clause in data["clauses"]:
        for key in ("text", "heading"):
            clause[key] = f"{clause[key] or ''} {text}"
    issues = data["issues"] + [i for f in data["findings"] for i in f["issues"]]
    for issue in issues:
        for key in ("message", "quote", "suggestion"):
            issue[key] = f"{issue[key] or ''} {text}"
    for finding in data["findings"]:
        finding["terms"] = {key: _poison_value(v, text) for key, v in finding["terms"].items()}
        finding["terms"]["injected"] = text
    data["warnings"] = [*data["warnings"], text]
    return Report.from_dict(data)


def _poison_value(value: Any, text: str) -> Any:
    if isinstance(value, str):
        return f"{value} {text}"
    if isinstance(value, list):
        return [_poison_value(v, text) for v in value]
    if isinstance(value, dict):
        return {k: _poison_value(v, text) if k in ("text", "name") else v for k, v in value.items()}
    return value


@dataclass
class Server:
    """A loopback HTTP server: serves ``pages`` by path and records every request it gets."""

    pages: dict[str, tuple[bytes, str]] = field(default_factory=dict)
    hits: list[str] = field(default_factory=list)
    url: str = ""


@contextlib.contextmanager
def serve(pages: dict[str, tuple[bytes, str]] | None = None) -> Iterator[Server]:
    state = Server(pages=dict(pages or {}))

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (the http.server API)
            state.hits.append(self.path)
            body, kind = state.pages.get(self.path, (b"", "text/plain"))
            self.send_response(200 if self.path in state.pages else 404)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()


@contextlib.contextmanager
def chromium() -> Iterator[Any]:
    """The system's headless Chromium through Playwright, or a skip saying what is missing."""
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    binary = chromium_binary()
    if binary is None:
        pytest.skip(f"no Chromium found (looked for {', '.join(CHROMIUM_NAMES)}; run make browser)")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=binary, headless=True, args=BROWSER_FLAGS
        )
        try:
            yield browser
        finally:
            browser.close()


def origin(url: str) -> str:
    scheme, rest = url.split("://", 1)
    return f"{scheme}://{rest.split('/', 1)[0]}"


@dataclass
class Visit:
    """What a page did in the browser: every request it made, and whether a script ran."""

    requests: list[str]
    pwned: Any
    text: str


def visit(browser: Any, url: str, wait_ms: int = 1500, action=None) -> Visit:
    """Open ``url``, log every request, optionally act on the page, and report."""
    page = browser.new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(url)
    if action is not None:
        action(page)
    page.wait_for_timeout(wait_ms)
    pwned = page.evaluate("() => window.__pwned")
    text = page.inner_text("body")
    page.close()
    return Visit(requests, pwned, text)
