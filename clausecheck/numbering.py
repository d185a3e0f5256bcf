"""Patterns for clause numbers and headings, shared by ingest and segmentation."""

from __future__ import annotations

import re

ROMAN = r"[IVXLC]{1,7}"

# A clause number at the start of a line: "1.", "1.1", "12.3.4", "Section 9.07", "Article IV",
# "(a)", "(iv)", "a)", "Clause 5".
LEADING_NUMBER = re.compile(
    rf"""^\s*(?:
        (?P<word>(?:Section|SECTION|Article|ARTICLE|Clause|CLAUSE|Schedule|SCHEDULE|Annex|ANNEX|
                   Exhibit|EXHIBIT|Appendix|APPENDIX|Part|PART)\s+
                 (?P<wordnum>\d{{1,3}}(?:\.\d{{1,3}})*|{ROMAN}|[A-Z])\b\.?)
      | (?P<dotted>\d{{1,3}}(?:\.\d{{1,3}}){{1,4}}\.?)
      | (?P<simple>\d{{1,3}}\.)(?=\s)
      | (?P<paren>\((?:[a-z]{{1,2}}|[ivx]{{1,5}}|\d{{1,2}}|[A-Z])\))
      | (?P<letter>(?:[a-z]|[ivx]{{1,5}})\))
    )(?=\s|$|[A-Z"“])""",
    re.VERBOSE,
)

MAX_HEADING_WORD_CHARS = 40
"""Words in a heading are shorter than this on average (the longest English words are ~30)."""

MARKDOWN_HEADING = re.compile(r"^\s*#{1,6}\s+")

PAGE_NUMBER_LINE = re.compile(
    r"^\s*(?:page\s*)?[-–—]?\s*#{1,4}\s*[-–—]?\s*(?:(?:of|/)\s*#{1,4})?\s*$", re.IGNORECASE
)


def starts_with_number(line: str) -> bool:
    """True when the line opens with a clause number."""
    return LEADING_NUMBER.match(line) is not None


_FIELD_LINE = re.compile(r"^[A-Z][\w'&()/-]*(?:\s+[\w'&()/-]+){0,5}\s*:\s+\S")
"""A line of a cover page or an order form: a short label, a colon, its value."""
_TERM_FIELD = re.compile(
    r"^(?!dated?\s*:)(?:[\w'&/-]+\s+){0,3}?(?:date|term|renewal|renewals|auto[- ]?renew\w*|notice|"
    r"expiry|expiration|duration|period)(?:\s+(?:term|period|date))?"
    r"(?:\s+of\s+(?:the\s+|this\s+)?(?:agreement|contract))?\s*:",
    re.IGNORECASE,
)
"""A field that states a date, a term, a renewal or a notice, by the last word of its label:
'Effective Date:', 'Term of Agreement:', 'Auto-Renew:', 'Non-Renewal Notice:', 'Renewal Term:';
not a signature block's 'Date:' line, nor a field about something else that renews ('Renewal
Contracts: 6% of the first-year fee' in a schedule of commissions)."""


def starts_a_term_field(previous: str, line: str) -> bool:
    """Whether ``line`` is a cover page's field that follows another field, one of the two
    stating a date, a term or a renewal: 'Effective Date: March 1, 2021' after 'Provider:
    Brightline Inc.', 'Fees: As set out in Schedule 2' after 'Auto-Renew: No'. Joined into one
    paragraph, the fields read as one sentence, in which no term or renewal was found."""
    return bool(
        _FIELD_LINE.match(previous)
        and _FIELD_LINE.match(line)
        and (_TERM_FIELD.match(line) or _TERM_FIELD.match(previous))
    )


def is_caps_heading(line: str, max_words: int = 12) -> bool:
    """True for short lines in capitals, such as 'GOVERNING LAW' or 'ARTICLE 5 - FEES'."""
    text = line.strip().rstrip(".:")
    if len(text) > max_words * MAX_HEADING_WORD_CHARS:  # a paragraph: spare counting its letters
        return False
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 3 or len(text.split()) > max_words:
        return False
    return sum(c.isupper() for c in letters) / len(letters) > 0.9


def join_lines(first: str, second: str) -> str:
    """Join two lines of a paragraph; 'termi-' + 'nation' becomes 'termination'."""
    # Only the seam is looked at: a search anchored at the end would scan all of ``first``.
    if (
        first[-1:] == "-"
        and first[-2:-1].isascii()
        and first[-2:-1].isalpha()
        and second[:1].islower()
    ):
        return first[:-1] + second
    return f"{first} {second}"


def is_page_number(line: str) -> bool:
    """True for a line that is only a page number: '7', '- 7 -', 'Page 3 of 9'."""
    return PAGE_NUMBER_LINE.match(re.sub(r"\d+", "#", line.strip())) is not None
