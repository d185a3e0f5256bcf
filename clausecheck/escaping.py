"""Text a counterparty controls, made safe for each format we write it to.

File names, headings, quotes and every key term come from the agreement or its sender, so they
are hostile. Every writer escapes them here, one function per format, so that the rule for a
format lives in one place:

- ``spreadsheet_text`` / ``csv_row``: CSV cells (OWASP's CSV-injection rule);
- ``xlsx_cell`` / ``xlsx_row``: XLSX cells, always written as values, never as a formula;
- ``markdown_text`` / ``markdown_code``: Markdown, where raw HTML, links and images stay text;
- ``html_text``: an HTML file; ``page_html_text``: HTML inside the review page's Markdown;
- ``terminal_text`` / ``display_name``: a terminal or a one-line message, where control
  characters and newlines must not forge lines or move the cursor;
- ``xml_text``: PDF (reportlab paragraph markup) and DOCX (Word XML) text runs.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")
"""Characters that make a spreadsheet read a cell as a formula when it starts with one (OWASP's
list, and the full-width forms: some spreadsheets fold them to ASCII)."""
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
"""Control characters, line and paragraph separators and bidirectional overrides."""
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
"""Characters XML 1.0 cannot hold at all (openpyxl and python-docx refuse them)."""


def spreadsheet_text(text: str) -> str:
    """A cell value no spreadsheet reads as a formula: a leading trigger gets a quote before it.

    Leading spaces are looked through: some spreadsheets trim them before deciding.
    """
    return "'" + text if text.lstrip(" ").startswith(FORMULA_TRIGGERS) else text


def csv_row(values: Iterable[Any]) -> list[str]:
    """One CSV row of text cells, each made safe by ``spreadsheet_text``."""
    return [spreadsheet_text("" if value is None else str(value)) for value in values]


def xlsx_value(value: Any) -> Any:
    """A value for an XLSX cell: numbers, dates and None as they are; text made safe."""
    if value is None or isinstance(value, bool | int | float | date | datetime):
        return value
    text = _XML_ILLEGAL.sub(_escape_control, str(value))
    return spreadsheet_text(text)


def xlsx_cell(sheet: Any, row: int, column: int, value: Any) -> Any:
    """Write one XLSX cell so that it can never hold a formula we did not write.

    openpyxl stores any string starting with '=' as a formula; here text is always a string
    cell, and a text that looks like a formula also carries Excel's quote prefix, so editing
    the cell does not turn it into one either. Returns the cell, for styling.
    """
    cell = sheet.cell(row=row, column=column)
    safe = xlsx_value(value)
    cell.value = safe
    if isinstance(safe, str):
        cell.data_type = "s"
        if safe != value:
            cell.quotePrefix = True
    return cell


def xlsx_row(sheet: Any, values: Iterable[Any]) -> int:
    """Append a row of values with ``xlsx_cell`` (in place of ``sheet.append``); its number."""
    row = sheet.max_row + 1 if sheet.max_row > 1 or sheet.cell(1, 1).value is not None else 1
    for column, value in enumerate(values, start=1):
        xlsx_cell(sheet, row, column, value)
    return row


def _escape_control(match: re.Match[str]) -> str:
    char = match.group(0)
    return {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(char, f"\\u{ord(char):04x}")


def terminal_text(text: str) -> str:
    """Text with control characters written as escapes ('\\n', '\\u001b'): one line, no codes."""
    return _CONTROL.sub(_escape_control, text)


def display_name(name: str) -> str:
    """A file name as shown in a message or a report: control characters escaped."""
    return terminal_text(name)


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>!|~&$])")
"""Characters with a meaning anywhere in a line of CommonMark, a GitHub table, or the math of
the review page's Markdown ('$')."""
_MARKDOWN_BLOCK_START = re.compile(r"^(\s*\d*)([#>+=.)-])")
"""What makes a line a heading, quote, list item or rule when it starts the line."""
_AUTOLINK = re.compile(r"(?i)(?<=[a-z0-9])(:)(?=//)|(?<=\bwww)(\.)|(@)")
"""What GitHub-flavoured renderers turn into links without brackets: 'scheme://', 'www.' and
e-mail addresses ('@'); escaping the ':', '.' or '@' keeps them text."""


def markdown_text(text: str) -> str:
    """Text that every Markdown renderer shows as text: no HTML, no link, no image, one line.

    ``<`` and ``&`` are escaped too, so a renderer that allows raw HTML still shows
    ``<script>`` and ``&#47;`` as text; ``[`` and ``!`` are, so no link or image can open;
    bare web and mail addresses are broken up so that no renderer links them.
    """
    flat = terminal_text(" ".join(text.split()))
    escaped = _MARKDOWN_SPECIAL.sub(r"\\\1", flat)
    escaped = _AUTOLINK.sub(lambda m: "\\" + m.group(0), escaped)
    return _MARKDOWN_BLOCK_START.sub(lambda m: m.group(1) + "\\" + m.group(2), escaped)


def markdown_code(text: str) -> str:
    """Text for inside a Markdown code span: one line, no backtick that could close it."""
    return terminal_text(" ".join(text.split())).replace("`", "'")


def html_text(text: str) -> str:
    """Text for an HTML element or attribute: markup characters and quotes as entities."""
    return html.escape(text, quote=True)


_PAGE_ENTITIES = {
    **{ord(c): f"&#{ord(c)};" for c in "\\`*_[]!$~:|"},
    ord("&"): "&amp;",
    ord("<"): "&lt;",
    ord(">"): "&gt;",
    ord('"'): "&quot;",
    ord("'"): "&#39;",
}
"""HTML's markup characters, and the characters the page's Markdown renderer gives a meaning
(emphasis, links, images, math, directives such as ':red[...]'), as entities shown as
themselves; one table, so that no entity is escaped twice."""


def page_html_text(text: str) -> str:
    """Text for HTML inside the review page's Markdown (``st.markdown(unsafe_allow_html=True)``).

    Escaped for HTML, on one line (a blank line would end the HTML block and let Markdown read
    the rest), and with every character Markdown gives a meaning written as an entity.
    """
    return " ".join(text.split()).translate(_PAGE_ENTITIES)


def xml_text(text: str) -> str:
    """Text XML can hold: characters XML 1.0 forbids become visible escapes ('\\u0001')."""
    return _XML_ILLEGAL.sub(_escape_control, text)
