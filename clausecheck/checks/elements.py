"""Missing categories and missing elements of present ones."""

from __future__ import annotations

import re

from clausecheck.checks.base import (
    REDACTION,
    Context,
    clause_ref,
    issue,
    normalise_number,
    sentences,
)
from clausecheck.terms import NUMBER_WORD, notice_days, payment_days
from clausecheck.types import CATEGORY_TITLES, Issue

CODE_MISSING = "missing"
CODE_MISSING_ELEMENT = "missing_element"

SUGGESTIONS = {
    "scope": "Describe the services: channels (inbound, outbound, email, chat), hours, languages, sites and volumes.",
    "sla": "State measurable service levels, e.g. 80% of calls answered within 20 seconds, abandonment under 5%, with monthly reporting and service credits.",
    "pricing": "State the rates and their basis (per hour, minute, call or FTE), invoicing, and payment within a fixed number of days.",
    "confidentiality": "Define Confidential Information, the duty not to disclose it, data-protection obligations and how long the duty lasts.",
    "termination": "State the term, renewal, termination rights (breach with cure period, convenience) and the notice period in days.",
    "governing_law": "Name the law that governs the agreement, e.g. 'This Agreement is governed by the laws of England and Wales.'",
    "waiver": "Add a no-waiver clause: failure or delay in exercising a right is not a waiver, and a waiver is effective only in writing.",
}
ELEMENT_MESSAGES = {
    ("sla", "measurable_target"): (
        "no measurable target (a percentage or a time)",
        "Give each service level a number: a percentage, a time and a measurement period.",
    ),
    ("pricing", "amount"): (
        "no amount or rate",
        "State the rate and its basis, e.g. $28.50 per productive agent hour.",
    ),
    ("pricing", "payment_terms"): (
        "no payment term",
        "Say when invoices are due, e.g. within thirty (30) days of receipt.",
    ),
    ("termination", "notice_period"): (
        "no notice period",
        "State the notice period in days for each termination right.",
    ),
    ("governing_law", "jurisdiction"): (
        "no named jurisdiction",
        "Name the jurisdiction whose law governs, e.g. the State of New York.",
    ),
    ("confidentiality", "duration"): (
        "no duration for the confidentiality obligations",
        "Say how long the obligations last, e.g. five (5) years after termination.",
    ),
    ("waiver", "written_form"): (
        "no requirement that a waiver be in writing",
        "Require any waiver to be in writing and signed by the waiving party.",
    ),
    ("scope", "channels"): (
        "no channels named",
        "Name the channels served: inbound and outbound calls, email, chat.",
    ),
}


def missing_issue(category: str) -> Issue:
    title = CATEGORY_TITLES[category]
    return issue(
        CODE_MISSING,
        "high",
        f"{title}: no clause found.",
        suggestion=SUGGESTIONS[category],
    )


def element_present(category: str, element: str, ctx: Context) -> bool:
    """Whether the agreement states the element for a category.

    Most elements are looked for in the category's own clauses. A payment term, a written-form
    rule for waivers and a survival period for confidentiality may sit elsewhere (a 'Payment'
    clause, an 'Amendments and Waivers' clause, a survival clause naming the confidentiality
    section), so those are looked for across the document too.
    """
    terms = ctx.terms.get(category, {})
    evidence = ctx.evidence.get(category, [])
    text = " ".join(c.text for c in evidence)
    everything = " ".join(c.text for c in ctx.clauses)
    if element == "measurable_target":
        return any(m["target"] is not None for m in terms.get("metrics", [])) or bool(
            _TIMED_TARGET.search(text) or _MEASURE.search(text) or _TARGETS_ELSEWHERE.search(text)
        )
    if element in ("amount", "payment_terms") and _NOTHING_TO_PAY.search(text):
        return True  # 'royalty-free', 'no compensation': the agreement states there is no price
    if element == "amount":
        return (
            bool(terms.get("amounts"))
            or bool(_PRICED_ELSEWHERE.search(text))
            or bool(REDACTION.search(text))
            or bool(re.search(r"\d+(?:\.\d+)?\s*%|\bper cent\b|\bpercent\b", text))
            or bool(_PRICE_ELSEWHERE.search(text))
            or bool(_MONEY.search(text))
        )
    if element == "payment_terms":
        return (
            bool(terms.get("payment_days"))
            or bool(_PAYMENT_WHEN.search(text))
            or bool(_REDACTED_DEADLINE.search(text))
            or bool(_PAYMENT_TERMS_ELSEWHERE.search(text))
            or bool(_PAYMENT_RHYTHM.search(text))
            or bool(payment_days(everything))
        )
    if element == "notice_period":
        if terms.get("notice_days") or _REDACTED_PERIOD.search(text):
            return True
        # Only a right to end the agreement at will needs a period of notice: a right for breach
        # or insolvency takes effect on its notice or after its cure period, and a fixed term
        # with no right to end it early needs none. (On the CUAD study half most findings about
        # rights for cause were of rights that take effect 'upon delivery of written notice'.)
        return not _convenience_without_period(text)
    if element == "jurisdiction":
        return bool(terms.get("jurisdiction")) or not _CHOOSES_LAW.search(text)
    if element == "duration":
        return (
            terms.get("survival") is not None
            or bool(_INDEFINITE.search(text))
            or _survival_clause_covers(evidence, ctx)
        )
    if element == "written_form":
        return bool(terms.get("written_form_required")) or bool(_WRITTEN_WAIVER.search(everything))
    if element == "channels":
        return bool(terms.get("channels"))
    raise ValueError(f"unknown element {element!r}")


_MEASURE = re.compile(
    rf"\b(?:\d+(?:\.\d+)?|{NUMBER_WORD})\b(?:\s*\(\d+\))?[\s-]*(?:seconds?|minutes?|hours?|"
    r"(?:business |working |calendar )?days?|weeks?|points?|per ?cent|%)|\b\d{1,2}:\d{2}\s*[ap]\.?m\b",
    re.IGNORECASE,
)
"""A number with a unit of time or a score: '60 points', 'within one business day', '3:00 p.m.'."""
_MONEY = re.compile(
    r"(?:[$£€]|\b(?:USD|US\$|EUR|GBP|RMB|CAD|AUD|JPY|CHF|INR)\s?)\s?\d[\d,]*(?:\.\d+)?|"
    r"\b\d[\d,]*(?:\.\d+)?\s?(?:dollars|euros|pounds|USD|EUR|GBP)\b|"
    r"\b\d[\d,]*\s+(?:shares|units)\s+of\b",
    re.IGNORECASE,
)
"""An amount the terms extractor may miss: 'USD1.50 per photo', '3,000,000 shares of ...'."""

# When payment falls due, in words: on an event, on a date, or in a rhythm.
_PAYMENT_WHEN = re.compile(
    r"in advance|in arrears|upon receipt|on receipt|on demand|immediately|net \d+|"
    r"\b(?:pa(?:y|id|yable)|due|issuable|delivered)\b[^.;]{0,40}?\b(?:at|on|upon)\s+(?:the\s+)?"
    r"(?:contract |agreement )?(?:signing|execution|closing|signature)|"
    r"\b(?:until|after|upon|on|following|within[^.;]{0,20}of)\s+(?:the\s+)?(?:\w+\s+){0,3}"
    r"(?:actually\s+)?receiv\w*\s+(?:of\s+)?(?:such\s+|the\s+)?(?:payments?|funds|amounts?|monies)|"
    r"\b(?:pa(?:y|id|yable)|due|remit\w*)\b[^.;]{0,80}?\b(?:upon|on|at)\s+(?:the\s+)?"
    r"(?:execution|signing|signature|delivery|shipment|acceptance|completion|invoic\w*|"
    r"the (?:first|last|fifteenth) (?:day|business day)|or before|or prior to|the date)|"
    r"\b(?:pa(?:y|id|yable)|due)\b[^.;]{0,60}?\b(?:monthly|quarterly|annually|weekly|each month|"
    r"each quarter|each calendar (?:month|quarter)|per (?:month|quarter))\b|"
    r"\b(?:monthly|quarterly|annual|weekly)\b[^.;]{0,40}?\b(?:pa(?:y|id|yable)|invoic\w*)\b|"
    r"\b(?:upon|on|at)\s+(?:the\s+)?(?:execution|signing|signature|delivery|shipment|acceptance|"
    r"completion)\b[^.;]{0,80}?\bpa(?:y|id|yable)\b",
    re.IGNORECASE,
)
_ATTACHMENT = (
    r"(?:Schedule|Exhibit|Appendix|Annex|Attachment|Addendum|Order Form|Statement of Work|SOW)"
)
# Rates and payment terms stated in an attachment or a price list are stated, not missing.
_PRICE_ELSEWHERE = re.compile(
    r"\b(?:prices?|pricing|fees?|rates?|charges?|amounts?|royalt\w*|compensation|\[\*+\])"
    rf"[^.;]{{0,60}}?\b(?:set (?:forth|out)|specified|listed|stated|described|contained|detailed) in "
    rf"(?:the )?(?:relevant |applicable |attached )?{_ATTACHMENT}|\bprice ?lists?\b|"
    r"\b(?:then[- ])?current (?:list )?prices?\b|\bpublished prices?\b",
    re.IGNORECASE,
)
_NOTHING_TO_PAY = re.compile(
    r"\broyalty[- ]free\b|\bfully[- ]paid\b|\bfree of charge\b|\bat no (?:cost|charge)\b|"
    r"\bno (?:upfront |additional |further )?(?:compensation|fees?|charges?|consideration|royalt\w+) "
    r"(?:shall|will|is|are)\b|\bwill receive no\b|\bshall (?:bear|pay) (?:all )?(?:of )?its own\b|"
    r"\bnot be entitled to (?:any|receive any) (?:compensation|fees?|remuneration|consideration)\b|"
    r"\bwithout (?:compensation|charge|any (?:fee|payment))\b",
    re.IGNORECASE,
)
"""The agreement says nothing is paid ('royalty-free', 'will receive no upfront compensation'):
no amount or payment term is missing."""
_PRICED_ELSEWHERE = re.compile(
    r"\b(?:fees?|prices?|pricing|rates?|charges?|compensation|royalt\w*|amounts?|costs?|purchase\w*)\b"
    rf"[^.;]{{0,80}}?\b(?:set (?:forth|out)|specified|listed|described|detailed|agreed) in (?:the |each |any )?"
    rf"(?:relevant |applicable |attached )?(?:{_ATTACHMENT}|work orders?|purchase orders?|"
    r"statements? of work|quotations?|proposals?)\b|"
    r"\b(?:fees?|prices?|rates?|charges?)\b[^.;]{0,40}\b(?:in|under) (?:the |each |any )?"
    r"(?:applicable |relevant )?(?:work|purchase) orders?\b|"
    r"\b(?:excess|difference)\b[^.;]{0,40}\bover\b|\bsales (?:load|charge|commission)\b",
    re.IGNORECASE,
)
"""Prices and payment terms that live elsewhere ('the level of support set forth in Attachment 1',
'the fees in each Work Order') or follow a formula ('the excess of the sales price over the net
asset value')."""
_TARGETS_ELSEWHERE = re.compile(
    rf"\b(?:service levels?|response times?|resolution times?|targets?|kpis?|metrics?)\b[^.;]{{0,80}}?"
    rf"\b(?:set (?:forth|out)|specified|listed|described|detailed) in (?:the )?{_ATTACHMENT}",
    re.IGNORECASE,
)
"""'Initial response times are as set forth in Attachment 1': the targets are stated there."""
_PAYMENT_RHYTHM = re.compile(
    r"\b(?:monthly|quarterly|annually|semi-annually|weekly|each (?:month|quarter|year)|"
    r"(?:calendar )?(?:month|quarter|year)ly basis|(?:on|at) each sale|at the time of)\b|"
    rf"\b(?:\d+|{NUMBER_WORD})\s*(?:\(\d+\)\s*)?(?:calendar |business |working )?days?\s+"
    r"(?:after|following|from|of)\s+(?:the\s+)?(?:date\s+of\s+)?(?:shipment|delivery|invoice|"
    r"receipt|acceptance|the end of)|\b(?:prior to|before|upon|on)\s+(?:shipment|delivery)\b",
    re.IGNORECASE,
)
"""A rhythm of payment anywhere in the pricing clauses ('continue on a quarterly basis')."""
_CHOOSES_LAW = re.compile(
    r"\bgovern\w*|\bconstru\w*|\blaws?\s+of\b|\bchoice of law|\bapplicable law\b", re.I
)
"""Words by which a clause chooses a law; a remedies or venue clause the model read as governing
law, without them, has no jurisdiction missing."""
_PAYMENT_TERMS_ELSEWHERE = re.compile(
    rf"\bpayment terms?\b[^.;]{{0,100}}\b{_ATTACHMENT}|\b{_ATTACHMENT}\b[^.;]{{0,100}}\bpayment terms?\b",
    re.IGNORECASE,
)
_REDACTED_DEADLINE = re.compile(
    rf"\b(?:within|after|before|no later than|not later than|prior to)\s+(?:{REDACTION.pattern})",
    re.IGNORECASE,
)
# An SLA that gives any time limit or percentage states a measurable target, even for a metric
# that has no name in the terms extractor ("respond to support requests within one Business Day").
_TIMED_TARGET = re.compile(
    rf"\bwithin\s+(?:\d+|{NUMBER_WORD})\b[^.;]{{0,20}}?"
    r"\b(?:seconds?|minutes?|hours?|(?:business |working )?(?:days?|weeks?))\b",
    re.IGNORECASE,
)
_REDACTED_PERIOD = re.compile(
    rf"(?:{REDACTION.pattern})[\s-]*(?:\(\s*\S*\s*\)\s*)?(?:business |calendar |working )?"
    r"(?:-\s*)?(?:days?|months?)\W{0,3}(?:prior |advance |written |of )*notice|"
    rf"(?:{REDACTION.pattern})\s*(?:\(\s*\S*\s*\)\s*)?(?:day\s+|month\s+)?period|"
    rf"(?:{REDACTION.pattern})\s*(?:prior\s+|advance\s+)?(?:written\s+)?notice",
    re.IGNORECASE,
)
_IMMEDIATE = re.compile(
    r"immediately|with immediate effect|forthwith|effective (?:upon|on) (?:the )?(?:delivery|receipt|giving)|"
    r"\b(?:upon|on|by)\s+(?:the\s+)?(?:delivery|receipt|service|giving)\s+of\s+(?:a\s+|such\s+)?"
    r"(?:prior\s+)?(?:written\s+)?notice|\bterminat\w*\s+(?:upon|on)\s+(?:the\s+)?occurrence",
    re.IGNORECASE,
)
"""Termination that takes effect on the notice itself, or on an event: no period is needed."""
_EXPRESSLY_AT_WILL = re.compile(r"for convenience|without cause|for any reason", re.IGNORECASE)
_AT_WILL = re.compile(rf"{_EXPRESSLY_AT_WILL.pattern}|at any time", re.IGNORECASE)
"""'At any time' reads as at will too, unless the right depends on a cause (_FOR_CAUSE)."""
_INDEFINITE = re.compile(
    r"surviv|thereafter|at all times|at no time|not\W+at any time|in perpetuity|perpetual|indefinitely|for so long as|until (?:such )?(?:information|it) (?:becomes|is) public|"
    r"permanently|permanent\b|forever|from and after the (?:date|effective date)|at any time (?:during|before|after|hereafter)",
    re.IGNORECASE,
)
_WRITTEN_WAIVER = re.compile(
    r"waiv(?:e|er|ers|ed|es|ing)\b[^.]{0,120}\b(?:in writing|written|signed)|(?:in writing|written)[^.]{0,100}\bwaiv",
    re.IGNORECASE,
)


_FOR_CAUSE = re.compile(
    r"\b(?:if|upon|on|in the event (?:of|that)|where|following|should)\b[^.;]{0,60}?"
    r"\b(?:breach|default|insolven|bankrupt|fail|change of control|cure)",
    re.IGNORECASE,
)
"""A right that depends on a breach, insolvency or other cause: not a right at will."""


def _convenience_without_period(text: str) -> bool:
    """A right to terminate at will that gives no notice period.

    "At any time" in a right to terminate if the other party is in breach or insolvent is not a
    right at will, and "immediately upon written notice" states its period: none.
    """
    for _, sentence in sentences(text):
        for part in sentence.split(";"):
            if not (_AT_WILL.search(part) and _RIGHT_TO_END.search(part)):
                continue  # 'termination for any reason shall not affect ...' grants no right
            if (
                notice_days(part)
                or _IMMEDIATE.search(sentence)
                or _NOT_BY_NOTICE.search(part)
                or _MUTUAL.search(part)
                or _REDACTED_PERIOD.search(sentence)
            ):
                continue
            if not _EXPRESSLY_AT_WILL.search(part) and (
                _FOR_CAUSE.search(sentence) or _CONDITIONED.search(sentence)
            ):
                continue  # the cause may sit in another limb ('...; (i) if ...') or a list below
            return True
    return False


_RIGHT_TO_END = re.compile(
    r"\b(?:may|can|shall be entitled to|is entitled to|has the right to|have the right to|"
    r"right to)\s+(?:\w+\s+){0,3}?terminat|\bmay\s+(?:\w+\s+){0,6}?terminat",
    re.IGNORECASE,
)
"""A party's right to end the agreement ('either party may terminate'), not a mention of one."""
_MUTUAL = re.compile(r"by mutual (?:consent|agreement)|mutually agree", re.IGNORECASE)
_CONDITIONED = re.compile(
    r"\b(?:if|upon|in the event|where|should|provided that|following|as follows)\b\s*:?|:\s*$",
    re.IGNORECASE,
)
"""'At any time ... if:' or '... at any time as follows:': a right that depends on conditions set
out after it, not a right at will."""
_NOT_BY_NOTICE = re.compile(
    r"\bby (?:destroying|ceasing|returning|discontinuing|uninstalling)\b", re.IGNORECASE
)
"""'Customer may terminate the licence at any time by destroying the software': no notice."""


def _survival_clause_covers(evidence: list, ctx: Context) -> bool:
    """A survival clause elsewhere that names the confidentiality section or obligations."""
    numbers = {normalise_number(c.number).split(".")[0] for c in evidence if c.number}
    for clause in ctx.clauses:
        if not re.search(r"surviv", clause.text, re.IGNORECASE):
            continue
        if re.search(r"confidential", clause.text, re.IGNORECASE):
            return True
        cited = set(re.findall(r"(?:Sections?|Articles?|[Cc]lauses?|,|and)\s+(\d+)", clause.text))
        if numbers & cited:
            return True
    return False


CATEGORY_SIGNAL: dict[str, re.Pattern[str]] = {
    "sla": re.compile(
        r"service levels?|\bSLAs?\b|\bKPIs?\b|key performance|performance (?:standards?|levels?|"
        r"indicators?|targets?|criteria)|availability|uptime|up-time|downtime|response times?|"
        r"resolution times?|respond|resolve|service credits?|speed of answer|abandon|"
        r"turnaround|fix times?|repair times?|restore|\bperformance\b|\bsupport\b",
        re.I,
    ),
    "pricing": re.compile(
        r"\bfees?\b|\bprices?\b|\bpricing\b|\brates?\b|royalt|compensation|commission|invoic|"
        r"\bpa(?:y|id|yable|yments?)\b|remunerat|consideration|charges?\b|[$£€]|\b(?:USD|EUR|GBP)\b",
        re.I,
    ),
    "termination": re.compile(r"terminat|expir|\bterm\b|renew|cancel", re.I),
    "governing_law": re.compile(r"\blaws?\b|govern|jurisdiction|construed", re.I),
    "confidentiality": re.compile(
        r"confidential|secre(?:t|cy)|non-?disclos|proprietary information|personal data|privacy",
        re.I,
    ),
    "waiver": re.compile(r"waive", re.I),
}
"""Words without which a clause cannot be the category it was read as: an element check has
nothing to judge in a 'pricing' clause that only says each party bears its own costs, or a
'service level' clause that lists commercials to air."""
_OWN_COSTS = re.compile(
    r"(?:bear|pay|be responsible for)\s+(?:all\s+)?(?:of\s+)?(?:its|their|his|her)\s+own\s+"
    r"(?:costs|expenses|fees)[^.;]*",
    re.I,
)


def shows_category(category: str, clauses: list) -> bool:
    """Whether the evidence reads as the category at all (CATEGORY_SIGNAL)."""
    signal = CATEGORY_SIGNAL.get(category)
    if signal is None:
        return True
    text = " ".join(c.text for c in clauses)
    if category == "pricing":
        text = _OWN_COSTS.sub(" ", text)
    return bool(signal.search(text))


def check_elements(category: str, ctx: Context) -> list[Issue]:
    """One issue per required element that the category's clauses do not state.

    High severity where a clause headed as the category is among the evidence (a 'Fees' or
    'Termination' section): then the category is surely there and the element surely missing.
    Where the evidence is only clauses the model read as the category, under other headings or
    none, the issue is of low severity: on the CUAD study half most such findings came from a
    clause that was not of the category at all (an own-costs clause read as pricing, a remedies
    clause read as governing law). A written-form rule for waivers is looked for across the whole
    document, so its absence is high either way."""
    evidence = ctx.evidence.get(category, [])
    if not evidence or not shows_category(category, evidence):
        return []
    issues = []
    headed = any(is_headed_as(category, c) for c in evidence)
    for element in ctx.playbook.elements.get(category, ()):
        if not element_present(category, element, ctx):
            what, suggestion = ELEMENT_MESSAGES[(category, element)]
            first = ctx.primary(category)
            sure = headed or element in DOCUMENT_WIDE_ELEMENTS
            issues.append(
                issue(
                    CODE_MISSING_ELEMENT,
                    "high" if sure else "low",
                    f"{CATEGORY_TITLES[category]} ({clause_ref(first)}) states {what}."
                    + ("" if sure else " No clause is headed as this category: check the finding."),
                    first,
                    suggestion=suggestion,
                    element=element,
                )
            )
    return issues


DOCUMENT_WIDE_ELEMENTS = frozenset({"written_form"})
"""Elements looked for in every clause of the document, not only the category's evidence."""
CATEGORY_HEADINGS: dict[str, re.Pattern[str]] = {
    "scope": re.compile(r"servic|scope|statement of work|deliverabl|obligations of", re.I),
    "sla": re.compile(
        r"service levels?|\bSLA|performance|availability|support|response|maintenance", re.I
    ),
    "pricing": re.compile(
        r"fee|pric|payment|compensation|royalt|charges|invoic|consideration|remuneration|rates?\b|commission",
        re.I,
    ),
    "confidentiality": re.compile(
        r"confidential|non-?disclos|proprietary|secrecy|data protection|privacy", re.I
    ),
    "termination": re.compile(r"\bterm\b|terminat|duration|expir|renewal|cancel", re.I),
    "governing_law": re.compile(r"govern|law|jurisdiction", re.I),
    "waiver": re.compile(r"waive", re.I),
}
"""Headings that name each category ('Fees and Payment', 'Term and Termination')."""


def is_headed_as(category: str, clause) -> bool:
    """Whether the clause, or a section it sits in, is headed as the category."""
    pattern = CATEGORY_HEADINGS.get(category)
    heading = " / ".join(filter(None, (clause.heading, clause.context_heading)))
    return bool(pattern and heading and pattern.search(heading))
