"""Each playbook category's terms as one dict (``Finding.terms``, what the checks read)."""

from __future__ import annotations

import re
from typing import Any

from clausecheck.terms.base import entities, parse, unique
from clausecheck.terms.law import courts, jurisdictions
from clausecheck.terms.money import amounts, late_interest
from clausecheck.terms.periods import (
    breach_notification,
    cure_days,
    ending_sentences,
    initial_term,
    notice_days,
    payment_days,
    survival,
)
from clausecheck.terms.sla import REPORTING, credit_cap, credit_per_failure, sla_metrics
from clausecheck.types import KeyTerm

DATA_PROTECTION_REGIMES = {
    "GDPR": r"\bGDPR\b|General Data Protection Regulation",
    "UK GDPR": r"\bUK GDPR\b",
    "Data Protection Act 2018": r"Data Protection Act 2018",
    "PCI DSS": r"\bPCI[- ]?DSS\b|Payment Card Industry Data Security Standard",
    "CCPA": r"\bCCPA\b|California Consumer Privacy Act",
    "HIPAA": r"\bHIPAA\b",
    "GLBA": r"\bGLBA\b|Gramm[- ]Leach[- ]Bliley",
    "SOC 2": r"\bSOC ?2\b",
    "ISO 27001": r"ISO(?:/IEC)? ?27001",
}
CHANNELS = {
    "inbound calls": r"\binbound\b",
    "outbound calls": r"\boutbound\b",
    "email": r"\be-?mail\b",
    "chat": r"\b(?:web ?|live ?)?chat\b",
    "social media": r"\bsocial media\b",
    "sms": r"\bSMS\b|\btext messag",
    "back office": r"\bback[- ]office\b",
}
LANGUAGES = (
    "English",
    "Spanish",
    "French",
    "German",
    "Italian",
    "Portuguese",
    "Dutch",
    "Mandarin",
    "Cantonese",
    "Japanese",
    "Korean",
    "Arabic",
    "Hindi",
    "Tagalog",
    "Polish",
    "Russian",
    "Welsh",
    "Turkish",
)
_IN_WRITING = re.compile(r"in writing|written|signed by", re.IGNORECASE)
_CONVENIENCE = re.compile(
    r"for convenience|without cause|for any (?:or no )?reason|at any time (?:and )?for any reason|"
    r"without (?:giving )?(?:any )?reason",
    re.IGNORECASE,
)
_EXIT = re.compile(
    r"exit (?:assistance|plan|management)|transition(?:al)? (?:services|assistance)|"
    r"termination assistance|orderly (?:transfer|transition)",
    re.IGNORECASE,
)
_RENEWAL = re.compile(r"renew", re.IGNORECASE)
_PRICE_CHANGE = re.compile(
    r"\bCPI\b|consumer price index|retail price index|\bRPI\b|index(?:ation|ed)|price (?:increase|adjust)|"
    r"increase (?:the )?(?:fees|rates|prices|charges)|adjust (?:the )?(?:fees|rates|prices|charges)",
    re.IGNORECASE,
)
_HOURS = re.compile(
    r"24\s*(?:/|x)\s*7|24 hours a day|(?:\d{1,2}(?::\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)|\d{1,2}:\d\d)\s*"
    r"(?:to|until|-|–)\s*(?:\d{1,2}(?::\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)|\d{1,2}:\d\d)",
    re.IGNORECASE,
)


def extract_terms(category: str, texts: list[str]) -> dict[str, Any]:
    """The key terms for one category, gathered over its evidence clauses."""
    joined = " ".join(texts)
    docs = [parse(t) for t in texts]
    terms: dict[str, Any] = {}
    if category == "governing_law":
        terms["jurisdiction"] = unique(
            j for t, d in zip(texts, docs, strict=True) for j in jurisdictions(t, d)
        )
        terms["courts"] = unique(c for t, d in zip(texts, docs, strict=True) for c in courts(t, d))
    elif category == "termination":
        terms["notice_days"] = unique(
            n for t in texts for sentence in ending_sentences(t) for n in notice_days(sentence)
        )
        terms["cure_days"] = unique(
            n for t, d in zip(texts, docs, strict=True) for n in cure_days(t, d)
        )
        terms["initial_term"] = initial_term(texts, docs)
        terms["renewal"] = bool(_RENEWAL.search(joined))
        terms["termination_for_convenience"] = bool(_CONVENIENCE.search(joined))
        terms["exit_assistance"] = bool(_EXIT.search(joined))
    elif category == "pricing":
        terms["amounts"] = [a for t, d in zip(texts, docs, strict=True) for a in amounts(t, d)]
        terms["payment_days"] = unique(
            n for t, d in zip(texts, docs, strict=True) for n in payment_days(t, d)
        )
        terms["late_interest"] = late_interest(docs)
        terms["price_change"] = bool(_PRICE_CHANGE.search(joined))
    elif category == "sla":
        terms["metrics"] = [m for t, d in zip(texts, docs, strict=True) for m in sla_metrics(t, d)]
        terms["service_credits"] = bool(re.search(r"service credit", joined, re.IGNORECASE))
        terms["service_credit"] = credit_per_failure(docs)
        terms["service_credit_cap"] = credit_cap(docs)
        reporting = REPORTING.search(joined)
        terms["reporting"] = reporting.group(1).lower() if reporting else None
    elif category == "confidentiality":
        terms["survival"] = survival(texts, docs)
        terms["data_protection"] = [
            name for name, pattern in DATA_PROTECTION_REGIMES.items() if re.search(pattern, joined)
        ]
        terms["breach_notification"] = breach_notification(texts, docs)
    elif category == "waiver":
        terms["written_form_required"] = bool(
            re.search(r"waiv", joined, re.IGNORECASE) and _IN_WRITING.search(joined)
        )
    elif category == "scope":
        terms["channels"] = [
            name for name, pattern in CHANNELS.items() if re.search(pattern, joined, re.IGNORECASE)
        ]
        terms["service_hours"] = unique(m.group(0) for m in _HOURS.finditer(joined))
        terms["languages"] = [lang for lang in LANGUAGES if re.search(rf"\b{lang}\b", joined)]
        terms["locations"] = unique(e.text for d in docs for e in entities(d, "JURISDICTION"))
    return terms


ROLE_TERMS: dict[str, dict[str, str]] = {
    "termination": {
        "auto_renewal": "renewal",
        "termination_for_convenience": "termination_for_convenience",
        "initial_term_days": "initial_term_days",
        "renewal_term_days": "renewal_term_days",
        "renewal_notice_days": "renewal_notice_days",
        "convenience_notice_days": "convenience_notice_days",
    },
    "pricing": {"payment_days": "payment_days"},
}
"""Finding terms that are read from the report's one extraction (key term -> finding key), so a
finding, a playbook position and the comparison never disagree."""


def align_with_key_terms(
    category: str, terms: dict[str, Any], key_terms: dict[str, KeyTerm]
) -> dict[str, Any]:
    """A category's finding terms with the key terms' readings in place of its own: the
    renewal and convenience flags, the term lengths, and the payment term (the day an invoice
    is due, not the day interest starts)."""
    aligned = dict(terms)
    if category == "termination" and "initial_term_days" in key_terms:
        aligned.pop("initial_term", None)  # the one extraction's reading replaces the old one
    for name, key in ROLE_TERMS.get(category, {}).items():
        term = key_terms.get(name)
        if key in ("renewal", "termination_for_convenience"):
            aligned[key] = bool(term and term.value is True)
        elif key == "payment_days":
            aligned[key] = [term.value] if term else []
        elif term is not None:
            aligned[key] = term.value
    return aligned
