"""Missing categories and missing elements of present ones."""

from __future__ import annotations

import re

from clausecheck.checks.base import Context, clause_ref, issue
from clausecheck.types import CATEGORY_TITLES, Issue

CODE_MISSING = "missing"
CODE_MISSING_ELEMENT = "missing_element"
REDACTION = re.compile(r"\[\s*(?:\*\s*){1,5}\]|\*{3,}")

SUGGESTIONS = {
    "scope": "Describe the services: channels (inbound, outbound, email, chat), hours, languages, sites and volumes.",
    "sla": "State measurable service levels, e.g. 80% of calls answered within 20 seconds, abandonment under 5%, with monthly reporting and service credits.",
    "pricing": "State the rates and their basis (per hour, minute, call or FTE), invoicing, and payment within a fixed number of days.",
    "confidentiality": "Define Confidential Information, the duty not to disclose it, data-protection obligations and how long the duty lasts.",
    "termination": "State the term, renewal, termination rights (breach with cure period, convenience) and the notice period in days.",
    "governing_law": "Name the law that governs the agreement, e.g. 'This Agreement is governed by the laws of England and Wales.'",
    "waiver": "Add a no-waiver clause: failure or delay in exercising a right is not a waiver, and a waiver is effective only in writing.",
}
ELEMENT_MESSAGES = {
    ("sla", "measurable_target"): (
        "no measurable target (a percentage or a time)",
        "Give each service level a number: a percentage, a time and a measurement period.",
    ),
    ("pricing", "amount"): (
        "no amount or rate",
        "State the rate and its basis, e.g. $28.50 per productive agent hour.",
    ),
    ("pricing", "payment_terms"): (
        "no payment term",
        "Say when invoices are due, e.g. within thirty (30) days of receipt.",
    ),
    ("termination", "notice_period"): (
        "no notice period",
        "State the notice period in days for each termination right.",
    ),
    ("governing_law", "jurisdiction"): (
        "no named jurisdiction",
        "Name the jurisdiction whose law governs, e.g. the State of New York.",
    ),
    ("confidentiality", "duration"): (
        "no duration for the confidentiality obligations",
        "Say how long the obligations last, e.g. five (5) years after termination.",
    ),
    ("waiver", "written_form"): (
        "no requirement that a waiver be in writing",
        "Require any waiver to be in writing and signed by the waiving party.",
    ),
    ("scope", "channels"): (
        "no channels named",
        "Name the channels served: inbound and outbound calls, email, chat.",
    ),
}


def missing_issue(category: str) -> Issue:
    title = CATEGORY_TITLES[category]
    return issue(
        CODE_MISSING,
        "high",
        f"{title}: no clause found.",
        suggestion=SUGGESTIONS[category],
    )


def element_present(category: str, element: str, ctx: Context) -> bool:
    """Whether the evidence for a category states the element."""
    terms = ctx.terms.get(category, {})
    text = " ".join(c.text for c in ctx.evidence.get(category, []))
    if element == "measurable_target":
        return any(m["target"] is not None for m in terms.get("metrics", []))
    if element == "amount":
        return (
            bool(terms.get("amounts"))
            or bool(REDACTION.search(text))
            or bool(re.search(r"\d+(?:\.\d+)?\s*%|\bper cent\b|\bpercent\b", text))
        )
    if element == "payment_terms":
        return bool(terms.get("payment_days")) or bool(
            re.search(
                r"in advance|upon receipt|on receipt|on demand|immediately", text, re.IGNORECASE
            )
        )
    if element == "notice_period":
        return bool(terms.get("notice_days"))
    if element == "jurisdiction":
        return bool(terms.get("jurisdiction"))
    if element == "duration":
        return terms.get("survival") is not None
    if element == "written_form":
        return bool(terms.get("written_form_required"))
    if element == "channels":
        return bool(terms.get("channels"))
    raise ValueError(f"unknown element {element!r}")


def check_elements(category: str, ctx: Context) -> list[Issue]:
    """One high-severity issue per required element that the category's clauses do not state."""
    evidence = ctx.evidence.get(category, [])
    if not evidence:
        return []
    issues = []
    for element in ctx.playbook.elements.get(category, ()):
        if not element_present(category, element, ctx):
            what, suggestion = ELEMENT_MESSAGES[(category, element)]
            first = ctx.primary(category)
            issues.append(
                issue(
                    CODE_MISSING_ELEMENT,
                    "high",
                    f"{CATEGORY_TITLES[category]} ({clause_ref(first)}) states {what}.",
                    first,
                    suggestion=suggestion,
                )
            )
    return issues
