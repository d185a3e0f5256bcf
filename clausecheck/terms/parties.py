"""The parties, as the preamble names them: 'between Acme Corp., a Delaware corporation
("Acme"), and Beta Ltd. ("Supplier")' -> ['Acme Corp.', 'Beta Ltd.']."""

from __future__ import annotations

import re

from clausecheck.terms.evidence import Found, Sentence

MAX_PARTIES = 6
"""More defined names than this in a preamble are products or places, not parties."""
_DEFINED = re.compile(
    r"\(\s*(?:each\s+|hereinafter\s+(?:referred\s+to\s+as\s+|called\s+)?|herein\s+(?:referred\s+to\s+as\s+|called\s+)?|"
    r"referred\s+to\s+(?:herein\s+)?as\s+|collectively,?\s+|together\s+with\s+[^)]*?)?"
    r"(?:the\s+|a\s+)?[\"“”']+(?P<short>[^\"“”']{1,40})[\"“”']+"
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
    r"\s+(?:with|having)\s+(?:a|an|its)\s+(?:principal|place|registered|office|address|"
    r"corporate)|\s+(?:organi[sz]ed|incorporated)\s+under|\s*\(",
    re.I,
)
_LEAD = re.compile(
    r"^(?:\W|and\b|or\b|between\b|among\b|by\b|\(\d+\)|\d+\.|party\s+[ab]\b|the\s+undersigned)+",
    re.I,
)
_COMPANY = re.compile(
    r"\b(?:Inc|Incorporated|Corp|Corporation|LLC|L\.L\.C|Ltd|Limited|Company|Co|PLC|LP|L\.P|"
    r"LLP|GmbH|AG|S\.A|SA|N\.V|B\.V|AB|Pty|Trust|Bank|University|Association|Partnership|"
    r"Holdings?|Group|S\.A\.S|SAS|S\.r\.l|SpA|Pte)\b\.?",
)


def _name_before(text: str, end: int, floor: int) -> str | None:
    """The party name that ends where a defined-name bracket starts."""
    segment = text[floor:end]
    # The name starts after the previous party's bracket or the word 'and'/'between'.
    starts = [
        m.end() for m in re.finditer(r"\)\s*,?|\band\b|\bbetween\b|\bamong\b|;", segment, re.I)
    ]
    piece = segment[max(starts, default=0) :]
    piece = _LEAD.sub("", piece.strip())
    cut = _CUT.search(piece)
    if cut:
        piece = piece[: cut.start()]
    piece = piece.strip(" ,;:")
    if not piece or not re.match(r"[A-Z0-9]", piece) or len(piece) > 120:
        return None
    words = piece.split()
    capitals = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit())
    if capitals < max(1, len(words) // 2) or len(words) > 14:
        return None
    return piece


def parties(sentences: list[Sentence], preamble: list[str]) -> Found | None:
    """The parties the preamble names, in order, with the sentence that names them."""
    lead = [s for s in sentences if s.clause.id in preamble]
    for index, sentence in enumerate(lead):
        text = sentence.text
        between = _BETWEEN.search(text)
        if not between:
            continue
        text = " ".join(s.text for s in lead[index : index + 3]) if len(text) < 200 else text
        names: list[str] = []
        floor = between.end()
        for defined in _DEFINED.finditer(text, between.end()):
            short = defined.group("short").strip()
            if _NOT_A_PARTY_NAME.match(short):
                floor = defined.end()
                continue
            name = _name_before(text, defined.start(), floor)
            floor = defined.end()
            if name and name not in names:
                names.append(name)
            if len(names) >= MAX_PARTIES:
                break
        if len(names) < 2:
            names = _plain_names(text[between.end() :]) or names
        if len(names) >= 2:
            return Found(names, sentence, quote=text)
    return None


def _plain_names(text: str) -> list[str]:
    """'between Acme Corp. and Beta Ltd.' with no defined names: company names by their suffix."""
    names = []
    for match in re.finditer(r"(?:[A-Z][\w&.,'-]*\s+){0,6}?" + _COMPANY.pattern, text[:600]):
        name = _LEAD.sub("", match.group(0)).strip(" ,")
        if name and name not in names:
            names.append(name)
    return names[:2]
