"""Segment a Document into clauses: numbered sections, sub-clauses, headed blocks, paragraphs.

Works on structured blocks (PDF, DOCX, line-broken text) and on flattened text where headings
run inline ("... as follows. Section 9.07 Choice of Law; Venue. This Agreement shall ..."), even
unnumbered ones in title case ("... in writing. Waiver. No failure ...").
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from clausecheck.furniture import drop_furniture
from clausecheck.numbering import LEADING_NUMBER, ROMAN, is_caps_heading
from clausecheck.types import Block, Clause, Document

INLINE_HEADING_MAX_WORDS = 12
"""An inline heading after a clause number is at most this long ('Choice of Law; Venue.')."""
UNNUMBERED_HEADING_MAX_WORDS = 6
"""An inline heading opening an unnumbered paragraph ('Governing Law. This ...') is shorter."""
MIN_CLAUSE_CHARS = 2
MAX_CLAUSE_CHARS = 20_000
"""Longer text is cut into clauses of at most this size, at a sentence end where there is one.
The longest clause in the 414 CUAD contracts has 14,382 characters; a 5 MB paragraph without
clause numbers must not become one clause that the language pipeline refuses or chews on."""
_SENTENCE_END = re.compile(r"[.;:!?][\"”')\]]*\s+")

# A new numbered clause starting mid-line, after the end of a sentence.
_INLINE_NUMBERED = re.compile(
    rf"""(?<=[.;:!?"”)\]])\s+(?=
        (?:(?:Section|SECTION|Article|ARTICLE|Clause|CLAUSE)\s+(?:\d{{1,3}}(?:\.\d{{1,3}})*|{ROMAN})\.?
          |\d{{1,3}}(?:\.\d{{1,3}}){{0,4}}\.?)
        \s+["“]?[A-Z])""",
    re.VERBOSE,
)
# A dotted number right after a heading in capitals: "12. MISCELLANEOUS 12.1. Governing Law."
_NUMBER_AFTER_CAPS = re.compile(r"(?<=[A-Z]{3})\s+(?=\d{1,3}\.\d{1,3}\.?\s+[\"“]?[A-Z])")
# A heading in capitals starting mid-line after a sentence: "... hereto. GOVERNING LAW. This ..."
_INLINE_CAPS_HEADING = re.compile(
    r"""(?<=[.;:])\s+(?=(?:[A-Z][A-Z&'/-]+[ ,;]+){0,6}[A-Z][A-Z&'/-]{3,}[.:]\s+["“(]?[A-Z])"""
)
# A short heading in title case starting mid-line after a full stop, and ending in one:
# "... in writing. Governing Law. This Agreement ...". Names and initials look the same
# ("... by Alan R. Smith"), so the heading must also name a kind of clause (RUN_IN_HEADING_WORDS)
# and must not end in a company suffix or "No." ("Patent No. 5,123,456").
_TITLE_WORD = r"[A-Z][a-z][A-Za-z'’/-]*"
_INLINE_TITLE_HEADING = re.compile(
    rf"""(?<=[a-z)\]]\.)\s+(?=
        (?P<heading>{_TITLE_WORD}(?:[ ,;]+(?:{_TITLE_WORD}|of|and|the|to|in|for|on|or|by|with|upon|
        from|as|under|not|no|&)){{0,{UNNUMBERED_HEADING_MAX_WORDS - 1}}})\.\s+["“(]?[A-Z])""",
    re.VERBOSE,
)
RUN_IN_HEADING_WORDS = re.compile(
    r"\b(?:term|expir|renewal|cancel|suspen|duration|law|governing|jurisdiction|venue|arbitrat|"
    r"dispute|waiver|amend|modif|notice|notif|assign|successor|severab|invalid|entire|"
    r"counterpart|heading|caption|confiden|non-?disclos|nondisclos|privacy|data|security|"
    r"indemn|liabilit|limitation|warrant|disclaim|representation|insurance|audit|record|report|"
    r"force majeure|independent|relationship|publicity|announcement|surviv|fee|expense|payment|"
    r"price|pricing|invoic|tax|royalt|compensation|commission|cost|service|scope|deliverable|"
    r"exclusiv|licen|ownership|intellectual property|trademark|patent|non-?compet|noncompet|"
    r"non-?solicit|nonsolicit|assurance|beneficiar|remed|injunct|complian|interpretation|"
    r"construction|definition|delivery|acceptance|inspection|title|risk of loss|appointment|"
    r"supply|forecast|miscellaneous|insolvency|bankruptcy|default|breach|subcontract|personnel|"
    r"obligation|essence|effectiveness|authority|cooperation|general|territory|jury|performance|"
    r"support|training|order|shipment|closing|consideration|purchase|equitable|relief|binding|"
    r"third part|language|currency|conflict|set-?off|export|corrupt|brib|escalat|mediat|"
    r"guarant|damages|consequential|marketing|promotion|advertis|quality|minimum|maintenance|"
    r"recall|regulat|assistance|transition|continuity|disaster|change|affiliat|employ|solicit)",
    re.IGNORECASE,
)
"""Words by which a run-in or title-line heading names a kind of clause ('Non-assignment')."""
_ABBREVIATION_END = re.compile(r"\b(?:Inc|Ltd|Llc|Corp|Co|Company|Corporation|Limited|Plc|No)$")
_SMALL_WORDS = {
    "of",
    "and",
    "the",
    "to",
    "in",
    "for",
    "on",
    "a",
    "an",
    "or",
    "by",
    "with",
    "its",
    "upon",
    "from",
    "as",
    "at",
    "vs",
    "v",
    "etc",
    "&",
    "under",
    "between",
    "not",
    "no",
}
_SENTENCE_WORDS = re.compile(
    r"\b(shall|will|may|must|is|are|was|were|be|hereby|agrees?|means|has|have|provides?)\b",
    re.IGNORECASE,
)
_TITLE_HEADING = re.compile(
    r"^(?P<heading>[A-Z][^.:;!?]*?(?:;[^.:;!?]+?)*)(?P<end>[.:]|\s[-–—])(?:\s+|$)"
)
_CAPS_PREFIX = re.compile(
    r"^(?P<heading>(?:[A-Z][A-Z0-9&,;'/()-]*\s+){0,10}[A-Z][A-Z0-9&'/()-]{2,}[.:]?)\s+(?=[\"“(]?[A-Z][a-z])"
)
_SENTENCE_OPENERS = {"The", "This", "These", "A", "An", "Each", "Any", "All", "Such", "Its"}
_DEPTH_WORD = {"article": 0, "part": 0, "schedule": 0, "annex": 0, "exhibit": 0, "appendix": 0}


@dataclass(slots=True)
class _Piece:
    text: str
    page: int | None
    is_heading: bool
    run_in: bool = False
    """Split from the text before it at a run-in title heading (placed by _run_in_depth)."""


_ENDS_WITH_PAGE = re.compile(r"(?:\s|\.{2,})(?:\d{1,3}|[ivx]{1,5})$")
"""Table-of-contents lines: titles each followed by a page number ('13.2 Termination 16')."""
_NUMBERS_AND_LEADERS = re.compile(r"\.{2,}|\b\d+(?:\.\d+)*\.?|\([a-z\d]{1,4}\)")
_SENTENCE_PUNCTUATION = re.compile(r"[:!?]|\.(?:\s|$)")
_NOT_A_TITLE_END = re.compile(
    r"\b(?:schedule|exhibit|annex|appendix|section|article|clause|part|no|within|of|to|than|"
    r"and|or|by|for|per|the|days?|months?|years?|hours?|minutes?|at|least|over|under|up)"
    r"\s*\.*\s*(?:\d{1,3}|[ivx]{1,5})$",
    re.IGNORECASE,
)
_SENTENCE_WORD = re.compile(r"\b(?:shall|will|may|must|is|are|has|have|agrees?)\b")
MIN_CONTENTS_ENTRIES = 3
"""A document needs this many such lines before they are read as a table of contents."""


def segment(document: Document) -> list[Clause]:
    """Split a document into clauses, each with its number, heading, page and parent.

    Table-of-contents lines are left out: they repeat headings with page numbers and would be
    classified as if they were the clauses themselves. So are page furniture, filing legends and
    signature blocks (``furniture.drop_furniture``).
    """
    blocks = drop_furniture(document.blocks, document.pages)
    pieces = [piece for block in blocks for piece in _split_block(block)]
    contents = [p for p in pieces if is_contents_entry(p.text)]
    if len(contents) >= MIN_CONTENTS_ENTRIES:
        skipped = {id(p) for p in contents}
        pieces = [p for p in pieces if id(p) not in skipped]
    return _build_clauses(pieces)


def is_contents_entry(text: str) -> bool:
    """Whether a line reads as a table-of-contents entry rather than clause text."""
    words = text.split()
    if not 2 <= len(words) <= 40 or not _ENDS_WITH_PAGE.search(text):
        return False
    if _SENTENCE_WORD.search(text) or _NOT_A_TITLE_END.search(text):
        return False
    # Titles only: no sentence punctuation once numbers and dot leaders are set aside, and the
    # words mostly capitalised (a definitions index quotes them: '1.10 "Control" or "Controlled" 2').
    titles = _NUMBERS_AND_LEADERS.sub(" ", re.sub(r"[\"“”‘’]", "", text))
    if _SENTENCE_PUNCTUATION.search(titles):
        return False
    alphabetic = [w for w in titles.split() if w[0].isalpha()]
    capitalised = sum(1 for w in alphabetic if w[0].isupper())
    return bool(alphabetic) and capitalised * 2 >= len(alphabetic)


def _split_block(block: Block) -> list[_Piece]:
    """Split a block at clause numbers and capital headings that run inline."""
    if block.kind == "heading" and len(block.text) <= MAX_CLAUSE_CHARS:
        return [_Piece(" ".join(block.text.split()), block.page, True)]
    if block.kind == "table":
        return [_Piece(chunk, block.page, False) for chunk in bounded_chunks(block.text)]
    parts = [join_spaced_number(block.text)]
    for pattern in (_INLINE_NUMBERED, _NUMBER_AFTER_CAPS, _INLINE_CAPS_HEADING):
        parts = _rejoin_bare_numbers([p for part in parts for p in pattern.split(part)])
    pieces = []
    for part in parts:
        for run_in, text in _split_run_in_headings(part):
            chunks = bounded_chunks(text)
            pieces += [
                _Piece(c, block.page, False, run_in and i == 0) for i, c in enumerate(chunks)
            ]
    return pieces


def _rejoin_bare_numbers(parts: list[str]) -> list[str]:
    """'1.' split from 'SERVICES. The ...' (the full stop of a clause number looks like the end
    of a sentence) is put back in front of its heading."""
    joined: list[str] = []
    for part in parts:
        if joined and _BARE_NUMBER.match(joined[-1]):
            joined[-1] = f"{joined[-1].strip()} {part.strip()}"
        else:
            joined.append(part)
    return joined


_BARE_NUMBER = re.compile(
    rf"^\s*(?:(?:Section|SECTION|Article|ARTICLE|Clause|CLAUSE)\s+)?(?:\d{{1,3}}(?:\.\d{{1,3}})*|{ROMAN})\.?\s*$"
)


def _split_run_in_headings(text: str) -> list[tuple[bool, str]]:
    """(run_in, text) parts of text split before each run-in title heading ('Waiver. No ...').

    A split is kept only where the heading names a kind of clause, does not end in an
    abbreviation, and reads as a heading to ``split_heading``, so a name or a short sentence in
    title case stays where it is.
    """
    starts = [
        match.end()
        for match in _INLINE_TITLE_HEADING.finditer(text)
        if _names_a_clause_kind(match.group("heading"))
        and split_heading(text[match.end() :], numbered=False)[0] is not None
    ]
    bounds = [0, *starts, len(text)]
    return [
        (i > 0, text[start:end].strip())
        for i, (start, end) in enumerate(itertools.pairwise(bounds))
        if text[start:end].strip()
    ]


def bounded_chunks(text: str, limit: int = MAX_CLAUSE_CHARS) -> list[str]:
    """Cut text into pieces of at most ``limit`` characters: after the last sentence end that
    fits, else at the last space, else anywhere. Runs of white space become one space.
    Linear in the length of the text."""
    text = " ".join(text.split())
    chunks = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = max((m.end() for m in _SENTENCE_END.finditer(window)), default=0)
        if cut < limit // 2:  # no sentence end in the second half: cut at a space instead
            cut = max(cut, window.rfind(" ") + 1)
        if cut <= 0:
            cut = limit
        chunks.append(text[start : start + cut].strip())
        start += cut
    chunks.append(text[start:].strip())
    return [chunk for chunk in chunks if chunk]


_SPACED_DOTTED = re.compile(r"^(\s*\d{1,3}(?:\.\d{1,3})*)\.\s(\d{1,2})(?=\.|\s+[A-Z(\"“])")
"""'17. 4 The Licensee ...', '2. 3. 1. "Affiliate" means': a dotted number a PDF printed with a
space after each full stop."""


_SPACED_DEEPER = re.compile(r"^(\s*\d{1,3}\.\d{1,3}(?:\.\d{1,3})*)\.\s(\d{1,2})(?=\s)")
"""Once a number reads '10.7', '10.7. 1 if ...' is '10.7.1' whatever follows."""


def join_spaced_number(text: str) -> str:
    """'10. 7. 1 if ...' -> '10.7.1 if ...'."""
    while (joined := _SPACED_DOTTED.sub(r"\1.\2", text, count=1)) != text:
        text = _SPACED_DEEPER.sub(r"\1.\2", joined, count=1)
    return text


def split_number(text: str) -> tuple[str | None, str, int | None]:
    """Return (number, rest, depth) for a line that may open with a clause number."""
    text = join_spaced_number(text)
    match = LEADING_NUMBER.match(text)
    if not match:
        return None, text, None
    number = match.group(0).strip()
    rest = text[match.end() :].strip()
    if match.group("word"):
        word = number.split()[0].lower()
        num = match.group("wordnum")
        depth = _DEPTH_WORD.get(word, num.count(".") + 1)
    elif match.group("dotted"):
        depth = number.rstrip(".").count(".") + 1
    elif match.group("simple"):
        depth = 1
    else:
        depth = 10  # (a), (iv), a): below whatever numbered clause holds them
    return number, rest, depth


_REFERENCE_TAIL = re.compile(
    r"^(?:[,.;:)\]]|\([A-Z][^()]{0,60}\)\s*(?:[.,;:(]|(?:and|or|above|below|hereof|of|shall|is|are)\b)|"
    r"\((?:[a-z]{1,3}|[ivx]{1,5}|\d{1,2})\)\s*(?:of|and|or|to|hereof|above|below)\b|"
    r"\[[A-Z][^\]]{0,60}\]\s*(?:[.,;:)]|(?:is|are|shall|of|and|or|above|below|hereof)\b)|"
    r"(?:of|and|or|to|through|hereof|herein|hereunder|thereof|above|below|shall|will|is|are|"
    r"applies|apply|as\s+(?:set|defined)|in\s+(?:the|this|that|such|respect)|under\s+(?:the|this))\b)"
)
"""What follows a number that is a reference, not a clause: 'of the Agreement', 'hereof', '(Confidential
Treatment) above,'. A lower-case word alone proves nothing: '9.4.5.2 for a period of two years' is
a clause that continues its list's sentence."""


_MID_SENTENCE = re.compile(
    r"(?<![;,:])\s(?:this|of|in|under|to|with|by|see|per|Sections?|Articles?|Clauses?|SECTIONS?|"
    r"ARTICLES?|(?:and|or)\s+(?:in|under|to|of))\s*$"
)


def _ends_mid_reference(previous: str, number: str) -> bool:
    """The text before stops mid-sentence ('... referred to above in this') and the line goes on
    with a section number: a reference a PDF wrapped, not a new clause. Lettered items '(a)' and
    plain '1.' may follow 'and', so only section-style numbers are joined."""
    if number.startswith("(") or re.fullmatch(r"[a-z]{1,5}\)|\d{1,3}\.", number):
        return False
    return _MID_SENTENCE.search(previous) is not None


def is_cross_reference(number: str, rest: str) -> bool:
    """'Section 13.1 (Confidential Treatment). Network ...' or '4.1 hereof.' at the start of a PDF
    line: a reference that wrapped, not a clause. Lettered items '(a) the Supplier' are clauses."""
    if number.startswith("(") or re.fullmatch(r"[a-z]{1,5}\)", number):
        return False
    if re.fullmatch(r"\d{1,3}\.", number):
        return bool(re.match(r"^[,.;:)\]]", rest))
    return bool(_REFERENCE_TAIL.match(rest))


def split_heading(text: str, numbered: bool) -> tuple[str | None, str]:
    """Return (heading, body) when the text opens with an inline heading."""
    text = text.lstrip("–—-:. ")
    if numbered and _is_bare_heading(text):
        return text.rstrip(".: "), ""
    caps = _CAPS_PREFIX.match(text)
    if caps and is_caps_heading(caps.group("heading"), max_words=INLINE_HEADING_MAX_WORDS):
        return caps.group("heading").rstrip(".: "), text[caps.end() :].strip()
    match = _TITLE_HEADING.match(text)
    if not match:
        return None, text
    heading = match.group("heading").strip()
    limit = INLINE_HEADING_MAX_WORDS if numbered else UNNUMBERED_HEADING_MAX_WORDS
    if not _reads_as_title(heading, limit):
        return None, text
    body = text[match.end() :].strip()
    if not numbered and not body:
        return None, text
    while (more := _TITLE_HEADING.match(body)) and len(more.group("heading").split()) <= 3:
        extra = more.group("heading").strip()
        if (
            _SENTENCE_WORDS.search(extra)
            or not all(w[:1].isupper() for w in extra.split())
            or extra.split()[0] in _SENTENCE_OPENERS
            or more.end() >= len(body)
        ):
            break
        heading, body = f"{heading}; {extra}", body[more.end() :].strip()
    return heading, body


def _reads_as_title(heading: str, max_words: int) -> bool:
    """A few words, no verb of a sentence, every word but the small ones capitalised."""
    words = heading.split()
    if not words or len(words) > max_words or _SENTENCE_WORDS.search(heading):
        return False
    content_words = [w for w in words if w.lower().strip("(),;&") not in _SMALL_WORDS]
    return all(w[:1].isupper() or w[:1].isdigit() or w[:1] in '("“' for w in content_words)


def is_title_line(text: str) -> bool:
    """'Non-assignment.' alone on its line: a short heading in title case, its text below it.

    It must end in a full stop and name a kind of clause, so that a name, a line of an address
    or a signature field ('Title:') on its own is not read as a heading."""
    text = text.strip()
    match = _TITLE_HEADING.match(text)
    return (
        text.endswith(".")
        and match is not None
        and match.end() == len(text)
        and _reads_as_title(match.group("heading"), UNNUMBERED_HEADING_MAX_WORDS)
        and _names_a_clause_kind(match.group("heading"))
    )


def _names_a_clause_kind(heading: str) -> bool:
    """Title-case words that name a kind of clause, not a company or a numbered item."""
    return RUN_IN_HEADING_WORDS.search(heading) is not None and not _ABBREVIATION_END.search(
        heading
    )


def _is_bare_heading(text: str) -> bool:
    """'TERMINATION' or 'Fees and Payment' alone after a number: a heading with no body."""
    words = text.rstrip(".:").split()
    if not words or len(words) > UNNUMBERED_HEADING_MAX_WORDS + 2 or _SENTENCE_WORDS.search(text):
        return False
    if re.search(r"[.;:,]\s", text):
        return False
    content = [w for w in words if w.lower().strip("(),;&") not in _SMALL_WORDS]
    return bool(content) and all(w[:1].isupper() or w[:1].isdigit() for w in content)


def _build_clauses(pieces: list[_Piece]) -> list[Clause]:
    clauses: list[Clause] = []
    depths: dict[str, int] = {}
    stack: list[Clause] = []  # open ancestors, shallowest first
    title_done = False
    bodies_from_paragraphs: set[str] = set()  # bare headings whose text is the next paragraph
    run_in_ids: set[str] = set()  # clauses opened by a run-in or title-line heading

    def parent_for(depth: int) -> Clause | None:
        while stack and depths[stack[-1].id] >= depth:
            stack.pop()
        return stack[-1] if stack else None

    for piece in pieces:
        number, rest, depth = split_number(piece.text)
        if (
            number is not None
            and clauses
            and clauses[-1].text
            and (is_cross_reference(number, rest) or _ends_mid_reference(clauses[-1].text, number))
        ):
            clauses[-1].text = f"{clauses[-1].text} {piece.text}".strip()
            continue
        title_line = number is None and not piece.is_heading and is_title_line(rest)
        if (
            piece.is_heading
            or title_line
            or (number is None and is_caps_heading(rest, max_words=8))
        ):
            heading, body = rest.strip("–—-.: ") or None, ""
            if (
                number is None
                and not title_line
                and not title_done
                and heading
                and "AGREEMENT" in heading.upper()
            ):
                title_done = True
                clauses.append(_new_clause(clauses, heading=heading, text="", page=piece.page))
                depths[clauses[-1].id] = -1
                continue
        else:
            heading, body = split_heading(rest, numbered=number is not None)
        if number is None and heading is None:
            previous = clauses[-1] if clauses else None
            if previous is not None and _continues(previous, body):
                previous.text = f"{previous.text} {body}".strip()
                continue
            # An unnumbered paragraph: the body of a bare heading, or a leaf of the open section.
            if previous is not None and not previous.text and depths[previous.id] >= 0:
                previous.text = body
                bodies_from_paragraphs.add(previous.id)
                continue
            parent = stack[-1] if stack else None
            clause = _new_clause(clauses, text=body, page=piece.page, parent=parent)
            depths[clause.id] = 99
            clauses.append(clause)
            continue
        if depth is None and (piece.run_in or title_line) and clauses:
            depth = _run_in_depth(clauses[-1], stack, depths, bodies_from_paragraphs, run_in_ids)
        if depth is None:
            depth = 1  # an unnumbered heading opens a section
        title_done = True
        parent = parent_for(depth)
        clause = _new_clause(
            clauses, text=body, heading=heading, number=number, page=piece.page, parent=parent
        )
        depths[clause.id] = depth
        clauses.append(clause)
        stack.append(clause)
        if piece.run_in or title_line:
            run_in_ids.add(clause.id)
    by_id = {c.id: c for c in clauses}
    for clause in clauses:
        clause.context_heading = _context_heading(clause, by_id, depths)
    return [c for c in clauses if c.text or c.heading]


def _run_in_depth(
    previous: Clause,
    stack: list[Clause],
    depths: dict[str, int],
    bodies_from_paragraphs: set[str],
    run_in_ids: set[str],
) -> int:
    """The depth of a clause opened by a run-in or title-line heading.

    It is a sibling of the clause it follows, or of the run-in clause that holds the paragraph
    it follows. It is a child of the open section when it follows a bare heading (with or
    without a paragraph for its text), an article, or a paragraph of a numbered clause: such a
    heading never opens an article, and a numbered clause's run-in headings are its parts."""
    if not stack:
        return 1
    anchor = stack[-1]  # the previous clause itself when it opened a section, else its parent
    if depths[anchor.id] >= 1 and (
        anchor.id in run_in_ids
        or (anchor is previous and previous.text and previous.id not in bodies_from_paragraphs)
    ):
        return depths[anchor.id]
    return max(1, depths[anchor.id] + 1)


def _continues(previous: Clause, body: str) -> bool:
    """A paragraph that starts in lower case carries on the previous clause (page breaks),
    up to the longest clause allowed."""
    return (
        bool(previous.text)
        and body[:1].islower()
        and len(previous.text) + len(body) < MAX_CLAUSE_CHARS
    )


def _new_clause(
    clauses: list[Clause],
    *,
    text: str,
    page: int | None,
    heading: str | None = None,
    number: str | None = None,
    parent: Clause | None = None,
) -> Clause:
    return Clause(
        id=f"c{len(clauses) + 1}",
        text=text,
        heading=heading,
        number=number,
        page=page,
        parent=parent.id if parent else None,
    )


def _context_heading(
    clause: Clause, by_id: dict[str, Clause], depths: dict[str, int]
) -> str | None:
    """The headings of the clause and its ancestors, outermost first ('FEES / Late Payment').

    The document title is left out: 'SERVICES AGREEMENT' says nothing about one clause.
    """
    headings: list[str] = []
    node: Clause | None = clause
    while node is not None:
        if node.heading and depths.get(node.id, 0) >= 0:
            headings.append(node.heading)
        node = by_id.get(node.parent) if node.parent else None
    return " / ".join(reversed(headings)) or None
