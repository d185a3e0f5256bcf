"""Non-solicitation: a promise not to solicit, hire or entice the other party's staff or
customers."""

from __future__ import annotations

from clausecheck.terms.rules import MUST_NOT as _MUST_NOT
from clausecheck.terms.rules import Rule
from clausecheck.terms.rules import rule_pattern as _re

RULE = Rule(
    says=_re(
        r"\bnon-?solicit"
        r"|\b(?:not|no|neither|nor)\b[^.;]{0,120}?\b(?:solicit\w*|recruit\w*|induce|entice|hire|"
        r"employ(?!ed\s+by))"
        r"(?:s|ed|ing)?\b"
        r"[^.;]{0,120}?\b(?:employees?|personnel|staff|customers?|clients?|consultants?|"
        r"contractors?|officers?)\b"
        rf"|(?:{_MUST_NOT}|\bunder\s+no\s+circumstances\b)[^.;]{{0,80}}?\b(?:contact|approach|"
        r"divert|poach|canvass|call\s+(?:on|upon)|circumvent|interfere\s+with)(?:s|ed|ing)?\b"
        r"[^.;]{0,80}?\b(?:customers?|clients?|accounts|employees?|personnel|staff)\b"
        r"(?!\s+(?:service|support|care)\b)"
        r"|\b(?:not|no|neither|nor)\b[^.;]{0,60}?\b(?:employees?|personnel|customers?|clients?)\b"
        r"[^.;]{0,80}?\b(?:solicit|recruit|hire)"
    ),
    unless=_re(
        r"general\s+(?:solicitation|advertis)[^.;]{0,40}$"
        r"|\bsolicit\w*\b[^.;]{0,40}?\b(?:bids?|offers?|prox(?:y|ies)|proposals?)\b"
        r"|\b(?:advertise|promote|market)\b[^.;]{0,40}?\bsolicit|\bgenerally\s+solicit"
        r"|\bnot\s+be\s+(?:required|obliged|obligated|bound)\s+to\s+(?:hire|employ|engage|retain)\b"
        r"|\b(?:debarred|disqualified)\b|\bunder\s+the\s+age\s+of\b"
        r"|\b(?:employ|engage|use)\w*\s+(?:any\s+)?(?:sub-?)?(?:contractors?|consultants?|agents?)\b"
        r"[^.;]{0,40}?\bto\s+(?:perform|provide|carry\s+out|deliver|render)\b"
        r"|\b(?:contact|approach)\w*\s+(?:[\w'’-]+\s+){0,2}(?:personnel|staff|employees)\s+directly\b"
        r"|\bsolicit\w*\s+(?:or\s+(?:accept|receive|offer)\w*\s+)?(?:any\s+)?(?:gifts?|hospitality|"
        r"gratuit\w*|favou?rs?|bribes?|kickbacks?|inducements?|donations?|contributions?)\b"
    ),
    heading=_re(
        r"non-?solicit|no[- ]hire|\bsolicitation\s+of\s+(?:employees|customers|personnel|staff)|"
        r"\bno\s+solicitation"
    ),
    in_heading=_re(r"\bnot\b|\bsolicit|\bhire"),
    vetoed_by=_re(
        r"\bthe\s+term\s+[\"“][^\"”]{1,60}[\"”]\s+(?:shall\s+)?means?\b"
        r"|^\W*whereas\b[^.;]{0,250}?\b(?:in|under|pursuant\s+to)\s+(?:the|that\s+certain)\s+"
        r"(?:[\w-]+\s+){0,4}agreement\b"
    ),
)
