"""Audit rights: a party may inspect or audit the other's books, records or premises."""

from __future__ import annotations

from clausecheck.terms.rules import Rule
from clausecheck.terms.rules import rule_pattern as _re

RULE = Rule(
    says=_re(
        r"\baudit(?:s|ing)?\b|\b(?:inspect|examine|examination|inspection)\w*\b[^.;]{0,80}?"
        r"\b(?:books|records|accounts|facilit|premises|plant|site|operations)"
        r"|\b(?:books|records|books\s+of\s+account)\b[^.;]{0,120}?\b(?:inspect|examin|review|"
        r"access\s+to|have\s+access)"
        r"|\b(?:books|records|accounts)\b[^.;]{0,80}?\bbe\s+(?:\w+\s+)?audited\b"
    ),
    unless=_re(
        r"\baudit\s+committee\b|\baudited\s+(?:financial|consolidated|balance)|"
        r"\bindependent\s+(?:registered\s+)?(?:public\s+)?accountants?['’]?\s+(?:report|opinion)|"
        r"\bnot\s+(?:be\s+)?(?:available|subject)\s+(?:for|to)\s+(?:any\s+)?(?:type\s+of\s+)?audit|"
        r"\binspect\w*\s+(?:the\s+|all\s+|each\s+)?(?:products?|goods|shipments?|deliver\w*)\b|"
        r"\bnot\s+(?:constitute|constituting|be)?\s*an\s+audit\b|\bagreed[- ]upon\s+procedures\b|"
        r"\baudits?\b[^.;]{0,100}?\b(?:pending|threatened)\b|"
        r"\bthere\s+(?:are|is|have\s+been)\s+no\s+(?:\w+\s+)?audits?\b|"
        r"\baudit\s+(?:reports?|opinions?|adjustments?|firms?)\b|"
        r"\bauditing\s+(?:and|or)\s+accounting\b|\bauditing\s+(?:standards|principles)\b|"
        r"\b(?:its|their|his|her)\s+(?:own\s+)?(?:statutory|external|independent|regular)\s+auditors?\b|"
        r"\binternal\s+audit|\baudit\s+(?:trails?|logs?|logging)\b|"
        r"\b(?:accounting|legal|tax)\s*,?\s*(?:and|or)?\s*audit\w*\s+(?:fees|costs|expenses)\b|"
        r"\b(?:has|have|having)\s+(?:\w+\s+)?inspected\b|"
        r"\binspect\w*\s+(?:the\s+)?(?:site|premises)\s+(?:before|prior\s+to)\b|"
        r"\b(?:nothing|no\s+provision)\b[^.;]{0,60}?\b(?:entitle|permit|allow|grant|give|confer)s?\b"
        r"[^.;]{0,40}?\baudit|\bno\s+(?:right|entitlement)\s+to\s+(?:audit|inspect)|"
        r"\b(?:tax|taxing|revenue)\s+(?:authorit\w*|audits?)\b"
    ),
    vetoed_by=_re(r"\baudits?\b[^.;]{0,100}?\b(?:pending|threatened)\b"),
)
