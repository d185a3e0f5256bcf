"""The parties, as the preamble names them: 'between Acme Corp., a Delaware corporation
("Acme"), and Beta Ltd. ("Supplier")' -> ['Acme Corp.', 'Beta Ltd.']."""

from __future__ import annotations

import re

from clausecheck.nlp import US_STATES
from clausecheck.terms.evidence import Found, Sentence
from clausecheck.types import Clause

PREAMBLE_CLAUSES = 12
"""The parties are looked for in this many leading clauses."""
PREAMBLE_REACH = 1500
"""Characters after 'between' in which the parties are named."""
MAX_PARTIES = 6
"""More defined names than this in a preamble are products or places, not parties."""
_DEFINED = re.compile(
    r"\(\s*(?:each\s+|hereinafter\s+(?:referred\s+to\s+as\s+|called\s+)?|herein\s+(?:referred\s+to\s+as\s+|called\s+)?|"
    r"referred\s+to\s+(?:herein\s+)?as\s+|collectively,?\s+|together\s+with\s+[^)]*?)?"
    r"(?:the\s+|a\s+)?[\"“”']+(?:the\s+)?(?P<short>[^\"“”']{1,40})[\"“”']+",
    re.I,
)
_DEFINED_BARE = re.compile(
    r"\b(?:hereinafter|herein|hereafter)\s*,?\s+(?:referred\s+to\s+as|called|designated\s+as)\s+"
    r"(?:the\s+)?[\"“”]+(?:the\s+)?(?P<short>[^\"“”]{1,40})[\"“”]+",
    re.I,
)
"""A defined name without a bracket: 'Hereinafter referred to as "Customer"'."""
_DEFINED_UNQUOTED = re.compile(
    r"\(\s*(?:as\s+(?:the\s+)?|the\s+)(?P<short>[A-Z][A-Za-z-]+(?:\s+[A-Z][A-Za-z-]+)?)\s*\)"
    r"|\((?P<acronym>[A-Z][A-Z0-9&-]{1,7}(?:\s[A-Z0-9&-]{2,7})?)\)(?!\s*(?:LTD|LIMITED|INC|LLC|PLC)\b)"
)
"""A defined name without quotes: '(as Company)', '(the COMPANY)', '(USA MCO)'."""
_RECITALS = re.compile(
    r"\bWHEREAS\b|\bRECITALS?\b|\bBACKGROUND\b|\bNOW,?\s+THEREFORE|W\s?I\s?T\s?N\s?E\s?S\s?S", re.I
)
_BETWEEN = re.compile(r"\b(?:by\s+and\s+)?(?:between|among|amongst)\b|\bby\s+and\s+among\b", re.I)
_NOT_A_PARTY_NAME = re.compile(
    r"^(?:agreement|this\s+agreement|effective\s+date|amendment|parties|party|contract|"
    r"commencement\s+date|territory|products?|services|term|execution\s+date|date)$",
    re.I,
)
_CUT = re.compile(
    r",?\s+(?:a|an)\s+(?:[A-Z]|corporation|company|limited|\w+\s+(?:corporation|company|"
    r"limited|partnership))|,\s+(?:with|having|located|whose|organi[sz]ed|incorporated|existing|"
    r"its|each|which|being|registered|residing|represented|on\s+behalf|acting|duly|as\s+)|"
    r"\s+located\s+at\b|\s+(?:with|having)\s+(?:a|an|its)\s+(?:principal|place|registered|office|address|"
    r"corporate)|\s+(?:organi[sz]ed|incorporated)\s+under|\s*\(",
    re.I,
)
_LEAD = re.compile(
    r"^(?:[^\w\[]|and\b|or\b|between\b|among\b|by\b|\(\d+\)|\d+\.|party\s+[ab]\b|(?-i:the)\s+(?=[A-Z])|"
    r"the\s+undersigned|PARTIES\b)+",
    re.I,
)
_CAPITAL_PAIR = re.compile(
    r"\s*([A-Z][A-Z0-9&.,'/ -]{2,80}?)\s+(?:AND|And|and)\s+([A-Z][A-Z0-9&.,'/ -]{2,80}?)"
    r"(?=,?\s+(?:[A-Z][a-z]|\d|\(|(?:TABLE|DATED|THIS|THE|EXECUTION|CONTENTS)\b|(?:a|an|as)\s)|\s*$)"
)
_FORM_WORDS = frozenset(
    "a an the inc incorporated corp corporation llc l c ltd limited company co plc lp p llp "
    "gmbh ag sa s nv bv n v b ab pty trust partnership holdings group sas spa pte and of "
    "new york party".split()
)
_PLACE_WORDS = frozenset(US_STATES) | frozenset(w for s in US_STATES for w in s.split())
_COMPANY = re.compile(
    r"\b(?:Inc|Incorporated|Corp|Corporation|LLC|L\.L\.C|Ltd|Limited|Company|Co|PLC|LP|L\.P|"
    r"LLP|GmbH|AG|S\.A|SA|N\.V|B\.V|AB|Pty|Trust|Bank|University|Association|Partnership|"
    r"Holdings?|Group|S\.A\.S|SAS|S\.r\.l|SpA|Pte)\b\.?",
)


def _name_before(text: str, end: int, floor: int, first: bool = False) -> str | None:
    """The party name that ends where a defined-name bracket starts: the words at the start of
    the stretch since the previous party, before its description (', a Delaware corporation').
    ``first``: the stretch starts right after 'between', so it opens with a name."""
    raw = text[floor:end].strip()
    piece = _LEAD.sub("", raw)
    opens_with_join = first or bool(re.match(r"\W*(?:and|between|among)\b|\W*$", raw[:12], re.I))
    if not opens_with_join and re.match(r"(?:a|an)\s|[a-z]", piece):
        # The stretch opens with the previous party's description: this name follows 'and'.
        joins = list(re.finditer(r",?\s+and\s+(?=[A-Z(])|;\s*|\s+AND\s+", piece))
        if not joins:
            return None
        piece = _LEAD.sub("", piece[joins[-1].end() :])
    cut = _CUT.search(piece)
    if cut:
        piece = piece[: cut.start()]
    piece = re.sub(r"\s+", " ", piece).strip(" ,;:")
    if not piece or len(piece) > 120:
        return None
    lower_case = not re.match(r"[A-Z0-9\[]", piece)
    if lower_case and not (opens_with_join and _LOWER_NAME.match(piece)):
        return None
    words = piece.split()
    if not _SUBSTANTIVE(piece):
        return None
    capitals = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit() or w[:1] == "&")
    if (not lower_case and capitals < max(1, (len(words) + 1) // 2)) or len(words) > 14:
        return None
    return piece


_LOWER_NAME = re.compile(
    r"(?!(?:a|an|the|each|any|its|all|such|this|that|which)\b)[a-z][\w]*[A-Z.&-]"
)
"""A name written in lower case ('eGain', 'theglobe.com, Inc.', 'i-on interactive'): a first
word with a capital, a dot or a hyphen inside."""


def _SUBSTANTIVE(name: str) -> bool:
    """Whether a name says more than a form of company ('Delaware Corporation', 'Company')."""
    words = re.sub(r"[^A-Za-z0-9&]+", " ", name).split()
    return any(w.lower() not in _FORM_WORDS and w not in _PLACE_WORDS and len(w) > 1 for w in words)


def preamble(clauses: list[Clause]) -> tuple[str, list[tuple[int, Clause]]]:
    """The leading clauses as one text, headings included (a segmenter may take a party's name
    for a heading), with where each clause starts."""
    parts: list[str] = []
    starts: list[tuple[int, Clause]] = []
    offset = 0
    for clause in clauses[:PREAMBLE_CLAUSES]:
        piece = " ".join(p for p in (clause.heading, clause.text) if p)
        starts.append((offset, clause))
        parts.append(piece)
        offset += len(piece) + 1
    return " ".join(parts), starts


def parties(clauses: list[Clause]) -> Found | None:
    """The parties the preamble names, in order, with the words that name them."""
    text, starts = preamble(clauses)
    between = _BETWEEN.search(text)
    recitals = _RECITALS.search(text)
    if between and recitals and recitals.start() < between.start():
        between = None  # a 'between' in the recitals: the preamble named the parties without it
    anchor = between.end() if between else 0
    if not between:
        first = _DEFINED.search(text)
        if not first:
            return None
        anchor = max(text.rfind(". ", 0, first.start()) + 2, 0)
    stop = _RECITALS.search(text, anchor)
    limit = min(stop.start() if stop else len(text), anchor + PREAMBLE_REACH)
    names: list[str] = []
    floor = anchor
    found = sorted(
        [
            *_DEFINED.finditer(text, anchor, limit),
            *_DEFINED_BARE.finditer(text, anchor, limit),
            *_DEFINED_UNQUOTED.finditer(text, anchor, limit),
        ],
        key=lambda m: m.start(),
    )
    for defined in found:
        if defined.start() < floor:
            continue  # inside the previous definition
        short = (defined.group("short") or defined.groupdict().get("acronym") or "").strip()
        name = (
            None
            if _NOT_A_PARTY_NAME.match(short)
            else _name_before(text, defined.start(), floor, first=floor == anchor and bool(between))
        )
        floor = defined.end()
        if name and name not in names:
            names.append(name)
        if len(names) >= MAX_PARTIES:
            break
    if len(names) < 2 and between:
        # A title in capitals: 'AGREEMENT BY AND BETWEEN ACME INC AND BETA CORP June 1, 2005'.
        title = _CAPITAL_PAIR.match(text, between.end())
        if title:
            names = [" ".join(title.group(1).split()), " ".join(title.group(2).split())]
    if len(names) < 2:
        plain = _plain_names(text[anchor:limit])
        names += [n for n in plain if not any(n in m or m in n for m in names)]
    if len(names) < 2:
        return None
    clause = next(c for offset, c in reversed(starts) if offset <= anchor)
    quote = text[max(0, anchor - 40) : min(limit, anchor + 360)]
    return Found(names, Sentence(quote, clause, 0), quote=quote)


def _plain_names(text: str) -> list[str]:
    """'between Acme Corp. and Beta Ltd.' with no defined names: company names by their suffix."""
    names = []
    for match in re.finditer(r"(?:[A-Z][\w&.,'-]*\s+){1,6}?" + _COMPANY.pattern, text[:600]):
        name = _LEAD.sub("", match.group(0)).strip(" ,")
        if name and name not in names and _SUBSTANTIVE(name):
            names.append(name)
    return names[:2]
