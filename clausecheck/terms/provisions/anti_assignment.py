"""Anti-assignment: the agreement may not be assigned or transferred without consent."""

from __future__ import annotations

from clausecheck.terms.rules import Rule
from clausecheck.terms.rules import rule_pattern as _re

RULE = Rule(
    says=_re(
        r"\b(?:not|no)\b[^.;]{0,100}?\bassign\w*\b[^.;]{0,200}?\b(?:without|except|unless|"
        r"prior\s+(?:written\s+)?(?:consent|approval))"
        r"|\bassign\w*\b[^.;]{0,150}?\b(?:without|except\s+with)\s+(?:the\s+)?(?:express\s+)?"
        r"(?:prior\s+)?(?:written\s+)?(?:consent|approval|permission)"
        r"|\b(?:shall|may)\s+not\s+(?:be\s+)?(?:assign|transfer)\w*"
        r"|\bnon-?assignab|\bnot\s+(?:be\s+)?assignable|\bany\s+(?:purported\s+|attempted\s+)"
        r"assignment\b[^.;]{0,80}?\b(?:void|null|invalid)"
    ),
    unless=_re(
        r"\bassign\w*\s+(?:of\s+)?(?:its\s+)?(?:rights?\s+to\s+)?(?:receive\s+)?payment"
        r"|\bassign\w*\s+(?:any\s+|a\s+|an\s+|the\s+|its\s+|their\s+|such\s+)?(?:[\w-]+\s+){0,2}"
        r"(?:personnel|staff|employees?|engineers?|technicians?|representatives|individuals|persons|"
        r"people|managers?|tasks?|numbers?|codes?|identifiers?|priorit\w*|resources|roles?)\b"
        r"|\bassigned\s+to\s+(?:any\s+|an?\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:engineers?|technicians?|"
        r"personnel|staff|employees?|teams?|individuals|projects?)\b"
        r"|\btransfer\w*\s+(?:[\w-]+\s+){0,3}(?:to|between)\s+(?:a\s+|an\s+|any\s+)?(?:different|"
        r"another|other|new)\s+(?:sites?|locations?|premises|facilit(?:y|ies)|servers?|devices?|"
        r"machines?|computers?|hardware|address(?:es)?)\b"
    ),
    vetoed_by=_re(
        r"^(?![^.;]*\b(?:not|neither|no|nor|except|unless|only|provided|subject)\b)[^.;]*?"
        r"\b(?:may|can|(?:shall\s+be|is)\s+(?:free|entitled)\s+to)\s+(?:freely\s+)?assign\w*\b"
        r"[^.;]{0,120}?\bwithout\b"
        r"|\bnothing\b[^.;]{0,80}?\b(?:prevent|restrict|limit|prohibit|preclude)s?\b[^.;]{0,60}?\bassign"
    ),
    heading=_re(r"assign"),
    in_heading=_re(r"\bconsent|\bnot\b|\bwithout\b|\bvoid\b"),
)
