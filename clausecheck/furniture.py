"""Blocks that are not clause text: page furniture, filing legends and signature blocks.

Works on the blocks of any engine (PDF, DOCX, text), after reading and before segmentation, so a
page number, a running title, a confidential-treatment legend or a "By: /s/ ... Title: ..." block
never becomes a clause, never becomes evidence and never gets an issue. Where furniture is glued
to the text of a paragraph (a running title read into the first line of a page, a page number
before the first words), only the furniture is cut away.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from clausecheck.numbering import LEADING_NUMBER
from clausecheck.types import Block

MIN_RUNNING_PAGES = 3
"""A line repeated on at least this many pages (and REPEAT_SHARE of them) runs with the pages."""
REPEAT_SHARE = 0.15
"""Share of a document's pages a line must repeat on to be a running header or footer (a PDF
reader keeps some running lines apart and glues others to the text, so each form is counted
on fewer pages than it is printed on)."""
MAX_FURNITURE_CHARS = 400
"""Furniture is short: a block longer than this is kept whole, though furniture may be cut off
its start or end."""
SIGNATURE_LINE_MAX_WORDS = 12
"""Lines of a signature block (names, titles, company names, dates) are at most this long."""

PAGE_NUMBER = re.compile(
    r"""^\W{0,3}(?:
        (?:page|p\.|pg\.?)?\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?
      | [A-Z]{1,2}\s?-\s?\d{1,3}                 # exhibit pages: A-3, B - 12
      | [ivxlc]{1,6}                             # roman page numbers of a front matter
    )\W{0,3}$""",
    re.IGNORECASE | re.VERBOSE,
)
"""A block that is only a page number: '22', '- 6 -', '6 -', 'Page 2 of 9', '105/110', 'A-3', 'ii'.
A number with a full stop ('5.') is a clause number on its own line, not a page number."""
_CLAUSE_NUMBER_ALONE = re.compile(
    r"^\s*(?:\d{1,3}(?:\.\d{1,3})*\.|\(?[a-z]{1,3}\)|\([ivx]{1,5}\))\s*$"
)

LEGEND = re.compile(
    r"""(?:
        confidential\s+treatment\s+(?:has\s+been\s+|is\s+being\s+)?(?:requested|application)
      | (?:portions|information|material)[^.]{0,80}?\b(?:omitted|redacted)\b[^.]{0,120}?
        (?:filed\s+separately|securities\s+and\s+exchange\s+commission|the\s+commission|
           rule\s+24b-2|request\s+for\s+confidential|regulation\s+s-k|item\s+601)
      | (?:omitted|redacted)\s+(?:and|pursuant)[^.]{0,80}?(?:filed\s+separately|confidential\s+treatment)
      | indicates\s+(?:information|material)\s+(?:which|that)\s+has\s+been\s+(?:redacted|omitted)
      | ^\s*source:\s
      | ^\s*\[?\s*(?:signature\s+page|remainder\s+of\s+(?:this\s+)?page)[^\]]{0,60}\]?\s*$
      | ^\s*\[?\s*(?:this\s+page\s+)?intentionally\s+(?:left\s+)?blank\s*\]?\s*$
      | ^\s*(?:strictly\s+|private\s+and\s+|company\s+)?confidential\s*(?:[—–-]\s*[^.]{0,80})?$
    )""",
    re.IGNORECASE | re.VERBOSE,
)
"""Filing stamps and legends: confidential-treatment notices, 'Source: ...' lines, '[Signature
page follows]'. They tell the reader about the filing, not about the agreement."""
_LEGEND_SENTENCE = re.compile(
    r"(?:^|(?<=[.;:\]]\s))[^.]{0,160}?"
    r"(?:confidential\s+(?:treatment|material)|(?:omitted|redacted)\b)[^.]{0,200}?"
    r"(?:filed\s+separately|confidential\s+treatment|securities\s+and\s+exchange\s+commission|"
    r"the\s+commission)[^.]{0,120}?(?:\.|$)",
    re.IGNORECASE,
)
"""A legend sentence inside a longer block: cut out, the clause text around it kept."""

EDGAR_EXHIBIT_LABEL = re.compile(
    r"^\s*(?:EX(?:HIBIT)?)[\s.-]*\d{1,3}(?:\.\d{1,3})*[A-Z]?\s*$", re.I
)
"""'Exhibit 10.11' at the top of the first page: the filing's exhibit number, not a clause."""

TESTIMONIUM = re.compile(
    r"^\s*(?:IN\s+WITNESS\s+(?:WHEREOF|THEREOF|HEREOF)|EXECUTED\s+(?:as\s+a\s+deed|by\s+the\s+parties)"
    r"|AGREED\s+(?:AND|&)\s+ACCEPTED|ACCEPTED\s+AND\s+AGREED|SIGNED\s+(?:for|on\s+behalf|by)\b"
    r"|THE\s+PARTIES\s+HAVE\s+EXECUTED|AS\s+WITNESS)",
    re.IGNORECASE,
)
"""The words that open a signature page: everything short after them, up to the next heading
or clause, is names, titles and lines to sign on."""
SIGNATURE_FIELD = re.compile(
    r"^\s*(?:By|Name|Title|Its|Date|Dated|Signature|Signed|Witness|Print(?:ed)?\s+Name|"
    r"Authori[sz]ed\s+Signatory|Director|Secretary)\s*:|^\s*/s/|^\s*[_\-.]{5,}\s*$|"
    r"^\s*By\s*[_\-]{3,}|^\s*(?:By|Per)\s+/s/",
    re.IGNORECASE,
)
"""A line of a signature block: 'By: ____', 'Name: Jane Roe', '/s/ Jane Roe', a rule to sign on."""
_ENDS_SIGNATURES = re.compile(
    r"^\s*(?:EXHIBIT|SCHEDULE|ANNEX|APPENDIX|ATTACHMENT|ADDENDUM|ARTICLE|SECTION|PART)\b", re.I
)


def drop_furniture(blocks: list[Block], pages: int | None = None) -> list[Block]:
    """The blocks without page furniture, filing legends and signature blocks."""
    repeated, running = _running_lines(blocks, pages)
    kept: list[Block] = []
    for index, block in enumerate(blocks):
        if _key(" ".join(block.text.split())) in repeated:
            continue
        text = _cut_running(block.text, running)
        text = _cut_page_number_prefix(text, block.page)
        if not text.strip() or is_furniture(text, first_block=index == 0 or not kept):
            continue
        text = cut_legends(text)
        if not text:
            continue
        kept.append(block if text == block.text else replace(block, text=text))
    return drop_signature_blocks(kept)


def is_furniture(text: str, first_block: bool = False) -> bool:
    """Whether a whole block is a page number, a filing legend or the filing's exhibit label."""
    stripped = " ".join(text.split())
    if _CLAUSE_NUMBER_ALONE.match(stripped):
        return False
    if PAGE_NUMBER.match(stripped):
        return True
    if first_block and EDGAR_EXHIBIT_LABEL.match(stripped):
        return True
    if len(stripped) > MAX_FURNITURE_CHARS or not LEGEND.search(stripped):
        return False
    # A legend glued to a short clause ('... for each Product. *Confidential Treatment
    # Requested') leaves the clause: only a block that is little but legend is furniture.
    return len(re.findall(r"[A-Za-z]{2,}", cut_legends(stripped))) < MIN_CLAUSE_WORDS


MIN_CLAUSE_WORDS = 6
"""What is left of a block once its legends are cut must have this many words to be kept."""
_GLUED_LEGEND = re.compile(
    r"\*?\s*\bconfidential\s+treatment\s+(?:has\s+been\s+|is\s+being\s+)?requested\b"
    r"(?:\s+(?:by|for|with respect to)\s+[^.]{0,80})?\.?"
    r"|\bpage\s+\d{1,4}\s+of\s+\d{1,4}\b"
    r"|\bthis\s+copy\s+omits\b[^.]{0,160}\.?"
    r"|\b(?:marked|indicated|denoted)\s+by\s+[^.]{0,40}\bha(?:s|ve)\s+been\s+(?:omitted|redacted)[^.]{0,160}\.?",
    re.IGNORECASE,
)
"""A legend or page line glued into a paragraph: '... each Product. Page 18 of 38 *Confidential
Treatment Requested'."""


def cut_legends(text: str) -> str:
    """The text with its filing legends and glued page lines cut out."""
    if LEGEND.search(text) or _GLUED_LEGEND.search(text):
        text = _GLUED_LEGEND.sub(" ", _LEGEND_SENTENCE.sub(" ", text))
        text = re.sub(r"^[\s*†‡.,;:-]+(?=\S)|^[\s*†‡.,;:-]+$", "", " ".join(text.split()))
    return text.strip()


def drop_signature_blocks(blocks: list[Block]) -> list[Block]:
    """Blocks without the signature pages as clauses of their own: the names, titles, dates and
    lines to sign on after the testimonium ('IN WITNESS WHEREOF ...') become the end of the
    testimonium's text, as a text file runs them on; a block of signature fields with no
    testimonium before it is dropped.

    Kept in the testimonium, the signing parties and dates are read by the key terms (an
    agreement effective 'on the date of the last signature'; a party named only above 'By:'),
    from a PDF as from a text file; they are no clause of their own for a check to flag."""
    kept: list[Block] = []
    testimonium: int | None = None
    for block in blocks:
        text = " ".join(block.text.split())
        if TESTIMONIUM.match(text):
            testimonium = len(kept)  # it stays: it may use defined terms
            kept.append(block)
            continue
        if testimonium is not None:
            if _is_signature_material(text):
                signed = kept[testimonium]
                kept[testimonium] = replace(signed, text=f"{signed.text} {block.text}")
                continue
            testimonium = None
        if is_signature_fields(text):
            continue
        kept.append(block)
    return kept


def is_signature_fields(text: str) -> bool:
    """A short block made of signature fields ('By: /s/ J. Roe Name: J. Roe Title: CEO')."""
    if len(text) > MAX_FURNITURE_CHARS:
        return False
    fields = re.findall(
        r"\b(By|Name|Title|Its|Date|Signature|Print(?:ed)? Name)\s*:|/s/", text, re.I
    )
    if SIGNATURE_FIELD.match(text) and len(text.split()) <= SIGNATURE_LINE_MAX_WORDS:
        return True
    return len({f.lower() for f in fields}) >= 2 and any(
        f.lower() in ("by", "name", "/s/", "signature") for f in fields
    )


def _is_signature_material(text: str) -> bool:
    """What follows a testimonium on a signature page: signature fields, and short lines (names,
    titles, companies) that neither open an attachment nor number a clause."""
    if is_signature_fields(text):
        return True
    return (
        len(text.split()) <= SIGNATURE_LINE_MAX_WORDS
        and not _ENDS_SIGNATURES.match(text)
        and not _NUMBERED_HEADING.match(text)
    )


_NUMBERED_HEADING = re.compile(r"^\s*(?:\d{1,3}(?:\.\d{1,3})*\.?|\(?[a-z]\)|[A-Z]\.)\s+[A-Z]")


_NUMBERING_RUN = r"[-–—./]*\s*\d[\d\s\-–—./]*"
"""Page numbers and their dashes in a running line, written '- 1 6 -', '-12-' or '16/69'."""


def _key(text: str) -> str:
    """Running lines compare equal whatever their page number and its spacing."""
    return " ".join(re.sub(_NUMBERING_RUN, " # ", text.lower()).split())


def _running_lines(
    blocks: list[Block], pages: int | None
) -> tuple[set[str], list[re.Pattern[str]]]:
    """Running headers and footers: short lines repeated on many pages, page numbers allowed to
    differ. Returns the keys of repeated lines (a block that is one is dropped) and, for those
    that carry a page number, patterns that also find them glued to the start or end of a
    paragraph ('AZUL-ATR Master Agreement Page 12/110 The Repairer shall ...'). A repeated line
    without a page number ('The Bon-Ton Stores, Inc.') is never cut out of a paragraph: the same
    words may open a sentence."""
    page_count = pages or len({b.page for b in blocks if b.page})
    if page_count < MIN_RUNNING_PAGES:
        return set(), []
    seen: dict[str, set[int]] = defaultdict(set)
    sample: dict[str, str] = {}
    for block in blocks:
        text = " ".join(block.text.split())
        if block.page is None or len(text) > 160:
            continue
        key = _key(text)
        seen[key].add(block.page)
        sample.setdefault(key, text)
    threshold = max(MIN_RUNNING_PAGES, REPEAT_SHARE * page_count)
    repeated: set[str] = set()
    patterns = []
    for key, on_pages in seen.items():
        if len(on_pages) < threshold or not _may_run(sample[key]):
            continue
        repeated.add(key)
        if "#" not in key.split() and not re.search(r"\bpage\b", key):
            continue
        pieces = [re.escape(w) if w != "#" else f"(?:{_NUMBERING_RUN})" for w in key.split()]
        body = r"\s*".join(pieces)
        patterns.append(re.compile(rf"^\s*{body}(?=\s|$)|(?<=\s){body}\s*$", re.IGNORECASE))
    return repeated, patterns


def _may_run(text: str) -> bool:
    """Whether a repeated line can be cut as a running line: it has words (bare page numbers are
    dropped whole by PAGE_NUMBER, never cut from the start of a clause), and it is not a heading
    that numbers a clause ('ARTICLE 5')."""
    if re.match(
        r"^\s*(?:article|section|clause|part|schedule|exhibit|annex)\s+\S+\s*$", text, re.I
    ):
        return False
    if LEADING_NUMBER.match(text) or _CLAUSE_NUMBER_ALONE.match(text):
        return False  # '5.1 The Supplier shall ...' repeated in a schedule is clause text
    return bool(re.search(r"[A-Za-z]{3}", text))


def _cut_running(text: str, running: list[re.Pattern[str]]) -> str:
    for pattern in running:
        text = pattern.sub(" ", text)
    return text.strip()


def _cut_page_number_prefix(text: str, page: int | None) -> str:
    """'20 promptly provide ...' on page 20: the page number read into the first words."""
    if page is None:
        return text
    match = re.match(r"^\s*(\d{1,4})\s+(?=\S)", text)
    if not match or abs(int(match.group(1)) - page) > 2:
        return text
    rest = text[match.end() :]
    if rest[:1].islower() or TESTIMONIUM.match(rest):
        return rest
    return text
