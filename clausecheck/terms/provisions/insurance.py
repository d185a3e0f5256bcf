"""Insurance: a duty to take out and keep insurance."""

from __future__ import annotations

from clausecheck.terms.rules import Rule
from clausecheck.terms.rules import rule_pattern as _re

RULE = Rule(
    says=_re(
        r"\b(?:maintain|carry|obtain|procure|keep|purchase)\w*\b[^.;]{0,120}?\binsurance\b"
        r"|\binsurance\b[^.;]{0,120}?\b(?:coverage|policy|policies|limits?\s+of|"
        r"in\s+the\s+amount|of\s+not\s+less\s+than|additional\s+insured|certificate)"
        r"|\badditional\s+insured\b|\bcertificates?\s+of\s+insurance\b"
    ),
    unless=_re(
        r"\bfederal\s+deposit\s+insurance|\bFDIC\b|insurance\s+compan(?:y|ies)\s+act"
        r"|\b(?:net\s+of|less|reduced\s+by|after\s+deduct\w*\s+of|exceed|limited\s+to)\s+(?:\w+\s+){0,4}"
        r"(?:recover\w*|paid(?:\s+out)?|received|payable)\s+(?:\w+\s+){0,2}(?:under|from|by)\s+"
        r"(?:its\s+|any\s+|the\s+|such\s+)?(?:\w+\s+){0,2}insurance"
        r"|\b(?:national|social)\s+insurance\b"
        r"|\b(?:nothing|neither|no\s+party)\b[^.;]{0,60}?\b(?:requires?|obliged|obligated|required)\b"
        r"[^.;]{0,40}?\binsur|\bnot\s+(?:be\s+)?(?:required|obliged|obligated)\s+to\s+(?:\w+\s+){0,2}"
        r"(?:maintain|carry|obtain|procure|purchase|keep)\b[^.;]{0,40}?\binsur"
        r"|\blist\s+of\s+(?:all\s+)?(?:the\s+)?(?:\w+\s+)?insurance"
        r"|\b(?:is|are)\s+not\s+(?:an?\s+)?insur|\b(?:not|never)\s+constitute\s+(?:an?\s+)?(?:\w+\s+)?insurance"
        r"|\b(?:elects?|chooses?|opts?)\s+to\s+(?:purchase|buy|obtain|take\s+out)\b"
        r"|\boptional\s+(?:\w+\s+)?insurance|\bno\s+(?:\w+\s+){0,2}insurance\b"
        r"|\b(?:health|medical|life|dental|disability)\s+insurance\s+(?:benefits?|plans?|protection)\b"
        r"|\bbenefit\s+plans?\b"
    ),
    heading=_re(r"\binsurance"),
    in_heading=_re(r"\binsur|\bcoverage|\bpolic"),
)
