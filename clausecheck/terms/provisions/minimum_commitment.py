"""Minimum commitment: a floor a party must buy or pay for in a period, an order size, a
take-or-pay, a shortfall, a binding forecast."""

from __future__ import annotations

from clausecheck.terms.rules import Rule
from clausecheck.terms.rules import rule_pattern as _re

_MIN_FLOOR = (
    r"(?:at\s+least|not\s+less\s+than|no\s+less\s+than|a\s+minimum\s+of|(?:not|no)\s+fewer\s+than)"
)
"""Words of a floor: 'at least', 'not less than', 'a minimum of', 'no fewer than'."""
_MIN_AT_LEAST = (
    rf"\b{_MIN_FLOOR}\s+(?:the\s+)?"
    r"(?=\$|US\$|€|£|\[|\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|"
    r"thirteen|fourteen|sixteen|seventeen|eighteen|nineteen|half)\b)"
    r"(?!(?:\[[^\]]*\]\s*)?(?:[\w-]+\s+){0,3}(?:\(\d+\)\s+)?(?:business\s+|calendar\s+)?"
    r"(?:days?|weeks?|months?|years?|hours?)\b)"
    r"(?![^.;]{0,30}?\b(?:notice|in\s+advance|of\s+(?:shelf\s+)?life)\b)"
    r"(?!\[[^\]]*\]\s*(?:prior|before|in\s+advance)\b)"
    r"(?![^.;]{0,40}?%\)?\s+of\s+(?:the\s+)?(?:total\s+)?(?:\w+\s+)?price)"
)
"""A floor on a quantity or sum, not on a time: ``_AT_LEAST`` with 'no fewer than', 'one half'
and the numbers in words from thirteen to nineteen."""
_MIN_BUYS = (
    r"\b(?:purchas(?:e|es|ed|ing)|(?<!in\s)order(?:s|ed|ing)?|buy(?:s|ing)?|bought|"
    r"sell(?:s|ing)?|procur(?:e|es|ed|ing)|acquir(?:e|es|ed|ing)|rout(?:e|es|ed|ing))\b"
)
"""What the buying party does: purchase, order, buy, procure, acquire, route calls to; or, for a
distributor's target, sell."""
_MIN_AMOUNT_OF = (
    r"(?:purchases|orders|spend|spending|expenditure|royalt(?:y|ies)|fees|payments|volumes?|"
    r"quantit(?:y|ies)|sales|revenues?|minutes|hours)"
)
"""What a floor is set on when the sentence names it first: purchases, spend, royalties, fees."""
_MIN_SUBJECT_FLOOR = (
    rf"\b{_MIN_AMOUNT_OF}\s+(?:[^\s.;]+\s+){{0,8}}?(?:shall|will|must)\s+(?:in\s+no\s+event\s+|at\s+all\s+times\s+)?"
    r"(?:equal\s+or\s+exceed|(?:be\s+)?(?:at\s+least|not\s+less\s+than|no\s+less\s+than)|"
    r"not\s+(?:be\s+)?(?:less\s+than|fall\s+below)|be\s+less\s+than)"
)
"""A floor stated on the amount: 'purchases shall equal or exceed', 'the fees shall in no event
be less than', 'annual purchases shall not be less than'."""
_MIN_FORMS = (
    rf"\bcommit(?:s|ted|ting)?\s+(?:itself\s+)?to\s+(?:(?:purchas|order|buy|spend|procur)\w*\s+)?"
    rf"{_MIN_AT_LEAST}"
    rf"|{_MIN_AT_LEAST}(?:[^\s.;]+\s+){{0,14}}?(?:shall|will|must)\s+be\s+(?:purchased|ordered|taken|bought|"
    r"procured|acquired|sold|placed|sourced|routed|processed|settled)\b"
    r"|\b(?:sales|purchases|revenues?|orders|royalties|volumes?)\s+(?:[\w-]+\s+){0,5}(?:falls?|fell|"
    r"drops?|is|are)\s+(?:below|less\s+than|short\s+of)\s+(?:\$|US\$|€|£|\[|\d)"
    rf"|{_MIN_SUBJECT_FLOOR}"
    r"|\b(?:purchase\s+)?orders?\b[^.;]{0,40}?\b(?:shall|will|must)\s+(?:not\s+)?be\s+(?:for|of|in)\s+"
    rf"(?:an?\s+(?:amount|quantity|value)\s+of\s+)?(?:(?:fewer|less)\s+than|{_MIN_FLOOR})"
    r"|\btake\s*,?\s+or\s+(?:[^.;]{0,30}?\s)?pay\s+for\b"
    r"|\b(?:less\s+than|lower\s+than|below|short\s+of)\s+(?:the\s+|its\s+|any\s+)?(?:[\w-]+\s+){0,3}"
    r"(?:minimum|commitment|commitments|guarantee|quota|floor)\b(?>[^.;]{0,80}?\bpay\w*\b)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:difference|shortfall|deficit|deficiency)\b"
    r"|\b(?:annual|monthly|quarterly|yearly)\s+(?:spend\s+|purchase\s+|volume\s+|revenue\s+)?"
    r"commitments?\b"
    r"|\bforecasts?\b[^.;]{0,80}?\b(?:shall|will)\s+(?:be|constitute)\s+(?:a\s+)?(?:firm|binding)\b"
    r"|\bminimum\s+(?:annual\s+|monthly\s+|quarterly\s+)?(?:retainer|billings?)\b"
)
"""The forms of the promise beyond the words 'minimum purchase': a commitment to a floor, a floor
that shall be bought, sold or placed with the other (passive), sales or purchases that fall below
a sum, a floor on the amount named first, an order size, take-or-pay, a shortfall paid when below, a period commitment, a binding
forecast, a minimum retainer."""
_MIN_NOT_A_COMMITMENT = (
    rf"{_MIN_FLOOR}\s+[\d.]+\s*(?:%|percent|per\s+cent)[^.;]{{0,60}}?\b(?:on[- ]time|within|"
    r"in\s+full|answered|resolved|available)\b"
    r"|\b(?:reserve|set\s+aside|allocate|dedicate)\w*\s+(?:\w+\s+){0,3}capacity\b"
    r"|\bsurviv\w*\b"
    r"|\b(?:shall|will|does)\s+not\s+(?:be|constitute|give\s+rise\s+to)\s+(?:a\s+|an\s+)?"
    r"(?:breach|default|event\s+of\s+default|ground)"
    r"|\bminimum\s+(?:purchase\s+|resale\s+|sale\s+|selling\s+)?price"
    r"|\b(?:estimates?|goals?)\s+only\b|\bnon-?binding\b|\bnot\s+(?:be\s+)?binding\b"
    r"|\b(?:at\s+least|a\s+minimum\s+of)\s+one\s+(?:\(1\)\s+)?of\b(?!\s+(?:each|every)\b)"
)
"""Near misses around the same words: an on-time service level, capacity a supplier sets aside,
a survival clause, a target whose miss is no breach, a minimum price, a non-binding forecast, 'at
least one of' the alternatives."""
_MIN_NO_DUTY = (
    r"\b(?:nothing|no\s+obligation|not\s+(?:be\s+)?(?:obliged|obligated|required|bound))\b"
    r"[^.;]{0,60}?\b(?:obliges?|obligates?|requires?|to)\s+(?:\w+\s+){0,3}"
    r"(?:purchase|buy|order|take|spend)\b"
    r"|\bdoes\s+not\s+(?:commit|oblige|obligate|require)\b"
    r"|\bprior\s+to\s+(?:its\s+|the\s+|such\s+)?(?:intended\s+|proposed\s+)?(?:submission|publication)\b"
)
"""The opposite promise: 'nothing obliges the Reseller to purchase', 'is not obliged to order';
or a time before a paper is submitted for publication."""
_AT_LEAST = (
    r"\b(?:at\s+least|not\s+less\s+than|no\s+less\s+than|a\s+minimum\s+of)\s+(?:the\s+)?"
    r"(?=\$|US\$|€|£|\[|\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million)\b)"
    r"(?!(?:\[[^\]]*\]\s*)?(?:[\w-]+\s+){0,3}(?:\(\d+\)\s+)?(?:business\s+|calendar\s+)?"
    r"(?:days?|weeks?|months?|years?|hours?)\b)"
    r"(?![^.;]{0,30}?\b(?:notice|in\s+advance|of\s+(?:shelf\s+)?life)\b)"
    r"(?!\[[^\]]*\]\s*(?:prior|before|in\s+advance)\b)"
    r"(?![^.;]{0,40}?%\)?\s+of\s+(?:the\s+)?(?:total\s+)?(?:\w+\s+)?price)"
)
"""'at least 10,000', 'a minimum of two (2)': a quantity or sum, not a time ('at least thirty (30)
days before' is notice, not a commitment)."""

RULE = Rule(
    says=_re(
        r"\b(?=[a-z][a-z\s])(?:"
        r"\bminimum\s+(?:annual\s+|monthly\s+|quarterly\s+|aggregate\s+|yearly\s+)?"
        r"(?:purchase|order|quantit|volume|commitment|royalt|payment|fee|sales|requirement|"
        r"revenue|guarantee|buy|amount|number\s+of|units|target|performance|spend)\w*"
        rf"|{_MIN_BUYS}[^.;]{{0,80}}?{_MIN_AT_LEAST}"
        rf"|\b(?!provided\s*,|provided\s+(?:that|however)\b)(?:provide|deliver|supply|send|produce|"
        rf"make\s+available|makes\s+available)(?!rs?\b)\w*\b"
        rf"[^.;]{{0,40}}?{_AT_LEAST}"
        rf"|\b(?:spend|invest|commit|fund|contribute|pay|use)\w*\b[^.;]{{0,60}}?{_MIN_AT_LEAST}"
        r"[^.;]{0,80}?(?:\$|\bdollars\b|\beuros\b|€|£|\[)"
        r"|\b(?:volume|purchase|binding|capacity)\s+commitment|\bcommitment\s+to\s+purchase"
        r"|\b(?:shortfall|deficiency)\s+(?:payment|fee)"
        r"|\btake[- ]or[- ]pay\b|\bminimum\s+of\b[^.;]{0,40}?\b(?:units|orders|purchases|"
        r"\$|dollars|batches|doses|kilograms|pounds|tons|FTEs?|full[- ]time\s+equivalents?|seats|"
        r"licen[cs]es|subscriptions|minutes|cases|tonnes|barrels|vials)"
        r"|\b(?:annual|monthly|quarterly|yearly|weekly)\s+minimums?\b(?!\s+(?:legal\s+)?wage)"
        r"|\bminimum\s+(?:total\s+)?charge|\b(?:purchase|sales|volume|revenue|order)\s+quotas?\b"
        r"|\bfail(?:s|ed|ure)?\s+(?:to\s+)?(?:achieve|meet|reach|attain)\w*\b[^.;]{0,60}?"
        r"\b(?:revenues?|sales|purchases|volumes?|quotas?|targets?|minimums?)\b[^.;]{0,40}?"
        r"(?:\$|€|£|\[|\d|\bof\b)"
        rf"|{_MIN_FORMS}"
        r")"
    ),
    unless=_re(
        r"\bminimum\s+(?:wage|age|insurance|coverage|standards?|requirements?\s+of\s+law)"
        r"|\bminimum\s+(?!purchase|order)(?:\w+\s+)?requirements?\s+(?:of|thereof|under|for|are|is|"
        r"set\s+(?:out|forth)|specified|stated|contained|listed)\b"
        r"|\b(?:designed|engineered|configured)\s+to\s+(?:provide|deliver|supply|produce)\b"
        r"|\bdisclos"
        r"|\b(?:no|not\s+(?:be\s+)?subject\s+to\s+any|without\s+any|nor\s+any)\s+(?:\w+\s+)?"
        r"(?:minimum|commitment)"
        r"|\bminimum\s+amount\s+(?:of\s+information|legally|required|permitted|necessary)"
        r"|\b(?:purity|potency|concentration|assay|strength|shelf[- ]?life|accuracy|availability|"
        r"uptime|moisture|yield|resolution|viscosity|density|efficiency)\s+(?:level\s+|rate\s+)?of\s+"
        r"(?:at\s+least|not\s+less\s+than|no\s+less\s+than|a\s+minimum\s+of)"
        r"|\b(?:cartons?|cases?|boxes|packs?|pallets?|containers?|packages?)\s+(?:containing|of|with|"
        r"holding)\s+(?:at\s+least|not\s+less\s+than|no\s+less\s+than|a\s+minimum\s+of)"
        r"|\bprices?\s+(?:of\s+)?(?:at\s+least|not\s+less\s+than|no\s+less\s+than)"
        r"|(?:at\s+least|not\s+less\s+than|no\s+less\s+than|a\s+minimum\s+of)\s+(?:[\w()-]+\s+){1,3}"
        r"(?:engineers?|technicians?|personnel|staff|employees|representatives|reminders?|notices?|"
        r"warnings?|reports?|meetings?|copies|attempts?|quotes?|quotations?|references?)\b"
        rf"|{_MIN_NOT_A_COMMITMENT}"
    ),
    vetoed_by=_re(
        r"\binsurance\b|\bcoverage\b|\bfidelity\s+bond|\bposting\s+(?:a\s+)?bond"
        rf"|{_MIN_NO_DUTY}"
    ),
)
