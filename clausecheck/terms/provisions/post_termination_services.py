"""Post-termination services: duties that run after the agreement ends (transition, wind-down,
sell-off, completing and paying for what was started)."""

from __future__ import annotations

from clausecheck.terms.rules import MUST_NOT as _MUST_NOT
from clausecheck.terms.rules import Rule
from clausecheck.terms.rules import rule_pattern as _re

_CARRY_ON = (
    r"\b(?:continue\s+to|continued|continuing|transition\w*|wind[- ]?down|wind\s+up|sell[- ]?off|"
    r"sell\s+(?:its|any|remaining|existing|off)|dispose\s+of|(?:remaining|existing)\s+(?:inventory|stock)|"
    r"inventory|orders?|pay(?:s|ment)?|(?!provided\s*,|provided\s+(?:that|however)\b)(?:suppl(?:y|ies|ied|ying)|"
    r"provid(?:e|es|ed|ing)|deliver(?:s|ed|y|ing)?|purchas(?:e|es|ed|ing)|assist(?:s|ed|ing|ance)?|"
    r"complet(?:e|es|ed|ing|ion)|fulfil\w*|return(?:s|ed|ing)?|destroy(?:s|ed|ing)?)|option\s+to\s+(?:purchase|buy|acquire)|right\s+to\s+(?:sell|use|continue|purchase|"
    r"buy))\b"
)
"""What a party goes on doing once the contract ends: supplying, transitioning, selling off stock,
completing orders, buying the other's stock, paying what falls due, handing back what it holds (CUAD's question is any
obligation after the end, and its lawyers count the return of the other's materials)."""
_RUNS_AFTER_END = (
    r"\b(?:for|during)\s+(?:a\s+(?:further\s+)?period\s+of\s+)?(?:up\s+to\s+|at\s+least\s+)?"
    r"(?:[\w()\[\]*-]+\s+){1,3}(?:days?|weeks?|months?|years?)\s+(?:after|following|from|beyond)\s+"
    r"(?:the\s+)?(?:date\s+of\s+|effective\s+date\s+of\s+)?(?:any\s+|such\s+)?(?:early\s+)?"
    r"(?:expiration|termination|expiry)"
)
"""A duty that runs for a stated time after the end: 'for two (2) years following termination'."""
_SECRECY = (
    r"\b(?:confidential|proprietary|non-?disclos\w*|non-?use|secrecy|trade\s+secrets?|"
    r"non-?compet\w*|non-?solicit\w*|solicit\w*|compet\w*)\b"
)
"""Duties after the end that are not services: keeping secrets, returning them, not competing."""
_RESTRAINT = rf"{_MUST_NOT}|\b(?:surviv|prohibit|restrict|refrain)\w*|{_SECRECY}"
"""Words of a duty not to act, or of a clause kept alive, rather than of a service."""
_POST_ENDING = r"(?:termination|expiration|expiry)"
_POST_END_VERB = (
    r"(?:this|the|such)\s+(?:Agreement|Contract|Term|engagement|appointment|arrangement)\s+"
    r"(?:expires|terminates|ends|(?:is|has\s+been)\s+(?:terminated|ended)|has\s+(?:expired|ended)|"
    r"comes\s+to\s+an\s+end)\b"
)
"""The end as a verb: 'after this Agreement expires', 'once the Contract is terminated'."""
_POST_AFTER_END = (
    r"(?:\b(?:after|following|upon|on|from)\s+(?:the\s+)?(?:effective\s+date\s+of\s+)?(?:any\s+)?"
    rf"(?:such\s+)?(?:early\s+|earlier\s+)?{_POST_ENDING}\b"
    r"(?!\s+of\s+(?:the\s+|such\s+|any\s+|said\s+)?(?:[\w()\[\]*-]+\s+){0,3}(?:days?|months?|"
    r"cure|notice|offer|option|exercise|lock-?up|warranty|standstill|(?:payment|grace|trial|"
    r"evaluation|acceptance|review|objection|response|exclusivity)\s+period)\b)"
    r"|\bin\s+the\s+event\s+of\s+(?:(?:any|the|such|an?)\s+)?(?:early\s+)?(?:termination|expiration|expiry)\b"
    r"|\b(?:after|following|from)\s+the\s+end\s+of\s+(?:the|this)\s+(?:Term|Agreement)\b)"
)
"""'after termination', 'upon the expiration', 'in the event of termination', 'after the end of
the Term' (not the end of a notice, cure or payment period)."""
_POST_CARRY_ON = (
    r"(?:(?:(?!provid)|(?<!\bas\s)(?<!\bthe\s)(?<!otherwise\s)(?<!expressly\s))"
    rf"{_CARRY_ON}"
    r"|\b(?:run[- ]?(?:down|off)|payable|hand\s*over|handover|deliver\s+up|sell\s+to|"
    r"make\s+(?:[\w-]+\s+){0,3}?available|export)\b"
    r"|\b(?:shall|will|must|agrees?\s+to|undertakes?\s+to)\s+(?:promptly\s+|immediately\s+|forthwith\s+|also\s+)?"
    r"(?:assign|transfer|convey|co-?operate|support|maintain)(?:\s+and\s+\w+)?\b)"
)
"""``_CARRY_ON`` (not 'as provided', 'the provided logos'), and running down a service, handing
it over, supporting what was sold, making data available, paying what becomes payable, assigning
or transferring what was made."""
_POST_SERVE = (
    r"\b(?:continue\s+to|transition\w*|wind[- ]?down|wind\s+up|sell[- ]?off|run[- ]?(?:down|off)|"
    r"sell\s+(?:its|any|remaining|existing|off)|dispose\s+of|(?:remaining|existing)\s+(?:inventory|stock)|"
    r"(?:shall|will|must)\s+(?:\w+\s+)?(?:pay|supply|provide|complete|fulfil\w*|purchase|support|"
    r"maintain|assist))\b"
)
"""The carrying on of a service or a trade, without handing back or destroying what is held: read
after the end as a verb ('if this Agreement expires, Licensor shall continue to support')."""
_POST_BEFORE_END = (
    r"\b(?:prior\s+to|before|as\s+of|at\s+the\s+time\s+of|on\s+or\s+before|up\s+to|through|until)\s+"
    r"(?:and\s+including\s+)?(?:the\s+)?(?:effective\s+)?(?:(?:date|time)\s+(?:of|on\s+which|that|when)\s+)?"
    rf"(?:such\s+|any\s+|the\s+)?{_POST_ENDING}\b"
)
"""A time up to the end: 'prior to the date on which termination', 'through the termination date'."""
_POST_DONE = (
    r"\b(?:performed|rendered|provided|delivered|supplied|incurred|accrued|earned|shipped|"
    r"completed|sold|licensed|installed|placed|accepted|issued|received|submitted|commenced|"
    r"begun|started)\b"
)
"""What was done or ordered before the end, and is paid for, completed or supported after it."""
_POST_SETTLE = (
    r"\b(?:pay|paid|payment|compensat\w*|reimburs\w*|invoic\w*|remunerat\w*|continue\s+to|support|"
    r"maintain|honou?r|complete|fulfil\w*)\b"
)
"""Paying for, completing or supporting what was done before the end."""
_POST_DUTY_TO = (
    r"\b(?:obligations?|duty|duties|liabilit(?:y|ies)|responsibilit(?:y|ies)|undertakings?)\s+"
    r"(?:(?:of|on)\s+(?:the\s+)?\w+\s+)?to\s+(?:pay|make\s+(?:any\s+)?payments?|provide|deliver|supply|"
    r"return|support|complete|fulfil\w*|perform|purchase|buy|maintain)\b"
)
"""A positive duty named as such: 'its obligation to pay', 'the duty to complete'."""


def _post_gap(stop: str, words: int) -> str:
    """Up to ``words`` words of one sentence before what follows, stepped word by word (what
    follows is tried only where a word starts) and stopping at a word where ``stop`` starts
    again: the later start is nearer and is tried from there, so long text is read once, not
    once for every start in it."""
    return rf"(?:[^\w.;]{{1,8}}(?!{stop})\w{{1,30}}){{0,{words}}}?[^\w.;]{{1,8}}"


_POST_RUNS_AFTER_END = (
    rf"(?:{_RUNS_AFTER_END}"
    r"|\b(?:for|during|over)\s+(?:a\s+(?:further\s+)?period\s+of\s+)?(?:up\s+to\s+|at\s+least\s+)?"
    r"(?:[\w()\[\]*-]+\s+){1,5}(?:days?|weeks?|months?|years?)\s+(?:after|following|from|beyond)\s+"
    rf"(?:{_POST_END_VERB}|the\s+end\s+of\s+(?:the|this)\s+(?:Term|Agreement)\b|the\s+{_POST_ENDING}\s+date"
    rf"|(?:the\s+)?(?:date\s+of\s+|effective\s+date\s+of\s+)?(?:any\s+|such\s+)?(?:early\s+)?{_POST_ENDING}))"
)
"""A duty that runs for a stated time after the end, however the end is put: 'for one hundred and
eighty days after this Agreement expires', 'over a period of three months after the Termination
Date'."""
_POST_RESTRAINT = rf"{_RESTRAINT}|\b(?:remains?|be)\s+bound\b"
"""``_RESTRAINT``, and a clause that binds for a time: 'shall remain bound by this Paragraph'."""
_POST_RESTRICTION_AFTER_END = (
    r"^(?![\s\S]*\b(?:continue\s+to|sell[- ]?off|wind[- ]?down|transition\w*|retain\w*)\b)[\s\S]*?"
    rf"\b(?=\w\w)(?:{_POST_RUNS_AFTER_END}[^.;]{{0,120}}?(?:{_POST_RESTRAINT})"
    rf"|(?:{_POST_RESTRAINT})[^.;]{{0,200}}?{_POST_RUNS_AFTER_END})"
)
"""A restraint or a secret kept for a time after the end, not a service: 'for one year following
termination, neither party shall solicit', 'shall survive for three years after expiry'. A
sentence that also lets a party go on selling or transitioning is a service all the same."""
_POST_TRANSITION_IN = (
    r"^(?![\s\S]*\b(?:terminat\w*|expir\w*|exit|replacement|successor)\b)(?=[\s\S]*?\btransition)"
    r"[\s\S]*?\b(?:(?:from|out\s+of)\s+(?:its|the|their)\s+(?:incumbent|existing|current|previous|"
    r"prior|legacy)|(?:first|initial)\s+(?:[\w()-]+\s+){0,3}(?:days|weeks|months)\s+(?:of|after|"
    r"following)\s+the\s+(?:Effective\s+Date|Initial\s+Term|Term|commencement))\b"
)
"""A transition into the service at the start ('during the first ninety days of the Term', 'from
its incumbent provider'), in a sentence that speaks of no end."""

RULE = Rule(
    says=_re(
        # every way of saying it starts a word of two letters or more: tried only there
        r"\b(?=\w\w)(?:"
        rf"{_POST_AFTER_END}{_post_gap(_POST_AFTER_END, 28)}{_POST_CARRY_ON}"
        rf"|{_POST_CARRY_ON}{_post_gap(_POST_CARRY_ON, 21)}{_POST_AFTER_END}"
        rf"|\b(?:after|following|upon|on|when|once|if|where)\s+{_POST_END_VERB}"
        rf"{_post_gap(_POST_END_VERB, 28)}{_POST_SERVE}"
        rf"|{_POST_RUNS_AFTER_END}"
        rf"|\b(?:orders?|work|projects?|statements?\s+of\s+work|engagements?|shipments?)\b[^.;]{{0,60}}?"
        rf"{_POST_DONE}[^.;]{{0,40}}?{_POST_BEFORE_END}"
        rf"|{_POST_SETTLE}{_post_gap(_POST_SETTLE, 17)}{_POST_DONE}\s+(?:[\w-]+\s+){{0,3}}?{_POST_BEFORE_END}"
        rf"|\b(?:outstanding|unpaid|owing|owed|accrued)\b[^.;]{{0,40}}?\b(?:at|as\s+of|on|upon)\s+"
        rf"(?:the\s+)?(?:effective\s+)?(?:date\s+of\s+)?(?:such\s+|any\s+)?{_POST_ENDING}\b[^.;]{{0,80}}?"
        r"\b(?:due|payable)\b"
        r"|\b(?:not|no\s+\w+\s+shall(?:\s+be)?)\s+(?:\w+\s+){0,2}?(?:relieve|release|discharge|excuse)\w*\b"
        rf"[^.;]{{0,100}}?{_POST_DUTY_TO}"
        r"|\btransition(?:al)?\s+(?:services|assistance|period)\b|\b(?:wind[- ]down|sell[- ]off|"
        r"run[- ]off|phase[- ]out|disposal)\s+period\b"
        r"|\b(?:termination|exit)\s+assistance\b|\b(?:last|final)[- ]time[- ]buy\b|\bfinal\s+purchase\b)"
    ),
    unless=_re(
        r"\brelieved\s+of|\bno\s+(?:further\s+)?(?:obligation|liability)|\bnot\s+(?:be\s+)?(?:obligated|"
        r"obliged|required|liable|responsible)"
        r"|\b(?:not\s+have|(?:neither|no)\s+\w+\s+(?:shall|will)\s+have)\s+any\s+(?:further\s+)?(?:obligations?|"
        r"liabilit\w*)"
        r"|\b(?:rights?|remedies|liabilit\w*)\s+(?:\w+\s+){0,4}(?:accrued|incurred)\b|\baccrued\s+(?:rights|remedies)\b"
        r"|\bcontinue\s+(?:to\s+(?:bind|apply|have\s+(?:full\s+)?(?:force|effect)|be\s+(?:in\s+)?(?:full\s+)?"
        r"(?:force|effect|binding|enforceable))|in\s+(?:full\s+)?(?:force|effect))"
        r"|\b(?:void|invalid|of\s+no\s+(?:force|effect)|not\s+be\s+(?:accepted|binding|valid))\b"
        r"|\brenewal\s+(?:orders?|subscriptions?|terms?|periods?)\b"
        r"|\bnon-?refundable\b"
        r"|\bnot\s+(?:affect|prejudice|impair)\b|\bnotice\s+(?:\w+\s+){0,3}?(?:delivered|given|provided)\b"
    ),
    vetoed_by=_re(
        rf"{_POST_RESTRICTION_AFTER_END}"
        rf"|{_POST_TRANSITION_IN}"
        r"|\b(?=\w\w)(?:renew(?:s|ed|al)?\b[^.;]{0,80}?\b(?:successive|additional|further)"
        r"|expiration\s+of\s+(?:\w+\s+)?(?:\(\d+\)\s+)?(?:business\s+)?days\s+after"
        r"|(?:shall|will|may)\s+not\s+be\s+(?:restricted|prohibited|prevented|limited|precluded)\b"
        r"|(?:free|at\s+liberty)\s+to\s+(?:appoint|engage|grant|license|deal|contract)\b)"
    ),
    heading=_re(
        r"\b(?:post[- ]termination|"
        r"(?:termination|exit|transition)\s+(?:assistance|management|services|plan)|exit|"
        r"wind[- ]?down|(?:obligations|duties)\s+(?:on|upon|after|following)\s+(?:termination|expir\w*))\b"
    ),
    in_heading=_re(
        r"(?:\b(?:shall|will|must|agrees?\s+to|undertakes?\s+to)\s+|^\W*\(\w{1,4}\)\s+)"
        r"(?:promptly\s+|immediately\s+|forthwith\s+|also\s+)?(?:continue\s+to|provide|pay|return|"
        r"deliver|co-?operate|transfer|assign|complete|fulfil\w*|supply|purchase|buy|sell|"
        r"make\s+available|support|assist)\b"
    ),
)
