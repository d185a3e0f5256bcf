"""Non-compete: a restraint on competing with the other party, dealing in rival goods, or
operating in a territory, a radius or a line of business."""

from __future__ import annotations

from clausecheck.terms.rules import MUST_NOT as _MUST_NOT
from clausecheck.terms.rules import Rule, word_gap
from clausecheck.terms.rules import rule_pattern as _re

_COMPETING = r"\b(?:compete|competes|competitive|competing|in\s+competition|competitors?['’]?s?)\b"
"""What a non-compete forbids: competing, competitive products, dealing with a competitor."""
_OPERATE = (
    r"\b(?:own|manage|operate|control|engage|participate|carry\s+on|be\s+(?:\w+\s+)?(?:concerned|"
    r"interested|employed|engaged|involved)|invest|conduct|establish|open|develop|market|sell|"
    r"distribut\w*|manufactur\w*|produce|offer|license|provide|render)(?:s|ed|ing)?\b"
)
"""What a non-compete forbids a party to do in a line of business: own, run, work for, sell."""
_RIVAL_LINE = (
    r"\b(?:(?:substantially\s+)?similar\s+(?:to|in)|(?:the\s+)?same\s+as|identical\s+to|"
    r"(?:similar|rival|equivalent|comparable|substitute)\s+(?:\w+\s+)?(?:products?|services|business\w*|"
    r"goods|lines?|technolog\w*)|compet\w*|within\s+(?:a\s+)?(?:radius\s+of\s+)?[\w()-]+\s+(?:\(\d+\)\s+)?"
    r"(?:miles?|kilomet\w*|km)\b)"
)
"""The line of business a non-compete keeps a party out of: one that competes, a similar or
substitute product, or a radius around the other's site."""
_INTRODUCED = r"\b(?:introduced|presented|referred|disclosed|identified)\s+(?:to\s+\w+\s+)?(?:by|through|via)\b"
"""Whom a non-circumvention protects: contacts and deals one party brought to the other."""
_NON_CIRCUMVENTION = (
    r"\bnon-?\s?circumvent(?:ion)?\b(?!\s+(?:and\s+[\w-]+\s+)?agreement)"
    rf"|{_MUST_NOT}[^.;]{{0,40}}?\bcircumvent\b(?![^.;]{{0,40}}?\b(?:provisions?|procedures?|security|"
    r"restrictions?|laws?|requirements?|limitations?|sections?|paragraphs?|measures?|devices?|"
    r"controls?|terms)\b)"
    rf"|{_MUST_NOT}[^.;]{{0,80}}?\b(?:deal|do\s+business|contract|work|acquire|engage|transact|"
    rf"bypass|negotiate)\w*\b[^.;]{{0,120}}?{_INTRODUCED}"
)
"""A promise not to go round a party to the contacts or deals it introduced: CUAD reads it as a
restraint on competing with that party (and, for its clients, on soliciting them)."""
_NEGATED_DUTY = (
    r"(?:\b(?:shall|will|may|does|do|must|need)\s+not|\b(?:no|neither)\s+\w+\s+(?:shall|will|may))\s+(?:be\s+)?"
    r"(?:in\s+any\s+way\s+)?(?:restrict|prohibit|prevent|limit|preclud|requir|obligat|oblig|liable|"
    r"responsible|deemed|construed|barred)\w*"
)
"""A 'shall not' that lifts a restraint or a liability rather than imposing one: 'shall not be
restricted from', 'shall not be liable for', 'no party shall be required to'."""
_NC_BARRED = (
    r"\b(?:(?:shall|will|may|must|should)\s+(?:not|never)|cannot|"
    r"(?:agrees?|covenants?|undertakes?|promises?)\s+not\s+to|"
    r"(?:no|neither)\s+(?:[\w-]+\s+){1,2}?(?:shall|will|may|must)|nor\s+(?:shall|will|may|must)|"
    r"at\s+no\s+time|in\s+no\s+event|"
    r"(?:is|are|be|been|being)\s+(?:hereby\s+)?(?:prohibited|restricted|precluded|barred|forbidden|"
    r"restrained|enjoined)\s+from|(?:refrain|abstain)\w*\s+from|"
    r"(?:that|provided|condition|so\s+long\s+as|only\s+if)\s+(?:[\w-]+\s+){0,4}?(?:does|do)\s+not|"
    r"prohibiting|prohibitions?\s+(?:on|of|against)|"
    rf"neither\b(?>{word_gap(30)}nor\b){word_gap(30)}(?:shall|will|may|must))\b"
)
"""A party's restraint in any of its forms: 'shall not', 'must not', 'nor shall it', 'at no time
shall', 'is prohibited from', 'refrain from', 'neither it nor its Affiliates (...) shall', 'a
prohibition on', and the condition or proviso 'provided that it does not'."""
_NC_COMPETING = (
    rf"(?:{_COMPETING}|\brival\w*\b|\bin\s+(?:direct|indirect|any|active)\s+competition\b)"
)
"""What a non-compete forbids, and a rival's business or goods."""
_NC_OPERATE = (
    rf"(?:{_OPERATE}|\b(?:purchas|buy|stock|carry|resell|deal|handl|represent|promot|import|export|"
    r"suppl|act|accept|research|design|build|creat|acquir|run|hold|assist|advis|consult|work|"
    r"host|pursu|commerciali[sz]|exploit)\w*\b)"
)
"""What a party may be kept from doing in a line of business: running it, dealing in its goods,
acting for it, researching or building its technology."""
_NC_THING = (
    r"(?:business\w*|enterprises?|products?|goods|items?|services|ventures?|compan(?:y|ies)|"
    r"firms?|entit(?:y|ies)|stores?|shops?|outlets?|restaurants?|clinics?|facilit(?:y|ies)|"
    r"franchises?|software|technolog(?:y|ies)|platforms?|applications?|solutions?|devices?|"
    r"compounds?|brands?|lines?|cent(?:re|er)s?|sites?|hotels?|practices?|operations?|"
    r"activit(?:y|ies)|programmes?|programs?|systems?|tools?)\b"
)
"""A business, an establishment or a product a party could run or sell."""
_NC_LINE = (
    r"(?:\b(?P<nc_any>(?:(?:any|an?)\s+)?(?P<nc_other>other)|any)\s+(?:[\w-]+\s+)?|\ban?\s+(?:[\w-]+\s+)?"
    rf"|(?<!\bthe\s)(?<!\bits\s)(?<!\bsuch\s)\b){_NC_THING}"
)
"""'any software', 'a call centre', 'goods': a line of business that is not the contract's own
('the Products', 'its services'); ``nc_any`` marks 'any' or 'other', ``nc_other`` 'other'."""
_NC_SIMILAR = (
    r"\b(?:(?:substantially\s+)?similar\s+(?:to|in|thereto|hereto|with)|(?:the\s+)?same\s+as|"
    r"identical\s+to|(?:similar|rival|equivalent|comparable|substitute)\s+(?:\w+\s+)?(?:products?|"
    r"services|business\w*|goods|lines?|technolog\w*)|compet\w*|substitut\w*\s+for|"
    r"same\s+(?:[\w-]+\s+){1,2}as|rival\w*|(?:replicat|duplicat|mimic|imitat|clon)\w*\s+(?:the\s+)?"
    r"(?:[\w-]+\s+)?(?:functionality|functions|features|look\s+and\s+feel))\b"
)
"""A line like the other party's: one that competes or is similar 'to' or 'thereto', a substitute
'for' its goods, the 'same functionality as', one that replicates its features."""
_NC_RIVAL_LINE = rf"(?:{_RIVAL_LINE}|{_NC_SIMILAR})"
"""``_NC_SIMILAR`` or a radius around the other's site (read only after 'any' or 'other')."""
_NC_PLACE = (
    r"\b(?:with)?in\s+(?:the\s+|a\s+|any\s+)?(?:[\w-]+\s+){0,2}(?:territory|area|region|zone|radius|"
    r"vicinity|district|county|city|state|province|country|market\s+area)\b"
)
"""A territory or an area: 'within the Protected Area', 'in the Restricted Territory'."""
_NC_JOINT = (
    r"\b(?:outside|other\s+than\s+(?:through|under|pursuant\s+to|as\s+part\s+of|in)|except\s+"
    r"(?:through|under|pursuant\s+to|as\s+part\s+of|in))\s+(?:the|this)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:collaboration|joint\s+venture|venture|jv|partnership|alliance|consortium|research\s+"
    r"program\w*)\b"
)
"""A field kept for the joint undertaking: 'outside the Collaboration', 'other than through the
Joint Venture Company'."""
_NC_ITEM = (
    r"^\W*\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s+(?:directly\s+or\s+indirectly\s*,?\s*)?"
    r"(?:own|manage|operate|control|carry\s+on|engage|be\s+(?:\w+\s+)?(?:concerned|interested|"
    r"employed|engaged|involved)|participate|compete|develop|manufacture|sell|market|distribute|"
    r"act|render|provide|hold|establish|invest|acquire)\b"
)
"""A list item after 'shall not:' begins with the bare verb of what is forbidden: '(a) carry on
or be interested in ...' (a list of what a party may do reads 'holding', 'acting')."""


_NC_ACT = rf"(?>{word_gap(12)}{_NC_OPERATE})"
"""The first act of a line of business after the restraint: atomic, so that a run of such words
is read once from each restraint, not once for every later word."""
_NC_RADIUS = (
    r"\bwithin\s+(?:a\s+)?(?:radius\s+of\s+)?[\w()-]+\s+(?:\(\d+\)\s+)?(?:miles?|kilomet\w*|km)\b"
)
"""A radius around the other's site: 'within five (5) miles'."""
_NC_RESTRAINTS = (
    rf"{_NC_BARRED}(?:{word_gap(25)}{_NC_COMPETING}"
    rf"|(?>{word_gap(10)}directly\s+or\s+indirectly\b)(?>{word_gap(18)}{_NC_OPERATE})"
    rf"{word_gap(40)}{_NC_RIVAL_LINE}"
    rf"|(?>{word_gap(18)}(?:restricted|prohibited)\s+(?:business\w*|activit\w+|products?|services|"
    r"fields?)\b)"
    rf"|(?>{word_gap(12)}(?:engage\s+in|carry\s+on|conduct|operate)\s+(?:the\s+|any\s+)?"
    rf"(?-i:Business)\b){word_gap(12)}(?:anywhere|(?:with)?in\s+the\s+(?-i:[A-Z])|other\s+than\s+"
    r"through)"
    rf"|{_NC_ACT}(?:(?>{word_gap(12)}{_NC_LINE})(?:{word_gap(10)}{_NC_SIMILAR}"
    rf"|(?(nc_any){word_gap(7)}{_NC_RADIUS}|(?!))|(?(nc_other){word_gap(7)}{_NC_PLACE}|(?!)))"
    rf"|{word_gap(16)}{_NC_JOINT}))"
)
"""A restraint followed by what makes it a non-compete: a competing line; an act of business in
a line like the other's; a second establishment in an area; a restricted business; a field kept
for a joint undertaking; or the defined Business carried on in a place."""

RULE = Rule(
    says=_re(
        r"\bnon-?\s?compet|\bnot[-\s]+to[-\s]+compete\b"
        rf"|{_NC_RESTRAINTS}"
        rf"|(?>\bnot{word_gap(10)}(?:engage|participate|invest)\w*\b)(?>{word_gap(13)}(?:business|"
        rf"products?|services)\b){word_gap(10)}(?:compet|similar|same)"
        r"|\bno\s+(?:other\s+)?(?:competing|competitive|rival|similar)\s+(?:products?|goods|services|"
        r"business\w*|brands?|lines?|technolog\w*|software|items?|ventures?)\s+(?:shall|will|may|must)\b"
        rf"|{_NC_ITEM}{word_gap(32)}{_NC_SIMILAR}"
        rf"|{_NON_CIRCUMVENTION}"
    ),
    unless=_re(
        r"\bnon-?compete\s+(?:shall|will)\s+not"
        r"|\bnothing\b[^.;]{0,80}?\b(?:prevent|restrict|limit|prohibit|preclud|bar|restrain|impair)"
        r"|\bunfair\s+competition|\bcompetitive\s+(?:quotations?|bids?|bidding|tenders?|pric\w*|"
        r"rates?|terms|basis|advantage|information|position|data|intelligence|landscape|environment|"
        r"market|sensitive)|\bcompetitively\s+sensitive|\bor\s+may\s+not\s+compete"
        rf"|{_NEGATED_DUTY}"
        r"|\b(?:disclos|divulg|reveal|communicat|leak)\w*\b[^.;]{0,60}?\bcompetitors?\b"
        r"|\b(?:prevent|restrict|impair|conflict)\w*\b[^.;]{0,30}?\b(?:perform\w*|obligations)\b"
        r"|\bnot\s+to\s+compete\s+(?:in|under|set\s+forth\s+in)\s+(?:section|article)\s+"
        r"[\d.]+\s+of\s+(?:the\s+)?(?!this)"
        r"|\b(?:solicit|recruit|hire|entice|induce|poach)\w*\b[^.;]{0,60}?\b(?:employees?|staff|"
        r"personnel|officers|workers)\b[^.;]{0,60}?\bto\s+(?:leave|join|work|become)\b"
        r"|\b(?:sections?|articles?|clauses?|paragraphs?)\s+[\w.()]{1,12}\s*[(\[]\s*non-?\s?compet"
        r"|\b(?:assign|transfer)\w*\b[^.;]{0,60}?\bcompetitors?\b"
        r"|\b(?:shall|will|must|may)\s+not\s+be\s+(?:an?\s+|any\s+)?(?:[\w-]+\s+)?competitors?\b"
        r"|\b(?:interpreted|construed|deemed)\s+as\s+(?:an?\s+)?(?:[\w-]+\s+)?non-?\s?compet"
        r"|\b(?:shall|will|may)\s+not\s+be\s+(?:interpreted|construed|read|understood)\b"
        r"|\banti-?\s?competitive|\b(?:competition|antitrust|anti-trust)\s+laws?\b"
        r"|\b(?:preferred|preferential|better|lower|more\s+favou?rable)\s+(?:pric\w*|terms|rates?|"
        r"discounts?)\b"
    ),
    vetoed_by=_re(
        r"\bnon-?\s?compet\w*\s+agreement|^\W*non-?compet\w*\W*$"
        r"|\b(?:subject\s+to|contains?|bound\s+by)\s+(?:an?|any)\s+(?:\w+[- ])?non-?compet"
        r"|\bfree\s+to\s+(?:[\w-]+\s+){0,3}compete\b"
    ),
    heading=_re(
        r"non-?\s?compet|competi|not[-\s]+to[-\s]+compete|restrictive\s+covenant|restraint"
    ),
    in_heading=_re(r"\bnot\b|\brefrain"),
)
