"""Exclusivity: an exclusive appointment or licence, buying all requirements from one party, or a
promise not to deal with others in a territory or field."""

from __future__ import annotations

from clausecheck.terms.rules import Rule, word_gap
from clausecheck.terms.rules import rule_pattern as _re

_NOT_A_PARTY = r"(?!(?:e?rs?|ors?)['’]?s?\b)"
"""After a verb of dealing: not the party it names ('Distributor shall use the Marks
exclusively', 'the Purchaser shall pay exclusively in euros' deal with no one exclusively)."""


_EXCL_BARRED = (
    r"\b(?:(?:shall|will|may|must|should)\s+(?:not|never)|cannot|neither|nor|"
    r"(?:agrees?|covenants?|undertakes?)\s+not\s+to|(?:refrain|abstain)\w*\s+from|at\s+no\s+time)\b"
    r"(?!\s+(?:be\s+)?(?:in\s+any\s+way\s+)?(?:restrict|prevent|limit|prohibit|preclud|constru|deem|"
    r"oblig|requir|liable|responsib|entitled)\w*)"
)
"""Words of a promise not to act: 'shall not', 'agrees not to', 'neither ... nor', 'refrain from';
not 'shall not restrict' or 'shall not be required', which lift a restraint."""
_EXCL_BUY = (
    r"\b(?:purchas(?:e|es|ed|ing)|buy(?:s|ing)?|bought|obtain(?:s|ed|ing)?|procur(?:e|es|ed|ing)|"
    r"sourc(?:e|es|ed|ing)|order(?:s|ed|ing)?|acquir(?:e|es|ed|ing))\b"
)
"""How a buyer takes goods or services from a seller."""
_EXCL_DEAL = (
    r"\b(?:sell(?:s|ing)?|sold|resell(?:s|ing)?|resold|suppl(?:y|ies|ied|ying)|(?<!sub)(?<!sub-)"
    r"licen[cs](?:e|es|ed|ing)|distribut(?:e|es|ed|ing)|market(?:s|ed|ing)?|offer(?:s|ed|ing)?|"
    r"provid(?:e|es|ed|ing)|manufactur(?:e|es|ed|ing)|produc(?:e|es|ed|ing)|grant(?:s|ed|ing)?|"
    r"appoint(?:s|ed|ing)?|engag(?:e|es|ed|ing)|authori[sz](?:e|es|ed|ing)|promot(?:e|es|ed|ing)|"
    r"export(?:s|ed|ing)?|import(?:s|ed|ing)?|"
    r"purchas(?:e|es|ed|ing)|buy(?:s|ing)?|bought|procur(?:e|es|ed|ing)|obtain(?:s|ed|ing)?)\b"
)
"""How a party deals with others: selling, supplying, licensing, appointing, buying."""
_EXCL_TRADE = (
    r"(?:distribut\w*|agen(?:ts?|cy|cies)|resellers?|dealers?|importers?|licensees?|franchisees?|"
    r"suppliers?|vendors?|providers?|manufactur\w*|represent\w*|wholesalers?|retailers?|"
    r"sources?|brokers?|partners?|contractors?|consultants?|advis[eo]rs?)\b"
)
"""A role in the trade that one party may be kept from giving to anyone else."""
_EXCL_OTHERS = (
    r"(?:any|an?|another|no)\s+(?:other\s+|third\s+|additional\s+|further\s+)?"
    r"(?:part(?:y|ies)|persons?|entit(?:y|ies)|compan(?:y|ies)|firms?|third\s+part(?:y|ies))\b"
)
"""Anyone else: 'any third party', 'any other person', 'a third party'."""
_EXCL_WHERE = (
    r"(?>" + word_gap(8) + r"(?:territor(?:y|ies)|field|area|region|sector|industry|market|"
    r"channel|other\s+than\s+(?:to\s+|through\s+|via\s+|by\s+)?(?:the\s+)?(?-i:[A-Z])|"
    r"(?:as|to\s+act\s+as|to\s+be)\s+(?:an?\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:distribut\w*|agents?|"
    r"resellers?|dealers?|importers?|licensees?|franchisees?|suppliers?|vendors?|providers?|"
    r"manufacturers?|representatives?|wholesalers?|brokers?)\b|"
    r"except\s+(?:to|through|via)\s+(?:the\s+)?(?-i:[A-Z])|(?:in|within|throughout)\s+(?-i:[A-Z])))"
)
"""What marks a bar on dealing with anyone else as exclusive dealing, not a licensee's limit: a
territory, field, market or sector, 'other than the Distributor', or a role in the trade ('any
third party as a distributor')."""
_EXCL_QUANTITY = (
    r"(?:\ball|\bentire|\bwhole|\bper\s?cent(?:\s*\(\s*100\s?%\s*\))?|\bpercent|"
    r"\b100\s?%(?:\s*\([^()]{0,30}\))?)"
)
"""All of it: 'all', 'entire', 'one hundred per cent (100%)'."""
_EXCL_NEEDS = (
    r"(?:\s+of)?\s+(?:(?:its|their|his|her|[\w-]+['’]s?|the\s+[\w-]+['’]s?)\s+(?:[\w-]+\s+){0,2}"
    r"(?:requirements|needs)\b|(?:[\w-]+\s+){0,2}(?:requirements|needs)\s+for\b)"
)
"""A party's own requirements: 'of its requirements', 'Buyer's needs', 'requirements for'."""
_EXCL_DEALING = (
    # the buyer takes all its requirements from the seller, active and passive; or takes only from
    # the seller, or from no one else
    rf"(?=[pbosamf])(?>(?P<excl_buy>{_EXCL_BUY})|\b(?:suppl(?:y|ies|ied|ying)|manufactur(?:e|es|ing)|"
    rf"fill)\b)(?:(?>{word_gap(8)}{_EXCL_QUANTITY}){_EXCL_NEEDS}|(?(excl_buy)(?:(?>{word_gap(10)}"
    rf"(?:only|solely|exclusively)\s+(?:from|through|via)\b)|(?>{word_gap(14)}from\s+(?:no\s+other\b|"
    r"any\s+(?:other\s+)?(?:[\w-]+\s+)?(?:sources?|suppliers?|vendors?|manufacturers?|persons?|party|"
    r"entity|third\s+party)\s+(?:other\s+than|except|save)\b)))|(?!)))"
    rf"|(?=[aewp1]){_EXCL_QUANTITY}{_EXCL_NEEDS}(?>{word_gap(12)}(?:shall|will|must)\s+be\s+"
    r"(?:purchas|obtain|procur|sourc|order|suppli|fill|met\b|satisf|bought|acquir)\w*)"
    rf"|\bplace\s+{_EXCL_QUANTITY}\s+(?:of\s+)?(?:its|their|[\w-]+['’]s?)\s+(?:[\w-]+\s+)?"
    rf"(?:orders|purchases)\b(?>{word_gap(8)}(?:with|from)\s+(?:the\s+)?(?-i:[A-Z]))"
    r"|\bto\s+the\s+exclusion\s+of\s+(?:all|any)\s+(?:other|third)\s+(?:[\w-]+\s+)?"
    rf"(?:{_EXCL_TRADE}|persons?|part(?:y|ies))"
    # a bar on dealing with, appointing or collaborating with anyone else
    rf"|(?=[swmcnaur])(?>{_EXCL_BARRED})(?:(?>{word_gap(12)}{_EXCL_DEAL})(?!\s+(?:any\s+|the\s+)?"
    rf"sub-?licen)(?>{word_gap(12)}(?=[eosan])(?:(?:except|other\s+than|save)\s+(?:to|through|"
    r"via|by|with|for\s+the\s+benefit\s+of)\s+(?:the\s+)?(?-i:[A-Z])|"
    r"(?:(?:(?:any|an?|no)\s+)?other\s+"
    rf"(?:(?![\w-]+\s+(?:shall|will|may|must|not)\b)[\w-]+\s+){{0,2}}?{_EXCL_TRADE}|"
    rf"another\s+(?:[\w-]+\s+)?{_EXCL_TRADE}|any\s+competitors?\b|"
    rf"anyone\s+(?:else\b|other\s+than)|{_EXCL_OTHERS}{_EXCL_WHERE})))"
    rf"|(?>{word_gap(12)}(?=[cpwtja])(?<!\bin\s)(?:collaborat\w*|co-?operat\w*|partner\w*|work|"
    r"team\s+up|joint\s+ventures?|alliances?|partnerships?|collaborations?))\s+with\s+(?:any|a|another)\s+(?:other\s+|third\s+)?"
    r"(?:part(?:y|ies)|persons?|entit(?:y|ies)|compan(?:y|ies)|competitors?)\b)"
    # a party works for, or uses, the other alone
    r"|\b(?:work|act|serve)\s+exclusively\s+(?:for|on\s+behalf\s+of)\b"
    r"|(?=[mpdbsfw])(?>\b(?:manufactur(?:e|es|ed|ing)|produc(?:e|es|ed|ing)|mak(?:e|es|ing)|made|"
    r"develop(?:s|ed|ing)?|design(?:s|ed|ing)?|build(?:s|ing)?|built|perform(?:s|ed|ing)?|"
    r"suppl(?:y|ies|ied|ying)|fabricat(?:e|es|ed|ing)|packag(?:e|es|ed|ing)|work(?:s|ed|ing)?)\b"
    rf"{word_gap(12)}exclusively\s+for\s+)(?:the\s+)?(?-i:[A-Z])[\w-]*+"
    r"(?!\s+(?:[\w-]+\s+)?(?:purposes?|uses?)\b)"
    r"|\b(?:use|engage|retain|utili[sz]e)\s+(?:(?-i:[A-Z])[\w-]+|the\s+(?:supplier|provider|vendor|"
    r"seller|manufacturer|contractor|consultant|agency|licensor))\s+exclusively\b"
    r"|\bsole\s+(?:and\s+exclusive\s+)?(?:(?!(?:discretion|responsib\w*|judge?ment|cost|expense|risk|"
    r"liabilit\w*|obligations?|remed\w*|property|owner\w*|that|of|and|or|the|to|for|in|by|as)\b)"
    r"[\w-]+\s+){0,2}?(?:suppliers?|sources?|distributors?|"
    r"providers?|agents?|advis[eo]rs?|representatives?|resellers?|dealers?|licensees?|vendors?|"
    r"manufacturers?|brokers?|importers?|purchasers?)\b"
)
"""The forms of exclusive dealing other than the word 'exclusive': a requirements commitment;
buying only from, or from no one but, the other; a bar on selling to, appointing, licensing or
collaborating with anyone else (another distributor, a competitor, a third party in the
Territory or field); working for or using the other alone; a sole supplier or agent. Each step
is taken at its first occurrence (atomic groups) and each opening word is checked by its first
letter before its alternatives are tried, so hostile text costs the sum of the spans."""
_EXCL_ROLE = (
    r"(?:distribut\w*|licen[cs]e\w*|right|rights|supplier|supply|provider|basis|agents?|"
    r"agency|resellers?|dealers?|territory|manufactur\w*|partners?|relationship|"
    r"representatives?|sales|marketing|customer|source|purchaser|arrangement|advis[eo]rs?|"
    r"sponsors?|consultants?|option)\b"
)
"""What is granted or held exclusively: a licence, a right, a distributorship, an agency, a basis."""
_EXCL_NOT_DEALING = (
    r"\b(?:securities|shares|debentures|bonds)\b|\bconfidential|\bdisclos|"
    r"\b(?:lower|better|more\s+favou?rable)\s+(?:prices?|terms|rates?)\b|"
    r"\b(?:prices?|rates?|terms)\s+(?:lower|better|more\s+favou?rable)\b"
)
"""Bars on selling or handing over to others that are not exclusive dealing: an offering of
securities, a secret kept, a price promise measured against other buyers."""

RULE = Rule(
    says=_re(
        # every reading opens a word: mid-word positions are passed over at once
        r"(?<!\w)(?=\w)(?:(?<!non-)(?<!non)(?<!non\s)\bexclusive(?:\s*\([^)]{0,100}\))?"
        rf"(?>(?:\s*,\s*[\w-]+(?:\s+(?!{_EXCL_ROLE})[\w-]+)?(?:\s*\([^)]{{0,100}}\))?){{0,4}})"
        r"\s*,?\s+"
        rf"(?:and\s+(?:non-\s?)?[\w-]+\s+)?(?:[\w-]+\s+){{0,2}}{_EXCL_ROLE}"
        rf"|\b(?:sell|purchase|buy|supply|distribut|obtain|source|market|promote){_NOT_A_PARTY}\w*\b"
        r"[^.;]{0,40}?\bexclusively\b"
        rf"|\b(?:purchase|buy|obtain|source|order){_NOT_A_PARTY}\w*\b[^.;]{{0,40}}?"
        r"\bexclusively\s+(?:from|through)\b"
        r"|\bexclusively\s+(?:provide|supply|distribute|sell|market|represent|repaired|supplied|"
        r"provided|manufactured|performed|distributed|sold)\b"
        r"|\b(?:shall|will)\s+(?:provide|supply|perform|repair|manufacture)\s+(?:[\w-]+\s+){0,3}"
        r"exclusively\b(?!\s+for\s+(?:the\s+)?(?:[\w-]+\s+)?purposes?\b)"
        r"|\b(?:become|be|remain)\s+exclusive\s+to\b|\bexclusivity\s+is\s+granted\b"
        r"|\b(?:appointment|licen[cs]e|rights?|grant)\s+(?:[\w-]+\s+){0,3}(?:shall|will|is|are)\s+"
        r"(?:be\s+)?exclusive\b"
        r"|\b(?:(?:will|shall|agrees?\s+to)\s+(?:grant|appoint)\s+no|not\s+(?:to\s+)?(?:grant|appoint)\s+"
        r"any)\s+other\s+(?:[\w-]+\s+){0,2}(?:licen[cs]e\w*|distributors?|agents?|resellers?|"
        r"dealers?|representatives?)"
        r"|\b(?:shall|will|may)\s+not\s+(?:enter\s+into|engage\s+in|conclude|sign)\b"
        r"(?>[^.;]{0,60}?\b(?:same|(?:substantially\s+)?similar|comparable|equivalent)\b)"
        r"(?>[^.;]{0,80}?\bwith\s+any\s+(?:other|third)\b)"
        r"|\b(?:purchase|buy|obtain|source)\b[^.;]{0,40}?\b(?:all|one\s+hundred\s+percent|"
        r"100%)\b[^.;]{0,40}?\b(?:requirements|needs)\b[^.;]{0,40}?\b(?:from|exclusively)"
        rf"|{_EXCL_DEALING})"
    ),
    unless=_re(
        r"exclusive\s+(?:remedy|remedies|jurisdiction|venue|forum|property|owner|ownership|of\b|"
        r"control|obligation|benefit|exploitation)|exclusive\s+rights?\s*(?:of\s+ownership|"
        r"and\s+interests?|,?\s*title|,?\s*but\s+not\s+the\s+obligation|to\s+(?:prepare|"
        r"file|prosecute|maintain|enforce|remove|replace|defend|control|settle|bring|register|apply))|"
        r"\b(?:made|manufactured|produced|composed|derived)\s+exclusively\s+(?:from|of|with)\b|"
        r"\b(?:previously|already)\s+(?:been\s+)?granted\b|"
        r"\b(?:acknowledges?|recogni[sz]es?)\s+that\s+(?:the\s+)?[\w-]+['’]s?\s+(?:\w+\s+)?exclusive|"
        r"\b(?:not|no|nothing|nor)\b[^.;]{0,60}\bexclusive|"
        r"\bgoverned\b|\bgoodwill\b|\bnon-?\s?exclusive(?:ly)?\b|\bsolicit|\bharass|"
        r"\bconflicts?\s+with\s+(?:any\s+)?exclusive|"
        rf"{_EXCL_NOT_DEALING}"
    ),
    vetoed_by=_re(r"\bwhereas\b[^.;]{0,80}?\bentered\s+into\b"),
    heading=_re(r"(?<!non-)(?<!non)\bexclusiv"),
    in_heading=_re(r"(?<!non-)\bexclusiv|\bshall\s+not\b|\bsole\b"),
)
