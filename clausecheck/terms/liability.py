"""Liability: the cap between the parties as written (with the sum where one is stated) and
whether some liability sits outside the cap or the exclusions."""

from __future__ import annotations

import re

from clausecheck.terms.evidence import Found, Sentence
from clausecheck.terms.rules import SPAN as _SPAN
from clausecheck.terms.rules import Rule
from clausecheck.terms.rules import rule_pattern as _re

_UNC_GAP = r"[^\w.;]*+"
"""The marks between two words of one sentence, taken whole."""
_UNC_WORDS = rf"(?:{_UNC_GAP}(?:\d++\.(?=\d))?\w++)"
"""One word (a number with a point, 'Section 4.2', is one) and the marks before it: a span
counted in words costs a step a word, not a step a character."""
_UNC_PAST_EXCEPT = rf"(?:{_UNC_GAP}(?!(?:except|excluding|save)\b)(?:\d++\.(?=\d))?\w++)"
_UNC_PAST_SUBJECT = (
    rf"(?:{_UNC_GAP}(?!(?:limitations?|exclusions?|cap|limits?|section|article|clause|paragraph|"
    r"foregoing)\b)(?:\d++\.(?=\d))?\w++)"
)
_UNC_PAST_LIABILITY = rf"(?:{_UNC_GAP}(?!liabilit)(?:\d++\.(?=\d))?\w++)"
_UNC_PAST_NO = rf"(?:{_UNC_GAP}(?!no\b)(?:\d++\.(?=\d))?\w++)"
_UNC_PAST_NOTHING = rf"(?:{_UNC_GAP}(?!nothing\b)(?:\d++\.(?=\d))?\w++)"
"""A word that is not the head a reading starts from: a reading stops where the next one starts
('except ... except ...'), so text that repeats the head costs each word once, not once for every
head before it; the next head reads on from there."""
_CARVE_OUT = (
    r"\b(?:except|excluding|other\s+than|save)\s+(?:for\s+|with\s+respect\s+to\s+|as\s+to\s+|"
    r"in\s+(?:connection\s+with|the\s+(?:event|case)\s+of|respect\s+of)\s+|to\s+the\s+extent\s+|"
    rf"as\s+otherwise\s+provided\s+in\s+)?{_UNC_PAST_EXCEPT}{{0,26}}?{_UNC_GAP}\b(?:sections?|articles?|clauses?|"
    r"obligations?|claims?|liabilit\w*|breach\w*|indemnit\w*|damages)\b"
)
"""The head of a carve-out: 'except for claims under Section 9', 'other than a party's obligations
under Section 4.2'."""
_LIMITATION = (
    r"\b(?=[adimnstuw])(?:in\s+no\s+event|under\s+no\s+circumstances|neither\s+party|no\s+party|"
    r"(?:shall|will)\s+not\s+(?:be\s+liable|exceed)|disclaims?\s+all\s+liability|"
    r"(?:aggregate|total|maximum)\s+liability)"
)
"""The limitation a carve-out stands in front of: 'in no event shall either party be liable'."""
_LIABLE = (
    r"\bliab|\bresponsib|\bdamages\b|\bindemnif|\bloss(?:es)?\b|\bclaims?\b"
    rf"|\b(?:cap|limitations?|exclusions?)\b{_UNC_WORDS}{{0,14}}?{_UNC_GAP}\bnot\s+apply\s+to\s*:\s*$"
)
"""The sentence is about liability, or it is the head of a list of what the cap does not apply to
('The cap in Section 15.1 does not apply to:')."""
_EXCESS = r"\bin\s+excess\s+(?:in\s+the\s+aggregate\s+)?of"
"""'in excess of' caps only under a negation: 'shall not be liable for any amount in excess of the
fees'; 'Customer is liable for usage in excess of the allowance' caps nothing."""
_LIMIT_CONTEXT = (
    rf"{_EXCESS}\b|"
    r"\blimit\w*|\bcap(?:s|ped)?\b|\bexclu\w+|\bexceed|\bin\s+no\s+event\b|\bunder\s+no\s+circumstances\b|"
    r"\b(?:shall|will|may)\s+not\s+be\s+(?:liable|responsible)\b|\bno\s+liability\b|\bconsequential\b|"
    r"\bindirect\b|\bpunitive\b|\bmaximum\b|\brestrict\w*|\bunlimited\b|\buncapped\b|\bwaives?\b|"
    r"\b(?:entire|sole|total|aggregate|cumulative)\s+liabilit"
)
"""The sentence is about a limit of liability or an exclusion: a carve-out only matters there.
'Supplier shall indemnify Customer, except to the extent of Customer's gross negligence' carves
nothing out of a cap."""
_UNC_BOUND = (
    r"\b(?=[acdeilmnprtu])(?:in\s+no\s+event|under\s+no\s+circumstances|neither\s+party|no\s+party|"
    r"not\s+(?:be\s+)?(?:liable|responsible)|exceed\w*|(?:limited|capped|restricted)\s+(?:to|at|by)|"
    r"caps?|maximum|(?:aggregate|total|cumulative|entire)\s+liabilit\w*|no\s+liability|"
    r"disclaim\w*|exclu(?:de|ded|des|sions?)|limitations?\s+(?:of|on)\s+liabilit\w*|consequential|"
    r"indirect|punitive)\b"
)
"""The words of a cap or an exclusion that a leading carve-out ('Except for fraud, ...') stands
in front of: 'in no event', 'shall not exceed', 'limited to', 'consequential'."""
_UNC_EXCLUSION = (
    r"\b(?:(?:consequential|indirect|incidental|special|punitive|exemplary)\s+(?:or\s+\w+\s+)?"
    r"(?:damages|loss(?:es)?)|lost\s+profits|loss\s+of\s+profits?|(?:shall|will)\s+not\s+exceed|"
    r"(?:aggregate|total|maximum|cumulative|entire)\s+liabilit\w*)\b"
)
"""An exclusion of kinds of damages or a cap that a trailing carve-out follows: 'in no event
shall either party be liable for consequential damages, other than ...'. A bare 'shall not be
liable for any act ..., except for gross negligence' sets a standard of care, not a cap."""
_UNC_KINDS = (
    r"\b(?=[bcdfgimpw])(?:breach\w*\s+of\s+(?:its\s+|their\s+|the\s+|(?:either|a|any)\s+party['’]s\s+)?"
    r"(?:confidential\w*|obligations?\s+under|sections?|clauses?|articles?|paragraphs?|data|"
    r"privacy|security|non-?solicit\w*|non-?compet\w*|exclusiv\w*)|indemnit(?:y|ies)|indemnification|"
    r"gross(?:ly)?\s+neglig\w*|wil+ful|deliberate|intentional|fraud\w*|death|bodily|"
    r"personal\s+injur\w*|infring\w*|misappropriat\w*|confidential\w*|data\s+protection)"
)
"""The kinds of liability a carve-out names: breach of confidentiality or of a named section,
indemnities, gross negligence, wilful misconduct, fraud, death or personal injury, infringement."""
_UNC_DOES_NOT = (
    r"\b(?=[dsw])(?:shall|will|do|does)\s+(?:not|neither)(?:,?\s*however,?)?\s+(?:\(\w\)\s+)?"
    r"(?:(?:operate|serve|be\s+(?:construed|interpreted|deemed))\s+(?:so\s+as\s+)?to\s+|"
    r"in\s+any\s+way\s+)?"
)
"""'shall not', 'does not, however,', 'shall not operate to', 'shall not be construed to'."""
UNCAPPED_LIABILITY = Rule(
    says=_re(
        # every reading starts at a word of two letters or more: 'a-a-a-' costs nothing
        r"\b(?=[a-z][a-z])(?:"
        # the limitation does not apply to / limit / exclude ...
        r"(?>\b(?:limitations?|exclusions?|cap|limits?|section|article|clause|paragraph|foregoing)\b"
        rf"{_UNC_PAST_SUBJECT}{{0,20}}?{_UNC_GAP}{_UNC_DOES_NOT})(?:apply\b|extend\s+to\b|"
        r"(?:limit|exclude|restrict|reduce)(?:\s+or\s+(?:limit|exclude|restrict))?\b"
        rf"{_UNC_WORDS}{{0,10}}?{_UNC_GAP}\b(?:liabilit|indemnif|damages))"
        # a leading carve-out naming a kind of liability, before a cap or an exclusion
        rf"|(?>\b(?:except|excluding|other\s+than|save)\b{_UNC_PAST_EXCEPT}{{0,7}}?{_UNC_GAP}\b(?:for\s+)?(?:breach(?:es)?\s+of|"
        r"(?:a\s+)?party['’]s\s+(?:indemnif|gross|willful|wilful|fraud)|gross\s+negligence|"
        r"willful|wilful|fraud|indemnif(?!ied|ying)\w*|death|bodily|infringement|confidential))"
        rf"{_UNC_PAST_EXCEPT}{{0,34}}?{_UNC_GAP}{_UNC_BOUND}"
        # a leading carve-out naming a section or claims, before a limitation
        rf"|(?>{_CARVE_OUT}){_UNC_PAST_EXCEPT}{{0,68}}?{_UNC_GAP}{_LIMITATION}"
        # a trailing carve-out after an exclusion or a cap
        rf"|(?>{_UNC_EXCLUSION}{_UNC_WORDS}{{0,34}}?{_UNC_GAP}\b(?:except|excluding|other\s+than|save)\b)"
        rf"{_UNC_WORDS}{{0,10}}?{_UNC_GAP}{_UNC_KINDS}"
        # nothing limits liability
        rf"|(?>\bnothing\b{_UNC_PAST_NOTHING}{{0,14}}?{_UNC_GAP}\b(?=[elr])(?:limit|exclude|restrict)s?\b)"
        r"(?:\s+or\s+(?:limit|exclude|restrict)s?\b)?(?:(?!\bright\s+to\b)[^.;,]){0,50}?"
        r"\b(?:liabilit|indemnif|damages|remed)"
        # a party may not rely on the limitation
        r"|\b(?:not|(?:no|neither)\s+\w+\s+(?:shall|will|may))\s+(?:be\s+entitled\s+to\s+|have\s+)?"
        r"(?:rely\s+(?:up)?on|invoke|(?:the\s+)?benefit\s+(?:of|from)|"
        r"take\s+(?:the\s+)?(?:advantage|benefit)\s+of|avail\s+(?:itself|themselves)\s+of)"
        r"[^.;]{0,60}?\b(?:limitations?|exclusions?|caps?|limits?)\b"
        # the liability is not limited / capped
        r"|(?>\bliabilit(?:y|ies)\b"
        rf"{_UNC_PAST_LIABILITY}{{0,20}}?{_UNC_GAP}\b(?=[aisw])(?:shall|will|is|are)\s+not\s+(?:be\s+)?)(?:capped|limited|restricted)\b"
        r"(?!\s+(?:to|solely)\b)"
        # no limit on the damages; no limitation shall apply; outside the cap
        r"|\bno\s+(?:limit|cap|ceiling)s?\s+(?:on|to|of)\s+(?:the\s+|any\s+)?(?:amount\s+of\s+)?"
        rf"(?:[\w’']+\s+){{0,2}}?(?:liabilit|damages|recover|indemnif){_UNC_PAST_NO}{{0,14}}?{_UNC_GAP}{_UNC_KINDS}"
        r"|\bno\s+(?:limitations?|exclusions?|caps?|limits?)\b[^.;]{0,80}?\b(?:shall|will)\s+apply\s+to\b"
        rf"{_UNC_WORDS}{{0,10}}?{_UNC_GAP}{_UNC_KINDS}"
        r"|\b(?:falls?|sits?|lies?|lie|is|are|be|remains?)\s+outside\s+(?:of\s+)?(?:the\s+|any\s+)?"
        r"(?:\w+\s+)?(?:caps?|limitations?|limits?|exclusions?)\b"
        # unlimited, uncapped, not subject to the cap, excluded from the cap
        r"|\bunlimited\s+liabilit(?:y|ies)\b(?!\s+(?:compan|partnership))|\buncapped\b"
        r"|\bnot\s+(?:be\s+)?capped\b"
        rf"|\bliabilit(?:y|ies)\b{_UNC_PAST_LIABILITY}{{0,14}}?{_UNC_GAP}\b(?=[aisw])(?:is|are|shall\s+be|will\s+be)\s+unlimited\b"
        r"|\bnot\s+(?:be\s+)?subject\s+to\s+(?:any\s+|the\s+)?(?:limitations?|caps?|limits?|exclusions?)\b"
        r"|\b(?:excluded|exempt(?:ed)?|carved\s+out)\s+from\s+(?:the\s+|any\s+)?(?:caps?|limitations?|limits?)\b"
        r"|\b(?:(?:neither|no)\s+party\s+(?:shall\s+|will\s+|does\s+|may\s+)?|(?:may|shall|will|does|do)\s+not\s+)"
        r"(?:limits?|excludes?|restricts?)\s+"
        r"(?:or\s+(?:limit|exclude|restrict)s?\s+)?(?:its\s+|their\s+|any\s+)?liabilit"
        r"|\bwithout\s+limit\b(?!ation|\s+(?:in|as\s+to)\s+(?:time|duration))"
        rf"|\bwaives?\b{_UNC_WORDS}{{0,7}}?{_UNC_GAP}\b(?:limitations?|liability\s+caps?))"
    ),
    unless=_re(
        rf"\bindemnif\w*\b{_UNC_WORDS}{{0,7}}?{_UNC_GAP}\b(?:shall|will|does)\s+not\s+apply"
        r"|(?<!of\s)(?<!on\s)(?<!and\s)(?<!or\s)\b(?:the|this|such|these|any)\s+(?:\w+\s+)?"
        rf"(?:warrant(?:y|ies)|restrictions?|licen[cs]es?|covenants?)\b{_UNC_WORDS}{{0,7}}?{_UNC_GAP}"
        r"\b(?:shall|will|does|do)\s+not\s+apply"
        r"|\bmay\s+not\s+apply\s+to\s+you\b"
        r"|\b(?:no|any)\s+(?:person|entity|one|party)\s+other\s+than"
        r"|\bunlimited\s+(?:in|as\s+to)\s+(?:time|duration)"
        r"|\blimitation\s+(?:periods?|act)\b|\bstatutes?\s+of\s+limitations?\b|\bperiods?\s+of\s+limitation\b"
        r"|\bshall\s+not\s+apply\s+to\s+(?:any\s+)?(?:orders?|purchase\s+orders|products?|goods|"
        r"transactions?|agreements?)\s+(?:placed|entered|ordered|purchased|made|before|prior)"
    ),
    needs=re.compile(rf"^(?=.*?(?:{_LIABLE}))(?=.*?(?:{_LIMIT_CONTEXT}))", re.I | re.S),
    vetoed_by=_re(
        r"\b(?:coverage|insur\w*|polic(?:y|ies))\b[^.;]{0,80}?\bnot\s+apply"
        r"|\b(?:lawsuit|action|proceeding)s?\b[^.;]{0,60}?\bbe\s+brought|\bforce\s+majeure"
        r"|\bnot\s+(?:be\s+)?limited\b[^.;]{0,80}?\binsurance\b|\binsurance\b[^.;]{0,80}?\bnot\s+(?:be\s+)?limited\b"
    ),
)
"""Some liability sits outside the cap or the exclusions: a carve-out, 'nothing limits', unlimited."""

_CAP_VERB = (
    r"(?:(?:shall|will|may|does|do|must|can)\s+not\s+(?:in\s+(?:the\s+)?aggregate\s+)?exceed|"
    r"not\s+to\s+exceed|"
    r"(?:shall|will|may)\s+(?:in\s+no\s+(?:event|case|circumstances?)\s+|in\s+any\s+event\s+|"
    r"never\s+)?exceed|"
    r"(?<!not\s)(?<!but\s)(?:be\s+)?(?:strictly\s+)?(?:limited|restricted|capped)\s+(?:to|at)|"
    r"cap\s+(?:of|on)|"
    r"(?:no|not|never|in\s+no\s+(?:event|case))\s+(?:be\s+)?(?:more|greater|higher|larger)\s+than|"
    r"(?:in\s+)?(?:an?\s+)?(?:amount|sum)s?\s+(?:greater|more|higher|larger)\s+than|"
    r"up\s+to\s+(?:an?\s+|the\s+)?(?:maximum|amount|greater|lesser|total|sum|aggregate|value|price|"
    r"fees|limit|\$|£|€|\d)|"
    r"(?:in\s+no\s+(?:event|case)|never|under\s+no\s+circumstances)\b[^.;]{0,120}?\bexceed|"
    r"exceed(?:s|ing)?\s+(?:in\s+(?:the\s+)?aggregate\s+)?(?:an?\s+|the\s+)?"
    r"(?:lesser|greater|amount|total|sum|aggregate|fees|value|proceeds|\$|£|€|one|two|five|ten|\d))"
)
"""The words of a ceiling: 'shall not exceed', 'limited to', 'capped at', 'in no event ... exceed',
'no more than', 'in an amount greater than', 'up to a maximum of'."""
_NEGATION = re.compile(r"\b(?:not|no|never|neither|nor)\b", re.I)
NEGATION_REACH = 200
"""Characters before 'in excess of' in which a negation makes it a cap."""
_CAPPED = (
    r"\b(?:liab(?:le|ility|ilities)|responsib(?:le|ility)|indemni(?:ty|ties|fication)\s+obligations?|"
    r"obligations?\s+to\s+indemnify|(?:required|obliged|obligated|liable)\s+to\s+contribute|"
    r"(?:amount|sum)s?\s+(?:recoverable|payable)\b[^.;]{0,60}?\b(?:claims?|damages|loss(?:es)?|liabilit\w*)|"
    r"(?:total|aggregate|maximum|cumulative)\s+(?:amount\s+of\s+)?(?:damages|recovery|claims|obligations?|"
    r"exposure))\b"
)
"""What a cap bounds: a party's liability or responsibility, its indemnity or contribution, the
damages or the sum a party may recover."""
_LIABILITY_CAP = re.compile(
    rf"{_CAPPED}{_SPAN}{{0,300}}?(?:\b{_CAP_VERB}|{_EXCESS})"
    rf"|\b(?:in\s+no\s+event|under\s+no\s+circumstances)\b{_SPAN}{{0,250}}?{_CAPPED}{_SPAN}{{0,250}}?"
    r"\b(?:exceed|in\s+excess\s+of|(?:greater|more)\s+than)"
    rf"|\b{_CAP_VERB}[^.;]{{0,40}}?\b(?:liab|damages)"
    r"|\bmaximum\s+(?:aggregate\s+|total\s+|cumulative\s+)?liabilit",
    re.I,
)
_VERB = re.compile(rf"\b{_CAP_VERB}|{_EXCESS}", re.I)
_ANY_CAP = re.compile(rf"\b{_CAP_VERB}|{_EXCESS}|\bmaximum\s+(?:aggregate\s+)?amount\b", re.I)
_NOT_LIMITED = re.compile(
    r"\b(?:including,?\s+)?(?:but\s+)?not\s+(?:be\s+)?limited\s+to\b|\bwithout\s+limitation\b",
    re.I,
)
"""'including but not limited to' limits nothing."""
_NOT_A_CAP = re.compile(
    r"\bper\s+(?:kilogram|kg|pound|lb|package|shipment|occurrence)\b|\bcarrier\b|"
    r"\b(?:liability|indemnity|keeper['’]?s?)\s+insurance\b|\b(?:amount|limits?|sum)\s+(?:of\s+)?not\s+less\s+than\b|\binsurance\s+(?:company|"
    r"coverage|polic)|\bpolic(?:y|ies)\s+limits?\b|\bwith\s+limits\s+of\b|"
    r"\bwarrant(?:y|ies)\b[^.;]{0,80}?\blimited\s+to\s+(?:the\s+)?(?:repair|replace|re-?perform|"
    r"correct)|\b(?:capital|pension|benefit|ERISA)\s+contributions?\b|\bcontributing\s+with\b|"
    r"\bassets\b[^.;]{0,40}?\bin\s+excess|\bunlimited\b|"
    r"\bshall\s+not\s+be\s+limited\b|\bregistered\s+capital\b",
    re.I,
)
"""Limits that are not a cap between the parties: an insurance or a carrier's limit (or a
minimum: 'an amount not less than'), a warranty
remedy, a capital contribution, a company's registered capital."""
_KIND_OF_DAMAGES = re.compile(
    r"^\W*(?:the\s+)?(?:recovery\s+of\s+|recovering\s+)?(?:its\s+|their\s+)?(?:actual|direct|"
    r"compensatory|proven|out-of-pocket)\b(?![^.;]{0,80}?(?:\$|£|€|\bamount|\bsum\b|\bfees\b|"
    r"\bpaid\b|\bpayable\b|\bprice\b|\bvalue\b))",
    re.I,
)
"""'limited to the recovery of actual damages' or 'limited to direct damages' excludes a kind of
damages (punitive, indirect), as an exclusion of consequential damages does: it sets no ceiling."""
_A_PERIOD = re.compile(
    r"^\W*(?:a\s+period\s+of\s+)?(?:[a-z]+\s+)?(?:\(\d+\)\s+)?(?:days?|weeks?|months?|years?)\b"
    r"(?!['’]?s?\s+(?:of\s+)?(?:the\s+)?(?:fees|charges|payments|royalt|compensation|revenue))",
    re.I,
)
"""'shall not exceed five years': a length of time, not a sum ('twelve months' fees' is one)."""
_A_COUNT = re.compile(
    r"^\W*(?:those|that|what|the\s+scope)\b|^\W*(?:of\s+)?(?:one|two|three|four|five|\d[\d,]*)\s+(?!times\b|percent|per\s+cent|%|"
    r"(?:hundred|thousand|million|billion|dollars?|pounds?|euros?|months?|years?|weeks?)\b)[a-z]",
    re.I,
)
"""'liable for the fees of more than one counsel', 'rights in excess of those existing at law': a
count of things or a comparison, not a ceiling on a sum."""
_FEES = re.compile(
    r"\b(?:(?:\d++(?:\.\d+)?\s*%|[a-z]++\s+(?:\(\d+\)\s+)?times)\s+(?:of\s+)?(?:the\s+)?)?"
    r"(?:total\s+|aggregate\s+)?(?:amounts?|fees?|charges|sums|payments?|compensation|price|proceeds)\s+"
    r"(?:actually\s+)?(?:paid|payable|received|due)[^.;,]{0,120}",
    re.I,
)
_MONEY = re.compile(
    r"(?P<currency>US\$|U\.S\.\s?\$|\$|£|€|USD|GBP|EUR|CAD|C\$|A\$|AUD)\s?"
    r"(?P<number>\d[\d,]*(?:\.\d+)?)\s*(?P<scale>million|billion|thousand|[MK]\b)?",
    re.I,
)
SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "billion": 1e9}
CURRENCIES = {
    "us$": "USD",
    "u.s.$": "USD",
    "u.s. $": "USD",
    "$": "USD",
    "£": "GBP",
    "€": "EUR",
    "c$": "CAD",
    "a$": "AUD",
}


def money(text: str) -> tuple[float, str] | None:
    """The first sum of money in ``text`` as (amount, ISO currency): '$1.5M' -> (1500000, 'USD')."""
    match = _MONEY.search(text)
    if not match:
        return None
    amount = float(match.group("number").replace(",", ""))
    scale = (match.group("scale") or "").lower()
    amount *= SCALES.get(scale, 1)
    symbol = match.group("currency").lower()
    return amount, CURRENCIES.get(symbol, symbol.upper())


_UNFINISHED = re.compile(r"[^.;:!?)\"”]\s*$")
"""A sentence that breaks off without its full stop: a page break cut it, and the next piece
(in the next clause) finishes it."""


def _pieces(sentences: list[Sentence]) -> list[tuple[str, Sentence]]:
    """Each sentence's text, with the next one joined on where a page break cut it in two."""
    pieces = []
    for n, sentence in enumerate(sentences):
        text = sentence.text
        after = sentences[n + 1] if n + 1 < len(sentences) else None
        if (
            after is not None
            and after.clause is not sentence.clause
            and after.index == 0
            and _UNFINISHED.search(text)
        ):
            text = f"{text} {after.text}"
        pieces.append((text, sentence))
    return pieces


def _ceiling(text: str) -> re.Match[str] | None:
    """The words of the first cap on liability in ``text`` ('shall not exceed', 'limited to')
    whose object is a sum, not a kind of damages or a count of things ('limited to direct
    damages', 'more than one counsel')."""
    has_liability = re.search(r"\bliab(?:le|ility|ilities)\b", text, re.I)
    for pattern in (_LIABILITY_CAP, _ANY_CAP if has_liability else None):
        if pattern is None:
            continue
        for cap in pattern.finditer(text):
            verbs = list(_VERB.finditer(text, cap.start(), cap.end()))
            verb = verbs[-1] if verbs else _VERB.search(text, cap.end()) or cap
            after = text[verb.end() :]
            if any(p.match(after) for p in (_KIND_OF_DAMAGES, _A_COUNT, _A_PERIOD)):
                continue
            before = text[max(0, verb.start() - NEGATION_REACH) : verb.start()]
            if re.match(_EXCESS, verb.group(0), re.I) and not _NEGATION.search(before):
                continue
            return verb
    return None


MONEY_REACH = 80
"""Characters after the words of the cap in which a sum is the cap's own ('shall not exceed the
greater of $1,000,000 and ...'); a sum further on is another figure (a share's par value)."""


def liability_cap(sentences: list[Sentence]) -> Found | None:
    """The cap on a party's liability, as written, with the sum where one is stated: 'fees paid
    in the twelve months before the claim', '$1,000,000'. Not an insurance limit, a carrier's
    per-kilogram limit, a warranty remedy, or an exclusion of consequential damages."""
    for text, sentence in _pieces(sentences):
        text = _NOT_LIMITED.sub(" ", text)
        if _NOT_A_CAP.search(text):
            continue
        cap = _ceiling(text)
        if not cap:
            continue
        start = cap.start()
        if re.match(r"in\s+no|never|under\s+no", cap.group(0), re.I):
            start += cap.group(0).lower().rfind("exceed")  # 'in no event shall X ... exceed'
        tail = text[start:]
        found_money = _MONEY.search(tail[:MONEY_REACH])
        fees = _FEES.search(tail)
        quote = text if text != sentence.text else ""
        if found_money and (not fees or found_money.start() < fees.start()):
            amount, currency = money(found_money.group(0)) or (None, None)
            return Found(
                found_money.group(0).strip(),
                sentence,
                quote=quote,
                amount=amount,
                currency=currency,
            )
        if fees:
            return Found(" ".join(fees.group(0).split()), sentence, quote=quote)
        return Found(" ".join(tail[:160].split()).rstrip(" .;,"), sentence, quote=quote)
    return None
