"""Liability: the cap between the parties as written (with the sum where one is stated) and
whether some liability sits outside the cap or the exclusions."""

from __future__ import annotations

import re

from clausecheck.terms.evidence import Found, Sentence
from clausecheck.terms.rules import SPAN as _SPAN
from clausecheck.terms.rules import Rule
from clausecheck.terms.rules import rule_pattern as _re

_CARVE_OUT = (
    r"\b(?:except|excluding|other\s+than|save)\s+(?:for\s+|with\s+respect\s+to\s+|as\s+to\s+|"
    r"in\s+(?:connection\s+with|the\s+(?:event|case)\s+of|respect\s+of)\s+|to\s+the\s+extent\s+|"
    rf"as\s+otherwise\s+provided\s+in\s+)?{_SPAN}{{0,150}}?\b(?:sections?|articles?|clauses?|"
    r"obligations?|claims?|liabilit\w*|breach\w*|indemnit\w*|damages)\b"
)
"""The head of a carve-out: 'except for claims under Section 9', 'other than a party's obligations
under Section 4.2'."""
_LIMITATION = (
    r"\b(?:in\s+no\s+event|under\s+no\s+circumstances|neither\s+party|no\s+party|"
    r"(?:shall|will)\s+not\s+(?:be\s+liable|exceed)|disclaims?\s+all\s+liability|"
    r"(?:aggregate|total|maximum)\s+liability)"
)
"""The limitation a carve-out stands in front of: 'in no event shall either party be liable'."""
UNCAPPED_LIABILITY = Rule(
    says=_re(
        r"\b(?:limitations?|exclusions?|cap|limits?|section|article|clause|paragraph|foregoing)\b"
        rf"{_SPAN}{{0,120}}?\b(?:shall|will|do|does)\s+(?:not|neither)(?:,?\s*however,?)?\s+(?:\(\w\)\s+)?(?:apply\b|"
        rf"limit\b{_SPAN}{{0,60}}?\b(?:liabilit|indemnif|damages))"
        rf"|\b(?:except|excluding|other\s+than|save)\b{_SPAN}{{0,40}}?\b(?:for\s+)?(?:breach\s+of|"
        r"(?:a\s+)?party['’]s\s+(?:indemnif|gross|willful|wilful|fraud)|gross\s+negligence|"
        r"willful|wilful|fraud|indemnif\w*|death|bodily|infringement|confidential)"
        rf"{_SPAN}{{0,200}}?\b(?:liab|damages)"
        rf"|{_CARVE_OUT}{_SPAN}{{0,250}}?{_LIMITATION}"
        rf"|\bnothing\b{_SPAN}{{0,80}}?\b(?:limit|exclude|restrict)s?\b{_SPAN}{{0,60}}?\b(?:liabilit|"
        r"indemnif|damages|remed)"
        r"|\bunlimited\s+liabilit(?:y|ies)\b(?!\s+(?:compan|partnership))"
        rf"|\bwithout\s+limit\b(?!ation|\s+in\s+time)|\bwaives?\b{_SPAN}{{0,40}}?\b(?:limitations?|liability\s+caps?)"
    ),
    unless=_re(
        rf"\bindemnif\w*\b{_SPAN}{{0,40}}?\b(?:shall|will|does)\s+not\s+apply"
        r"|\b(?:no|any)\s+(?:person|entity|one|party)\s+other\s+than"
    ),
    needs=_re(r"\bliab|\bdamages\b|\bindemnif|\blimitations?\s+of\s+liab|\bcaps?\b|\blimit\b"),
    vetoed_by=_re(
        r"\b(?:coverage|insur\w*|polic(?:y|ies))\b[^.;]{0,80}?\bnot\s+apply"
        r"|\b(?:lawsuit|action|proceeding)s?\b[^.;]{0,60}?\bbe\s+brought|\bforce\s+majeure"
    ),
)
"""Some liability sits outside the cap or the exclusions: a carve-out, 'nothing limits', unlimited."""

_CAP_VERB = (
    r"(?:(?:shall|will|may|does|do)\s+not\s+exceed|not\s+to\s+exceed|"
    r"in\s+excess\s+(?:in\s+the\s+aggregate\s+)?of|"
    r"(?:shall|will|may)\s+(?:in\s+no\s+event\s+|in\s+any\s+event\s+)?exceed|"
    r"(?<!not\s)(?<!but\s)(?:be\s+)?(?:strictly\s+)?limited\s+to|capped\s+at|cap\s+(?:of|on)|"
    r"no\s+more\s+than|up\s+to\s+(?:a\s+maximum|the\s+(?:amount|greater|lesser|total|sum))|"
    r"(?:in\s+no\s+event|never)\b[^.;]{0,120}?\bexceed|exceed(?:s|ing)?\s+(?:an?\s+|the\s+)?"
    r"(?:lesser|greater|amount|total|sum|aggregate|fees|\$|one|two|five|ten|\d))"
)
_LIABILITY_CAP = re.compile(
    rf"\bliab(?:le|ility|ilities)\b{_SPAN}{{0,300}}?\b{_CAP_VERB}"
    rf"|\bin\s+no\s+event\b{_SPAN}{{0,250}}?\bliab{_SPAN}{{0,250}}?\bexceed"
    rf"|\b{_CAP_VERB}[^.;]{{0,40}}?\b(?:liab|damages)"
    r"|\bmaximum\s+(?:aggregate\s+|total\s+|cumulative\s+)?liabilit"
    r"|\b(?:aggregate|total|cumulative|maximum)\s+(?:amount\s+of\s+)?(?:damages|recovery|liability)"
    rf"{_SPAN}{{0,120}}?\b{_CAP_VERB}",
    re.I,
)
_ANY_CAP = re.compile(rf"\b{_CAP_VERB}|\bmaximum\s+(?:aggregate\s+)?amount\b", re.I)
_NOT_LIMITED = re.compile(
    r"\b(?:including,?\s+)?(?:but\s+)?not\s+(?:be\s+)?limited\s+to\b|\bwithout\s+limitation\b",
    re.I,
)
"""'including but not limited to' limits nothing."""
_NOT_A_CAP = re.compile(
    r"\bper\s+(?:kilogram|kg|pound|lb|package|shipment)\b|\bcarrier\b|\binsurance\s+(?:company|"
    r"coverage|polic)|\bpolic(?:y|ies)\s+limits?\b|\bwith\s+limits\s+of\b|"
    r"\bwarrant(?:y|ies)\b[^.;]{0,80}?\blimited\s+to\s+(?:the\s+)?(?:repair|replace|re-?perform|"
    r"correct)|^(?!.*\bliab).*\bcontribut(?:e|ion)\b|\bassets\b[^.;]{0,40}?\bin\s+excess|\bunlimited\b|"
    r"\bshall\s+not\s+be\s+limited\b|\bregistered\s+capital\b",
    re.I,
)
_FEES = re.compile(
    r"(?:(?:\d+(?:\.\d+)?\s*%|[a-z]+\s+(?:\(\d+\)\s+)?times)\s+(?:of\s+)?(?:the\s+)?)?"
    r"(?:total\s+|aggregate\s+)?(?:amounts?|fees|charges|sums|payments?|compensation|price)\s+"
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


def liability_cap(sentences: list[Sentence]) -> Found | None:
    """The cap on a party's liability, as written, with the sum where one is stated: 'fees paid
    in the twelve months before the claim', '$1,000,000'. Not an insurance limit, a carrier's
    per-kilogram limit, a warranty remedy, or an exclusion of consequential damages."""
    for sentence in sentences:
        text = _NOT_LIMITED.sub(" ", sentence.text)
        cap = _LIABILITY_CAP.search(text)
        if cap is None and re.search(r"\bliab(?:le|ility|ilities)\b", text, re.I):
            cap = _ANY_CAP.search(text)
        if not cap or _NOT_A_CAP.search(text):
            continue
        tail = text[cap.start() :]
        sum_ = money(tail[:300])
        fees = _FEES.search(tail)
        found_money = _MONEY.search(tail)
        if sum_ and found_money and (not fees or found_money.start() < fees.start()):
            amount, currency = sum_
            return Found(found_money.group(0).strip(), sentence, amount=amount, currency=currency)
        if fees:
            return Found(" ".join(fees.group(0).split()), sentence)
        return Found(" ".join(tail[:160].split()), sentence)
    return None
