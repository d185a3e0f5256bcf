"""Deviations from a playbook's preferred positions."""

from __future__ import annotations

from clausecheck.checks.base import Context, issue
from clausecheck.checks.elements import shows_category
from clausecheck.types import Issue

CODE_POSITION = "position"


def check_positions(category: str, ctx: Context) -> list[Issue]:
    """One issue per position the category's terms do not meet."""
    positions = ctx.playbook.positions.get(category, {})
    evidence = ctx.evidence.get(category, [])
    if not positions or not evidence or not shows_category(category, evidence):
        return []
    terms = ctx.terms.get(category, {})
    first = ctx.primary(category)
    issues = []

    def deviation(message: str, suggestion: str) -> None:
        issues.append(issue(CODE_POSITION, "medium", message, first, suggestion=suggestion))

    if category == "governing_law" and "jurisdiction" in positions:
        wanted = positions["jurisdiction"]
        wanted = [wanted] if isinstance(wanted, str) else list(wanted)
        found = terms.get("jurisdiction", [])
        if found and not set(found) <= set(wanted):
            deviation(
                f"Governing law is {', '.join(found)}; the playbook requires {' or '.join(wanted)}.",
                f"Change the governing law to {wanted[0]}.",
            )
    if category == "pricing" and "max_payment_days" in positions:
        limit = positions["max_payment_days"]
        late = [d for d in terms.get("payment_days", []) if d > limit]
        if late:
            deviation(
                f"Payment is due within {max(late)} days; the playbook allows at most {limit}.",
                f"Shorten the payment term to {limit} days or less.",
            )
    if category == "termination":
        days = terms.get("notice_days", [])
        if "max_notice_days" in positions and any(d > positions["max_notice_days"] for d in days):
            deviation(
                f"A termination notice period of {max(days)} days exceeds the playbook's maximum of {positions['max_notice_days']}.",
                f"Shorten the notice period to {positions['max_notice_days']} days or less.",
            )
        if "min_notice_days" in positions and any(d < positions["min_notice_days"] for d in days):
            deviation(
                f"A termination notice period of {min(days)} days is below the playbook's minimum of {positions['min_notice_days']}.",
                f"Lengthen the notice period to at least {positions['min_notice_days']} days.",
            )
    if category == "sla" and "required_metrics" in positions:
        present = {m["name"] for m in terms.get("metrics", [])}
        absent = [m for m in positions["required_metrics"] if m not in present]
        if absent:
            deviation(
                f"The service levels do not include {', '.join(a.replace('_', ' ') for a in absent)}, which the playbook requires.",
                "Add a target for each required metric.",
            )
    if category == "confidentiality" and "min_survival_years" in positions:
        survival = terms.get("survival")
        years = _years(survival) if survival else None
        if years is not None and years < positions["min_survival_years"]:
            deviation(
                f"Confidentiality lasts {survival}; the playbook requires at least {positions['min_survival_years']} years.",
                f"Extend the confidentiality period to {positions['min_survival_years']} years.",
            )
    return issues


def _years(survival: str) -> float | None:
    from clausecheck.terms import duration_days, parse

    if survival == "indefinite":
        return float("inf")
    doc = parse(survival)
    spans = [e for e in doc.ents if e.label_ == "DURATION"]
    days = duration_days(spans[0]) if spans else None
    return days / 365 if days else None
