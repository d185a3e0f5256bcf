"""Liquidated damages: a sum fixed in advance for a breach or a delay, or a fee on termination."""

from __future__ import annotations

from clausecheck.terms.rules import Rule
from clausecheck.terms.rules import rule_pattern as _re

_SUM_AHEAD = (
    r"(?=[^.;]{0,40}?(?:\$|US\$|€|£|\[|\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|"
    r"twenty|fifty|hundred|thousand|percent)\b))"
)
"""A sum or a rate within the next few words: 'a penalty of two percent', 'of $500'."""
_LD_REMAINDER = (
    r"(?:the\s+)?(?:remainder|balance|rest|unexpired\s+(?:portion|part|period|term)|remaining\s+"
    r"(?:portion|part|period|term|months|years))\s+of\s+(?:the\s+|such\s+|its\s+)?(?:then[- ]"
    r"current\s+|initial\s+|renewal\s+|subscription\s+|contract\s+|minimum\s+|service\s+)?"
    r"(?:term|period|contract|agreement|lease)\b"
)
"""'the remainder of the Initial Term', 'the unexpired portion of the Subscription Term'."""
_LD_FEE_WORD = (
    r"\b(?:fees?|charges?|royalt(?:y|ies)|payments?|rent(?:als?)?|amounts?|sums?|commitments?|"
    r"minimums?)\b"
)
"""A sum owed for a period: 'Fees', 'Minimum Royalties', 'rentals'."""
_LD_FOR_REMAINDER = rf"\b(?:for|in\s+respect\s+of|attributable\s+to)\s+{_LD_REMAINDER}"
_LD_FEES_LEFT = (
    rf"{_LD_FEE_WORD}(?=[^.;]{{0,70}}?\b(?:remainder|balance|rest|unexpired|remaining)\s)"
    rf"(?:\s+[\w()-]{{1,40}}){{0,7}}?\s+{_LD_FOR_REMAINDER}"
)
"""The fees still to run, as a sum: 'all License Fees for the remainder of the Initial Term', 'the
Fees that would have been payable for the unexpired portion of the Term'. Not fees paid on
'during' or 'throughout' the rest of the term, which carry the agreement on rather than end it
for a sum."""
_LD_ON_END_FEES_LEFT = (
    rf"\b(?:terminat|cancel)\w{{0,12}}\b(?=[^.;]{{0,150}}?{_LD_FEE_WORD})[^.;]{{0,150}}?"
    rf"{_LD_FOR_REMAINDER}"
    rf"|{_LD_FEES_LEFT}[^.;]{{0,120}}?\b(?:terminat|cancel)"
)
"""On an early end, the fees still to run: 'if Licensee terminates ..., all License Fees for the
remainder of the Initial Term shall become due', 'shall pay the Minimum Royalties for the
remainder of the Term within thirty days of termination'. The fee word is looked for ahead
first, so that a long run of 'terminate' and 'fees' costs one scan per word."""
_LD_NUMBER = r"\d{0,11}(?:,\d{3}){0,4}(?:\.\d{1,3})?"
"""The rest of a number after its first digit: '000', ',500,000', '.25'."""
_LD_NUMBER_PENALTY = (
    rf"\b\d(?:(?<=[$£€]\d)|(?<=[$£€]\s\d)){_LD_NUMBER}\)?\s*(?:[\w-]{{1,30}}\s+){{0,2}}"
    r"penalt(?:y|ies)\b"
    rf"|\b\d{_LD_NUMBER}\s*(?:%|per\s*cent\b|percent\b)\)?\s*(?:[\w-]{{1,30}}\s+){{0,2}}"
    r"penalt(?:y|ies)\b"
)
"""A sum or a rate named before the penalty: 'a $1,000 late penalty', 'a 300% non-consent
penalty', 'ten percent (10%) penalty'. Each branch opens on a word boundary and a digit, as the
rule's other branches open on a word boundary and a letter: a branch that opens on a currency
sign or a group makes Python's search of the whole rule several times slower."""
_LD_NOT_A_PENALTY = r"\bnot\s+(?:as\s+)?a\s+penalty\b"
"""'and not a penalty': liquidated damages only said of a sum ('the sum payable ... is not a
penalty', 'not a penalty, $100 per day'), since a price mechanism or a remedy may be called 'not
a penalty' too."""
_LD_LATE = (
    r"(?:late|overdue|delay(?:ed)?|behind|beyond|unfilled|undelivered|not\s+(?:delivered|"
    r"completed|achieved|met))"
)
"""Words of lateness after 'for each day by which delivery is ...'."""
_LD_NOT_OWED = (
    r"\b(?:not|never|neither|nor|no)\b[^.;]{0,40}?\b(?:entitled|liable|obliged|obligated|required|"
    r"owe|due|payable)\b[^.;]{0,30}?\b(?:any|an?)\s+(?:[\w-]{1,30}\s+){0,2}(?:fee|charge|penalty|"
    r"payment|damages|compensation|royalt(?:y|ies))"
    r"|\bwithout\s+(?:any\s+)?(?:liability|obligation)\s+(?:for|to\s+pay)\b"
    r"|\bno\s+(?:early\s+)?(?:cancell?ation|termination|exit|break)\s+(?:fee|penalty|charge|payment)"
    r"|\b(?:refund|reimburs|repay|credit\s+back)"
    r"|\bnot\s+(?:be\s+)?(?:obliged|obligated|required|liable|responsible)\s+(?:to\s+pay|for)\b"
    r"|\b(?:late|overdue|unpaid|outstanding)\s+(?:payments?|invoices?|amounts?|sums?|balances?)\b"
    r"|\b(?:payments?|invoices?|amounts?\s+(?:due|owed|owing)|balances?)\s+(?:is|are|remains?)\s+"
    r"(?:late|overdue|unpaid|outstanding)\b"
)
"""A fee that is not owed, refunded, or late payment of an invoice: 'shall not be entitled to any
termination fee', 'without liability for any termination charge', 'shall refund the fees for the
remainder of the Term', 'for each day that any invoice remains unpaid'."""

RULE = Rule(
    says=_re(
        rf"\b(?:liquidated|stipulated|pre-?agreed|agreed)\s+(?:sum\s+(?:as\s+)?)?damages\b(?!\s+caps?\b)"
        r"|\bpre-?estimate\b|\b(?:estimate|forecast|approximation)\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}"
        r"(?:loss|losses|damages?|harm|injury)\b"
        rf"|{_LD_NOT_A_PENALTY}{_SUM_AHEAD}"
        r"|\b(?:break(?:[- ]?up)?|kill|exit|cancell?ation)\s+(?:fee|charge|penalt(?:y|ies))"
        r"|\bpenalt(?:y|ies)\s+for\s+(?:(?:the|any|each|every)\s+)?(?:late|delay|non-?|failure|breach)"
        r"|\b(?:early\s+)?termination\s+(?:fee|penalty|penalties|charge)s?\b"
        r"|\b(?:an?|the)\s+(?:early\s+)?termination\s+payment\b"
        r"|\bearly\s+termination\s+(?:amount|sum)s?\b"
        r"|\b(?:late|delay(?:ed)?)[- ](?:(?:delivery|completion|performance|shipment|go-?live)[- ]"
        r"(?:penalt(?:y|ies)|damages|charges?|compensation|payments?|fees?)|penalt(?:y|ies)|damages)\b"
        r"|\bdelay\s+(?:compensation|charges?)\b"
        rf"|\bpenalt(?:y|ies)\s+(?:of|equal|in\s+the\s+amount|amounting)\b{_SUM_AHEAD}"
        rf"|\b(?:pay|paid|payable|owe|forfeit)\w*\b[^.;]{{0,60}}?\b(?:as\s+(?:a\s+)?|by\s+way\s+of\s+"
        r"(?:a\s+)?)(?:penalty|penalties|liquidated(?!\s+(?:debts?|sums?|demands?|amounts?|claims?))|"
        r"compensation\s+for\s+(?:the\s+)?delay)"
        r"|\b(?:for|per|in\s+respect\s+of)\s+(?:each|every)\s+(?:full\s+|complete\s+|whole\s+)?"
        r"(?:calendar\s+|business\s+|working\s+)?(?:day|week|month)\s+"
        r"(?:(?:or\s+part\s+(?:thereof|of\s+a\s+(?:day|week|month))\s+)?(?:of\s+)?(?:delay|late)"
        rf"|(?:by\s+which|that|in\s+which|during\s+which)\b[^.;]{{0,60}}?\b{_LD_LATE}\b)"
        rf"|{_LD_NUMBER_PENALTY}|\b(?:sums?|amounts?)\b[^.;]{{0,60}}?{_LD_NOT_A_PENALTY}"
        rf"|{_LD_ON_END_FEES_LEFT}"
    ),
    unless=_re(
        r"\b(?:prepare|provide|submit|deliver|furnish|give|obtain|make)\w*\s+(?:\w+\s+){0,2}"
        r"(?:written\s+|good[- ]faith\s+|reasonable\s+|initial\s+)?estimates?\s+of"
        r"|\b(?:regulatory|statutory|tax|civil|criminal|governmental|administrative)\s+"
        r"(?:fines?\s+(?:or|and)\s+)?penalt|\bfines?\s+(?:or|and)\s+penalt|\bpenalties\s+(?:or|and)\s+fines"
        r"|\bpenalty\s+of\s+perjury|\bwithout\s+(?:any\s+|the\s+)?(?:payment\s+of\s+(?:any|an?)\s+)?"
        r"(?:[\w-]+\s+){0,2}(?:penalty|penalties|fee|charge|payment)"
        r"|\bno\s+(?:early\s+)?termination\s+(?:fee|penalty|charge|payment)"
        rf"|{_LD_NOT_OWED}"
        r"|\bsurviv(?:e|es|al|ing)\b"
        r"|\bif\s+any\b"
    ),
    vetoed_by=_re(
        r"\b(?:in\s+no\s+event|not|never|neither|nor)\b[^.;]{0,60}?\bliable\b[^.;]{0,100}?"
        r"(?:liquidated|delay\s+damages|penalt)"
        r"|\b(?:extended|postponed|deferred)\s+by\s+(?:one|a|an|\d+|the\s+(?:same|length))\b"
        r"|\bday[- ]for[- ]day\b|\bextension\s+of\s+time\b"
    ),
)
