"""Termination for convenience: a right to end the agreement without cause, and the notice it
needs; told apart from rights a breach or another event triggers and from a notice not to renew."""

from __future__ import annotations

import re

from clausecheck.terms.duration import NOTICE_WORD
from clausecheck.terms.evidence import Found, Sentence
from clausecheck.terms.lengths import find_lengths

_CONVENIENCE = re.compile(
    r"\bfor\s+(?:its\s+|their\s+)?(?:own\s+)?convenience\b|\bwithout\s+(?:any\s+)?cause\b|"
    r"\bfor\s+any\s+(?:or\s+no\s+)?reason(?:\s+or\s+no\s+reason)?(?:\s+whatsoever)?\b|"
    r"\bwith\s+or\s+without\s+cause\b|\bwithout\s+(?:giving\s+|stating\s+|assigning\s+|"
    r"supplying\s+|providing\s+)?"
    r"(?:any\s+|a\s+)?reasons?\b|\bfor\s+no\s+reason\b|\bwithout\s+(?:the\s+)?payment\s+of\s+any\s+"
    r"penalty\b|\bat\s+any\s+other\s+time\b|\bfor\s+any\s+other\s+reason\b",
    re.I,
)
_DISCRETION = re.compile(r"\b(?:in|at)\s+(?:its|their|his|her)\s+(?:sole\s+)?discretion\b", re.I)
_TERMINATE_RIGHT = re.compile(
    r"\b(?:may|can|shall\s+(?:have|be\s+entitled)|will\s+have|has|have|reserves?|is\s+entitled|"
    r"entitled|right|option|wish(?:es)?|intention|intent|desires?|election|elects?|decision|"
    r"decides?|chooses?)\b[^.;]{0,60}?"
    r"\b(?:terminat(?:e|ion\s+of)|cancel\s+(?:this|the)\s+(?:\w+\s+)?(?:agreement|contract)|"
    r"unilaterally\s+terminate)\b"
    r"|\b(?:agreement|contract)\b[^.;]{0,30}?\bcancell?able\b"
    r"|\b(?:may|can|shall|will)\s+(?:be\s+)?(?:\w+\s+)?terminated\b(?=[^.;]{0,60}?\b(?:by|at\s+any"
    r"\s+time|upon|on)\b)"
    r"|\buntil\s+terminated\s+by\b|\btermination\s+by\s+(?:either|any|each)\s+party\b"
    r"|^\W*(?:\(\w+\)\s*)?(?:upon|by|on)\s+(?:\w+\s+){1,4}(?:giving|providing|delivering)\b"
    r"[^.;]{0,80}?\bnotice\s+of\s+terminat",
    re.I,
)
_CONDITION = re.compile(
    r"\b(?:if|in\s+the\s+event|breach\w*|default\w*|fail(?:s|ed|ure)?|insolven\w*|bankrupt\w*|"
    r"change\s+(?:of|in)\s+control|force\s+majeure|upon\s+the\s+occurrence|ceases?|violat\w*|"
    r"should|in\s+case|where|following\s+the(?!\s+(?:\w+\s+)?(?:anniversary|expiration\s+of\s+(?:this|such|the)"
    r"\s+[\w-]*\s*(?:day|notice)))|acquisition|approv\w*|not\s+approved|"
    r"determines?|cure[sd]?|(?:from\s+and\s+)?after\s+the\s+(?:time|date)\s+(?:that|when|on\s+which)"
    r"(?!\s+is\b))\b",
    re.I,
)
_EFFECTS = re.compile(
    r"\b(?:upon|on|after|following|in\s+the\s+event\s+of|prior\s+to|effect\s+of|regardless\s+of)"
    r"\s+(?:the\s+|any\s+|such\s+)?(?:expiration\s+or\s+)?(?:early\s+)?terminat\w*"
    r"|\bterminat\w*\s+(?:or\s+expiration\s+)?(?:of\s+(?:this|the)\s+\w+\s+)?for\s+any\s+reason\b"
    r"[^.;]{0,30}?\b(?:shall|will)\s+not\s+(?:relieve|affect|release|prejudice)"
    r"|\bterminated\s+for\s+any\s+reason|\b(?:expires|expiration)\b|\bother\s+than\b",
    re.I,
)
_AT_ANY_TIME_NOTICE = re.compile(
    r"\b(?:terminat|cancel)\w*\b[^.;]{0,80}?\b(?:at\s+any\s+time|any\s+time)\b[^.;]{0,200}?\bnoti(?:ce|fication)"
    r"|\bunilaterally\s+terminat"
    r"|\bterminat\w*\s+(?:this|the)\s+(?:\w+\s+)?(?:agreement|contract)\b[^.;]{0,40}?\bat\s+any\s+time\b"
    r"|\b(?:at\s+any\s+time|any\s+time)\b[^.;]{0,40}?\bterminat\w*\b[^.;]{0,120}?\bnotice"
    r"|\bterminat\w*\s+(?:this\s+(?:\w+\s+)?agreement\s+)?(?:\w+\s+){0,4}?(?:upon|on|by\s+giving|"
    r"with|after|by)\s+(?:not\s+less\s+than\s+|at\s+least\s+)?[^.;]{0,100}?"
    r"(?:prior\s+|advance\s+)?(?:written\s+)?notice"
    r"|\bnotice\s+of\s+terminat"
    r"|\b(?:desires?|wish(?:es)?|elects?|decides?|chooses?)\s+to\s+terminat\w*[^.;]{0,120}?\bnotice",
    re.I,
)
_ENDS_ON_NOTICE = re.compile(
    r"\b(?:shall|will)\s+(?:end|terminate|expire)\s+(?:on\s+)?(?:the\s+)?\w+\s+day\s+(?:following|after)\s+"
    r"(?:a\s+|the\s+|any\s+)?(?:written\s+)?notice\b",
    re.I,
)
"""An agreement that runs until a party gives notice: 'shall end on the 60th day following a
written notice from one party to the other of its decision to terminate'."""
_LIST_FOLLOWS = re.compile(r":\s*$|\b(?:notice|follows?|where|if|party)\s*$", re.I)
"""A right that ends in a colon or breaks off ('... by written notice') introduces the events
that give it: a right for cause."""
_WISH = re.compile(
    r"\b(?:in\s+the\s+event|if)\s+(?:that\s+)?(?=(?:\w+\s+){1,4}?(?:desires?|wish(?:es)?|elects?|"
    r"decides?|chooses?)\b)",
    re.I,
)
"""'In the event that the Company desires to terminate': a wish, not a condition."""
_AT_TERM_END = re.compile(
    r"\b(?:prior\s+to|before|at|in\s+advance\s+of)\s+(?:the\s+)?(?:expiration|expiry|end)\s+of\s+"
    r"(?:the|its|any|such|then)(?!\s+[\w-]*\s*(?:day|notice)\b)",
    re.I,
)
_BY_CONSENT = re.compile(
    r"[^.;]{0,60}?\bby\s+(?:the\s+)?(?:mutual|written|joint)\s+(?:written\s+)?(?:agreement|consent)"
    r"|[^.;]{0,60}?\bby\s+(?:the\s+)?agreement\s+of\s+(?:the|both)\s+parties",
    re.I,
)
"""'The parties may terminate this Agreement at any time by written agreement': not one party's
right to walk away."""
_ALTERNATIVE = re.compile(r"(?:\bor\s+)?\(\s*(?:[ivx]{1,4}|[a-z]|\d)\s*\)\s*")
"""A lettered alternative: '(i) on notice if the other party breaches, or (ii) at any other time
on ninety (90) days' notice' gives a right for convenience in (ii)."""


def _last_alternative(text: str) -> str:
    """The text after the last lettered alternative marker, where the alternative begins."""
    marks = list(_ALTERNATIVE.finditer(text))
    return text[marks[-1].end() :] if marks else text


_AGREEMENT = re.compile(r"\b(?:agreement|contract)\b", re.I)
CONDITION_REACH = 250
"""Characters after the right in which a condition ('if the other party breaches') makes it a
right for cause, not for convenience."""


def convenience(sentences: list[Sentence]) -> tuple[Found | None, Found | None]:
    """(termination_for_convenience, convenience_notice_days): a right to end the agreement
    without cause, not 'upon termination for any reason' in the effects of termination, nor a
    right on notice that a condition ('if the other party breaches') makes one for cause."""
    for sentence in sentences:
        text = sentence.text
        right = _TERMINATE_RIGHT.search(text)
        if not right or not (_AGREEMENT.search(text) or _AGREEMENT.search(sentence.heading)):
            continue
        if re.search(r"\b(?:not|no|neither|nor)\b[^.;]{0,20}$", text[: right.start() + 12], re.I):
            continue
        tail = text[right.start() :]
        consent = _BY_CONSENT.match(text[right.end() :])
        if consent and not _ALTERNATIVE.search(text[right.end() + consent.end() :]):
            continue  # 'may terminate this Agreement at any time by mutual consent'
        reason = _CONVENIENCE.search(tail)
        if reason and _CONDITION.search(_last_alternative(tail[: reason.start()])):
            reason = None  # 'if the other party ceases for any reason to carry on business'
        if reason:
            near = text[max(0, right.start() + reason.start() - 60) : right.start() + reason.end()]
            if _EFFECTS.search(near):
                reason = None
        wish = _WISH.sub("", text)
        right_at = _TERMINATE_RIGHT.search(wish)
        start = right_at.start() if right_at else right.start()
        later = _CONDITION.search(wish, start)  # read on past the reach for its lookaheads
        conditional = _CONDITION.search(wish[:start]) or (
            later if later and later.start() < start + CONDITION_REACH else None
        )
        at_will = None
        if _AT_TERM_END.search(tail[:CONDITION_REACH]):
            conditional = conditional or "a notice not to renew"
        if _LIST_FOLLOWS.search(text):
            conditional = conditional or "a list of events follows"
        if not conditional:
            at_will = (
                _AT_ANY_TIME_NOTICE.search(tail)
                or _DISCRETION.search(tail)
                or _ENDS_ON_NOTICE.search(text)
            )
        if not reason and not at_will:
            continue
        notice = None
        if reason:  # the notice of the alternative that gives the right: '(b) at any other time'
            marks = list(_ALTERNATIVE.finditer(tail[: reason.start()]))
            tail = tail[marks[-1].start() :] if marks else tail
        for length in find_lengths(tail):
            after = tail[length.end : length.end + 40]
            if NOTICE_WORD.search(after[:30]) and length.days <= 3 * 365:
                notice = Found(length.days, sentence)
                break
        return Found(True, sentence), notice
    return None, None
