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
    r"penalty\b|\bat\s+any\s+other\s+time\b|\bfor\s+any\s+other\s+reason\b|\bat\s+will\b|"
    r"\bwithout\s+(?:the\s+need\s+|having\s+|being\s+required\s+)?(?:to\s+)?(?:give|state|show|"
    r"assign|provide|specify)\s+(?:any\s+|a\s+)?(?:reasons?|cause|grounds?)\b|"
    r"\b(?:irrespective|regardless)\s+of\s+(?:any\s+)?(?:cause|reason|fault)\b",
    re.I,
)
"""The words that say no cause is needed, as drafters write them: 'for convenience', 'without
cause', 'for any or no reason', 'at will', 'without having to give reasons'."""
_DISCRETION = re.compile(r"\b(?:in|at)\s+(?:its|their|his|her)\s+(?:sole\s+)?discretion\b", re.I)
_TERMINATE_RIGHT = re.compile(
    r"\b(?:may|can|shall\s+(?:have|be\s+entitled)|will\s+have|has|have|reserves?|is\s+entitled|"
    r"entitled|right|option|wish(?:es|ing)?|intention|intent|desir(?:es?|ing)|election|elect(?:s|ing)?|decision|"
    r"decides?|chooses?)\b[^.;]{0,60}?"
    r"\b(?:terminat(?:e|ion\s+of)|(?:cancel|end)\s+(?:this|the)\s+(?:\w+\s+)?(?:agreement|contract)|"
    r"unilaterally\s+terminate|bring\s+(?:this|the)\s+(?:agreement|contract)\s+to\s+an\s+end)\b"
    r"|\b(?:agreement|contract)\b[^.;]{0,30}?\b(?:cancell?able|terminable)\b"
    r"|\b(?:may|can|shall\s+have\s+the\s+right\s+to|will\s+have\s+the\s+right\s+to|is\s+entitled\s+to|"
    r"right\s+to)\s+(?:voluntarily\s+)?(?:withdraw\s+from|terminate\s+(?:its|their|his|her)\s+"
    r"participation\s+in)\b"
    r"|\b(?:may|can|shall|will)\s+(?:be\s+)?(?:\w+\s+)?terminated\b(?=[^.;]{0,60}?\b(?:by|at\s+any"
    r"\s+time|upon|on)\b)"
    r"|\buntil\s+terminated\s+by\b|\btermination\s+by\s+(?:either|any|each)\s+party\b"
    r"|\b(?:may|can|shall\s+be\s+entitled\s+to|is\s+entitled\s+to)\s*,?\s*(?:on|upon|by)\s+(?:giving|serving|"
    r"providing)\b[^.;]{0,80}?\bnotice\b[^.;]{0,40}?\bterminate\b"
    r"|^\W*(?:\(\w+\)\s*)?(?:upon|by|on)\s+(?:\w+\s+){1,4}(?:giving|providing|delivering)\b"
    r"[^.;]{0,80}?\bnotice\s+of\s+terminat",
    re.I,
)
_CONDITION = re.compile(
    r"\b(?:if|in\s+the\s+event|breach\w*|default\w*|fail(?:s|ed|ure)?|insolven\w*|bankrupt\w*|"
    r"change\s+(?:of|in)\s+control|force\s+majeure|upon\s+the\s+occurrence|ceases?|violat\w*|"
    r"should|in\s+case|where|following\s+the(?!\s+(?:\w+\s+)?(?:anniversary|expiration\s+of\s+(?:this|such|the)"
    r"\s+[\w-]*\s*(?:day|notice)))|acquisition|not\s+approved|revok\w*|revocation|"
    r"(?:loss|lapse|withdrawal|suspension)\s+of\s+(?:any\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:approvals?|licen[cs]es?|permits?|authori[sz]ations?)|"
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
    r"\b(?:termina(?:t|bl)|cancel|end\s+(?:this|the)\s+(?:agreement|contract))\w*\b[^.;]{0,80}?\b(?:at\s+any\s+time|any\s+time)\b[^.;]{0,200}?\bnoti(?:ce|fication)"
    r"|\bunilaterally\s+terminat|\bwithdraw\s+from\b[^.;]{0,60}?\bat\s+any\s+time\b"
    r"|\bterminat\w*\s+(?:this|the)\s+(?:\w+\s+)?(?:agreement|contract)\b[^.;]{0,40}?\bat\s+any\s+time\b"
    r"|\b(?:at\s+any\s+time|any\s+time)\b[^.;]{0,40}?\bterminat\w*\b[^.;]{0,120}?\bnotice"
    r"|\btermina(?:t|bl)\w*\s+(?:(?:this|its|their)\s+(?:\w+\s+)?(?:agreement|participation\s+in\s+"
    r"this\s+agreement)\s+)?(?:\w+\s+){0,8}?(?:upon|on|by\s+giving|"
    r"with|after|by)\s+(?:not\s+less\s+than\s+|at\s+least\s+)?[^.;]{0,100}?"
    r"(?:prior\s+|advance\s+)?(?:written\s+)?notice"
    r"|\bnotice\s+of\s+terminat"
    r"|\b(?:on|upon|by)\s+(?:giving|serving|providing)\b[^.;]{0,80}?\bnotice\b[^.;]{0,40}?\bterminate\s+"
    r"(?:this|the)\s+(?:\w+\s+)?(?:agreement|contract)\b"
    r"|\b(?:desires?|wish(?:es)?|elects?|decides?|chooses?)\s+to\s+terminat\w*[^.;]{0,120}?\bnotice"
    r"|\b(?:(?:cancel|end)\s+(?:this|the)\s+(?:\w+\s+)?(?:agreement|contract)|bring\s+(?:this|the)\s+"
    r"(?:agreement|contract)\s+to\s+an\s+end)\s+(?:upon|on|by|with|after)\s+"
    r"[^.;]{0,100}?\bnoti(?:ce|fication)\b",
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
    r"(?:the|its|any|such|then)(?!\s+[\w-]*\s*(?:day|notice)\b)(?!\s+(?:calendar\s+)?(?:week|month|quarter)\b)"
    r"(?![^.;]{0,60}?\bor\s+(?:at\s+)?any\s+time\b)",
    re.I,
)
_BY_CONSENT = re.compile(
    r"[^.;]{0,60}?\bby\s+(?:the\s+)?(?:mutual|written|joint)\s+(?:written\s+)?(?:agreement|consent)"
    r"|[^.;]{0,60}?\bby\s+(?:the\s+)?agreement\s+of\s+(?:the|both)\s+parties",
    re.I,
)
"""'The parties may terminate this Agreement at any time by written agreement': not one party's
right to walk away."""
_ALTERNATIVE = re.compile(
    r"(?:\bor\s+)?(?:(?<![\w.)])\(\s*(?:[ivx]{1,4}|[a-z]|\d{1,2}(?!\s*\)\s*[a-z'’-]*\s*(?:days?|weeks?|"
    r"months?|years?|business|calendar|working|hours?)\b))\s*\)|(?<![\w(])(?:[ivx]{1,4}|[a-z]|\d{1,2})\))\s*"
)
"""A lettered alternative: '(i) on notice if the other party breaches, or (ii) at any other time
on ninety (90) days' notice' gives a right for convenience in (ii); '1)' and 'a)' too, not the
'(e)' of 'Section 10(e)'."""


def _last_alternative(text: str) -> str:
    """The text after the last lettered alternative marker, where the alternative begins."""
    marks = list(_ALTERNATIVE.finditer(text))
    return text[marks[-1].end() :] if marks else text


_AGREEMENT = re.compile(
    r"\b(?:agreement|contract)\b|\bthis\s+(?:licen[cs]e|lease|engagement|arrangement)\b|(?-i:\bthe\s+Licen[cs]e\b)|\bwithdraw\s+from\s+(?:the|this)\s+(?:joint\s+venture|partnership|"
    r"consortium)\b",
    re.I,
)
"""What the right ends: the agreement ('this Licence'), or a party's membership of the venture it
sets up."""
_PART_ONLY = re.compile(
    r"\s+(?:any|an?|each|one\s+or\s+more|individual|(?:the\s+)?(?:relevant|applicable))\s+"
    r"(?:[\w-]+\s+){0,2}?(?:services?|(?:purchase\s+|work\s+)?orders?|statements?\s+of\s+work|sows?|"
    r"schedules?|projects?|products?|sites?|locations?|stores?|programm?e?s?)\b"
    r"(?![^.;]{0,40}?\b(?:or|and)\s+(?:/or\s+)?(?:this|the)\s+(?:\w+\s+)?(?:agreement|contract))",
    re.I,
)
"""'may terminate any individual Service on notice': a part of the agreement, not the whole."""
_UNLESS_NOTICE = re.compile(
    r"[^.;]{0,80}?\b(?:unless|except)\b[^.;]{0,100}?\bnoti(?:ce|fication)\b", re.I
)
"""'may not terminate this Agreement for convenience unless it gives ninety days' notice': a right
on notice, said as a bar with an exception."""
CONDITION_REACH = 250
"""Characters after the right in which a condition ('if the other party breaches') makes it a
right for cause, not for convenience."""


_ITEM = re.compile(
    r"^\W{0,3}(?:\(\s*(?:[ivx]{1,4}|[a-z]|\d{1,2})\s*\)|(?:[ivx]{1,4}|[a-z]|\d{1,2})\))\s"
)
"""A sentence that is a lettered item of the list before it: '(a) by Licensee for any reason'."""
LIST_REACH = 8
"""Items read after a right that ends in a colon: a list of grounds is rarely longer."""
_EARLY = re.compile(
    r"\b(?:prior\s+to|before)\s+(?:the\s+)?(?:expiration|expiry|end)\s+of\s+(?:the|its|this)\s+"
    r"(?:[\w-]+\s+)?(?:term|agreement)\b",
    re.I,
)
"""'may terminate this Agreement prior to expiration of the Term': early termination, not a
notice before the term ends."""
_AT_ANY_TIME = re.compile(r"\bat\s+any\s+time\b", re.I)
_ITEM_END = re.compile(r"(?::|\b(?:if|where|when|that)|\bupon\s+the\s+occurrence\s+of)\W*$", re.I)


def _with_items(sentences: list[Sentence], n: int) -> str:
    """A sentence that ends in a colon, with the lettered items that follow it in its clause or
    in clauses of their own under it."""
    sentence = sentences[n]
    if not sentence.text.rstrip().endswith(":"):
        return sentence.text
    parts = [sentence.text]
    for later in sentences[n + 1 : n + 1 + LIST_REACH]:
        if later.clause is sentence.clause and _ITEM.match(later.text):
            parts.append(later.text)
        elif later.clause.parent == sentence.clause.id and later.clause is not sentence.clause:
            # an item the segmenter made a clause of its own, its letter taken off
            parts.append(later.text if _ITEM.match(later.text) else f"({len(parts)}) {later.text}")
        else:
            break
    return " ".join(parts)


def _at_will_alternative(tail: str) -> str | None:
    """The lettered alternative of a right that needs no event: in '(i) upon thirty (30) days'
    notice, or (ii) immediately if the other party becomes insolvent', alternative (i). It must
    say so: 'for any reason', 'at any time', or a notice period."""
    marks = list(_ALTERNATIVE.finditer(tail))
    if not marks:
        return None
    stem = _EARLY.sub(" ", tail[: marks[0].start()])
    if _CONDITION.search(stem) or _AT_TERM_END.search(stem) or _BY_CONSENT.match(stem):
        return None
    ends = [mark.start() for mark in marks[1:]] + [len(tail)]
    for mark, end in zip(marks, ends, strict=True):
        part = tail[mark.end() : end]
        if (
            _CONDITION.search(part)
            or _EFFECTS.search(part)
            or _AT_TERM_END.search(part)
            or _ITEM_END.search(part)
            or _BY_CONSENT.match(part)
            or re.search(r"\bimmediately\b", part, re.I)
        ):
            continue
        periods = [
            length
            for length in find_lengths(part)
            if NOTICE_WORD.search(part[length.end : length.end + 30])
        ]
        if _CONVENIENCE.search(part) or _AT_ANY_TIME.search(part) or periods:
            return part
    return None


def convenience(sentences: list[Sentence]) -> tuple[Found | None, Found | None]:
    """(termination_for_convenience, convenience_notice_days): a right to end the agreement
    without cause, not 'upon termination for any reason' in the effects of termination, nor a
    right on notice that a condition ('if the other party breaches') makes one for cause."""
    for n, sentence in enumerate(sentences):
        text = _with_items(sentences, n)
        right = _TERMINATE_RIGHT.search(text)
        if not right or not (_AGREEMENT.search(text) or _AGREEMENT.search(sentence.heading)):
            continue
        if re.search(
            r"\b(?:not|no|neither|nor)\b[^.;]{0,20}$", text[: right.start() + 12], re.I
        ) and not _UNLESS_NOTICE.match(text, right.end()):
            continue
        if right.group().lower().endswith("terminate") and _PART_ONLY.match(text, right.end()):
            continue  # 'may terminate any Purchase Order', not the agreement
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
        if _LIST_FOLLOWS.search(sentence.text):
            conditional = conditional or "a list of events follows"
        if not conditional:
            at_will = (
                _AT_ANY_TIME_NOTICE.search(tail)
                or _DISCRETION.search(tail)
                or _ENDS_ON_NOTICE.search(text)
            )
        alternative = None
        if not reason and not at_will and not _CONDITION.search(wish[:start]):
            alternative = _at_will_alternative(tail)
        if not reason and not at_will and not alternative:
            continue
        if reason:  # the notice of the alternative that gives the right: '(b) at any other time'
            marks = list(_ALTERNATIVE.finditer(tail[: reason.start()]))
            tail = tail[marks[-1].start() :] if marks else tail
        elif alternative:
            tail = alternative
        days = _notice_days(tail)
        return Found(True, sentence), Found(days, sentence) if days is not None else None
    return None, None


def names_a_condition(text: str) -> bool:
    """Whether a sentence ties a right to an event ('if', 'upon a breach', 'after the time that
    the permit lapses'): a right on notice it grants is then not one for convenience."""
    return _CONDITION.search(text) is not None


MAX_NOTICE_DAYS = 3 * 365
"""A longer period next to 'notice' is a term or a tail, not the notice to terminate."""


def _notice_days(text: str) -> int | None:
    """The first period in ``text`` followed by a word for notice: '90 days' written notice'."""
    for length in find_lengths(text):
        after = text[length.end : length.end + 30]
        if NOTICE_WORD.search(after) and length.days <= MAX_NOTICE_DAYS:
            return length.days
    return None


def notice_given(sentence: Sentence | None) -> Found | None:
    """The notice a sentence that grants a right to terminate for convenience asks for."""
    days = _notice_days(sentence.text) if sentence else None
    return Found(days, sentence) if days is not None else None
