"""Most-favoured-nation: the buyer gets terms at least as good as anyone else's."""

from __future__ import annotations

from clausecheck.terms.rules import SPAN as _SPAN
from clausecheck.terms.rules import Rule
from clausecheck.terms.rules import rule_pattern as _re

_OTHERS = (
    r"\b(?:any\s+other|other|others|another|third[- ]part\w*|(?:similarly|equivalently)[- ]situated|"
    r"(?:its|their|all)\s+(?:other\s+)?(?:customers|distributors|licensees|purchasers)|"
    r"treats|treated)\b"
)
"""Who a most-favoured-nation promise compares with: other customers, a third party, the
similarly situated, or how a party treats its own users."""
_AS_GOOD = (
    r"\b(?:(?:no|not)\s+(?:be\s+)?(?:less\s+favou?rabl\w*|worse)|at\s+least\s+as\s+favou?rabl\w*|"
    r"equally\s+favou?rabl\w*|as\s+favou?rable\s+as|equal\s+to\s+or\s+better\s+than)"
)
"""Parity wording: 'shall not be less favorable than', 'at least as favourable as'."""
_PRICE_WORDS = (
    r"(?:prices?|pricing|terms|rates?|discounts?|royalt\w*|fees?|remuneration|benefits?)\b"
)
_BETTER_TERMS = (
    rf"\b(?:lower|lowest|better|best|more\s+favou?rable|greater)\s+(?:\w+\s+)?{_PRICE_WORDS}"
)
"""'lower prices', 'better terms', 'more favourable pricing' that someone else gets."""
_MORE_THAN_OTHERS = (
    rf"\b{_PRICE_WORDS}[^.;]{{0,40}}?\b(?:lower|better|more\s+favou?rable|more\s+advantageous)\s+"
    r"than\s+(?:(?:that|those)\s+|the\s+(?:\w+\s+)?(?:prices?|terms|rates?|fees?)\s+)"
    r"(?:\w+\s+)?(?:charged|offered|granted|given|paid|extended|provided|available)\b"
)
"""The comparison in the other word order: 'at a price lower than', 'terms more favourable than'."""
_ANY_BUYER = (
    rf"(?:{_OTHERS}|\bany\s+(?:other\s+)?(?:customer|client|purchaser|licensee|distributor|buyer|"
    r"reseller|end[- ]user)s?\b)"
)
"""Who else gets the price: the others of ``_OTHERS``, or 'any customer'."""
_MFN_DEAL = (
    r"\b(?:charg(?:e|es|ed|ing)|offer(?:s|ed|ing)?|grant(?:s|ed|ing)?|giv(?:e|es|en|ing)|gave|"
    r"extend(?:s|ed|ing)?|sell(?:s|ing)?|sold|suppl(?:y|ies|ied|ying)|licen[cs](?:e|es|ed|ing)|"
    r"quot(?:e|es|ed|ing)|bill(?:s|ed|ing)?|invoic(?:e|es|ed|ing)|provid(?:e|es|ed|ing)|"
    r"pa(?:y|ys|id|ying)|(?:mak(?:e|es|ing)|made)\s+available|enter(?:s|ed|ing)?\s+into|"
    r"agree(?:s|d|ing)?)\b"
)
"""How a seller deals with a buyer, as a verb: charges, offers, grants, sells, supplies, licenses,
quotes, bills, makes available, enters into an agreement ('Supplier', 'Licensee' and 'resell' are
not among them)."""
_MFN_BETTER = (
    r"\b(?:lower|lowest|less|below|better|best|cheaper|reduced|more\s+(?:favou?rabl\w*|advantageous)"
    r"|(?:greater|larger|higher|deeper)\s+(?:\w+\s+)?(?:discounts?|rebates?|credits?|allowances?)"
    r"|(?:discounts?|rebates?|credits?|allowances?)\s+(?:\w+\s+)?(?:greater|larger|higher|deeper))\b"
)
"""What makes another's terms better: a lower or reduced price, more favourable terms, a greater
discount."""
_MFN_FOLLOWS = (
    rf"(?>{_SPAN}{{0,120}}?\b(?:shall|will|must|may)\b)(?>[^.;]{{0,100}}?\b(?:adjust|amend|reduc|"
    r"match|extend|offer|pass|appl(?:y|ies)|substitut|refund|credit|entitl|lower|decreas|benefit|"
    r"grant|mak\w*\s+available))"
)
"""What the buyer then gets: the price is reduced or adjusted, the terms are extended, offered,
substituted, the difference refunded, the buyer is entitled to them."""
_MFN_IF = r"\b(?:if|should|where|whenever|in\s+the\s+event|in\s+case|to\s+the\s+extent)\b"
"""The condition of a promise that follows what others get."""
_MFN_NOT = (
    r"\b(?:(?:shall|will|may|must)\s+not|agrees?\s+not\s+to|undertakes?\s+not\s+to|"
    r"covenants?\s+not\s+to|(?:shall|will)\s+(?:never|in\s+no\s+event))\b"
)
"""A seller's promise not to deal on better terms with another."""
_MFN_COMPARED = (
    r"(?>[^.;]{0,40}?\b(?:than|below|that|those)\b)(?>[^.;]{0,60}?\b(?:(?:charged|given|granted|"
    r"offered|extended|provided|made\s+available)\b(?!\s+by\b)|paid|payable|herein|hereunder|"
    r"under\s+this\s+agreement)\b)"
)
"""What a prohibited better deal is measured against: the terms given to the buyer here ('than
those granted to Licensee', 'than the rate payable by Franchisee'); not a price charged by a
supplier to the party bound, which is a resale floor."""
_MFN_TERMS = (
    r"(?:terms|prices?|pricing|rates?|discounts?|rebates?|reductions?|allowances?|concessions?|"
    r"credits?|royalt\w*|fees?|incentives?|benefits?)\b"
)
_MFN_ANY_TERMS = (
    r"\bany\s+(?:[\w,-]+\s+){0,4}?(?:(?:discounts?|rebates?|reductions?|allowances?|concessions?|"
    rf"credits?|incentives?)\b|{_MFN_BETTER}\s+(?:\w+\s+)?{_MFN_TERMS})"
    rf"(?>(?:(?!\bany\b)[^.;]){{0,60}}?{_MFN_DEAL})(?>[^.;]{{0,40}}?{_OTHERS})"
)
"""A benefit the seller gives another: 'any discount, rebate or allowance which Company extends to
another distributor', 'any lower price Vendor offers to other customers'."""
_MFN_PASSED_ON = (
    r"\b(?:shall|will)\s+(?:also\s+|likewise\s+|equally\s+|automatically\s+|immediately\s+|"
    r"promptly\s+)?(?:be\s+)?(?:extended|passed|offered|granted|made\s+available|given|appl(?:y|ied))\b"
)
"""The same benefit goes to the buyer: 'shall also be extended to', 'shall be passed on to'."""
_MFN_BETTER_THEN = (
    r"\b(?:lower|better|more\s+favou?rable)\b(?>(?:(?!\b(?:lower|better|more\s+favou?rable)\b)[^.;])"
    rf"{{0,80}}?{_OTHERS})(?>[^.;]{{0,120}}?\b(?:shall|will)\s+(?:(?:promptly|immediately)\s+)?(?:be\s+)?"
    r"(?:adjust|amend|reduc|match|extend|offer|pass)\w*\b)"
)
"""Better terms given to others, and then the buyer's terms follow, with no condition word:
'lower prices granted to other customers shall be extended to Buyer'."""
_MFN_FORMS = (
    # if the seller deals with another on better terms, the buyer's terms follow
    rf"{_MFN_IF}(?>(?:(?!{_MFN_IF}){_SPAN}){{0,100}}?{_MFN_DEAL})"
    rf"(?>{_SPAN}{{0,60}}?(?:(?P<mfn_others>{_OTHERS})|{_MFN_BETTER}))"
    rf"(?(mfn_others)(?>{_SPAN}{{0,80}}?{_MFN_BETTER})|(?>{_SPAN}{{0,80}}?{_OTHERS})){_MFN_FOLLOWS}"
    # the seller shall not deal with another on better terms than the buyer's
    rf"|{_MFN_NOT}\s+(?:\w+\s+){{0,2}}?{_MFN_DEAL}(?>[^.;]{{0,60}}?{_OTHERS})"
    rf"(?>[^.;]{{0,80}}?{_MFN_BETTER}){_MFN_COMPARED}"
    # no other buyer shall be given better terms than the buyer's
    r"|\bno\s+(?:other\s+)?(?!event|case|circumstance)\w+(?:\s+of\s+(?:the\s+)?\w+)?\s+"
    rf"(?:shall|will|has|have|may)\s+(?:(?:been|or|will|ever)\s+){{0,3}}be(?:en)?\s+{_MFN_DEAL}"
    rf"(?>{_SPAN}{{0,80}}?{_MFN_BETTER})(?>{_SPAN}{{0,80}}?\bthan\b)"
    # a ceiling at what the seller charges another
    r"|\b(?:no|not|never)\b(?>(?:(?!\b(?:no|not|never)\b)[^.;]){0,60}?\b(?:exceed|higher\s+than|"
    rf"greater\s+than)\b)(?>[^.;]{{0,80}}?{_MFN_DEAL})(?>[^.;]{{0,60}}?{_ANY_BUYER})"
    rf"|\bas\s+low\s+as\b(?>(?:(?!\bas\s+low\b)[^.;]){{0,80}}?{_MFN_DEAL})(?>[^.;]{{0,60}}?{_ANY_BUYER})"
    rf"|\bon\s+a\s+par\b(?>(?:(?!\bon\s+a\s+par\b)[^.;]){{0,80}}?{_OTHERS})"
    # the buyer is entitled to, or is passed, what the seller gives others
    r"|\b(?:entitled\s+to|benefit\s+of|receive|extend(?:s|ed)?\s+to\s+\w+|pass(?:es|ed)?\s+on\s+to\s+\w+)\s+"
    rf"{_MFN_ANY_TERMS}"
    rf"|{_MFN_ANY_TERMS}(?>[^.;]{{0,100}}?{_MFN_PASSED_ON})"
)
"""The forms of the promise that the buyer gets what the seller gives another: a condition with
its consequence, a prohibition measured against the buyer's terms, a ceiling, an entitlement.
Each step is taken at its first occurrence (atomic groups), and a scan from a repeated opening
word stops at the next one, so hostile text costs the sum of the spans, not their product."""

RULE = Rule(
    says=_re(
        rf"\b(?=[a-z])(?:\bmost\s+favou?red\s+(?:nation|customer|licensee|pricing|terms|treatment|basis)"
        rf"|\bmost\s+favou?rable\s+(?:treatment|pricing|prices?)\b|\bfavou?red[- ]nations?\b"
        rf"|\bmost\s+favou?rable\s+(?:\w+\s+)?(?:terms|rates?|conditions|royalt\w*|discounts?)\b"
        rf"[^.;]{{0,60}}?\b(?:granted|offered|given|extended|available|charged|provided)\s+"
        rf"(?:by\s+\w+\s+)?to\b"
        rf"|\bparity\b[^.;]{{0,80}}?{_OTHERS}"
        rf"|\b(?:charg|offer|grant|giv|extend|sell|sold|provid|licens|suppl)\w*\b(?>[^.;]{{0,40}}?"
        rf"{_OTHERS})(?>[^.;]{{0,60}}?{_BETTER_TERMS})"
        rf"|{_AS_GOOD}(?>(?:(?!{_AS_GOOD})[^.;]){{0,150}}?{_OTHERS})"
        rf"|\b(?:charges?|offers?|grants?|gives?|extends?)\s+(?:to\s+)?(?:any|an?)\s+(?:other|"
        rf"third)[^.;]{{0,40}}?{_BETTER_TERMS}"
        rf"|{_PRICE_WORDS}[^.;]{{0,60}}?\b(?:better|lower|more\s+favou?rable)\s+than\s+"
        rf"(?:that|those)\s+(?:provided|offered|granted|given|charged|enjoyed)"
        rf"|\b(?:highest|lowest|best)\s+(?:then[- ]current\s+)?{_PRICE_WORDS}(?>[^.;]{{0,80}}?"
        rf"\b(?:paid|pays|charged|charges|offered|offers|granted|grants|given|gives|sells|sold|"
        rf"available|extended|extends)\b)(?>[^.;]{{0,40}}?(?:{_ANY_BUYER}|\bto\s+any\b))"
        rf"|\bno\s+other\s+\w+\s+shall\s+(?:receive|be\s+(?:given|granted|offered))\b"
        rf"[^.;]{{0,60}}?\b(?:greater|better|lower|more\s+favou?rable)"
        rf"|\bbenefit\s+of\s+any\s+(?:\w+\s+)?more\s+favou?rable\s+(?:terms|prices?|rates?)"
        r"|\bMFN\s+(?:clause|pricing|provision|terms|status|treatment|protection|basis)\b"
        rf"|(?>{_MORE_THAN_OTHERS})(?>[^.;]{{0,120}}?{_ANY_BUYER})"
        rf"|{_MFN_BETTER_THEN}"
        rf"|{_MFN_FORMS})"
    ),
    unless=_re(
        r"\bfor\s+tax\s+purposes\b|\btax\s+treatment\b|\bpermitted\s+by\s+(?:applicable\s+)?law\b"
        r"|\bexchange\s+rates?\b|\bconver(?:t|ted|sion)\s+(?:\w+\s+){0,3}into\b"
        r"|\b(?:other|similarly\s+situated)\s+(?:senior\s+|key\s+|full[- ]time\s+)?(?:executives|"
        r"employees|officers|directors|participants|shareholders|stockholders)\b"
        r"|\b(?:other|competing)\s+(?:\w+\s+)?(?:products|brands|titles|product\s+lines)\b"
        r"|\b(?:other|competing)\s+(?:\w+\s+)?(?:software|goods|items)\b(?!\s+(?:resellers?|"
        r"distributors?|licensees?|customers?|vendors?|suppliers?|publishers?|developers?))"
        r"|\bsurviv\w*|\bobtainable\b"
        r"|\b(?:by|from)\s+(?:an?\s+|any\s+)?(?:other|another|third[- ]part\w*|alternative|competing)\s+"
        r"(?:\w+\s+)?(?:suppliers?|vendors?|sources?|manufacturers?|sellers?|providers?|competitors?)\b"
        r"|\b(?:obtain\w*|available)\s+(?:\w+\s+){0,3}(?:from|with)\s+(?:an?\s+|any\s+)?(?:unaffiliated|"
        r"unrelated|independent)\b|\barm['’]s[- ]length\b"
        r"|\b(?:receives?|received|obtains?|obtained|secures?)\s+(?:\w+\s+){0,6}?from\s+(?:an?\s+|any\s+)?"
        r"(?:other|another|third[- ]part\w*|alternative|competing)\s+(?:\w+\s+)?(?:suppliers?|vendors?|"
        r"sources?|manufacturers?|sellers?)\b"
    ),
    vetoed_by=_re(
        r"\bright\s+of\s+first\s+(?:refusal|negotiation|offer)"
        r"|\btax\s+(?:treat(?:y|ies)|conventions?)\b|\bdouble\s+tax\w*"
        r"|\bnothing\b[^.;]{0,60}?\b(?:prevent|restrict|limit|preclud|prohibit)\w*"
        r"|\b(?:ha(?:ve|s)|having)\s+no\s+(?:claim|right|entitlement)\s+to\b|\bnot\s+(?:be\s+)?entitled\s+to\b"
        r"|\bnothing\b[^.;]{0,40}?\b(?:oblig|requir)\w*\s+(?:\w+\s+){0,3}(?:to\s+)?(?:offer|extend|match|"
        r"grant|pass)"
    ),
)
