"""Text a counterparty controls, made safe for each format we write it to.

File names, headings, quotes and every key term come from the agreement or its sender, so they
are hostile. Every writer escapes them here, one function per format, so that the rule for a
format lives in one place:

- ``spreadsheet_text``: CSV and XLSX cells (OWASP's CSV-injection rule);
- ``markdown_text``: Markdown, where raw HTML, links and images must stay text;
- ``terminal_text`` / ``display_name``: a terminal or a one-line message, where control
  characters and newlines must not forge lines or move the cursor.

HTML is escaped with ``html.escape`` at each writer; PDF (reportlab paragraphs) and DOCX escape
through their own helpers in ``clausecheck.report``.
"""

from __future__ import annotations

import re

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")
"""Characters that make a spreadsheet read a cell as a formula when it starts with one (the
full-width forms too: some spreadsheets fold them to ASCII)."""
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
"""Control characters, line and paragraph separators and bidirectional overrides."""


def spreadsheet_text(text: str) -> str:
    """A cell value no spreadsheet reads as a formula: a leading trigger gets a quote before it."""
    return "'" + text if text.startswith(FORMULA_TRIGGERS) else text


def _escape_control(match: re.Match[str]) -> str:
    char = match.group(0)
    return {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(char, f"\\u{ord(char):04x}")


def terminal_text(text: str) -> str:
    """Text with control characters written as escapes ('\\n', '\\u001b'): one line, no codes."""
    return _CONTROL.sub(_escape_control, text)


def display_name(name: str) -> str:
    """A file name as shown in a message or a report: control characters escaped."""
    return terminal_text(name)


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>!|~&])")
"""Characters with a meaning anywhere in a line of CommonMark or in a GitHub table."""
_MARKDOWN_BLOCK_START = re.compile(r"^(\s*\d*)([#>+=.)-])")
"""What makes a line a heading, quote, list item or rule when it starts the line."""


def markdown_text(text: str) -> str:
    """Text that every Markdown renderer shows as text: no HTML, no link, no image, one line.

    ``<`` and ``&`` are escaped too, so a renderer that allows raw HTML still shows
    ``<script>`` as text; ``[`` and ``!`` are, so no link or image can open.
    """
    flat = terminal_text(" ".join(text.split()))
    escaped = _MARKDOWN_SPECIAL.sub(r"\\\1", flat)
    return _MARKDOWN_BLOCK_START.sub(lambda m: m.group(1) + "\\" + m.group(2), escaped)
