"""The agreement's life: when it starts, how long it runs, whether and how it renews, how to stop
a renewal, and whether a party may end it for convenience. Each reading has a role and evidence.
"""

from __future__ import annotations

import re

from clausecheck.terms.dates import add_period, days_between, find_dates, minus_days
from clausecheck.terms.evidence import Found, Sentence
from clausecheck.terms.lengths import Length, find_lengths

PREAMBLE_CLAUSES = 12
"""The effective date and the parties are looked for in this many leading clauses."""
MIN_TERM_DAYS = 28
"""A shorter length in a term sentence is a notice or cure period, not the term."""
MAX_TERM_DAYS = 365 * 99
"""A longer one is a lease of land or a typo, not an agreement's term."""

_EFFECTIVE_NAMED = re.compile(r"[\"“”']\s*Effective\s*Date\s*[\"“”']|\bEffective Date\b", re.I)
_EFFECTIVE_AS_OF = re.compile(
    r"\beffective\s+(?:as\s+)?(?:of|on|from)?\s*(?:the\s+)?(?:date\s+of\s+)?$", re.I
)
_DATED = re.compile(
    r"\b(?:dated|as\s+of|made|entered\s+into|executed|effective|day\s+of|concluded|signed)\b"
    r"[^.;]{0,60}$",
    re.I,
)
_COMMENCES = re.compile(
    r"\b(?:commenc\w*|begin\w*|start\w*|effective)\s+(?:on|as\s+of|from|upon)?\s*(?:the\s+)?"
    r"(?:(?:date|day)\s+of\s+)?$|^\W*(?:\(\w\)\s*)?from\s+$",
    re.I,
)
"""Words just before the date a term starts: 'shall commence on', 'effective on the day of', or a
range that opens the sentence ('From January 30, 2012 until July 29, 2012')."""
_BY_SIGNATURE = re.compile(
    r"\b(?:last|later|latest)\s+(?:of\s+the\s+)?(?:two\s+)?(?:dates?|signature)"
    r"|\bdates?\s+(?:of\s+)?(?:the\s+)?(?:last\s+)?(?:signature|execution)\b"
    r"|\b(?:signed|executed|execution)\s+(?:hereof\s+)?by\s+(?:both|all|each|the\s+last)"
    r"|\blast\s+(?:party|parties)\b[^.;]{0,20}\b(?:execut|sign)"
    r"|\bdates?\s+(?:shown|set\s+forth|appearing)\s+(?:by|on|in|below|next\s+to)\b[^.;]{0,20}"
    r"\bsignature",
    re.I,
)
"""An agreement effective when signed: 'effective as of the last date signed below', 'the later
of the dates shown by the signatures', 'on the date it is signed by both parties'."""
_FIRST_ABOVE = re.compile(r"\bdate\s+first\s+(?:written|set\s+forth|above\s+written)", re.I)
"""'Effective as of the date first written above': the date at the head of the agreement."""
_SIGNED_ON = re.compile(r"\bDated?\s*:+\s*$", re.I)
"""A signature block's date line: 'Date: 4/28/2017'."""
_SIGNATURE_BLOCK = re.compile(r"/s/|\bBy\s*:|\bTitle\s*:|\bSignature\b", re.I)
"""Marks of a signature block, whose dates are the dates of signing."""
_SIGNED_EFFECTIVE = re.compile(
    r"^\W*(?:signed|executed|dated|agreed)\b[^.;]{0,30}\beffective\b", re.I
)
"""A closing line that dates the agreement: 'Signed and effective this 25th day of May, 1999'."""
_AGREEMENT_MADE = re.compile(
    r"\bthis\s+(?:[\w&-]+\s+){0,6}?(?:agreement|contract)\b,?\s*(?:\([^)]{0,40}\)\s*,?\s*)?"
    r"(?:is\s+)?(?:hereby\s+)?(?:made|entered\s+into|dated|executed)\b",
    re.I,
)
"""An opening 'This Agreement, made and entered into this 18th day of April 2000' that sits
after a cover page or a table of contents, past the leading clauses."""
_TERM_HEADING = re.compile(
    r"^(?!.*(?:definition|payment|price|warrant))(?:.*\bterm\b(?!\s*sheet)|.*\bduration\b|"
    r".*\bexpir|.*\brenewal|.*\bperiod of agreement)",
    re.I,
)
_TERM_SENTENCE = re.compile(
    r"\b(?:initial|original|primary)\s+term\b|\bterm\s+of\s+(?:this|the)\s+(?:\w+\s+)?"
    r"(?:agreement|contract|license|lease)\b|^\W*(?:\(\w\)\s*)?the\s+[\"“]?term[\"”]?\s+(?:shall|will|is|of)\b|"
    r"(?:this|the)\s+(?:\w+\s+){0,2}(?:agreement|contract)\s+(?:shall|will|is\s+to)\s+"
    r"(?:commence|begin|become\s+effective|continue|remain|be\s+(?:in\s+(?:full\s+)?force|effective)|"
    r"expire|terminate\s+(?:on|upon|at)|have\s+a\s+term|run)"
    r"|\b(?:a|the)\s+fixed\s+term\b|\bterm\s+of\s+(?:the\s+)?validity\b"
    r"|\(\s*(?:herein(?:after)?\s+(?:referred\s+to\s+as\s+|called\s+)?)?(?:the\s+)?[\"“]Term[\"”]"
    r"|[\"“](?:Contract|Agreement|License|Licence|Initial|Cooperation|Promotion)\s+(?:Period|Term)"
    r"[\"”]\s+(?:shall\s+)?means?\b",
    re.I,
)
_NOT_THE_TERM = re.compile(
    r"\b(?:warrant(?:y|ies)|confidential|non-?compet|solicit|royalt|patent|guarantee|"
    r"survive|payment|invoice|shelf life|lease\s+of)\w*",
    re.I,
)
_UNTIL_DATE = re.compile(
    r"\b(?:until|through|thru|to\s+and\s+including|end\s+as\s+of|expire[sd]?\s+(?:at\s+[^.;]{0,40}?\s+)?on|"
    r"expiring(?:\s+on)?|ending(?:\s+on)?|terminating(?:\s+on)?|"
    r"end\s+on|terminate[sd]?\s+on|up\s+to\s+and\s+including|until\s+midnight\s+on|"
    r"(?:shall|will)\s+(?:terminate|expire|end)|concluding(?:\s+on)?|extended\s+to)\s+"
    r"(?:[^.;]{0,30}?\s)?$",
    re.I,
)
_RENEW = re.compile(
    r"\brenew|\bextend(?!\s+for\b)(?!\w*\s+(?:through|until|to)\b)|\bextension\b|year[- ]to[- ]year|month[- ]to[- ]month|successive|"
    r"additional\s+(?:\w+\s+){0,3}(?:term|period)",
    re.I,
)
_AUTO_RENEWAL = re.compile(
    r"\bautomatic(?:ally)?\b[^.;]{0,40}?\b(?:renew|extend|extension)"
    r"|\bautomatically\s+continue\s+(?:for|from|on)\b"
    r"|\b(?:renew|extend)(?:ed|s)?\b[^.;]{0,40}?\bautomatically\b"
    r"|\b(?:shall|will)\s+(?:thereafter\s+)?(?:be\s+)?(?:renewed|extended|renew|extend)\b"
    r"[^.;]{0,60}?\b(?:for|by)\b[^.;]{0,40}?\b(?:successive|additional|further|consecutive|"
    r"subsequent|one|1|\w+\s*\(\d+\))\b"
    r"|\b(?:shall|will)\s+(?:thereafter\s+)?(?:continue|remain)[^.;]{0,80}?"
    r"(?:year[- ]to[- ]year|month[- ]to[- ]month|from\s+year\s+to\s+year|for\s+(?:successive|"
    r"additional|further|consecutive|subsequent))"
    r"|\bthereafter\b[^.;]{0,40}?\b(?:year[- ]to[- ]year|from\s+year\s+to\s+year|"
    r"successive|renew)"
    r"|\bevergreen\b",
    re.I,
)
_RENEWAL_STOP = re.compile(
    r"\bunless\b|\buntil\b[^.;]{0,40}?\bterminat|\bnotice\s+of\s+(?:non-?renewal|termination|its\s+(?:intent|intention|election|"
    r"desire|decision))|\bnot\s+to\s+(?:renew|extend)|\bnon-?renewal",
    re.I,
)
_NOT_AUTOMATIC = re.compile(
    r"\bnon-?renewable\b|\bdeclines?\s+to\s+renew|\bcancels?\b|\b(?:shall|will)\s+not\s+(?:be\s+)?(?:automatically\s+)?(?:renew|extend)"
    r"|\bnot\s+(?:be\s+)?(?:automatically\s+)?renew|\bno\s+(?:automatic\s+)?renewal|"
    r"construed\s+as\s+a\s+renewal|\bmutual(?:ly)?\b[^.;]{0,30}?\b(?:agree|consent|written)|"
    r"\bupon\s+(?:the\s+)?(?:mutual|written)\s+agreement|\bmay\s+(?:be\s+)?(?:renew|extend)",
    re.I,
)
_NOTICE_WORD = re.compile(r"\bnotice|\bnotify|\bnotification|\binform", re.I)
_BEFORE_END = re.compile(
    r"^\W*(?:\w+\s+){0,2}(?:prior|before|in\s+advance|preceding)\b|^\W*(?:or\s+more\s+)?"
    r"(?:\w+\s+)?(?:written\s+)?notice",
    re.I,
)
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


def in_preamble(sentence: Sentence, clause_ids: list[str]) -> bool:
    """Whether the sentence lies in the agreement's leading clauses."""
    return sentence.clause.id in clause_ids[:PREAMBLE_CLAUSES]


def effective_date(sentences: list[Sentence], clause_ids: list[str]) -> Found | None:
    """The date the agreement takes effect: the one named 'Effective Date', else the date the
    preamble says it was made or is effective as of."""
    for sentence in sentences:
        text = sentence.text
        for named in _EFFECTIVE_NAMED.finditer(text):
            dates = list(find_dates(text))
            before = [d for d in dates if d[2] <= named.start() and named.start() - d[2] < 120]
            after = [d for d in dates if d[1] >= named.end() and d[1] - named.end() < 120]
            definition = re.match(r"[\"”'\s)]*(?:shall\s+)?means?\b", text[named.end() :], re.I)
            if before and not definition:
                return Found(before[-1][0], sentence)
            if after and (
                definition or re.match(r"[\"”'\s]*(?:is\b|shall\s+be\b|:)", text[named.end() :])
            ):
                return Found(after[0][0], sentence)
    for sentence in sentences:
        # 'The term shall commence on June 1, 1999': the start the term itself names.
        if not _is_term_sentence(sentence):
            continue
        for iso, start, _ in find_dates(sentence.text):
            if _COMMENCES.search(sentence.text[max(0, start - 60) : start]):
                return Found(iso, sentence)
    for sentence in sentences:
        if not in_preamble(sentence, clause_ids):
            continue
        for iso, start, _ in find_dates(sentence.text):
            lead = sentence.text[max(0, start - 80) : start]
            if _EFFECTIVE_AS_OF.search(lead) or _DATED.search(lead):
                return Found(iso, sentence)
    return _dated_elsewhere(sentences, clause_ids)


def _dated_elsewhere(sentences: list[Sentence], clause_ids: list[str]) -> Found | None:
    """The effective date where no leading clause states it: the signatures' date when the
    agreement takes effect on signing, the date at its head when it is 'effective as of the date
    first written above', else an opening or closing line that dates it further on."""
    for sentence in sentences:
        text = sentence.text
        if not re.search(r"\beffective|\benter\s+into\s+(?:force|effect)", text, re.I):
            continue
        if _BY_SIGNATURE.search(text):
            signed = _signature_dates(sentences)
            if signed:
                latest = max(signed, key=lambda found: found.value)
                return Found(
                    latest.value, latest.sentence, quote=f"{text} … {latest.sentence.text}"
                )
        elif _FIRST_ABOVE.search(text) and in_preamble(sentence, clause_ids):
            for head in sentences:
                if not in_preamble(head, clause_ids):
                    break
                for iso, _, _ in find_dates(head.text):
                    return Found(iso, head, quote=f"{head.text} … {text}")
    for sentence in sentences:
        text = sentence.text
        made = _AGREEMENT_MADE.search(text) or _SIGNED_EFFECTIVE.search(text)
        if made:
            for iso, start, _ in find_dates(text):
                if start >= made.start() and _DATED.search(text[max(0, start - 80) : start]):
                    return Found(iso, sentence)
    return None


def _signature_dates(sentences: list[Sentence]) -> list[Found]:
    """Dates written on the signature lines ('Date: 4/28/2017') or in a signature block."""
    signed = []
    for sentence in sentences:
        block = _SIGNATURE_BLOCK.search(sentence.text)
        for iso, start, _ in find_dates(sentence.text):
            if block or _SIGNED_ON.search(sentence.text[max(0, start - 12) : start]):
                signed.append(Found(iso, sentence))
    return signed


def _is_term_sentence(sentence: Sentence) -> bool:
    heading = sentence.heading
    if _TERM_HEADING.search(heading) and not re.search(r"terminat", heading, re.I):
        return True
    text = sentence.text
    return any(
        not _MENTIONS_THE_TERM.search(text[max(0, found.start() - 40) : found.start()])
        for found in _TERM_SENTENCE.finditer(text)
    )


_MENTIONS_THE_TERM = re.compile(
    r"\b(?:expiration|expiry|end|during|throughout|remainder|balance|termination|course|beyond|"
    r"within)\s+(?:of\s+)?(?:the\s+)?$",
    re.I,
)
"""'During the Term of this Agreement', 'prior to expiration of the Term of the Agreement': a
sentence that speaks of the term, not one that sets it."""


_BY_AGREEMENT = re.compile(
    r"^\w*\s+(?:only\s+)?(?:by|upon|with|on)\s+(?:the\s+)?(?:mutual|written|agreement|consent|the\s+parties)",
    re.I,
)
"""'Unless extended by mutual written agreement': an aside on the term, not a renewal that
follows it."""


_UNLESS_OR = re.compile(
    r"\bunless\s+(?:sooner\s+|earlier\s+)?terminated\s+(?:\w+\s+){0,2}or\s+$", re.I
)
"""'Unless earlier terminated or extended as provided below, shall end as of December 31, 2000':
the extension is an aside on the end date that follows."""


def _renewal_start(text: str) -> re.Match[str] | None:
    """Where the sentence turns to renewals: the first renewal word that is not an aside on a
    term the parties might extend by agreement ('unless mutually extended by the parties')."""
    for match in _RENEW.finditer(text):
        aside = (
            _BY_AGREEMENT.match(text[match.end() :])
            or re.search(r"\bmutually\s+$", text[max(0, match.start() - 12) : match.start()], re.I)
            or _UNLESS_OR.search(text[max(0, match.start() - 60) : match.start()])
        )
        if not aside:
            return match
    return None


def _term_lengths(text: str) -> list[Length]:
    """Lengths in a term sentence that are the term: not notice, cure or renewal periods."""
    renewal_at = _renewal_start(text)
    kept = []
    for length in find_lengths(text):
        if renewal_at and length.start > renewal_at.start():
            continue
        after = text[length.end : length.end + 40]
        before = text[max(0, length.start - 40) : length.start]
        if _NOTICE_WORD.search(after[:25]) or _BEFORE_END.match(after) or length.business:
            continue
        if re.search(r"\bnotice\b[^.;]{0,20}$|\bwithin\s*$|\bafter\s*$", before, re.I):
            continue
        from_the_start = re.match(
            r"\W*(?:after|following|from)\s+(?:the\s+)?(?:effective|commencement|execution|start|"
            r"date\s+(?:hereof|of\s+this)|signing)",
            after,
            re.I,
        ) or (
            re.match(r"\W*thereafter\b", after, re.I)
            and re.search(
                r"\b(?:continu\w*|extend)\s+(?:in\s+\w+\s+)?(?:for\s+)?(?:a\s+period\s+of\s+)?$",
                before,
                re.I,
            )
        )
        if not from_the_start and re.match(
            r"\W*(?:after|thereafter|following|of\s+(?:the\s+|this\s+|such\s+)?(?:initial\s+)?term|"
            r"(?:from|after)\s+(?:the\s+)?(?:termination|expiration|receipt))",
            after,
            re.I,
        ):
            continue
        if MIN_TERM_DAYS <= length.days <= MAX_TERM_DAYS:
            kept.append(length)
    return kept


def initial_term(sentences: list[Sentence], start: str | None) -> tuple[Found | None, Found | None]:
    """(initial term in days, expiry date), read from the sentences that set the term.

    A stated end ('until December 31, 2027', 'from May 1, 2013 to April 30, 2015') wins over a
    length stated earlier ('a term of two (2) years'), which gives the expiry only from a known
    start: the effective date, else the date the same sentence says the term begins."""
    first_length: tuple[Found, Sentence, Length] | None = None
    for sentence in sentences:
        if not _is_term_sentence(sentence) or _NOT_THE_TERM.search(sentence.text[:120]):
            continue
        text = sentence.text
        renewal_at = _renewal_start(text)
        dates = list(find_dates(text))
        begins = _begin_date(text, dates)
        for index, (iso, begin, _) in enumerate(dates):
            if renewal_at and begin > renewal_at.start():
                break
            ranged = index > 0 and _RANGE_TO.match(text[dates[index - 1][2] : begin])
            if ranged or _UNTIL_DATE.search(text[max(0, begin - 70) : begin]):
                expiry = Found(iso, sentence)
                since = start or begins
                days = Found(days_between(since, iso), sentence) if since and iso > since else None
                return days, expiry
        year_end = _YEAR_END.search(text)
        since = start or begins
        if year_end and since and not (renewal_at and year_end.start() > renewal_at.start()):
            iso = f"{since[:4]}-12-31"
            return Found(days_between(since, iso), sentence), Found(iso, sentence)
        lengths = _term_lengths(text)
        if lengths and first_length is None:
            length = lengths[0]
            term = Found(length.days, sentence, extra={"count": length.count, "unit": length.unit})
            first_length = (term, sentence, length)
            if begins is None:
                continue  # a later sentence may state the end itself
            break
    if first_length is None:
        return None, None
    term, sentence, length = first_length
    since = start or _begin_date(sentence.text, list(find_dates(sentence.text)))
    expiry = None
    if since and length.count == int(length.count):
        # CUAD's lawyers, like most agreements, end a five-year term on the fifth anniversary
        # of the start, not the day before.
        expiry = Found(
            add_period(since, int(length.count), length.unit), sentence, quote=sentence.text
        )
    return term, expiry


_YEAR_END = re.compile(
    r"\buntil\s+(?:the\s+)?end\s+of\s+the\s+(?:current|same|then[- ]current|first)\s+calendar\s+year\b",
    re.I,
)
"""'Shall remain in effect until the end of the current calendar year': 31 December of the year
the agreement starts."""
_RANGE_TO = re.compile(r"\s*(?:to|through|until|-|–)\s*$", re.I)
"""Between the two dates of a range: 'from May 1, 2013 to April 30, 2015'."""
_BEGINS = re.compile(
    r"\b(?:commenc\w*|begin\w*|beginning|start\w*|effective|from|as\s+of)\s+(?:on\s+|as\s+of\s+)?$",
    re.I,
)


def _begin_date(text: str, dates: list[tuple[str, int, int]]) -> str | None:
    """The date the sentence says the term begins on ('shall commence on January 1, 2010')."""
    for iso, begin, _ in dates:
        if _BEGINS.search(text[max(0, begin - 40) : begin]):
            return iso
    return None


def renewal(sentences: list[Sentence]) -> tuple[Found | None, Found | None, Found | None]:
    """(auto_renewal, renewal_term_days, renewal_notice_days): read from the first sentence that
    renews the agreement and says for how long or on what notice, else from the first that renews
    it at all ('as may be extended under the next sentence' comes before the sentence that does)."""
    first: tuple[Found | None, Found | None, Found | None] | None = None
    for sentence in sentences:
        auto = _renews(sentence.text, sentence.heading)
        if not auto:
            continue
        term = _renewal_length(sentence.text, auto, sentence)
        notice = renewal_notice(sentence.text, sentence)
        complete = (term or notice) and not _CROSS_REFERENCE.search(sentence.text)
        at = sentences.index(sentence)
        if notice is None and at + 1 < len(sentences) and not _ENDED.search(sentence.text):
            # A sentence the page break cut ('... notice of its intention not to renew the' /
            # 'Agreement, which notice must be given fifteen (15) days before the end ...').
            joined = f"{sentence.text} {sentences[at + 1].text}"
            notice = renewal_notice(joined, sentence, quote=joined)
        if notice is None:
            following = [s for s in sentences if s.clause is sentence.clause]
            for other in following[following.index(sentence) + 1 : following.index(sentence) + 3]:
                if _RENEWAL_STOP.search(other.text) or re.search(r"renew", other.text, re.I):
                    notice = renewal_notice(other.text, other)
                    if notice:
                        break
        if notice is None:
            notice = _notice_elsewhere(sentences)
        reading = (Found(True, sentence), term, notice)
        if complete:
            return reading
        if first is None or (first[1] is None and first[2] is None and (term or notice)):
            first = reading
    return first or (None, None, None)


_CROSS_REFERENCE = re.compile(
    r"\bmeaning\s+(?:ascribed|given|set\s+forth|assigned)|\b(?:as|is)\s+defined\s+in\b", re.I
)
"""'"Renewal Term" has the meaning given in Section 11.1': a pointer to the renewal, not it."""
_TACIT = re.compile(
    r"\b(?:renew\w*|extend\w*)\s+tacitly\b|\btacit(?:ly)?\s+(?:renew|extension)", re.I
)
"""'Renewed tacitly every year': the civil-law words for a renewal unless a party objects."""
_YEARLY = re.compile(
    r"year[- ]to[- ]year|from\s+year\s+to\s+year|annual(?:ly)?\b|\b(?:each|every)\s+year\b|\byearly\b",
    re.I,
)


_UNLESS_NOT_RENEWED = re.compile(
    r"\bunless\b[^.;]{0,80}?\b(?:notice\s+of\s+non-?renewal|notice\s+(?:of\s+(?:its|their|an?)\s+)?"
    r"(?:intent(?:ion)?|election|decision)\s+not\s+to\s+(?:renew|extend))",
    re.I,
)
"""'Upon expiry of the Initial Term, this Agreement [redacted] unless a notice of non-renewal is
given': a notice not to renew stops only a renewal that happens by itself."""


_MUTUAL_AFTER = re.compile(
    r"[^.;]{0,20}?\b(?:by|on|upon|with|through)\s+(?:the\s+)?(?:mutual|written\s+agreement|agreement)",
    re.I,
)
"""'May be extended on mutual agreement of the parties': a renewal the parties must agree."""


def _renews(text: str, heading: str = "") -> re.Match[str] | None:
    """Where the sentence renews the agreement unless a party stops it, or None."""
    found = [m for p in (_AUTO_RENEWAL, _TACIT, _UNLESS_NOT_RENEWED) if (m := p.search(text))]
    stoppable = _RENEWAL_STOP.search(text)
    may = re.search(r"\bmay\s+be\s+(?:renewed|extended)\b", text, re.I)
    if stoppable and may and not _MUTUAL_AFTER.match(text[may.end() :]):
        found.append(may)  # 'may be renewed ... unless either party gives notice of non-renewal'
    auto = min(found, key=lambda match: match.start()) if found else None
    if not auto or (_NOT_AUTOMATIC.search(text) and not stoppable):
        return None
    # The agreement or its term renews, not a time for performance or a confidentiality duty.
    subject = text[max(0, auto.start() - 250) : auto.end() + 30]
    if not re.search(
        r"\bagreement\b|\bterm\b|\bcontract\b|\blicen[cs]e\b", subject, re.I
    ) and not _TERM_HEADING.search(heading):
        return None
    if re.search(
        r"\bconfidential|\bsurviv|\btime\s+for\s+performance|\bforce\s+majeure", text, re.I
    ):
        return None
    return auto


def _renewal_length(text: str, auto: re.Match[str], sentence: Sentence) -> Found | None:
    """The length of each renewal: 'year to year', or the first length after the renewal words
    that is not a notice period."""
    if _YEARLY.search(text):
        return Found(365, sentence)
    if re.search(r"month[- ]to[- ]month", text, re.I):
        return Found(30, sentence)
    for length in find_lengths(text[auto.start() :]):
        after = text[auto.start() + length.end : auto.start() + length.end + 40]
        if _NOTICE_WORD.search(after[:25]) or _BEFORE_END.match(after):
            continue
        if MIN_TERM_DAYS <= length.days <= MAX_TERM_DAYS:
            return Found(length.days, sentence)
    return None


_ENDED = re.compile(r"[.;:!?)\"”]\s*$")
"""A sentence that ends with its punctuation, not one cut off at a page or clause break."""
_NOT_RENEWING = re.compile(
    r"\bnot\s+to\s+(?:renew|extend)|\bnon-?renewal\b|\b(?:at|upon|on|prior\s+to|before)\s+the\s+"
    r"(?:expiration|expiry|end)\s+of\s+(?:its|the|this|any)\s+(?:\w+\s+)?term\s+or\s+(?:any|a)\s+"
    r"(?:renewal|extended|additional)\s+term",
    re.I,
)
"""A sentence elsewhere that stops a renewal: 'notice of non-renewal', 'may be terminated at the
expiration of its term or any renewal term upon thirty (30) days written notice'."""


def _notice_elsewhere(sentences: list[Sentence]) -> Found | None:
    """The notice to stop a renewal given in a sentence apart from the renewal itself."""
    for sentence in sentences:
        stop = _NOT_RENEWING.search(sentence.text)
        if not stop:
            continue
        for length in find_lengths(sentence.text):
            after = sentence.text[length.end : length.end + 60]
            if _NOTICE_WORD.search(after[:30]) or _BEFORE_END.match(after):
                if length.days < MAX_TERM_DAYS and not length.business:
                    return Found(length.days, sentence)
    return None


def renewal_notice(text: str, sentence: Sentence, quote: str = "") -> Found | None:
    """The notice needed to stop a renewal: the length before 'notice' or before 'prior to the
    end of the term' in a sentence that lets a party stop the renewal."""
    stop = _RENEWAL_STOP.search(text)
    if not stop:
        return None
    for length in find_lengths(text[stop.start() :]):
        begin = stop.start() + length.start
        after = text[stop.start() + length.end : stop.start() + length.end + 60]
        before = text[max(0, begin - 60) : begin]
        if _BEFORE_END.match(after) or re.search(r"notice[^.;]{0,30}$", before, re.I):
            if length.days < MAX_TERM_DAYS:
                return Found(length.days, sentence, quote=quote)
    return None


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
            if _NOTICE_WORD.search(after[:30]) and length.days <= 3 * 365:
                notice = Found(length.days, sentence)
                break
        return Found(True, sentence), notice
    return None, None


def renewal_deadline(expiry: Found | None, notice: Found | None) -> Found | None:
    """The last date to give notice before the first renewal: the expiry less the notice."""
    if expiry is None or notice is None:
        return None
    quote = f"{expiry.key_term().quote} … {notice.key_term().quote}"
    return Found(minus_days(expiry.value, notice.value), notice.sentence, quote=quote)
